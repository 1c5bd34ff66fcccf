"""A year and the verb 计划 opening a fragment's first sentence is no title running into the text (1954
`2020年计划实施千万元以上重点建设项目71个,…`): a title names what it reports on, never a period alone."""

from __future__ import annotations

import pytest

from models.ingest.title_run_in import title_before_clause


@pytest.mark.parametrize(
    "line",
    [
        "2020年计划实施千万元以上重点建设项目71个,总投资337.13亿元,年度计划完成投资56.21亿元。",
        "2023年度计划安排重点项目45个,总投资120亿元。",
        "上半年计划完成投资12亿元,实际完成13亿元。",
        "2019年安排新建学校3所,改扩建5所。",
    ],
)
def test_a_period_and_a_verb_is_no_title(line: str) -> None:
    assert title_before_clause(line) is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("乡镇2020年一季度工作情况汇报一季度,全镇上下齐心协力,各项工作稳步推进。", "乡镇2020年一季度工作情况汇报"),
        ("2021年工业区管委会工作总结成凉工业园区作为全县发展主阵地,", "2021年工业区管委会工作总结"),
    ],
)
def test_a_title_naming_its_subject_still_runs_in(line: str, want: str) -> None:
    assert title_before_clause(line) == want
