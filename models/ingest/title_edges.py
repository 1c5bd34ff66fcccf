"""What a copy glues to a title's edges: a store's, farm's or portal's additions around it (a file's extension, 范文, a
badge, a region tag, the site's name and posting time), a gazette's issue number before it, a mirror's lost glyphs
after it or its garbled region tag before it, a posting's office in brackets after it, a hijacker's keyword chain where
the place's name stood, a forum's jammer run after it, a store's anti-copy token after each head line, a portal's
font-size bar after it."""

from __future__ import annotations

import re

from models.ingest.inline_junk import is_junk_token
from models.ingest.page_fields import CLOCK, DIGIT_DAY, PAGE_DAY

# a doc store's, farm's or portal's additions after the title (….docx, —全文, (3页), …总结范文, 【精品】, (全文))
SITE_SUFFIX = re.compile(
    r"(?:\.(?:docx?|pdf|wps)|—+全文|[(（]\s*[\d一二三四五六七八九十]+\s*页\s*[)）]|[(（](?:19|20)\d{6}[)）]|\d{3,}$"
    # a store's category: (镇乡), （精选）, (3篇), a farm's 范文 after the report's kind (…总结范文, 範文大綱 2462)
    r"|(?<=总结|计划|报告|要点|思路|安排|方案|汇报|打算|设想|规划)(?:\d{2,5}字)?(?:范[文本例](?:范例)?|例文|模[板版])(?:大纲|提纲)?"
    # a farm's compilation word after the report's kind (…工作总结和下半年工作重点汇编, 1630; …工作要点汇编(6篇), 986)
    r"|(?<=总结|计划|报告|要点|思路|安排|方案|汇报|打算|重点)汇编"
    # a farm's sample label after the title (…工作总结范文 『范文1』, 【范文2】)
    r"|\s*[『【\[(（]\s*(?:范文|篇)\s*[\d一二三四五六七八九十]{1,2}\s*[』】\]）)]"
    # a store's format note (…总结word版, （word可编辑）) and its badge (【精品】, 【推荐】)
    r"|(?<=总结|计划|报告|要点|思路|安排|方案|汇报)\s*[(（]?(?:word|WORD|Word|doc)?\s*(?:版|可编辑(?:版)?)[)）]?"
    # (two of them: 【精选推荐】, 1691; a farm's sample word among them: 【优秀范文】, 1964)
    r"|\s*[【\[(（](?:精品|推荐|精选|最新|热门|原创|优秀|完整|范文|范例|模板){1,2}[】\]）)]"
    # an aggregator's note when it last refreshed its copy (…统计公报(2022年更新))
    r"|\s*[(（]\s*(?:19|20)\d\d\s*年?\s*更新\s*[)）]"
    # a store's note after the title: …工作计划供借鉴, …总结(供参考)
    r"|(?<=总结|计划|报告|要点|思路|安排|方案|汇报)\s*[(（]?供(?:借鉴|参考)[)）]?"
    # a file name's copy number before its extension (…工作总结(二).doc, …报告 (2).doc: the name saved twice,
    # 2073, 2075)
    r"|\s*[(（]\s*[\d一二三四五六七八九十]{1,2}\s*[)）](?=\.(?:docx?|pdf|wps)$)"
    # a site's pager or copy number after the report's kind (…统计公报(4), …年终总结(9))
    r"|(?<=总结|计划|报告|要点|思路|安排|方案|汇报|公报|范文|例文)[(（]\d{1,2}[)）]"
    # (the kind in book marks, 某省人民政府2015年《政府工作报告》(4), 2331; a pager's 第N页 after the kind or its marks)
    r"|(?<=[告结划点路排案报]》)[(（]\d{1,2}[)）]"
    r"|(?<=总结|计划|报告|要点|思路|安排|方案|汇报|公报|告》|结》|划》|点》|报》)\s*[(（_]?第\d{1,2}页[)）]?"
    # a farm collection's item number glued after the kind (…下年工作安排1)
    r"|(?<=总结|计划|报告|要点|思路|安排|方案|汇报)(?:\d{1,2}|[一二三四五六七八九十])$"  # (…工作要点一, 1321)
    r"|[(（](?:镇乡|乡镇|街道|社区|村级|通用|精选(?:文档)?|完整版|最新版?|[\d一二三四五六七八九十]+篇)[)）]"
    # (the level alone after the report's kind, the place masked: 交通局工作总结及工作思路(市), 2182, as (镇乡) above)
    r"|(?<=总结|總結|计划|計劃|报告|報告|要点|要點|思路|安排|方案|汇报|匯報|打算|设想|設想|规划|規劃)[(（][省市县縣区區][)）]"
    # a portal's additions: (全文), (2022年1月13日 张三) — the date and speaker of the page, not the title
    # anti-copy letters glued after the report's kind (政府工作报告pbY)
    r"|(?<=报告|总结|计划|要点|汇报|讲话|方案|规划|公报)[A-Za-z]{2,4}"
    r"|[(（]\s*全文\s*[)）]|[(（]\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*[\u4e00-\u9fff·]{0,8}\s*[)）])+$"
)
# a farm's label over a report it prints whole, what the farm added after the report's name: its reading and
# translation, its page (合肥市政府工作报告精神要点解读(全文)(一), 664; 浙江省政府工作报告全文,浙江省…精神要点解读和
# 中英文翻译(三), 2083; 四川省政府工作报告,年四川省…全文解读提案(五), 1925): the report's words are the title (970). The
# label must say it carries the full text (全文): 某年政府工作报告解读 alone is an interpretation's own title
_READING_SUFFIX = re.compile(
    r"(?<=报告|公报|规划|纲要)\s*(?:全文)?\s*(?:[,，][^,，。；;]{0,40}?)?(?:精神)?(?:要点)?(?:全文)?解读"
    r"(?:和?中英文(?:翻译|对照)|提案)?\s*(?:[(（]\s*全文\s*[)）])?\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）])?$"
)


