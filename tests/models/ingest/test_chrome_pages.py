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


def test_an_unwrapped_copys_bare_page_numbers_between_paragraphs_leave() -> None:
    # a copy that kept each paragraph on one line: a page holds a few long lines, and its number follows them
    paras = [
        f"（{k}）第{k}项重点工作稳步推进，完成投资{k * 3}亿元，带动就业{k * 7}人，为全年目标奠定基础。"
        for k in range(1, 40)
    ]
    lines = ["各位代表："]
    for k, para in enumerate(paras, 1):
        lines.append(para)
        if k % 8 == 0:
            lines.append(str(k // 8))
    lines.append("5")
    result = clean("\n".join(lines))
    assert not any(line.isdigit() for line in result.display_text.split("\n"))
    assert result.chrome_lines == ("1", "2", "3", "4", "5")


def test_a_long_run_of_page_numbers_holds_though_one_page_is_short() -> None:
    # a page holding a table (or an image's caption) keeps few lines of text: the other pages still say it
    text, numbers = _wrapped(6, 30, "{n}", last=10)
    lines = text.split("\n")
    page4 = lines.index("4")
    del lines[page4 - 24 : page4]  # the fourth page keeps six lines
    result = clean("\n".join(lines))
    assert not any(line.isdigit() for line in result.display_text.split("\n"))
    assert all(n in result.chrome_lines for n in numbers)


@pytest.mark.parametrize("number", ["- 1 -", "-1-", "—12—", "－3－"])
def test_a_page_number_is_no_delivery_line(number: str) -> None:
    from models.ingest.clean_prelude import DELIVERY

    assert not DELIVERY.search(number)
    assert DELIVERY.search("——2026年1月27日在市第十六届人民代表大会第五次会议上")


# a lone page number between a figure's digits and its unit (1998 ``…收入4.6`` ⏎ ``1`` ⏎ ``亿元,同比…``): the copy set
# the figure in its text, so the number standing between its halves is the printed page's; the figure runs on
_OPENING = [
    f"第{k}项重点工作稳步推进，完成投资{k * 3}亿元，带动就业{k * 7}人，为全年目标奠定基础。" for k in range(1, 10)
]


@pytest.mark.parametrize(
    ("head", "number", "tail"),
    [
        ("财政一般预算收入4.6", "1", "亿元，同比增长32.4%。"),
        ("城镇化率达到56.", "3", "%，提高1.2个百分点。"),
        ("粮食总产量达到12", "2", "万吨，连续五年稳定增长。"),
    ],
)
def test_a_lone_page_number_between_a_figure_and_its_unit_leaves(head: str, number: str, tail: str) -> None:
    lines = ["各位代表：", *_OPENING, head, number, tail]
    result = clean("\n\n".join(lines) + "\n")
    assert number in result.chrome_lines
    assert head in result.display_text and tail in result.display_text
    assert number not in result.display_text.split("\n")
    assert head + tail in result.display_text  # the figure runs on, a decimal's or a whole number's


@pytest.mark.parametrize(
    ("head", "number", "tail"),
    [
        ("存贷款新增量同比提升速度均居全国第", "1", "位。"),
        ("创建高品质绿色科技展示基地", "2", "个。"),
        ("发展基础进一步夯实", "1", "农业农村经济稳中有升。"),
    ],
)
def test_a_figure_a_copy_set_on_its_own_line_stays(head: str, number: str, tail: str) -> None:
    # a PDF copy that sets each figure on a line of its own (087, 1839), or a heading's number (979)
    lines = ["各位代表：", *_OPENING, head, number, tail]
    result = clean("\n\n".join(lines) + "\n")
    assert number not in result.chrome_lines


def test_a_number_between_a_figure_and_its_unit_near_the_start_stays() -> None:
    lines = ["各位代表：", "财政一般预算收入4.6", "1", "亿元，同比增长32.4%。"]  # less than a page before it
    assert "1" not in clean("\n\n".join(lines) + "\n").chrome_lines
