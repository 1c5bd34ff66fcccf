"""Turn a report file into a ParsedDocument: read -> clean -> outline -> metadata.

Each step is its own module; this one only wires them together so the CLI, the
GUI and the benchmarks all parse through the same path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from models.ingest.clean import clean
from models.ingest.english_lines import mask_english
from models.ingest.metadata import extract_metadata
from models.ingest.outline import build_outline
from models.ingest.read import RawText, read_bytes, read_file
from models.types import ParsedDocument

Progress = Callable[[int, int, str], None]


def parse_raw(raw: RawText, source_name: str) -> ParsedDocument:
    """Clean, outline and describe already-decoded text."""
    cleaned = clean(raw.text)
    # English paragraphs of a bilingual copy stay in the text but are not read for headings.
    sections = build_outline(mask_english(cleaned.display_text))
    metadata = extract_metadata(cleaned, sections, source_name=source_name)
    return ParsedDocument(
        source_name=source_name,
        source_format=raw.source_format,
        encoding=raw.encoding,
        content_hash=raw.content_hash,
        original_text=raw.text,
        display_text=cleaned.display_text,
        offset_map=cleaned.offset_map,
        script=cleaned.script,
        metadata=metadata,
        sections=sections,
        suspects=cleaned.suspects,
    )


def parse_file(path: str | Path) -> ParsedDocument:
    """Read and parse one report file.

    Raises:
        UnsupportedFormat, DecodeError, EmptyDocument: with a message naming the file.
    """
    p = Path(path)
    return parse_raw(read_file(p), p.name)


def parse_bytes(data: bytes, name: str) -> ParsedDocument:
    """Parse file content already in memory (``name`` gives the format by its suffix)."""
    return parse_raw(read_bytes(data, name), Path(name).name)


__all__ = ["Progress", "parse_bytes", "parse_file", "parse_raw"]
