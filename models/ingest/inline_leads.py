"""What a site glues before the text at the start of a line: its advert, label, stamp or collection title.

Each function returns the length of the glued lead (0 when there is none); ``inline_debris`` deletes it.
"""

from __future__ import annotations

import re

from models.ingest.clean_site_words import SITE_WORDS, site_word_count

__all__ = ["LEAD", "leading_advert", "leading_collection", "leading_label", "leading_stamp"]

# a numbered lead: the report's own item (一、, 一是, (一), 1、, ——)
LEAD = re.compile(r"[一二三四五六七八九十]+(?:、|是)|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|——")


# a doc store's collection title and its piece's label opening the piece's copy: 县交通运输局2018年工作总结5篇【篇一】,
# …心得体会3篇 篇一:, …范文汇编5篇(第一篇); the pieces under it have no title of their own (1643, as 462/899/979)
_COLLECTION = re.compile(
    r"^[^，,。；;！!？?\s]{2,60}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})篇(?:范文|精选|汇编|合集|大全)?\s*"
    r"(?:[【〔\[(（](?:篇[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}篇)[】〕\])）]"
    r"|(?:篇[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}篇)\s*[:：])\s*"
)


def leading_collection(line: str) -> int:
    """The length of a doc store's collection title and piece label opening a line (``…5篇【篇一】``), or 0."""
    m = _COLLECTION.match(line)
    return m.end() if m else 0


def leading_advert(line: str) -> int:
    """The length of a site's advert fused onto the start of a line (``老金范文,…下载网址:www… ``), or 0."""
    sp = line.find(" ")
    if 0 < sp <= 80 and site_word_count(line[:sp]) >= 2:
        return sp + 1
    # or its blurb to the reader, ended by a full stop the text goes on after (``…由我整理,希望给你…带来便利,猜你
    # 可能喜爱“…”。 政府工作报告…``: 2060): a page label and a sentence of the site's own, no report's
    stop = line.find("。 ", 0, 160)
    if stop > 0 and not re.search(r"[。！？!?]", line[:stop]) and site_word_count(line[: stop + 1]) >= 2:
        return stop + 2
    return 0


# a doc store's promises and number that open its copy besides the site's words (下载后可任意编辑, 编号:682553579)
_STORE_STAMP = re.compile(r"可任意编辑|^编号\s*[:：]\s*\d{6,}")
_STAMP_REACH = 24  # characters: how far into the line a store's stamp may run
_STAMP_GAP = 8  # characters between two of its words (精选优质文档-倾情为你奉上)


def leading_stamp(line: str) -> int:
    """The length of a doc store's stamp glued onto the start of a one-line copy, or 0.

    A store opens its flattened copy with its slogan, promise or document number run straight into the
    report's title (``精选优质文档-倾情为你奉上林业局…``, ``下载后可任意编辑民政局…``, ``编号:682553579区卫计局…``): the
    stamp is a chain of the site's words starting near the line's start, with no sentence mark in it, and
    the report's text goes on right after it.
    """
    if len(line) < 80 or LEAD.match(line):
        return 0  # a numbered line is the report's own
    end = 0
    found = sorted(
        [(m.start(), m.end()) for m in SITE_WORDS.finditer(line[:_STAMP_REACH])]
        + [(m.start(), m.end()) for m in _STORE_STAMP.finditer(line[:_STAMP_REACH])]
    )
    for s, e in found:
        if s - end > _STAMP_GAP:
            break
        if _SENTENCE_MARK.search(line[end:s]):
            break
        end = max(end, e)
    if not end or not _CJK_WORD.match(line[end:]):
        return 0
    return end


_SENTENCE_MARK = re.compile(r"[。！？!?；;，,]")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]")
_REPORT_KIND = re.compile(r"(?:政府)?工作(?:报告|总结|计划|要点|方案)$")


def leading_label(line: str) -> int:
    """The length of a store's label that repeats the title opening the text (``X工作总结工作总结 X工作总结今年…``).

    The label is the words before the first space (with a short category word after it, ``X总结 范文 X总结…``);
    the text after it opens with most of the label again (all but a category word of up to six characters),
    or the label names a kind of report (``…政府工作报告``) that the report's own fuller title after it ends with.
    """
    first = line.find(" ")
    second = line.find(" ", first + 1) if first > 0 else -1
    if 4 <= first <= 60 and (kind := _REPORT_KIND.search(line[:first])):
        title = line[first + 1 :].lstrip().split(" ", 1)[0]
        if len(title) > first and title.endswith(line[kind.start() : first]):
            return len(line) - len(line[first + 1 :].lstrip())  # the store's name, then the report's fuller title
    for sp in (first, second):
        if not 8 <= sp <= 60 or (sp == second and second - first > 7):
            continue
        label, rest = line[:sp].replace(" ", ""), line[sp + 1 :].lstrip()
        common = 0
        while common < len(label) and common < len(rest) and label[common] == rest[common]:
            common += 1
        if common >= 8 and len(label) - common <= 6 and len(rest) > len(label):
            return len(line) - len(rest)
    return 0
