"""The vocabulary of a report's head and how one head line reads as a title: its text, its score.

Title, date and issuer are each decided the same way: collect candidates with a score from the
evidence (where the line stands, what it says, which source it comes from), keep the best, and
record why in ``extra`` so ``--debug`` can show it (STYLE.md §11). This module holds the shared
words of a report's head (office names, report kinds, delivery, speaker and heading lines, ``Choice``)
and reads one line as a title: a doc-store or content-farm page title (``….docx``, ``—全文``,
``范文``, ``【模板】``) is cut back to the report's own and scores lower; a delivery, speaker, date,
heading or table line is never a title. ``metadata_title_choice`` picks the title among the lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.folding import compact as _compact
from models.ingest.metadata_dates import WEEKDAY_DATE, is_date_line
from models.ingest.metadata_fields import index_table_row
from models.ingest.page_fields import CLOCK, DIGIT_DAY
from models.ingest.title_edges import (
    BRAND_TAIL,
    CATEGORY_BAR,
    FARM_WORD_INSIDE,
    LOST_YEAR_DIGIT,
    PAGE_HEAD,
    PAGE_TAIL,
    SITE_PREFIX,
    SITE_SUFFIX,
    without_garbled_region,
    without_issue_number,
    without_jammer,
    without_lost_glyphs,
    without_reading_suffix,
)

_ORG_SUFFIX = (
    "委员会|办公室|办公厅|人民政府|政府|管理局|局|委|办|厅|中心|公司|集团|研究院|院|研究所|所|站|协会|学会|联合会|"
    "总会|工会|(?<=监)会|部|处|科|队|馆|社|行|署|党组|支部|党委|工委|学校|大学|学院|医院|街道|管委会"
)
ORG_SUFFIX = _ORG_SUFFIX
# a body's name never holds 关于: 某省人民政府办公厅关于加强普通高等学校 is the first line of a split title
ORG_LINE = re.compile(rf"^(?!.*关于)[\u4e00-\u9fff（）()、·“”]{{2,50}}(?:{_ORG_SUFFIX})$")
# a red-head issuer line of two or more bodies (中共某省委 某省人民政府), or an office forwarding bodies' document
# (省政府办公厅转发省建设厅等部门): with the 关于 line under it, the whole is the title (543, 581, 862, 873)
_FORWARD_LINE = re.compile(
    rf"^(?!.*关于)[\u4e00-\u9fff（）()、]{{2,30}}?(?:{_ORG_SUFFIX})转发[\u4e00-\u9fff（）()、]{{2,40}}?(?:{_ORG_SUFFIX}|等部门|等单位)$"
)


def issuer_line(line: str) -> bool:
    """A red-head line naming the issuer(s) alone: one body, bodies side by side, or an office forwarding bodies."""
    parts = line.split()
    return bool(
        ORG_LINE.match(line) or (len(parts) >= 2 and all(ORG_LINE.match(p) for p in parts)) or _FORWARD_LINE.match(line)
    )


REPORT_END = _REPORT_END = re.compile(
    r"(?:报告|[总小]结|计划|要点|汇报|讲话|方案|通知|决算|预算|意见|规划|思路|材料|打算|安排|情况|纪要|摘要|实录|意见稿|谋划|述职|范文|草案|送审稿"
    r"|公报|通报|情况说明|编制说明)"
    r"(?:[(（【\[][^)）】\]]{0,30}[)）】\]])*(?:—+全文|全文|版)?$"
)
# kinds of document beyond reports (公文 kinds, rules, speeches, disclosures, tables): a title may end with one
# (kept apart from REPORT_END, which the cleaner also reads)
OTHER_KIND = re.compile(
    r"(?:规则|办法|细则|规定|条例|章程|准则|制度|决定|决议|公告|通告|批复|请示|函|建议|发言|发言稿|致辞|讲稿|提纲"
    r"|(?:预算|决算)公开(?:说明|文本)?|公开说明|(?:分解|清单|一览|统计|明细|任务|自评)表"
    # a plan's focus (2025年工作重点, …工作重心), a newspaper's digest of a report (…政府工作报告摘登)
    # (a government's list of its key tasks for the year, 2021年县政府重点工作任务, is a document of its own: 381)
    r"|工作重点|重点工作(?:任务)?|重心|主要任务|重点任务|摘登|摘编"
    # a review or a record of the year's work (工作综述, 年终盘点, 大事记, 年报), a ledger or list of tasks; never
    # 工作回顾, 工作进展, 工作任务: the usual names of a report's own parts
    r"|综述|纪实|盘点|述评|简报|年报|纲要|大事记|自评|台账|(?:任务|责任|工作)清单"
    # a portal's reading of a document it names (《…实施方案》政策解读, 关于《…》的解读: 383, 496)
    r"|》(?:的|政策)?解读"
    # an analysis of the economy's run (…1—6月经济运行情况分析, …形势分析)
    r"|(?:情况|形势|运行)分析"
    # a plan's ideas (下半年工作设想), a statistics office's brief of the economy (…经济运行简况)
    r"|工作设想|运行简况"
    # 关于…的说明, …公开的说明: an explanation given as a document of its own (a budget's, a draft's)
    r"|的说明)"
    r"(?:[(（【\[][^)）】\]]{0,30}[)）】\]])*$"
)
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[.．、](?!\d)|"
    # (第一、 as 755's and 875's points and 1611's first part are numbered: a heading, never a title)
    r"第[一二三四五六七八九十]{1,3}(?:部分|章|节|篇|\s*[、.．])|目\s*录$)"
)
_SALUTATION = re.compile(
    r"^(?:各位代表|尊敬的|主任、|各位|同志们)|^各[\u4e00-\u9fff、（）()]{1,60}[:：]|^[\u4e00-\u9fff、，,（）()]{2,60}[:：]$"
)
DELIVERY = _DELIVERY = re.compile(
    r"(?:会议|大会|常委会)上|(?:会议|大会)(?:审议)?(?:通过|批准)[)）]?$|^[-—－–]{1,4}\s*(?:\d{4}\s*[\d年]|[二〇○])|"
    r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*在|"
    # 二〇〇三年一月九日在…: the same in Chinese numerals (a delivery line wrapped before its 会议上 too)
    r"^[-—－–]{0,4}\s*[二〇○][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日\s*在|"
    # 2021年1月8日某县第十七届人民代表大会第五次会议: a delivery line that lost its 在 and 上
    r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*[\u4e00-\u9fff]{2,20}?第[一二三四五六七八九十]+届人民代表大会"
)
SPEAKER = _SPEAKER = re.compile(
    r"(?:总理|省长|市长|区长|县长|州长|旗长|镇长|乡长|局长|主任|书记|厅长|主席)\s*[\u4e00-\u9fff]{0,4}$"
)
_SITE_TITLE = re.compile(
    r"\.(?:docx?|pdf|wps)$|—+全文$|范文|范本$|【模板】|精选|\(\s*\d+\s*页\s*\)|^[(（][\u4e00-\u9fff]{2,4}省[)）]"
)
# what a title never holds: a site's toolbar or posting line, a 文号 alone, a delivery phrase inside a run of lines
NOT_TITLE = re.compile(
    # a site's toolbar (安装后可以在桌面快捷访问, 添加…到桌面, 设为首页, 加入收藏)
    r"<!--|[|｜]|^[-—–]|下载|首页|打印|桌面|快捷访问|加入收藏|收藏本站|^\d+\s*$|KB$|^标签|[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*\d+\s*号$"
    # a page's posting line: 2021-12-04 09:09:27 网站:…, 来源:… (its field words its own on purpose: the labels
    # titles were measured against; page_fields' SOURCE_WORD and VIEW_COUNTER take 稿源, 浏览量, 访问量 too)
    rf"|^{DIGIT_DAY}|(?:网站|来源|作者|发布时间|更新时间|浏览次数|点击数)\s*[:：]"
    # a delivery phrase inside (…工作报告 2017年2月22日在某县…会议上 …): a run of head lines, not one title
    r"|.(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*在.{2,40}?(?:会议|大会)上."
    # a store's posting line with its clock time anywhere (公文搜 2021-07-23 10:26:26 政府报告)
    rf"|{DIGIT_DAY}\s+{CLOCK}"
    # a page's index line without its colon: 监督索引号530922…, 索引号 MB1F/2023-00023
    r"|^[\u4e00-\u9fff]{0,4}(?:索引号|索取号)\s*[:：]?\s*[\w/.\-]*$"
    # a definition (工作计划是指在…, 所称…是指: a farm's blurb, a rule's article): a sentence saying what a word means
    r"|是指"
)
# (two commas: a copy writes them half-width too, outside a bracketed note of a post's duties, (分管党务,纪检监察,…))
_SENTENCE = re.compile(r"[。；;！!？?]|，.*，|,(?![^(（]*[)）]).*,(?![^(（]*[)）])")


@dataclass(frozen=True)
class Choice:
    """One field's chosen value and why."""

    value: str | None
    reason: str = ""


