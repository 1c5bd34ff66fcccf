"""The window lock of a project file: one main window per project at a time, across processes and computers.

A second window on the same project keeps its own undo stack and views and overwrites the first one's work
unnoticed. The lock is an operating-system lock on a small file beside the project (``.名称.reportmark.lock``):
the system drops it when the holding process ends in any way, so a crash leaves no lock that blocks the clerk.
On Linux it is an open-file-description lock, which conflicts within one process too and, like the locks
SQLite itself takes, reaches the server of an NFS or SMB share; elsewhere a POSIX or Windows byte lock.
The file holds who has the project open (computer, user, process, since when) for the message.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models.errors import ReportMarkError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

_BUSY = {errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK}
_held: set[tuple[int, int]] = set()  # locks of this process (where a lock does not conflict within one)


@dataclass(frozen=True)
class Holder:
    """Who has a project open, as the lock file says."""

    host: str = ""
    user: str = ""
    pid: int = 0
    since: str = ""  # ISO time, local

    @property
    def on_this_computer(self) -> bool:
        return self.host == socket.gethostname()


class ProjectInUse(ReportMarkError):
    """The project is open in another window (``holder`` says where)."""

    def __init__(self, user_message: str, holder: Holder, path: Path) -> None:
        super().__init__(user_message)
        self.holder = holder
        self.path = path


def lock_path(project: Path) -> Path:
    """The lock file beside ``project`` that says which window holds it (``.name.lock``)."""
    return project.with_name(f".{project.name}.lock")


def _try_lock(fd: int) -> bool:
    """Lock ``fd`` without waiting; False when another holder has it. A share without locking counts as free."""
    try:
        if fcntl is None:
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        command = getattr(fcntl, "F_OFD_SETLK", None)
        if command is not None:
            fcntl.fcntl(fd, command, struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 0, 1, 0))
        else:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 0)
        return True
    except OSError as exc:
        # no locking on this share (ENOLCK, EOPNOTSUPP …): no worse than before the lock existed
        return exc.errno not in _BUSY


def _read_holder(fd: int) -> Holder:
    with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096).decode("utf-8") or "{}")
        return Holder(str(data["host"]), str(data["user"]), int(data["pid"]), str(data["since"]))
    return Holder()


def _me() -> Holder:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: the message says 未知
        user = ""
    return Holder(socket.gethostname(), user, os.getpid(), datetime.now().isoformat(timespec="seconds"))


def _message(project: Path, holder: Holder) -> str:
    since = holder.since.replace("T", " ")[:16]
    if holder.on_this_computer:
        where = "本机的另一个报告标注窗口" if holder.pid != os.getpid() else "本程序的另一个窗口"
    else:
        where = f"电脑“{holder.host or '未知'}”（用户 {holder.user or '未知'}）"
    when = f"，自 {since} 起" if since else ""
    return (
        f"项目“{project.name}”已在{where}中打开{when}。"
        "两个窗口同时编辑同一项目，各自的撤销和视图互不知道对方的修改，会互相覆盖。"
    )


class WindowLock:
    """Held while a main window has the project open; ``release()`` on close (the system releases it on a crash)."""

    def __init__(self, project: Path, fd: int | None, key: tuple[int, int]) -> None:
        self.project = project
        self._fd: int | None = fd
        self._key = key

    @classmethod
    def acquire(cls, project: str | Path) -> WindowLock:
        """Take the lock of ``project``.

        Raises:
            ProjectInUse: another window (of this or another process, here or on another computer) holds it.
        """
        project = Path(project)
        path = lock_path(project)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(path, flags, 0o666)
        except OSError:
            # a read-only folder or share: no lock can be kept there, and opening the project decides the rest
            return cls(project, None, (0, 0))
        st = os.fstat(fd)
        key = (st.st_dev, st.st_ino)
        if key in _held or not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise ProjectInUse(_message(project, holder), holder, project)
        _held.add(key)
        data = json.dumps(_me().__dict__, ensure_ascii=False).encode("utf-8")
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)
        return cls(project, fd, key)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the project up: the file is emptied (nobody has it open) and the lock dropped."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        _held.discard(self._key)
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        with contextlib.suppress(OSError):
            os.close(fd)  # the file stays: removing it could let two windows lock two different files


def holder_of(project: str | Path) -> Holder | None:
    """Who holds the lock of ``project`` now (None when nobody does)."""
    try:
        WindowLock.acquire(project).release()
    except ProjectInUse as exc:
        return exc.holder
    except OSError:
        return None
    return None
