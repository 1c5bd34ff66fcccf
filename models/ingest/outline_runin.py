"""Where the body starts inside a heading that runs into its paragraph with no punctuation between them.

A report run together on one line (or a heading line a copy joined to its paragraph) writes ``一、乡基本情况乡位于…``
or ``一、综合2020年末,全县…``: the title ends where the paragraph evidently starts. The evidence, for the family of
work reports and bulletins rather than for one file:

* a section title is a short noun phrase that ends with a word naming what the section holds (``…情况``, ``…概况``,
  ``…总结``, ``…回顾``, ``…打算``); a long clause running on after that word, with no connective that would make it
  part of the title (``…情况和问题``, ``…总结报告``), is the paragraph;
* a paragraph opens with its year and a time word or a comma (``2020年末,``, ``2023年以来``), or with the months its
  figures cover (``1-9月,``), or the period they cover (``上半年,``, ``上半年全县``); a year, months or period right
  after the title's last Chinese character start the paragraph;
* a paragraph opens with a time adverbial and a comma (``今年以来,``, ``截止今年11月底,``), or with the source of a
  bulletin's figures (``初步核算,``, ``据统计,``): no title goes on so;
* a paragraph opens with a ``一是`` lead whose ``二是`` follows: 一是…二是… enumerate a paragraph's points, never
  a title's;
* a work report's section title states what the section achieved and ends with the set phrase that says so
  (``综合实力明显增强``, ``医院建设再上台阶``, ``工业经济提质增效``): these phrases take no object, so text glued
  right after one is the paragraph;
* a paragraph opens by naming its topic again, the word the title ended with (``关于今年的统计工作统计工作是…``):
  a word doubled at the junction.

Also which colon goes on inside a title: the one after the year a title opens with (``2022年：迎难而上…``).
"""

from __future__ import annotations

import re

from models.ingest.outline_runin_cut import quote_open, scored_cut

# the parts a plan or 方案 opens with, each a title alone (一、指导思想 ⏎ 以…为指导): in a copy run together with no
# blank left, what follows the name is its paragraph (not 指导思想是…, 总体要求和…: a sentence, a longer title)
_PLAN_PART = re.compile(r"(?:指导思想|总体要求|基本原则)(?![是为和及与、，,的（(])")
# words that end a heading's title (what the section holds or does)
HEADING_WORDS = (
    "情况",
    "问题",
    "打算",
    "计划",
    "思路",
    "措施",
    "做法",
    "成效",
    "成绩",
    "工作",
    "举措",
    "建议",
    "目标",
    "要点",
    "重点",
    "经验",
    "体会",
    "不足",
    "安排",
    "总结",
    "回顾",
    "展望",
    "任务",
    "对策",
    "原因",
    "进展",
    "亮点",
    "短板",
    "困难",
    "设想",
    "部署",
    "方案",
    "要求",
    "概况",
    "说明",
    "方向",
)
# a year as written, or a template's placeholder for one: 2024年, 202x年, 20XX年, 201*年
_YEAR = r"(?:19|20)(?:[0-9]{2}|[0-9][xX*＊]|[xX*＊]{1,2})年"  # (a masked year: 20xx年, 201x年, 20*年)
# A heading word followed straight by a numbered item: 重点工程进展情况1、杨柳水库…
_WORD_THEN_ITEM = re.compile(f"(?:{'|'.join(HEADING_WORDS)})(?=[0-9]{{1,2}}[、.．][\u4e00-\u9fff])")
# The first item of a run glued to its parent's title in a report run together (…严防水旱灾害1.进一步优化…).
# (also a parenthesised first item, a blank before its title: …主要工作总结(1) 企业标杆…)
# (a PDF copy's blank inside the label: …乡村振兴工程1 .巩固拓展…)
_GLUED_ITEM_ONE = re.compile("(?<=[\u4e00-\u9fff])(?:[1１] ?[、.．]|[(（][1１][)）][ \u3000]?)(?=[\u4e00-\u9fff])")
# A paragraph opening with its year and a comma right after a title (…成绩斐然2015年,我局在…); not a year a
# modifier before it takes (…工作回顾刚刚过去的2022年,是…: the paragraph opened with the modifier, 2317, 187, 843)
_YEAR_COMMA = re.compile(f"(?<=[\u4e00-\u9fff])(?<!的)(?={_YEAR}[，,])")
# A heading word followed straight by a year: the body starts there (…工作回顾2021年是…).
_WORD_THEN_YEAR = re.compile(f"(?:{'|'.join(HEADING_WORDS)})(?={_YEAR})")

