"""The government a text speaks as (``我县``, ``全区``, ``我镇``) at the one place of that level it names.

A government's report or summary often names neither itself nor its delivery: a page keeps the body from
its second part, a doc store drops the cover, a 计划执行情况 report has no speaker line. It still speaks as
its level (``我区``, ``全区上下``) and names its own place somewhere (``《洞头区…政策》``, ``黎平发展史``). The
issuer is that place's 人民政府, taken only on evidence:

* the level is the one the text speaks as, clearly more often than any other;
* the text does not speak as a bureau (``我局``, ``局党组``): a bureau's report is the bureau's;
* the title, when there is one, is no sector's work (``林业工作总结``) unless it opens with the place;
* the place is the only one of that level the text names (``洞头区``), or, when it names none with its
  level, the only known place of that level it names bare (``黎平`` for a county, ``盐城`` for a city)
  that is no other level's known place too.
"""

from __future__ import annotations

import re
from collections import Counter

from models.folding import compact, fold_text
from models.ingest.metadata_bare_places import _BEFORE_NAME, bare_place, formula_place
from models.ingest.metadata_gazetteer import AUTONOMOUS_KIND, gazetteer, gazetteer_names
from models.ingest.metadata_issuer_streets import speaks_as_street, street_office
from models.ingest.metadata_issuer_towns import TOWN_KINDS, once_named_town, own_town, told_of
from models.ingest.metadata_joint import joint_issuer
from models.ingest.metadata_not_spoken import accounts_of_department
from models.ingest.metadata_places import (
    _NOT_PLACES,
    _PLACEHOLDER,
    _PROVINCES,
    MASK,
    _dictionary,
    bare_town,
    government_of,
    is_area_word,
    with_city,
)
from models.ingest.metadata_words import _common_words, _two_letter_words

# 全市第一, 居全市首位: a comparison with the level above, not the level the text speaks as
_SPOKEN_LEVEL = re.compile(r"(?:我|全|本)([省市县区旗州盟镇乡])(?![第首前排平均])")
# (我厅, 厅党组: a province's department, 1655)
_BUREAU_VOICE = re.compile(
    r"我局|本局|局党组|局机关|我厅|本厅|厅党组|厅机关|我委|本委|我办|我中心|本中心|我馆|我院|我站|我所|我队"
)
# 我县, 本区: the text speaks as its place, not only of it (全区 is said of a place in the third person too)
FIRST_PERSON_PLACE = re.compile(r"(?:我|本)[省市县区旗州盟镇乡](?![第首前排平均])")
# 制定本规划, 特制定本方案: a preamble naming the text a plan, rule or opinion (_NOT_GOVERNMENT_TITLE's kinds); 现提出
# 本市推进…的实施意见如下: the same preamble naming what follows (1142; 公文 usage of 意见, 办法, 措施 alike)
_OWN_PLAN = re.compile(
    r"(?:制定|制订|编制)本(?:规划|方案|办法|意见|细则|计划|纲要|预案)"
    r"|(?:提出|制定|制订)(?:[^。:：]{0,40}?(?:意见|方案|办法|细则|措施)如下|如下[^。:：]{0,8}?(?:意见|方案|办法|细则|措施))"
)
# 林业工作总结, 统计工作要点, 侨务系统年终工作总结: a sector's work is a bureau's (年度工作, 政府工作, 重点工作,
# 乡镇年终工作 are a government's)
_SECTOR_WORK = re.compile(r"([\u4e00-\u9fff]{2})(?:年终|年度)?工作")
# 一、2021年水务工作总结, 1、侨务系统年终工作总结: an untitled text's first part heading naming the summary it opens
_OPENING_SUMMARY = re.compile(r"[一1][、.．]\s*([^\n。，,]{0,20}?工作(?:总结|要点|计划))")
_GENERAL_WORK = frozenset(
    re.findall(r"\w\w", "政府全年年度重点主要各项全面经济中心当前今年明年下步一步半年上年公开年终乡镇")
)
# 与无锡市深化合作, 赴某县考察: a partner or a place visited, not the place that speaks
_PARTNER = re.compile(r"(?:与|和|同|跟|向|赴|到|帮扶|帮助|对口|援助|支援|援建|协作)$")
# 与比拼对象保康县比, 同某县相比: a place the text measures itself against
_COMPARED = re.compile(r"[与和同跟较][^,，。;；:：\n]{0,8}$")


