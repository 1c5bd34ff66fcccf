"""Leftovers of killed exports are cleaned on the next export; a live one is left alone (issue 15, item 11)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from models.export import export_annotations
from models.store import Store
from tests.models.conftest import add_plain_text

DEAD = 2**22 + 4321  # above Linux's pid_max: never a live process


def _store() -> Store:
    store = Store.memory()
    tag = store.tags.add("指标", "#ff0000")
    doc = add_plain_text(store, "全年完成投资12亿元。")
    store.annotations.add(doc, 2, 6, tag.id)
    return store


def test_part_files_of_killed_exports_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "标注导出.xlsx"
    dead = tmp_path / f".{target.name}.p{DEAD}.abc123.part"
    legacy = tmp_path / f".{target.name}.k2j3h4.part"
    live = tmp_path / f".{target.name}.p{os.getppid()}.zzz.part"
    other = tmp_path / ".别的文件.xlsx.p1.x.part"
    for p in (dead, legacy, live, other):
        p.write_bytes(b"x" * 1000)
    export_annotations(_store(), target, fmt="xlsx")
    assert target.exists()
    assert not dead.exists() and not legacy.exists()
    assert live.exists() and other.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(f".{target.name}.p{os.getpid()}.")]


def test_xlsx_scratch_folders_of_killed_exports_are_removed(tmp_path: Path) -> None:
    base = Path(tempfile.gettempdir())
    dead = base / f"reportmark-xlsx-p{DEAD}.abcd"
    legacy = base / "reportmark-xlsx-k3j4h5"
    for d in (dead, legacy):
        d.mkdir(exist_ok=True)
        (d / "sheet1.xml").write_bytes(b"<x/>" * 100)
    export_annotations(_store(), tmp_path / "a.xlsx", fmt="xlsx")
    assert not dead.exists() and not legacy.exists()
    assert not list(base.glob(f"reportmark-xlsx-p{os.getpid()}.*"))
