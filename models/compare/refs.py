"""Resolving what the clerk names for a comparison (a document id of the project, or a report file) into one store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from models.errors import ReportMarkError


def is_document_id(ref: str) -> bool:
    """Digits that are not the name of an existing file are a document id."""
    return ref.isdigit() and not Path(ref).exists()


def _memory_store() -> Any:
    from models import ops
    from models.store import Store

    mem = Store.memory()
    mem.tags.ensure_defaults(ops.load_default_schema())
    return mem


def _import_into(store: Any, ref: str) -> int:
    from models import importing

    outcome = importing.import_file(store, ref)
    if outcome.document is None:
        raise ReportMarkError(outcome.message)
    return int(outcome.document.id)


def resolve_pair(left: str, right: str, open_project: Callable[[], Any]) -> tuple[Any, int, int]:
    """One store holding both documents, and their ids there.

    Document ids are read from the project (``open_project()`` is called only when an id is
    given); files are parsed into an in-memory store. When the two sides live in different
    stores, both are copied into one in-memory store. The project file is never written.

    Raises:
        NotFound: an id that is not in the project.
        ReportMarkError: a file that cannot be read, or a project that does not exist.
    """
    project: Any = None
    memory: Any = None
    placed: list[tuple[Any, int]] = []
    for ref in (left, right):
        if is_document_id(ref):
            if project is None:
                project = open_project()
            doc_id = int(ref)
            project.documents.get(doc_id)  # NotFound with a plain message
            placed.append((project, doc_id))
        else:
            if memory is None:
                memory = _memory_store()
            placed.append((memory, _import_into(memory, ref)))
    (sa, a), (sb, b) = placed
    if sa is sb:
        return sa, a, b
    from models import ops

    # A project document beside a file: copy the project's one next to the file (read-only on the project).
    target = sb if sa is project else sa
    if sa is project:
        a = ops.copy_document(sa, a, target)
    else:
        b = ops.copy_document(sb, b, target)
    return target, a, b
