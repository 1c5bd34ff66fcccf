"""Merge a colleague's work into the open project: their ``.reportmark`` file as it is, or a ``.qdpx`` they exported.

A ``.reportmark`` is read through the same REFI-QDA path a ``.qdpx`` takes (written to a temporary archive first), so
both merge alike: reports already here are matched, twins of annotations are not duplicated, conflicting readings are
noted (``import_qdpx``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from models.store import Store
from models.types import Changes

PROJECT_SUFFIX = ".reportmark"


def merge_project(
    store: Store,
    path: str | Path,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    differing: list[int] | None = None,
) -> Changes:
    """Bring the colleague's project ``path`` (``.reportmark`` or ``.qdpx``) into ``store`` in one transaction.

    Ids of our annotations whose figures the colleague read differently go to ``differing`` (see ``import_qdpx``).

    Raises:
        StoreError: a ``.reportmark`` that cannot be opened (not a project, newer version …).
        UnsupportedFormat, DecodeError: a ``.qdpx`` that is not a readable REFI-QDA project.
        Cancelled: the clerk cancelled; nothing was merged.
    """
    from models.export import export_annotations, import_qdpx

    p = Path(path)
    if p.suffix.lower() != PROJECT_SUFFIX:
        return import_qdpx(store, p, progress=progress, cancelled=cancelled, differing=differing)
    with tempfile.TemporaryDirectory(prefix="reportmark-merge-") as tmp:
        archive = Path(tmp) / (p.stem + ".qdpx")
        theirs = Store.open(p, readonly=True)
        try:
            export_annotations(theirs, archive, fmt="qdpx", cancelled=cancelled)
        finally:
            theirs.close()
        return import_qdpx(store, archive, progress=progress, cancelled=cancelled, differing=differing)
