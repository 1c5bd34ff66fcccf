"""The files offices send: real text PDF, .doc/.wps through LibreOffice, .ofd, scans read by OCR; hostile variants."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models import ops
from models.errors import Cancelled, DecodeError, ReportMarkError
from models.ingest import OCR_REASON, parse_file, parse_raw
from models.ingest.read import RawText, read_bytes, read_file
from models.ingest.read_doc import converter
from models.ingest.read_ocr import engine_available
from models.store import Store

ROOT = Path(__file__).resolve().parents[3]
FORMATS = ROOT / "tests" / "fixtures" / "formats"
REPORTS = ROOT / "tests" / "corpus" / "reports"
DOC = REPORTS / "901_nanjing_2019_software_action_plan.doc"
PDF = REPORTS / "902_zhangjiagang_2020_fund_notice.pdf"
SCAN = REPORTS / "903_zhangjiagang_2020_fund_notice_scan_p1-2.pdf"
PNG = FORMATS / "zhangjiagang_2020_scan_p2.png"
OFD = FORMATS / "luqiao_2011_reply_redhead.ofd"

needs_office = pytest.mark.skipif(converter() is None, reason="LibreOffice not installed (.ci/setup installs it)")
needs_ocr = pytest.mark.skipif(not engine_available(), reason="rapidocr-onnxruntime not installed")


# text PDF ------------------------------------------------------------------------------------------------


def test_text_pdf_paragraphs_are_rejoined_and_page_numbers_dropped() -> None:
    raw = read_file(PDF)
    lines = raw.text.split("\n")
    assert not any(line.strip(" —-").isdigit() for line in lines)  # "— 2 —" page numbers
    assert "（发改产业〔2019〕1762号）" in raw.text  # wrapped inside the citation, joined without a break
    assert any(line.startswith("第一条") and line.endswith("制定本办法。") for line in lines)


def test_text_pdf_metadata_from_the_red_header() -> None:
    doc = parse_file(PDF)
    assert doc.metadata.doc_number == "张政发规〔2020〕1号"


# .doc / .wps ----------------------------------------------------------------------------------------------


@needs_office
def test_doc_reads_in_order_with_numbering() -> None:
    raw = read_file(DOC)
    assert raw.source_format == "doc"
    lines = [line for line in raw.text.split("\n") if line.strip()]
    assert lines[0] == "南京市人民政府办公厅文件"
    order = ["一、总体思路和目标", "二、主要任务", "（一）打造优势产业集群", "三、保障措施"]
    found = [next(i for i, line in enumerate(lines) if line.startswith(h)) for h in order]
    assert found == sorted(found)
    assert any(line.startswith("18．强化标准制定与知识产权保护") for line in lines)


@needs_office
def test_wps_is_read_by_the_same_converter() -> None:
    # WPS Office writes .wps in the Word 97-2003 container; no real .wps was found, so the .doc stands in
    raw = read_bytes(DOC.read_bytes(), "南京.wps")
    assert raw.source_format == "wps" and "二、主要任务" in raw.text


def test_doc_without_a_converter_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import models.ingest.read_doc as read_doc

    monkeypatch.setattr(read_doc.shutil, "which", lambda name: None)
    with pytest.raises(DecodeError) as info:
        read_file(DOC)
    message = info.value.user_message
    assert DOC.name in message and "libreoffice-writer-nogui" in message and "\n" not in message


@needs_office
def test_doc_conversion_past_its_timeout_is_refused() -> None:
    from models.ingest.read_doc import convert_to_docx

    with pytest.raises(DecodeError, match="超时"):
        convert_to_docx(DOC.read_bytes(), "慢.doc", timeout=0.01)


@needs_office
def test_damaged_doc_is_refused_with_one_line() -> None:
    data = DOC.read_bytes()
    with pytest.raises(DecodeError) as info:
        read_bytes(data[:512] + b"\x00" * 2048, "残缺.doc")
    assert "残缺.doc" in info.value.user_message


# .ofd -------------------------------------------------------------------------------------------------------


def test_ofd_text_in_reading_order_with_docinfo() -> None:
    raw = read_file(OFD)
    assert raw.source_format == "ofd"
    lines = raw.text.split("\n")
    assert lines[:3] == ["测试符路桥区卫生局文件", "路卫发〔2011〕76号", "关于同意张阿三同志辞职的批复"]
    assert "同意张阿三同志辞职。" in raw.text
    assert raw.file_info["CreationDate"] == "2020-01-25"
    doc = parse_raw(raw, OFD.name)
    assert doc.metadata.doc_number == "路卫发〔2011〕76号"
    assert doc.metadata.extra["文件创建日期"] == "2020-01-25"


def _ofd_with(parts: dict[str, bytes], *, declared: dict[str, int] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    data = buf.getvalue()
    for name, size in (declared or {}).items():
        # forge the declared uncompressed size in the central directory (a zip bomb announces itself)
        needle = name.encode()
        at = data.rindex(needle)
        header = at - 46
        data = data[: header + 24] + size.to_bytes(4, "little") + data[header + 28 :]
    return data


_OFD_XML = (
    b'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody>'
    b"<ofd:DocInfo><ofd:Title>T</ofd:Title></ofd:DocInfo><ofd:DocRoot>%s</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
)
_DOC_XML = (
    b'<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages>'
    b'<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>'
)
_PAGE_XML = (
    b'<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer>'
    b'<ofd:TextObject ID="2" Boundary="20 20 100 10" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 3 5">'
    b"%s</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>"
)


def _small_ofd(text: bytes = "工作总结".encode(), root: bytes = b"Doc_0/Document.xml") -> dict[str, bytes]:
    return {
        "OFD.xml": _OFD_XML % root,
        "Doc_0/Document.xml": _DOC_XML,
        "Doc_0/Pages/Page_0/Content.xml": _PAGE_XML % text,
    }


def test_a_minimal_ofd_reads() -> None:
    raw = read_bytes(_ofd_with(_small_ofd()), "最小.ofd")
    assert raw.text == "工作总结" and raw.file_info["Title"] == "T"


HOSTILE_OFD = {
    "不是压缩包.ofd": b"<ofd:OFD/>",
    "缺少OFD.ofd": _ofd_with({"Doc_0/Document.xml": _DOC_XML}),
    "越界.ofd": _ofd_with({**_small_ofd(), "../../etc/passwd": b"x"}),
    "越界引用.ofd": _ofd_with(_small_ofd(root=b"../../Doc_0/Document.xml")),
    "实体.ofd": _ofd_with(
        {
            **_small_ofd(text=b"&xxe;"),
            "Doc_0/Pages/Page_0/Content.xml": b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            + _PAGE_XML % b"&xxe;",
        }
    ),
    "深嵌套.ofd": _ofd_with({**_small_ofd(), "Doc_0/Document.xml": b"<a>" * 5000 + b"</a>" * 5000}),
    "炸弹.ofd": _ofd_with(_small_ofd(), declared={"Doc_0/Pages/Page_0/Content.xml": 4_000_000_000}),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_OFD))
def test_hostile_ofd_is_refused_with_one_line(name: str) -> None:
    with pytest.raises(DecodeError) as info:
        read_bytes(HOSTILE_OFD[name], name)
    message = info.value.user_message
    assert name in message and "\n" not in message
    assert "root:" not in message


def test_hostile_ofd_leaves_the_project_unchanged(file_store: Store, tmp_path: Path) -> None:
    before = file_store.documents.all()
    paths = []
    for name, data in HOSTILE_OFD.items():
        paths.append(tmp_path / name)
        paths[-1].write_bytes(data)
    outcomes, changes = ops.import_files(file_store, paths)
    assert [o.status for o in outcomes] == ["refused"] * len(paths)
    assert file_store.documents.all() == before and not changes.documents


# OCR --------------------------------------------------------------------------------------------------------


def test_ocr_suspects_map_to_display_ranges() -> None:
    text = "第一段文字。\n\n模糊的字\n"
    raw = RawText(text, None, "image", "0" * 64, ocr_suspects=((text.index("模糊"), text.index("模糊") + 4),))
    doc = parse_raw(raw, "扫描.png")
    ocr = [s for s in doc.suspects if s.reason == OCR_REASON]
    assert [(doc.display_text[s.start : s.end], s.original) for s in ocr] == [("模糊的字", "模糊的字")]
    assert OCR_REASON.startswith("ocr")


def test_cancelling_a_scan_stops_before_the_first_page() -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        read_file(SCAN, progress=lambda done, total: seen.append((done, total)), cancelled=lambda: True)
    assert seen == []


def test_cancelled_import_raises_instead_of_refusing(file_store: Store) -> None:
    with pytest.raises(Cancelled):
        ops.import_files(file_store, [SCAN], cancelled=iter([False, True, True, True]).__next__)
    assert file_store.documents.all() == []


@needs_ocr
def test_scanned_page_image_is_read_by_ocr_with_progress() -> None:
    seen: list[tuple[int, int]] = []
    raw = read_file(PNG, progress=lambda done, total: seen.append((done, total)))
    assert raw.source_format == "image" and raw.ocr_pages == 1
    assert seen == [(0, 1), (1, 1)]
    assert "张家港市服务业发展与改革专项资金管理办法" in raw.text
    assert "第二条" in raw.text and "本办法所称专项资金是指市级财政预算安排" in raw.text
    assert "\n— 2 —" not in raw.text
    for start, end in raw.ocr_suspects:
        assert 0 <= start < end <= len(raw.text)


def test_broken_image_is_refused_with_one_line() -> None:
    with pytest.raises(DecodeError) as info:
        read_bytes(PNG.read_bytes()[:200], "残缺.png")
    assert "残缺.png" in info.value.user_message and "\n" not in info.value.user_message


def test_huge_image_dimensions_are_refused_before_decoding() -> None:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 1, 0, 0, 0, 0)
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )
    with pytest.raises(DecodeError, match="尺寸过大"):
        read_bytes(png, "巨图.png")


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_damaged_ofd_packages_read_or_refuse_with_one_line(data: st.DataObject) -> None:
    good = bytearray(_ofd_with(_small_ofd()))
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(good) - 1))
        good[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(good) // 2, len(good)))
    try:
        raw = read_bytes(bytes(good[:cut]), "损坏.ofd")
    except ReportMarkError as exc:
        assert "损坏.ofd" in exc.user_message and "\n" not in exc.user_message
    else:
        assert raw.source_format == "ofd"
