"""Functions a helper process runs in the tests (importable by a "spawn" child)."""

from __future__ import annotations

import os


def pid() -> int:
    return os.getpid()


def spin() -> None:
    while True:  # a long computation on a huge document
        pass
