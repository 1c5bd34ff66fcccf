"""The documented command lines name the project's own `.venv`, never one machine's interpreter (issue 14.14)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmarks_use_the_readme_venv() -> None:
    files = [ROOT / "benchmarks" / "README.md", *sorted((ROOT / "benchmarks").glob("*.py"))]
    for path in files:
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"(\S*)bin/python\b", text):
            assert m.group(1) in (".venv/", "`.venv/"), f"{path.name}: {m.group(0)}"
        assert "/work/" not in text, path.name
    assert ".venv/bin/python benchmarks/run_all.py" in (ROOT / "benchmarks" / "README.md").read_text(encoding="utf-8")
    assert "bash .ci/setup" in (ROOT / "README.md").read_text(encoding="utf-8")
