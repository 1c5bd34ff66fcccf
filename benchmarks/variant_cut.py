"""The cut shapes of a report as variant families: a store's 2,000-byte excerpt, a copy cut inside its second heading.

Doc stores and the ``pages`` store keep only a report's first 2,000 bytes, cut in the middle of a sentence; a
copy saved from a paged view starts in the middle of a heading. Each family keeps one stretch ``lo..hi`` of the
original text and carries the gold over to it mechanically, keeping only what the stretch still holds: the
headings it holds whole, the indicator quotes it holds (their ``occurrence`` counted again), a ``first`` and
``last`` at its own ends when the cut falls inside the body, chrome lines, joins and breaks it still holds, and
the metadata fields whose evidence it still writes (a field whose evidence is gone is left out of the gold, so
the scorer skips it).
"""

from __future__ import annotations

import copy
import random
import re
from typing import Any

from benchmarks.reading_score import HTML_TAG_RE, PINYIN_RE, find_nth, norm, norm_map, norm_spaced, parse_heading
from benchmarks.variant_transforms import SENTENCE_END, Family, Variant, body_span

EXCERPT_BYTES = 2000
_CLOSERS = frozenset("”’」』）)】〕》")


def excerpt_end(text: str, limit: int = EXCERPT_BYTES) -> int | None:
    """Where a ``limit``-byte excerpt of ``text`` ends, backed off so it ends inside a sentence; None if it is whole."""
    if len(text.encode("utf-8")) <= limit:
        return None
    hi = len(text.encode("utf-8")[:limit].decode("utf-8", errors="ignore"))
    while hi and (text[hi - 1].isspace() or text[hi - 1] in SENTENCE_END or text[hi - 1] in _CLOSERS):
        hi -= 1
    return hi or None


def heading_spans(text: str, outline: list[str]) -> list[tuple[int, int]] | None:
    """Each gold heading's span in ``text``, looked up in order from the end (label and title, else the title, else
    the label), so a table of contents or a summary repeating the headings above them is passed over; None when
    one cannot be found (a heading the text writes otherwise: not checkable)."""
    src, where = norm_map(text)
    spans: list[tuple[int, int]] = []
    end = len(src)
    for line in reversed(outline):
        _, label, title = parse_heading(line)
        for probe in dict.fromkeys(p for p in (norm(label) + norm(title), norm(title) or norm(label)) if p):
            i = src.rfind(probe, 0, end)
            if i >= 0:
                spans.append((where[i], where[i + len(probe) - 1] + 1))
                end = i
                break
        else:
            return None
    return spans[::-1]


