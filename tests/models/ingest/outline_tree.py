"""The outline as (depth, label, title) rows, for tests that compare a whole tree."""

from __future__ import annotations

from typing import Any

from models.ingest.outline import build_outline


def tree(text: str) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []

    def walk(sections: tuple[Any, ...], depth: int) -> None:
        for s in sections:
            out.append((depth, s.label, s.title))
            walk(s.children, depth + 1)

    walk(build_outline(text), 1)
    return out
