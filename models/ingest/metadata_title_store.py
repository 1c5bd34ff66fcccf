"""Titles a doc store or content farm wraps round reports: a compilation's label over its 目录, the store's copy of
its page title before the own one, a farm's piece label."""

from __future__ import annotations

import re

from models.folding import compact
from models.ingest.metadata_candidates import REPORT_END

_SENTENCE = re.compile(r"[。；;！!？?，,:：]")


_ITEM = re.compile(r"^\d{1,2}\s*[.、．]\s*(.*)$")
_PAGE_NO = re.compile(r"\s*\d{1,3}\s*[:：]?$")  # the item's page in the 目录, the store's part number (…计划1:)
_COMPILATION = re.compile(r"汇编|合集|[\d一二三四五六七八九十两]+\s*篇")


def first_of_compilation(current: str | None, lines: list[str], chrome: tuple[str, ...]) -> str | None:
    """The first document's own title in a doc site's compilation (a ``…汇编(6篇)`` label over a 目录 of
    documents, then the documents): the compilation's label is the site's, the clerk files the first document.
    The label and the 目录 may be in the text or among the chrome the cleaner set aside."""
    if current is not None and not _COMPILATION.search(current):
        return None
    if not any(_COMPILATION.search(line) for line in (*chrome[:8], *lines[:4])):
        return None
    names: list[str] = []
    seq = [*chrome[:20], *lines[:40]]
    for idx, line in enumerate(seq):
        if (m := _ITEM.match(line)) is None:
            continue
        text = m.group(1) or (seq[idx + 1] if idx + 1 < len(seq) else "")  # 1. alone, the name on the next line
        name = _PAGE_NO.sub("", text).strip()
        if REPORT_END.search(name) and not _SENTENCE.search(name):
            names.append(name)
    if len(names) < 2:
        return None
    items = sum(1 for line in lines[:40] if _ITEM.match(line) or _PAGE_NO.sub("", line).strip() in names[1:])
    for line in lines[: items + 10]:
        if not _ITEM.match(line) and _PAGE_NO.sub("", line).strip() == names[0]:
            return names[0]
    return None


# a one-line compilation's 目录 (目录1.2023年白鹤镇政府工作报告2.…, 目录杭州市政府工作报告- 3 -…): its first entry; the
# first piece opens after the last entry with the same name, then its delivery line or salutation (844, 1934)
_FIRST_ENTRY = re.compile(
    r"目\s*录\s*(?:1\s*[.、．]\s*)?((?:(?:19|20)\d\d\s*年)?[^\s\-—–\d.、．][^。，,；;：:!！\-—–\s]{3,38}?(?:报告|总结|计划|公报|要点|规划))"
)
_PIECE_OPENS = re.compile(r"\s*(?:——|—|--|各位代表|同志们|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在)")
_KIND = re.compile(r"报告|总结|计划|公报|要点|规划")
_GATHERED = re.compile(r"汇编|合集|专辑|[\d一二三四五六七八九十两]+\s*篇")


def first_of_oneline_compilation(current: str | None, lines: list[str]) -> str | None:
    """The first piece's title in a one-line copy of a compilation: the 目录's first entry, when the label over it
    names a compilation and the same name opens the text after two entries more, its delivery line or salutation
    after it (the choice, when one was made, the compilation's label)."""
    if current is not None and not _COMPILATION.search(current):
        return None
    text = " ".join(lines[:40])[:6000]
    if (m := _FIRST_ENTRY.search(text)) is None or not _GATHERED.search(text[: m.start()]):
        return None
    name = m.group(1)
    at = text.find(name, m.end())
    while at > 0:
        if len(_KIND.findall(text[m.end() : at])) >= 2 and _PIECE_OPENS.match(text, at + len(name)):
            return name
        at = text.find(name, at + len(name))
    return None


# a news item on a release: 6月7日消息 某某部发布《2021年度…统计公报》(以下简称《公报》)


