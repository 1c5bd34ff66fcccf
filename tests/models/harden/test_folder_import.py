"""A folder import takes only regular files inside the folder: no symlink escape (issue 15, item 6)."""

from __future__ import annotations

import os
from pathlib import Path

from models import importing, ops
from models.store import Store

REPORT = "一、总体情况\n全年完成投资12亿元，同比增长8%。\n"


def test_symlinks_out_of_the_folder_are_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.txt").write_text("机密：" + REPORT, encoding="utf-8")
    (elsewhere / "deep").mkdir()
    (elsewhere / "deep" / "more.txt").write_text("机密二：" + REPORT, encoding="utf-8")
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "real.txt").write_text(REPORT, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "inner.txt").write_text("二、" + REPORT, encoding="utf-8")
    os.symlink(elsewhere / "secret.txt", folder / "leak.txt")
    os.symlink(elsewhere / "deep", folder / "linked_dir")
    os.symlink(folder / "real.txt", folder / "alias.txt")  # inside the folder: the same file, fine
    os.symlink(folder, folder / "sub" / "loop")  # a loop back to the folder
    os.mkfifo(folder / "pipe.txt")
    found = importing.expand_paths([folder])
    assert {p.name for p in found} <= {"real.txt", "inner.txt", "alias.txt"}
    assert all(p.resolve().is_relative_to(folder.resolve()) for p in found)
    store = Store.memory()
    ops.import_files(store, [folder])
    texts = [store.documents.display_text(d.id) for d in store.documents.all()]
    assert not any("机密" in t for t in texts)
    assert len(texts) == 2  # real.txt (or its alias) and sub/inner.txt
