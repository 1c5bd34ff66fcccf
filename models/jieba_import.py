"""jieba imported on first use without the pkg_resources its loader would pull in (a quarter second, no output)."""

from __future__ import annotations

import importlib
import sys
import threading
from types import ModuleType

_lock = threading.Lock()


def import_jieba(name: str = "jieba") -> ModuleType:
    """``jieba`` or one of its submodules (``jieba.posseg``), imported the first time with ``pkg_resources`` hidden.

    jieba's ``_compat`` imports ``pkg_resources`` (setuptools' whole requirement parser) only to open its own data
    files, and opens them with ``open`` when that import fails: the same bytes, read without the setuptools import.
    A process that already has ``pkg_resources`` or ``jieba`` loaded is left as it is.
    """
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    if "jieba" in sys.modules:
        return importlib.import_module(name)
    with _lock:
        hidden = "pkg_resources" not in sys.modules
        if hidden:
            sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import pkg_resources → ImportError
        try:
            return importlib.import_module(name)
        finally:
            if hidden and sys.modules.get("pkg_resources", ...) is None:
                del sys.modules["pkg_resources"]