# words a section title ends with (what the section holds); ``…成效`` and ``…重点`` often go on inside a title
END_WORDS = ("情况", "概况", "总结", "回顾", "打算", "思路", "展望")
_END_WORD = re.compile("|".join(END_WORDS))
# a manner adverb before 总结/回顾/展望 makes the word the title's verb, its object after it (全面总结2023年上半年
# 工作成效, 认真回顾…, 系统总结…): no title ends on an adverb and a verb (简要回顾 stays: a brief review, a noun title)
_MANNER_BEFORE = re.compile(r"(?<=全面|认真|系统|深入|及时|科学|客观|深刻)(?:总结|回顾|展望)")
# what may follow an end word inside a title: a connective, a bracket or quote, another document word, or the
# predicate of the title's own sentence, the word its subject (森林督查情况获…肯定, …情况受到…表扬, …情况被列为…)
_GOES_ON = re.compile(
    r"[，,和及与暨并、的之（(“《〔\[]|汇报|报告|通报|说明|分析|统计|一览|表|工作|如下|暨|获|荣获|受到|得到|赢得|被"
)
_CLAUSE = re.compile(r"[，,]")
_STOP = re.compile(r"[，,、；;]")
HEAD_MAX = 20  # characters of the title before its end word
REST_MIN = 6  # characters of the paragraph run on after the end word
REST_LONG = 12  # a run-on rest this long is a paragraph even without a comma
# a year opening the paragraph: 2020年末, / 2023年以来 / 2015年, / 2020年我局… (the speaking office its subject) /
# 2023年一季度, 2021年1-6月, (the period its figures cover, then a comma) after the title's last Chinese character
# or its closing quote (持续巩固“两大提升”2023年,…) (not after a word that takes the year as its object: 回顾2021年, /
# 到2025年, / 过去的2022年,)
# (a month masked with its year, or its figure lost: 20xx年x月, 20*年月)
_YEAR_PERIOD = r"(?:[一二三四]季度|上半年|下半年|前三季度|(?:[0-9]{1,2}(?:[-—–~至][0-9]{1,2})?|[xX*＊]{0,2})月份?)[，,]"
_YEAR_OPENS = re.compile(
    # (a copy may set the year off with a blank, 一、全区环境质量状况 2024年,全区…: typography around a figure, not
    # the title's; the match takes the blank so the title ends before it)
    r"(?<=[\u4e00-\u9fff”])(?<!回顾|截至|截止)(?<![到至在于自从的])[ \u3000]?"
    rf"(?={_YEAR}(?:[，,]|末|初|底|以来|一年来|来|{_YEAR_PERIOD}|我[局委办县市区镇乡厅院所](?!的)))"
)

# the months a paragraph's figures cover opening it, after the title's last Chinese character: …协同推进1-9月,园区…
# (not after the year they belong to: 总体情况今年1-6月份, the paragraph opens with 今年); a copy that lost its
# punctuation still shows the place whose figures follow (…增速放缓1-6月全市规模工业…)
_MONTHS_OPEN = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<!年)(?=[0-9]{1,2}[-—–~至到][0-9]{1,2}月份?(?:[，,]|[全我][市县区省州旗镇乡]))"
)

# the period a release's figures cover opening its paragraph right after a short title with no punctuation
# (…质效提升上半年全县农林牧渔业…, …恢复加快上半年,全县…, …稳定增长前三季度,全县…): the period then a comma or
# the place whose figures follow; not a period the title names (2021年上半年全县经济运行情况, 今年上半年…,
# 局上半年…工作总结: no comma or place after it; nor the 三季度 of a 前三季度 the title names); or the period and what
# was done in it up to a figure (…公路运输全年共完成客运量13385万人): the result a paragraph reports, after a noun
# title, not a target a title sets (确保全年完成…, 力争全年实现…: an aim's verb before the period)
_PERIOD_OPENS = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![年今前])(?<!确保|力争|争取|保证|预计|计划|努力|目标)"
    r"(?=(?:上半年|下半年|前三季度|[一二三四]季度|全年)"
    r"(?:[，,]|[全我][市县区省州旗镇乡]|(?:共|累计)?(?:完成|实现)[^，,。；;：:\d]{0,10}\d))"
)


