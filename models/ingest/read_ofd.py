"""Reading .ofd files (GB/T 33190 版式文档): OFD.xml → Document.xml → pages' TextObject/TextCode, and DocInfo.

A small reader of our own over zipfile + lxml: the package is checked first (entry count,
declared uncompressed sizes, names that climb out of the package), XML is parsed without DTDs,
entities or network, and only the parts the document names are read, each bounded in size.
Text codes become positioned fragments (Boundary + X/Y + DeltaX) that ``read_layout`` orders.
"""

from __future__ import annotations

import contextlib
import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from models.errors import DecodeError, message
from models.ingest.read_layout import Fragment, LaidOut, Page, layout

MAX_ENTRIES = 20_000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_PART_BYTES = 32 * 1024 * 1024
MAX_PAGES = 2000
_NUMBER_RE = re.compile(r"-?\d+(?:\.\d*)?(?:[eE]-?\d+)?|-?\.\d+")


@dataclass(frozen=True)
class OfdText:
    """The laid-out text and the document's DocInfo fields (title, author, creation date …)."""

    laid_out: LaidOut
    info: dict[str, str]


def _bad(name: str, why: str = message("文件已损坏或不是 OFD 文档")) -> DecodeError:
    return DecodeError(message("文件“{0}”不是有效的 .ofd 文档（{1}）。", name, why))


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Package:
    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
            raise _bad(name) from exc
        if len(infos) > MAX_ENTRIES:
            raise _bad(name, message("包含 {0} 个部件，可能是恶意构造的文件", len(infos)))
        if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED_BYTES:
            limit = MAX_UNCOMPRESSED_BYTES // (1024 * 1024)
            raise DecodeError(message("文件“{0}”解压后超过 {1} MB，可能是损坏或恶意构造的文件，未读取。", name, limit))
        self.infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            fname = info.filename.replace("\\", "/")
            if fname.startswith("/") or ".." in fname.split("/") or ":" in fname.split("/")[0]:
                raise _bad(name, message("部件名“{0}”指向包外，可能是恶意构造的文件", info.filename))
            self.infos[fname.lower()] = info
        if "ofd.xml" not in self.infos:
            raise _bad(name, message("缺少 OFD.xml"))

    def resolve(self, base_dir: str, loc: str) -> str:
        loc = loc.strip().replace("\\", "/")
        path = loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc)
        norm = posixpath.normpath(path)
        if norm.startswith("../") or norm == ".." or norm.startswith("/"):
            raise _bad(self.name, message("引用“{0}”指向包外", loc))
        return norm

    def xml(self, path: str) -> Any:
        from lxml import etree

        info = self.infos.get(path.lower())
        if info is None:
            raise _bad(self.name, message("缺少部件 {0}", path))
        if info.file_size > MAX_PART_BYTES:
            raise _bad(self.name, message("部件 {0} 过大", path))
        try:
            with self.zip.open(info) as handle:
                raw = handle.read(MAX_PART_BYTES + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, zlib.error) as exc:
            raise _bad(self.name, message("部件 {0} 无法解压", path)) from exc
        if len(raw) > MAX_PART_BYTES:
            raise _bad(self.name, message("部件 {0} 过大", path))
        if b"<!DOCTYPE" in raw[:4096].upper() or b"<!ENTITY" in raw.upper():
            raise _bad(self.name, message("XML 中含有文档类型声明，可能是恶意构造的文件"))
        parser = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
        )
        try:
            return etree.fromstring(raw, parser=parser)
        except (etree.XMLSyntaxError, ValueError) as exc:
            raise _bad(self.name, message("部件 {0} 的 XML 无法解析", path)) from exc


def _numbers(text: str | None) -> list[float]:
    return [float(v) for v in _NUMBER_RE.findall(text or "")]


def _deltas(text: str | None, count: int) -> list[float]:
    """DeltaX/DeltaY values, expanding the ``g N value`` repeat form."""
    out: list[float] = []
    tokens = (text or "").split()
    i = 0
    while i < len(tokens) and len(out) < count:
        if tokens[i] == "g" and i + 2 < len(tokens):
            with contextlib.suppress(ValueError):
                out.extend([float(tokens[i + 2])] * min(int(float(tokens[i + 1])), count))
            i += 3
        else:
            with contextlib.suppress(ValueError):
                out.append(float(tokens[i]))
            i += 1
    return out[:count]


