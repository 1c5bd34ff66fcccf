"""Test helpers: a tiny outliner and ParsedDocument builder so comparison tests need no real ingest."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from models.store import Store
from models.types import Metadata, ParsedDocument, Section

_LEVELS = (
    re.compile(r"^[一二三四五六七八九十]+、"),
    re.compile(r"^[(（][一二三四五六七八九十]+[)）]"),
    re.compile(r"^\d+[.、．]"),
)


def outline(text: str) -> tuple[Section, ...]:
    """Sections for lines starting with 一、 / (一) / 1. (run-in titles end at the first 。)."""
    heads: list[tuple[int, int, str, str, int]] = []  # level, start, label, title, heading_end
    pos = 0
    for line in text.splitlines(keepends=True):
        for level, rx in enumerate(_LEVELS, start=1):
            m = rx.match(line)
            if m:
                body = line[m.end() :].rstrip("\n")
                cut = body.find("。")
                title = body if cut < 0 else body[:cut]
                heads.append((level, pos, m.group(0), title, pos + m.end() + len(title)))
                break
        pos += len(line)

    def build(i: int, end: int, level: int) -> tuple[list[Section], int]:
        out: list[Section] = []
        while i < len(heads) and heads[i][0] >= level:
            lv, start, label, title, hend = heads[i]
            j = i + 1
            while j < len(heads) and heads[j][0] > lv:
                j += 1
            sec_end = heads[j][1] if j < len(heads) and heads[j][0] <= lv else end
            if j >= len(heads):
                sec_end = end
            children, _ = build(i + 1, sec_end, lv + 1) if j > i + 1 else ([], i + 1)
            out.append(Section(lv, label, title, start, sec_end, hend, tuple(children)))
            i = j
        return out, i

    roots, _ = build(0, len(text), 1)
    return tuple(roots)


def parsed(name: str, text: str, sections: tuple[Section, ...] | None = None) -> ParsedDocument:
    """A ParsedDocument with identity offsets and the tiny outline (or the given sections)."""
    return ParsedDocument.plain(text, name, Metadata(title=name), outline(text) if sections is None else sections)


FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "compare"


def add_parsed(store: Store, name: str, text: str | None = None) -> int:
    """Store a fixture report (by file name under tests/fixtures/compare, or given text); return its id."""
    body = text if text is not None else (FIXTURES / name).read_text(encoding="utf-8")
    return int(store.documents.add(parsed(name, body)).id)


def annotate(
    store: Store,
    doc_id: int,
    phrase: str,
    *,
    tag: str = "指标",
    status: str = "accepted",
    occurrence: int = 0,
    **attributes: Any,
) -> int:
    """Tag the ``occurrence``-th appearance of ``phrase`` in the document with indicator attributes."""
    text = store.documents.display_text(doc_id)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    found = store.tags.find(tag)
    assert found is not None
    ann = store.annotations.add(doc_id, start, start + len(phrase), found.id, attributes=attributes, status=status)  # type: ignore[arg-type]
    return int(ann.id)