# 完成德阳市下达的目标任务, 增速排德阳市第一, 居某市各县(市、区)首位: the place above that sets the text's targets
# or ranks it among its counties, never the place that speaks (a county-level city under its prefecture city, 2114;
# 091's 镇江市下达, 2075's 省、市下达我县)
_SUPERIOR_AFTER = re.compile(r"下达|各县|各区|所辖")
_RANKED_IN = re.compile(r"(?:排名?|位居|居|列)全?$")


def _superior_at(text: str, start: int, end: int) -> bool:
    if _SUPERIOR_AFTER.match(text, end):
        return True
    ranked = _RANKED_IN.search(text[max(start - 3, 0) : start]) is not None
    return ranked and re.match(r"第|首位", text[end:]) is not None


def _partner_at(text: str, start: int, end: int) -> bool:
    """A place named at ``start:end`` as a partner or a place visited (与…合作, 赴…), or the one the text compares
    itself with (与比拼对象保康县比, 同某县相比)."""
    if _PARTNER.search(text[max(start - 2, 0) : start]) or _superior_at(text, start, end):
        return True
    return re.match(r"相?比(?![重例率])", text[end : end + 2]) is not None and bool(
        _COMPARED.search(text[max(start - 9, 0) : start])
    )


_PLACED_BODY = re.compile(
    r"[\u4e00-\u9fff]{2,6}[省市区县旗](?!委|政府|人民政府|人大|级)[\u4e00-\u9fff]{1,10}?"
    r"(?:局|委员会|办公室|服务中心|合作社|联合社|档案馆|研究院)"
)
# XX县, **区, 某市: the text hides its place
MASKED_PLACE = re.compile(rf"{MASK}[市县区镇乡]")
# a bulletin is its statistics bureau's, a body named in the title (区教育局…, 县体育发展中心…) is that body's
# (某县召开上半年工作情况通报会: a meeting where the government briefs, not the document kind 通报; 1862, 1863)
_NOT_GOVERNMENT_TITLE = re.compile(
    r"公报|通报(?!会)|通知|方案|办法|意见|规定|细则|规划|行动计划|条例"
    r"|(?<!人民)(?<!政)(?:局|委员会|办公室|中心|站|所|馆|院|队|公司|协会|学会)"
)
# words a stem never starts with: a sentence's words before a place (在某县, 和某区, 全县, 各乡镇)
_NOT_STEM_START = re.compile(
    r"^[在和与及的对向从到赴为是由以了全我本各该每原新老大小城乡镇县区市省州旗村上下府政期使做旧]"
)


