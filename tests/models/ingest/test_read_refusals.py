"""Files the reader refuses: each with a plain Chinese message that names the file."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from models.errors import DecodeError, EmptyDocument, ReportMarkError, UnsupportedFormat
from models.ingest.read import MAX_TEXT_BYTES, read_bytes, read_file

FORMATS = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "formats"


def _refusal(exc_type: type[ReportMarkError], path: Path, *words: str) -> str:
    with pytest.raises(exc_type) as info:
        read_file(path)
    message = info.value.user_message
    assert path.name in message
    for word in words:
        assert word in message, message
    return message


def test_png_saved_as_txt_is_refused_as_an_image() -> None:
    _refusal(UnsupportedFormat, FORMATS / "fake_image.txt", "PNG", "图片")


def test_corrupt_docx_is_refused() -> None:
    _refusal(DecodeError, FORMATS / "corrupt.docx", "损坏")


def test_truncated_gbk_is_refused_not_silently_cut() -> None:
    _refusal(DecodeError, FORMATS / "truncated_gbk.txt", "半截", "GB18030")


def test_truncated_utf8_is_refused() -> None:
    data = "工作总结，增长12.5%".encode()[:-1] + "字".encode()[:2]
    with pytest.raises(DecodeError, match="半截"):
        read_bytes(data, "cut.txt")


def test_scanned_pdf_is_refused_as_a_scan() -> None:
    _refusal(DecodeError, FORMATS / "scanned.pdf", "扫描件", "没有可提取的文字")


@pytest.mark.parametrize("data", [b"", b"   \r\n\t ", "\u3000\u3000\n".encode(), b"\xef\xbb\xbf"])
def test_empty_or_whitespace_text_is_an_empty_document(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "空白.txt"
    path.write_bytes(data)
    _refusal(EmptyDocument, path)


def test_binary_file_with_nul_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 40)
    _refusal(DecodeError, path, "二进制")


def test_control_characters_mean_not_text() -> None:
    data = ("工作" + "\x01\x02\x03\x04" * 10 + "总结").encode()
    with pytest.raises(DecodeError, match="控制字符"):
        read_bytes(data, "ctl.txt")


def test_undecodable_high_bytes_are_refused() -> None:
    data = bytes(range(0x80, 0x100)) * 40
    with pytest.raises(DecodeError) as info:
        read_bytes(data, "noise.txt")
    assert "编码" in info.value.user_message and "noise.txt" in info.value.user_message


def test_random_bytes_are_refused_with_a_reader_error() -> None:
    data = os.urandom(4096)
    with pytest.raises(ReportMarkError) as info:
        read_bytes(data, "random.txt")
    assert "random.txt" in info.value.user_message


@pytest.mark.parametrize(
    ("magic", "word"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"%PDF-1.7\n", "PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "旧版 Office"),
    ],
)
def test_other_binary_formats_with_txt_suffix_are_named(magic: bytes, word: str) -> None:
    with pytest.raises(UnsupportedFormat) as info:
        read_bytes(magic + b"\x00" * 64, "伪装.txt")
    assert word in info.value.user_message and "伪装.txt" in info.value.user_message


@pytest.mark.parametrize("name", ["report.xlsx", "report.pptx", "report", "image.gif"])
def test_unsupported_suffix_lists_supported_types(name: str) -> None:
    with pytest.raises(UnsupportedFormat) as info:
        read_bytes("内容".encode(), name)
    message = info.value.user_message
    assert name in message
    for suffix in (".txt", ".docx", ".html", ".pdf"):
        assert suffix in message


def test_doc_that_is_not_a_word_file_is_refused() -> None:
    with pytest.raises(DecodeError, match=r"不是有效的Word 97–2003 文档"):
        read_bytes(b"x", "旧文档.doc")


def test_missing_file(tmp_path: Path) -> None:
    _refusal(DecodeError, tmp_path / "不存在.txt", "找不到")


def test_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "报告.txt"
    folder.mkdir()
    _refusal(DecodeError, folder, "文件夹")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "锁定.txt"
    path.write_text("工作总结", encoding="utf-8")
    path.chmod(0)
    try:
        _refusal(DecodeError, path, "权限")
    finally:
        path.chmod(0o644)


def test_not_a_zip_docx_is_refused() -> None:
    with pytest.raises(DecodeError) as info:
        read_bytes("这其实是文本".encode(), "假的.docx")
    assert "假的.docx" in info.value.user_message


def test_old_doc_renamed_docx_is_explained() -> None:
    with pytest.raises(DecodeError, match="旧版 Word"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "改名.docx")


def test_zip_without_word_document_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(DecodeError, match="不是 Word 文档"):
        read_bytes(buffer.getvalue(), "包.docx")


def test_zip_bomb_docx_is_refused_before_inflating() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(210):
                member.write(chunk)
    data = buffer.getvalue()
    assert len(data) < 2 * 1024 * 1024
    with pytest.raises(DecodeError, match="解压后超过 200 MB"):
        read_bytes(data, "炸弹.docx")


def test_not_a_pdf_is_refused() -> None:
    with pytest.raises(DecodeError, match="不是有效的 PDF"):
        read_bytes("文本".encode(), "假的.pdf")


def test_damaged_pdf_is_refused() -> None:
    data = (FORMATS / "report_text.pdf").read_bytes()
    with pytest.raises(ReportMarkError) as info:
        read_bytes(data[:400], "残缺.pdf")
    assert "残缺.pdf" in info.value.user_message


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(FORMATS / "report_text.pdf").pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "加密.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    _refusal(DecodeError, path, "密码")


def test_text_over_the_size_bound_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "巨大.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: a 50 MB file without writing 50 MB
    _refusal(DecodeError, path, f"{MAX_TEXT_BYTES // (1024 * 1024)} MB")


def test_text_file_at_the_size_bound_is_read(tmp_path: Path) -> None:
    line = "（一）全市地区生产总值增长12.5%，规模以上工业增加值增长8.3%。\n".encode("gb18030")
    path = tmp_path / "大文件.txt"
    count = MAX_TEXT_BYTES // len(line)
    path.write_bytes(line * count)
    raw = read_file(path)
    assert raw.encoding == "gb18030"
    assert len(raw.text) == count * len(line.decode("gb18030"))


def test_permission_denied_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import models.ingest.read as read_module

    path = tmp_path / "受限.txt"
    path.write_text("工作总结", encoding="utf-8")
    monkeypatch.setattr(read_module.os, "access", lambda *_args: False)
    _refusal(DecodeError, path, "权限")


def test_truncation_after_the_sample_is_still_refused() -> None:
    line = "全市地区生产总值增长12.5%。\n".encode("gb18030")
    data = line * 20000 + "末".encode("gb18030")[:1]
    with pytest.raises(DecodeError, match="半截"):
        read_bytes(data, "long.txt")
