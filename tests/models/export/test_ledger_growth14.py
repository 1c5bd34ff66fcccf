"""A report that states only the growth of an indicator (地区生产总值增长4.5%) puts it in the 增减 column of the
row the other reports give that indicator's level in, not on a second 地区生产总值 row under the unit %.

Met on a clerk's day (session 14): 长沙县's 政府工作报告 says 地区生产总值增长4.5%, 略阳县's 地区生产总值72.5亿元、
增长6.1%; the 台账 listed 地区生产总值 twice, and 长沙县's 4.5 under 单位 % read as a level.
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


def _rows(path: Path) -> tuple[list[str], list[list[object]]]:
    ws = openpyxl.load_workbook(path).active
    head = [str(c.value) for c in ws[1]]
    return head, [[c.value for c in r] for r in ws.iter_rows(min_row=2)]


def test_a_growth_alone_goes_beside_the_level_the_other_county_gives(store: Store, tmp_path: Path) -> None:
    a = add_text(store, "全年地区生产总值增长4.5%，粮食产量增长2%。", "长沙县政府工作报告", date="2023-02-02")
    _tag(store, a, "地区生产总值增长4.5%", name="地区生产总值", value=4.5, unit="%", is_change=True, change=4.5,
         change_unit="%")  # fmt: skip
    _tag(store, a, "粮食产量增长2%", name="粮食产量", value=2, unit="%", is_change=True, change=2, change_unit="%")
    b = add_text(store, "全县地区生产总值72.5亿元，增长6.1%。", "略阳县政府工作报告", date="2023-02-09")
    _tag(store, b, "地区生产总值72.5亿元，增长6.1%", name="地区生产总值", value=72.5, unit="亿元", change=6.1,
         change_unit="%")  # fmt: skip
    out = tmp_path / "台账.xlsx"

    export_annotations(store, out, fmt="ledger")

    head, rows = _rows(out)
    a_col, b_col = head.index("长沙县政府工作报告（2023-02-02）"), head.index("略阳县政府工作报告（2023-02-09）")
    assert [r[0] for r in rows] == ["地区生产总值", "粮食产量"]
    gdp = rows[0]
    assert gdp[1] == "亿元"
    assert (gdp[a_col], gdp[a_col + 1]) == (None, 4.5)  # no level stated; its growth where growths are
    assert (gdp[b_col], gdp[b_col + 1]) == (72.5, 6.1)
    grain = rows[1]  # nobody gives a level: the growth is still a change, not a level under 单位 % (session 16)
    assert (grain[1], grain[a_col], grain[a_col + 1]) == (None, None, 2)
