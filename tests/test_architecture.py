"""The one hard boundary: models/ never loads Qt, and heavy libraries load lazily; modules stay small."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules() -> list[str]:
    names = []
    for path in sorted((ROOT / "models").rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def _loaded_after_importing(modules: list[str]) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def test_models_never_import_qt() -> None:
    loaded = _loaded_after_importing(_modules())
    assert not any(m == "PySide6" or m.startswith(("PySide6.", "shiboken6")) for m in loaded)
    assert not any(m == "ui" or m.startswith("ui.") for m in loaded)


def test_heavy_libraries_are_not_loaded_at_import_time() -> None:
    loaded = _loaded_after_importing(_modules())
    for heavy in (
        "jieba",
        "docx",
        "pypdf",
        "xlsxwriter",
        "openpyxl",
        "bs4",
        "pypdfium2",
        "rapidocr_onnxruntime",
        "onnxruntime",
        "cv2",
        "numpy",
        "PIL",
    ):
        assert heavy not in loaded, f"{heavy} is imported at module load; import it where it is used"


def test_no_sql_outside_the_store() -> None:
    offenders = []
    for path in (ROOT / "models").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("models/store/") or rel == "models/migrations.py":
            continue
        text = path.read_text(encoding="utf-8")
        if "import sqlite3" in text or ".execute(" in text:
            offenders.append(rel)
    assert offenders == []


def test_ui_never_imports_sqlite3() -> None:
    """The store raises its own ``StoreError``; ui/ catches that and never sees SQLite (STYLE §1, §6)."""
    import ast

    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "sqlite3" or n.startswith("sqlite3.") for n in names):
                offenders.append(f"{path.relative_to(ROOT).as_posix()}:{node.lineno}")
    assert offenders == []


_UNDOCUMENTED_FOR_NOW: set[str] = set()


def test_public_models_functions_have_a_docstring() -> None:
    """STYLE §8: every public module-level function of models/ says in one line at least what it returns or does."""
    import ast

    missing = set()
    for path in (ROOT / "models").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            public = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_")
            if public and ast.get_docstring(node) is None:
                missing.add(f"{rel}:{node.name}")
    assert sorted(missing - _UNDOCUMENTED_FOR_NOW) == []


def test_ui_parts_are_built_and_typed_not_discovered() -> None:
    """Screens are built into ``MainWindow.screens``; nothing hangs untyped attributes on the window."""
    import re

    pattern = re.compile(
        r"SimpleNamespace|importlib|getattr\((self\.)?(window|main)\b|shiboken6\.isValid\((self\.)?window"
    )
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(ROOT).as_posix()}:{number}: {line.strip()}")
    assert offenders == []


MAX_LINES = 400  # STYLE.md: a module stays under ~400 lines; split by responsibility before that


def test_every_module_stays_under_400_lines() -> None:
    """Every module of models/ and ui/ (and main.py) is split by responsibility before it reaches 400 lines."""
    paths = [*(ROOT / "models").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), ROOT / "main.py"]
    over = sorted(
        f"{path.relative_to(ROOT).as_posix()}: {count}"
        for path in paths
        if (count := len(path.read_text(encoding="utf-8").splitlines())) >= MAX_LINES
    )
    assert over == [], f"split these modules by responsibility: {over}"
