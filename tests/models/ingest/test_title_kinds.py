"""Titles named by a plan's or a brief's kind (工作设想, 运行简况) and titles a content farm decorated."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_candidates import title_text

BODY = "2023年,我镇在县委、县政府的正确领导下,全镇经济社会平稳发展。\n一、主要工作\n全镇生产总值增长6%。"


def _title(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt").title


@pytest.mark.parametrize(
    "title",
    [
        "某镇2023年上半年工作总结及2023年下半年工作设想",
        "2016年1-6月全市经济运行简况",
    ],
)
def test_a_title_naming_a_plans_ideas_or_an_economys_brief_is_read(title: str) -> None:
    assert _title(f"{title}\n{BODY}") == title


@pytest.mark.parametrize(
    ("line", "own"),
    [
        ("林业局关于2021年度工作总结及工作打算范文", "林业局关于2021年度工作总结及工作打算"),
        ("民政年度工作总结范文 『范文1』", "民政年度工作总结"),
        ("某局2023年工作总结【范文2】", "某局2023年工作总结"),
    ],
)
def test_a_farms_sample_words_after_the_title_are_cut(line: str, own: str) -> None:
    assert title_text(line)[0] == own
