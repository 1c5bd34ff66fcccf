"""The command line: inspect's JSON shape, import/list, refusals as one line with exit 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "2020_市经信局_工作总结和2021年工作计划.txt"


def run(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"REPORTMARK_HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True, env=env, cwd=ROOT
    )


def test_inspect_json_has_the_documented_shape(tmp_path: Path) -> None:
    out = run("inspect", SEED, "--json", home=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {
        "title", "issuer", "date", "doc_number", "script", "text_length", "sections", "suspect", "options"
    }  # fmt: skip
    assert data["script"] == "simplified"
    assert data["title"] == "市经信局2020年工作总结和2021年工作计划"
    assert not list(tmp_path.iterdir()), "inspect must not create a project"


def test_inspect_prints_the_options_of_a_corpus_report(tmp_path: Path) -> None:
    report = next((ROOT / "tests" / "corpus" / "reports").glob("375_*"))  # title12: 373 now joins 2 lines
    data = json.loads(run("inspect", report, "--json", home=tmp_path).stdout)
    assert set(data["options"]) == {"title", "issuer", "date"}
    titles = data["options"]["title"]
    assert titles[0]["chosen"] and titles[0]["value"] == data["title"]
    assert len(titles) >= 2 and all(t["source"] for t in titles)
    first = titles[0]
    assert first["start"] is not None and first["end"] - first["start"] == len(first["value"])
    plain = run("inspect", report, home=tmp_path).stdout
    assert f"标题候选：{data['title']}（{titles[0]['source']}）" in plain


def test_import_list_and_duplicate(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    first = run("import", SEED, "--project", project, home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("已导入")
    again = run("--project", project, "import", SEED, home=tmp_path)
    assert again.returncode == 0
    assert again.stdout.startswith("已存在")
    listed = json.loads(run("list", "--json", "--project", project, home=tmp_path).stdout)
    assert [d["title"] for d in listed] == ["市经信局2020年工作总结和2021年工作计划"]


@pytest.mark.parametrize("name,content", [("空.txt", b""), ("图片.txt", b"\x89PNG\r\n\x1a\n" + bytes(200))])
def test_refused_file_is_one_line_exit_1_and_project_unchanged(tmp_path: Path, name: str, content: bytes) -> None:
    project = tmp_path / "p.reportmark"
    assert run("import", SEED, "--project", project, home=tmp_path).returncode == 0
    before = run("list", "--json", "--project", project, home=tmp_path).stdout
    bad = tmp_path / name
    bad.write_bytes(content)
    out = run("import", bad, "--project", project, home=tmp_path)
    assert out.returncode == 1
    assert out.stdout.strip().startswith("已拒绝") and name in out.stdout
    assert "Traceback" not in out.stdout + out.stderr
    assert run("list", "--json", "--project", project, home=tmp_path).stdout == before


def test_missing_file_error_is_one_line(tmp_path: Path) -> None:
    out = run("inspect", tmp_path / "没有.txt", home=tmp_path)
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "没有.txt" in out.stderr


def test_suggest_prints_items_and_accept_stores_them(tmp_path: Path) -> None:
    out = run("suggest", SEED, "--json", home=tmp_path)
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert items and set(items[0]) == {"tag", "start", "end", "text", "attributes", "confidence"}
    assert any(i["tag"] == "指标" and "5G基站" in i["text"] for i in items)
    project = tmp_path / "p.reportmark"
    assert run("import", "--project", project, tmp_path / "none.txt", home=tmp_path).returncode == 1
    stored = run("suggest", SEED, "--accept", "--project", project, home=tmp_path)
    assert stored.returncode == 0, stored.stderr
    listed = json.loads(run("list", "--json", "--project", project, home=tmp_path).stdout)
    assert listed[0]["annotations"] == len({(i["tag"], i["start"], i["end"]) for i in items})


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["list", "--json"],
        ["suggest"],
        ["suggest", "1"],
        ["export", "--out", "x.csv"],
        ["search", "基站"],
        ["compare", "1", "2"],
    ],
)
def test_commands_other_than_import_refuse_a_missing_project(tmp_path: Path, command: list[str]) -> None:
    # issue 14.12: a typo in --project must not create an empty project (nor its folders)
    typo = tmp_path / "no" / "such" / "typo.reportmark"
    out = run(*command, "--project", typo, home=tmp_path / "home")
    assert out.returncode == 1, out.stdout + out.stderr
    assert out.stderr.count("\n") == 1 and "typo.reportmark" in out.stderr and "不存在" in out.stderr
    assert not (tmp_path / "no").exists()
    default = run(*command, home=tmp_path / "home")
    assert default.returncode == 1 and not any((tmp_path / "home").glob("*.reportmark"))


def test_import_creates_the_project(tmp_path: Path) -> None:
    project = tmp_path / "new" / "p.reportmark"
    assert run("import", SEED, "--project", project, home=tmp_path).returncode == 0
    assert project.exists()


def test_readme_suggest_line_works_and_stores_suggestions_for_review(tmp_path: Path) -> None:
    # issue 14.11: the README says `main.py suggest --project P`
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "main.py suggest --project P" in readme
    project = tmp_path / "p.reportmark"
    run("import", SEED, "--project", project, home=tmp_path)
    out = run("suggest", "--project", project, home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "在窗口中审阅" in out.stdout
    listed = json.loads(run("list", "--json", "--project", project, home=tmp_path).stdout)
    assert listed[0]["annotations"] == 0  # stored as suggestions, not as accepted annotations
    from models.store import Store

    store = Store.open(project)
    assert store.annotations.count(listed[0]["id"], statuses=("suggested",)) > 10
    store.close()


def test_argparse_speaks_chinese(tmp_path: Path) -> None:
    out = run("compare", "1", home=tmp_path)
    assert out.returncode == 2
    assert "用法" in out.stderr and "缺少必需的参数" in out.stderr
    assert "usage" not in out.stderr and "required" not in out.stderr
    helped = run("list", "--help", home=tmp_path)
    assert "显示本帮助并退出" in helped.stdout and "options" not in helped.stdout
    bad = run("export", "--out", "x", "--format", "doc", home=tmp_path)
    assert "无效的选项" in bad.stderr


def test_compare_lists_the_indicators_the_window_shows(tmp_path: Path) -> None:
    # issue 14.2: the CLI and the window call one function; the same figures come out of both
    project = tmp_path / "p.reportmark"
    trad = ROOT / "seeds" / "2020_县科经局_工作总结及2021年工作要点_繁体.txt"
    run("import", SEED, trad, "--project", project, home=tmp_path)
    out = run("compare", "1", "2", "--json", "--project", project, home=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["indicator_sources"] == {"left": "found", "right": "found"}
    from models.compare import compare_documents
    from models.store import Store

    store = Store.open(project)
    assert store.annotations.count(1, statuses=("accepted", "suggested")) == 0  # compare wrote nothing
    assert compare_documents(store, 1, 2).to_json() == data
    store.close()
    text = run("compare", "1", "2", "--project", project, home=tmp_path).stdout
    assert "临时找出的指标建议" in text


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json", "qdpx", "ledger"])
def test_exports_are_written_with_the_users_normal_permissions(tmp_path: Path, fmt: str) -> None:
    # issue 14.13: not -rw------- whatever the umask
    import os
    import stat

    project = tmp_path / "p.reportmark"
    run("import", SEED, "--project", project, home=tmp_path)
    run("suggest", "1", "--accept", "--project", project, home=tmp_path)
    suffix = {"ledger": "xlsx"}.get(fmt, fmt)
    for umask, mode in ((0o022, 0o644), (0o002, 0o664)):
        out = tmp_path / f"out{umask}.{suffix}"
        old = os.umask(umask)
        try:
            done = run("export", "--out", out, "--format", fmt, "--project", project, home=tmp_path)
        finally:
            os.umask(old)
        assert done.returncode == 0, done.stderr
        assert stat.S_IMODE(out.stat().st_mode) == mode, oct(out.stat().st_mode)


def test_export_of_nothing_confirmed_says_how_many_suggestions_wait(tmp_path: Path) -> None:
    """QA day: after `suggest --project P`, `export --tags 指标` wrote 0 rows with no word about the
    hundreds of suggestions stored for review; the clerk is told and shown the option."""
    project = tmp_path / "p.reportmark"
    run("import", SEED, "--project", project, home=tmp_path)
    run("suggest", "--project", project, home=tmp_path)
    out = run("export", "--out", tmp_path / "指标.csv", "--tags", "指标", "--project", project, home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "已导出 0 条标注" in out.stdout
    assert "条建议尚未确认" in out.stdout and "--include-suggested" in out.stdout
    both = run("export", "--out", tmp_path / "全部.csv", "--include-suggested", "--project", project, home=tmp_path)
    assert "尚未确认" not in both.stdout
    helped = run("export", "--help", home=tmp_path)
    assert "--include-suggested" in helped.stdout and "建议" in helped.stdout.split("--include-suggested")[-1]


def test_import_of_a_scan_reports_each_page_read_on_stderr(tmp_path: Path) -> None:
    # OCR takes seconds a page: the clerk at a terminal sees it move, and stdout keeps only the outcome lines
    project = tmp_path / "p.reportmark"
    scan = ROOT / "tests" / "fixtures" / "formats" / "zhangjiagang_2020_scan_p2.png"
    out = run("import", scan, SEED, "--project", project, home=tmp_path)
    assert out.returncode == 0, out.stderr
    pages = [line for line in out.stderr.splitlines() if "文字识别" in line]
    assert pages and pages[-1].endswith("页）"), out.stderr
    assert "zhangjiagang_2020_scan_p2.png" in pages[0]
    assert any(line.startswith("[2/2]") for line in out.stderr.splitlines()), out.stderr
    assert [line[:3] for line in out.stdout.splitlines()] == ["已导入", "已导入"]


@pytest.mark.parametrize(
    ("fmt", "name", "written"), [("ledger", "x.ledger", "x.ledger.xlsx"), ("csv", "台账", "台账.csv")]
)
def test_an_export_named_with_an_unknown_suffix_gets_the_formats_suffix(
    tmp_path: Path, fmt: str, name: str, written: str
) -> None:
    """`export --format ledger --out x.ledger` wrote an xlsx under .ledger, which nothing opens."""
    import openpyxl

    project = tmp_path / "p.reportmark"
    run("import", SEED, "--project", project, home=tmp_path)
    run("suggest", "1", "--accept", "--project", project, home=tmp_path)
    done = run("export", "--format", fmt, "--out", tmp_path / name, "--project", project, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / name).exists()
    assert (tmp_path / written).is_file()
    assert str(tmp_path / written) in done.stdout  # the path written is said
    if written.endswith(".xlsx"):
        openpyxl.load_workbook(tmp_path / written).close()


def test_an_export_with_a_known_suffix_is_written_where_named(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    run("import", SEED, "--project", project, home=tmp_path)
    done = run("export", "--format", "ledger", "--out", tmp_path / "台账.xlsx", "--project", project, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "台账.xlsx").is_file() and str(tmp_path / "台账.xlsx") in done.stdout


def test_a_project_written_by_the_command_line_is_whole_in_its_one_file(tmp_path: Path) -> None:
    # a clerk imports from the command line, then copies the .reportmark to a colleague: the copy must hold the
    # reports (the command closes its project, so SQLite folds the write-ahead log into the file)
    import shutil

    project = tmp_path / "p.reportmark"
    assert run("import", SEED, "--project", project, home=tmp_path).returncode == 0
    assert run("suggest", "--project", project, home=tmp_path).returncode == 0
    assert not project.with_name("p.reportmark-wal").exists()
    copy = tmp_path / "copy" / "p.reportmark"
    copy.parent.mkdir()
    shutil.copyfile(project, copy)
    listed = json.loads(run("list", "--json", "--project", copy, home=tmp_path).stdout)
    assert [d["title"] for d in listed] == ["市经信局2020年工作总结和2021年工作计划"]


def test_inspect_json_says_null_for_a_report_without_a_title(tmp_path: Path) -> None:
    """The window lists such a report under its file name (grey italics); the JSON does not pass that off as a title."""
    notes = tmp_path / "notes_v3.txt"
    notes.write_text(
        "一是加强管理，提高效率。\n二是做好服务工作，确保各项任务落实。\n三是强化督查。\n", encoding="utf-8"
    )
    data = json.loads(run("inspect", notes, "--json", home=tmp_path).stdout)
    assert data["title"] is None
