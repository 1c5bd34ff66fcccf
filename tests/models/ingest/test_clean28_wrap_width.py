"""A flattened PDF's printed width read from its full lines, not from the lines a mark or a figure left short."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.clean_wraps import document_width

# a county's review, figures in most clauses (a printed line holding a digit may end half a column short)
PARAGRAPHS = [
    "过去一年，面对复杂严峻的外部环境，全县上下坚持稳中求进工作总基调，统筹推进经济社会发展各项工作，地区生产总值"
    "达到312.6亿元，同比增长6.2%，主要经济指标增速保持在全市前列，经济运行呈现稳中有进、进中提质的良好态势。",
    "工业经济稳中有进。深入实施制造业强县战略，新增规模以上工业企业27家，高新技术企业新增41家，建成省级以上创新"
    "平台12个，战略性新兴产业产值占规模以上工业比重达到38.2%，产业结构持续优化，发展后劲不断增强，质量效益稳步提升。",
    "项目建设提速增效。坚持以项目论英雄、以实绩论担当，实施市级以上重点项目86个，完成年度计划的118.4%，新开工亿元"
    "以上项目53个，竣工投产31个，招引落地一批产业链关键项目，实际使用外资1.62亿美元，对外开放水平进一步提高。",
    "民生保障持续加强。始终把群众冷暖放在心上，城镇新增就业1.37万人，新建改扩建中小学和幼儿园17所，基本养老保险"
    "参保率稳定在97%以上，持续开展困难群众走访慰问，发放各类救助资金，兜牢兜实基本民生底线，人民群众获得感不断增强。",
]
WORDS = ["稳中求进", "高新技术企业", "重点项目", "实际使用外资", "城镇新增就业", "基本养老保险"]


def _flatten(paragraphs: list[str], width: int) -> str:
    """Each paragraph on one line, a space wherever its printed line of ``width`` columns ended (an ASCII character
    half a column; a line ends short when the next wide character no longer fits, and a column short when a mark
    may not open a line and takes the character before it down with it, as Chinese typesetting does); a first
    line indented two."""
    out = []
    for p in paragraphs:
        rows: list[str] = []
        row, col = "", 2.0
        for ch in p:
            w = 0.5 if ch.isascii() else 1.0
            if col + w > width:
                if ch in "，。、；：" and len(row) > 1:
                    rows.append(row[:-1])
                    row, col = row[-1], 1.0
                else:
                    rows.append(row)
                    row, col = "", 0.0
            row += ch
            col += w
        out.append(" ".join([*rows, row]))
    return "\n".join(out)


@pytest.mark.parametrize("width", range(26, 45))
def test_the_printed_width_is_the_widest_line_not_the_lines_a_digit_left_short(width: int) -> None:
    lines = _flatten(PARAGRAPHS * 3, width).split("\n")
    assert document_width(lines) == width


@pytest.mark.parametrize("width", [31, 36, 39])
def test_every_wrap_of_a_flattened_page_is_taken_out(width: int) -> None:
    text = _flatten(PARAGRAPHS * 2, width)
    display = clean(text).display_text
    for word in WORDS:
        assert word in display
    assert display.count(" ") == 0


def _rows(text: str, widths: list[float]) -> str:
    """``text`` cut into printed lines of the given widths in turn (an ASCII character half a column), joined by
    spaces: one paragraph of a flattened PDF."""
    rows, row, col, k = [], "", 0.0, 0
    for ch in text:
        row += ch
        col += 0.5 if ch.isascii() else 1.0
        if col >= widths[k % len(widths)]:
            rows.append(row)
            row, col, k = "", 0.0, k + 1
    return " ".join([*rows, row]).strip()


def test_lines_ending_short_do_not_narrow_the_page() -> None:
    """Lines a mark or a figure left one or two columns short (a mark may not open a line and takes a character
    down with it) pull the gaps below the width, never above it: the page is as wide as its full lines."""
    prose = "".join(ch for ch in "".join(PARAGRAPHS) if not ch.isascii())
    lines = [_rows(prose[k:] + prose[:k], [37, 36, 37, 35, 37, 36]) for k in (0, 40, 80, 120)]
    assert document_width(lines) == 37