def head_lines(lines: list[str]) -> list[str]:
    """The display lines before the body begins (salutation, first heading or paragraph)."""
    head: list[str] = []
    for line in without_index_table(lines[:80])[:12]:  # a portal table one cell a line runs to 40 lines
        if _SALUTATION.search(line) or (_HEADING.match(line) and not re.match(r"第.{1,3}篇", line)):
            break
        if len(line) >= 60 and _SENTENCE.search(line) and not _DELIVERY.search(line[:60]):
            break
        head.append(line)
    return head


_MARKER = re.compile(r"^[•·●▪■◆*\-]")


def without_index_table(lines: list[str]) -> list[str]:
    """The lines without a portal's index table: its rows (``公开方式 主动公开``, ``• [ 体裁分类``) and, under a
    row holding a label alone, its value set on the next line (``• 财政预算、决算``: marked like the row, or short)."""
    kept: list[str] = []
    value_next = False
    for line in lines:
        if index_table_row(line):
            label_alone = not re.search(r"[\d\u4e00-\u9fff]", re.split(r"[•·●▪|｜\]】]|\s{2,}", line.strip())[-1])
            cells = [c for c in re.split(r"[\s•·●▪|｜\[\]【】:：]+", line) if c]
            value_next = len(cells) == 1 or label_alone
            marker = _MARKER.match(line.strip())
            continue
        if value_next:
            value_next = False
            same_mark = marker is not None and line.strip().startswith(marker.group(0))
            if same_mark or (len(line.strip()) <= 10 and not _REPORT_END.search(line)):
                continue
        kept.append(line)
    return kept


