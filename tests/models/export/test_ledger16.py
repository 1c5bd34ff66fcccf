"""A growth no report gives a level for (规模以上工业增加值增长6.9%) goes in the 增减 column too, as +6.9%, not as the
row's figure under 单位 %.

Met on a clerk's day (session 16): 长沙县's 政府工作报告 beside 获嘉县's; the 台账 read 规模以上工业增加值 | % | 6.9 in
长沙县's value column with its 增减 column empty — a level of 6.9 %, to anyone reading it. Session 14 moved a growth
beside another report's level; one with no level anywhere had stayed the row's figure.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from models.export import export_annotations
from models.store import Store
from tests.models.conftest import add_plain_text as add_text


def _tag(store: Store, doc: int, phrase: str, **attrs: object) -> None:
    text = store.documents.display_text(doc)
    i = text.index(phrase)
    store.annotations.add(doc, i, i + len(phrase), store.tags.find("指标").id, attributes={"kind": "actual", **attrs})


def test_a_growth_no_report_gives_a_level_for_is_a_change(store: Store, tmp_path: Path) -> None:
    a = add_text(store, "规模以上工业增加值增长6.9%，城镇登记失业率4%。", "长沙县政府工作报告", date="2023-02-02")
    _tag(store, a, "规模以上工业增加值增长6.9%", name="规模以上工业增加值", value=6.9, unit="%", is_change=True,
         change=6.9, change_unit="%")  # fmt: skip
    _tag(store, a, "城镇登记失业率4%", name="城镇登记失业率", value=4, unit="%")  # a rate is a level
    out = tmp_path / "台账.xlsx"

    export_annotations(store, out, fmt="ledger")

    ws = openpyxl.load_workbook(out).active
    head = [c.value for c in ws[1]]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    col = head.index("长沙县政府工作报告（2023-02-02）")
    assert head[col + 1] == "长沙县政府工作报告（2023-02-02） 增减"
    growth = rows["规模以上工业增加值"]
    assert (growth[1].value, growth[col].value, growth[col + 1].value) == (None, None, 6.9)
    assert growth[col + 1].number_format.startswith('+0.0##"%"')  # shown +6.9%
    rate = rows["城镇登记失业率"]
    assert (rate[1].value, rate[col].value, rate[col + 1].value) == ("%", 4, None)
