"""Hostile files through the GUI's import path: each refused with its reason, the window stays alive."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from tests.ui.conftest import SEED_SIMPLIFIED

HOSTILE: dict[str, bytes] = {
    "空文件.txt": b"",
    "只有空白.txt": b" \n\t\n",
    "二进制.txt": bytes(range(256)) * 8,
    "其实是图片.txt": b"\x89PNG\r\n\x1a\n" + bytes(300),
    "半截GBK.txt": "一、工作总结\n全年完成投资12亿元。".encode("gb18030")[:-1],
    "损坏的文档.docx": b"PK\x03\x04not really a docx" + bytes(100),
    "空网页.html": b"<html><head><script>alert(1)</script></head><body></body></html>",
    "坏的.pdf": b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF",
    "程序.exe": b"MZ" + bytes(100),
}


def _zip_without_document() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    return buf.getvalue()


def test_hostile_folder_through_the_window(qtbot, window, dialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "混杂 文件夹"
    folder.mkdir()
    for name, data in {**HOSTILE, "压缩包.docx": _zip_without_document()}.items():
        (folder / name).write_bytes(data)
    (folder / "正常报告.txt").write_bytes(SEED_SIMPLIFIED.read_bytes())
    before = {d.id for d in window.store.documents.all()}

    window.import_paths([folder])
    qtbot.waitUntil(lambda: bool(dialogs["summaries"]), timeout=60_000)

    summary = dialogs["summaries"][0]
    assert "已导入 1 个文件" in summary
    refused = [n for n in HOSTILE if n.endswith((".txt", ".docx", ".html", ".pdf"))] + ["压缩包.docx"]
    for name in refused:
        assert name in summary, f"{name} has no reason in the summary"
    assert "Traceback" not in summary
    after = window.store.documents.all()
    assert len(after) == len(before) + 1
    assert window.isVisible()
    assert dialogs["errors"] == []
