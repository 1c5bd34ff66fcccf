"""A minimal streaming XLSX (SpreadsheetML) writer: inline strings, numbers, frozen header, autofilter.

xlsxwriter measured ~37 µs per cell here even in constant_memory mode (100,000 rows
× two sheets would take minutes), so rows are written as XML text straight into the
zip. Each sheet is streamed into its own temporary file (rows must be in order per
sheet, and a zip takes one open member at a time), then copied into the archive.
Strings are only ever written as strings — never formulas.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from models.export.rows import neutralise
from models.export.times import DayDate, LocalTime

DATE_STYLE = 2  # cellXfs index of the date-time format
DAY_STYLE = 3  # cellXfs index of the date-alone format (a report's date)

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_x(?=[0-9A-Fa-f]{4}_)")


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _escape_control(m: re.Match[str]) -> str:
    s = m.group()
    return "_x005F_x" if s == "_x" else f"_x{ord(s):04X}_"


_NEEDS_ESCAPE = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")


def xml_text(text: str) -> str:
    """Escape for element content; control characters in Excel's ``_xHHHH_`` form."""
    if not _NEEDS_ESCAPE.search(text):
        return text
    # a raw CR would be normalised to LF by every XML parser; a character reference survives
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return _CONTROL.sub(_escape_control, text)


def _attr(text: str) -> str:
    return xml_text(text).replace('"', "&quot;")


_STR_OPEN = '<c t="inlineStr"><is><t xml:space="preserve">'
_STR_CLOSE = "</t></is></c>"


def encode_cells(cells: Sequence[Any], style: int = 0, *, prefix_formulas: frozenset[str] = frozenset()) -> str:
    """The cells of one row as XML, positional (no ``r``; gaps as ``<c/>``), reusable in any sheet.

    Numbers become numeric cells; everything else an inline string, never a formula.
    A string starting with a character in ``prefix_formulas`` gets a leading ``'``.
    """
    open_str = f'<c s="{style}" t="inlineStr"><is><t xml:space="preserve">' if style else _STR_OPEN
    open_num = f'<c s="{style}"><v>' if style else "<c><v>"
    parts: list[str] = []
    append = parts.append
    for value in cells:
        kind = type(value)
        if kind is str:
            if not value:
                append("<c/>")
                continue
            if value[0] in prefix_formulas:
                value = neutralise(value)
            append(open_str + (xml_text(value) if _NEEDS_ESCAPE.search(value) else value) + _STR_CLOSE)
        elif kind is int or kind is float:
            append(open_num + repr(value) + "</v></c>")
        elif kind is LocalTime:  # a real date cell, shown as yyyy-mm-dd hh:mm:ss
            append(f'<c s="{DATE_STYLE}"><v>{value.excel_serial!r}</v></c>')
        elif kind is DayDate:  # a report's date: a date cell a clerk can sort and filter by
            append(f'<c s="{DAY_STYLE}"><v>{value.excel_serial}</v></c>')
        elif value is None:
            append("<c/>")
        else:
            text = str(value)
            if text and text[0] in prefix_formulas:
                text = neutralise(text)
            append(open_str + xml_text(text) + _STR_CLOSE if text else "<c/>")
    while parts and parts[-1] == "<c/>":
        parts.pop()
    return "".join(parts)