def without_reading_suffix(text: str) -> str:
    """``text`` without a farm's reading-and-page suffix after the report's name, when the suffix says 全文."""
    m = _READING_SUFFIX.search(text)
    if m is None or "全文" not in m.group(0) or len(text[: m.start()]) < 6:
        return text
    return text[: m.start()]


FARM_WORD_INSIDE = re.compile(
    r"(?<=总结|计划|报告|要点|思路|安排|方案|汇报|打算|设想)(?:\d{2,5}字)?范文(?=和|及|与|暨)"
)
# a site's additions before the title: a region tag ((某省), (某自治区)), a list bullet, a store's counter (8402+),
SITE_PREFIX = re.compile(
    # (a writing site's dated id before its label, 20210530:区科学技术局…, 20211025:5篇…: 1698, 1715)
    # (a store's page number before its first line, set off by a space: 1 2021 年…, 2072; never a spaced figure)
    r"^(?:[•●▪■◆★☆◇]\s*|\d{3,6}\+\s*|\d{1,2}\s+(?=(?:19|20)\d\d\s*年)|(?:19|20)\d\d[01]\d[0-3]\d\s*[:：]\s*(?=[\u4e00-\u9fff\d])|"
    # a farm's 有关 before a report's name (有关开发区上半年工作总结及下半年计划, 140): a 公文 title says 关于, never
    # 有关 (有关部门…, 有关情况… are nouns of their own and stay)
    r"有[关關](?!部[门門]|单位|單位|方面|事[项項]|[问問]题|情况|情況|工作)(?=[\u4e00-\u9fff\d]{4,40}(?:总结|總結|计划|計劃|报告|報告|要点|要點|汇报|匯報|方案|打算|思路)$)|"
    # a store's badge and its 最新 (【推荐】, 2024最新) before the title
    r"[【\[](?:推荐|精品|精选|最新|热门|原创|优秀)[】\]]\s*|(?:(?:19|20)\d\d\s*)?最新\s*(?=[\u4e00-\u9fff\d])|"
    # a news portal's series word for a document it reprints (资料:陕西省2006年政府工作报告, 2157; 转载:, 全文:, 原文:),
    # before a title naming its year and kind: a 公文 title is never opened by a word and a colon
    r"(?:资料|转载|全文|原文)\s*[:：]\s*(?=[\u4e00-\u9fff]{0,12}(?:19|20)\d\d\s*年.{2,40}(?:报告|总结|计划|要点|公报|方案)$)|"
    # a portal's column tag before a 公文 title (【阶段性工作总结】关于上报…的报告): a 公文 title is issuer, 关于,
    # matter and kind (GB/T 9704), nothing in brackets before it
    r"【[^【】]{2,16}】\s*(?=(?:[\u4e00-\u9fff（）()]{2,30})?关于.{4,}的(?:报告|通知|意见|请示|函|决定|批复|通报|说明)$)|"
    # a news portal's column tag before a headline naming its body (【奋进黄南】黄南州农牧局谋实…): the column, not the
    # title (165 【标题】=, 991 [内蒙古], 294 keep no tag either)
    # (a headline opening with its year too: 【余杭区招商】2015年杭州市余杭区政府工作报告, a farm's column, 1499; the
    # column itself dated, 【2015年台州市政府】2015年台州市政府工作报告, 1649)
    r"【(?:(?:19|20)\d\d年)?[\u4e00-\u9fff]{2,8}】\s*(?=(?:(?:19|20)\d\d年度?)?[\u4e00-\u9fff]{2,12}?(?:[省市县区州旗乡镇]|局|委|办|厅|政府).{6,}$)|"
    # a farm compilation's piece label (第一篇:, 篇一:, 【篇一】) before its first piece's title; a region or column tag
    # in any brackets before a title ((四川), [四川] on a forum, 1522; 【热点】, [转载])
    r"(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})\s*[:：]\s*|【篇[一二三四五六七八九十\d]{1,3}】\s*|[(（\[［【](?![一二三四五六七八九十]+[)）\]］】])[\u4e00-\u9fff]{2,5}[)）\]］】]\s*(?=(?:19|20)\d\d年|[\u4e00-\u9fff]))"
)


