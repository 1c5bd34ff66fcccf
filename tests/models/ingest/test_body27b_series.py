"""A series' navigation (session 27, body27b: 2252, 1976): one title under several consecutive years on one row is a
library's list of the series' pieces, and the lone next or previous piece set beside the row goes with it; the
report's own title and a text comparing two years stay."""

from __future__ import annotations

import pytest

from models.ingest import parse_raw
from models.ingest.clean import clean
from models.ingest.read import RawText

_PARA = "2023年,全县地区生产总值完成120亿元,同比增长5.5%,规模以上工业增加值增长6.1%,固定资产投资增长4.2%。"
_PARA2 = "今年工作的总体要求是:坚持稳中求进工作总基调,全面贯彻新发展理念,推动经济社会高质量发展,确保完成全年目标任务。"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in clean(text).display_text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    ("row", "lone"),
    [
        ("2020年宣汉县人民政府工作报告 2021年宣汉县人民政府工作报告", "2022年宣汉县人民政府工作报告"),
        ("2022年某市统计公报 | 2023年某市统计公报", "2021年某市统计公报"),
        ("2023年黎平县人民政府工作报告、2024年黎平县人民政府工作报告", "2025年黎平县人民政府工作报告"),
    ],
)
def test_the_row_and_its_lone_next_piece_go_together(row: str, lone: str) -> None:
    text = f"{row.split()[0]}\n\n自由的图书馆\n{row}\n作者:张三\n{lone}\n\n各位代表:\n\n{_PARA}\n\n{_PARA2}\n"
    kept = _lines(text)
    assert row not in kept and lone not in kept
    assert _PARA in kept


def test_three_pieces_on_one_row() -> None:
    row = "2012年文成县人民政府工作报告 2013年文成县人民政府工作报告 2014年文成县人民政府工作报告"
    kept = _lines(f"2013年文成县人民政府工作报告\n\n{row}\n\n各位代表:\n\n{_PARA}\n\n{_PARA2}\n")
    assert row not in kept and _PARA in kept


@pytest.mark.parametrize(
    "line",
    [
        "2021年工作总结及2022年工作计划",  # two documents of one text
        "2019年全县生产总值增长8%,2020年全县生产总值增长8%",
        "2021年林业工作回顾 2022年林业工作安排",
        "2010年某县人民政府工作报告 2020年某县人民政府工作报告",  # ten years apart: a comparison, no navigation
    ],
)
def test_a_title_or_a_line_naming_two_years_stays(line: str) -> None:
    assert line in _lines(f"某县人民政府\n\n{line}\n\n{_PARA}\n\n{_PARA2}\n")


def test_a_lone_piece_of_another_title_or_year_stays() -> None:
    row = "2020年宣汉县人民政府工作报告 2021年宣汉县人民政府工作报告"
    for lone in ("2024年宣汉县人民政府工作报告", "2022年宣汉县统计公报"):
        kept = _lines(f"2021年宣汉县人民政府工作报告\n\n{row}\n{lone}\n\n各位代表:\n\n{_PARA}\n\n{_PARA2}\n")
        assert lone in kept and row not in kept


def test_the_title_survives_the_navigation() -> None:
    text = (
        "跳至内容\n\n2021年宣汉县人民政府工作报告\n\n维基文库,自由的图书馆\n"
        "2020年宣汉县人民政府工作报告 2021年宣汉县人民政府工作报告\n作者:冯永刚\n2022年宣汉县人民政府工作报告\n\n"
        "2021年1月19日在宣汉县第十八届人民代表大会第六次会议上\n\n"
        f"各位代表:\n\n现在,我代表县人民政府向大会报告政府工作,请予审议。\n\n{_PARA}\n\n{_PARA2}\n"
    )
    assert parse_raw(RawText(text, "utf-8", "txt", ""), "x.txt").metadata.title == "2021年宣汉县人民政府工作报告"
