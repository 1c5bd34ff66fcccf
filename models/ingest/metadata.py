"""Report metadata (title, issuer, date, 文号, 索引号) from header lines, title and signature.

STUB: the real extractor replaces this module; the interface stays.
"""

from __future__ import annotations

from models.ingest.clean import CleanText
from models.types import Metadata, Section


def extract_metadata(cleaned: CleanText, sections: tuple[Section, ...], *, source_name: str) -> Metadata:
    first = next((line.strip() for line in cleaned.display_text.splitlines() if line.strip()), "")
    return Metadata(title=first or source_name)