# a farm's menu category, a bar, then the page's title, both closing on a kind of report
# (乡镇政府工作总结|乡镇人民政府五年工作总结, 268): the title is the part after the bar
CATEGORY_BAR = re.compile(
    r"^[\u4e00-\u9fff]{2,16}(?:总结|报告|计划|要点|汇报)\s*[|｜]\s*"
    r"(?=[^|｜]{4,60}(?:总结|报告|计划|要点|汇报|方案|公报|打算|思路|安排)$)"
)


# a page title's site name (…工作总结_某某区人民政府, … | 某某网) and a posting time after the title
PAGE_TAIL = re.compile(
    r"\s*(?:[_|｜]|\s[-–—]\s)\s*[\u4e00-\u9fff（）()]{2,24}?(?:网|网站|政府网|政务网|人民政府|门户|在线|频道|平台)$"
    rf"|\s+{PAGE_DAY}(?:\s+{CLOCK})?$"
)


# a posting time before the title (2024-01-05 09:30 某局2023年工作总结), as PAGE_TAIL takes one after it
PAGE_HEAD = re.compile(rf"^{DIGIT_DAY}(?:\s+{CLOCK})?\s+(?=[\u4e00-\u9fff])")


# a site's or hijacker's name after the title (…重点工作安排-某某官网第一品牌), the title its first group
BRAND_TAIL = re.compile(
    r"^(.{4,80}?(?:报告|总结|计划|要点|汇报|讲话|方案|规划|思路|安排|打算|公报|通报))\s*[-_|｜]\s*((?:(?![篇页])[\u4e00-\u9fffA-Za-z]){2,24})$"
)


# a gazette's or bulletin's issue number before the title (2019年第43号(总第221号), 2020年第5期): the issue the
# document was printed in, never a part of its title (the year with it: 第1号总河长令 is a title of its own)
_ISSUE_PREFIX = re.compile(
    r"^(?:19|20)\d\d\s*年\s*第\s*\d{1,4}\s*[号期]\s*(?:[(（]\s*总第\s*\d{1,5}\s*[号期]\s*[)）])?\s*(?=[\u4e00-\u9fff])"
)
# glyphs a mirror could not encode, printed as half-width question marks after the title's last letter (政府工作报告?,
# …会议上??)
_LOST_GLYPHS = re.compile(r"(?<=[\u4e00-\u9fff])\?+$")


# a mirror's region tag before its page label ((浙江省)2025年…) with its last glyphs garbled: 省) and the year's first
# digit decoded as ?。? (1114, 199, the same mirror). The tag goes; the label keeps the ? the text shows for its digit
_GARBLED_REGION = re.compile(r"^[(（][\u4e00-\u9fff]{2,6}\?。(?=\?\d{3}年)")
# a year whose first digit a mirror lost (?025年): no question mark, when the text shows it so
LOST_YEAR_DIGIT = re.compile(r"^\?(?=\d{3}年)")


def without_garbled_region(text: str) -> str:
    """``text`` without a mirror's garbled region tag before its label (``(浙江?。?025年…`` → ``?025年…``)."""
    return _GARBLED_REGION.sub("", text)


def without_issue_number(text: str) -> str:
    """``text`` without a gazette's issue number before it, when a title of eight letters or more is left."""
    rest = _ISSUE_PREFIX.sub("", text)
    return rest if len(rest) >= 8 else text


