"""A page's copies of the report's opening: a doc store's abstract or lead that repeats the text's first lines.

A store prints the first hundred characters of a document as its abstract (``摘要:`` … ``展开>>``), before or
after the document, often flattened to one line and cut with ``...``; a farm prints its page title over a
paragraph that opens with the report's own title. The copy says nothing the text does not say right after
(or before) it, so it is chrome; the text itself, however it was wrapped, stays.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from models.folding import compact as _compact
from models.ingest.chrome_titles import loose_title
from models.ingest.metadata_candidates import REPORT_END

_ELLIPSIS = re.compile(r"(?:\.{2,}|…+|⋯+|。{3,})$")
_SENTENCE = re.compile(r"[，,。；;：:！!？?]")
_MIN = 20  # compact characters: a shorter line is no abstract
_NEAR = 0.9  # how alike the copy and the text must be (a PDF's page number or a lost superscript may differ)
_WINDOW = 12  # lines: how far from the copy the text it copies may start
_LABELLED = 40  # compact characters of a labelled abstract (【摘要】:…) that must copy the text


# a site's label over its abstract (【摘要】:, 内容提要:): the copy starts after it
_ABSTRACT_LABEL = re.compile(r"^[【〔\[(（]?(?:内容)?(?:摘要|提要)[】〕\])）]?[:：]")


def _key(line: str) -> str:
    return _ELLIPSIS.sub("", _ABSTRACT_LABEL.sub("", _compact(line)))


def _copies(key: str, lines: list[str], starts: range, skip: int, *, across: bool = False) -> bool:
    """The text from one of ``starts`` (its own line not ``skip``) opens with ``key``, nearly verbatim (``across``:
    the copy runs past the first line of the text into the next)."""
    for j in starts:
        if j == skip or not _compact(lines[j]).startswith(key[:6]):
            continue
        if across and len(_compact(lines[j])) >= len(key):
            continue
        text = ""
        k = j
        while k < len(lines) and len(text) < len(key) + 10:
            if k == skip:
                break
            text += _compact(lines[k])
            k += 1
        if k == j + 1 and len(text) <= len(key):
            continue  # one line no longer than the copy: it may be the copy's own copy, not the text
        if SequenceMatcher(None, key, text[: len(key)], autojunk=False).ratio() >= _NEAR:
            return True
    return False


# a site's lead blurb under its label (导读:, 【导语】): the site's word on the report, never the report's
_BLURB = re.compile(r"^[【〔\[(（]?(?:导读|导语)[】〕\])）]?[:：]?(?=\S)")
_BLURB_REACH = 2  # lines past the body's start: a blurb stands over the report's own opening


def lead_blurbs(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """Mark as chrome a site's labelled blurb over the report (``导读:加强…具有重要意义。``, 971)."""
    for i in range(min(len(lines), start + _BLURB_REACH)):
        text = _compact(lines[i])
        if roles[i] == "body" and len(text) >= _MIN and _BLURB.match(text) and _SENTENCE.search(text):
            roles[i], reasons[i] = "chrome", "a site's lead blurb over the report (导读:)"


def opening_copies(lines: list[str], roles: list[str], reasons: list[str], start: int, last_paragraph: int) -> None:
    """Mark as chrome the lines before the body (or after its last paragraph) that copy the text's opening.

    Args:
        lines: the page's lines.
        roles: their roles so far (changed in place).
        reasons: why each role (changed in place).
        start: the line where the body begins.
        last_paragraph: the body's last paragraph line.
    """
    n = len(lines)
    # the last paragraph itself may be the copy (a store's abstract printed after a text the preview cut)
    candidates = [*range(min(start + 1, n)), *range(max(last_paragraph, start + 1), n)]
    for i in candidates:
        if roles[i] != "body":
            continue
        key = _key(lines[i])
        # a summary a store cut (…) may copy a title and the line after it with no clause mark between
        across = not _SENTENCE.search(key) and bool(_ELLIPSIS.search(_compact(lines[i])))
        if len(key) < _MIN or not (_SENTENCE.search(key) or across):
            continue  # a title printed twice or split over lines is not an abstract
        if i <= start:
            if _ABSTRACT_LABEL.match(_compact(lines[i])):
                key = key[:_LABELLED]  # a labelled abstract may go on to sum up later paragraphs: its opening tells
            after = range(i + 1, min(n, i + 1 + _WINDOW))
            if _copies(key, lines, after, i, across=across):
                roles[i], reasons[i] = "chrome", "a copy of the text's opening over it (a store's abstract)"
        elif across:
            continue  # after the text, only a copy with a clause of its own
        elif sum(len(_compact(t)) for t in lines[start:i]) < 2 * len(key):
            continue  # the text before it is no longer than the copy: that is the copy (a wiki's lead), this the text
        elif _copies(key, lines, range(max(0, start - 2), min(i, start + 2)), i):  # it copies the very opening
            roles[i], reasons[i] = "chrome", "a copy of the text's opening after it (a store's abstract)"


# what opens a report's text right after its title run in (a year or its mask, a section label, an addressee),
# unlike a sentence whose subject is the report (…工作报告已经…通过)
_OPENING = re.compile(
    r"Y|\d|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|各位|同志们|"
    r"(?:[(（](?:全文|摘要|节选|草案)[)）])?[-—－–]{1,4}\s*(?:在|Y|\d)"  # its delivery line run in (——在…会议上)
)


_HEAD = 8  # lines: the top of a page where its title stands
_RUN_IN_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]")


def titles_over_run_in(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """Mark as chrome a page title standing over a paragraph that opens with the report's own title.

    A store prints its page title on a line of its own, and the document's text, as its copy was made,
    opens with the same title run into its first paragraph (``…工作计划202x年以来,…``); the copy in
    the text is the report's, the line over it the page's (its numbers, dates and year masks aside).
    """
    head = max(start + 1, _HEAD)  # a page whose body start was not found (a run-in text) is read from its top
    for i in range(min(head, len(lines))):
        if roles[i] != "body" or not REPORT_END.search(_compact(lines[i])):
            continue
        key = loose_title(lines[i])
        if len(key) < 6:
            continue
        for j in range(i + 1, min(len(lines), head + 2)):
            if roles[j] != "body":
                continue
            text = loose_title(lines[j])
            spaced = loose_title(lines[j].split()[0]) == key if lines[j].split() else False
            after = _RUN_IN_LABEL.sub("", text[len(key) :], count=1)  # a farm's label between (…总结工作总结:2020年)
            opens = spaced or _OPENING.match(after) is not None
            if not text.startswith(key):
                break
            if opens and len(text) >= len(key) + 10 and _SENTENCE.search(text[len(key) :]):
                roles[i], reasons[i] = "chrome", "page title (the text opens with the report's own copy)"
                break
            # another copy opening with the title (a store's cut abstract): the text may be the next line
