"""Positioned fragments to paragraphs: line order, columns, page chrome, re-joined wraps, OCR confidence spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.read_layout import LOW_CONFIDENCE, Fragment, Page, layout

H = 12.0  # character size
LEFT, RIGHT = 72.0, 72.0 + 30 * H  # a 30-character measure


def _line(y: float, text: str, *, indent: int = 0, x: float = LEFT, conf: float = 1.0) -> Fragment:
    x0 = x + indent * H
    return Fragment(x0, y, x0 + len(text) * H, y + H, text, conf)


def _page(*frags: Fragment, width: float = 600, height: float = 800) -> Page:
    return Page(width, height, frags)


def _body(lines: list[str], top: float = 100) -> list[Fragment]:
    """Lines of a paragraph: the first indented two characters, the rest at the margin."""
    return [_line(top + i * 2 * H, t, indent=2 if i == 0 else 0) for i, t in enumerate(lines)]


FULL = "一" * 30


def test_a_wrapped_paragraph_is_joined_and_an_indented_line_starts_a_new_one() -> None:
    frags = _body(["甲" * 28, FULL, "乙乙。"]) + _body(["丙丙丙。"], top=200)
    assert layout([_page(*frags)]).text == "甲" * 28 + FULL + "乙乙。\n丙丙丙。"


def test_a_number_wrapped_at_the_margin_is_joined_without_a_space() -> None:
    frags = [_line(100, "乙" * 24 + "增长了2010", indent=2), _line(124, "年以来的14.9", indent=0), _line(148, "%。")]
    # the first line ends at the margin (2 + 24 + 8 chars wide) so the wrap continues
    page = _page(*frags, width=800)
    text = layout([page]).text
    assert "2010年" in text and "14.9%" in text
    assert "\n" not in text.split("2010")[1].split("%")[0]


def test_fragments_of_one_line_are_ordered_left_to_right() -> None:
    a = Fragment(LEFT + 5 * H, 100, LEFT + 10 * H, 100 + H, "后半句")
    b = Fragment(LEFT, 100.5, LEFT + 5 * H, 100 + H, "前半句")
    assert layout([_page(a, b)]).text == "前半句后半句"


def test_page_numbers_and_running_headers_are_dropped() -> None:
    pages = []
    for n in range(1, 5):
        pages.append(
            _page(
                _line(30, "某市统计局文件"),
                *_body([f"第{n}页的正文内容。", "第二行。", "第三行。"]),
                _line(760, f"— {n} —", x=280),
            )
        )
    pages.append(_page(*_body(["最后一页。", "没有页码的页。", "第三行。"]), _line(760, "第5页共5页", x=260)))
    text = layout(pages).text
    assert "—" not in text and "统计局文件" not in text and "共5页" not in text
    assert "第1页的正文内容。" in text and "最后一页。" in text


def test_the_title_on_page_one_stays_when_later_pages_carry_it_as_their_running_header() -> None:
    big = 2 * H
    title = "某区政府工作报告"
    x = LEFT + 11 * H
    pages = [
        _page(Fragment(x, 40, x + len(title) * big, 40 + big, title), *_body(["第一页。", "第二行。", "第三行。"]))
    ]
    for n in (2, 3, 4):
        small = Fragment(LEFT + 12 * H, 30, LEFT + 12 * H + len(title) * 0.8 * H, 30 + 0.8 * H, title)
        pages.append(_page(small, *_body([f"第{n}页。", "第二行。", "第三行。"])))
    assert layout(pages).text.count(title) == 1


def test_a_running_header_of_a_two_page_report_is_dropped() -> None:
    pages = [
        _page(_line(30, "某区2023年政府工作报告"), *_body([f"第{n}页的正文内容。", "第二行。", "第三行。"]))
        for n in (1, 2)
    ]
    text = layout(pages).text
    assert "政府工作报告" not in text
    assert "第1页的正文内容。" in text and "第2页的正文内容。" in text


def test_a_two_page_report_keeps_lines_that_only_one_page_opens_with() -> None:
    pages = [
        _page(_line(30, "关于印发工作方案的通知"), *_body(["正文第一段。", "第二行。", "第三行。"])),
        _page(*_body(["正文第二页。", "第二行。", "第三行。"])),
    ]
    assert "关于印发工作方案的通知" in layout(pages).text


def test_a_page_that_is_only_a_repeated_line_is_kept() -> None:
    pages = [_page(_line(100, "Annual report: investment grew.")) for _ in range(3)]
    assert layout(pages).text.count("investment grew") == 3


def test_two_columns_are_read_left_column_first() -> None:
    col = 13
    gap = 2 * H
    frags = [_line(40, "两栏页面的标题横跨全页不分栏的文字内容", x=LEFT)]
    for i in range(8):
        frags.append(_line(100 + i * 2 * H, f"左{i}" + "左" * (col - 2), x=LEFT))
        frags.append(_line(100 + i * 2 * H, f"右{i}" + "右" * (col - 2), x=LEFT + col * H + gap))
    text = layout([_page(*frags, width=2 * LEFT + 2 * col * H + gap)]).text
    assert text.index("左7") < text.index("右0")
    assert text.startswith("两栏页面的标题")


def test_table_cells_on_one_line_stay_one_row() -> None:
    row = [
        Fragment(LEFT, 100, LEFT + 4 * H, 100 + H, "项目名称"),
        Fragment(LEFT + 10 * H, 100, LEFT + 12 * H, 100 + H, "金额"),
        Fragment(LEFT + 18 * H, 100, LEFT + 20 * H, 100 + H, "备注"),
    ]
    assert layout([_page(*row)]).text == "项目名称 金额 备注"


def test_low_confidence_fragments_become_spans_of_the_text() -> None:
    frags = [_line(100, "识别可靠的文字。", indent=2), _line(124, "模糊不清的字", indent=2, conf=0.4)]
    out = layout([_page(*frags)])
    assert [out.text[s:e] for s, e in out.low_confidence] == ["模糊不清的字"]


# lines with a word in them (a line of digits alone at a page's top or bottom is a page number)
_cjk = st.text(alphabet=st.sampled_from("工作总结增长亿元。，１２3.%"), min_size=1, max_size=30).filter(
    lambda t: any("\u4e00" <= c <= "\u9fff" for c in t)
)


@given(st.lists(st.tuples(_cjk, st.floats(0, 1), st.integers(0, 3)), min_size=1, max_size=20))
def test_every_character_survives_and_spans_point_at_low_confidence_text(
    rows: list[tuple[str, float, int]],
) -> None:
    frags = [_line(100 + i * 2 * H, t, indent=ind, conf=c) for i, (t, c, ind) in enumerate(rows)]
    out = layout([_page(*frags, width=1000, height=2000)])
    assert "".join(out.text.split()) == "".join("".join(t.split()) for t, _, _ in rows)
    low = [t for t, c, _ in rows if c < LOW_CONFIDENCE and t.strip()]
    assert [out.text[s:e] for s, e in out.low_confidence] == [t.strip() for t in low]
