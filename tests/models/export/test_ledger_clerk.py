"""The 指标台账 as a clerk would build it by hand (clerk day 12): the report's own unit, one row per indicator,
the change beside the value, rows in the order of the report. Read back with openpyxl as Excel shows it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl

from models.export import export_annotations
from models.store import Store
from tests.models.conftest import add_plain_text as add_text

CITY = (
    "全市地区生产总值实现1800.5亿元，比上年增长4.2%。其中，第一产业实现增加值263.5亿元，增长5.2%；"
    "第二产业实现增加值622.1亿元，增长5.0%；第三产业实现增加值915.0亿元，增长3.4%。城镇新增就业4.3万人。"
)
COUNTY = "全县地区生产总值实现150.61亿元，比上年增长10.2%。城镇新增就业6000人。"


def _tag(store: Store, doc: int, phrase: str, **attrs: object) -> None:
    text = store.documents.display_text(doc)
    i = text.index(phrase)
    store.annotations.add(doc, i, i + len(phrase), store.tags.find("指标").id, attributes={"kind": "actual", **attrs})


def _project(store: Store) -> tuple[int, int]:
    city = add_text(store, CITY, "市统计公报", date="2023-03-01")
    county = add_text(store, COUNTY, "县统计公报", date="2023-03-20")
    _tag(store, city, "地区生产总值实现1800.5亿元，比上年增长4.2%", name="地区生产总值", value=1800.5, unit="亿元",
         normalized_value=180050000000, change=4.2, change_unit="%")  # fmt: skip
    for value, change in (("263.5", 5.2), ("622.1", 5.0), ("915.0", 3.4)):
        _tag(store, city, f"增加值{value}亿元，增长{change}%", name="增加值", value=float(value), unit="亿元",
             normalized_value=float(value) * 1e8, change=change, change_unit="%")  # fmt: skip
    _tag(store, city, "城镇新增就业4.3万人", name="城镇新增就业", value=4.3, unit="万人", normalized_value=43000)
    _tag(store, county, "地区生产总值实现150.61亿元，比上年增长10.2%", name="地区生产总值", value=150.61,
         unit="亿元", normalized_value=15061000000, change=10.2, change_unit="%")  # fmt: skip
    _tag(store, county, "城镇新增就业6000人", name="城镇新增就业", value=6000, unit="人", normalized_value=6000)
    return city, county


def test_ledger_xlsx_is_what_a_clerk_builds_by_hand(store: Store, tmp_path: Path) -> None:
    _project(store)
    out = tmp_path / "台账.xlsx"
    assert export_annotations(store, out, fmt="ledger") == 5
    ws = openpyxl.load_workbook(out).active
    head = [c.value for c in ws[1]]
    assert head[:3] == ["指标名称", "单位", "类型"]
    city_col = head.index("市统计公报（2023-03-01）")
    county_col = head.index("县统计公报（2023-03-20）")
    assert head[city_col + 1] == "市统计公报（2023-03-01） 增减"
    rows = [list(r) for r in ws.iter_rows(min_row=2)]
    names = [r[0].value for r in rows]
    # report order, one row per indicator, same names told apart by their sector
    assert names == ["地区生产总值", "增加值（第一产业）", "增加值（第二产业）", "增加值（第三产业）", "城镇新增就业"]
    gdp = rows[0]
    assert gdp[1].value == "亿元"
    assert gdp[city_col].value == 1800.5 and gdp[county_col].value == 150.61  # the report's own unit
    assert "E" not in gdp[city_col].number_format and gdp[city_col].number_format != "General"
    assert gdp[city_col + 1].value == 4.2 and "%" in gdp[city_col + 1].number_format
    assert gdp[county_col + 1].value == 10.2
    assert [r[city_col].value for r in rows[1:4]] == [263.5, 622.1, 915.0]
    assert [r[city_col + 1].value for r in rows[1:4]] == [5.2, 5.0, 3.4]
    jobs = rows[4]
    assert jobs[1].value == "万人"  # the unit of the first report; the other report's 6000人 put in it
    assert jobs[city_col].value == 4.3 and jobs[county_col].value == 0.6
    assert jobs[city_col + 1].value is None


def test_ledger_csv_has_the_same_rows_with_plain_numbers(store: Store, tmp_path: Path) -> None:
    _project(store)
    out = tmp_path / "台账.csv"
    export_annotations(store, out, fmt="ledger")
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[1][:5] == ["地区生产总值", "亿元", "实际", "1800.5", "+4.2%"]
    assert [r[3] for r in rows[2:5]] == ["263.5", "622.1", "915"]
