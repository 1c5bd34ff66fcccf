"""SIGKILL during suggest --accept, re-import, export and backup loses nothing reported saved (issue 15).

Annotate and import are killed by ``tests/models/test_crash_safety.py``; run both on purpose with
``pytest -m slow tests/models/test_crash_safety.py tests/models/harden/test_kill_sweep.py -s``.
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from models import ops
from models.store.backup import backup_dir, is_good_project, list_backups
from tests.models.conftest import SEED_SIMPLIFIED, SEED_TRADITIONAL
from tests.models.test_crash_safety import _kill_after

KILLS = 50

SUGGESTER = """
import sys
from models import ops
from models.suggest import run_suggestions
store = ops.open_project(sys.argv[1])
for doc in store.documents.all():
    changes = run_suggestions(store, doc.id, status="accepted")
    print(doc.id, *sorted(changes.annotations), flush=True)
"""

REIMPORTER = """
import sys
from models import importing, ops
store = ops.open_project(sys.argv[1])
doc = store.documents.all()[0].id
for i in range(1000):
    importing.reimport_document(store, doc, sys.argv[2 + i % 2])
    print(i % 2, flush=True)
"""

EXPORTER = """
import sys
from models import ops
from models.export import export_annotations
store = ops.open_project(sys.argv[1])
for i in range(1000):
    target = sys.argv[2] if i % 2 else sys.argv[3]
    n = export_annotations(store, target, fmt="xlsx" if target.endswith("xlsx") else "csv")
    print(n, flush=True)
"""

BACKUPER = """
import sys
from models import ops
store = ops.open_project(sys.argv[1])
for i in range(1000):
    print(store.backup(keep=3), flush=True)
"""


def _project(tmp_path: Path, documents: int) -> Path:
    project = tmp_path / "p.reportmark"
    store = ops.open_project(project)
    seeds = [SEED_SIMPLIFIED.read_text(encoding="utf-8"), SEED_TRADITIONAL.read_text(encoding="utf-8")]
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(documents):
        (folder / f"r{i}.txt").write_text(seeds[i % 2] + f"\n样本{i}", encoding="utf-8")
    ops.import_files(store, [folder])
    store.close()
    return project


def _check(project: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(project)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return conn


def _quotes_hold(conn: sqlite3.Connection) -> None:
    bad = conn.execute(
        "SELECT COUNT(*) FROM annotations a JOIN document_texts t ON t.document_id = a.document_id "
        "WHERE a.status != 'unplaced' AND substr(t.display_text, a.start + 1, a.\"end\" - a.start) != a.text"
    ).fetchone()[0]
    assert bad == 0


def suggest_kills(tmp_path: Path, kills: int) -> tuple[int, int]:
    rng = random.Random(7)
    saved: list[int] = []
    lost = 0
    for k in range(kills):
        if k % 10 == 0:  # a fresh project now and then, so there is always something to suggest
            sub = tmp_path / f"s{k}"
            sub.mkdir()
            project = _project(sub, 6)
        for line in _kill_after(SUGGESTER, [str(project)], rng.randint(0, 5)):
            saved += [int(x) for x in line.split()[1:]]
        conn = _check(project)
        present = {r[0] for r in conn.execute("SELECT id FROM annotations")}
        _quotes_hold(conn)
        conn.close()
        lost += sum(1 for i in saved if i not in present)
        if k % 10 == 9:
            saved = []
    return kills, lost


def reimport_kills(tmp_path: Path, kills: int) -> tuple[int, int]:
    project = _project(tmp_path, 1)
    text = SEED_SIMPLIFIED.read_text(encoding="utf-8")
    versions = [tmp_path / "v0.txt", tmp_path / "v1.txt"]
    versions[0].write_text(text.replace("疫情", "疫 情", 3) + "\n样本0", encoding="utf-8")
    versions[1].write_text("修订说明：第二稿。\n" + text + "\n样本0", encoding="utf-8")
    store = ops.open_project(project)
    doc = store.documents.all()[0].id
    tag = store.tags.find("指标")
    assert tag is not None
    body = store.documents.display_text(doc)
    start = body.index("疫情")
    for i in range(40):
        store.annotations.add(doc, start + i * 7, start + i * 7 + 4, tag.id)
    store.close()
    rng = random.Random(11)
    lost = 0
    for _ in range(kills):
        _kill_after(REIMPORTER, [str(project), *map(str, versions)], rng.randint(0, 3))
        conn = _check(project)
        lost += 40 - conn.execute("SELECT COUNT(*) FROM annotations").fetchone()[0]
        _quotes_hold(conn)
        conn.close()
    return kills, lost


def export_kills(tmp_path: Path, kills: int) -> tuple[int, int]:
    project = _project(tmp_path, 4)
    store = ops.open_project(project)
    from models.suggest import run_suggestions

    for d in store.documents.all():
        run_suggestions(store, d.id, status="accepted")
    store.close()
    xlsx, csv_path = tmp_path / "out" / "标注.xlsx", tmp_path / "out" / "标注.csv"
    rng = random.Random(5)
    broken = 0
    for _ in range(kills):
        _kill_after(EXPORTER, [str(project), str(xlsx), str(csv_path)], rng.randint(0, 3))
        if xlsx.exists():
            try:
                openpyxl.load_workbook(xlsx, read_only=True).close()
            except Exception:
                broken += 1
        if csv_path.exists():
            rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"), newline="")))
            broken += 0 if rows and all(len(r) == len(rows[0]) for r in rows) else 1
    _kill_after(EXPORTER, [str(project), str(xlsx), str(csv_path)], 2)  # one more run cleans the leftovers
    leftovers = [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".part")]
    assert len(leftovers) <= 1  # at most the one the last kill interrupted
    return kills, broken


def backup_kills(tmp_path: Path, kills: int) -> tuple[int, int]:
    project = _project(tmp_path, 3)
    rng = random.Random(3)
    lost = 0
    for _ in range(kills):
        reported = [Path(x) for x in _kill_after(BACKUPER, [str(project)], rng.randint(0, 4))]
        if reported:
            newest = reported[-1]
            lost += 0 if newest.exists() and is_good_project(newest) else 1
        assert all(is_good_project(b) for b in list_backups(project))
    _kill_after(BACKUPER, [str(project)], 1)
    partials = [p for p in backup_dir(project).iterdir() if p.name.endswith(".partial")]
    assert len(partials) <= 1
    return kills, lost


@pytest.mark.slow
@pytest.mark.parametrize("name", ["suggest --accept", "re-import", "export", "backup"])
def test_fifty_kills_each(tmp_path: Path, name: str) -> None:
    run = {
        "suggest --accept": suggest_kills,
        "re-import": reimport_kills,
        "export": export_kills,
        "backup": backup_kills,
    }[name]
    kills, lost = run(tmp_path, KILLS)
    print(f"\n{name}: {kills} kills, lost or broken: {lost}")
    assert lost == 0


@pytest.mark.slow
def test_a_few_kills_of_each(tmp_path: Path) -> None:
    for i, run in enumerate((suggest_kills, reimport_kills, export_kills, backup_kills)):
        sub = tmp_path / str(i)
        sub.mkdir()
        assert run(sub, 1)[1] == 0
