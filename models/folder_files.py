"""The report files inside a folder: regular files whose real path stays under the folder (no symlink escape)."""

from __future__ import annotations

import os
import stat
from collections.abc import Collection
from pathlib import Path

MAX_FILES = 100_000


def files_in_folder(folder: Path, suffixes: Collection[str]) -> list[Path]:
    """Supported files under ``folder`` (recursively, sorted), never leaving it.

    Directory symlinks are not followed; a file symlink counts only when its target is a regular file
    inside the folder; FIFOs, devices and sockets are skipped.
    """
    root = folder.resolve()
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames.sort()
        for name in filenames:
            path = Path(dirpath) / name
            if path.suffix.lower() not in suffixes:
                continue
            try:
                real = path.resolve(strict=True)
                info = real.stat()
            except (OSError, RuntimeError):
                continue
            if not stat.S_ISREG(info.st_mode) or not real.is_relative_to(root):
                continue
            out.append(path)
            if len(out) >= MAX_FILES:
                return sorted(out)
    return sorted(out)
