"""The exported 指标对比 reads as the window shows it: values in the row's unit (77.41 亿元, not 7741000000 元),
differences without float noise (3.4, not 3.4000000000000004), and the two reports named in the headers.

Met on a clerk's day (session 14): 长沙县 against 略阳县 exported to 指标对比.xlsx showed 7741000000.0 under 元,
a 变化差 of 3.4000000000000004, and nothing in the file said which county was 左 and which 右.
"""

from __future__ import annotations

from compare_helpers import add_parsed, annotate

from models.compare import INDICATOR_HEADERS, compare_documents
from models.store import Store


def _pair(store: Store) -> tuple[int, int]:
    a = add_parsed(store, "a.txt", "一、经济\n全年地区生产总值增长4.5%，社会消费品零售总额31.2亿元，增长3.1%。\n")
    annotate(store, a, "地区生产总值增长4.5%", name="地区生产总值", change=4.5, change_unit="%")
    annotate(store, a, "社会消费品零售总额31.2亿元，增长3.1%", name="社会消费品零售总额", value=31.2, unit="亿元",
             change=3.1, change_unit="%")  # fmt: skip
    b = add_parsed(
        store, "b.txt", "一、经济\n地区生产总值77.41亿元、增长7.9%，社会消费品零售总额29.67亿元、增长2.7%。\n"
    )
    annotate(store, b, "地区生产总值77.41亿元、增长7.9%", name="地区生产总值", value=77.41, unit="亿元", change=7.9,
             change_unit="%")  # fmt: skip
    annotate(store, b, "社会消费品零售总额29.67亿元、增长2.7%", name="社会消费品零售总额", value=29.67, unit="亿元",
             change=2.7, change_unit="%")  # fmt: skip
    return a, b


def test_exported_values_are_in_the_unit_the_window_shows(store: Store) -> None:
    a, b = _pair(store)
    headers, rows = compare_documents(store, a, b).indicator_table()
    assert headers == list(INDICATOR_HEADERS)
    gdp = next(r for r in rows if r["指标"] == "地区生产总值")
    assert (gdp["左数值"], gdp["右数值"], gdp["单位"]) == (None, 77.41, "亿元")
    assert gdp["变化差"] == 3.4
    retail = next(r for r in rows if r["指标"] == "社会消费品零售总额")
    assert (retail["左数值"], retail["右数值"], retail["差值"], retail["单位"]) == (31.2, 29.67, -1.53, "亿元")
    assert retail["变化差"] == -0.4


def test_the_two_reports_are_named_in_the_headers(store: Store) -> None:
    a, b = _pair(store)
    headers, rows = compare_documents(store, a, b).indicator_table(
        left_name="政府工作报告（长沙县人民政府 2023）", right_name="政府工作报告（略阳县人民政府 2023）"
    )
    assert headers[1] == "左文档原文（政府工作报告（长沙县人民政府 2023））"
    assert headers[3] == "右文档原文（政府工作报告（略阳县人民政府 2023））"
    assert all(list(r) == headers for r in rows)
    assert rows[0][headers[3]] == "地区生产总值77.41亿元、增长7.9%"
