"""Cleaning decoded text into display text with an offset map back to the original.

Steps, each keeping a per-character array of original offsets so the map stays exact:

1. Garbled runs are found first (``成效?,F(xiàn)將``); they become suspect ranges with proposed repairs, and
   a run whose best repair is confident is written repaired into the display text (``repair_apply``). An
   annotation right after a garbled run belongs to the damaged character and is dropped with it.
2. Pinyin annotations right after a CJK character are removed (``當(dāng)前`` -> ``當前``).
3. Runs of ``?`` standing for lost full-width spaces become ideographic spaces (trimmed at line ends).
4. Traditional text is converted to simplified (OpenCC t2s tables), so lines are classified in one
   script; in a simplified text only the lines written in traditional script are converted.
5. HTML tags left in a text copy become line breaks (block tags) or go (inline tags).
6. Lines are classified, each alone (``chrome_lines``) and then over blocks (``chrome_blocks``, with
   the words of ``clean_site_words`` and the neighbourhood evidence of ``clean_edges``): page chrome
   and metadata header lines leave the body (kept in ``chrome_lines`` / ``header_lines``).
7. Inside body lines, anti-copy junk, spaced-out characters, PDF wrap spaces, spaces around
   numbers, page markers and a store's leading label are deleted (``inline_debris``); a doc store's
   chunk numbers are cut and its chunks run on; hard-wrapped lines are re-joined (``rejoin``).
   Body lines are trimmed and blank lines collapsed. Every step deletes or maps a blank to markup,
   so every display character still comes from its own original character.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from models.ingest.chrome_blocks import TABLE_RULE, classify_blocks
from models.ingest.chrome_learned import learned_cut
from models.ingest.chrome_lines import LineClass, classify_line
from models.ingest.chrome_page_numbers import glued_page_numbers
from models.ingest.chrome_pages import PAGE_NUMBER, RUNNING_HEAD, figure_halves
from models.ingest.clean_edges import chunk_prefixes
from models.ingest.clean_live_text import live_text, live_text_deletions
from models.ingest.clean_qmarks import qmark_edits
from models.ingest.clean_ragged import extra_joins
from models.ingest.clean_script import (
    Offsets,
    convert_t2s,
    convert_traditional_lines,
    convert_with_map,
    detect_script,
    new_offsets,
)
from models.ingest.clean_site_words import site_word_count
from models.ingest.clean_stamps import glued_heads, split_stamps, stamp_deletions, stamp_token, unstamped
from models.ingest.clean_wraps import document_period, document_width, page_break_runs, page_cut_runs
from models.ingest.english_lines import bilingual_row_edits
from models.ingest.html_residue import html_edits
from models.ingest.inline_debris import (
    figures_spaced,
    inline_deletions,
    page_title_copies,
    title_copy_deletions,
)
from models.ingest.inline_junk import is_junk_line, junk_mode
from models.ingest.metadata_fields import normalise_spaces
from models.ingest.pinyin_annotations import annotation_spans
from models.ingest.rejoin import join_points, part_languages
from models.ingest.rejoin_width import wrapped_runs
from models.ingest.repair_apply import Repaired, apply_confident_repairs
from models.ingest.repair_garble import Garble, find_garbles
from models.ingest.runin_breaks import runin_heading_edits
from models.ingest.text_views import REPAIR_CONFIDENT
from models.offsets import OffsetMap
from models.types import Repair, Script, SuspectRange


@dataclass(frozen=True)
class CleanText:
    """Display text, its map to the original, and what cleaning set aside."""

    display_text: str
    offset_map: OffsetMap  # display offset -> offset in the decoded original text
    script: Script
    suspects: tuple[SuspectRange, ...] = ()
    # metadata header lines removed from the body (already simplified), e.g. "发布机构: 市经信局"
    header_lines: tuple[str, ...] = ()
    # web-page chrome removed (breadcrumb, 字体:加大 减小, footer), kept for inspection
    chrome_lines: tuple[str, ...] = field(default_factory=tuple)
    # pinyin annotations removed from the body, as (original start, original end)
    removed_annotations: tuple[tuple[int, int], ...] = ()
    # garbled runs whose confident repair was written into the display text (the original keeps the garble)
    repaired: tuple[Repaired, ...] = ()


_TRIM = " \t\r\xa0\u3000\ufeff"


def _apply(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, Offsets]:
    """Apply non-overlapping edits; each inserted character maps to its source span, in step."""
    pieces: list[str] = []
    arr = new_offsets()
    last = 0
    for s, e, repl in sorted(edits):
        if s < last:
            continue
        pieces.append(text[last:s])
        arr.extend(range(last, s))
        if repl:
            pieces.append(repl)
            arr.extend([min(s + i, e - 1) for i in range(len(repl))])
        last = e
    pieces.append(text[last:])
    arr.extend(range(last, len(text)))
    return "".join(pieces), arr


@dataclass
class _Line:
    pos: int  # start of the trimmed line in S1
    text: str  # trimmed line
    gap_before: bool  # a blank or removed line stands before it
    role: str = "body"
    kept: str = ""  # the line after inline deletions
    keep_index: list[int] = field(default_factory=list)  # S1 indices of the kept characters
    printed: str = ""  # the line as the original printed it (its indent, pinyin annotations, junk still in it)


def _split(s1: str) -> list[_Line]:
    out: list[_Line] = []
    pos, gap = 0, False
    n = len(s1)
    while pos <= n:
        nl = s1.find("\n", pos)
        end = n if nl < 0 else nl
        line = s1[pos:end]
        a = len(line) - len(line.lstrip(_TRIM))
        b = len(line.rstrip(_TRIM))
        if b > a:
            out.append(_Line(pos + a, line[a:b], gap))
            gap = False
        else:
            gap = True
        if nl < 0:
            break
        pos = nl + 1
    return out


_STRUCTURAL = (PAGE_NUMBER, RUNNING_HEAD, TABLE_RULE)


def _share_wrapped_roles(recs: list[_Line], pre: list[LineClass], roles: list[str], reasons: list[str]) -> None:
    """A hard-wrapped paragraph's pieces follow its body text: a piece set aside as chrome goes back to the body when
    the line it carries on is body prose, or when it is only the paragraph's last few characters (a wrapped
    ``…市场秩`` alone looks like a site's words, ``决。`` like a tool bar's button). A line that alone reads as chrome
    (a breadcrumb), a page number or a running head keeps its role; so does a store's stamp saying what only a site
    says (``公文阁 公众号:… gwg365.cn``, 1478), which the paragraph's lines are joined across."""
    texts = [r.text for r in recs]
    adjacent = [not recs[i + 1].gap_before for i in range(len(recs) - 1)] + [False]
    for run in wrapped_runs(texts, adjacent, [r.printed for r in recs]):
        for i in run[1:]:
            if roles[i] != "chrome" or roles[i - 1] != "body" or pre[i].kind != "body" or reasons[i] in _STRUCTURAL:
                continue
            if site_word_count(texts[i]):  # a store's mark (公众号:…, its web address) set between printed lines
                reasons[i] = STORE_STAMP
            elif _PROSE.search(texts[i - 1]) or len(texts[i]) <= _TAIL:
                roles[i], reasons[i] = "body", "a wrapped paragraph's piece"


