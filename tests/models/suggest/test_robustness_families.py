"""The same statements read the same whatever the surface: half-width punctuation, full-width digits, hard
wraps (inside figures too), traditional script."""

from __future__ import annotations

from typing import Any

import pytest

from models.ingest.clean_script import convert_t2s
from models.ingest.rejoin import visual_width
from models.suggest.indicators import find_indicators

STATEMENTS = [
    "2023年，全县实现地区生产总值212.65亿元，同比增长3.2%。",
    "规模以上工业增加值增长8.5%，增速高于全市1.2个百分点。",
    "一般公共预算收入完成8621万元，为年初预算的52.4%，同比下降6.8%。",
    "城镇和农村居民人均可支配收入分别增长4.8%、7.2%。",
    "新建5G基站320个，新增城镇就业5527人。",
    "力争2024年固定资产投资增长10%以上。",
    "三次产业结构调整为10.2：38.5：51.3。",
    "粮食总产量达到52.3万吨，与上年持平。",
    "空气质量优良天数比例达到92.6%，居全省第3位。",
]
# simplified -> traditional for the characters of STATEMENTS (the test's own table; checked against OpenCC below)
TRADITIONAL = str.maketrans(
    "县实现区产总亿长规业较级预镇乡农个争资结构调为粮达万吨与气质优数统计标组织单务经济发项设备础",
    "縣實現區產總億長規業較級預鎮鄉農個爭資結構調為糧達萬噸與氣質優數統計標組織單務經濟發項設備礎",
)


def _fields(text: str) -> list[tuple[Any, ...]]:
    return [
        (
            s.attributes.get("name"),
            s.attributes.get("value"),
            s.attributes.get("unit"),
            s.attributes.get("change"),
            s.attributes.get("change_unit"),
            s.attributes.get("kind"),
            s.attributes.get("period"),
        )
        for s in find_indicators(text)
    ]


def _halfwidth_punctuation(text: str) -> str:
    return text.translate(str.maketrans("，。；：（）、", ",.;:()、"))


def _fullwidth_digits(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789.%"})


def _traditional(text: str) -> str:
    return text.translate(TRADITIONAL)


@pytest.mark.parametrize("statement", STATEMENTS)
def test_half_width_punctuation_reads_the_same(statement: str) -> None:
    expected = _fields(statement)
    assert expected
    assert _fields(_halfwidth_punctuation(statement)[:-1] + "。") == expected


@pytest.mark.parametrize("statement", STATEMENTS)
def test_full_width_digits_read_the_same(statement: str) -> None:
    wide = _fullwidth_digits(statement)
    assert _fields(wide) == _fields(statement)
    for s in find_indicators(wide):
        assert s.text == wide[s.start : s.end]


@pytest.mark.parametrize("statement", STATEMENTS)
def test_traditional_script_reads_the_same_and_quotes_the_file(statement: str) -> None:
    trad = _traditional(statement)
    assert convert_t2s(trad)[0] == statement  # the test's own conversion is right
    assert _fields(trad) == _fields(statement)
    for s in find_indicators(trad):
        assert s.text == trad[s.start : s.end]


def _wrapped(paragraphs: list[str], width: int) -> str:
    return "".join("\n".join(p[i : i + width] for i in range(0, len(p), width)) + "\n" for p in paragraphs)


def test_hard_wraps_inside_figures_read_as_the_joined_text() -> None:
    paragraphs = ["".join(STATEMENTS[i : i + 3]) for i in range(0, len(STATEMENTS), 3)]
    flat = "\n".join(paragraphs) + "\n"
    joined = _fields(flat)
    for width in (21, 23, 29, 31):
        wrapped = _wrapped(paragraphs, width)
        assert any(ch.isdigit() for line in wrapped.splitlines() for ch in line[-1:])  # a figure is split
        assert _fields(wrapped) == joined, width
        for s in find_indicators(wrapped):
            assert s.text == wrapped[s.start : s.end]
            assert s.text.replace("\n", "") in flat


def test_a_traditional_report_through_the_cleaner_reads_as_the_simplified_one(tmp_path: Any) -> None:
    from models.ingest import parse_file

    body = "\n".join(_traditional(s) for s in STATEMENTS) + "\n"
    path = tmp_path / "報告.txt"
    path.write_text("某縣2023年統計公報\n" + body, encoding="utf-8")
    parsed = parse_file(path)
    got = [f for f in _fields(parsed.display_text) if f[0] != "统计公报"]
    assert got == _fields("\n".join(STATEMENTS) + "\n")


def _spaced(text: str) -> str:
    """PDF text: a space on either side of each figure (``生产总值 212.65 亿元``)."""
    import re

    return re.sub(r"\d+(?:\.\d+)?", lambda m: f" {m.group(0)} ", text)


@pytest.mark.parametrize("statement", STATEMENTS)
def test_spaces_around_figures_read_the_same(statement: str) -> None:
    spaced = _spaced(statement)
    assert [f[1:] for f in _fields(spaced)] == [f[1:] for f in _fields(statement)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("国内生产总值223 961万元,比上年增长5.5%。", 223961),
        ("农民人均纯收入2 310元。", 2310),
        # a hard wrap between the grouped figure and its unit (924 wrapped at 28-42 cells)
        ("基本完成了县人民代表大会确定的任务目标。预计实现国内生产总值223 961\n万元,比上年增长5.5%。", 223961),
    ],
)
def test_thousands_grouped_by_spaces_read_as_one_figure(text: str, value: float) -> None:
    assert find_indicators(text)[0].attributes["value"] == value


