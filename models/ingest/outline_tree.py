"""The section tree a chosen set of headings makes: each section's level, title and end (built without recursion)."""

from __future__ import annotations

from models.ingest.outline_lines import Candidate
from models.types import Section


def _end(text: str, cand: Candidate, boundary: int) -> int:
    end = boundary
    while end > cand.heading_end and text[end - 1].isspace():
        end -= 1
    return end


def sections(text: str, picks: list[tuple[Candidate, int]]) -> tuple[Section, ...]:
    """The sections of ``text`` from the accepted headings and their depths, built bottom-up with an explicit stack."""
    top: list[Section] = []
    open_: list[tuple[Candidate, list[Section]]] = []

    def close(depth: int, boundary: int) -> None:
        while len(open_) > depth:
            cand, children = open_.pop()
            section = Section(
                level=len(open_) + 1,
                label=text[cand.start : cand.label_end],
                title=cand.title(text),
                start=cand.start,
                end=_end(text, cand, boundary),
                heading_end=cand.heading_end,
                children=tuple(children),
            )
            (open_[-1][1] if open_ else top).append(section)

    for cand, depth in picks:
        close(depth, cand.start)
        open_.append((cand, []))
    close(0, len(text))
    return tuple(top)
