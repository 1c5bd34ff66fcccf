"""A project in a read-only folder opens for reading: its reports, tags and search, and nothing written."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest

from models import ops
from models.errors import ReportMarkError
from models.failures import explain
from models.store.diskerrors import ProjectReadOnly
from tests.models.conftest import SEED_SIMPLIFIED
from tests.models.harden.test_disk_errors import tmpfs


def test_a_project_in_a_read_only_folder_opens_read_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Seen: 项目“p.reportmark”或其所在文件夹是只读的，无法打开 — even for reading (a WAL project needs its -shm
    file, which a read-only folder cannot hold)."""
    with tmpfs(tmp_path, "16m") as fs:
        project = fs / "p.reportmark"
        store = ops.open_project(project)
        ops.import_files(store, [SEED_SIMPLIFIED])
        store.close()
        subprocess.run(["mount", "-o", "remount,ro", str(fs)], check=True)
        with pytest.raises(ProjectReadOnly):
            ops.open_project(project)
        store = ops.open_project(project, readonly=True)
        try:
            docs = store.documents.all()
            assert len(docs) == 1
            assert store.tags.all()
            assert store.documents.display_text(docs[0].id)
            with pytest.raises(sqlite3.Error) as info:
                ops.set_memo(store, docs[0].id, "备注")
            said = explain(info.value, project)  # what the window says about it
            assert said is not None and "只读" in said.user_message
        finally:
            store.close()
        assert sorted(p.name for p in fs.iterdir()) == ["p.reportmark"]


def test_read_only_never_creates_a_project(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReportMarkError):
        ops.open_project(tmp_path / "none.reportmark", readonly=True)
    assert not (tmp_path / "none.reportmark").exists()