def cut_start(text: str, outline: list[str]) -> int | None:
    """Where a copy cut inside a heading starts: the middle of the second heading's title, or of a later one when
    a heading after it sits higher than the one that follows it (a cut copy's first heading present is its top
    level, the gold rule for a page that starts inside a report: levels after the cut stay a tree)."""
    levels = [parse_heading(line)[0] for line in outline]
    k = next((k for k in range(1, len(levels) - 1) if levels[k + 1] <= min(levels[k + 1 :])), None)
    if len(outline) < 3 or k is None:
        return None
    spans = heading_spans(text, outline)
    if spans is None:
        return None
    title = parse_heading(outline[k])[2]
    lo, hi = spans[k]
    return max(lo + 1, hi - max(1, len(title) // 2))


# ---------------------------------------------------------------- the gold a stretch still holds


def _date_forms(iso: str) -> list[str]:
    y, m, d = (int(x) for x in iso.split("-"))
    digits = "〇一二三四五六七八九"

    def cn(n: int) -> str:  # 1..31 as a date writes it: 一, 十, 十二, 二十六, 三十一
        tens, ones = divmod(n, 10)
        return (digits[tens] if tens > 1 else "") + ("十" if tens else "") + (digits[ones] if ones else "")

    year = "".join(digits[int(c)] for c in str(y))
    return [
        f"{y}年{m}月{d}日",
        f"{y}年{m:02}月{d:02}日",
        f"{y}-{m:02}-{d:02}",
        f"{y}-{m}-{d}",
        f"{y}.{m}.{d}",
        f"{y}.{m:02}.{d:02}",
        f"{y}/{m}/{d}",
        f"{y}/{m:02}/{d:02}",
        f"{y}{m:02}{d:02}",
        f"{year}年{cn(m)}月{cn(d)}日",
        f"{year.replace('〇', '零')}年{cn(m)}月{cn(d)}日",
    ]


def holds_date(text: str, iso: str) -> bool:
    """The text writes this date (``2021年1月4日``, ``2021-01-04``, ``二〇二一年一月四日`` …)."""
    whole = norm(text)
    return any(norm(f) in whole for f in _date_forms(iso))


def _metadata(gold: dict[str, Any], piece: str) -> dict[str, Any]:
    """The gold without the metadata fields whose evidence the piece no longer writes (a null field stays null)."""
    whole = norm(piece)
    out = dict(gold)
    for field in ("title", "issuer", "doc_number", "date"):
        value = gold.get(field)
        if not value:
            continue
        held = holds_date(piece, value) if field == "date" else norm(value) in whole
        if not held:
            del out[field]
    return out


def _source(piece: str, body: dict[str, Any]) -> str:
    """The piece as the body scorer looks gold strings up in it (no pinyin or tags, the gold's drops and repairs)."""
    source = PINYIN_RE.sub("", HTML_TAG_RE.sub("\n", piece))
    for pattern in body.get("drop", []):
        source = re.sub(pattern, "", source)
    for wrong, right in body.get("replace", []):
        source = source.replace(wrong, right)
    return source


def _first_line(source: str, chrome: set[str]) -> str | None:
    for line in source.split("\n"):
        if norm(line) and norm(line) not in chrome:
            return line.strip()[:20]
    return None


def _last_line(source: str, chrome: set[str]) -> str | None:
    """The tail of the piece's last body line (not a chrome line, whole or cut), long enough to be found there."""
    src = norm(source)
    for line in reversed(source.split("\n")):
        nl = norm(line)
        if not nl or any(c.startswith(nl) for c in chrome):
            continue
        for k in range(12, len(nl) + 1):
            if src.find(nl[-k:]) == src.rfind(nl[-k:]):
                return nl[-k:]
        return nl
    return None


def _count(c: str, lines: list[str], whole: str) -> int:
    return lines.count(c) if c in lines else whole.count(c)


def _body(body: dict[str, Any], text: str, lo: int, hi: int) -> dict[str, Any]:
    """The body gold of ``text[lo:hi]``: its own ends where the cut falls inside the body, what it still holds."""
    piece = text[lo:hi]
    out = copy.deepcopy(body)
    chrome = {norm(c) for c in body.get("chrome", []) if norm(c)}
    b_lo, b_hi = body_span(text, body)
    source = _source(piece, body)
    out.pop("first", None)
    out.pop("last", None)
    if lo <= b_lo and norm(body.get("first")) and norm(body["first"]) in norm(source):
        out["first"] = body["first"]
    elif b_lo < lo < b_hi and (first := _first_line(source, chrome)):
        out["first"] = first
    if "first" in out:
        if b_hi <= hi and body.get("last"):
            out["last"] = body["last"]
        elif (last := _last_line(source, chrome)) is not None:
            out["last"] = last
    lines, whole = [norm(line) for line in text.split("\n")], norm(text)
    p_lines, p_whole = [norm(line) for line in piece.split("\n")], norm(piece)
    kept: list[str] = []
    for c in dict.fromkeys(body.get("chrome", [])):
        nc = norm(c)
        if not nc or (nc in lines) != (nc in p_lines):
            continue  # a chrome line the copy lost would be counted as a fragment of its lines: not the same chrome
        n_gold = sum(norm(x) == nc for x in body.get("chrome", []))
        not_chrome = max(0, _count(nc, lines, whole) - n_gold)  # the line's occurrences that are body text
        kept.extend([c] * max(0, _count(nc, p_lines, p_whole) - not_chrome))
    out["chrome"] = kept
    src, spaced = norm(source), norm_spaced(source)
    out["joins"] = [j for j in body.get("joins", []) if norm(j) in src and norm_spaced(j) not in spaced]
    out["breaks"] = [[a, b] for a, b in body.get("breaks", []) if norm(a) + norm(b) in src]
    return out


def _indicators(ind: dict[str, Any], text: str, lo: int, hi: int) -> dict[str, Any]:
    """The indicators whose quote (its ``occurrence``-th in the text) lies in ``text[lo:hi]``, counted again there."""
    src, where = norm_map(text)
    p_src, p_where = norm_map(text[lo:hi])
    kept = []
    for item in ind.get("indicators", []):
        q = norm(item["quote"])
        i = find_nth(src, q, int(item.get("occurrence", 1)))
        if not q or i < 0 or not lo <= where[i] or where[i + len(q) - 1] >= hi:
            continue
        n = 1
        while (j := find_nth(p_src, q, n)) >= 0 and p_where[j] + lo < where[i]:
            n += 1
        if j < 0 or p_where[j] + lo != where[i]:
            continue
        new = {k: v for k, v in item.items() if k != "occurrence"}
        kept.append({**new, "occurrence": n} if n > 1 else new)
    whole = norm(text[lo:hi])
    return {**ind, "indicators": kept, "not_indicators": [x for x in ind.get("not_indicators", []) if norm(x) in whole]}


def carry_over(
    text: str, gold: dict[str, Any], ind: dict[str, Any] | None, lo: int, hi: int
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The gold of ``text[lo:hi]``: everything it still holds, nothing it does not."""
    piece = text[lo:hi]
    out = _metadata(gold, piece)
    if "outline" in gold:
        spans = heading_spans(text, gold["outline"]) or []
        kept = [parse_heading(h) for h, (a, z) in zip(gold["outline"], spans, strict=False) if lo <= a and z <= hi]
        top = min((level for level, _, _ in kept), default=1) - 1 if lo else 0  # the first heading present is level 1
        out["outline"] = [f"{level - top}|{label}|{title}" for level, label, title in kept]
    if "body" in gold:
        out["body"] = _body(gold["body"], text, lo, hi)
    return out, None if ind is None else _indicators(ind, text, lo, hi)


# ---------------------------------------------------------------- the families


def fam_excerpt(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant | None:
    """A store's excerpt: the first 2,000 UTF-8 bytes, ending inside a sentence."""
    hi = excerpt_end(text)
    if hi is None or ("outline" in gold and heading_spans(text, gold["outline"]) is None):
        return None  # a short report (nothing cut), or headings the text writes otherwise (not checkable)
    g, i = carry_over(text, gold, ind, 0, hi)
    return Variant(text[:hi].encode("utf-8"), ".txt", g, i)


def fam_cut(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant | None:
    """A copy that starts in the middle of its second heading's title (reports with three headings or more)."""
    lo = cut_start(text, gold.get("outline", []))
    if lo is None:
        return None
    g, i = carry_over(text, gold, ind, lo, len(text))
    return Variant(text[lo:].encode("utf-8"), ".txt", g, i)


FAMILIES: dict[str, Family] = {"excerpt": fam_excerpt, "cut": fam_cut}
