"""Test-wide setup: Qt runs offscreen and every test gets its own REPORTMARK_HOME (never the real user dir)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import pytest
from hypothesis import settings

# No property test may fail on time: a per-example deadline is a timing assertion, and the shared CI machine is loaded.
settings.register_profile("reportmark", deadline=None)
settings.load_profile("reportmark")


@pytest.fixture(autouse=True)
def _reportmark_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the user data directory (settings, logs, default project) at a fresh temp dir."""
    monkeypatch.setenv("REPORTMARK_HOME", str(tmp_path_factory.mktemp("home")))
