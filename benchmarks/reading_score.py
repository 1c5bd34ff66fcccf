"""Scoring primitives for eval_reading: normalisation with an offset map, heading and span matching."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

QUOTES = frozenset("“”‘’\"'‚‛「」")
OPEN_BRACKETS = frozenset("〔[【［")
CLOSE_BRACKETS = frozenset("〕]】］")
# zero-width characters count as whitespace: they never decide a match either
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")
# pinyin after a character in content-farm copies: 區(qū), 開(kāi);
# some mirrors write a blank before the bracket: 會(huì )
PINYIN_RE = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7} ?[)）]")
# pinyin is written in lower case; an acronym in brackets (`(GDP)`) is the report's own text
PINYIN_LOWER_RE = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7} ?[)）]")
HTML_TAG_RE = re.compile(r"<[^<>\n]{0,300}>")


@functools.cache
def _t2s() -> dict[str, str]:
    """Traditional -> simplified, character by character (OpenCC's table)."""
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            targets = parts[1].split()
            if len(parts[0]) == 1 and targets and len(targets[0]) == 1:
                table[parts[0]] = targets[0]
    return table


@functools.cache
def _phrase_fold() -> dict[str, str]:
    """Characters the reader's phrase table may rewrite (``藉口`` -> ``借口``), folded together one for one.

    The reader converts traditional text with OpenCC's phrase table before its character table, so a
    character that is also simplified (``藉``, ``覆``) changes in some phrases only. Folding each such
    character and its replacements to one form on both sides keeps the comparison character for
    character (a phrase fold would depend on where a clause is cut); the classes are 21 pairs.
    """
    import opencc

    table = _t2s()
    pairs: list[tuple[str, str]] = []
    path = Path(opencc.__file__).parent / "dictionary" / "TSPhrases.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        target = values.split(" ")[0] if values else ""
        if len(key) == len(target):
            pairs.extend((a, b) for a, b in zip("".join(table.get(c, c) for c in key), target, strict=True) if a != b)
    shown = {b for _, b in pairs}

    def rank(c: str) -> tuple[bool, bool, str]:
        # the form shown is a common character (GB2312 level 1) and the phrase table's output
        try:
            common = 0xB0A1 <= int.from_bytes(c.encode("gb2312"), "big") <= 0xD7F9
        except UnicodeEncodeError:
            common = False
        return (not common, c not in shown, c)

    parent: dict[str, str] = {}

    def root(c: str) -> str:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            keep, other = sorted((ra, rb), key=rank)
            parent[other] = keep
    return {c: root(c) for c in parent if root(c) != c}


@functools.cache
def _fold_char(c: str) -> str:
    out = []
    table = _t2s()
    fold = _phrase_fold()
    for ch in unicodedata.normalize("NFKC", c):
        ch = table.get(ch, ch)
        ch = fold.get(ch, ch)
        if ch.isspace() or ch in INVISIBLE or ch in QUOTES:
            continue
        if ch in OPEN_BRACKETS:
            ch = "〔"
        elif ch in CLOSE_BRACKETS:
            ch = "〕"
        out.append(ch)
    return "".join(out)


def norm_map(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` and map each character of the result to the index in ``text`` it came from."""
    parts: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        folded = _fold_char(c)
        if folded:
            parts.append(folded)
            index.extend([i] * len(folded))
    return "".join(parts), index


def norm(text: str | None) -> str:
    """The one normalisation of the gold rules: NFKC, simplified, no whitespace or quotes, one bracket style."""
    if not text:
        return ""
    return "".join(_fold_char(c) for c in text)


def norm_spaced(text: str) -> str:
    """Like ``norm`` but keeping line breaks and one space for each run of other whitespace (for joins)."""
    out = []
    for c in text:
        if c == "\n":
            out.append("\n")
        elif c.isspace() or c in INVISIBLE:
            out.append(" ")
        else:
            out.append(_fold_char(c))
    return re.sub(r" ?\n ?", "\n", re.sub(r" +", " ", "".join(out))).strip(" ")


def norm_lines(text: str) -> list[str]:
    """Each line of ``text`` normalised (line breaks kept as the list's boundaries)."""
    return [norm(line) for line in text.split("\n")]


def heading_key(level: int, label: str, title: str) -> tuple[int, str, str]:
    return (level, norm(label), norm(title))


def parse_heading(line: str) -> tuple[int, str, str]:
    """A gold outline line ``level|label|title`` (the title may itself contain ``|``)."""
    level, label, title = line.split("|", 2)
    return int(level), label, title


def lcs_pairs(gold: Sequence[object], pred: Sequence[object]) -> list[tuple[int, int]]:
    """Index pairs of a longest common subsequence of equal items (1:1, in order)."""
    n, m = len(gold), len(pred)
    if not n or not m:
        return []
    # rows of the DP table as lists of ints; n*m is at most a few hundred thousand on the corpus
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = table[i], table[i + 1]
        gi = gold[i]
        for j in range(m - 1, -1, -1):
            if gi == pred[j]:
                row[j] = below[j + 1] + 1
            else:
                row[j] = max(below[j], row[j + 1])
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        if gold[i] == pred[j]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def prf(matched: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty gold with an empty prediction scores 1.0."""
    if n_gold == 0 and n_pred == 0:
        return 1.0, 1.0, 1.0
    p = matched / n_pred if n_pred else 1.0
    r = matched / n_gold if n_gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def find_nth(haystack: str, needle: str, occurrence: int = 1, start: int = 0) -> int:
    """Index of the ``occurrence``-th (1-based) non-overlapping occurrence of ``needle``, or -1."""
    pos = start - 1
    at = start
    for _ in range(max(1, occurrence)):
        pos = haystack.find(needle, at)
        if pos < 0:
            return -1
        at = pos + max(1, len(needle))
    return pos


def locate(normalised: str, index: list[int], quote: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Span ``(start, end)`` in the original text of a quote found in its normalised form."""
    q = norm(quote)
    if not q:
        return None
    pos = find_nth(normalised, q, occurrence)
    if pos < 0:
        return None
    return index[pos], index[pos + len(q) - 1] + 1


def match_spans(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy 1:1 pairing of overlapping spans, largest overlap first; returns (gold index, pred index)."""
    candidates: list[tuple[int, int, int]] = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    pairs.sort()
    return pairs


def same_number(a: object, b: object, tolerance: float = 1e-6) -> bool:
    """Numbers equal within a relative tolerance; ``None`` equals only ``None``."""
    if a is None or b is None:
        return a is None and b is None
    try:
        x, y = float(a), float(b)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    if x == y:
        return True
    return abs(x - y) <= tolerance * max(abs(x), abs(y))


def close_name(gold: object, got: object) -> bool:
    """An indicator's name as a clerk would accept it.

    Equal after normalisation, close in characters (rapidfuzz ratio >= 70: ``动态设置便民核酸检测点`` for
    ``便民核酸检测点``), or one holding the other at half its length or more (``农业产值`` for ``农业产值同比增长``);
    ``增加值`` for ``第一产业增加值`` (the subject lost) does not pass. Names are free text, so this is a looser
    figure than value/unit/change/kind.
    """
    from rapidfuzz import fuzz

    g, a = norm(str(gold or "")), norm(str(got or ""))
    if not g or not a:
        return g == a
    short, long = sorted((g, a), key=len)
    return g == a or fuzz.ratio(g, a) >= 70 or (short in long and 2 * len(short) >= len(long))


def same_text(a: object, b: object) -> bool:
    """Strings equal after normalisation; ``None`` and ``""`` are the same (no unit)."""
    return norm(str(a) if a is not None else "") == norm(str(b) if b is not None else "")