class _SheetFile:
    def __init__(
        self, name: str, path: Path, widths: Sequence[float], header: Sequence[str], empty_note: str = ""
    ) -> None:
        self.name = name
        self.path = path
        self.empty_note = empty_note
        self._noted = False  # the empty note was written (the sheet stays empty: no filter, no filter name)
        self.fh: IO[str] = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed in finish()
        self.rows = 0
        self.ncols = len(header)
        cols = "".join(
            f'<col min="{i + 1}" max="{i + 1}" width="{w:.1f}" customWidth="1"/>' for i, w in enumerate(widths)
        )
        self.fh.write(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheetViews><sheetView workbookViewId="0">'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>' + (f"<cols>{cols}</cols>" if cols else "") + "<sheetData>"
        )
        self.write_row([neutralise(h) for h in header], style=1)

    def write_row(self, cells: Sequence[Any], style: int = 0) -> None:
        self.write_encoded(encode_cells(cells, style))

    def write_encoded(self, encoded: str) -> None:
        """Write a row already turned into cell XML by ``encode_cells``."""
        self.rows += 1
        self.fh.write(f'<row r="{self.rows}">{encoded}</row>')

    @property
    def empty(self) -> bool:
        """Only the header: the sheet gets its note and no filter (a filter over a blank row puzzled clerks)."""
        return self._noted or self.rows <= 1

    def finish(self) -> None:
        if self.empty:
            if self.empty_note:
                self.write_row([self.empty_note])
                self._noted = True
            self.fh.write("</sheetData>")
        else:
            last = column_letter(max(self.ncols, 1) - 1)
            self.fh.write(f'</sheetData><autoFilter ref="A1:{last}{self.rows}"/>')
        self.fh.write('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
        self.fh.write("</worksheet>")
        self.fh.close()

    @property
    def filter_ref(self) -> str:
        last = column_letter(max(self.ncols, 1) - 1)
        return f"$A$1:${last}${self.rows}"


_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE9ECEF"/><bgColor indexed="64"/></patternFill></fill>'
    "</fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


class StreamingWorkbook:
    """Sheets are added up front and each written row by row; ``close()`` assembles the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        from models.leftovers import clean_xlsx_scratch, xlsx_scratch_prefix

        clean_xlsx_scratch()  # scratch folders of killed exports
        self._tmp = tempfile.TemporaryDirectory(prefix=xlsx_scratch_prefix())
        self.sheets: list[_SheetFile] = []

    def add_sheet(
        self, name: str, header: Sequence[str], widths: Sequence[float], *, empty_note: str = ""
    ) -> _SheetFile:
        """A sheet with its header row; ``empty_note`` is written under the header when no row follows."""
        sheet = _SheetFile(name, Path(self._tmp.name) / f"sheet{len(self.sheets) + 1}.xml", widths, header, empty_note)
        self.sheets.append(sheet)
        return sheet

    def close(self) -> None:
        try:
            for sheet in self.sheets:
                sheet.finish()
            self._assemble()
        finally:
            self.abort()

    def abort(self) -> None:
        for sheet in self.sheets:
            if not sheet.fh.closed:
                sheet.fh.close()
        self._tmp.cleanup()

    def _assemble(self) -> None:
        n = len(self.sheets)
        ct = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, n + 1)
        )
        sheets = "".join(
            f'<sheet name="{_attr(s.name)}" sheetId="{i}" r:id="rId{i}"/>' for i, s in enumerate(self.sheets, 1)
        )
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"'{_attr(s.name.replace(chr(39), chr(39) * 2))}'!{s.filter_ref}</definedName>"
            for i, s in enumerate(self.sheets)
            if not s.empty
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            f'Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, n + 1)
        )
        head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        with zipfile.ZipFile(self.path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            zf.writestr(
                "[Content_Types].xml",
                head + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/styles.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                f"{ct}</Types>",
            )
            zf.writestr(
                "_rels/.rels",
                head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" '
                'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                'Target="xl/workbook.xml"/></Relationships>',
            )
            zf.writestr(
                "xl/workbook.xml",
                head + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f"<bookViews><workbookView/></bookViews><sheets>{sheets}</sheets>"
                + (f"<definedNames>{names}</definedNames>" if names else "")
                + "</workbook>",
            )
            zf.writestr(
                "xl/_rels/workbook.xml.rels",
                head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f"{rels}"
                f'<Relationship Id="rId{n + 1}" '
                'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
                'Target="styles.xml"/></Relationships>',
            )
            zf.writestr("xl/styles.xml", _STYLES)
            for i, sheet in enumerate(self.sheets, 1):
                with open(sheet.path, "rb") as src, zf.open(f"xl/worksheets/sheet{i}.xml", "w") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