# a store chunk's number (1、) before the copy; a 公文 title (issuer, 关于, matter, kind) running into its first
# sentence
_CHUNK_NUMBER = re.compile(r"^\d{1,2}\s*、")
_ABOUT_HEAD = re.compile(
    r"^([\u4e00-\u9fff（）()]{2,30}关于[^，。,；;：:！!？?《》]{4,60}?(?:工作总结|总结|工作报告|报告|计划|要点|汇报|方案))"
    r"(?![和及与暨以的])(?=[\u4e00-\u9fff])"
)


def _about_title_after_copies(target: str, lines: list[str]) -> str | None:
    """The own 关于 title glued after a store's page title printed twice at the head of its first chunk
    (``1、某某总结某某总结某局关于…总结按照…``, 1068): the copies are the store's (365 prints them so over its text)."""
    # the store's file name (某某总结.doc), the chunk's number (1、某某总结) taken with the copy
    target = re.sub(r"\.(?:docx?|pdf|wps)$", "", _CHUNK_NUMBER.sub("", target))
    for line in lines[:8]:
        text = _CHUNK_NUMBER.sub("", compact(line))
        if len(target) < 6 or not text.startswith(target * 2):
            continue
        while text.startswith(target):
            text = text[len(target) :]
        if (m := _ABOUT_HEAD.match(text)) is not None:
            return m.group(1)
    return None


def own_title_after_store_copy(current: str | None, lines: list[str]) -> str | None:
    """The report's own title after a doc store's copy of its page title that opens the one-line body
    (``2021 某局年终工作总结… 某局年度工作总结… 20xx 年,…``): the copy is the store's, the next piece the report's."""
    if current is None:
        return None
    target = compact(current)
    if (about := _about_title_after_copies(target, lines)) is not None:
        return about
    for k, line in enumerate(lines[:8]):
        if compact(line) != target or k + 1 >= len(lines):
            continue
        pieces = lines[k + 1].split()
        joined = ""
        for n, piece in enumerate(pieces[:8]):
            joined += piece
            if joined.startswith(target) and (len(joined) > len(target) or n + 1 < len(pieces)):
                own = joined[len(target) :] or pieces[n + 1]  # the copy and the own title may run together
                if 6 <= len(own) <= 40 and REPORT_END.search(own) and not _SENTENCE.search(own) and own != target:
                    return own
                return None
            if not target.startswith(joined):
                return None
    return None


_PIECE_LABEL = re.compile(r"^(.{4,60}?)\s*篇\s*[(（]?\d{1,2}[)）]?$")  # 某某工作总结 篇1: a farm's piece label
_PIECES = re.compile(r"[(（][^()（）]{0,6}\d{1,2}\s*篇[)）]|\d{1,2}\s*篇$")  # (通用5篇), 范文五篇: a compilation


def compilation_label(title: str | None, lines: list[str], chrome: tuple[str, ...]) -> bool:
    """The title chosen is a farm compilation's own label (``…(通用5篇)``), or the label its piece is filed
    under (``…工作计划 篇1``) while the piece has no own title (986, 722, 723): no title."""
    if title is None:
        return False
    if _PIECES.search(title):
        return True
    short = compact(title).removeprefix("关于")
    if any(compact(line).removeprefix("关于") == short for line in lines[:6]):
        return False  # the label stands as a heading line of the text (985): the page's title for the piece
    for line in (*chrome[:12], *lines[:6]):
        m = _PIECE_LABEL.match(line.strip())
        if m and compact(m.group(1)).removeprefix("关于") == short:
            return True
    return False


