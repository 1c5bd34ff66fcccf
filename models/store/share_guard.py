"""Keeps an open project's SQLite read locks alive when the process touches the file by another descriptor.

On Linux, the POSIX record locks SQLite uses belong to the whole process: closing *any* descriptor of
the project file (a file dialog sniffing its type, a copy, a hash) silently drops them. Another process
(``main.py`` on the same project) then believes it is the last user and, on closing, deletes the
``-wal`` and ``-shm`` files under the window — later saves go to a deleted file and the next
connection fails with "disk I/O error". An open-file-description lock (``F_OFD_SETLK``) belongs to its
own descriptor and survives those closes, and it conflicts with other processes' POSIX locks, so a read
lock on the same bytes SQLite uses keeps the other process from taking the file over.

One guard per file per process, counted: its descriptor is closed only when the last store of the file
closes (closing it earlier would itself drop the locks of the other stores of the process). A no-op
where open-file-description locks do not exist (Windows locks are not lost this way).
"""

from __future__ import annotations

import contextlib
import os
import struct
import threading
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

_SHARED_FIRST = 0x40000000 + 2  # SQLite's PENDING_BYTE + 2: the bytes readers lock in the database file
_SHARED_SIZE = 510
_WAL_DMS = 128  # the "dead man switch" byte every open connection read-locks in the -shm file

_lock = threading.Lock()
_held: dict[tuple[int, int], tuple[int, list[int]]] = {}  # (dev, inode) -> (count, descriptors)


def _read_lock(path: Path, start: int, length: int) -> int | None:
    """A descriptor of ``path``, holding an OFD read lock on ``[start, start + length)`` if one can be had.

    The descriptor is kept even without the lock: closing it now would drop SQLite's locks of this process.
    """
    command = getattr(fcntl, "F_OFD_SETLK", None)
    if command is None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    # another process may hold a write lock there for a moment: no guard then, but no harm either
    with contextlib.suppress(OSError):
        fcntl.fcntl(fd, command, struct.pack("hhqqi", fcntl.F_RDLCK, os.SEEK_SET, start, length, 0))
    return fd


def hold(path: Path) -> tuple[int, int] | None:
    """Take (or count one more use of) the guard of the project file ``path``; the key to release it."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    key = (st.st_dev, st.st_ino)
    with _lock:
        if key in _held:
            count, fds = _held[key]
            _held[key] = (count + 1, fds)
            return key
        fds = [
            fd
            for fd in (
                _read_lock(path, _SHARED_FIRST, _SHARED_SIZE),
                _read_lock(path.with_name(path.name + "-shm"), _WAL_DMS, 1),
            )
            if fd is not None
        ]
        _held[key] = (1, fds)
    return key


def release(key: tuple[int, int] | None) -> None:
    """One use fewer; the last one closes the guard's descriptors (just before SQLite closes its own)."""
    if key is None:
        return
    with _lock:
        count, fds = _held.get(key, (0, []))
        if count > 1:
            _held[key] = (count - 1, fds)
            return
        _held.pop(key, None)
    for fd in fds:
        with contextlib.suppress(OSError):
            os.close(fd)
