"""A bureau's meeting news item opens with its dateline and the bureau at work (1126; 1010, 1044, 277 open alike)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_body_names import opening_bureau

REST = "对上一年工作进行全面回顾,对新一年重点工作进行安排部署。会议由副局长主持,各科室负责人依次汇报了工作完成情况。"


@pytest.mark.parametrize(
    ("lead", "bureau"),
    [
        ("2月9日下午,宁远县统计局召开2021年工作总结暨2022年工作部署动员会,", "宁远县统计局"),
        ("3月2日上午,宁远县商务局召开全县商务工作会议,", "宁远县商务局"),
        ("2月9日下午,生态环境宁远分局召开2021年工作总结暨2022年工作部署动员会,", "生态环境宁远分局"),
    ],
)
def test_the_bureau_after_a_dateline_with_its_time_of_day_opens_the_item(lead: str, bureau: str) -> None:
    assert opening_bureau([lead + REST]) == bureau


def test_a_branch_bureau_holding_its_meeting_issues_the_item() -> None:
    text = "浏览次数:次\n2月9日下午,生态环境宁远分局召开2021年工作总结暨2022年工作部署动员会," + REST * 3
    assert extract_metadata(clean(text), (), source_name="x.txt", original=text).issuer == "生态环境宁远分局"


def test_a_branch_named_by_a_bare_level_is_not_placed_by_itself() -> None:
    # (068) 区生态环境分局 names no district: no issuer from it alone
    text = "2月9日下午,区生态环境分局召开2021年工作总结暨2022年工作部署动员会," + REST * 3
    assert extract_metadata(clean(text), (), source_name="x.txt", original=text).issuer != "区生态环境分局"