# a time adverbial opening the paragraph's first clause (its comma within a few characters); not one modifying a
# noun the title names (认真总结一年来的工作,…: the verb's object)
_TIME_OPENS = re.compile(
    r"(?<=[\u4e00-\u9fff.，,])(?:今年以来|今年来|一年来|年初以来|近年来|近几年来|多年来|截至|截止)(?!的)"
    r"(?=[^，,。；;]{0,10}[，,])"
)
# the year a paragraph reports named as its time and a comma, the place speaking after it, right after the title's
# last Chinese character (…渔业生产稳中有升今年,我区水产…, …工作情况去年,全县…): no title goes on so
_THIS_YEAR_OPENS = re.compile(r"(?<=[\u4e00-\u9fff])(?:今年|去年|当年|本年度?)(?=[，,][我全本该])")
# the span of years a review's paragraph opens with, a comma and the place or the government speaking after it, right
# after the title's last Chinese character (…站在一个新的发展起点上新世纪的头五年,我市…, 2312; …稳步提升过去五年,
# 全县…; …迅猛增长这三年来,我们…): a review's time adverbial, no title goes on so (过去五年的…, 五年来的…: a noun it
# modifies; 回顾过去五年,…: a verb's object; a span inside a longer one, 过去|五年, or a year, 一九八|六年, 004)
_SPAN_OPENS = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![去的这近头前〇零一二三四五六七八九十百两几])(?<!回顾|总结|经过|历经|走过|用了|花了)(?:(?:[新本]世纪|新千年)的?(?:头|前|最初)|过去的?|[这近]|近[一二三四五]?个?)?"
    r"[两三四五六七八九十几]年(?:来|间|里|中|多来)?(?=[，,](?:我|全[市县区省州旗镇乡]|本[市县区镇乡]))"
)
# the source of a bulletin's figures opening its paragraph, after a section name as short as 综合 (初步核算，全年…)
_SOURCE_OPENS = re.compile(r"(?<=[\u4e00-\u9fff])(?:(?:据|经)?初步核算|据统计|据测算)(?=[，,])")
PERIOD_HEAD_MIN = 4  # characters of the title before the period that opens the paragraph
TIME_HEAD_MIN = 4  # characters of the title before the adverbial
# a 一是 lead opening the paragraph right after the title (…提升服务保障能力一是优化资源布局。), its 二是 further
# on or its own clause closed by a sentence end (an excerpt or a copy cut after its first point: …全线推进一是实施了
# …工程。); not inside a word (统一是, 唯一是, 第一是); a stray footnote digit a copy left between them is no
# part of the title (…为基层建设聚力增效2一是聚焦…)
_ENUM_OPENS = re.compile("(?<=[\u4e00-\u9fff])(?:[0-9]{1,2}|(?<![统唯划同归万单第专合之]))一是(?=[\u4e00-\u9fff])")
ENUM_REACH = 600  # characters after the 一是 lead within which its 二是 follows
ENUM_POINT_MIN = 4  # characters of the 一是 lead's own point
# the set phrases a section title of a work report ends with when it states what was achieved; none takes an
# object (unlike 全面加强, 扎实推进, 进一步提升, which open titles and clauses alike)
RESULT_ENDS = (
    "成效显著",
    "成效明显",
    "初见成效",
    "卓有成效",
    "提质增效",
    "再上台阶",
    "上新台阶",
    "扬帆起航",
    "有力有效",
    "稳中向好",
    "持续向好",
    "明显增强",
    "显著增强",
    "明显改善",
    "显著改善",
    "取得新突破",
    "实现新突破",
    "取得新成效",
    "取得新进展",
    "迈出新步伐",
    "成绩斐然",
    "量质齐升",
    "亮点纷呈",
    "成果丰硕",
    "硕果累累",
    "更加凸显",
    "日益完善",
)
# a result phrase with the paragraph glued after it (a character, or a mask standing for a name: xx, __, **),
# not a word it modifies (卓有成效地, 取得新进展的)
_RESULT_END = re.compile(f"(?:{'|'.join(RESULT_ENDS)})(?=[\u4e00-\u9fffxX_＿*＊])(?![的地得之和与及并])")
RESULT_HEAD_MAX = 30  # characters of a title up to its result phrase
# the title's last word doubled by the paragraph's first (three characters or more: 政府政府 is a typo, not this)
_DOUBLED = re.compile(r"([\u4e00-\u9fff]{3,8})\1")