def speaking_government(title: str | None, lines: list[str]) -> str | None:
    """``某某县人民政府`` for a text that speaks as ``我县``/``全县`` and names 某某县 (or 某某 bare),
    ``某某街道办事处`` for one that speaks as its 街道 and names it; None when any evidence is missing or two
    could be meant."""
    text = "\n".join(lines)[:8000]
    own = compact(title or "")
    # (镇2010年工作总结及2011年工作目标思路规划: a summary with its next year's plan, its kind the summary's)
    kind = re.sub(r"(?<=总结)(?:及|和|与|暨).*", "", own)
    # (某镇2012年第一季度工作总结: a farm's label masking the town a text masking nothing names, 1450; its lines are
    # the label's, not the text's; 979's XX镇政府工作报告 over 镇长 XX is a template's)
    unlabelled = "\n".join(line for line in text.splitlines() if compact(line) != own) if own else text
    masked = MASKED_PLACE.search(fold_text(text)) and re.search(MASK, fold_text(unlabelled))
    if _BUREAU_VOICE.search(text) or masked or _NOT_GOVERNMENT_TITLE.search(kind):
        return None
    if accounts_of_department(text):
        return None  # a department's accounts are its own (1547, 1911)
    if not own and _OWN_PLAN.search(text[:600]):
        return None  # 结合县情…制定本规划: a plan stored from its preamble never says who issues it (321, 171, 827)
    if re.search(r"印发了?《", text[:300]):
        return None  # 近日,某省委办公厅…印发《…方案》: a news lead on a document the bodies it names released
    # 2020年,某市供销合作社荣获…: a news item on a body the text names, not a government speaking (unless the title
    # opens with the very place the text speaks as: 棣棠乡…情况报告 over 在县委…领导和县依法治县委员会支持下, 1485)
    body_news = _PLACED_BODY.search(text[:300]) is not None
    if joint_issuer(lines, title):
        return None  # bodies that sign together name themselves
    if speaks_as_street(text):
        return None if body_news else street_office(text, _NOT_STEM_START)
    levels = Counter(m.group(1) for m in _SPOKEN_LEVEL.finditer(text)).most_common(2)
    if not levels or (len(levels) > 1 and levels[1][1] >= levels[0][1]):
        return None
    level = levels[0][0]
    place = named_province(text) if level == "省" else _named_place(text, level, "政府" in own)
    if place is None and level != "省":  # 磴口新篇章 beside 全县: the name the government's own phrases give
        place = formula_place(text, level, known_only=True)
    if place is None and level in "镇乡":
        place = own_town(text, level) or once_named_town(text, level)
    if place is None or (body_news and not own.startswith(place)):
        return None
    if not own and (opening := _OPENING_SUMMARY.match(text.lstrip())) and _sector_title(opening.group(1)):
        return None  # untitled, opening at 一、2021年水务工作总结: a bureau's summary of its sector (1687, 1510, 182)
    if own and _sector_title(own) and (not own.startswith(place) or not FIRST_PERSON_PLACE.search(text)):
        # 生态县建设林业工作总结: a bureau's summary, whatever place its county is; 某区2022年安全生产工作综述 said of
        # 全区 in the third person only: a review of the place's sector, whoever wrote it (730's 我市 speaks)
        return None
    if told_of(text, place, level):
        return None
    return government_of(place)


def named_province(text: str) -> str | None:
    """The province a text speaking as ``全省`` names (``甘肃段``, ``甘肃省``), at least twice and twice as often
    as any other (a partner province named in passing is no rival)."""
    found = Counter(m.group(0) for m in re.finditer("|".join(sorted(_PROVINCES, key=len, reverse=True)), text))
    ranked = found.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0] + "省" if ranked[0][0] + "省" in text or ranked[0][0] not in _AUTONOMOUS else None


