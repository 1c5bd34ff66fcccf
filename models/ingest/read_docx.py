"""Reading .docx files: paragraph and table text in document order, with Word's numbering.

The package is checked as a zip first (declared uncompressed sizes are bounded, so a
zip bomb is refused before anything is inflated); python-docx then gives the XML of the
body, styles and numbering parts, which is walked directly.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from models.errors import DecodeError, message
from models.ingest.read_docx_numbering import Numbering, W
from models.ingest.read_docx_paragraphs import Para, repair

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
# The body part is parsed into a tree: bound it and its paragraph count (a long report has a few thousand).
MAX_BODY_BYTES = 64 * 1024 * 1024
MAX_PARAGRAPHS = 200_000
MAX_TEXT_CHARS = 16 * 1024 * 1024
_PARAGRAPH_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s/>]")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _check_package(data: bytes, name: str) -> None:
    if data.startswith(_OLE_MAGIC):
        raise DecodeError(
            message(
                "文件“{0}”实际是旧版 Word 文档（.doc），只是扩展名为 .docx；请在 Word 或 WPS 中另存为 .docx 后再导入。",
                name,
            )
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise DecodeError(
            message("文件“{0}”不是有效的 .docx 文档（文件已损坏或不是 Word 文档）。", name), str(exc)
        ) from exc
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise DecodeError(
            message(
                "文件“{0}”解压后超过 {1} MB，可能是损坏或恶意构造的文件，未读取。",
                name,
                MAX_UNCOMPRESSED_BYTES // (1024 * 1024),
            )
        )
    names = {info.filename for info in infos}
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise DecodeError(message("文件“{0}”是一个压缩包，但不是 Word 文档（缺少正文部分）。", name))
    _check_body(data, infos, name)


def _check_body(data: bytes, infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse a body part too large to parse or holding an absurd number of paragraphs, before parsing."""
    for info in infos:
        if not info.filename.startswith("word/") or not info.filename.endswith(".xml"):
            continue
        if info.file_size > MAX_BODY_BYTES:
            raise DecodeError(
                message(
                    "文件“{0}”的正文部分解压后超过 {1} MB，不像是一份工作报告，未读取。",
                    name,
                    MAX_BODY_BYTES // (1024 * 1024),
                )
            )
        if info.filename != "word/document.xml":
            continue
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(info) as fh:
                body = fh.read(MAX_BODY_BYTES + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise DecodeError(message("文件“{0}”不是有效的 .docx 文档（文件已损坏）。", name), repr(exc)) from exc
        count = 0
        for _ in _PARAGRAPH_RE.finditer(body):  # counted without a list of matches (5M of them took 300 MB)
            count += 1
            if count > MAX_PARAGRAPHS:
                break
        if count > MAX_PARAGRAPHS:
            raise DecodeError(
                message(
                    "文件“{0}”的段落超过了 {1:,} 段的上限，可能是损坏或恶意构造的文件，未读取。", name, MAX_PARAGRAPHS
                )
            )


def _part_element(part_getter: Any) -> Any | None:
    try:
        part = part_getter()
    except (KeyError, NotImplementedError, AttributeError, ValueError):
        return None
    return getattr(part, "element", None)


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _paragraph_text(p: Any) -> str:
    out: list[str] = []
    boxes: list[str] = []
    _collect_runs(p, out, boxes)
    return "".join(out) + "".join("\n" + box for box in boxes)


def _collect_runs(el: Any, out: list[str], boxes: list[str]) -> None:
    """Text of a paragraph's runs; the paragraphs of text boxes inside it go to ``boxes``.

    A text box floats beside the text it is anchored in, so its lines follow the paragraph instead of
    cutting its sentence where the anchor sits (a converter's page number box, a caption). Word writes
    a text box twice (mc:Choice and a legacy mc:Fallback copy); only the first is read.
    """
    for child in el:
        tag = child.tag
        if tag in (_MC_FALLBACK, W + "moveFrom"):
            continue  # a text box's legacy copy; text a tracked move took away (its moveTo copy is read)
        if tag == W + "t":
            out.append(child.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "sym":
            char = child.get(W + "char") or ""
            try:
                code = int(char, 16)
            except ValueError:
                continue
            if 0xF000 <= code <= 0xF0FF:  # symbol-font private-use glyphs are not text
                continue
            if code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                out.append("\ufffd")  # a control character or lone surrogate: visible, never raw
            else:
                out.append(chr(code))
        elif tag == W + "p":  # a paragraph inside a text box
            inner: list[str] = []
            at = len(boxes)
            _collect_runs(child, inner, boxes)
            boxes.insert(at, "".join(inner))
        elif isinstance(tag, str):
            _collect_runs(child, out, boxes)


def _blocks(container: Any, in_table: bool = False) -> Iterator[tuple[Any, bool]]:
    """Yield (w:p element, inside a table) of a body, cell or content control in reading order."""
    for child in container:
        tag = child.tag
        if tag == W + "p":
            yield child, in_table
        elif tag == W + "tbl":
            for row in child.iter(W + "tr"):
                if row.getparent() is not child:
                    continue  # rows of nested tables are reached through their cells
                for cell in row.findall(W + "tc"):
                    yield from _blocks(cell, True)
        elif tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _blocks(content, in_table)
        elif tag in (W + "customXml", W + "ins"):
            yield from _blocks(child, in_table)


def _twips(value: str | None) -> int:
    try:
        return int(float(value)) if value else 0
    except ValueError:
        return 0


def _page_breaks(p: Any) -> tuple[bool, bool]:
    """Whether a page break opens the paragraph (before any text) and whether one closes it."""
    marks = [el for el in p.iter(W + "t", W + "br") if el.tag == W + "br" or el.text]
    if not marks:
        return False, any(el.get(W + "type") == "page" for el in p.iter(W + "br"))

    def page(el: Any) -> bool:
        return bool(el.tag == W + "br" and el.get(W + "type") == "page")

    return page(marks[0]), page(marks[-1])


def _para(p: Any, label: str, in_table: bool) -> Para:
    """The paragraph's text and the direct layout facts ``read_docx_paragraphs`` needs."""
    body = _paragraph_text(p)
    before, after = _page_breaks(p)
    if before and body.startswith("\n"):
        body = body[1:]  # the page break's line break: the page starts here, the paragraph goes on
    if after and body.endswith("\n") and body.strip():
        body = body[:-1]
    text = label + body
    ppr = p.find(W + "pPr")
    if ppr is None:
        return Para(text, labelled=bool(label), in_table=in_table, page_before=before, page_after=after)
    ind = ppr.find(W + "ind")
    start = left = None
    chars = False
    if ind is not None:
        left = _twips(ind.get(W + "left") or ind.get(W + "start"))
        start = left + _twips(ind.get(W + "firstLine")) - _twips(ind.get(W + "hanging"))
        chars = _twips(ind.get(W + "firstLineChars")) > 0
    jc = ppr.find(W + "jc")
    flag = ppr.find(W + "pageBreakBefore")
    return Para(
        text,
        labelled=bool(label),
        in_table=in_table,
        centred=jc is not None and jc.get(W + "val") in ("center", "right", "end"),
        start=start,
        left=left,
        indent_chars=chars,
        page_before=before or (flag is not None and flag.get(W + "val") not in ("0", "false")),
        page_after=ppr.find(W + "sectPr") is not None or after,
    )


def read_docx(data: bytes, name: str) -> str:
    """Return the text of a .docx: one line per paragraph, numbered paragraphs prefixed.

    Args:
        data: the file's bytes.
        name: the file name, for messages.

    Raises:
        DecodeError: not a zip, an old .doc, a zip bomb, or damaged Word XML.
    """
    _check_package(data, name)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        numbering = Numbering.from_parts(
            _part_element(lambda: document.part.numbering_part),
            _part_element(lambda: document.part.styles),
        )
        paras = []
        size = 0
        for p, in_table in _blocks(body):
            paras.append(_para(p, numbering.label_for(p), in_table))
            size += len(paras[-1].text) + 1
            if size > MAX_TEXT_CHARS:
                raise DecodeError(
                    message(
                        "文件“{0}”的文字超过 {1}M 字，不像是一份工作报告，未读取。",
                        name,
                        MAX_TEXT_CHARS // (1024 * 1024),
                    )
                )
    except DecodeError:
        raise
    except Exception as exc:  # python-docx/lxml raise many types for damaged packages
        raise DecodeError(message("文件“{0}”不是有效的 .docx 文档（内容已损坏，无法解析）。", name), repr(exc)) from exc
    return "\n".join(repair(paras))
