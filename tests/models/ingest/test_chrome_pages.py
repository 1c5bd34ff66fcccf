"""A PDF text copy's page numbers (issue 17 §1.2): styled ones alone, bare ones from their rising run through the
document; a paragraph the page broke runs on over its number; a heading's or a figure's bare number stays."""

from __future__ import annotations

import pytest

from models.ingest.chrome_pages import page_numbers
from models.ingest.clean import clean

# a report's text, no two wrapped lines alike (a line printed twice would be a page's head)
_TEXT = "".join(f"第{k}项重点工作稳步推进，完成投资{k * 3}亿元，带动就业{k * 7}人。" for k in range(1, 120))
_PARA = _TEXT[:80]


def _wrapped(pages: int, per_page: int, style: str, last: int = 4) -> tuple[str, list[str]]:
    """A text of ``pages`` pages of ``per_page`` wrapped lines (the last page ``last`` lines), numbered in ``style``."""
    text = _TEXT
    lines = [text[k : k + 20] for k in range(0, len(text), 20)]
    out: list[str] = ["各位代表："]
    numbers = []
    pos = 0
    for p in range(1, pages + 1):
        size = per_page if p < pages or pages == 1 else last
        out += lines[pos : pos + size]
        pos += size
        number = style.format(n=p, total=pages)
        out.append(number)
        numbers.append(number)
    return "\n".join(out) + "\n", numbers


@pytest.mark.parametrize(
    "style", ["{n}", "- {n} -", "—{n}—", "第{n}页 共{total}页", "第 {n} 页", "Page {n} of {total}"]
)
@pytest.mark.parametrize("pages", [1, 2, 4])
def test_page_numbers_leave_the_body_and_the_paragraph_runs_on(style: str, pages: int) -> None:
    text, numbers = _wrapped(pages, 30, style)
    result = clean(text)
    lines = result.display_text.split("\n")
    for number in numbers:
        assert number not in lines
        assert number in result.chrome_lines  # what is removed stays in the original and is listed
    # the paragraph the page broke is one line again: nothing of the text lost
    body = "".join(line for line in lines if line != "各位代表：")
    assert body == _TEXT[: len(body)]


def test_a_bare_number_alone_mid_text_is_no_page_number() -> None:
    text, _ = _wrapped(1, 60, "{n}", last=60)
    lines = text.split("\n")[:-1]
    lines.insert(20, "7")  # a figure a token-wrapped text set on its own line
    lines.insert(45, "8")  # too near: not a page apart, and nothing closes the run
    assert page_numbers(lines, ["body"] * len(lines), 0) == {len(lines) - 1}  # only the closing 1


def test_heading_numbers_of_unlike_sections_are_no_page_numbers() -> None:
    lines = ["各位代表："]
    for n, size in ((1, 9), (2, 30), (3, 12), (4, 40)):
        lines.append(str(n))
        lines += [_PARA[:20]] * size
    assert page_numbers(lines, ["body"] * len(lines), 0) == set()


def test_a_table_runs_across_a_page_number() -> None:
    rows = [f"| 项目{k} | {100 + k} | {k}.5 |" for k in range(8)]
    lines = ["各位代表：", *[_PARA[:20]] * 30, *rows[:4], "- 1 -", *rows[4:], "- 2 -"]
    result = clean("\n".join(lines))
    for row in rows:
        assert row.replace(" ", "") in result.display_text.replace(" ", "")
    assert "- 1 -" not in result.display_text


def test_a_tables_row_numbers_a_cell_a_line_are_no_page_numbers() -> None:
    lines = ["各位代表："]
    for n in range(1, 6):  # 序号 then eight short cells a row, rows alike: less text than a page holds
        lines += [str(n), "推进重点项目建设", "县发改局", "各乡镇", "全年", "已完成", "100%", "按期推进", "无"]
    assert page_numbers(lines, ["body"] * len(lines), 0) == set()