_AUTONOMOUS = frozenset({"内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "台湾"})


def _sector_title(title: str) -> bool:
    for m in _SECTOR_WORK.finditer(title):
        words = m.group(1)
        if words not in _GENERAL_WORK and words[-1] not in "年月度期份府":
            return True
    return False


def _named_place(text: str, level: str, titled: bool, *, dominant: bool = False) -> str | None:
    """The one place of ``level`` the text names, with its level (``三水区``), else bare (``黎平`` → 黎平县)."""
    leveled = _dictionary()[1]
    explicit: set[str] = set()
    towns: set[str] = set()
    # 美丽乡村, 镇村两级, 美丽乡镇: the countryside, the towns and villages, no town's name
    kinds = "级|村|镇" if level == "乡" else "级|村"
    for m in re.finditer(rf"([\u4e00-\u9fff]{{2,3}}?){level}(?!{kinds})", text):
        for stem in (m.group(1), m.group(1)[-2:]) if len(m.group(1)) == 3 else (m.group(1),):
            word = stem + level
            start = m.start(1) + len(m.group(1)) - len(stem)
            # 开封, 桃源 are words too: with its level, where a name stands (《开封市…》, ,桃源县第…届), still the place
            at_name = start == 0 or text[start - 1] in _NAME_STANDS or text[max(start - 2, 0) : start] == "中共"
            if (
                (_NOT_STEM_START.match(stem) and not _named_town(word, level, at_name))
                or stem[-1] in "全我本各该每"
                or is_area_word(word)
                or _PLACEHOLDER.search(word)
            ):
                continue
            if level in "镇乡" and len(stem) == 3 and stem[1:] in _two_letter_words() and word not in gazetteer().towns:
                continue  # 并代表镇党委: a verb (代表) before the town's 党委, no town the gazetteer knows
            # (适中乡, 山盆镇: a town the gazetteer knows, where a name stands, is the place whatever word it is too)
            gazetted_town = level in "镇乡" and word in gazetteer().towns and (at_name or text[start - 1] == "—")
            standing = (
                (word in leveled or gazetted_town)
                and not re.search(r"[省市县区州]", stem)  # 外省市, 各县市: levels, not a name
                and (at_name or gazetted_town)
            )
            if stem in _PROVINCES or stem in _NOT_PLACES or (stem in _common_words() and not standing):
                continue
            # a town the dictionary rarely knows: any name of the level counts as a rival, but not letters that
            # end a word (领导和镇村: 导 belongs to 领导; 森林小镇, 农业大镇) or a size (小镇, 大镇)
            unbound = text[max(start - 1, 0) : start + 1] not in _two_letter_words() and stem[-1] not in "小大"
            if level in "镇乡" and len(stem) == 2 and unbound:
                towns.add(word)
            if re.fullmatch(r"[一二三四五六七八九十百千]+强", stem):
                continue  # 十强区, 百强县: a ranking, not a place
            if len(stem) == 3 and stem[-1] in "名强美富大" and stem[:2] in _two_letter_words():
                continue  # 旅游名县, 经济强县 (a slogan the dictionary lists): a kind of county, not a place
            renamed = level == "区" and (stem + "县" in leveled or stem + "市" in leveled)  # 撤县设区: 洞头县 → 洞头区
            # 寺家庄镇: a town's name is often three letters; named as what it is, it counts like a two-letter one
            # (a three-letter one where a name stands, not after a clause's verb: 完成了镇人大…, 国家级卫生镇、…)
            worded = len(stem) == 3 and (stem[:2] in _two_letter_words() or not _town_opens_clause(text, word))
            town = level in "镇乡" and unbound and not worded and _town_named_as_speaker(text, word)
            # 吴起县, a county jieba's dictionary lacks: named with its level, the gazetteer's county counts
            gazetted = level == "县" and word in gazetteer().counties and not text.startswith("域", m.end())
            if word in leveled or renamed or town or gazetted or gazetted_town:
                if not _partner_at(text, start, start + len(word)):
                    explicit.add(word)
                break
    if level in "镇乡" and (ethnic := _ethnic_townships(text, level)):
        # 桃源回族乡, 成富朝鲜族满族乡: a 民族乡's name runs past the stems above (回族乡, 源回族乡: its tail)
        explicit = {w for w in explicit if not any(e.endswith(w) for e in ethnic)} | ethnic
        towns = {w for w in towns if not any(e.endswith(w) for e in ethnic)} | ethnic
    if level in "镇乡" and explicit and (spelt := _most_spelt(text, explicit | towns)) is not None:
        return spelt
    if level in "镇乡" and len(towns) > 1:
        return None
    if level == "县":
        explicit |= _one_letter_counties(text)
    if level in "县州旗":  # 张家川回族自治县: an autonomous place's name is longer than any stem above
        for m in re.finditer(rf"[\u4e00-\u9fff]{{2,14}}自治{level}", text):
            named = (w for k in range(len(m.group(0)) - 4) if (w := m.group(0)[k:]) in leveled)
            explicit |= {longest} if (longest := next(named, None)) else set()
    explicit = {w for w in explicit if not AUTONOMOUS_KIND.fullmatch(w)}  # 瑶族自治县: a kind, cut from its name
    if level in "市县区旗州":  # 东营市, 上杭县, 堆龙德庆区: the gazetteer's names of the level, whatever jieba knows
        for word, count in gazetteer_names(text, level).items():
            if len(word) == 2 and count < 2:
                continue  # 沛县西瓜 once: a one-letter county named once is no evidence (_one_letter_counties)
            if (
                word not in explicit
                and count < 2
                and not re.search(rf"(?:^|[,，、;；。:：《“(（{_BEFORE_NAME}]|年){word}", text, re.M)
            ):
                # 划归呼和浩特市管辖: a name the dictionary lacks, named once in passing, is no evidence (也是乌鲁木齐县
                # 抢抓机遇: after 是, 为, 在, where a name stands in a sentence, it is, as 是化德县 is for jieba's)
                continue
            if any(not _partner_at(text, m.start(), m.end()) for m in re.finditer(word, text)):
                explicit = {w for w in explicit if not word.endswith(w)} | {word}  # (德庆区 of 堆龙德庆区)
    if len(explicit) == 1:
        # the city the text writes before it (珠海市斗门区): the name as the text gives it in full
        return with_city(explicit.pop(), text)
    if explicit:
        return None  # two places of the level: no telling which speaks
    if level in "镇乡":  # a town named only bare (关系某某全局): the gazetteer's town the text keeps naming, or None
        return bare_town(text, level)
    return bare_place(text, level, titled, dominant=dominant)


def _ethnic_townships(text: str, level: str) -> set[str]:
    """The 民族乡 (and 民族镇) of the gazetteer the text names whole (``桃源回族乡``), not as a partner."""
    found: set[str] = set()
    for m in re.finditer(rf"[\u4e00-\u9fff]{{2,14}}族{level}", text):
        whole = m.group(0)
        for k in range(len(whole) - 3):
            if whole[k:] in gazetteer().towns:
                start = m.start() + k
                if not _PARTNER.search(text[max(start - 2, 0) : start]):
                    found.add(whole[k:])
                break
    return found


# letters of size, age and position that open plain phrases (新城镇, 大小城镇, 上下镇村) and real towns' names alike
_NAME_OPENING = re.compile(r"^[新老旧大小上下原城]")


def _named_town(word: str, level: str, at_name: bool) -> bool:
    """``新窑镇``, ``大新镇``, ``上坪镇`` where a name stands: a town of the gazetteer, though its first letter opens
    plain phrases too; not a kind of town (小城镇, 新乡镇, 新集镇: 城镇, 乡镇, 集镇 are words for towns)."""
    return (
        at_name
        and level in "镇乡"
        and _NAME_OPENING.match(word) is not None
        and word[-2:] not in TOWN_KINDS
        and word in gazetteer().towns
    )


def _most_spelt(text: str, named: set[str]) -> str | None:
    """Of several towns, the one named three times or more and three times as often as any other (济沁河乡 five
    times beside 济淡河乡, 济法河乡 once each: an OCR's misreadings of one town, as the text most often spells it)."""
    named = {w for w in named if not any(w != other and w in other for other in named)}  # (沁河乡 of 济沁河乡)
    ranked = sorted(((text.count(w), w) for w in named), reverse=True)
    if len(ranked) < 2 or ranked[0][0] < 3 or ranked[0][0] < 3 * ranked[1][0]:
        return None
    return ranked[0][1]


# what a name stands after: a line's or clause's start, a 《title》's or quote's opening
_NAME_STANDS = '\n,，、;；。:：《“"(（'
# 萧县, 佳县, 沛县: a county whose name is one letter, opening a clause or a 《title》 (,萧县西瓜 / 《萧县第二轮…》)
_ONE_LETTER_COUNTY = re.compile(r"(?:^|(?<=[,，、;；。:：《“\"(（]))([\u4e00-\u9fff])县(?![城级域委政])", re.M)
# letters before 县 that name no county however the dictionary lists them (大县, 外县, 郡县, 东县 …)
_NOT_ONE_LETTER = frozenset("东西南北中大小外同地山旧郡镇五府全各本我该每邻两上下邑州市区省")


def _one_letter_counties(text: str) -> set[str]:
    """The one-letter counties the dictionary knows (``萧县``) the text names at least twice where a name stands:
    at the start of a clause or a 《title》 (the longer names are found by their letters before 县)."""
    places = _dictionary()[0]
    found = Counter(
        m.group(1) + "县"
        for m in _ONE_LETTER_COUNTY.finditer(text)
        if m.group(1) not in _NOT_ONE_LETTER and m.group(1) + "县" in places
    )
    return {word for word, count in found.items() if count >= 2}


def _town_named_as_speaker(text: str, word: str) -> bool:
    """A town the dictionary does not know counts when the text names it as what it is (``调入某某镇``, ``某某镇
    位于``, ``某某镇人民政府``, the opening's subject ``2024年以来,某某镇在县委…``, its own plan ``《某某镇…预案》``):
    not inside another name (``某某镇中心小学``)."""
    return bool(
        re.search(
            rf"{word}(?:人民政府|党委|位于|地处|在[县区市]委|[,，。、;；的])|(?:调入|来到|全体|^|[,，《]){word}",
            text,
            re.M,
        )
    )


def _town_opens_clause(text: str, word: str) -> bool:
    """A town named where a subject or a name stands: a line's or clause's start, a 《title》's opening."""
    return bool(re.search(rf"(?:^|[,，;；。《]|调入|来到){word}", text, re.M))