def _text_fragments(obj: Any, frags: list[Fragment]) -> None:
    box = _numbers(obj.get("Boundary"))
    bx, by = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
    ctm = _numbers(obj.get("CTM"))
    scale = abs(ctm[0]) if len(ctm) == 6 and ctm[0] else 1.0
    size = (_numbers(obj.get("Size")) or [3.5])[0] * scale
    for code in obj:
        if _local(code.tag) != "TextCode":
            continue
        text = (code.text or "").replace("\r", " ").replace("\n", " ")
        if not text.strip():
            continue
        x = (_numbers(code.get("X")) or [0.0])[0] * scale
        y = (_numbers(code.get("Y")) or [0.0])[0] * scale
        dx = _deltas(code.get("DeltaX"), len(text) - 1)
        dy = _deltas(code.get("DeltaY"), len(text) - 1)
        width = sum(dx) * scale + size
        height = sum(dy) * scale + size
        frags.append(Fragment(bx + x, by + y - size, bx + x + width, by + y - size + height, text))


def _walk(el: Any, frags: list[Fragment], depth: int = 0) -> None:
    if depth > 64:
        return
    for child in el:
        tag = _local(child.tag)
        if tag == "TextObject":
            _text_fragments(child, frags)
        elif tag in ("Content", "Layer", "PageBlock", "CompositeObject"):
            _walk(child, frags, depth + 1)


def _page_size(root: Any, default: tuple[float, float]) -> tuple[float, float]:
    for el in root.iter():
        if _local(el.tag) == "PhysicalBox":
            box = _numbers(el.text)
            if len(box) == 4 and box[2] > 0 and box[3] > 0:
                return box[2], box[3]
    return default


def read_ofd(data: bytes, name: str) -> OfdText:
    """Read the first document of an OFD package into text with its DocInfo.

    Raises:
        DecodeError: not an OFD package, damaged, hostile (bomb, traversal, DTD), or too many pages.
    """
    pkg = _Package(data, name)
    root = pkg.xml("OFD.xml")
    body = next((el for el in root.iter() if _local(el.tag) == "DocBody"), None)
    if body is None:
        raise _bad(name, message("OFD.xml 中没有文档"))
    info: dict[str, str] = {}
    doc_root = ""
    for el in body:
        if _local(el.tag) == "DocInfo":
            for field in el:
                key = _local(field.tag)
                if (
                    key in ("Title", "Author", "Subject", "Abstract", "CreationDate", "ModDate", "Creator")
                    and (field.text or "").strip()
                ):
                    info[key] = field.text.strip()
        elif _local(el.tag) == "DocRoot":
            doc_root = (el.text or "").strip()
    if not doc_root:
        raise _bad(name, message("OFD.xml 中没有 DocRoot"))
    doc_path = pkg.resolve("", doc_root)
    doc_dir = posixpath.dirname(doc_path)
    document = pkg.xml(doc_path)
    default_size = (210.0, 297.0)
    templates: dict[str, str] = {}
    page_locs: list[str] = []
    for el in document.iter():
        tag = _local(el.tag)
        if tag == "PhysicalBox" and _local(el.getparent().tag) == "PageArea":
            box = _numbers(el.text)
            if len(box) == 4 and box[2] > 0 and box[3] > 0:
                default_size = (box[2], box[3])
        elif tag == "TemplatePage" and el.get("BaseLoc"):
            templates[el.get("ID", "")] = pkg.resolve(doc_dir, el.get("BaseLoc"))
        elif tag == "Page" and el.get("BaseLoc"):
            page_locs.append(pkg.resolve(doc_dir, el.get("BaseLoc")))
    if len(page_locs) > MAX_PAGES:
        raise DecodeError(
            message("OFD 文件“{0}”有 {1} 页，超过了 {2} 页的上限，未读取。", name, len(page_locs), MAX_PAGES)
        )
    pages: list[Page] = []
    for loc in page_locs:
        page_root = pkg.xml(loc)
        frags: list[Fragment] = []
        for el in page_root:
            if _local(el.tag) == "Template" and el.get("TemplateID") in templates:
                _walk(pkg.xml(templates[el.get("TemplateID")]), frags)
        _walk(page_root, frags)
        width, height = _page_size(page_root, default_size)
        pages.append(Page(width, height, tuple(frags)))
    if not pages:
        raise DecodeError(message("OFD 文件“{0}”没有任何页面。", name))
    return OfdText(layout(pages), info)
