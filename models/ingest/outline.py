"""Finding the section tree (headings at every common numbering level) in display text.

STUB: the real outline parser replaces this module; the interface stays.
"""

from __future__ import annotations

from models.types import Section


def build_outline(display_text: str) -> tuple[Section, ...]:
    return ()