_PROSE = re.compile(r"[，,、；;。]")
STORE_STAMP = "a store's stamp between a paragraph's printed lines"
_TAIL = 4  # characters: a paragraph's last characters a wrap pushed onto a line of their own


def _lines(
    s1: str, arr1: Offsets, text: str, heads: dict[int, tuple[int, str]] | None = None
) -> tuple[str, Offsets, list[str], list[str]]:
    """Drop chrome and header lines, trim body lines, delete inline debris, re-join wrapped lines (``text``: the
    original, whose lines a wrap measured; ``heads``: a garbled run's original start → its end and the confident
    repair written over it later, so a line it opens is joined or kept as the repaired line reads)."""
    recs = _split(s1)
    for r in recs:  # from the line's start in the original: a wrap counted its indent too
        r.printed = text[text.rfind("\n", 0, arr1[r.pos]) + 1 : arr1[r.pos + len(r.text) - 1] + 1]
    pre = [classify_line(r.text) for r in recs]
    junk = junk_mode([r.text for r in recs])
    if junk:
        pre = [
            LineClass("chrome", chrome=r.text) if is_junk_line(r.text) else p for r, p in zip(recs, pre, strict=True)
        ]
    stamp = stamp_token([r.text for r in recs])  # a site's anti-copy token glued to every paragraph
    stamp_cuts, stamp_tails = split_stamps([r.text for r in recs], stamp) if stamp else ({}, set())
    bare = [unstamped(r.text, stamp) if stamp else r.text for r in recs]  # classified without a glued stamp
    if stamp:
        pre = [
            LineClass("chrome", chrome=r.text)
            if r.text == stamp or k in stamp_tails
            else classify_line(b)
            if b != r.text and p.kind == "chrome" and not junk
            else p
            for k, (r, b, p) in enumerate(zip(recs, bare, pre, strict=True))
        ]
    blocks = classify_blocks(bare, pre)
    _share_wrapped_roles(recs, pre, blocks.roles, blocks.reasons)
    headers: list[str] = []
    chrome: list[str] = []
    for i, (r, p) in enumerate(zip(recs, pre, strict=True)):
        if p.header:
            headers.append(p.header)
        elif i in blocks.headers:
            headers.append(blocks.headers[i])
        if p.chrome and not (p.kind == "chrome" and blocks.roles[i] == "body"):
            chrome.append(p.chrome)
        elif blocks.roles[i] == "chrome":
            chrome.append(normalise_spaces(r.text))
    body_texts = [r.text for r, role in zip(recs, blocks.roles, strict=True) if role == "body"]
    width = document_width(body_texts)
    period = None if width else document_period(body_texts)
    spaced = figures_spaced([r.text for r in recs])
    titles = page_title_copies(
        [r.text for r, role in zip(recs, blocks.roles, strict=True) if role == "chrome"], body_texts
    )
    chunks = chunk_prefixes([r.text for r in recs])  # a doc store's chunk numbers: cut, and the chunks run on
    live = live_text([r.text for r in recs])  # a live text's speaker tags and clock stamps
    in_body = [k for k, role in enumerate(blocks.roles) if role == "body"]
    glued = glued_page_numbers(body_texts, {i: chunks[k] for i, k in enumerate(in_body) if k in chunks})
    page_cuts = {in_body[i]: spans for i, spans in glued.items()}  # a store's page numbers glued into the text
    run_on: set[int] = set()
    body: list[_Line] = []
    gap = False
    bridge = False  # a printed page's number stood here: the text on both sides may be one paragraph
    for k, (r, role) in enumerate(zip(recs, blocks.roles, strict=True)):
        r.role = role
        if role != "body":
            if blocks.reasons[k] in (PAGE_NUMBER, RUNNING_HEAD, STORE_STAMP):
                bridge = True
            elif blocks.reasons[k] == TABLE_RULE:
                pass  # the cells on both sides are lines of one table
            else:
                gap, bridge = True, False
            continue
        dels = sorted(
            inline_deletions(r.text, junk=junk, width=width, period=period, spaced=spaced)
            + blocks.cuts.get(k, [])
            + glued_heads(r.text)  # a red head a store glued inside a sentence (1149)
            + page_cuts.get(k, [])
            + live_text_deletions(r.text, live)
        )
        if titles:
            dels = sorted(dels + title_copy_deletions(r.text, titles))
        if stamp:
            dels = sorted(dels + stamp_deletions(r.text, stamp) + ([stamp_cuts[k]] if k in stamp_cuts else []))
        if k in chunks:
            dels = sorted([*dels, (0, chunks[k])])
        merged: list[tuple[int, int]] = []
        for s, e in dels:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        dels = merged
        idx = list(range(r.pos, r.pos + len(r.text)))
        for s, e in reversed(dels):
            del idx[s:e]
        # deletions may expose blanks at the ends of the line
        while idx and s1[idx[-1]] in _TRIM:
            idx.pop()
        while idx and s1[idx[0]] in _TRIM:
            idx.pop(0)
        if not idx:
            gap = True
            continue
        r.keep_index = idx
        r.kept = "".join(s1[i] for i in idx)
        prev = body[-1].kept if body else ""
        if (k in chunks and prev and prev[-1] not in "。！？”") or (bridge and figure_halves(prev, r.kept)):
            run_on.add(len(body))  # a store's chunk cut a sentence (or a word); a page's number stood inside a figure
        r.gap_before = (r.gap_before or gap) and not bridge
        gap = bridge = False
        body.append(r)
    adjacent = [not body[i + 1].gap_before for i in range(len(body) - 1)] + [False]
    printed = [r.printed for r in body]
    views = [_repaired_view(s1, arr1, r, heads) for r in body]
    joins = join_points(views, adjacent, printed)
    extra_joins(views, adjacent, joins, printed)  # a figure set apart, a page broken anywhere
    for i in run_on:
        joins[i - 1] = True
    if width:  # a paragraph a PDF's page break cut in two (the line before fills its printed width)
        for i in page_break_runs([r.kept for r in body], width):
            joins[i - 1] = True
    blanks = [_blank_lines(s1, body[i - 1].pos + len(body[i - 1].text), r.pos) if i else 0 for i, r in enumerate(body)]
    for i in page_cut_runs([r.kept for r in body], [r.gap_before for r in body], blanks):
        joins[i - 1] = True
    part_languages([r.kept for r in body], joins)  # a bilingual copy: no join across languages, whoever made it
    out: list[str] = []
    arr = new_offsets()
    for i, r in enumerate(body):
        if i and not joins[i - 1]:
            prev_end = body[i - 1].pos + len(body[i - 1].text)
            newlines = [j for j in range(prev_end, r.pos) if s1[j] == "\n"]
            seps = newlines[:1] if not r.gap_before else newlines[:2]
            out.append("\n" * len(seps))
            arr.extend(arr1[j] for j in seps)
        out.append(r.kept)
        arr.extend(arr1[j] for j in r.keep_index)
    return "".join(out), arr, headers, chrome


