"""Undoing what a PDF-to-Word conversion leaves in a .docx: split paragraphs, line-end spaces, page numbers.

A converter writes every printed line or page as it found it: a paragraph cut by a page end becomes two
Word paragraphs (often with a section break and empty paragraphs between), the space a PDF puts at each
line end stays between two Chinese characters (`区各有 关部门`), and a printed page number becomes a
paragraph. Word's own documents show none of this, so each repair needs its own evidence: a page
boundary, a continuation that starts at the margin where the document indents its paragraphs, or a
document whose prose is full of line-end spaces. Letter-spaced lines (`项 目 名 称`) are closed up in
any document.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from models.folding import compact

# CJK ideographs, CJK punctuation and full-width forms
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’"
_CJK_CHAR = re.compile(f"[{_CJK}]")
# one or two spaces between two CJK characters, or between a CJK character and a digit
_GAP = re.compile(
    f"(?<=[{_CJK}])[ \u00a0]{{1,2}}(?=[{_CJK}])|(?<=[{_CJK}])[ \u00a0](?=\\d)|(?<=\\d)[ \u00a0](?=[{_CJK}])"
)
# gaps inside prose: two CJK characters on each side (not letter-spacing, not a field separator)
_PROSE_GAP = re.compile(f"[{_CJK}]{{2}}[ \u00a0]{{1,2}}[{_CJK}]{{2}}")
# a run of three or more single CJK characters separated by single spaces: `项 目 名 称`
_LETTER_SPACED = re.compile(r"(?<![^\s])[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}(?![^\s])")
_PAGE_NUMBER = re.compile(
    r"^[-—–－·\s]*(?:\d{1,3}|第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?)[-—–－·\s]*$|^\d{1,3}\s*/\s*\d{1,3}$"
)
# a numbering label opening a paragraph: it opens a new paragraph, never continues one
_LABEL = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[章节条部分]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]"
    r"|\d+[、．.](?!\d)|[①-⑳]|附件|[一二三四五六七八九十]是)"
)
# how a paragraph may end when its sentence runs on to the next paragraph
_OPEN_END = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9，、（《“—\-]$")
_MIN_CUT = 15  # characters: a shorter paragraph is a heading or a signature line, not a cut printed line
_INDENT_TWIPS = 200  # a first line this far right of the margin is an indented paragraph start


@dataclass
class Para:
    """One Word paragraph as read, with the layout facts the repairs look at."""

    text: str  # the paragraph's text, its numbering label included
    labelled: bool = False  # Word numbering gave it a label
    in_table: bool = False
    centred: bool = False  # centred or right-aligned
    start: int | None = None  # twips from the margin where the first line starts (left + firstLine - hanging)
    left: int | None = None  # twips from the margin where the other lines start
    indent_chars: bool = False  # a first-line indent given in characters (firstLineChars)
    page_before: bool = False  # a page break opens it (before its text)
    page_after: bool = False  # a section or page break closes it (a printed page ended here)


def _is_blank(p: Para) -> bool:
    return not p.text.strip()


def is_page_number(text: str, *, bare: bool = False) -> bool:
    """A paragraph that is only a printed page's number (`- 3 -`, `第3页 共9页`, `3/9`; `3` only when ``bare``)."""
    stripped = text.strip()
    if not stripped or len(stripped) > 16 or (stripped.isdigit() and not bare):
        return False
    return bool(_PAGE_NUMBER.match(stripped))


def close_letter_spacing(text: str) -> str:
    """`项 目 名 称` → `项目名称`: runs of single CJK characters set apart by single spaces."""
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


def pdf_like(paras: list[Para]) -> bool:
    """Prose full of spaces between Chinese characters: the line ends of a converted PDF."""
    long = [p for p in paras if not p.in_table and len(p.text) >= 40]
    if not long:
        return False
    with_gap = sum(1 for p in long if _PROSE_GAP.search(p.text))
    return with_gap >= 3 and with_gap >= 0.25 * len(long)


