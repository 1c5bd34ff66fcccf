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

The last close goes in this order (``release``): the guard lets go of the database file's bytes (SQLite's
last connection needs them exclusively to checkpoint and remove the ``-wal`` and ``-shm``), the connection
closes while the guard still holds the ``-shm``'s switch byte, and only then are the guard's descriptors
closed. Closing them first dropped every lock of the process while SQLite still had the ``-shm`` mapped:
a process opening the project in that moment took itself for the first user, truncated the ``-shm``,
and the closing connection's checkpoint read past the end of its mapping ("Bus error"). Opening
(``opening``) and closing a store are serialised in the process, so a store opening during another's
last close never has its fresh locks dropped by the guard's descriptors closing.
"""

from __future__ import annotations

import contextlib
import os
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

_SHARED_FIRST = 0x40000000 + 2  # SQLite's PENDING_BYTE + 2: the bytes readers lock in the database file
_SHARED_SIZE = 510
_WAL_DMS = 128  # the "dead man switch" byte every open connection read-locks in the -shm file

_lock = threading.RLock()  # guards _held, and serialises a store's open with another's close
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


def _unlock(fd: int, start: int, length: int) -> None:
    command = getattr(fcntl, "F_OFD_SETLK", None)
    if command is not None:
        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, command, struct.pack("hhqqi", fcntl.F_UNLCK, os.SEEK_SET, start, length, 0))


@contextlib.contextmanager
def opening() -> Iterator[None]:
    """Hold while a store connects and takes its guard: no other store of the process closes meanwhile."""
    with _lock:
        yield


def release(key: tuple[int, int] | None, close_connection: Callable[[], None]) -> None:
    """One use fewer, closing the store's SQLite connection with ``close_connection`` in the safe order.

    The last use unlocks the database file's bytes first (so the last connection can tidy the ``-wal`` and
    ``-shm`` away), closes the connection while the ``-shm`` is still locked, then closes the descriptors.
    """
    with _lock:
        count, fds = _held.get(key, (0, [])) if key is not None else (0, [])
        if key is not None and count > 1:
            _held[key] = (count - 1, fds)
        elif key is not None:
            _held.pop(key, None)
            for fd in fds:  # only the database file's descriptor holds these bytes; the -shm's stays locked
                _unlock(fd, _SHARED_FIRST, _SHARED_SIZE)
        try:
            close_connection()
        finally:
            if count <= 1:
                for fd in fds:
                    with contextlib.suppress(OSError):
                        os.close(fd)