def _repaired_view(s1: str, arr1: Offsets, r: _Line, heads: dict[int, tuple[int, str]] | None) -> str:
    """A body line as it reads once the confident repair of a garbled run opening it is written in (``（二）推進``
    for ``。ǘ┩七M``): whether it starts a new item is read from the repair, not the garble."""
    if not heads or arr1[r.keep_index[0]] not in heads:
        return r.kept
    end, fix = heads[arr1[r.keep_index[0]]]
    return fix + "".join(s1[i] for i in r.keep_index if arr1[i] >= end)


def _blank_lines(s1: str, start: int, end: int) -> int:
    """How many blank lines stand between two lines of ``s1`` (the first ending at ``start``, the next at ``end``)."""
    between = s1[start:end].split("\n")[1:-1]
    return sum(1 for piece in between if not piece.strip(_TRIM))


def _suspects(garbles: list[Garble], display: str, arr: Offsets) -> list[tuple[SuspectRange, int, int, bool]]:
    """Each garbled run left in the display text as a suspect range, with the run's original span and whether the
    display holds all of it (a run whose end left with a chrome line is no whole run to repair)."""
    found = []
    for g in garbles:
        start = bisect_left(arr, g.start)
        end = bisect_left(arr, g.end)
        if start >= len(display) or arr[start] != g.start or end <= start:
            continue  # the run sat on a line that left the body
        end = min(end, len(display))  # the run's end left with the page's last lines
        dropped = {i for a, b in g.drop for i in range(a, b)}
        whole = list(arr[start:end]) == [i for i in range(g.start, g.end) if i not in dropped]
        # The display is simplified, so a repair replacing display text is proposed in simplified script.
        repairs = tuple(Repair(convert_t2s(r.text)[0], r.score, r.explanation) for r in g.repairs)
        found.append((SuspectRange(start, end, display[start:end], g.reason, repairs), g.start, g.end, whole))
    return found