# a resolution's adoption note after its title: (…会议通过), (…大会批准)
ADOPTION_NOTE = re.compile(r"\s*[(（][^()（）]{4,60}(?:会议|大会)[^()（）]{0,6}(?:通过|批准)\s*[)）]\s*$")
_DELIVERY_TAIL = re.compile(
    r"(?<![\d年])(?:--|——|—)\s*(?:(?:19|20)\d\d|[二〇○]{2}).*$|\s*[(（]\s*(?:19|20)\d\d\s*年[^()（）]*会议上?\s*[)）]\s*$"
    # the session it was delivered at, in brackets without a date: …报告(第十七届人民代表大会第三次会议)
    r"|(?<=报告)\s*[(（]\s*[^()（）]{0,20}第[一二三四五六七八九十]+届[^()（）]{0,12}(?:会议|大会)上?\s*[)）]\s*$"
    # the date line under the title run onto it: …下一步安排(2025年7月), …工作报告(2021年1月4日)
    r"|(?<=[\u4e00-\u9fff])\s*[(（]\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]\s*$"
    # a resolution's adoption note: (一九九三年三月十二日某市第三届人民代表大会第一次会议通过)
    "|" + ADOPTION_NOTE.pattern
)


# a cover's form cells (预算编码  306001, 评价方式:部门(单位)绩效自评 under a 绩效自评 title, 1467; 1166, 1475): a label
# with its code, or a short label and colon with its value; never a line of a title wrapped over two
COVER_CELL = re.compile(r"\d{5,}$|^[\u4e00-\u9fff()（）]{2,10}\s*[:：]\s*\S")


