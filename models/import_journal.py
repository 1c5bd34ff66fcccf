"""The journal of an import under way: the files it was asked for, beside the project, gone when the import ends.

A journal left behind by a process that is no longer running means the import was killed (power cut, kill -9):
each report was committed on its own, so the project holds the files read before that; the files of the journal
whose bytes the project does not hold yet are the ones left, and the clerk is offered them on reopening.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from models.leftovers import pid_alive


def path_for(project: str | Path) -> Path:
    """Where the journal of ``project``'s import is kept (a hidden file beside the project)."""
    p = Path(project)
    return p.with_name(f".{p.name}.import.json")


def begin(project: str | Path, files: Iterable[str | Path], *, pid: int | None = None) -> None:
    """Record that this process (or ``pid``) starts importing ``files`` into ``project``."""
    data = {"pid": os.getpid() if pid is None else pid, "files": [str(Path(f).resolve()) for f in files]}
    with contextlib.suppress(OSError):  # a read-only folder: the import runs, without a journal
        tmp = path_for(project).with_suffix(".part")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path_for(project))


def end(project: str | Path) -> None:
    """The import ended (finished, cancelled or failed with a message): nothing is left to offer."""
    with contextlib.suppress(OSError):
        path_for(project).unlink(missing_ok=True)


@contextlib.contextmanager
def journal(project: str | Path, files: Iterable[str | Path]) -> Iterator[None]:
    """``begin`` before the block, ``end`` after it however it ends; only a killed process leaves the journal."""
    begin(project, files)
    try:
        yield
    finally:
        end(project)


def interrupted(project: str | Path, held: Iterable[tuple[str, str]]) -> list[Path]:
    """Files a killed import of ``project`` did not reach, still on disk: those whose bytes the project does not
    hold. ``held`` gives each stored document's ``(source_name, content_hash)`` (the sha256 of a file's bytes).

    By content, not by name: a folder of counties' folders each with its own ``2023年工作总结.txt`` would
    otherwise count every one of them imported once the first was. Only files whose name the project holds are
    read to be hashed (a file of another name cannot have been imported), so reopening after a killed import
    reads about the files that import reached. Empty when no import was killed, or when the one that wrote the
    journal is still running.
    """
    try:
        data = json.loads(path_for(project).read_text(encoding="utf-8"))
        pid, files = int(data["pid"]), [Path(f) for f in data["files"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    if pid_alive(pid):  # an import still running (this process's or another's)
        return []
    names: set[str] = set()
    hashes: set[str] = set()
    for name, content_hash in held:
        names.add(name)
        hashes.add(content_hash)
    left = [f for f in files if f.exists() and (f.name not in names or _sha256(f) not in hashes)]
    if not left:
        end(project)
    return left


def _sha256(path: Path) -> str | None:
    """The sha256 of the file's bytes, as the reader stores it; None when it cannot be read (offered again)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()
