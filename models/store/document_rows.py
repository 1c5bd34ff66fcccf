"""How a document is stored as rows: its columns, a parsed file's values for them, a row read back as a Document."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from models.errors import message
from models.store.base import dumps, loads_dict
from models.types import Document, ParsedDocument

DOC_COLUMNS = (
    "id, title, issuer, date, doc_number, index_number, script, source_name, source_format, "
    "encoding, content_hash, text_length, imported_at, memo, extra, clerk_fields"
)
# the fields a clerk may set; a set one is kept through re-reads and re-imports
CLERK_FIELDS = ("title", "issuer", "date", "doc_number")


# Columns that come from the parsed file (as opposed to the clerk's memo or the import time).
CONTENT_COLUMNS = (
    "title",
    "issuer",
    "date",
    "doc_number",
    "index_number",
    "script",
    "source_name",
    "source_format",
    "encoding",
    "content_hash",
    "text_length",
    "extra",
)


def content_values(parsed: ParsedDocument) -> tuple[Any, ...]:
    """The values of ``CONTENT_COLUMNS`` for a parsed file, in that order."""
    meta = parsed.metadata
    return (
        meta.title or parsed.source_name,
        meta.issuer,
        meta.date,
        meta.doc_number,
        meta.index_number,
        parsed.script,
        parsed.source_name,
        parsed.source_format,
        parsed.encoding,
        parsed.content_hash,
        len(parsed.display_text),
        dumps(dict(meta.extra)),
    )


def now_precise() -> str:
    """When the clerk set a field, to the microsecond (a merge keeps the later of two marks)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def clerk_field(name: str) -> str:
    """A clerk-settable column's name (checked: column names are never taken from outside as they are)."""
    if name not in CLERK_FIELDS:
        raise ValueError(f"not a clerk-settable field: {name!r}")
    return name


def already_in_project(source_name: str, existing: Document) -> str:
    """The message for a file ``source_name`` whose content ``existing`` already has."""
    return message("“{0}”已在项目中（与“{1}”内容相同）。", source_name, existing.title)


def document_from_row(row: dict[str, Any]) -> Document:
    """The ``Document`` of a documents-table row (a damaged JSON field reads as empty)."""
    row = dict(row)
    row["extra"] = loads_dict(row["extra"])  # a damaged field must not close the project
    marks = loads_dict(row["clerk_fields"])
    row["clerk_fields"] = {k: v for k, v in marks.items() if k in CLERK_FIELDS and isinstance(v, dict)}
    return Document(**row)
