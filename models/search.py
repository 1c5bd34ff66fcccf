"""Search across a project: every occurrence of a word in display text, and annotation filters.

Texts and queries are *folded* the same way before matching: traditional characters
become simplified ones (character by character from OpenCC's table, so the length
never changes and offsets into the folded text are display offsets), full-width
ASCII becomes half-width and Latin letters lower case.

A query holding a word of the comparison's abbreviation table (规上工业, 社零额) also finds
the word's other forms (规模以上工业, 社会消费品零售总额) and the other way round; each hit
says which form it matched. Other queries are searched exactly as typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.compare.synonyms import search_forms
from models.folding import fold_text
from models.types import Annotation, AnnotationStatus, Section, section_path

if TYPE_CHECKING:
    from models.store import Store

SNIPPET_RADIUS = 30
# FTS5's trigram tokenizer matches nothing for queries under three characters.
TRIGRAM_MIN = 3


def simplified_variants(query: str) -> list[str]:
    """The query as typed and its simplified form (OpenCC phrases), without duplicates."""
    from opencc import OpenCC

    return list(dict.fromkeys([query, OpenCC("t2s").convert(query)]))


@dataclass(frozen=True)
class SearchHit:
    """One occurrence of the query in a document's display text."""

    document_id: int
    title: str
    start: int
    end: int
    snippet: str
    hit_start: int  # position of the hit inside ``snippet``
    hit_end: int
    section_path: str
    form: str = ""  # the (folded) form of the query this hit matched: the query itself or a synonym


def format_section_path(sections: tuple[Section, ...], offset: int) -> str:
    """``一、… / (一)…`` for the sections containing ``offset``."""
    return " / ".join(f"{s.label}{s.title}" for s in section_path(sections, offset))


def _snippet(display: str, start: int, end: int) -> tuple[str, int, int]:
    left = max(0, start - SNIPPET_RADIUS)
    right = min(len(display), end + SNIPPET_RADIUS)
    # one line in a results list: newlines become spaces (same length, positions hold)
    text = display[left:right].replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return text, start - left, end - left


def occurrences(folded: str, needle: str) -> list[int]:
    """Start offsets of every occurrence (overlapping ones included) of ``needle`` in ``folded``.

    Both arguments must already be folded with ``fold_text``; offsets are display-text offsets.
    """
    out: list[int] = []
    pos = folded.find(needle)
    while pos != -1:
        out.append(pos)
        pos = folded.find(needle, pos + 1)
    return out


def _self_overlaps(needle: str) -> bool:
    """True if two occurrences of ``needle`` can overlap (a proper prefix is also a suffix)."""
    return any(needle[:k] == needle[-k:] for k in range(1, len(needle)))


def _candidates(store: Store, needle: str, document_ids: Iterable[int] | None) -> list[int]:
    """Documents that may contain ``needle``: the trigram index narrows queries of 3+ characters."""
    if len(needle) >= TRIGRAM_MIN:
        return store.search.matching_document_ids(needle, document_ids=document_ids)
    texts = store.search.cached_texts()
    if document_ids is None:
        return sorted(texts)
    wanted = set(document_ids)
    return sorted(d for d in texts if d in wanted)


def _candidates_any(store: Store, forms: list[str], document_ids: Iterable[int] | None) -> list[int]:
    """Documents that may contain any of ``forms``."""
    if len(forms) == 1:
        return _candidates(store, forms[0], document_ids)
    ids = list(document_ids) if document_ids is not None else None
    return sorted({d for f in forms for d in _candidates(store, f, ids)})


