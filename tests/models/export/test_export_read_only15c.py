"""An export into a folder that cannot be written is told in one plain line, without the system's English."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from models.errors import StoreError
from models.export import export_annotations
from models.store import Store
from tests.models.harden.test_disk_errors import tmpfs


def test_an_export_into_a_read_only_folder_says_read_only(project: Store, tmp_path: Path) -> None:
    """Seen: 无法写入“标注导出_20261206.xlsx”：Read-only file system。"""
    with tmpfs(tmp_path, "1m") as fs:
        subprocess.run(["mount", "-o", "remount,ro", str(fs)], check=True)
        with pytest.raises(StoreError) as info:
            export_annotations(project, fs / "标注导出.xlsx", fmt="xlsx")
    said = info.value.user_message
    assert "只读" in said and "标注导出.xlsx" in said, said
    assert "Read-only" not in said
