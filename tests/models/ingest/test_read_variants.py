"""Corpus reports re-made in the shapes offices also send them: Word with automatic numbering, a printed PDF.

A 政府工作报告 kept in Word has its 一、 and （一） from numbering.xml, not typed; a PDF of it has a running
header and a page number on every page and lines wrapped at the margin. Read either way, the report must
give the outline its gold gives and the metadata its text copy gives.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from benchmarks.reading_parts import score_body, score_outline
from models.ingest import parse_file, parse_raw
from models.ingest.read import RawText, read_bytes
from models.ingest.read_layout import Fragment, Page, layout

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_PART = re.compile(r"^\s*[一二三四五六七八九十]+、")
_SUB = re.compile(r"^\s*（[一二三四五六七八九十]+）")
_LEVEL = '<w:lvl w:ilvl="{}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="{}"/></w:lvl>'


def _gold(doc: str) -> dict[str, object]:
    gold: dict[str, object] = json.loads((CORPUS / "gold" / f"{doc}.json").read_text(encoding="utf-8"))
    return gold


def _report(gold: dict[str, object]) -> Path:
    return CORPUS / "reports" / str(gold["file"])


def _numbered_docx(lines: list[str]) -> bytes:
    """The report as Word keeps it: 一、 and （一） are numbering levels, body paragraphs indented two characters."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {W_NS} w:abstractNumId="80"><w:multiLevelType w:val="multilevel"/>'
            + _LEVEL.format(0, "%1、")
            + _LEVEL.format(1, "（%2）")
            + "</w:abstractNum>"
        )
    )
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="81"><w:abstractNumId w:val="80"/></w:num>'))
    document.sections[0].header.paragraphs[0].text = "政府工作报告"  # Word's running header lives in its own part
    for line in lines:
        text = line.strip()
        if not text:
            continue
        level = 0 if _PART.match(text) else 1 if _SUB.match(text) else None
        paragraph = document.add_paragraph((_PART if level == 0 else _SUB).sub("", text) if level is not None else text)
        ppr = paragraph._p.get_or_add_pPr()
        if level is None:
            ppr.append(parse_xml(f'<w:ind {W_NS} w:firstLineChars="200" w:firstLine="640"/>'))
        else:
            ppr.append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="81"/></w:numPr>'))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _printed_pages(text: str, header: str, *, per_line: int = 40, per_page: int = 38) -> list[Page]:
    """The report printed: lines wrapped at the margin, paragraphs indented, a header and a page number a page."""
    size, left = 10.5, 90.0
    rows: list[tuple[float, str]] = []
    for line in text.split("\n"):
        rest = line.strip()
        first = True
        while rest:
            n = per_line - 2 if first else per_line
            rows.append((left + (2 * size if first else 0), rest[:n]))
            rest, first = rest[n:], False
    pages = []
    for k in range(0, len(rows), per_page):
        frags = [Fragment(200, 40, 200 + 9 * len(header), 49, header)]
        for i, (x, chunk) in enumerate(rows[k : k + per_page]):
            y = 80 + 18 * i
            frags.append(Fragment(x, y, x + size * len(chunk), y + size, chunk))
        number = f"— {k // per_page + 1} —"
        frags.append(Fragment(280, 800, 280 + 6 * len(number), 809, number))
        pages.append(Page(595, 842, tuple(frags)))
    return pages


def test_a_gov_report_numbered_by_word_reads_like_its_text_copy() -> None:
    gold = _gold("010")
    path = _report(gold)
    as_text = parse_file(path)
    data = _numbered_docx(path.read_text(encoding="utf-8").split("\n"))
    as_docx = parse_raw(read_bytes(data, "政府工作报告.docx"), "政府工作报告.docx")
    assert score_outline(gold["outline"], as_docx.sections)["f1"] == 1.0
    assert as_docx.metadata == as_text.metadata


