"""A PDF's text copy that lost its paragraphs' indents: first lines two characters short show the paragraphs (1282)."""

from __future__ import annotations

import random

from models.ingest.clean import clean
from models.ingest.rejoin import join_points
from models.ingest.rejoin_indent import indented_measure
from tests.models.ingest.test_clean_props import check_map

_POOL = "财政收支审计情况部门单位资金管理使用绩效问题整改制度建设推进落实加强完善监督检查预算执行规范项目地方中央"


def _words(seed: int, n: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_POOL) for _ in range(n))


def _printed(paragraph: str, measure: int = 28, indent: int = 2) -> list[str]:
    """The paragraph's printed lines: the first ``indent`` characters short, the others ``measure`` long."""
    lines = [paragraph[: measure - indent]]
    rest = paragraph[measure - indent :]
    while rest:
        lines.append(rest[:measure])
        rest = rest[measure:]
    return lines


def _report(indent: int = 2) -> list[str]:
    """Twelve paragraphs, some with a sentence ending at the printed line's last column; the expected break or join
    after the lines that end with ``。``."""
    lines: list[str] = []
    for k in range(12):
        first = 28 - indent
        seed = 4 * k
        para = _words(seed, first - 1) + "。" if k % 3 == 1 else _words(seed, first)  # a sentence at a first line's end
        para += _words(seed + 1, 27) + "。"  # and one at a full line's end
        para += _words(seed + 2, 28 * 2 + 9) + "。"  # the paragraph's short last line
        lines.extend(_printed(para, indent=indent))
    heading = "（一）" + _words(90, 10)
    lines.extend([heading, *_printed(_words(91, 60) + "。", indent=indent)])
    return lines


def test_a_sentence_at_a_full_lines_end_runs_on_when_the_next_line_is_full_too() -> None:
    lines = _report()
    assert indented_measure(lines, lines) is not None
    joins = join_points(lines, [True] * len(lines))
    for i, line in enumerate(lines[:-1]):
        if line.endswith("。"):
            short = len(line) < 26
            assert joins[i] is not short, (i, line)  # a full line's 。 runs on; a short last line ends its paragraph


def test_a_numbered_heading_opens_its_own_paragraph_after_a_short_last_line() -> None:
    lines = _report()
    joins = join_points(lines, [True] * len(lines))
    k = next(i for i, line in enumerate(lines) if line.startswith("（一）"))
    assert not joins[k - 1]


def test_a_copy_that_printed_no_indent_shows_no_step() -> None:
    lines = _report(indent=0)
    assert indented_measure(lines, lines) is None


def test_cleaning_re_joins_the_paragraphs_and_keeps_the_map() -> None:
    lines = _report()
    text = "\n".join(lines) + "\n"
    out = clean(text)
    check_map(text)
    assert out.display_text.count("\n") == 13  # twelve paragraphs, the heading and its paragraph: fourteen lines