_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# a farm's piece mark after its label (…总结篇1, …总结 篇(2), …总结范文一, …总结范文 『范文1』) or before it
# (篇一:…总结); a paged part (…范文(2), …解读(三)) is none, nor a year glued after 范文 (…计划范文2017年,…)
_MARK_AFTER = re.compile(
    rf"^(.{{4,60}}?)\s*(?:篇\s*[(（【]?{_NUM}[)）】]?|(?:范文)?\s*[『【]范文\s*{_NUM}[』】]|范文\s*{_NUM})(?:_第\d{{1,3}}页)?$"
)
# a doc store's page caption naming its file (…总结篇五_第1页): the file is a collection's piece, named by its label
_PAGE_CAPTION = re.compile(r"_第\d{1,3}页$")
_MARK_BEFORE = re.compile(rf"^[【\[(（]?篇\s*{_NUM}[】\])）]?\s*[:：]\s*(.{{4,60}})$")
# a collection's ordinal mark before a piece (第一篇:…报告, 第1篇 …计划 6150字): a collection's only on a page that
# says it holds several pieces (多篇相关的《…》, …计划(四篇): 2374, 2421); alone it may mark the piece's own (2257)
_ORDINAL_BEFORE = re.compile(rf"^第\s*{_NUM}\s*篇\s*[:：\s]\s*(.{{4,60}}?)(?:\s+\d{{3,5}}字)?$")
_COUNTED = re.compile(r"(?:多|数|几|\d{1,2}|[两二三四五六七八九十]{1,3})篇")


# a year in a label (2013年, 20xx年度) or the bare 年 a farm left after the place when it dropped the year (德清县年政府
# 工作报告篇1 under the label 德清县政府工作报告, 2325): the same collection's label either way
_LABEL_YEAR = re.compile(
    r"(?:(?:19|20)\d\d|20[xX×]{2}|[xX×]{2,4})\s*年度?|(?<=[省市县区镇乡旗州盟])年度?(?![度终初底中])"
)


def _label_key(label: str) -> str:
    return _LABEL_YEAR.sub("", compact(label).removesuffix("范文").removeprefix("关于"))


def _marked_label(line: str, counted: bool = False) -> str | None:
    text = line.strip()
    m = _MARK_AFTER.match(text) or _MARK_BEFORE.match(text) or (_ORDINAL_BEFORE.match(text) if counted else None)
    return _label_key(m.group(1)) if m else None


def piece_of_collection(
    title: str | None, lines: list[str], chrome: tuple[str, ...], original: str, title_at: list[int]
) -> bool:
    """The title chosen is a farm collection's label over a piece it marks (``…总结篇1``, ``篇一:…总结``,
    ``…总结范文 『范文1』``) and no own title of the piece stands after the mark (lead's ruling, session 26: 1783,
    2044, 458, 985 as 2190, 1919, 148): no title. ``title_at`` holds where the text's lines equal to the title start
    in ``original``; one after the mark is the piece's own title (871 ``篇1:X`` over ``X``), as is a copy the cleaner
    set aside after it."""
    if title is None:
        return False
    short = _label_key(title)
    counted = any(_COUNTED.search(line) for line in chrome[:15])
    marks = [k for k, line in enumerate(chrome[:15]) if _marked_label(line, counted) == short]
    marked = [line for line in (*chrome[:15], *lines[:3]) if _marked_label(line, counted) == short]
    if not marked:
        return False
    # the collection's label stands apart from the mark (the page's title over 篇1), or calls its piece a sample on
    # the mark's line (…范文 『范文1』, 458); a mark alone before a title (篇一:某某政府工作报告) marks the piece's own
    labels = [line for line in (*chrome[:15], *lines[:3]) if compact(line).removeprefix("关于") == compact(title)]
    captioned = any(_PAGE_CAPTION.search(line) for line in marked)  # the store's file is the piece (2354)
    if not labels and not captioned and not any(_label_key(line).startswith(f"{short}范文") for line in marked):
        return False
    if marks and any(_label_key(line) == short for line in chrome[marks[0] + 1 : 15]):
        return False  # the piece's own title set aside after its mark
    at = next(
        (m.start() for m in re.finditer(r"[^\n]+", original[:20000]) if _marked_label(m.group(), counted) is not None),
        None,
    )
    return at is None or not any(pos > at for pos in title_at)
