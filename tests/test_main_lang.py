"""`--lang en` translates the command line's own lines (labels, outcomes, notes, errors); report text stays."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "2020_市经信局_工作总结和2021年工作计划.txt"
# what the command line itself writes before a value: a label and its colon, an outcome word, a note
OWN_CHINESE = re.compile(r"^(?:标题|发布机构|日期|文号|字体|已导入|已存在|已拒绝|错误|共 |文档 |注：|疑似乱码)")


def run(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"REPORTMARK_HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True, env=env, cwd=ROOT
    )


def _own_chinese(text: str) -> list[str]:
    return [line for line in text.splitlines() if OWN_CHINESE.match(line.strip())]


def test_inspect_in_english_labels_every_line_in_english(tmp_path: Path) -> None:
    out = run("--lang", "en", "inspect", SEED, home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert _own_chinese(out.stdout) == []
    assert "Title: 市经信局2020年工作总结和2021年工作计划" in out.stdout.splitlines()  # the report's title as written
    assert re.search(r"^Script: Simplified\s+Text length: \d+$", out.stdout, re.M)
    chinese = run("inspect", SEED, home=tmp_path)
    assert "标题：市经信局2020年工作总结和2021年工作计划" in chinese.stdout.splitlines()  # the default stays Chinese


def test_import_list_search_and_errors_in_english(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    imported = run("--lang", "en", "--project", project, "import", SEED, home=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("Imported: ")
    assert _own_chinese(imported.stdout) == []
    listed = run("--lang", "en", "--project", project, "search", "工业", home=tmp_path)
    assert re.search(r"^Hits: \d+$", listed.stdout, re.M), listed.stdout
    bad = run(
        "--lang", "en", "--project", project, "export", "--out", tmp_path / "x.csv", "--docs", "1,x", home=tmp_path
    )
    assert bad.returncode == 1
    assert bad.stderr.startswith("Error: "), bad.stderr
    missing = run("--lang", "en", "--project", project, "inspect", tmp_path / "none.txt", home=tmp_path)
    assert missing.returncode == 1 and missing.stderr.startswith("Error: "), missing.stderr


CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def test_help_in_english_has_no_chinese(tmp_path: Path) -> None:
    for args in (("--help",), ("export", "--help"), ("suggest", "--help"), ("import", "--help")):
        out = run("--lang", "en", *args, home=tmp_path)
        assert out.returncode == 0, out.stderr
        assert CJK.findall(out.stdout) == [], out.stdout
    english = run("--lang=en", "--help", home=tmp_path)
    assert "interface language" in english.stdout and "options:" in english.stdout
    chinese = run("export", "--help", home=tmp_path)  # the default stays Chinese
    assert "用法：" in chinese.stdout and "连同尚未确认的建议一起导出" in chinese.stdout


def test_argparse_errors_in_english(tmp_path: Path) -> None:
    out = run("--lang", "en", "export", home=tmp_path)
    assert out.returncode == 2
    assert "the following arguments are required: --out" in out.stderr
    assert CJK.findall(out.stderr) == [], out.stderr
    chinese = run("export", home=tmp_path)
    assert "缺少必需的参数：--out" in chinese.stderr


def test_errors_from_models_reach_an_english_user_in_english(tmp_path: Path) -> None:
    """The domain (models/) writes its sentences in Chinese; main.py puts them in the language of --lang."""
    import sqlite3

    notes = tmp_path / "notes.reportmark"
    notes.write_text("这不是项目文件，只是一段文字。" * 40, encoding="utf-8")
    foreign = tmp_path / "other.reportmark"
    sqlite3.connect(foreign).execute("CREATE TABLE things (x)").connection.close()
    cases = {
        notes: "Error: Cannot open the project “notes.reportmark”: the file is damaged or not a ReportMark project.",
        foreign: "Error: “other.reportmark” is not a ReportMark project file (it is another program's database).",
        tmp_path / "none.reportmark": f"Error: The project file does not exist: {tmp_path / 'none.reportmark'}.",
    }
    for project, said in cases.items():
        out = run("--lang", "en", "--project", project, "list", home=tmp_path)
        assert out.returncode == 1
        assert out.stderr.startswith(said), out.stderr
        assert CJK.findall(out.stderr) == [], out.stderr
    chinese = run("--project", foreign, "list", home=tmp_path)  # the default stays Chinese
    said = "错误：“other.reportmark”不是报告标注项目文件（它是别的程序的数据库）。"
    assert chinese.stderr.startswith(said), chinese.stderr


def test_refused_files_are_refused_in_english(tmp_path: Path) -> None:
    """The readers (models/ingest) refuse in Chinese; `--lang en import` says it in English, file names as they are."""
    import zipfile

    empty = tmp_path / "空白报告.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "程序.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    damaged = tmp_path / "损坏.docx"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>")
    damaged.write_bytes(damaged.read_bytes()[:-30])  # cut short: not a readable package
    other = tmp_path / "表格.xlsx"
    other.write_bytes(b"PK\x03\x04")
    cases = {
        empty: "The file “空白报告.txt” is empty: it has no text to read.",
        binary: "The file “程序.txt” contains binary data (zero bytes); it is not a text file.",
        damaged: "The file “损坏.docx” is not a valid .docx document (it is damaged or not a Word document).",
        other: "Cannot read the file “表格.xlsx”: files of type “.xlsx” are not supported. The supported types are "
        ".txt, .docx, .doc, .wps, .html/.htm, .pdf, .ofd and scanned images (.png/.jpg/.tif).",
    }
    project = tmp_path / "p.reportmark"
    for path, said in cases.items():
        out = run("--lang", "en", "--project", project, "import", path, home=tmp_path)
        assert out.returncode == 1, out.stderr
        lines = out.stdout.splitlines()
        assert lines == [f"Refused: {path}: {said}"], out.stdout
        assert CJK.findall(out.stdout.replace(str(path), "").replace(path.name, "")) == [], out.stdout
    chinese = run("--project", project, "import", empty, home=tmp_path)  # the default stays Chinese
    assert chinese.stdout.splitlines() == [f"已拒绝：{empty}：文件“空白报告.txt”是空的，没有可读的文字。"]


def test_a_scans_page_progress_is_in_english(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """`import` prints a line per OCR page on stderr: it said 扫描件.pdf（文字识别 1/2 页） under --lang en."""
    import shutil

    import main
    from models import importing
    from ui.cli_text import use_language

    scan = tmp_path / "扫描件.txt"
    shutil.copy(SEED, scan)
    real = importing.import_file

    def reading_pages(store, path, *, page_progress=None, cancelled=None, **options):  # type: ignore[no-untyped-def]
        page_progress(1, 2)  # OCR is slow and optional: the reader reports its pages as OCR does
        return real(store, path, **options)

    monkeypatch.setattr(importing, "import_file", reading_pages)
    monkeypatch.setenv("REPORTMARK_HOME", str(tmp_path))
    try:
        code = main.main(["--lang", "en", "--project", str(tmp_path / "p.reportmark"), "import", str(scan)])
    finally:
        use_language(None)
    assert code == 0
    assert "  扫描件.txt (OCR: 1 of 2 pages read)" in capsys.readouterr().err.splitlines()
