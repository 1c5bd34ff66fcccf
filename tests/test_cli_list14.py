"""`main.py list --json`: an untitled report's title is null (its file name is in source_name), as inspect says."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import SEED, run


def test_list_json_gives_null_for_a_report_without_a_title(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    untitled = tmp_path / "无题.txt"
    untitled.write_text("全年新增就业2100人，完成目标任务的105%。\n" * 3, encoding="utf-8")
    assert json.loads(run("inspect", untitled, "--json", home=tmp_path).stdout)["title"] is None
    assert run("import", SEED, untitled, "--project", project, home=tmp_path).returncode == 0

    listed = json.loads(run("list", "--json", "--project", project, home=tmp_path).stdout)

    by_file = {d["source_name"]: d["title"] for d in listed}
    assert by_file == {SEED.name: "市经信局2020年工作总结和2021年工作计划", "无题.txt": None}
