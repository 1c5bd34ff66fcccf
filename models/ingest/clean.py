"""Cleaning decoded text into display text with an offset map back to the original.

STUB: the real cleaner replaces this module; the interface stays.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.offsets import OffsetMap
from models.types import Script, SuspectRange


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


def clean(text: str) -> CleanText:
    return CleanText(text, OffsetMap.identity(len(text)), "simplified")
