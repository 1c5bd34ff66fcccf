"""The shape of a short line that may be an unnumbered heading: its length and script, what it opens or ends with
(an attachment's label, a front or back part's name, a farm's suffix, a cut phrase), a lead-in colon head."""

from __future__ import annotations

import re

from models.ingest.outline_leads import ENUM_LEAD as _ENUM_LEAD
from models.ingest.outline_lines import HEADING_WORDS, Candidate, Line, squeeze
from models.ingest.outline_lost import PLAIN_MAX_CHARS
from models.ingest.outline_plain_context import DATE_LINE, PLAIN_BAD

_CJK = re.compile(r"[\u4e00-\u9fff]")
_QUOTED = re.compile(r"“[^“”\n]{1,16}”")  # a quoted term, one word of its phrase
# a news page's label over its related-items block (1413 新闻推荐, 1215 相关新闻, 286 热门推荐 / 相关内容): the
# page's furniture after the item, never a section of it
_PAGE_BLOCK = re.compile(
    r"(?:新闻|热门|热点|精彩|相关)推荐|相关(?:新闻|阅读|文章|内容|报道)|(?:推荐|延伸|更多)阅读|猜你喜欢"
)
NAMED = re.compile(
    r"^(?:(?:专业)?名词解释|附注(?=$)|附录[0-9０-９一二三四五六七八九十]*"
    # (附件 1: a PDF copy sets figures off by blanks; 附  件: 公文 typography spaces out a two-character line)
    r"|附件[ 　]?[0-9０-９一二三四五六七八九十]+[:：]?|附[ 　\xa0]{0,4}件(?=$))"
    r"(?:[\s　].*)?$"
)
FRONT_BACK = re.compile("前言|序言|引言|结束语|结语")  # the parts a plan or a long report opens and closes with
# (附  件: 公文 typography spaces out a two-character line, as 前  言 (623) and 说  明 (393))
ANNEX_LABEL = re.compile(
    r"(附[ 　\xa0]{0,4}件(?:[0-9０-９一二三四五六七八九十]+|[ 　][0-9０-９]{1,2}(?=[\s　:：]|$))?)[\s　:：]*"
)
ANNEX_TITLED = re.compile(r"附件[0-9０-９]*[:：]\s*(?![0-9０-９]+[.．、])[^\s：:]{4,60}$")  # 附件：<one title>
# 要突出抓好十个方面的工作： / 重点做好以下几项工作： counts the items it announces: a lead-in sentence, not a sub-head
_COUNTED_LEAD = re.compile(r"以下|如下|[一二三四五六七八九十两几0-9]+(?:个|项|条|件)")
# a content farm's suffix to a document's title: (通用5篇), (2023年科技局计划范文), 范文范例, (四页)
FARM_SUFFIX = re.compile(
    r"(?:[(（][^()（）]*(?:[0-9一二三四五六七八九十]篇|范文|[0-9一二三四五六七八九十]页)[)）]|范文(?:范例|大全)?)$"
)
# a title's qualifier on the line under it, as 公文 titles write it: its period, or the draft's standing
QUALIFIER = re.compile(
    r"[（(](?:[0-9０-９]{4}\s*[—\-－–~至]{1,2}\s*[0-9０-９]{4}年?|试行|暂行|草案|征求意见稿|修订稿|送审稿)[）)]"
)
WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")  # a piece of a line that holds a word, not a dash or a page number
NO_LINE_START = "、，,。；;：:）)》”"  # what never opens a line of its own
# a preposition or conjunction ending the line: its object goes on after the break (关于 ⏎ 价格体系的改革，…), a phrase
# a link or a bold span cut out of its sentence, never a title
TAKES_OBJECT = re.compile(r"(?:关于|对于|按照|根据|为了|通过|随着|由于|围绕|以及|并且|或者)$")


def colon_head(text: str, line: Line) -> bool:
    """``工会工作：`` alone on its line: a heading word, then a lead-in colon that counts nothing."""
    s = text[line.start : line.end]
    return (
        s[-1] in "：:"
        and s[:-1].endswith(HEADING_WORDS)
        and not PLAIN_BAD.search(s[:-1])
        and not _COUNTED_LEAD.search(s)
    )


def opens_run(c: Candidate | None) -> bool:
    """The candidate opens a numbered run: its number is 1."""
    return c is not None and c.value == 1


def plain_shape(text: str, line: Line, under: bool) -> bool:
    """A short line that may title what follows; right under a heading line it may hold one comma."""
    n = line.end - line.start
    if n < 2 or n > PLAIN_MAX_CHARS:
        return False
    s = text[line.start : line.end]
    # (a comma inside a quoted term is the term's own: 深化“网格化管理,组团式服务”成果,优化管理与服务 holds one)
    outside = _QUOTED.sub("", s)
    if under and outside.count("，") + outside.count(",") == 1:
        s = s.replace("，", "").replace(",", "")
    if s[0] in "(（〔【[<《" or PLAIN_BAD.search(s) or DATE_LINE.match(s) or _PAGE_BLOCK.fullmatch(squeeze(s)):
        return False
    if s.endswith(("如下", "附件")) or s.startswith(("特此", "附件", "抄送", "印发", "责任编辑")):
        return False
    if _ENUM_LEAD.match(s):
        return False
    # (a year the line opens with is one word of it, however many figures: 2016成绩单, 2023亮点回顾)
    year = _YEAR_WORD.match(s)
    n -= year.end() - 1 if year is not None else 0
    cjk = len(_CJK.findall(s))
    return cjk >= 2 and cjk * 2 >= n


_YEAR_WORD = re.compile(r"(?:19|20)[0-9]{2}(?=[\u4e00-\u9fff])")
ANNEX_TITLE_MAX = 60  # characters of an attachment's own title under its 附件1 line (a document's title, not a phrase)


def annex_title_shape(text: str, line: Line) -> bool:
    """The line under a 附件1 alone on its line may be the attachment's own title: no sentence, mostly Chinese."""
    s = text[line.start : line.end]
    if not 2 <= len(s) <= ANNEX_TITLE_MAX or s[0] in "(（〔【[<" or PLAIN_BAD.search(s) or DATE_LINE.match(s):
        return False
    return len(_CJK.findall(s)) * 2 >= len(s)


_SENTENCE_MARK = re.compile(r"[。！？；!?;]")


def retitle_shape(text: str, line: Line) -> bool:
    """A line repeating a contents entry's title may be as long as the entry and hold its colon
    (要点之一：2022年工作回顾): no sentence, mostly Chinese, no longer than a document's title."""
    s = text[line.start : line.end]
    if not 2 <= len(s) <= ANNEX_TITLE_MAX or s[0] in "(（〔【[<" or _SENTENCE_MARK.search(s) or DATE_LINE.match(s):
        return False
    return len(_CJK.findall(s)) * 2 >= len(s)
