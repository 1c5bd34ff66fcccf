"""Families met on the session-14 held-back reports: flattened tables one cell a line, a forum's jammer runs."""

from __future__ import annotations

from models.ingest.clean import clean

# a performance self-evaluation table with rows elided by a lone ……: the cells by the mark stay
_SCORE_TABLE = "\n".join(
    [
        "2021年某局部门整体支出绩效自评表",
        "2021年某局坚持绩效导向，按照预算绩效管理要求完成部门整体支出自评工作，现将自评情况报告如下。",
        "数量指标",
        "造林面积",
        "1.2万亩",
        "1.2万亩",
        "7",
        "7",
        "……",
        "时效",
        "指标",
        "当期完成",
        "90%",
        "100%",
        "7",
        "7",
        "……",
        "成本",
        "指标",
        "造林补助",
        "每亩300",
        "每亩300",
        "6",
        "6",
        "经自评，本部门整体支出绩效等级为优。",
    ]
)


def test_cells_beside_an_omission_mark_in_a_table_stay_and_the_mark_goes() -> None:
    display = clean(_SCORE_TABLE).display_text
    lines = [line.strip() for line in display.splitlines() if line.strip()]
    assert "……" not in lines
    for cell in ("时效", "成本", "造林补助"):
        assert cell in lines, cell
    assert "当期完成" in display  # (its wrap to 90% is rejoin's business)
    assert lines.count("7") == 4 and lines.count("指标") == 2