def _margin(paras: list[Para]) -> int | None:
    """The left edge of the text: the smallest left indent that several long paragraphs share."""
    starts = Counter(p.left for p in paras if not p.in_table and len(p.text) >= 40 and p.left is not None)
    common = [s for s, n in starts.items() if n >= max(2, 0.1 * sum(starts.values()))]
    return min(common) if common else None


def _indented(p: Para, margin: int | None) -> bool:
    if p.indent_chars or p.text[:1].isspace():
        return True
    return p.start is not None and margin is not None and p.start >= margin + _INDENT_TWIPS


def _uses_indent(paras: list[Para], margin: int | None) -> bool:
    long = [p for p in paras if not p.in_table and len(p.text) >= 40]
    return bool(long) and sum(1 for p in long if _indented(p, margin)) >= 0.3 * len(long)


def _continues(a: Para, b: Para, *, page: bool, spaced: bool, indents: bool, margin: int | None) -> bool:
    """Whether paragraph ``b`` is the rest of ``a``'s printed paragraph."""
    if a.in_table or b.in_table or a.centred or b.centred or b.labelled:
        return False
    head = a.text.rstrip()
    if len(head) < _MIN_CUT or "\n" in head or not _OPEN_END.search(head) or _LABEL.match(b.text):
        return False
    if not b.text[:1].strip() or (not _CJK_CHAR.match(b.text[0]) and not b.text[0].isalnum()):
        return False
    if indents:
        at_margin = b.start is not None and not _indented(b, margin)
        return at_margin and (page or spaced)
    return page and spaced


def _fold(text: str) -> str:
    return re.sub(r"\d+", "#", compact(text))


def running_heads(paras: list[Para], *, converted: bool) -> set[int]:
    """Paragraphs a converter kept from the printed pages' running header or footer.

    The pages are cut at section and page breaks; a short line (no sentence end) that opens or closes
    at least half of three or more pages is the page's, not the text's. Page numbers are folded only in
    a ``converted`` document: Word's own sections may open `附件1`, `附件2`, `附件3`.
    """
    pages: list[list[int]] = [[]]
    for i, p in enumerate(paras):
        if p.page_before and pages[-1]:
            pages.append([])
        if not _is_blank(p) and not p.in_table:
            pages[-1].append(i)
        if p.page_after:
            pages.append([])
    pages = [page for page in pages if page]
    if len(pages) < 3:
        return set()
    edges: dict[str, list[int]] = {}
    for page in pages:
        for i in {page[0], page[-1]}:
            text = paras[i].text.strip()
            if len(text) <= 40 and text[-1] not in "。！？；：，":
                edges.setdefault(_fold(text) if converted else text, []).append(i)
    return {i for at in edges.values() if len(at) >= max(3, len(pages) // 2) for i in at}


def repair(paras: list[Para]) -> list[str]:
    """The lines of the document after the repairs (one line per paragraph, as before)."""
    spaced = pdf_like(paras)
    margin = _margin(paras)
    indents = _uses_indent(paras, margin)
    running = running_heads(paras, converted=spaced)
    lines: list[str] = []
    last: int | None = None  # index in ``lines`` of the last paragraph with text
    last_para: Para | None = None
    page = False  # a page boundary since the last paragraph with text
    pending: list[str] = []  # blank lines since then
    for k, original in enumerate(paras):
        text = original.text
        if spaced and not original.in_table:
            text = _GAP.sub("", text)
        p = replace(original, text=close_letter_spacing(text))
        page = page or p.page_before
        if k in running:
            page = True
            continue
        if _is_blank(p) or (not p.in_table and last_para is not None and is_page_number(p.text, bare=spaced)):
            if _is_blank(p):
                pending.append(p.text)
            page = True if not _is_blank(p) else page or p.page_after
            continue
        if (
            last is not None
            and last_para is not None
            and _continues(last_para, p, page=page, spaced=spaced, indents=indents, margin=margin)
        ):
            lines[last] = lines[last].rstrip() + p.text.lstrip()
            last_para = replace(last_para, text=lines[last])
            pending = []
        else:
            lines.extend(pending)
            pending = []
            lines.append(p.text)
            last = len(lines) - 1
            last_para = p
        page = p.page_after
    lines.extend(pending)
    return lines