def matches(folded: str, forms: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end, form)`` of every occurrence of any form in ``folded``, by offset.

    One form: every occurrence, overlapping ones too. Several: a hit lying inside a longer
    hit of another form (消费品零售总额 inside 社会消费品零售总额) is that one hit, not two.
    """
    if len(forms) == 1:
        return [(p, p + len(forms[0]), forms[0]) for p in occurrences(folded, forms[0])]
    found = sorted(
        ((p, p + len(f), f) for f in forms if f in folded for p in occurrences(folded, f)),
        key=lambda h: (h[0], -h[1]),
    )
    out: list[tuple[int, int, str]] = []
    reach = -1
    for hit in found:
        if hit[1] <= reach:  # inside an earlier-starting (or same-start, longer) hit
            continue
        out.append(hit)
        reach = hit[1]
    return out


def search_text(
    store: Store, query: str, *, limit: int = 500, document_ids: Iterable[int] | None = None
) -> list[SearchHit]:
    """Every occurrence of ``query`` (or of its synonyms) in the project's display texts (up to ``limit``).

    A query of any length finds every occurrence (overlapping ones too); a query typed
    in traditional characters finds the simplified text and vice versa; 规上工业 finds
    规模以上工业 and the other way round (``models.compare.synonyms.search_forms``).

    Returns:
        Hits ordered by document id, then offset.
    """
    needle = fold_text(query.strip())
    if not needle:
        return []
    forms = search_forms(needle)
    store.search.ensure()
    texts = store.search.cached_texts()
    found: list[tuple[int, list[tuple[int, int, str]]]] = []
    n = 0
    for doc_id in _candidates_any(store, forms, document_ids):
        entry = texts.get(doc_id)
        if entry is None or not any(f in entry[0] for f in forms):
            continue
        spans = matches(entry[0], forms)[: limit - n]
        found.append((doc_id, spans))
        n += len(spans)
        if n >= limit:
            break
    ids = [d for d, _ in found]
    titles = store.documents.titles(ids) if ids else {}
    sections = store.documents.section_spans(ids) if ids else {}
    hits: list[SearchHit] = []
    for doc_id, spans in found:
        display = texts[doc_id][1]
        doc_spans = sections.get(doc_id, [])
        for pos, end, form in spans:
            snippet, hs, he = _snippet(display, pos, end)
            path = " / ".join(name for s, e, name in doc_spans if s <= pos < e)
            hits.append(SearchHit(doc_id, titles.get(doc_id, ""), pos, end, snippet, hs, he, path, form))
    return hits


def count_occurrences(store: Store, query: str, *, document_ids: Iterable[int] | None = None) -> int:
    """How many times ``query`` (or its synonyms) occurs across the project (no limit; overlapping ones counted)."""
    needle = fold_text(query.strip())
    if not needle:
        return 0
    forms = search_forms(needle)
    store.search.ensure()
    texts = store.search.cached_texts()
    folded = (texts[d][0] for d in _candidates_any(store, forms, document_ids) if d in texts)
    if len(forms) > 1:
        return sum(len(matches(t, forms)) for t in folded)
    if not _self_overlaps(needle):  # then str.count (non-overlapping) sees every occurrence
        return sum(t.count(needle) for t in folded)
    return sum(len(occurrences(t, needle)) for t in folded)


def search_annotations(
    store: Store,
    *,
    text: str | None = None,
    tag_ids: Iterable[int] | None = None,
    note: str | None = None,
    attribute: str | None = None,
    attribute_value: str | None = None,
    statuses: Iterable[str] | None = (AnnotationStatus.ACCEPTED,),
    document_ids: Iterable[int] | None = None,
    include_child_tags: bool = True,
) -> list[Annotation]:
    """Annotations matching all given filters (substring matches, traditional or simplified).

    Example: ``search_annotations(store, tag_ids=[指标.id], attribute="name", attribute_value="5G")``
    finds every indicator whose name contains 5G. ``tag_ids`` include child tags by default.
    """
    tags: list[int] | None = None
    if tag_ids is not None:
        tags = []
        for t in tag_ids:
            tags.extend(store.tags.with_descendants(t) if include_child_tags else [t])
    return store.annotations.find(
        texts=simplified_variants(text) if text else (),
        tag_ids=tags,
        notes=simplified_variants(note) if note else (),
        attribute=attribute or None,
        attribute_values=simplified_variants(attribute_value) if attribute_value else (),
        statuses=statuses,
        document_ids=list(document_ids) if document_ids is not None else None,
    )


__all__ = ["SearchHit", "count_occurrences", "matches", "occurrences", "search_annotations", "search_text"]
