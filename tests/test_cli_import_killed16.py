"""``main.py import`` killed in the middle of writing a report: every report is in whole or not at all, nothing
half-written ever shows, and the journal offers every file not in the project again, however the files are named."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from models import import_journal, ops

ROOT = Path(__file__).resolve().parents[1]

# The CLI, killed (os._exit, as kill -9: no rollback, no close) inside the transaction of its third report, after
# the report's row, text, sections and search rows are written and before the commit.
_KILLED_MID_REPORT = """
import os, sys
from models.store.search import SearchIndex
real = SearchIndex.index_document
seen = []
def dying(self, doc_id, text):
    real(self, doc_id, text)
    seen.append(doc_id)
    if len(seen) == 3:
        os._exit(9)
SearchIndex.index_document = dying
import main
sys.exit(main.main(sys.argv[1:]))
"""


def _report(path: Path, county: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"{county}2023年工作总结\n\n一、主要工作\n{county}规模以上工业增加值增长{len(county)}%。\n二、存在问题\n资金紧张。\n",
        encoding="utf-8",
    )
    return path


def _run_killed(tmp_path: Path, project: Path, files: list[Path]) -> None:
    env = {"REPORTMARK_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_REPORT, "--project", str(project), "import", *map(str, files)],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    assert out.returncode == 9, out.stderr


def _rows(project: Path) -> dict[str, int]:
    conn = sqlite3.connect(project)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {
            table: conn.execute(f"SELECT COUNT(DISTINCT document_id) FROM {table}").fetchone()[0]
            for table in ("document_texts", "sections", "search_texts")
        } | {"documents": conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]}
    finally:
        conn.close()


def test_a_report_half_written_when_the_import_was_killed_is_not_in_the_project(tmp_path: Path) -> None:
    files = [_report(tmp_path / "reports" / f"县{i}_2023年工作总结.txt", f"第{i}县") for i in range(5)]
    project = tmp_path / "p.reportmark"
    _run_killed(tmp_path, project, files)
    # two reports whole, the third not at all (its row, text, sections and search rows rolled back together)
    assert _rows(project) == {"documents": 2, "document_texts": 2, "sections": 2, "search_texts": 2}
    store = ops.open_project(project, create=False)
    try:
        held = [d.source_name for d in store.documents.all()]
        assert held == [files[0].name, files[1].name]
        assert store.search.ensure() == 0  # nothing left to index: no report shows without its search rows
        left = import_journal.interrupted(project, ((d.source_name, d.content_hash) for d in store.documents.all()))
    finally:
        store.close()
    assert left == files[2:]  # the half-written one is offered again


def test_files_of_the_same_name_in_different_folders_are_all_offered_again(tmp_path: Path) -> None:
    """A folder of counties' folders, each with its 2023年工作总结.txt: once the first was in, the journal took
    every file of that name for imported, and the other counties' reports were never offered again."""
    files = [
        _report(tmp_path / "reports" / county / "2023年工作总结.txt", county)
        for county in ("甲县", "乙县", "丙县", "丁县")
    ]
    project = tmp_path / "p.reportmark"
    _run_killed(tmp_path, project, files)
    store = ops.open_project(project, create=False)
    try:
        assert len(store.documents.all()) == 2
        left = import_journal.interrupted(project, ((d.source_name, d.content_hash) for d in store.documents.all()))
    finally:
        store.close()
    assert left == files[2:]


def test_only_files_of_a_name_the_project_holds_are_read_again(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Reopening runs on the window's thread: it reads (hashes) the files the import reached, not all 500."""
    files = [_report(tmp_path / "reports" / f"县{i}_2023年工作总结.txt", f"第{i}县") for i in range(5)]
    project = tmp_path / "p.reportmark"
    _run_killed(tmp_path, project, files)
    store = ops.open_project(project, create=False)
    try:
        held = [(d.source_name, d.content_hash) for d in store.documents.all()]
    finally:
        store.close()
    read: list[str] = []
    real = import_journal._sha256
    monkeypatch.setattr(import_journal, "_sha256", lambda f: read.append(f.name) or real(f))
    assert import_journal.interrupted(project, held) == files[2:]
    assert read == [files[0].name, files[1].name]
