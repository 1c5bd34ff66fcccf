"""Turn a report file into a ParsedDocument: read -> clean -> outline -> metadata.

Each step is its own module; this one only wires them together so the CLI, the
GUI and the benchmarks all parse through the same path.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from models.ingest.clean import CleanText, clean
from models.ingest.english_lines import mask_english
from models.ingest.metadata import extract_metadata
from models.ingest.outline import build_outline
from models.ingest.read import RawText, read_bytes, read_file
from models.ingest.redhead import fill_from_red_header
from models.ingest.text_views import (
    at_display_offsets,
    blanks_taken_out,
    full_width_view,
    in_display_text,
    repaired_view,
    view_offsets,
)
from models.types import Metadata, ParsedDocument, SuspectRange

Progress = Callable[[int, int, str], None]
PageProgress = Callable[[int, int], None]
# reason of a suspect range read by OCR with low confidence ("ocr" first, for filters; the rest for the clerk)
OCR_REASON = "ocr：文字识别（OCR）置信度低，请对照原件核对"


def _ocr_suspects(raw: RawText, cleaned: CleanText) -> tuple[SuspectRange, ...]:
    """Low-confidence OCR spans of the original text, as suspect ranges of the display text."""
    if not raw.ocr_suspects:
        return ()
    arr = cleaned.offset_map.to_array()
    display = cleaned.display_text
    found = []
    for start, end in raw.ocr_suspects:
        ds, de = bisect_left(arr, start, 0, len(display)), bisect_left(arr, end, 0, len(display))
        if de > ds:
            found.append(SuspectRange(ds, de, display[ds:de], OCR_REASON))
    return tuple(found)


def _with_file_info(metadata: Metadata, info: dict[str, str]) -> Metadata:
    """Fill title and date the text did not give from the file's own properties (OFD DocInfo)."""
    if not info:
        return metadata
    extra = dict(metadata.extra)
    for key, label in (("Title", "文件属性标题"), ("Author", "文件属性作者"), ("CreationDate", "文件创建日期")):
        if info.get(key):
            extra[label] = info[key]
    date = metadata.date
    if date is None and len(info.get("CreationDate", "")) >= 10 and info["CreationDate"][4] == "-":
        date = info["CreationDate"][:10]
    return replace(metadata, title=metadata.title or info.get("Title") or None, date=date, extra=extra)


def parse_raw(raw: RawText, source_name: str, *, learned: bool = True) -> ParsedDocument:
    """Clean, outline and describe already-decoded text (``learned=False``: cleaning by the rules alone)."""
    cleaned = clean(raw.text, learned=learned)
    # English paragraphs of a bilingual copy stay in the text but are not read for headings; the outline reads
    # Chinese punctuation a copy wrote half-width as full-width; titles are the display text's own characters.
    # Garbles whose repair is confident are read as repaired (the display keeps them; offsets stay the display's).
    repaired, to_display = repaired_view(cleaned.display_text, cleaned.suspects)
    view = full_width_view(mask_english(repaired))
    blanks = blanks_taken_out(raw.text, cleaned.display_text, cleaned.offset_map.to_array())
    if repaired != cleaned.display_text:
        blanks = view_offsets(blanks, to_display)
    sections = in_display_text(build_outline(view, blanks=blanks), repaired, view)
    if repaired != cleaned.display_text:
        sections = at_display_offsets(sections, to_display)
    metadata = extract_metadata(cleaned, sections, source_name=source_name, original=raw.text)
    metadata = _with_file_info(fill_from_red_header(metadata, raw.text), dict(raw.file_info))
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
        suspects=tuple(sorted(cleaned.suspects + _ocr_suspects(raw, cleaned), key=lambda r: (r.start, r.end))),
    )


def parse_file(
    path: str | Path,
    *,
    progress: PageProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    learned: bool = True,
) -> ParsedDocument:
    """Read and parse one report file (``progress``/``cancelled`` reach OCR of scanned pages; ``learned=False``
    cleans by the rules alone, without the learned chrome model).

    Raises:
        UnsupportedFormat, DecodeError, EmptyDocument: with a message naming the file.
        Cancelled: OCR was cancelled.
    """
    p = Path(path)
    return parse_raw(read_file(p, progress=progress, cancelled=cancelled), p.name, learned=learned)


def parse_bytes(data: bytes, name: str) -> ParsedDocument:
    """Parse file content already in memory (``name`` gives the format by its suffix)."""
    return parse_raw(read_bytes(data, name), Path(name).name)


__all__ = ["Progress", "parse_bytes", "parse_file", "parse_raw"]