def test_a_printed_gov_report_with_a_running_header_reads_like_its_text_copy() -> None:
    gold = _gold("319")
    path = _report(gold)
    as_text = parse_file(path)
    header = "海拉尔区2019年政府工作报告"
    laid = layout(_printed_pages(path.read_text(encoding="utf-8"), header))
    assert laid.pages >= 3
    as_pdf = parse_raw(RawText(laid.text, None, "pdf", "0" * 64), "政府工作报告.pdf")
    assert header not in as_pdf.display_text
    assert not re.search(r"— \d+ —", as_pdf.original_text)
    assert score_outline(gold["outline"], as_pdf.sections)["f1"] == 1.0
    body = score_body(gold["body"], as_pdf.original_text, as_pdf.display_text)  # type: ignore[arg-type]
    assert body["missing_chars"] == 0 and not body["joins_wrong"]
    assert as_pdf.metadata == as_text.metadata


def _justified_docx(lines: list[str], header: str) -> bytes:
    """The report as an office types it: justified paragraphs, a running header, `— N —` in the footer."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(16)
    document.styles["Normal"].element.get_or_add_rPr().append(
        parse_xml(f'<w:rFonts {W_NS} w:eastAsia="Noto Serif CJK SC"/>')
    )
    document.sections[0].header.paragraphs[0].text = header
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in (
        '<w:t xml:space="preserve">— </w:t>',
        '<w:fldChar w:fldCharType="begin"/>',
        '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
        '<w:fldChar w:fldCharType="end"/>',
        '<w:t xml:space="preserve"> —</w:t>',
    ):
        footer._p.append(parse_xml(f"<w:r {W_NS}>{run}</w:r>"))
    for line in lines:
        if line.strip():
            paragraph = document.add_paragraph(line.strip())
            paragraph.paragraph_format.first_line_indent = Pt(32)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_justified_pdf_from_word_reads_every_character_once(tmp_path: Path) -> None:
    """Justified lines pack glyph boxes tight; the text layer must not double a line's last words."""
    import subprocess

    import pytest

    from models.ingest.read_doc import converter

    program = converter()
    if program is None:
        pytest.skip("LibreOffice is not installed (.ci/setup installs it)")
    gold = _gold("010")
    text = _report(gold).read_text(encoding="utf-8")
    source = tmp_path / "report.docx"
    source.write_bytes(_justified_docx(text.split("\n"), "海拉尔区2012年政府工作报告"))
    subprocess.run(
        [program, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    raw = read_bytes((tmp_path / "report.pdf").read_bytes(), "政府工作报告.pdf")
    assert re.sub(r"\s", "", raw.text) == re.sub(r"\s", "", text)  # header and page numbers gone, nothing doubled
    parsed = parse_raw(raw, "政府工作报告.pdf")
    assert score_outline(gold["outline"], parsed.sections)["f1"] == 1.0


def _docx_of_printed_lines(text: str, *, per_line: int = 40) -> bytes:
    """The report as a PDF converter leaves it: every printed line its own paragraph, starts indented."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for line in text.split("\n"):
        rest, first = line.strip(), True
        while rest:
            n = per_line - 2 if first else per_line
            paragraph = document.add_paragraph(rest[:n])
            indent = 640 if first else 0
            paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:ind {W_NS} w:left="0" w:firstLine="{indent}"/>'))
            rest, first = rest[n:], False
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_converted_docx_with_a_paragraph_per_printed_line_reads_like_its_text_copy() -> None:
    gold = _gold("319")
    path = _report(gold)
    text = path.read_text(encoding="utf-8")
    parsed = parse_raw(read_bytes(_docx_of_printed_lines(text), "报告.docx"), "报告.docx")
    assert score_outline(gold["outline"], parsed.sections)["f1"] == 1.0
    body = score_body(gold["body"], text, parsed.display_text)  # type: ignore[arg-type]
    assert body["missing_chars"] == 0 and not body["joins_wrong"]
    assert parsed.metadata == parse_file(path).metadata
