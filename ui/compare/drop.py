"""Reports dragged from the library onto the comparison window: what the drag carries and which side it replaces."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

# Drag payload of documents (ids as ASCII, comma-separated), as the library would put it on a drag.
DOCUMENT_MIME = "application/x-reportmark-document-ids"


def dropped_document_ids(mime: QMimeData) -> list[int]:
    """Document ids carried by a drag, or an empty list."""
    if not mime.hasFormat(DOCUMENT_MIME):
        return []
    raw = bytes(mime.data(DOCUMENT_MIME).data()).decode("ascii", "ignore")
    return [int(x) for x in raw.split(",") if x.strip().isdigit()]


def dropped_pair(ids: list[int], chosen: tuple[int, int], *, on_left: bool) -> tuple[int, int]:
    """The pair to compare after ``ids`` were dropped: two replace both; one replaces the side it fell on."""
    left, right = chosen
    if len(ids) >= 2:
        return ids[0], ids[1]
    return (ids[0], right) if on_left else (left, ids[0])