def clean(text: str, *, learned: bool = True) -> CleanText:
    """Turn decoded report text into display text with an exact offset map.

    Args:
        text: the decoded original text (``"\\n"`` newlines).
        learned: whether the learned chrome model has the last word (False: the rules alone, as its training
            data is read).

    Returns:
        The display text (simplified script, without pinyin annotations, page chrome
        or metadata header lines), a map from every display offset to the original,
        the detected script, suspect ranges with proposed repairs (a run whose repair is
        confident is written repaired, its characters mapped into the run), and the header
        and chrome lines that were set aside. Never raises on any ``str`` input.
    """
    script = detect_script(text)
    traditional = script == "traditional"
    garbles = find_garbles(text, traditional=traditional)
    edits: list[tuple[int, int, str]] = [(s, e, "") for g in garbles for s, e in g.drop]
    busy = sorted([(g.start, g.end) for g in garbles] + [(s, e) for s, e, _ in edits])
    # Annotations hold only pinyin letters, so one overlapping a garbled run must contain one of its ends.
    covered = {i for s, e in busy for i in range(s, e)}
    annotations = annotation_spans(text)
    if covered:
        annotations = [(s, e) for s, e in annotations if s not in covered and e - 1 not in covered]
    edits.extend((s, e, "") for s, e in annotations)
    busy = sorted(busy + annotations)
    edits.extend(qmark_edits(text, busy))
    edits.extend(html_edits(text, sorted(busy + [(s, e) for s, e, _r in edits])))
    edits.extend(bilingual_row_edits(text, sorted(busy + [(s, e) for s, e, _r in edits])))
    edits.extend(runin_heading_edits(text, sorted(busy + [(s, e) for s, e, _r in edits])))  # (三) ⏎ …。 (四)…
    s1, arr1 = _apply(text, edits)
    if traditional:
        s1, arr1 = convert_with_map(s1, arr1)
    else:
        s1, arr1 = convert_traditional_lines(s1, arr1)  # traditional paragraphs in a simplified report
    heads = {
        g.start: (g.end, convert_t2s(g.repairs[0].text)[0])
        for g in garbles
        if g.repairs and g.repairs[0].score >= REPAIR_CONFIDENT
    }
    display, arr, headers, chrome = _lines(s1, arr1, text, heads)
    display, arr, chrome = learned_cut(display, arr, chrome, learned=learned)  # the learned second opinion
    arr.append(arr[-1] + 1 if arr else 0)
    display, arr, suspects, repaired = apply_confident_repairs(display, arr, _suspects(garbles, display, arr))
    offset_map = OffsetMap.from_array(arr, len(text))
    removed = tuple(sorted([(s, e) for g in garbles for s, e in g.drop] + annotations))
    return CleanText(
        display_text=display,
        offset_map=offset_map,
        script=script,
        suspects=suspects,
        repaired=repaired,
        header_lines=tuple(headers),
        chrome_lines=tuple(chrome),
        removed_annotations=removed,
    )