BLANK_TITLE_MIN = 4  # characters of a run-in title before a blank taken out may end it


_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"))


def _blank_cut(text: str, start: int, cut: int, blanks: frozenset[int]) -> int:
    """The first blank taken out inside the run-in title ``[start, cut)``, or ``cut``.

    ``blanks`` are the display offsets where the original had a blank for a line break that cleaning took out
    between two Chinese characters (a copy run together with one blank per break: 一、本届政府开局之年的工作
    综合经济实力…; see ``text_views.blanks_taken_out``); a run-in title ends there, never inside a quote or a
    bracket it opened (…审计“下半篇文 章”更加彰显…: a wrap's blank)."""
    inside = [b for b in blanks if start + BLANK_TITLE_MIN <= b < cut] if blanks else []
    return min((b for b in inside if _closed(text[start:b])), default=cut)


def _closed(s: str) -> bool:
    return all(s.count(a) <= s.count(b) for a, b in _PAIRS)


def run_on_body_start(text: str, start: int, cut: int, blanks: frozenset[int]) -> int:
    """Where the paragraph starts in the title ``text[start:cut]`` of a heading inside a report run together: after
    a heading word followed by a year or a first item, before a year and comma, before a glued first item ``1.``,
    or where ``body_start`` finds it; first, at a line break the copy wrote as a blank."""
    cut = _blank_cut(text, start, cut, blanks)
    year = (
        _WORD_THEN_YEAR.search(text, start + 4, cut)
        or _WORD_THEN_ITEM.search(text, start + 4, cut)
        or _YEAR_COMMA.search(text, start + 4, cut)
    )
    if year is not None:
        cut = year.end()
    item = _GLUED_ITEM_ONE.search(text, start + 4, min(len(text), cut + 3))  # (its title may lie past the cut)
    if item is not None and item.start() < cut:
        cut = item.start()
    part = _PLAN_PART.match(text, start, cut)
    if part is not None and cut - part.end() >= REST_MIN and not _GOES_ON.match(text, part.end()):
        cut = part.end()  # 一、指导思想以习近平…为指导,…: a plan's part named alone, its paragraph glued on
    doubled = _DOUBLED.search(text, start + 2, cut)
    if doubled is not None and cut - doubled.end() >= REST_MIN:
        cut = doubled.start() + len(doubled.group(1))
    return min(body_start(text, start, cut), result_end(text, start, cut))


def ends_with_result(text: str, start: int, end: int) -> bool:
    """The title ``text[start:end]`` was closed by its result phrase, the paragraph glued after it."""
    return end < len(text) and result_end(text, start, len(text)) == end


def result_end(text: str, start: int, cut: int) -> int:
    """The end of the result phrase that closes the title ``text[start:cut]`` when the paragraph is glued after
    it (…明显增强开发区主导产业是…), else ``cut``. The title may open with a lead clause
    (突出招商引资,工业经济提质增效)."""
    m = _RESULT_END.search(text, start + 4, min(cut, start + RESULT_HEAD_MAX))
    if m is None or len(_CLAUSE.findall(text, start, m.start())) > 1 or cut - m.end() < REST_MIN:
        return cut
    return m.end()


def _point_to_stop(text: str, at: int, cut: int) -> bool:
    """The point a 一是 lead opens at ``at`` runs to the sentence end that closes the title at ``cut``: the lead's
    whole sentence, not a title's 一是指… that goes on into its paragraph."""
    return cut - at >= ENUM_POINT_MIN and text[cut : cut + 1] in ("。", "！", "？", "!", "?")


