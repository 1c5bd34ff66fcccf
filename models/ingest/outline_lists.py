"""Candidates that are listed rather than headings: table-of-contents entries, attachment names, notes."""

from __future__ import annotations

import bisect
import re
import unicodedata

from models.ingest.outline_lines import Candidate, Line, has_sentence_end, match_label

IN_CONTENTS = -5.0  # a table-of-contents entry (its heading comes again in the body) or an attachment name
_CONTENTS = re.compile(r"[(（【\[〔]?\s*目\s*录\s*[)）】\]〕]?$")
_SENTENCE_END = re.compile(r"[。！？!?]")
_LEADER = re.compile(r"[.．…·⋯]{2,}\s*\d{1,3}\s*$")
_ANNEX_LIST = re.compile(r"(?:附\s*件|备\s*注|注|说\s*明)\s*[:：]\s*")


def mark_listed(text: str, lines: list[Line], cands: list[Candidate]) -> None:
    """Lower the score of candidates that a table of contents or an attachment or notes list holds."""
    _mark_contents(text, lines, cands)
    _mark_annex_list(text, lines, cands)
    for c in cands:
        line = lines[c.line]
        if _LEADER.search(text, c.heading_end, line.end) or _LEADER.search(text, c.title_start, line.end):
            c.score += IN_CONTENTS  # 一、部门职责……………3: a contents entry with its page number


def _mark_annex_list(text: str, lines: list[Line], cands: list[Candidate]) -> None:
    """Lower the score of attachment names and notes listed after ``附件：1．…`` or ``注：1、…`` (``2．…`` after)."""
    by_line = {c.line: c for c in cands if c.start == lines[c.line].start}
    for i, line in enumerate(lines):
        m = _ANNEX_LIST.match(text, line.start, line.end)
        if m is None:
            continue
        first = match_label(text, m.end(), line.end)
        if first is None:
            continue
        style, value = first.style, first.value
        for j in range(i + 1, len(lines)):
            c = by_line.get(j)
            if c is None or c.style != style or c.value != value + 1:
                break
            c.score += IN_CONTENTS
            value = c.value


def _key(text: str, c: Candidate) -> str:
    raw = text[c.start : c.label_end] + text[c.title_start : c.heading_end]
    return "".join(ch for ch in unicodedata.normalize("NFKC", raw) if not ch.isspace())


def _mark_contents(text: str, lines: list[Line], cands: list[Candidate]) -> None:
    """Lower the score of table-of-contents entries: listed with no prose between and repeated further on.

    After a ``目录`` line (also ``(目录)``, or a piece of a one-line text) every candidate up to the first
    repeat of an entry (or the first prose) is in the contents. Without a marker, a list that starts with an
    entry coming again later with no sentence end in between is a contents list up to that repeat (an excerpt
    cut after the first part repeats only its first entries); elsewhere a run of two or more candidates is,
    when each comes again later and no prose separates them.
    """
    keys = [_key(text, c) for c in cands]
    first_seen: dict[str, int] = {}
    for k, key in enumerate(keys):
        first_seen.setdefault(key, k)
    repeated = {first_seen[key] for k, key in enumerate(keys) if first_seen[key] != k}
    prose_follows: list[bool] = []
    for k, c in enumerate(cands):
        end_line = cands[k + 1].line if k + 1 < len(cands) else len(lines)
        prose_follows.append(any(has_sentence_end(text, line) for line in lines[c.line + 1 : end_line]))
    listed = [k in repeated and not prose_follows[k] for k in range(len(cands))]
    _mark_unmarked_list(text, keys, cands, listed)
    contents_at = next((i for i, line in enumerate(lines) if _CONTENTS.match(text, line.start, line.end)), None)
    block: set[str] = set()
    for k, c in enumerate(cands):
        if contents_at is not None and c.line > contents_at:
            if keys[k] in block:
                contents_at = None
            else:
                block.add(keys[k])
                c.score += IN_CONTENTS
                if prose_follows[k]:
                    contents_at = None
                continue
        if listed[k] and ((k > 0 and listed[k - 1]) or (k + 1 < len(cands) and listed[k + 1])):
            c.score += IN_CONTENTS


def _mark_unmarked_list(text: str, keys: list[str], cands: list[Candidate], listed: list[bool]) -> None:
    """Mark as listed every candidate from an entry to its first repeat when no sentence end lies between and
    the entry after it also comes right after the repeat (a list of items named again elsewhere does not)."""
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    later: dict[str, int] = {}
    for k in range(len(keys) - 1, -1, -1):
        again = later.get(keys[k])
        later[keys[k]] = k
        if again is None or again - k < 2 or listed[k] and k > 0 and listed[k - 1]:
            continue
        if again + 1 >= len(keys) or keys[again + 1] != keys[k + 1]:
            continue  # a contents list repeats in order: its second entry also follows the first's repeat
        at = bisect.bisect_left(ends, cands[k].start)
        if at == len(ends) or ends[at] >= cands[again].start:
            for j in range(k, again):
                listed[j] = True