def without_lost_glyphs(text: str, kind: re.Pattern[str]) -> str:
    """``text`` without the lost glyphs after it when what is left ends with a kind of document (``kind``): after a
    kind a ``?`` is never a question (a farm's ``…财政健康度如何?`` is one, and stays, 1347)."""
    rest = _LOST_GLYPHS.sub("", text)
    return rest if rest != text and kind.search(rest) else text


# …工作要点(林业局), …工作思路(鹿城区发改局): the posting's attribution of the office that compiled the document, in
# brackets after the title (on its line or the next); an office's name ends with its kind of office. Never a draft's,
# digest's or period's note ((草案), (摘要), (征求意见稿), (2021年)) nor a zone's ((高新区)): they are the title's own
_ATTRIBUTION = re.compile(
    r"\s*[(（]\s*[\u4e00-\u9fff]{0,16}?(?:局|委员会|委|办公室|办|厅|人民政府|政府|党组|中心|事务所|站)\s*[)）]$"
)


def without_attribution(text: str | None) -> str | None:
    """``text`` without an office's name in brackets closing it, when a title of six letters or more is left."""
    if text is None:
        return None
    rest = _ATTRIBUTION.sub("", text)
    return rest if len(rest) >= 6 else text


# a farm's label holding the title twice: the whole title, then a piece number and a colon or a comma, then a copy of
# it (2015年乡政府工作计划一:2015年乡政府工作计划, 1943; 四川省政府工作报告,年四川省政府工作报告全文解读提案(五),
# 1925)
_KIND_END = re.compile(r"(?:报告|[总小]结|计划|要点|汇报|讲话|方案|思路|打算|安排|规划|公报)$")
_DOUBLED = re.compile(
    r"^(?P<own>.{6,40}?)(?:(?:篇|第)?[一二三四五六七八九十\d]{1,2}篇?\s*[:：]|\s*[,，]\s*)(?P<copy>.+)$"
)


# a store's year set before a title that writes the same year after its body's name (2023年街道2023年工作规划, 1322;
# 2023年市科技局2023年工作要点, 368): one period, written twice; a chunk or page number glued before the year first
# (12023年…: no year has five digits)
_GLUED_NUMBER = re.compile(r"^\d{1,2}(?=(?:19|20)\d\d\s*年)")
_YEAR_TWICE = re.compile(r"^((?:19|20)\d\d)\s*年(?!度)(?=[\u4e00-\u9fff]{2,12}?\1\s*年)")


def _without_store_year(text: str) -> str:
    rest = _GLUED_NUMBER.sub("", text)
    if (m := _YEAR_TWICE.match(rest)) is not None:
        middle = rest[m.end() : rest.index(m.group(1), m.end())]
        if "年" not in middle and _KIND_END.search(middle) is None and not re.search(r"[和及与暨]", middle):
            rest = rest[m.end() :]
    return rest if len(rest) >= 6 else text


def undoubled(text: str | None) -> str | None:
    """``text`` as its first whole copy when a farm's label holds it twice: the first part names a kind of document
    and the rest, after a piece number or a comma, repeats it whole (the copy's year lost or kept, a farm's suffix
    after it); a title naming two documents (…工作总结和…工作计划) never repeats one whole, so it stays. A store's
    year written again before the title (``2023年街道2023年工作规划``) goes, as a number glued before its year."""
    if text is not None:
        text = _without_store_year(text)
    if text is None or (m := _DOUBLED.match(text)) is None:
        return text
    own = m["own"].strip()
    core = re.sub(r"^(?:19|20)\d\d\s*年", "", own)  # (the copy may have lost the year: ,年四川省…)
    if _KIND_END.search(own) is None or core not in m["copy"]:
        return text
    return own


def without_copy_marks(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines without a doc store's anti-copy token (the same two to four letters ending most lines of the head,
    ``政府工作报告PZl`` / ``人民代表大会第五次会议上PZl``), which hides each line's last word from the rules."""
    # (a token may hold a digit among its letters: 2uD, v7R)
    token_end = r"(?<=[\u4e00-\u9fff])((?=\d?[A-Za-z])[0-9A-Za-z]{2,4})$"
    ends = [m.group(1) for _pos, line in lines[:12] if (m := re.search(token_end, line))]
    if len(ends) < 3:
        return lines
    token = max(set(ends), key=ends.count)
    if ends.count(token) < 3:
        return lines
    mark = re.compile(rf"(?<=[\u4e00-\u9fff]){re.escape(token)}(?=\s|$)")
    return [(pos, mark.sub("", line)) for pos, line in lines]


