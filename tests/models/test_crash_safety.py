"""Crash safety: a writer killed with SIGKILL at random points loses nothing it reported saved.

The quick test runs a few kills; `pytest -m slow tests/models/test_crash_safety.py` runs 50 of each.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models import ops
from tests.models.conftest import SEED_SIMPLIFIED, SEED_TRADITIONAL

ROOT = Path(__file__).resolve().parents[2]

ANNOTATOR = """
import sys
from models import ops
store = ops.open_project(sys.argv[1])
doc = store.documents.all()[0]
text = store.documents.display_text(doc.id)
base = text.index("疫情发生以来")
tag = store.tags.find("指标")
for i in range(100000):
    ann, _ = ops.create_annotation(store, doc.id, base + i % 500, base + i % 500 + 3, tag.id, note=f"n{i}")
    print(ann.id, flush=True)
"""

IMPORTER = """
import sys
from pathlib import Path
from models import importing, ops
store = ops.open_project(sys.argv[1])
for i, f in enumerate(sorted(Path(sys.argv[2]).iterdir())):
    outcome = importing.import_file(store, f)
    print(outcome.status, flush=True)
"""


def _kill_after(code: str, args: list[str], lines: int) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=ROOT, stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    assert proc.stdout is not None
    seen = []
    for _ in range(lines):
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line.strip())
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return seen


def _annotation_kills(tmp_path: Path, rounds: int) -> tuple[int, int]:
    project = tmp_path / "crash.reportmark"
    ops.import_files(ops.open_project(project), [SEED_SIMPLIFIED])
    rng = random.Random(1234)
    saved: list[int] = []
    for _ in range(rounds):
        saved += [int(x) for x in _kill_after(ANNOTATOR, [str(project)], rng.randint(1, 60))]
    conn = sqlite3.connect(project)
    present = {r[0] for r in conn.execute("SELECT id FROM annotations")}
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    lost = [i for i in saved if i not in present]
    return len(saved), len(lost)


def _import_kills(tmp_path: Path, rounds: int) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(30):
        src = SEED_SIMPLIFIED if i % 2 else SEED_TRADITIONAL
        (folder / f"r{i:02d}.txt").write_text(src.read_text(encoding="utf-8") + f"\n样本{i}", encoding="utf-8")
    project = tmp_path / "import.reportmark"
    ops.open_project(project).close()
    rng = random.Random(99)
    for _ in range(rounds):
        _kill_after(IMPORTER, [str(project), str(folder)], rng.randint(0, 30))
        conn = sqlite3.connect(project)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every document is whole: its text, and sections when the text has headings
        half = conn.execute(
            "SELECT COUNT(*) FROM documents d LEFT JOIN document_texts t ON t.document_id = d.id "
            "WHERE t.document_id IS NULL OR NOT EXISTS (SELECT 1 FROM sections s WHERE s.document_id = d.id)"
        ).fetchone()[0]
        assert half == 0
        conn.close()


def test_killed_annotator_loses_nothing(tmp_path: Path) -> None:
    saved, lost = _annotation_kills(tmp_path, rounds=3)
    assert saved > 0 and lost == 0


def test_killed_import_leaves_no_half_document(tmp_path: Path) -> None:
    _import_kills(tmp_path, rounds=3)


@pytest.mark.slow
def test_fifty_kills_each(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    saved, lost = _annotation_kills(tmp_path / "a", rounds=50)
    print(f"\nannotation kills: 50, annotations reported saved: {saved}, lost: {lost}")
    assert lost == 0
    _import_kills(tmp_path / "b", rounds=50)
    print("import kills: 50, half-imported documents: 0, integrity_check ok each time")
