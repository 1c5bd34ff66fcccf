"""Files a killed run leaves behind (export ``.part`` files, XLSX scratch folders), removed on the next run.

Each scratch name carries the writer's process id; a leftover whose process is gone is removed, a live
one (another export running right now) is left alone.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from pathlib import Path

XLSX_SCRATCH_PREFIX = "reportmark-xlsx-"
_PID_RE = re.compile(r"\.p(\d+)\.")


def pid_alive(pid: int) -> bool:
    """True when process ``pid`` may still run (one we may not signal counts as running)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return pid < 2**22
    return True


def _owner_gone(name: str) -> bool:
    """True when the scratch name carries no live process id (a name from before pids, or a dead writer)."""
    m = _PID_RE.search("." + name + ".")
    return m is None or not pid_alive(int(m.group(1)))


def part_prefix(target: Path) -> str:
    """The prefix of ``target``'s temporary export file: ``.<name>.p<pid>.``."""
    return f".{target.name}.p{os.getpid()}."


def clean_export_parts(target: Path) -> list[Path]:
    """Remove ``.<name>.*.part`` files beside ``target`` left by killed exports."""
    removed = []
    with contextlib.suppress(OSError):
        for p in target.parent.glob(f".{glob_escape(target.name)}.*.part"):
            if _owner_gone(p.name[len(target.name) + 1 :]):
                with contextlib.suppress(OSError):
                    p.unlink()
                    removed.append(p)
    return removed


def xlsx_scratch_prefix() -> str:
    """The name prefix of this process's XLSX scratch folders (its pid in it, to tell leftovers later)."""
    return f"{XLSX_SCRATCH_PREFIX}p{os.getpid()}."


def clean_xlsx_scratch(folder: Path | None = None) -> list[Path]:
    """Remove ``reportmark-xlsx-*`` scratch folders of dead processes from the temporary folder."""
    removed = []
    base = folder or Path(tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for p in base.glob(f"{XLSX_SCRATCH_PREFIX}*"):
            if p.is_dir() and not p.is_symlink() and _owner_gone(p.name[len(XLSX_SCRATCH_PREFIX) - 1 :]):
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p)
    return removed


def glob_escape(name: str) -> str:
    """``name`` with ``*``, ``?`` and ``[`` bracketed, so that ``glob`` matches it literally."""
    return re.sub(r"([*?\[])", r"[\1]", name)
