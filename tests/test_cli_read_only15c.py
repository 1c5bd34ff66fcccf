"""The command line reads a project in a read-only folder (list, search, export, compare) as the window does."""

from __future__ import annotations

import subprocess
from pathlib import Path

from models import ops
from tests.models.harden.test_disk_errors import tmpfs
from tests.test_cli import ROOT, SEED, run

TRADITIONAL = ROOT / "seeds" / "2020_县科经局_工作总结及2021年工作要点_繁体.txt"


def test_reading_commands_work_on_a_read_only_project_and_changes_are_refused(tmp_path: Path) -> None:
    """Seen: `export --project` on a share mounted read-only said 无法打开 and wrote nothing."""
    with tmpfs(tmp_path, "16m") as fs:
        project = fs / "p.reportmark"
        store = ops.open_project(project)
        ops.import_files(store, [SEED, TRADITIONAL])
        store.close()
        subprocess.run(["mount", "-o", "remount,ro", str(fs)], check=True)
        listed = run("list", "--project", project, home=tmp_path)
        assert listed.returncode == 0, listed.stderr
        assert "市经信局" in listed.stdout
        found = run("search", "5G", "--project", project, home=tmp_path)
        assert found.returncode == 0, found.stderr
        out = tmp_path / "导出.csv"
        exported = run("export", "--out", out, "--project", project, home=tmp_path)
        assert exported.returncode == 0, exported.stderr
        assert out.exists()
        compared = run("compare", "1", "2", "--project", project, home=tmp_path)
        assert compared.returncode == 0, compared.stderr
        refused = run("suggest", "--project", project, home=tmp_path)  # would store suggestions: refused plainly
        assert refused.returncode == 1 and "只读" in refused.stderr, refused.stderr
        assert sorted(p.name for p in fs.iterdir()) == ["p.reportmark"]