# a forum's anti-copy jammer run after the title (Discuz: …动员会上的讲话 ' ^2 _& f3 S+ }! ^1 @ k): three or more tiny
# ASCII tokens between blanks, two of them at least no language writes (inline_junk), after the title's last letter
_JAMMER_TAIL = re.compile(r"^(.*[\u4e00-\u9fff)）》”])((?:\s+[!-~]{1,2}){3,})\s*$")


def without_jammer(text: str) -> str:
    """``text`` without a forum's jammer run after it (a ``5G`` or a year after a blank is no run: tokens of one
    or two letters, three at least, two of them junk)."""
    m = _JAMMER_TAIL.match(text)
    if m is None or sum(map(is_junk_token, m.group(2).split())) < 2:
        return text
    return m.group(1)


# the same run before a line's text, its last token glued to the text (5 D- L0 {! V6 x {(2016年9月2日), 1257)
_JAMMER_HEAD = re.compile(r"^((?:[!-~]{1,2}\s+){3,})[!-~]?(?=[(（\u4e00-\u9fff])")


def without_jammer_edges(text: str) -> str:
    """``text`` without a forum's jammer runs before and after it (the date line under a jammed title)."""
    m = _JAMMER_HEAD.match(text)
    if m is not None and sum(map(is_junk_token, m.group(1).split())) >= 2:
        text = text[m.end() :]
    return without_jammer(text)


# a hijacked mirror's keyword chain where the place's name stood (365彩票手机app下载_365bet官网网址多少_
# office365桌面应用林业局, 2009年365三式投注__365商城怎么下载国民经济…): search keywords joined by underscores, the
# first opening on a brand's Latin letters or digits (never a year); the match runs on into the words after it
_CHAIN = re.compile(
    r"(?<![A-Za-z\d])(?!(?:19|20)\d\d年)[A-Za-z\d]+[\u4e00-\u9fffA-Za-z\d]*?(?:_+[\u4e00-\u9fffA-Za-z\d]+)+"
)


def spam_chain(lines: list[str]) -> str | None:
    """The keyword chain a hijacker put where the place's name stood, when the lines write it at least twice before
    different words (its end is where they part: the place's name was replaced the same way each time); None when
    the lines write none, or only once (its end unknown)."""
    found = [m.group() for line in lines for m in _CHAIN.finditer(line)]
    if len(found) < 2:
        return None
    common = found[0]
    for other in found[1:]:
        k = 0
        while k < min(len(common), len(other)) and common[k] == other[k]:
            k += 1
        common = common[:k]
    items = [item for item in common.split("_") if item]
    branded = sum(bool(re.search(r"[A-Za-z]{2}|\d{3}", x)) for x in items)
    if common.endswith("_") and items and re.search(r"[A-Za-z]{2}", common):
        return common  # ky开元app下载_: the cleaner took the keyword after the last underscore out
    # (a brand's letters or digits in two keywords at least: a file name's 2021_工作总结 is no chain)
    if len(items) < 2 or len(items[-1]) < 2 or branded < 2:
        return None
    return common


def without_spam_chain(lines: list[str], page: str) -> list[str]:
    """``lines`` with a hijacker's keyword chain (``spam_chain``) taken out where it stands: the chain the ``page``'s
    opening writes (before the cleaner set any copy aside: the words after each copy tell where it ends), then the
    one the lines write (the cleaner may have taken a keyword out of it: 365三式投注__365商城怎么下载)."""
    if "_" not in page[:6000]:
        return lines
    for seen in (page[:6000].splitlines(), lines):
        if (chain := spam_chain(seen)) is not None:
            lines = [line.replace(chain, "") for line in lines]
    return lines


# a portal's font-size bar glued after its article's title (市教育局2018年工作要点 字号:[ ], …【字体:大 中 小】)
_FONT_BAR = re.compile(
    r"\s+[【\[［]?\s*(?:字号|字体)\s*[:：]\s*(?:[\[［【(（]?\s*[大中小]?\s*[\]］】)）]?\s*){0,3}[】\]］]?\s*$"
)


def title_before_font_bar(line: str) -> str | None:
    """The article title a portal's font-size bar follows on its line (1787), which the page's chrome rules set
    aside whole with the bar; None when the line holds no such bar or nothing before it."""
    bar = _FONT_BAR.search(line)
    return line[: bar.start()].strip() or None if bar is not None else None
