"""A city bureau's branch named by its county's short name, its line of work and 分局 (嘉善生态环境分局, the Zhejiang
form after the 2019 reform: 嘉兴市生态环境局嘉善分局) opening a news item: the branch, as written (session 22b,
1730); a name whose first word is no county (前期生态环境分局) is none."""

from __future__ import annotations

import pytest

from models.ingest.metadata_body_names import opening_bureau


@pytest.mark.parametrize("branch", ["嘉善生态环境分局", "海盐生态环境分局", "桐乡公安分局", "长兴自然资源和规划分局"])
def test_a_county_named_branch_opening_the_item(branch: str) -> None:
    lines = [
        f"3月23日上午,{branch}召开2020年生态环境工作会议,贯彻落实县委县政府决策部署。",
        "会议指出,2019年成效明显。",
    ]
    assert opening_bureau(lines) == branch


def test_a_word_that_is_no_county_before_the_branch_is_no_branch() -> None:
    lines = ["3月23日上午,前期生态环境分局召开工作会议,部署全年工作。"]
    assert opening_bureau(lines) is None
