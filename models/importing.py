"""Import of report files into a project: folders expanded, one transaction a file, re-import of a revision."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from models import import_journal
from models.errors import Cancelled, DuplicateDocument, ReportMarkError, message
from models.reanchor import ReanchorResult
from models.store import Store
from models.store.diskerrors import STORAGE_ERRORS, store_error_for
from models.types import AnnotationStatus, Changes, Document

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]

SUPPORTED_SUFFIXES = (
    ".txt", ".text", ".docx", ".html", ".htm", ".pdf",
    ".doc", ".wps", ".ofd", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
)  # fmt: skip


def _no_progress(done: int, total: int, label: str) -> None:
    return None


def _never() -> bool:
    return False


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file: imported, already present, or refused."""

    path: Path
    status: str  # "imported" | "duplicate" | "refused"
    document: Document | None = None
    message: str = ""


def expand_paths(items: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the supported files inside given folders (recursively, sorted)."""
    out: list[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            from models.folder_files import files_in_folder  # regular files inside the folder only

            out.extend(files_in_folder(p, SUPPORTED_SUFFIXES))
        else:
            out.append(p)
    return out


def import_file(
    store: Store,
    path: str | Path,
    *,
    page_progress: Callable[[int, int], None] | None = None,
    cancelled: CancelledFn = _never,
) -> ImportOutcome:
    """Parse and store one file in one transaction; refusals leave the project unchanged.

    ``page_progress``/``cancelled`` reach OCR of scanned pages; a cancelled OCR raises ``Cancelled``.
    """
    from models.ingest import parse_file  # the parsing stack loads on first import, not at start-up

    p = Path(path)
    try:
        parsed = parse_file(p, progress=page_progress, cancelled=cancelled)
        doc = store.documents.add(parsed)
    except Cancelled:
        raise
    except DuplicateDocument as exc:
        return ImportOutcome(p, "duplicate", store.documents.get(exc.existing_id), exc.user_message)
    except ReportMarkError as exc:
        return ImportOutcome(p, "refused", None, exc.user_message)
    except MemoryError:
        return ImportOutcome(p, "refused", None, message("文件“{0}”太大，无法导入。", p.name))
    except STORAGE_ERRORS as exc:  # the project, not the file: locked, read-only, disk full
        return ImportOutcome(p, "refused", None, store_error_for(exc, store.path, "保存").user_message)
    except RecursionError:
        return ImportOutcome(p, "refused", None, message("文件“{0}”的结构嵌套过深，无法读取。", p.name))
    return ImportOutcome(p, "imported", doc, "")


def import_files(
    store: Store,
    files: Iterable[str | Path],
    *,
    progress: ProgressFn = _no_progress,
    cancelled: CancelledFn = _never,
) -> tuple[list[ImportOutcome], Changes]:
    """Import many files, one transaction each; stops between files when cancelled."""
    todo: list[Path] = []
    outcomes: list[ImportOutcome] = []
    for item in files:
        found = expand_paths([item])
        if not found and Path(item).is_dir():
            outcomes.append(
                ImportOutcome(
                    Path(item), "refused", None, message("文件夹“{0}”中没有可导入的报告文件。", Path(item).name)
                )
            )
        todo.extend(found)
    # the journal of the files asked for, beside the project, for the window and the command line alike: a
    # process killed halfway leaves it, and reopening the project offers the files it did not reach
    journal = import_journal.journal(store.path, todo) if store.path is not None else contextlib.nullcontext()
    with journal:
        _import_each(store, todo, outcomes, progress, cancelled)
    return outcomes, _imported(outcomes)


def _import_each(
    store: Store, todo: list[Path], outcomes: list[ImportOutcome], progress: ProgressFn, cancelled: CancelledFn
) -> None:
    for i, f in enumerate(todo):
        if cancelled():
            # each file committed on its own: what was imported before the stop stays, and is reported
            raise Cancelled(
                message("导入已取消（已完成 {0} / {1} 个文件）。", i, len(todo)), changes=_imported(outcomes)
            )
        progress(i, len(todo), f.name)

        def pages(done: int, total: int, i: int = i, f: Path = f) -> None:
            label = message("{0}（文字识别 {1}/{2} 页）", f.name, done, total)  # in English at the edge
            if len(todo) == 1:
                progress(done, total, label)  # one scan: the bar follows its pages
            else:
                progress(i, len(todo), label)

        try:
            outcomes.append(import_file(store, f, page_progress=pages, cancelled=cancelled))
        except Cancelled as exc:  # stopped inside a file (OCR): the files before it stay imported
            exc.changes = exc.changes | _imported(outcomes)
            raise
    progress(len(todo), len(todo), "")


def _imported(outcomes: Iterable[ImportOutcome]) -> Changes:
    return Changes(documents=frozenset(o.document.id for o in outcomes if o.status == "imported" and o.document))


def reimport_document(store: Store, document_id: int, path: str | Path) -> tuple[ReanchorResult, Changes]:
    """Replace a document by a corrected file, moving its annotations to the same quoted text.

    Annotations that cannot be placed are kept with status "unplaced" and returned for the clerk.
    """
    from models.ingest import parse_file
    from models.reanchor import reanchor

    parsed = parse_file(path)
    with store.write_transaction():  # read and rewrite under one write lock: no annotation slips in between
        old_text = store.documents.display_text(document_id)
        annotations = list(
            store.annotations.iterate(
                document_id, statuses=(AnnotationStatus.ACCEPTED, AnnotationStatus.SUGGESTED, AnnotationStatus.REJECTED)
            )
        )
        result = reanchor(old_text, parsed.display_text, annotations)
        store.documents.replace_content(
            document_id,
            parsed,
            [(p.annotation.id, p.start, p.end) for p in result.placed],
            [a.id for a in result.unplaced],
        )
    return result, Changes(documents=frozenset({document_id}), annotations=frozenset(a.id for a in annotations))
