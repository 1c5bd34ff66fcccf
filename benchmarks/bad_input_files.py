"""The files of the bad-input sweep: broken, hostile and odd-format inputs written into a folder."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

from _common import ROOT

SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]


def make_inputs(folder: Path, quick: bool) -> list[Path]:
    seed_text = SEED.read_text(encoding="utf-8")
    rng = random.Random(5)
    files: dict[str, bytes | None] = {
        "empty.txt": b"",
        "whitespace.txt": b" \n\t\r\n   \xe3\x80\x80\n",
        "binary.txt": bytes(rng.randrange(256) for _ in range(4096)),
        "nul_bytes.txt": seed_text.encode("utf-8")[:2000] + b"\0\0\0" + seed_text.encode("utf-8")[2000:4000],
        "truncated_utf8.txt": seed_text.encode("utf-8")[:1001],
        "truncated_gbk.txt": seed_text.encode("gb18030")[:1001],
        "mixed_encodings.txt": seed_text[:500].encode("utf-8") + seed_text[500:1000].encode("gb18030"),
        "big5_in_utf8_name.txt": seed_text[:2000].encode("big5", errors="replace"),
        "utf16_no_bom.txt": seed_text[:2000].encode("utf-16-le"),
        "utf16_bom.txt": seed_text[:2000].encode("utf-16"),
        "utf32.txt": seed_text[:500].encode("utf-32"),
        "png_as_txt.txt": b"\x89PNG\r\n\x1a\n" + bytes(500),
        "jpeg_as_txt.txt": b"\xff\xd8\xff\xe0" + bytes(500),
        "pdf_as_txt.txt": b"%PDF-1.4\n" + bytes(200),
        "zip_as_txt.txt": b"PK\x03\x04" + bytes(200),
        "exe.exe": b"MZ" + bytes(200),
        "no_suffix": seed_text.encode("utf-8"),
        "unknown.xyz": b"hello",
        "one_line_1mb.txt": ("规上工业增加值增长5%，" * 90_000).encode("utf-8"),
        "ten_thousand_headings.txt": "\n".join(f"{i}.第{i}项工作" for i in range(1, 10_001)).encode("utf-8"),
        "deep_numbering.txt": "\n".join(
            ["一、总体", "（一）分项", "1.细项", "（1）小项", "①要点", "第一部分 附录"] * 2000
        ).encode("utf-8"),
        "only_punctuation.txt": ("。，、；：？！" * 1000).encode("utf-8"),
        "control_chars.txt": ("\x01\x02\x03\x1b[31m" * 500).encode("utf-8"),
        "rtl_and_emoji.txt": ("工作总结 😀 𠮷 مرحبا \u202e反转\u202c\n" * 200).encode("utf-8"),
        "lone_surrogate_escape.txt": b"\xed\xa0\x80" * 100 + seed_text.encode("utf-8")[:300],
        "bom_only.txt": b"\xef\xbb\xbf",
        "crlf_old_mac.txt": seed_text[:3000].replace("\n", "\r").encode("utf-8"),
        "html_scripts.html": (
            "<html><head><meta charset='utf-8'><script>alert(1);fetch('http://127.0.0.1:9/x')</script>"
            "<style>body{}</style></head><body><nav>首页 > 新闻</nav><h1>某局工作总结</h1>"
            "<p>一、主要工作</p><p>全年完成投资12亿元。</p><img src='http://127.0.0.1:9/a.png'>"
            "<iframe src='http://127.0.0.1:9/'></iframe></body></html>"
        ).encode(),
        "html_10mb_markup.html": (
            "<html><body>"
            + "<div><span class='x'>" * 50_000
            + "正文内容一、工作"
            + "</span></div>" * 50_000
            + "</body></html>"
        ).encode("utf-8"),
        "html_empty.html": b"<html><head><script>var a=1;</script></head><body></body></html>",
        "html_gbk_meta.htm": (
            "<html><head><meta charset='gb2312'></head><body><p>一、工作总结</p><p>增长10%</p></body></html>"
        ).encode("gbk"),
        "corrupt.docx": b"PK\x03\x04this is not really a docx" + bytes(300),
        "not_zip.docx": b"plain text pretending to be docx",
        "empty.docx": b"",
        "zip_without_document.docx": _zip({"hello.txt": b"hi"}),
        "docx_zip_bomb.docx": _bomb(),
        "corrupt.pdf": b"%PDF-1.4\n1 0 obj <<>> endobj trailer <<>>\n%%EOF",
        "empty.pdf": b"",
        "not_pdf.pdf": b"hello world",
        "name with spaces.txt": seed_text[:1500].encode("utf-8"),
        "中文名字（修订稿）.txt": seed_text[:1600].encode("utf-8"),
        "quotes'\"and`ticks.txt": seed_text[:1700].encode("utf-8"),
        "semicolon;rm -rf x.txt": seed_text[:1800].encode("utf-8"),
        "very_long_name_" + "长" * 60 + ".txt": seed_text[:1900].encode("utf-8"),
        ".hidden.txt": seed_text[:2100].encode("utf-8"),
        "duplicate_of_seed.txt": SEED.read_bytes(),
        "gb18030_good.txt": seed_text.encode("gb18030"),
        "latin1.txt": "Résumé of the année - naïve café".encode("latin-1"),
        "question_marks.txt": ("???????" * 500).encode("ascii"),
        "replacement_chars.txt": ("\ufffd" * 300 + seed_text[:300]).encode("utf-8"),
        "a_directory": None,
        "missing_file.txt": None,
        "unreadable.txt": seed_text[:1000].encode("utf-8"),
    }
    files.update(_format_inputs())  # issue 16: .doc/.wps/.ofd/scans
    if not quick:
        files["huge_100mb.txt"] = None
    paths = []
    for name, data in files.items():
        p = folder / name
        if name == "a_directory":
            p.mkdir()
        elif name == "missing_file.txt":
            pass
        elif name == "huge_100mb.txt":
            chunk = (seed_text * 4).encode("utf-8")
            with p.open("wb") as fh:
                while fh.tell() < 100 * 1024 * 1024:
                    fh.write(chunk)
        else:
            assert data is not None
            p.write_bytes(data)
        if name == "unreadable.txt":
            p.chmod(0)
        paths.append(p)
    return paths


def hostile_inputs(folder: Path, quick: bool) -> list[Path]:
    """The issue 15 red-team inputs: docx, html, pdf, qdpx, txt and folder tricks."""
    from tests.hostile import docx, html, pdf, qdpx
    from tests.hostile.big_text import big_report

    files: dict[str, bytes] = {}
    for code in ("1B", "07", "00", "08", "7F", "9B", "D800", "DFFF", "DBFF", "110000", "FFFE", "F041"):
        files[f"docx_sym_{code}.docx"] = docx.with_symbol(code)
    for fmt in (
        "upperRoman",
        "lowerRoman",
        "upperLetter",
        "lowerLetter",
        "chineseCounting",
        "decimal",
        "ideographLegalTraditional",
        "decimalEnclosedCircle",
    ):
        files[f"docx_start_1e15_{fmt}.docx"] = docx.numbered("1000000000000000", fmt)
    files["docx_start_negative.docx"] = docx.numbered("-99999999999", "upperRoman")
    files["docx_start_not_a_number.docx"] = docx.numbered("x" * 5000, "lowerLetter")
    files["docx_lvltext_20000_refs.docx"] = docx.numbered("1", "decimal", "%1" * 20000, paragraphs=2000)
    files["docx_lvltext_all_levels.docx"] = docx.numbered("7", "upperRoman", "%1.%2.%3.%4.%5.%6.%7.%8.%9" * 50)
    files["docx_5m_paragraphs.docx"] = docx.many_paragraphs(5_000_000)
    files["docx_300k_paragraphs.docx"] = docx.many_paragraphs(300_000)
    files["docx_100k_paragraphs.docx"] = docx.many_paragraphs(100_000)
    files["docx_one_run_20m.docx"] = docx.inflated_document(20_000_000)
    for charset in html.ODD_CHARSETS:
        files[f"html_charset_{charset or 'empty'}.html"] = html.page(charset)
    files["pdf_50000_shared_pages.pdf"] = pdf.shared_content_pages(50_000)
    files["pdf_3001_shared_pages.pdf"] = pdf.shared_content_pages(3001)
    files["pdf_3_shared_pages.pdf"] = pdf.shared_content_pages(3)
    files.update(qdpx.variants())
    seed = SEED.read_text(encoding="utf-8")
    files["txt_c1_csi.txt"] = (seed[:3000] + "\x9b31m红\x9b0m" + seed[3000:6000]).encode("utf-8")
    files["txt_esc_title.txt"] = ("\x1b]0;pwned\x07" + seed[:4000]).encode("utf-8")
    files["txt_bidi_override.txt"] = ("\u202e" + seed[:4000] + "\u2066x\u2069").encode("utf-8")
    files["txt_1000_nested_numbers.txt"] = "\n".join(
        ".".join(["1"] * (1 + i % 40)) + f" 第{i}项工作" for i in range(1000)
    ).encode("utf-8")
    files["txt_1000_chinese_levels.txt"] = "\n".join(
        "（" * (i % 50) + "一" + "）" * (i % 50) + f"第{i}项" for i in range(1000)
    ).encode("utf-8")
    files["txt_17mb_refused.txt"] = b"a" * (17 * 1024 * 1024)
    if not quick:
        files["txt_12mb_report.txt"] = big_report(12).encode("utf-8")
    paths = []
    for name, data in files.items():
        p = folder / name
        p.write_bytes(data)
        paths.append(p)
    leak = folder / "folder_with_symlinks"
    leak.mkdir()
    (leak / "own.txt").write_bytes(seed[5000:8000].encode("utf-8"))
    secret = folder.parent / "secret_outside.txt"
    secret.write_bytes(("机密：" + seed[8000:9000]).encode("utf-8"))
    os.symlink(secret, leak / "leak.txt")
    os.symlink(folder.parent, leak / "up")
    os.mkfifo(leak / "fifo.txt")
    paths.append(leak)
    fifo = folder / "fifo_direct.txt"
    os.mkfifo(fifo)
    paths.append(fifo)
    return paths


# issue 16 ---------------------------------------------------------------------------------------------------
_OFD_NS = b'xmlns:ofd="http://www.ofdspec.org/2016"'


def _ofd(root: bytes = b"Doc_0/Document.xml", page: bytes = b"", extra: dict[str, bytes] | None = None) -> bytes:
    parts = {
        "OFD.xml": b"<ofd:OFD "
        + _OFD_NS
        + b"><ofd:DocBody><ofd:DocRoot>"
        + root
        + b"</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": b"<ofd:Document "
        + _OFD_NS
        + b'><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/Pages/Page_0/Content.xml": page
        or (
            b"<ofd:Page "
            + _OFD_NS
            + b'><ofd:Content><ofd:Layer><ofd:TextObject ID="2" Boundary="20 20 100 10" Size="5">'
            b'<ofd:TextCode X="0" Y="5">' + "一、工作总结".encode() + b"</ofd:TextCode></ofd:TextObject>"
            b"</ofd:Layer></ofd:Content></ofd:Page>"
        ),
    }
    parts.update(extra or {})
    return _zip(parts)


def _png(width: int, height: int) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    head = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def _format_inputs() -> dict[str, bytes | None]:
    real_doc = (ROOT / "tests" / "corpus" / "reports" / "901_nanjing_2019_software_action_plan.doc").read_bytes()
    return {
        "ofd_small_good.ofd": _ofd(),
        "ofd_not_zip.ofd": b"<ofd:OFD/>",
        "ofd_without_ofd_xml.ofd": _zip({"Doc_0/Document.xml": b"<a/>"}),
        "ofd_traversal_name.ofd": _zip({"OFD.xml": b"<a/>", "../../evil.xml": b"x"}),
        "ofd_docroot_outside.ofd": _ofd(root=b"../../../etc/passwd"),
        "ofd_xxe.ofd": _ofd(
            page=b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><ofd:Page '
            + _OFD_NS
            + b">&x;</ofd:Page>"
        ),
        "ofd_deep_nesting.ofd": _ofd(page=b"<a>" * 100_000 + b"</a>" * 100_000),
        "ofd_billion_laughs.ofd": _ofd(
            page=b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b"<l>&b;</l>"
        ),
        "doc_garbage.doc": b"this is not a word file" * 10,
        "doc_truncated_ole.doc": real_doc[:4096],
        "wps_empty.wps": b"",
        "png_truncated.png": _png(800, 600)[:40],
        "png_huge_dimensions.png": _png(100_000, 100_000),
        "tif_garbage.tif": b"II*\x00" + bytes(200),
        "jpg_not_image.jpg": b"hello world",
    }


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in members.items():
            z.writestr(k, v)
    return buf.getvalue()


def _bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" + b"a" * (400 * 1024 * 1024) + b"/>")
    return buf.getvalue()
