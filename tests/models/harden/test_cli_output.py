"""The CLI never prints raw terminal controls: search output and echoed file names (issue 15, item 5);
and clear one-line errors instead of the generic apology (item 10)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import main
from models import ops
from models.failures import explain
from models.terminal import printable
from tests.models.conftest import add_plain_text

ESC_TEXT = "一、总体\n全年完成投资12亿元\x1b[2J\x1b]0;pwned\x07，增长\u202e8%\x9b31m。\n"


def test_printable_escapes_what_a_terminal_acts_on() -> None:
    out = printable(ESC_TEXT)
    for ch in "\x1b\x07\x9b\u202e":
        assert ch not in out
    assert "\\u001b" in out and "一、总体\n" in out and printable("\t") == "\t"


def test_search_output_is_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.reportmark"
    store = ops.open_project(project)
    add_plain_text(store, ESC_TEXT, title="标题\x1b[31m红")
    store.close()
    main.main(["search", "投资", "--project", str(project)])
    main.main(["list", "--project", str(project)])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "投资" in out


def test_echoed_file_names_are_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = tmp_path / "报告\x1b[31m.txt"
    name.write_text("一、总体情况\n全年完成投资12亿元。\n", encoding="utf-8")
    main.main(["import", str(name), str(tmp_path / "没有\x1b.txt"), "--project", str(tmp_path / "p.reportmark")])
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err
    assert "\\u001b" in captured.out


def test_a_locked_project_is_explained_not_apologised_for(tmp_path: Path) -> None:
    error = explain(sqlite3.OperationalError("database is locked"), tmp_path / "p.reportmark")
    assert error is not None and "另一个程序" in error.user_message
    full = explain(sqlite3.OperationalError("database or disk is full"), tmp_path / "p.reportmark")
    assert full is not None and "磁盘空间已满" in full.user_message
    assert explain(ValueError("a bug")) is None
