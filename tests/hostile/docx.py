"""Hostile .docx files built from raw WordprocessingML: control-character symbols, numbering bombs, paragraph floods."""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'numbering" Target="numbering.xml"/></Relationships>'
)
BODY_TEXT = "一、总体情况\n全年完成投资12亿元，同比增长8%。"


def para(text: str, extra: str = "", ppr: str = "") -> str:
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t>{extra}</w:r></w:p>'


def docx(body: str, numbering: str | None = None) -> bytes:
    """A .docx whose body XML is ``body`` (paragraph elements), with an optional numbering part."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>'
        f"{body}</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document)
        if numbering is not None:
            z.writestr("word/_rels/document.xml.rels", _DOC_RELS)
            z.writestr(
                "word/numbering.xml",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">'
                f"{numbering}</w:numbering>",
            )
    return buf.getvalue()


def ordinary_body() -> str:
    return "".join(para(line) for line in BODY_TEXT.split("\n"))


def with_symbol(code: str) -> bytes:
    """A report with ``<w:sym w:char="code"/>`` in its second paragraph (1B = ESC, D800 = a lone surrogate)."""
    return docx(para("一、总体情况") + para("全年完成投资12亿元", f'<w:sym w:font="Symbol" w:char="{code}"/>'))


def numbered(start: str, fmt: str, lvl_text: str = "%1.", paragraphs: int = 3) -> bytes:
    """Numbered paragraphs whose list starts at ``start`` in format ``fmt`` with label ``lvl_text``."""
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
        f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl_text}"/>'
        '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    ppr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    body = ordinary_body() + "".join(para(f"第{i}项工作进展顺利", ppr=ppr) for i in range(paragraphs))
    return docx(body, numbering)


def many_paragraphs(count: int) -> bytes:
    """``count`` empty paragraphs after a short report (deflates to a few hundred KB)."""
    return docx(ordinary_body() + "<w:p/>" * count)


def inflated_document(size: int) -> bytes:
    """A document.xml whose declared size is honest but huge (one run of ``size`` characters)."""
    return docx(ordinary_body() + para("增" * size))
