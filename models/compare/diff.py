"""Sentence-level differences between two versions of one report, with offsets in both texts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Literal

DiffKind = Literal["inserted", "deleted", "changed"]
CHANGED_RATIO = 0.6  # sentences at least this alike are one sentence changed, not one deleted and one inserted

_SENTENCE_END = re.compile(r"[。！？；!?;]+|\n+")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a text (its terminator included, surrounding blanks excluded)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class DiffItem:
    """One difference between the left and the right text.

    For an insertion ``left_start == left_end`` is where the sentence would go in the
    left text; for a deletion ``right_start == right_end`` likewise in the right text.
    """

    kind: DiffKind
    left_start: int
    left_end: int
    right_start: int
    right_end: int
    left_text: str
    right_text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split on 。！？；(and ASCII forms) and newlines; blank pieces are dropped."""
    out: list[Sentence] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        _add(out, text, pos, end)
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def version_diff(left_text: str, right_text: str) -> list[DiffItem]:
    """Sentences inserted, deleted or changed between two versions, in text order.

    Sentences are matched exactly first (difflib over the sentence sequences); within a
    replaced block, sentences at least ``CHANGED_RATIO`` alike are paired in order and
    reported as changed (a changed number is such a change), the rest as deleted or
    inserted.
    """
    from models.bounds import check_comparable  # issue 15: bounded work on huge texts

    check_comparable(left_text, right_text)
    ls, rs = split_sentences(left_text), split_sentences(right_text)
    sm = SequenceMatcher(None, [s.text for s in ls], [s.text for s in rs], autojunk=False)
    items: list[DiffItem] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        items.extend(_block(ls, rs, i1, i2, j1, j2, len(left_text), len(right_text)))
    return items


def _block(
    ls: list[Sentence], rs: list[Sentence], i1: int, i2: int, j1: int, j2: int, llen: int, rlen: int
) -> list[DiffItem]:
    pairs = _pair_similar(ls[i1:i2], rs[j1:j2])
    out: list[DiffItem] = []
    i, j = i1, j1
    for pi, pj in [*pairs, (i2 - i1, j2 - j1)]:
        pi += i1
        pj += j1
        while i < pi:
            at = _gap(rs, j, rlen)
            out.append(DiffItem("deleted", ls[i].start, ls[i].end, at, at, ls[i].text, ""))
            i += 1
        while j < pj:
            at = _gap(ls, i, llen)
            out.append(DiffItem("inserted", at, at, rs[j].start, rs[j].end, "", rs[j].text))
            j += 1
        if pi < i2 and pj < j2:
            a, b = ls[pi], rs[pj]
            out.append(DiffItem("changed", a.start, a.end, b.start, b.end, a.text, b.text))
            i, j = pi + 1, pj + 1
    return out


def _gap(sentences: list[Sentence], k: int, length: int) -> int:
    """Offset where something placed before sentence ``k`` goes (end of text past the last)."""
    return sentences[k].start if k < len(sentences) else length


def _pair_similar(left: list[Sentence], right: list[Sentence]) -> list[tuple[int, int]]:
    """Order-preserving pairing that maximises total similarity over pairs >= CHANGED_RATIO."""
    n, m = len(left), len(right)
    if n * m > 40_000:  # a huge rewritten block: pair position by position only
        return [(k, k) for k in range(min(n, m)) if _ratio(left[k].text, right[k].text) >= CHANGED_RATIO]
    sim = [[_ratio(a.text, b.text) for b in right] for a in left]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for a in range(n - 1, -1, -1):
        for b in range(m - 1, -1, -1):
            take = sim[a][b] + best[a + 1][b + 1] if sim[a][b] >= CHANGED_RATIO else -1.0
            best[a][b] = max(take, best[a + 1][b], best[a][b + 1])
    pairs: list[tuple[int, int]] = []
    a = b = 0
    while a < n and b < m:
        if sim[a][b] >= CHANGED_RATIO and best[a][b] == sim[a][b] + best[a + 1][b + 1]:
            pairs.append((a, b))
            a, b = a + 1, b + 1
        elif best[a][b] == best[a + 1][b]:
            a += 1
        else:
            b += 1
    return pairs


def _ratio(a: str, b: str) -> float:
    sm = SequenceMatcher(None, a, b, autojunk=False)
    if sm.real_quick_ratio() < CHANGED_RATIO or sm.quick_ratio() < CHANGED_RATIO:
        return 0.0
    return sm.ratio()


DIFF_HEADERS = ("类型", "原文位置", "原文", "新文位置", "新文")
_KIND_NAMES = {"inserted": "新增", "deleted": "删除", "changed": "修改"}


def version_diff_documents(store: Any, left_id: int, right_id: int) -> list[DiffItem]:
    """Version diff of two stored documents' display texts (offsets into each)."""
    return version_diff(store.documents.display_text(left_id), store.documents.display_text(right_id))


def diff_table(items: list[DiffItem]) -> tuple[list[str], list[dict[str, Any]]]:
    """Export headers and rows of a version diff (positions as ``start-end``)."""
    rows = [
        dict(
            zip(
                DIFF_HEADERS,
                (
                    _KIND_NAMES[i.kind],
                    f"{i.left_start}-{i.left_end}",
                    i.left_text,
                    f"{i.right_start}-{i.right_end}",
                    i.right_text,
                ),
                strict=True,
            )
        )
        for i in items
    ]
    return list(DIFF_HEADERS), rows
