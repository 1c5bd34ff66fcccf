"""Hypothesis properties of the outline parser: total, well-nested, and deaf to mid-line numbers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest.outline import build_outline
from models.ingest.outline_lines import LONG_LINE, WS, match_label
from models.types import Section

LABELS = [
    "",
    "一、",
    "二、",
    "三、",
    "十一、",
    "(一)",
    "（二）",
    "(三)",
    "1.",
    "2．",
    "１．",
    "3、",
    "(1)",
    "（2）",
    "①",
    "②",
    "第一部分",
    "第二部分",
    "第一章 ",
    "第一，",
    "第二，",
    "一是",
    "1.5",
    "2020.",
    "⑴",
    "⒉",
]
TITLES = ["主要工作", "存在的主要问题", "2021年工作打算", "强化政治意识,增强政治担当", "抓项目", "", "坚持项目为王"]
TAILS = ["", "。", "。全年完成投资61111万元，同比增长56.07%。", "：其中1.专班推进；2.清单管理。", "；二是抓企业。"]
LEADS = ["", "　　", " ", "\t", "\ufeff", "\u2003", "\xa0"]
SEPS = ["\n", "\n\n", "\r\n", "\n \n"]

line_strategy = st.builds(
    lambda lead, label, title, tail: lead + label + title + tail,
    st.sampled_from(LEADS),
    st.sampled_from(LABELS),
    st.sampled_from(TITLES),
    st.sampled_from(TAILS),
)
report_strategy = st.builds(
    lambda lines, seps: "".join(line + seps[i % len(seps)] for i, line in enumerate(lines)),
    st.lists(line_strategy, max_size=40),
    st.lists(st.sampled_from(SEPS), min_size=1, max_size=4),
)
NOISE_CHARS = [*"一二三十〇、()（）1２9.．:：。；\n\r 　①⑴⒈第部分章节", *"是年月亿元工作问题情况\u2003\x85\u2028\ufeff"]
noise_strategy = st.text(
    alphabet=st.sampled_from(NOISE_CHARS),
    max_size=300,
)
PARAGRAPH_MIN = 20  # characters of a line before its end: a paragraph, not a one-sentence line
MID_LINE_SENTENCE = "其中1.专班推进，2.清单管理，2020.12起每月通报，一是抓项目。"
# a sentence of about the same length with no numbers
PLAIN_SENTENCE = "其中专班推进工作，清单管理到位，十二月起每月通报，着力抓好项目建设。"


def check_forest(sections: tuple[Section, ...], text: str, level: int, lo: int, hi: int) -> None:
    prev_end = lo
    for s in sections:
        assert s.level == level
        assert lo <= prev_end <= s.start <= s.heading_end <= s.end <= hi
        assert text.startswith(s.label, s.start)
        # (a title cut by a line break leaves the break out: its words end the heading's span, blanks aside)
        # (blanks are the outline's own: WS, a byte-order mark or zero-width space included)
        assert _squeezed("".join(text[s.start : s.heading_end].split())).endswith(_squeezed("".join(s.title.split())))
        assert (s.title or s.label) and s.title == s.title.strip()
        if s.label:  # numbered headings start a line, unless the line is a whole report run together
            line_start = text.rfind("\n", 0, s.start) + 1
            line_end = text.find("\n", s.start)
            line = text[line_start : len(text) if line_end == -1 else line_end]
            if len(line.strip(WS)) < LONG_LINE:
                assert text[line_start : s.start].strip(WS) == ""
        check_forest(s.children, text, level + 1, s.heading_end, s.end)
        prev_end = s.end


@given(st.one_of(report_strategy, noise_strategy, st.text(max_size=200)))
@settings(max_examples=300, deadline=None)
def test_outline_is_total_nested_ordered_and_in_bounds(text: str) -> None:
    check_forest(build_outline(text), text, 1, 0, len(text))


@given(report_strategy, st.data())
@settings(max_examples=200, deadline=None)
def test_mid_line_numbers_in_a_paragraph_add_no_section(text: str, data: st.DataObject) -> None:
    # the end of a paragraph line that is not itself a heading (a heading line that gains a sentence is run in
    # rather than alone on its line, which is weaker evidence); a paragraph already (a one-sentence line such as
    # 主要工作。 that the sentence makes a paragraph may rightly turn the line above it into its heading)
    paragraph_ends = [
        i + 1
        for i, ch in enumerate(text)
        if ch == "。"
        and text[i + 1 : i + 2] in ("", "\r", "\n")
        and not _starts_with_label(text, i)
        and i - text.rfind("\n", 0, i) > PARAGRAPH_MIN
    ]
    if not paragraph_ends:
        return
    at = data.draw(st.sampled_from(paragraph_ends))
    # against the same paragraph lengthened by a sentence with no numbers: a longer paragraph may rightly make the
    # one-sentence line above it a heading (存在的主要问题。⏎主要工作。…, found with seed 2): the numbers
    # must add nothing
    before = build_outline(text[:at] + PLAIN_SENTENCE + text[at:])
    after = build_outline(text[:at] + MID_LINE_SENTENCE + text[at:])
    assert shape(after) == shape(before)


def _starts_with_label(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    stripped = text[start:at].lstrip(WS)
    return match_label(stripped, 0, len(stripped)) is not None


def shape(sections: tuple[Section, ...]) -> list[object]:
    return [(s.level, s.label, s.title, shape(s.children)) for s in sections]


# a report run together on one line: numbered heads, headline sentences and paragraphs parted by blanks or by
# nothing (a doc store's copy), first labels glued in chains (一、…(一)…1.…)
PIECES = [
    "一、综合",
    "二、2023年工作打算",
    "一、1-6月份工作总结(一)经济指标平稳增长1、工业产值完成34亿元。",
    "(一)重点指标完成情况1.招商引资指标。",
    "经济总量日益壮大。",
    "创新培育，强发展动能。",
    "县域综合实力显著增强。,同比增长16%;",
    "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，为全年发展打下了坚实基础。",
    "继续实施积极的财政政策，扩大内需。一是",
]
OPENING = "某县工作总结 " + PIECES[7] * 5 + " "  # (a line this long is a report run together)
oneline_strategy = st.builds(
    lambda pieces, gaps: OPENING + "".join(p + gaps[i % len(gaps)] for i, p in enumerate(pieces)),
    st.lists(st.sampled_from(PIECES), max_size=30),
    st.lists(st.sampled_from(["", " ", "  ", "\u3000"]), min_size=1, max_size=3),
)


@given(oneline_strategy)
@settings(max_examples=200, deadline=None)
def test_one_line_outline_is_total_nested_ordered_and_in_bounds(text: str) -> None:
    check_pieces(build_outline(text), text, 1, 0, len(text))


def check_pieces(sections: tuple[Section, ...], text: str, level: int, lo: int, hi: int) -> None:
    """As ``check_forest``, a title read across the blanks of a one-line copy (一、综 合) written without them."""
    prev_end = lo
    for s in sections:
        assert s.level == level
        assert lo <= prev_end <= s.start <= s.heading_end <= s.end <= hi
        assert text.startswith(s.label, s.start)
        assert _squeezed(text[s.start : s.heading_end]).endswith(_squeezed(s.title))
        assert (s.title or s.label) and s.title == s.title.strip()
        check_pieces(s.children, text, level + 1, s.heading_end, s.end)
        prev_end = s.end


def _squeezed(s: str) -> str:
    return "".join(ch for ch in s if ch not in WS)
