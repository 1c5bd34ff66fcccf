"""The whole reader (clean, outline, metadata, suggestions) over real reports changed the ways real copies differ.

Each mutation is a pure function of the text and two non-negative integers (so hypothesis shrinks them to 0): an
excerpt cut at any offset, lines dropped, doubled or kept only up to the K-th, one line, hard wraps every N
characters, blank lines, the other script, a line without punctuation, no newlines, pinyin annotations, figures
masked as X. Whatever comes in, parse_raw never raises, its offset map and ranges stay inside the texts, and a text
of ordinary report sentences keeps at least half its characters (a Wikisource excerpt once went whole as chrome).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.ingest import parse_raw
from models.ingest.clean import clean
from models.ingest.clean_script import _tables, t2s_char
from models.ingest.read import RawText
from models.suggest import suggest
from models.types import ParsedDocument

REPORTS = Path(__file__).resolve().parents[2] / "corpus" / "reports"
# a small fixed sample of real reports from different sets and shapes (national, city, county, township, bureau;
# simplified and traditional; wiki, portal and doc-store copies), read once
SAMPLE = ("001", "194", "487", "621", "898", "1084", "1719", "1882", "1976", "1984")

Mutation = Callable[[str, int, int], str]


@cache
def sample_texts() -> tuple[str, ...]:
    texts = []
    for prefix in SAMPLE:
        path = next(p for p in sorted(REPORTS.glob(f"{prefix}_*.txt")))
        texts.append(path.read_text(encoding="utf-8"))
    return tuple(texts)


@cache
def _opencc(config: str) -> Callable[[str], str]:
    from opencc import OpenCC

    return OpenCC(config).convert  # type: ignore[no-any-return]


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _pick(seq_len: int, a: int) -> int:
    return a % seq_len if seq_len else 0


def cut_start(text: str, a: int, b: int) -> str:
    """An excerpt starting mid-text."""
    return text[_pick(len(text) + 1, a) :]


def cut_end(text: str, a: int, b: int) -> str:
    """An excerpt ending mid-text."""
    return text[: len(text) - _pick(len(text) + 1, a)]


def cut_both(text: str, a: int, b: int) -> str:
    start = _pick(len(text) + 1, a)
    return text[start : start + 1 + b % max(1, len(text) - start)]


def drop_line(text: str, a: int, b: int) -> str:
    lines = _lines(text)
    i = _pick(len(lines), a)
    return "\n".join(lines[:i] + lines[i + 1 + b % 3 :])


def duplicate_line(text: str, a: int, b: int) -> str:
    lines = _lines(text)
    i = _pick(len(lines), a)
    return "\n".join(lines[: i + 1] + lines[i : i + 1] * (1 + b % 2) + lines[i + 1 :])


def first_lines(text: str, a: int, b: int) -> str:
    lines = _lines(text)
    return "\n".join(lines[: 1 + _pick(len(lines), a)])


def one_line(text: str, a: int, b: int) -> str:
    """All lines joined into one (a doc store's copy)."""
    return text.replace("\n", "")


def newlines_to_spaces(text: str, a: int, b: int) -> str:
    return text.replace("\n", " ")


def hard_wrap(text: str, a: int, b: int) -> str:
    """Every line cut every N characters (a PDF copy)."""
    n = 1 + a % 60
    return "\n".join(line[i : i + n] for line in _lines(text) for i in range(0, max(1, len(line)), n))


def blank_lines(text: str, a: int, b: int) -> str:
    lines = _lines(text)
    i = _pick(len(lines) + 1, a)
    return "\n".join(lines[:i] + [""] * (1 + b % 3) + lines[i:])


def double_spaced(text: str, a: int, b: int) -> str:
    return text.replace("\n", "\n\n")


def traditional(text: str, a: int, b: int) -> str:
    return _opencc("s2t")(text)


def simplified(text: str, a: int, b: int) -> str:
    return _opencc("t2s")(text)


def strip_punctuation(text: str, a: int, b: int) -> str:
    lines = _lines(text)
    i = _pick(len(lines), a)
    lines[i] = "".join(c for c in lines[i] if not unicodedata.category(c).startswith("P"))
    return "\n".join(lines)


_PINYIN = ("(xiàn)", "(dāng)", "（lǐng）", "(zhuǎn)", "(fù)", "(jì)", "(guó)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def pinyin_brackets(text: str, a: int, b: int) -> str:
    """A pinyin reading in brackets after every k-th Chinese character (a forum's annotated copy)."""
    k = 1 + a % 12
    count = 0

    def mark(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return m.group() + (_PINYIN[(count + b) % len(_PINYIN)] if count % k == 0 else "")

    return _CJK.sub(mark, text)


def digits_x(text: str, a: int, b: int) -> str:
    return re.sub(r"[0-9０-９]", "X", text)


MUTATIONS: dict[str, Mutation] = {
    f.__name__: f
    for f in (
        cut_start,
        cut_end,
        cut_both,
        drop_line,
        duplicate_line,
        first_lines,
        one_line,
        newlines_to_spaces,
        hard_wrap,
        blank_lines,
        double_spaced,
        traditional,
        simplified,
        strip_punctuation,
        pinyin_brackets,
        digits_x,
    )
}


def mutate(text: str, steps: list[tuple[str, int, int]]) -> str:
    for name, a, b in steps:
        text = MUTATIONS[name](text, a, b)
    return text


def read(text: str) -> ParsedDocument:
    """The whole import path of a .txt copy: clean, outline, metadata, then the suggestions."""
    parsed = parse_raw(RawText(text, "utf-8", "txt", "0" * 64), "mutated.txt")
    for s in suggest(parsed.display_text, parsed.sections):
        assert 0 <= s.start <= s.end <= len(parsed.display_text)
        assert s.text == parsed.display_text[s.start : s.end]
    return parsed


@cache
def _t2s_pairs() -> frozenset[tuple[str, str]]:
    """(traditional, simplified) character pairs of the phrase table (瞭解 -> 了解: 瞭 may show as 了)."""
    phrases = _tables().phrases
    return frozenset(p for k, v in phrases.items() if len(k) == len(v) for p in zip(k, v, strict=True))


def check_parsed(original: str, parsed: ParsedDocument) -> None:
    """Offsets and ranges stay inside the texts; every display character comes from its original one."""
    display = parsed.display_text
    assert parsed.original_text == original
    arr = parsed.offset_map.to_array()
    assert len(arr) == len(display) + 1
    assert all(0 <= v <= len(original) for v in arr)
    assert all(x <= y for x, y in pairwise(arr))
    for r in parsed.suspects:
        assert 0 <= r.start < r.end <= len(display)
    repaired: list[tuple[int, int]] | None = None  # a confident garble repair's characters (read only when needed)
    for i, d in enumerate(display):
        o = original[arr[i]]
        if d.isspace() or d == o or d == t2s_char(o) or t2s_char(d) == t2s_char(o) or (o, d) in _t2s_pairs():
            continue
        if repaired is None:
            repaired = [(r.start, r.end) for r in clean(original).repaired]
        assert any(s <= i < e for s, e in repaired), (i, d, o)
    for sec in parsed.sections:
        assert 0 <= sec.start <= sec.end <= len(display)


_STEP = st.tuples(st.sampled_from(sorted(MUTATIONS)), st.integers(0, 10**6), st.integers(0, 10**6))


@given(st.integers(0, len(SAMPLE) - 1), st.lists(_STEP, min_size=1, max_size=3))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_reader_never_raises_on_a_mutated_real_report(which: int, steps: list[tuple[str, int, int]]) -> None:
    text = mutate(sample_texts()[which], steps)
    check_parsed(text, read(text))


# ---------------------------------------------------------------- ordinary sentences are never chrome

_SENTENCE_END = "。；！？"


def _ordinary(line: str) -> bool:
    """A report sentence: at least 30 characters, mostly Chinese, no link, ending as a sentence ends."""
    s = line.strip()
    han = len(_CJK.findall(s))
    return len(s) >= 30 and han >= 0.7 * len(s) and s[-1] in _SENTENCE_END and "http" not in s and "www" not in s


@cache
def sentence_texts() -> tuple[str, ...]:
    """The ordinary sentences the reader keeps of each sample report, one a line, as a copy of the body alone."""
    out = []
    for text in sample_texts():
        kept = read(text).display_text
        lines = [line.strip() for line in _lines(kept) if _ordinary(line)]
        if len(lines) >= 2:
            out.append("\n".join(lines))
    return tuple(out)


def wide_wrap(text: str, a: int, b: int) -> str:
    """Hard wraps at a printed page's width (16 to 60 characters)."""
    return hard_wrap(text, 15 + a % 45, b)


# mutations after which the text is still made only of ordinary sentences
_KEEPS_SENTENCES: dict[str, Mutation] = {
    f.__name__: f
    for f in (
        drop_line,
        duplicate_line,
        first_lines,
        blank_lines,
        double_spaced,
        traditional,
        simplified,
        digits_x,
        one_line,
        newlines_to_spaces,
        wide_wrap,
    )
}


def _chars(text: str) -> int:
    return sum(not c.isspace() for c in text)


def check_keeps_half(before: str, text: str) -> None:
    """At least half the characters of ``text`` stay (a doubled line counts once: a repeated copy may go)."""
    parsed = read(text)
    once = "\n".join(dict.fromkeys(_lines(text)))
    assert _chars(parsed.display_text) >= 0.5 * min(_chars(before), _chars(once)), text


@given(st.data())
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_text_of_ordinary_sentences_never_goes_as_chrome(data: st.DataObject) -> None:
    texts = sentence_texts()
    text = texts[data.draw(st.integers(0, len(texts) - 1))]
    steps = data.draw(
        st.lists(
            st.tuples(st.sampled_from(sorted(_KEEPS_SENTENCES)), st.integers(0, 10**6), st.integers(0, 10**6)),
            max_size=3,
        )
    )
    mutated = text
    for name, a, b in steps:
        mutated = _KEEPS_SENTENCES[name](mutated, a, b)
    check_keeps_half(text, mutated)