def body_start(text: str, start: int, cut: int, run_on: bool = True) -> int:
    """Where the paragraph starts in the title ``text[start:cut]`` of a run-in heading (``cut`` when it does not).

    The year evidence is read only in a report run together (``run_on``): a heading line of a text written in
    lines may name a year inside its one-sentence title (``1.…,到2025年,…达到3.5万亿元``)."""
    opens = [
        m
        for m in (
            _YEAR_OPENS.search(text, start + 2, cut),
            _MONTHS_OPEN.search(text, start + 2, cut),
            _PERIOD_OPENS.search(text, start + PERIOD_HEAD_MIN, cut),
        )
        if m
    ]
    year = min(opens, key=lambda m: m.start()) if opens else None
    # in a text written in lines only after a title with no clause (全区环境质量状况2024年,全区…): a heading's
    # one-sentence title may name a year after a comma (1.…,到2025年,…)
    if year is not None and (run_on or not _STOP.search(text, start, year.start())):
        cut = year.start()
    times = (
        _TIME_OPENS.search(text, start + TIME_HEAD_MIN, cut),
        _THIS_YEAR_OPENS.search(text, start + TIME_HEAD_MIN, cut),
        _SOURCE_OPENS.search(text, start + 2, cut),
        _SPAN_OPENS.search(text, start + TIME_HEAD_MIN, cut),
    )
    cut = min((m.start() for m in times if m is not None), default=cut)
    enum = _ENUM_OPENS.search(text, start + TIME_HEAD_MIN, cut)
    if enum is not None and (
        "二是" in text[enum.end() : enum.end() + ENUM_REACH] or _point_to_stop(text, enum.end(), cut)
    ):
        cut = enum.start()
    for m in _END_WORD.finditer(text, start + 2, min(cut, start + HEAD_MAX + 2)):
        if _STOP.search(text, start, m.start()):
            break  # a title with a clause before the word is a sentence, not a noun phrase
        # (or the word inside a quoted name the title opened: 制定出台“加快…实施意见, its closing mark lost or not)
        if quote_open(text, start, m.start()) or _MANNER_BEFORE.match(text, m.start()):
            continue
        rest = text[m.end() : cut]
        if len(rest) < REST_MIN or _GOES_ON.match(rest):
            continue
        # (in a text written in lines a comma is needed: a sentence title runs on to its full stop after the word,
        # 森林督查情况获国家局驻广州专员办肯定。)
        if _CLAUSE.search(rest) or (run_on and len(rest) >= REST_LONG):
            return m.end()
    return scored_cut(text, start, cut)


# a year (or half year) a title opens with before a colon and the year's theme: 2022年：迎难而上、喜结硕果
_THEMED_YEAR = re.compile(r"(?:19|20)[0-9]{2}年度?(?:上半年|下半年)?|上半年|下半年")
_THEME_STOP = re.compile(r"[。！？!?；;：:]")
YEAR_THEME_MAX = 24  # characters of the theme after the colon, to the line end
SLOGAN_MAX = 8  # characters of a slogan theme before the colon
_SLOGAN = re.compile(r"[“\"][\u4e00-\u9fff]{1,4}[”\"][\u4e00-\u9fff]{1,5}")  # “快”字为先, “稳”字当头
_COMMA_SPLIT = re.compile(r"[，,]")


def year_theme_colon(text: str, start: int, i: int) -> bool:
    """The colon at ``i`` parts the year a title opens with from the year's theme, the line ending after a short
    phrase (一、2022年：迎难而上、喜结硕果): a title written in two parts, not a lead-in."""
    line_end = text.find("\n", i)
    rest = text[i + 1 : len(text) if line_end < 0 else line_end].strip()
    if _THEMED_YEAR.fullmatch(text, start, i) is None:
        # (or a slogan theme and two phrases, the line ending on the second: “快”字为先:优化营商环境,释放市场供需活力)
        theme = text[start:i]
        return (
            2 <= len(theme) <= SLOGAN_MAX
            and _SLOGAN.fullmatch(theme) is not None
            and len(_COMMA_SPLIT.split(rest)) == 2
            and len(rest) <= YEAR_THEME_MAX
            and _THEME_STOP.search(rest) is None
            and rest[-1:] not in "，,、"
        )
    return 2 <= len(rest) <= YEAR_THEME_MAX and _THEME_STOP.search(rest) is None