# a hijacked page's gambling brand written into a name where the place stood (759 北京市手机彩票网卫生健康委员会,
# 653 bet36体育在线, 071 …真人游戏): never part of a title or an issuer
SPAM_BRAND = re.compile(
    r"(?:手机|网上|在线)?(?:彩票|投注|博彩)(?:网址|网站|官网|网|平台)?|[A-Za-z]{0,6}bet\d{0,4}(?:体育在线)?|真人游戏|体育在线"
)


_ORG_END = re.compile(rf"(?:{_ORG_SUFFIX})$")
# a news page's line over the full text it prints: 《政府工作报告》全文：, 2014年某市《政府工作报告》全文
_FULL_TEXT = re.compile(r"([^《》，。；;：:,]{0,20}?)《([^《》]{4,60})》\s*(?:全文|[(（]全文[)）])\s*[:：]?")


def _unglued(text: str) -> str:
    """A title without the issuer's name glued before it when the title opens with the same place again
    (某市人力资源和社会保障局某市人力资源和社会保障事业“十四五”发展规划: the issuer's line run onto the title)."""
    opening = re.match(r"[\u4e00-\u9fff]{1,6}?[省市区县州旗]", text)
    if "关于" in text or opening is None:
        return text
    place = opening.group(0)
    at = text.find(place, len(place) + 2)
    if 0 < at <= 34 and _ORG_END.search(text[:at]) and len(text) - at >= 8:
        return text[at:]
    return text


# a store's caption of a speech report (某某在…会议上的政府工作报告), the report's dated name in brackets after it (465)
_CAPTION_NAMED = re.compile(
    r"[\u4e00-\u9fffX]{2,20}在[^()（）]{2,40}?上的(?:政府)?工作报告\s*[(（]((?:19|20)\d\d年[^()（）]{0,16}?工作报告)[)）]"
)
_QUOTED_WITH_NOTE = re.compile(r"《([^《》]{6,})》\s*([(（](?:摘要|节选|书面|摘登)[)）])")


