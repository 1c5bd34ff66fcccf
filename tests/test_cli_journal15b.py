"""A command-line import killed halfway leaves the same journal as the window's, so reopening offers the rest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from models import import_journal

ROOT = Path(__file__).resolve().parents[1]

# The CLI run under test, killed (os._exit, as kill -9 would) while reading its third file.
_KILLED_RUN = """
import os, sys
from models import importing
real = importing.import_file
seen = []
def dying(store, path, **kw):
    seen.append(path)
    if len(seen) == 3:
        os._exit(9)
    return real(store, path, **kw)
importing.import_file = dying
import main
sys.exit(main.main(sys.argv[1:]))
"""


def _reports(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    out = []
    for i in range(n):
        p = folder / f"县{i}_2023年工作总结.txt"
        p.write_text(f"某县{i}2023年工作总结\n\n一、主要工作\n全县规模以上工业增加值增长{i}%。\n", encoding="utf-8")
        out.append(p)
    return out


def test_a_killed_command_line_import_leaves_the_files_it_did_not_reach(tmp_path: Path) -> None:
    files = _reports(tmp_path / "reports", 5)
    project = tmp_path / "p.reportmark"
    env = {"REPORTMARK_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", _KILLED_RUN, "--project", str(project), "import", *map(str, files)],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    assert out.returncode == 9, out.stderr
    assert import_journal.path_for(project).exists()
    from models import ops

    store = ops.open_project(project, create=False)
    try:
        docs = store.documents.all()
    finally:
        store.close()
    assert sorted(d.source_name for d in docs) == [files[0].name, files[1].name]
    left = import_journal.interrupted(project, ((d.source_name, d.content_hash) for d in docs))
    assert [f.name for f in left] == [f.name for f in files[2:]]


def test_a_finished_command_line_import_leaves_no_journal(tmp_path: Path) -> None:
    files = _reports(tmp_path / "reports", 2)
    project = tmp_path / "p.reportmark"
    env = {"REPORTMARK_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--project", str(project), "import", *map(str, files)],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert not import_journal.path_for(project).exists()


def test_every_option_of_export_and_compare_says_what_it_is(tmp_path: Path) -> None:
    """export --help listed “--out OUT” and compare “a”, “b” with nothing beside them: a clerk could not tell what
    to give."""
    env = {"REPORTMARK_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    for command, options in (("export", ["--out", "--format"]), ("compare", ["a", "b", "--json"])):
        out = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), command, "--help"], capture_output=True, text=True, env=env
        )
        lines = out.stdout.splitlines()
        for option in options:
            i = next(k for k, line in enumerate(lines) if line.strip().startswith(option) and "," not in line[:6])
            beside = lines[i].strip()[len(option) :].strip().removeprefix(option.lstrip("-").upper()).strip()
            below = lines[i + 1].strip() if i + 1 < len(lines) and lines[i + 1].startswith(" " * 10) else ""
            assert beside or below, f"{command} {option}: {lines[i]!r}"
