"""The clerk's own title, issuer, date and 文号 of a report: checked, saved (marked as the clerk's), undone, offered."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from models.errors import InvalidValue
from models.store.documents import CLERK_FIELDS
from models.types import Changes, Document, FieldState, Metadata

if TYPE_CHECKING:
    from models.ingest.metadata_options import MetadataOptions
    from models.store import Store

_SPACES = re.compile(r"\s+")
# a 文号 as typed on a keyboard: 国发[2006]1号, 某办发（2021） 12号 (GB/T 9704 puts the year in 〔〕)
_DOC_NUMBER = re.compile(r"^(\S.*?)\s*[\[［【(（〔]\s*((?:19|20)\d{2})\s*[\]］】)）〕]\s*(\d{1,5})\s*号$")


def normalise_date(text: str) -> str | None:
    """A whole date as the clerk writes it (2021-03-05, 2021年3月5日, 二〇二一年三月五日) as ``YYYY-MM-DD``, or None."""
    from models.ingest.metadata_dates import find_dates  # the parsing stack loads when first needed

    compact = _SPACES.sub("", text)
    found = find_dates(compact)
    return found[0][2] if len(found) == 1 and (found[0][0], found[0][1]) == (0, len(compact)) else None


def normalise(name: str, text: str) -> str | None:
    """The value to save for ``name`` from what the clerk typed (``None``: the field left empty).

    Raises:
        InvalidValue: an empty title, or a date that does not read as one day.
    """
    if name not in CLERK_FIELDS:
        raise ValueError(f"not a clerk-settable field: {name!r}")
    value = text.strip()
    if name == "title" and not value:
        raise InvalidValue("标题不能为空。")
    if name == "date" and value:
        date = normalise_date(value)
        if date is None:
            raise InvalidValue(f"“{value}”不是完整的日期，请写成 2021-03-05 或 2021年3月5日；未保存。")
        return date
    if name == "doc_number" and value:
        return normalise_doc_number(value)
    return value or None


def normalise_doc_number(text: str) -> str:
    """A 文号 with its year in 〔〕 as 公文 write it, whatever brackets were typed; any other text as it is."""
    m = _DOC_NUMBER.match(text)
    return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号" if m else text


def set_document_field(store: Store, document_id: int, name: str, text: str) -> tuple[FieldState, Changes]:
    """Save the clerk's value of a report's title, issuer, date or 文号 at once, marked as the clerk's.

    A marked field is never overwritten when the report is re-read or re-imported; every list, header and
    export shows it.

    Returns:
        The field as it was (``restore_document_field`` puts it back) and the changes.

    Raises:
        InvalidValue: see ``normalise``; nothing is saved.
    """
    value = normalise(name, text)
    before = store.documents.set_field(document_id, name, value)
    return before, Changes(documents=frozenset({document_id}))


def restore_document_field(store: Store, document_id: int, state: FieldState) -> Changes:
    """Undo ``set_document_field``: the value and the mark as they were."""
    store.documents.restore_field(document_id, state)
    return Changes(documents=frozenset({document_id}))


def document_options(store: Store, document_id: int) -> MetadataOptions:
    """The reader's alternatives for a stored report's title, issuer and date (``metadata_options``).

    The reader's own choice is offered first even where the clerk has set another value.
    """
    from models.ingest.metadata_options import metadata_options

    doc = store.documents.get(document_id)
    text = store.documents.text(document_id)
    read = {name: _reader_value(doc, name) for name in CLERK_FIELDS}
    meta = Metadata(read["title"], read["issuer"], read["date"], read["doc_number"], doc.index_number, dict(doc.extra))
    return metadata_options(text.display_text, meta, original_text=text.original_text, source_name=doc.source_name)


def _reader_value(doc: Document, name: str) -> str | None:
    mark = doc.clerk_fields.get(name)
    value = mark.get("reader") if mark is not None else getattr(doc, name)
    if name == "title" and value == doc.source_name:
        return None  # a report whose reader found no title is stored under its file name
    return None if value is None else str(value)


def reader_found_title(doc: Document) -> bool:
    """Whether the reader found a title for ``doc`` (one without is stored under its file name)."""
    return _reader_value(doc, "title") is not None


def untitled(doc: Document) -> bool:
    """Whether ``doc`` has no title of its own (neither the reader's nor the clerk's): its file name stands in."""
    return "title" not in doc.clerk_fields and not reader_found_title(doc)