# pictographs a farm sets after its lines (📜 🌟 ❤ ☑), with their joiners and variation selectors
_PICTOGRAPHS_END = re.compile(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+$")


def title_text(line: str) -> tuple[str, float]:
    """A head line as a title: a trailing delivery line and a store's suffix cut off, with a penalty."""
    # a pipe table's row with one filled cell (…摘登 |, …工作思路 | ||||): the cell, never a numbered contents entry
    # (| 01关于…的报告 |)
    text = re.sub(r"^(?:\|\s*)?(?![\d\s|])([^|]+?)(?:\s*\|)+\s*$", r"\1", line.strip())
    text = CATEGORY_BAR.sub("", text)  # 乡镇政府工作总结|乡镇人民政府五年工作总结: a farm's category before the title
    text = without_lost_glyphs(without_jammer(text.strip()), _REPORT_END)  # 政府工作报告? (a mirror's lost glyph)
    text = without_garbled_region(text)  # (浙江?。?025年…: a mirror's region tag garbled with the year's digit
    text = _PICTOGRAPHS_END.sub("", text)  # 某县2024工作报告📜: a farm's decoration (1677, 1450)
    text = _DELIVERY_TAIL.sub("", re.sub(r"^#{1,6}\s+(?=\S)", "", text.strip())).strip()  # a markdown heading's marks
    paged = PAGE_HEAD.sub("", PAGE_TAIL.sub("", text)).strip()
    if paged == text and (branded := BRAND_TAIL.match(text)) is not None and not _REPORT_END.search(branded.group(2)):
        paged = branded.group(1)  # …重点工作安排-某某官网第一品牌: a site's or hijacker's name after the title
    penalty = 0.0
    if len(paged) >= 4 and paged != text:
        text, penalty = paged, 0.5
    if (
        (text[:1], text[-1:]) in (("【", "】"), ("[", "]"), ("《", "》"), ("“", "”"))
        and text.count("《") <= 1
        and text.count("“") <= 1
    ):
        text = text[1:-1].strip()
    if (quoted := _QUOTED_WITH_NOTE.fullmatch(text)) is not None:
        text = quoted.group(1) + quoted.group(2)  # 《关于…的报告》（摘要）: a digest names the report it prints
    if (named := _CAPTION_NAMED.fullmatch(text)) is not None:
        text = named.group(1)  # 市长在…上的政府工作报告(2022年政府工作报告): a store's caption, the name in brackets
    if (announced := _FULL_TEXT.fullmatch(text)) is not None:
        text = announced.group(1) + announced.group(2)  # 2014年某市《政府工作报告》全文: the report it announces
    text = FARM_WORD_INSIDE.sub("", text)  # …工作总结范文和2020年工作思路: the farm's word inside the title
    if len(unbranded := SPAM_BRAND.sub("", text)) >= 6 and unbranded != text:
        text = unbranded  # a hijacked page's brand inside the title
    text = _unglued(text)
    cut = SITE_SUFFIX.sub("", without_reading_suffix(text)).strip()
    cut = without_issue_number(cut)  # 2019年第43号(总第221号)某市关于…的报告: the gazette's issue number off
    if len(bare := SITE_PREFIX.sub("", SITE_PREFIX.sub("", cut))) >= 4:  # a bullet, then a tag (• 【淄博招商】…)
        cut = bare
    half = len(cut) // 2
    if len(cut) >= 12 and len(cut) % 2 == 0 and cut[:half] == cut[half:]:
        return cut[:half], penalty  # a store's page title glued to the report's own, the same words twice
    cut = re.sub(r"^(.{0,30}?)关千(?=印发|转发|下达|进一步|加强|做好|开展|推进|调整)", r"\1关于", cut)  # OCR's 于 (669)
    if (own := _own_after_page_title(cut)) is not None:
        return own, penalty
    return cut, (0.5 if cut != text else penalty)


def _own_after_page_title(text: str) -> str | None:
    """A page's title glued before the report's own title that repeats its start (``…预算公开…预算公开情况说明``,
    ``《…汇报》2021年度…情况《…》2021年…情况``) or its end (``2021年政府工作报告政府工作报告``): the own title, the
    later one (the line over the text, 951, 1312)."""
    for i in range(6, len(text) - 3):
        # (never a store's category word doubled, …工作总结工作总结: a title's own words, six letters at least)
        if text[:i].endswith(text[i:]) and len(text[i:]) >= 6 and _REPORT_END.search(text[i:]):
            return text[
                i:
            ]  # 2021年政府工作报告政府工作报告: the page's heading, then the own title it ends with (1312)
    for i in range(6, len(text) - 5):
        if text[i:].startswith(text[:6]) and _REPORT_END.search(text[i:]) and not re.search(r"[和及与暨]$", text[:i]):
            return text[i:] if _REPORT_END.search(text[:i]) or text[i:].startswith(text[:i]) else None
    return None


# a resolution of a congress or its standing committee: the session that adopts it, then what it is about
RESOLUTION = re.compile(r"^(.{4,40}?(?:会议|大会|常务委员会|常委会))关于.{2,60}的决议$")
SESSION_FILES = re.compile(r"(?:会议|大会)文件(?:之[一二三四五六七八九十]+)?(?:[(（][^)）]{0,12}[)）]?)?$")
# a session's cover line (某区第十四届人民代表大会, …第四次会议): printed over the report, no part of its title
SESSION_COVER = re.compile(r"(?:人民代表大会|代表大会|会议)$")
_COLUMN_HEAD = re.compile(r"^(?:落实|进展|完成|推进|执行|办理|工作|办结|整改)(?:情况|进度|结果)$")


def title_score(line: str) -> float | None:
    """A line's score as a title (None: it cannot be one)."""
    return _title_score(line)


# (a place or 两会 between the year and the marks: 2012年苍山县两会《政府工作报告》, 1996)
_YEAR_KIND = re.compile(
    r"(?:19|20)\d\d年度?[^《》，。,；;：:]{0,12}?《[^《》]{0,12}?(?:工作报告|工作总结|工作计划|工作要点|统计公报)》$"
)


# a budget's or plan's report naming both its parts, with or without 关于 (赤峰市2025年财政预算执行情况和2026年财政预算
# 草案的报告（摘要）, 1378; 黄平县…预算执行情况和…预算草案的报告, 1231; 贵州省…计划执行情况与…计划草案的报告, 1103)
_BOTH_PARTS = re.compile(r"执行情况(?:和|与|及|以及)?.{0,40}?草案[)）]?的报告")


def _title_score(line: str) -> float | None:
    if not 4 <= len(line) <= 120 or NOT_TITLE.search(line) or _HEADING.match(line):
        return None
    if re.match(r"[的了]", _compact(line)):
        return None  # …关于2020年中央和地方预算执行情况 / 的国家预算: the tail of a line a copy cut, never a title
    if index_table_row(line):
        return None  # 公开方式 主动公开组配分类 计划总结: a row of the portal's index table, never a title
    if WEEKDAY_DATE.search(line):
        return None  # 天津市静海区人民政府 2019年12月3日星期二: a page's masthead, never a title or a part of one
    if _COLUMN_HEAD.match(_compact(line)):
        return None  # 落实情况, 进展情况: a table's column header names no document
    if SESSION_FILES.search(_compact(line)):
        return None  # 某区七届人大三次会议文件: the session's set of papers the report is printed in
    # (某县人民政府2014年《政府工作报告》: the kind in book marks after its year names the report all the same)
    kind = bool(_REPORT_END.search(_compact(line)) or OTHER_KIND.search(_compact(line)) or _YEAR_KIND.search(line))
    if _SPEAKER.search(line) and not kind:
        return None
    if is_date_line(line.strip("()（）")) or (
        _DELIVERY.search(line) and not _REPORT_END.search(line.split("--")[0]) and not OTHER_KIND.search(line)
    ):
        return None
    if (
        _SENTENCE.search(LOST_YEAR_DIGIT.sub("", line))  # ?025年…: a mirror's lost digit, no question
        or re.match(r"^[^:：]{1,10}[:：]", line)
        or line.count("《") != line.count("》")
    ):
        return None
    score = 1.0
    if kind:
        score += 3
    if re.search(r"^关于|关于.+的(?:通知|报告|意见)", line) or _BOTH_PARTS.search(_compact(line)):
        score += 1  # (a budget or plan report names both its parts, 执行情况和…草案的报告, its sections one of them)
    if RESOLUTION.match(line):
        score += 4  # 某会议关于政府工作报告的决议: a resolution names its kind last
    if _SITE_TITLE.search(line):
        score -= 2.5
    if ORG_LINE.match(line):
        score -= 2
    return score


_CAPTION = re.compile(r"在.{2,60}?上的(?:讲话|报告|工作报告|主题报告|发言|致辞)$")  # 某某在…会议上的报告: a page's


def fragment_ok(line: str) -> bool:
    """``line`` may be a title or one line of a title set in two (short, no sentence, no chrome, no heading)."""
    return _fragment_ok(line)


def _fragment_ok(line: str) -> bool:
    return (
        4 <= len(line) <= 40
        and not _SENTENCE.search(line)
        and not NOT_TITLE.search(line)
        and not index_table_row(line)
        and not ORG_LINE.match(line)
        and not _CAPTION.search(line)
        and not _HEADING.match(line)
        and not is_date_line(line.strip("()（）"))
    )


def page_row_columns(head: list[str]) -> set[str]:
    """The columns a portal's page-title row names after its own title (``标题-工作计划及完成情况-政务公开-某局``,
    1377): the site's labels, compacted; a head line that is one is the column's label, never the report's title."""
    columns: set[str] = set()
    for line in head:
        segments = [_compact(seg) for seg in re.split(r"\s*[-－_|｜]+\s*", line.strip())]
        if len(segments) >= 3:
            columns.update(seg for seg in segments[1:] if 4 <= len(seg) <= 20 and seg != segments[0])
    return columns