def test_figures_of_a_table_row_are_not_joined() -> None:
    assert all(s.attributes["value"] != 12345678 for s in find_indicators("合计 12 345 678\n"))


def test_a_negative_item_in_a_list_of_changes() -> None:
    got = find_indicators("第一产业88366万元,第二产业51203万元,第三产业84392万元,分别增长15.4%、-5.3%和1.5%。")
    assert [s.attributes["change"] for s in got] == [15.4, -5.3, 1.5]


def test_a_page_run_together_with_single_spaces_ends_a_paragraph_at_a_full_stop() -> None:
    # 566 run together on one line: the lead's 主要预期目标是：… must not make the review's figures aims
    text = (
        "2026年发展主要预期目标是：经济增长5%左右；城镇新增就业1200万人以上。 政府工作报告全文： "
        "一、2025年工作回顾 全年经济社会发展主要目标任务顺利完成。国内生产总值增长5%，城镇新增就业1267万人。"
    )
    kinds = [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text)]
    assert kinds == [(5, "target"), (1200, "target"), (5, "actual"), (1267, "actual")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("上半年全市生产总值735.4亿元,按可比价格计算,同比增长1 2.8%。", 735.4),
        ("禽蛋产量下降4 .2%。", -4.2),
        ("地方一般预算支出48 4.5亿元。", 484.5),
        ("外商投资性公司达到5 6家。", 56),
    ],
)
def test_a_figure_cut_by_a_wrap_turned_space_is_one_figure(text: str, value: float) -> None:
    # wrapspaces variant (651, 252, 546, 318) and a real PDF copy (256 分别达到5 6家)
    assert value in [s.attributes["value"] for s in find_indicators(text)]
    assert 12.8 in [s.attributes["change"] for s in find_indicators(text)] or "12.8" not in text.replace(" ", "")


def test_a_row_of_figures_is_not_joined_across_its_spaces() -> None:
    values = [s.attributes["value"] for s in find_indicators("各年增速分别为12.5 13.6%。")]
    assert 12.513 not in values and 125136 not in values


def _wrapped_with_spaces(text: str, cells: int) -> str:
    """The text as a PDF copy gives it when its wraps became spaces: a space each time a line fills ``cells``."""
    out, width = [], 0
    for ch in text:
        if width + visual_width(ch) > cells:
            out.append(" ")
            width = 0
        out.append(ch)
        width += visual_width(ch)
    return "".join(out)


def test_wraps_turned_spaces_in_a_whole_text_read_as_the_joined_text() -> None:
    # a PDF copy whose wraps became spaces at one printed width (032): spaces inside words and figures
    text = "".join(STATEMENTS * 2)
    for cells in (56, 60, 64, 70):
        wrapped = _wrapped_with_spaces(text, cells)
        assert [f[1:] for f in _fields(wrapped)] == [f[1:] for f in _fields(text)], cells


def test_a_space_after_a_full_stop_in_a_text_with_line_breaks_is_a_wrap_not_a_paragraph() -> None:
    # 303 as a PDF copy whose wraps became spaces: the task paragraph goes on after '。 '
    text = (
        "上半年水利工作总结如下:\n"
        "全年的主要任务是:计划完成各类水利工程1911件,其中电力工程1件。 计划完成投资30300万元,"
        "新增有效灌溉面积3600亩。\n"
        "一、各项水利工作完成情况\n"
        "上半年完成投资12000万元,同比增长5%。\n"
    )
    kinds = [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text)]
    assert kinds[:4] == [(1911, "target"), (1, "target"), (30300, "target"), (3600, "target")]


def test_a_narrow_wrap_between_a_figure_and_its_unit_and_inside_a_ratio() -> None:
    # a PDF wrapped at 36 cells (18 characters a line): 818 '增加值263.5⏎亿元', 724 '20.2:48.0:⏎31.8'
    text = "全年地区生产总值1800.5亿元。\n其中,第一产业实现增加值263.5\n亿元,增长5.2%。\n"
    assert (263.5, 5.2) in [(s.attributes["value"], s.attributes["change"]) for s in find_indicators(text)]
    text = "产业结构由2002年的20.2:48.0:\n31.8调整为12.5:55.5:32。\n"
    assert [s.attributes["value"] for s in find_indicators(text)] == [12.5, 55.5, 32]
