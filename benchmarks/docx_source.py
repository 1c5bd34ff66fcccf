"""A .docx's own words for gold checks, read with the standard library only (never with the reader it measures)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def docx_source_text(path: Path) -> str:
    """The w:t runs of word/document.xml, one line per w:p, as the file stores them.

    No numbering labels, no repairs: a paragraph a PDF conversion split stays split, a line-end space stays.
    Word's legacy mc:Fallback copy of a text box is skipped (it repeats the mc:Choice text).
    """
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    lines: list[str] = []

    def walk(el: ElementTree.Element, line: list[str]) -> None:
        for child in el:
            if child.tag == _MC_FALLBACK:
                continue
            if child.tag == _W + "p":
                inner: list[str] = []
                walk(child, inner)
                lines.append("".join(inner))
            elif child.tag == _W + "t":
                line.append(child.text or "")
            elif child.tag == _W + "tab":
                line.append("\t")
            elif child.tag in (_W + "br", _W + "cr"):
                line.append("\n")
            else:
                walk(child, line)

    walk(root, [])
    return "\n".join(lines)
