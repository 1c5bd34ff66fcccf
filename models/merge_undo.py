"""Undoing a merge of a colleague's project exactly: snapshots of the project before and after it.

A merge touches many reports, tags and annotations at once; putting each back by hand would miss
something sooner or later. Instead the project is copied just before the merge (inside the merge's own
write transaction, so nothing else can slip in between) and copied back on undo. That is only right
while the project is still as the merge left it: otherwise undo would also throw away what came after,
so it is refused with a plain sentence saying why. Suggestions the machine made meanwhile (the app makes
them for the merged reports) do not count: they are made again at will; the clerk's review of one does.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from models.errors import NotUndoable
from models.store import Store, snapshot
from models.types import Changes

_names = itertools.count(1)


@dataclass
class MergeUndo:
    """What undoing (and redoing) one merge needs: the states on both sides and the files holding them."""

    name: str  # the merged file's name, for messages
    before: Path  # the project just before the merge
    after: Path  # the project just after it (written when the merge is undone)
    unmerged: str  # fingerprint before the merge
    merged: str  # fingerprint right after it
    changes: Changes  # what the merge changed: what undo and redo change back


def merge_undoably(store: Store, scratch: Path, name: str, merge: Callable[[], Changes]) -> tuple[Changes, MergeUndo]:
    """Run ``merge()`` (one transaction) so it can be undone; the snapshot goes under ``scratch``.

    Raises:
        whatever ``merge`` raises; nothing is then changed.
    """
    n = next(_names)
    undo = MergeUndo(
        name, scratch / f"before-merge-{n}.reportmark", scratch / f"after-merge-{n}.reportmark", "", "", Changes()
    )
    with store.write_transaction():  # holds the write lock from here: the snapshot is the state merged into
        snapshot.save(store, undo.before)
        undo.unmerged = snapshot.fingerprint(store)
        undo.changes = merge()
        undo.merged = snapshot.fingerprint(store)
    return undo.changes, undo


def undo_merge(store: Store, undo: MergeUndo) -> Changes:
    """Put the project back as it was before the merge.

    Raises:
        NotUndoable: the project changed after the merge (undo would lose that).
    """
    if snapshot.fingerprint(store) != undo.merged:
        raise NotUndoable(
            f"不能撤销合并“{undo.name}”：合并之后项目又有了改动（例如新生成的建议，或在别处做的修改），"
            "撤销合并会把这些改动一起丢掉。项目保持现状；如确需回到合并之前，可从备份恢复。"
        )
    snapshot.save(store, undo.after)
    snapshot.load(store, undo.before)
    return undo.changes


def redo_merge(store: Store, undo: MergeUndo) -> Changes:
    """Merge again, exactly as the first time (the project as it was right after the merge).

    Raises:
        NotUndoable: the project changed since the merge was undone.
    """
    if snapshot.fingerprint(store) != undo.unmerged:
        raise NotUndoable(f"不能重做合并“{undo.name}”：撤销合并之后项目又有了改动，重做会把这些改动丢掉。")
    snapshot.load(store, undo.after)
    return undo.changes
