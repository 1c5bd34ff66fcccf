"""Laid-out PDF pages: an indented paragraph's full first line is no centred title wrapped (1295 twice)."""

from __future__ import annotations

from models.ingest.read_layout import Fragment, Page, layout

H = 16.0  # the body's character size
SMALL = 8.0  # a table's smaller type, which makes most of the page's lines
LEFT = 90.0
RIGHT = LEFT + 26 * H  # a 26-character measure


def _line(y: float, text: str, *, indent: int = 0, size: float = H) -> Fragment:
    x0 = LEFT + indent * size
    return Fragment(x0, y, x0 + len(text) * size, y + size, text)


def _table(top: float, rows: int) -> list[Fragment]:
    """A table set small: its rows are most of the page's lines, so the body's type looks large beside them."""
    return [_line(top + i * 1.5 * SMALL, "表" * 52, size=SMALL) for i in range(rows)]


def test_an_indented_full_line_after_a_paragraph_end_opens_a_new_paragraph() -> None:
    body = [
        _line(100, "甲" * 24, indent=2),
        _line(100 + 2 * H, "乙" * 26),
        _line(100 + 4 * H, "下降2.5个百分点。"),  # the paragraph's short last line
        # the next paragraph: indented two characters, justified to a hair short of the margin
        Fragment(LEFT + 2 * H, 100 + 6 * H, RIGHT - 2, 100 + 7 * H, "丙" * 23 + "。"),
    ]
    text = layout([Page(600, 900, (*body, *_table(300, 20)))]).text
    assert "下降2.5个百分点。\n丙" in text


def test_a_centred_title_wrapped_onto_a_second_centred_line_is_still_joined() -> None:
    title = [
        Fragment(LEFT + 3 * 22, 60, LEFT + 3 * 22 + 14 * 22, 82, "关" * 14),
        Fragment(LEFT + 7 * 22, 86, LEFT + 7 * 22 + 6 * 22, 108, "报告" * 3),
    ]
    body = [_line(150, "甲" * 24, indent=2), _line(150 + 2 * H, "乙" * 26)]
    text = layout([Page(600, 900, (*title, *body, *_table(300, 20)))]).text
    assert text.startswith("关" * 14 + "报告" * 3 + "\n")
