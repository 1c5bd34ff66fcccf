"""One helper process for CPU-heavy pure-Python work: a call can be cancelled (the process is killed and
started again on the next call), and the process dies with the application, even after a kill -9 of it."""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import threading
from collections.abc import Callable
from typing import Any


def _die_with_parent() -> None:
    import os

    parent = multiprocessing.parent_process()
    if parent is None:
        return
    multiprocessing.connection.wait([parent.sentinel])  # ready once the parent is gone, however it ended
    os._exit(0)


def _serve(conn: Any) -> None:
    """The helper's loop: run each (function, args) received and send back (ok, value)."""
    threading.Thread(target=_die_with_parent, name="die-with-parent", daemon=True).start()
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            result: tuple[bool, Any] = (True, fn(*args))
        except Exception as exc:  # handed to the caller, who raises it
            result = (False, exc)
        try:
            conn.send(result)
        except (OSError, ValueError):
            return


class HelperProcess:
    """A lazily started "spawn" child serving one call at a time."""

    def __init__(self) -> None:
        self._process: Any = None
        self._conn: Any = None
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return None if self._process is None else int(self._process.pid)

    def _ensure(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self._reset()
        context = multiprocessing.get_context("spawn")  # a clean child: no copy of Qt state or threads
        parent_end, child_end = context.Pipe()
        process = context.Process(target=_serve, args=(child_end,), name="reportmark-helper", daemon=True)
        process.start()
        child_end.close()
        self._process, self._conn = process, parent_end

    def call(self, fn: Callable[..., Any], *args: Any, cancelled: Callable[[], bool] | None = None) -> Any:
        """``fn(*args)`` in the helper; None when ``cancelled`` turned true (the helper is then killed).

        Raises:
            Whatever ``fn`` raised; RuntimeError when the helper died.
        """
        with self._lock:
            self._ensure()
            self._conn.send((fn, args))
            while True:
                if cancelled is not None and cancelled():
                    self._reset()
                    return None
                if self._conn.poll(0.1):
                    try:
                        ok, value = self._conn.recv()
                    except (EOFError, OSError) as exc:
                        self._reset()
                        raise RuntimeError("the helper process ended unexpectedly") from exc
                    if ok:
                        return value
                    raise value
                if not self._process.is_alive():
                    self._reset()
                    raise RuntimeError("the helper process ended unexpectedly")

    def _reset(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()
        if process is not None:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                process.kill()
                process.join(5)

    def stop(self) -> None:
        """Kill the helper now (application exit); a later call starts a new one."""
        self._reset()
