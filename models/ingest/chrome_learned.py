"""A learned second opinion on page chrome: per display line, features a reader uses and a logistic model over them.

Features are hashed into a fixed vector (``DIM``): the line's shape (length, CJK share, punctuation, digits, dates,
URL-ish tokens, separators), its character 1–3-grams (digits folded to 0, only the line's head and tail, where
chrome words sit), its place on the page (before the title, before the first or after the last sentence line, lines
from either end), neighbour shape and how often the line repeats. The weights are trained from the corpus gold by
``benchmarks/train_chrome.py`` and read from ``resources/weights/chrome_lines.json``; reading needs no numpy.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from models.ingest.clean_script import Offsets
from models.paths import RESOURCES

DIM = 1 << 13
WEIGHTS_PATH = RESOURCES / "weights" / "chrome_lines.json"

_SENTENCE_END = re.compile(r"[。！？!?；;]\s*[”’」』）)]?\s*$")
_SENTENCE_IN = re.compile(r"[。！？]")
_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_URL = re.compile(r"https?:|www\.|\.(?:com|cn|net|org|html?|shtml|php|aspx?)\b", re.I)
_SEPARATORS = re.compile(r"[|｜>＞›»/／·•]")
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d))")
_DIGIT = re.compile(r"\d")
_HEAD, _TAIL = 24, 12  # n-grams from the line's first and last characters only


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def _key(line: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", line))


def _slot(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % DIM


def _bucket(value: float, edges: Sequence[float]) -> int:
    return sum(value > e for e in edges)


def _shape(line: str, tag: str) -> list[str]:
    """Shape words of one line (``tag`` tells this line from its neighbours)."""
    s = line.strip()
    n = len(s)
    cjk = sum(map(_cjk, s)) / n if n else 0.0
    digits = len(_DIGIT.findall(s)) / n if n else 0.0
    out = [f"{tag}len{_bucket(n, (2, 4, 8, 14, 24, 40, 80))}", f"{tag}cjk{_bucket(cjk, (0.0, 0.3, 0.6, 0.9, 0.999))}"]
    out.append(f"{tag}dig{_bucket(digits, (0.0, 0.15, 0.4))}")
    if _SENTENCE_END.search(s):
        out.append(f"{tag}end_sentence")
    if _SENTENCE_IN.search(s):
        out.append(f"{tag}has_sentence")
    if s.endswith(("：", ":")):
        out.append(f"{tag}end_colon")
    if s.endswith(("，", ",", "、")):
        out.append(f"{tag}end_comma")
    if "，" in s:
        out.append(f"{tag}has_comma")
    if _DATE.search(s):
        out.append(f"{tag}date")
    if _TIME.search(s):
        out.append(f"{tag}time")
    if _URL.search(s):
        out.append(f"{tag}url")
    if _SEPARATORS.search(s):
        out.append(f"{tag}sep")
    if _NUMBERED.match(s):
        out.append(f"{tag}numbered")
    if n and all(ord(c) < 128 for c in s):
        out.append(f"{tag}ascii")
    spaces = len(re.findall(r"\s+", s))
    out.append(f"{tag}spaces{_bucket(spaces, (0, 1, 3))}")
    return out


def _grams(line: str) -> list[str]:
    s = _DIGIT.sub("0", _key(line))
    parts = [s] if len(s) <= _HEAD + _TAIL else [s[:_HEAD], s[-_TAIL:]]
    out: list[str] = []
    for part in parts:
        for k in (1, 2, 3):
            out.extend(f"g{part[i : i + k]}" for i in range(len(part) - k + 1))
    if len(s) <= 12:
        out.append(f"w{s}")  # the whole short line (字号：, 打印本页, 关闭窗口)
    return out


@dataclass(frozen=True)
class PageLine:
    """One non-blank line of a page, with what the features need."""

    text: str
    gap_before: bool
    gap_after: bool


def page_lines(text: str) -> list[tuple[int, int, PageLine]]:
    """(start, end, line) for every non-blank line of ``text`` (end excludes the newline)."""
    raw = []
    pos = 0
    for chunk in text.split("\n"):
        raw.append((pos, pos + len(chunk), chunk))
        pos += len(chunk) + 1
    out = []
    for i, (s, e, chunk) in enumerate(raw):
        if not chunk.strip():
            continue
        before = i > 0 and not raw[i - 1][2].strip()
        after = i + 1 < len(raw) and not raw[i + 1][2].strip()
        out.append((s, e, PageLine(chunk, before, after)))
    return out


def features(lines: Sequence[PageLine], title: str, only: Sequence[int] | None = None) -> list[list[int]]:
    """The hashed feature slots of every line of a page (a list of slot indices per line), or of the lines ``only``
    names, in that order (their neighbours' shapes still read)."""
    n = len(lines)
    keys = [_key(x.text) for x in lines]
    counts = Counter(keys)
    tkey = _key(title) if title else ""
    title_at = next((i for i, k in enumerate(keys) if tkey and (k == tkey or (len(k) >= 6 and k in tkey))), -1)
    sentence = [i for i, x in enumerate(lines) if len(x.text.strip()) >= 16 and _SENTENCE_IN.search(x.text)]
    first_s, last_s = (sentence[0], sentence[-1]) if sentence else (-1, -1)
    wanted = range(n) if only is None else sorted({j for i in only for j in (i - 1, i, i + 1) if 0 <= j < n})
    shapes = {j: _shape(lines[j].text, "") for j in wanted}  # a line's and its neighbours' shapes, read once
    out = []
    for i in range(n) if only is None else only:
        x = lines[i]
        words = ["bias", *shapes[i], *_grams(x.text)]
        words.append(f"from_start{_bucket(i, (0, 1, 2, 4, 8))}")
        words.append(f"from_end{_bucket(n - 1 - i, (0, 1, 2, 4, 8))}")
        if title_at >= 0:
            words.append("title" if i == title_at else "before_title" if i < title_at else "after_title")
        else:
            words.append("no_title")
        if first_s < 0:
            words.append("no_sentence")
        else:
            words.append(
                "before_first_sentence" if i < first_s else "after_last_sentence" if i > last_s else "among_sentences"
            )
        words.append(f"repeat{_bucket(counts[keys[i]], (1, 2))}")
        if x.gap_before:
            words.append("gap_before")
        if x.gap_after:
            words.append("gap_after")
        words.extend(("p_" + w) for w in (shapes[i - 1] if i > 0 else ["none"]))
        words.extend(("n_" + w) for w in (shapes[i + 1] if i + 1 < n else ["none"]))
        out.append(sorted({_slot(w) for w in words}))
    return out


@dataclass(frozen=True)
class Model:
    intercept: float
    weights: dict[int, float]
    threshold: float

    def probability(self, slots: Sequence[int]) -> float:
        z = self.intercept + sum(self.weights.get(s, 0.0) for s in slots)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def model_from_json(data: dict[str, object]) -> Model:
    """The ``Model`` stored as JSON (intercept, weights by slot, threshold)."""
    raw = data["weights"]
    assert isinstance(raw, dict)
    return Model(
        intercept=float(data["intercept"]),  # type: ignore[arg-type]
        weights={int(k): float(v) for k, v in raw.items()},
        threshold=float(data["threshold"]),  # type: ignore[arg-type]
    )


@cache
def shipped_model() -> Model | None:
    """The committed model, or None when no weights file is there."""
    if not WEIGHTS_PATH.exists():
        return None
    return model_from_json(json.loads(WEIGHTS_PATH.read_text(encoding="utf-8")))


def may_remove(line: str, title: str) -> bool:
    """The conservative guard: never a sentence, never the title, never a long line."""
    s = line.strip()
    if not s or len(s) > 60 or _SENTENCE_IN.search(s) or _SENTENCE_END.search(s):
        return False
    return not (title and _key(s) == _key(title))


def chrome_spans(text: str, title: str, model: Model, threshold: float | None = None) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` the model calls chrome at high confidence and the guard allows."""
    found = page_lines(text)
    # features only for the lines the guard would let go (a report's sentences are most of its lines)
    candidates = [i for i, (_, _, x) in enumerate(found) if may_remove(x.text, title)]
    slots = features([x for _, _, x in found], title, candidates)
    cut = model.threshold if threshold is None else threshold
    return [(found[i][0], found[i][1]) for i, f in zip(candidates, slots, strict=True) if model.probability(f) >= cut]


def learned_cut(
    display: str, arr: Offsets, chrome: list[str], model: Model | None = None, *, learned: bool = True
) -> tuple[str, Offsets, list[str]]:
    """Cleaning's last line step: take out the lines the model (default: the shipped one) calls chrome, their
    offsets with them (so the offset map stays exact and 显示原文 shows them removed), and add them to the chrome
    set aside. With ``learned=False`` it does nothing: training reads the corpus as the rules alone clean it, so
    the model never trains on itself."""
    model = model or (shipped_model() if learned else None)
    spans = chrome_spans(display, "", model) if model is not None else []
    if not spans:
        return display, arr, chrome
    keep_text: list[str] = []
    keep_arr = arr[:0]
    pos = 0
    for s, e in spans:
        end = min(e + 1, len(display))  # the line and its newline
        keep_text.append(display[pos:s])
        keep_arr.extend(arr[pos:s])
        chrome = [*chrome, display[s:e]]
        pos = end
    keep_text.append(display[pos:])
    keep_arr.extend(arr[pos : len(display)])
    return "".join(keep_text), keep_arr, chrome
