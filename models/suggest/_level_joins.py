"""Joining a level with its change in one statement (…增长8%，达到120亿元), and a level said to hold flat (two levels
of one statement are `_level_pairs`)."""

from __future__ import annotations

import re
from dataclasses import replace

from models.suggest._context import COMPARED, Item, clause_start
from models.suggest._from_to import ANNUAL_AFTER_RE
from models.suggest._level_pairs import TO_GAP_RE, YEAR, same_base
from models.suggest._statements import FLOW_RE, NET_RE, POINTS, Change, as_change, is_level, same_sentence
from models.suggest._text import sentence_start
from models.suggest.numbers import UNITS

_FILLER = (
    r"(?:[,，、\s]|左右|以上|预计|预测|实际|全?年|年均|“[^”]{1,6}”(?:时期|期间)|平均每年|每年平均|(?:近|过去)?[一二三四五六七八九十两\d]{1,2}年(?:来|间|内)?|同比|环比|分别|同口径|可比(?:价|口径)?|按(?:\d{4}年)?(?:可比|不变)(?:口径|价格?)?(?:计算)?|(?:扣除|剔除)[^\d,，。；]{1,10}因素(?:后)?"
    r"|大关|关口|的?(?:历史性|重大|新的?)突破|的?目标[,，]?(?:力争|争取|确保)?|(?:比|较|与)(?:\d{4}年)?第[一二三四五六七八九十]次(?:全国)?人口普查(?:时)?(?:相比)?|(?:比|较|与)(?:(?:上年|去年)(?:年初)?预算数?|“[^”]{1,6}”(?:时期|末)?)(?:同期)?(?:相比)?|"
    + COMPARED
    + r")*"
)
# (…69.6亿元,比增5.2%: 比增/比降 abbreviate 比上年增长/下降, the base left out before the verb; …1271.04亿元按
# 可比价增长4.0%: the change read from 可比价 on, its 按 left in the gap)
_MERGE_GAP_RE = re.compile(_FILLER + r"(?:[比按](?=$))?")
_SUBJECTLESS_RE = re.compile(r"[。.](?:比|较)(?:上年|去年)")
# (项目转列统企业61户,同比翻番, 2425: 同比 as 较上年, 531 新登记…8400户,较上年翻了一番)
_DOUBLED_FROM_RE = re.compile(r"[,，](?:同比|环比|(?:比|较)[^,，。；;\d]{0,10}(?:\d{4}年(?:底|末)?)?)(?:实现)?$")
_RATE_AFTER_RE = re.compile(r"[^，,。；;]{0,3}[,，]\s*(?:年均|平均每年|每年平均)?(?:增长|增加|提高|下降)\s?[\d.]")
_ASIDE_RE = re.compile(r"[(（][^()（）]{0,60}[)）]")
_NOTE_RE = re.compile(r"[(（][^()（）\d,，。；;]{1,20}[)）]")
_FROM_AFTER_CHANGE_RE = re.compile(rf"^(?:左右|以上)?[,，](?:由|从){YEAR}$")
# (年均增长15%以上，力争达到200亿元: the level aimed at after its growth; 下降8.62个百分点,降至3.41%: reached by a fall)
_LEVEL_AFTER_RE = re.compile(
    rf"^{_FILLER}{YEAR}(?:总量|规模|总额)?(?:力争|争取|确保)?(?:达到|达|为|突破|增至|实现|完成|(?:增加|提高|提升|上升|增长|下降|降低|减少|回落)(?:到|至)|降至|降到)$"
)
# (…7100亿元以上,实现20%以上的增长; …1917亿元,保持年均15.7%的高速增长: the verb before a growth said after its figure)
_GROWTH_AFTER_VERB_RE = re.compile(
    r"(?:(?:力争|争取|确保)?(?:继续)?(?:实现|达到|保持)了?)?(?:年均|平均每年|每年平均)?$"
)
_ADDED_TO_RE = re.compile(r"\s*(?:达到?|增至|提高到|增加到|至|到)\s*")
_FLAT_RE = re.compile(
    r"[,，]?\s*(?:(?:与|和|同|较|比)(?:上年|去年|上年同期|去年同期|上月|年初|(?:年初)?预算|“[^”]{1,6}”(?:时期|期间)?|\d{4}年)"
    r"(?:相比)?|同比|环比)(?:保持)?(?:基本)?持平"  # 与“九五”持平: level with a past plan period too; 与预算持平 (1282)
    # 播种面积96万亩,持平: a statistics bulletin's bare 持平, the base its other figures name (1529)
    r"|[,，]\s*(?:基本)?持平(?=[,，。；;]|$)"
)
_ALL_NAMED_GAP_RE = re.compile(
    r"[,，]\s*(?:同比|比上年|较上年|比去年|较去年)?(?P<names>[^\d,，。；;]{2,30}?)(?<![人户亩年日月平])(?:均|都)$"
)
_ALL_GAP_RE = re.compile(r"[,，]\s*(?:均|都)(?:比|较)?(?:上年|去年)?(?:同期)?")


# 超任务进度, 超目标进度, 超时序进度: a share ahead of the plan's schedule
_AHEAD_OF_PLAN_RE = re.compile(r"超[过出]?[^\d,，。；;]{0,4}?(?:进度|计划|目标|任务)")
_AHEAD_GAP_RE = re.compile(r"[,，]\s*超[过出]?[^\d,，。；;]{0,4}?(?:进度|计划|目标|任务)")


def _share_takes_points(t: str, aside: Item, unit: str, ch: Change) -> bool:
    """Whether a share said after a level (``占GDP的比重为11.46%``) owns the change in points that follows it.

    ``完成全年目标任务的60.5%,超任务进度10.5个百分点``: how far the share runs ahead of the plan's schedule is its
    change too (gold ruling, session 10); a lead of the level over the calendar (``快于序时进度``) stays its own."""
    return (
        unit in POINTS
        and (not ch.benchmark or _AHEAD_OF_PLAN_RE.match(t, ch.verb_start) is not None)
        and aside.attrs.get("unit") in ("%", "‰")
        and aside.attrs.get("change") is None
        and not aside.attrs.get("shared")
    )


def _in_same_brackets(t: str, a: int, b: int) -> bool:
    """Whether ``a`` and ``b`` lie inside the same pair of brackets."""
    opened = max(t.rfind("(", 0, a), t.rfind("（", 0, a))
    return opened > max(t.rfind(")", 0, a), t.rfind("）", 0, a)) and not re.search(r"[)）]", t[a:b])


def _closed_before(t: str, a: int, b: int) -> bool:
    """Whether ``a`` lies inside brackets that close before ``b``: a figure of a note the text has left."""
    lo = max(0, a - 120)  # a note is short: no scan back over the whole text for every change
    opened = max(t.rfind("(", lo, a), t.rfind("（", lo, a))
    if opened < 0 or opened <= max(t.rfind(")", lo, a), t.rfind("）", lo, a)):
        return False
    depth = 0
    for ch in t[a:b]:  # 产值4.27亿元(现价),可比价…上升5.5%: a note's own brackets opened and closed after the figure
        depth += (ch in "(（") - (ch in ")）")
        if depth < 0:
            return True
    return False


_RATE_NAME_RE = re.compile(r"(?:增速|增幅|增长率|涨幅|降幅)$")
# 高于/低于/高出 a target or a peer (not a past period: 高于上年1.4个百分点 is the level's change, 2356)
_OWN_GAP_RE = re.compile(
    r"(?:高于|低于|高出|低出|快于|慢于)(?![^\d,，。；;]{0,8}?(?:上年|去年|同期|上月|上季|年初|\d{4}年|“))"
)
# (the whole-place scope said again before it is no new subject: 全市生产总值达1250.44亿元,全市生产总值增长5.5%, 1875)
_HEAD_AGAIN_RE = re.compile(r"[,，]\s*(?:全[国省市县区镇乡州盟旗])?(?P<word>[\u4e00-\u9fff]{2,10})")


def _without_head_again(gap: str, name: str) -> str:
    """The gap without the level's head said again (``第一产业增加值26.4亿元,占GDP比重5.8%,增加值增长4.6%``, 1263)."""
    m = _HEAD_AGAIN_RE.match(gap)
    word = m.group("word") if m and name else ""
    k = next((k for k in range(len(word), 1, -1) if name.endswith(word[:k])), 0)
    return gap[: m.start() + 1] + gap[m.start("word") + k :] if m and k else gap


def join_change(t: str, items: list[Item], value: float, unit: str, ch: Change, qe: int, qs: int | None = None) -> bool:
    """Give the change to the level figure just before it (``262亿元,增长32%``); True when joined.

    A growth said after its figure (``投资7100亿元以上,实现20%以上的增长``, 2396; ``…完成1917亿元,保持年均15.7%的高速
    增长``, 376) has its verb at ``qe``: what stands between the level and the figure ``qs`` is read instead."""
    if not items:
        return False
    if ch.verb_start == qe and qs is not None:
        verb = _GROWTH_AFTER_VERB_RE.search(t, max(0, qs - 8), qs)
        ch = replace(ch, verb_start=verb.start() if verb else qs)
    prev = items[-1]
    back = 1
    while prev.attrs.get("aside") and len(items) > back and back <= 3 and ch.subject != "翻番":
        if _share_takes_points(t, prev, unit, ch):
            break  # …增长6.71%,占GDP的比重为11.46%,比上年提高0.35个百分点: a change in points is the share's own
        if _in_same_brackets(t, prev.start, ch.verb_start):
            break  # …增长88%(其中,11月网络零售交易额1670.2元,同比增长40%): the note's figure owns the note's change
        # 126.4亿元,五年内翻了两番,增长35.5% / 635亿元,完成年计划的89.4%,增长2.0% / …,为预算的65.7%,
        # 快于序时进度15.7个百分点,增长2.1%: the growth is the level's
        back += 1
        prev = items[-back]
    if _closed_before(t, prev.qty_start, ch.verb_start):
        # 增长6.7%(市目标增幅3%),较上月提高0.7个百分点 (2349; as 高于全国(3%)、全省(2.9%), README): the figure in
        # brackets is a note the sentence has left; the change after them is not the note's
        return False
    # 死亡率4.63%。比上年下降0.03个千分点: a sentence with no subject, opening on its base, continues the last
    subjectless = _SUBJECTLESS_RE.match(t, prev.end) is not None and same_sentence(t, prev.end + 1, ch.verb_start)
    if prev.end > ch.verb_start or not (subjectless or same_sentence(t, prev.end, ch.verb_start)):
        return False
    if t.startswith("超收", ch.verb_start):
        return False  # 收入…亿元,比预算超收…亿元: a change against the budget is its own indicator (README)
    # 由194.6亿元增加到747亿元,五年翻了近两番: the doubling measures the rise from the base just stated (unless a rate
    # follows, 五年翻了一番多,年均增长16.3%: the rate is the level's change, the doubling its own figure, 1111)
    doubled_from = ch.subject == "翻番" and (
        _DOUBLED_FROM_RE.search(t, prev.end, ch.verb_start)
        or ("previous_value" in prev.attrs and not _RATE_AFTER_RE.match(t, qe))
        or _doubled_alone(t, prev, ch.verb_start, qe)
    )
    if unit == "倍" and "previous_value" in prev.attrs and ANNUAL_AFTER_RE.match(t, qe):
        return False  # 由835.5亿元增加到2497.3亿元,增长2倍,年均增长24.5%: the rate is the change, the multiple its own
    if ch.subject == "翻番" and prev is items[-1] and not doubled_from:
        return False  # a doubling over some years is its own indicator (126.4亿元,五年内翻了两番,增长35.5%)
    if NET_RE.match(t, ch.verb_start, ch.verb_start + 12) and FLOW_RE.search(
        t, clause_start(t, prev.qty_start), prev.qty_start
    ):
        return False  # 新增8家,退规2家,净增5家: the net change is the total's, not that of the flow before it
    percent = unit in ("%", *POINTS, "倍")
    kinds = {UNITS[u].kind if u in UNITS else "" for u in (unit, str(prev.attrs.get("unit")))}
    if not percent and len(kinds) == 2 and "" not in kinds and is_level(prev):
        return False  # 减免税费12亿元,减少亏损企业63户: a count that fell is no change of the amount before it
    if prev.attrs.get("is_change"):
        # 削减审批事项62项,精简30.5%: a count that fell, and by how much in percent
        if not percent or prev.attrs.get("unit") in ("%", *POINTS):
            return False
    elif not is_level(prev):
        return False
    gap = t[prev.end : ch.verb_start]
    if prev is not items[-1]:
        gap = t[items[-1].end : ch.verb_start]  # what stands between the aside and the change
    gap = _ASIDE_RE.sub("", gap[1:] if subjectless else gap)
    if doubled_from:
        gap = re.sub(r"(?:实现了?|已经?)$", "", gap)  # 收入完成4.2亿元,较“十三五”末实现翻番: doubled since its base
    gap = _without_head_again(gap, str(prev.attrs.get("name") or ""))
    if not _MERGE_GAP_RE.fullmatch(gap) and prev is not items[-1]:
        # 总收入21232.31亿元(已扣除…613亿元),比2005年增加…: the asides were a note in brackets after the level
        gap = _ASIDE_RE.sub("", t[prev.end : ch.verb_start])
    if not _MERGE_GAP_RE.fullmatch(gap) and not (prev is items[-1] and _subjectless_after_aside(gap)):
        return _join_all_levels(t, items, value, unit, ch, qe)
    prev_unit = str(prev.attrs.get("unit"))
    if ch.benchmark and unit == "个百分点" and prev_unit not in ("%", "‰"):
        return False  # 收入72777万元,快于序时进度15.7个百分点: the progress is ahead, not the amount
    if ch.benchmark and unit in POINTS and _RATE_NAME_RE.search(str(prev.attrs.get("name") or "")):
        return False  # 增速达到23.8%,高于工业投资12.8个百分点 (1697): its own after a rate as after a growth (README)
    if ch.benchmark and unit in POINTS and _OWN_GAP_RE.match(t, ch.verb_start):
        # 比重为41.6%,高出年度计划目标1.5个百分点 (2289), 占…的26.78%,高于规上工业企业3.2个百分点 (2113): a gap to a
        # target or a peer said with its own verb is its own indicator (较全市平均水平低2.4个百分点 stays the level's)
        return False
    if unit in POINTS and prev_unit not in ("%", "‰", *POINTS):
        # 进出口总额14.5亿元,降幅较上月扩大3.4个百分点: a gap in points is a rate's, never an amount's change
        return False
    if prev_unit in ("%", "‰") and unit not in POINTS and ch.subject is None:
        return False
    if ch.subject_only and prev_unit in ("%", *POINTS):
        return False
    old = prev.attrs.get("change_unit")
    if old == "%" and not percent and is_level(prev) and not ch.benchmark and same_base(prev_unit, unit):
        # 收入完成91639万元,同比增幅38.51%,增加25477万元: the amount of the same change, said after its rate; one
        # statement whose change is the percentage (README: an absolute and a percentage change stated together)
        prev.end = qe
        return True
    if old is not None and (old in ("%", *POINTS) or not percent):
        return False
    prev.attrs["change"], prev.attrs["change_unit"] = as_change(value, unit, ch)
    if ch.subject and ch.subject != "倍数":
        prev.attrs["change_of"] = ch.subject
    if "分别" in t[prev.end : ch.verb_start + 4]:
        # 旅游人数突破370万人次,旅游收入达到38亿元,分别增长20%: one change for every level of the sentence
        for other in items[:-1]:
            if other.start >= sentence_start(t, prev.start) and is_level(other) and other.attrs.get("change") is None:
                other.attrs["change"], other.attrs["change_unit"] = prev.attrs["change"], prev.attrs["change_unit"]
    if prev is not items[-1]:
        # 到位资金8.29亿元,完成年度目标任务的207.2%,同比增长49.56%: the level's statement runs on to its change,
        # the share said between is its own indicator inside it
        for aside in items[items.index(prev) + 1 :]:
            aside.attrs["shared"] = True
    prev.end = qe
    prev.confidence = min(0.95, prev.confidence + 0.1)
    return True


_RANK_RE = re.compile(r"第\s?[0-9０-９]{1,3}\s?(?=[位名]|[,，]|$)")
# a year or a span of years (2000-2003年, 2006—2010年): when, not how much
_YEARS_RE = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?:\s?[-—–~至到]\s?(?:19|20)\d{2})?\s?年")
# the clause of a change that names no subject of its own: 同比增长…, 比上年下降…, 增长…
_OWNERLESS_CHANGE_RE = re.compile(r"[,，]\s*(?:同比|环比|(?:比|较)(?:上年|去年)(?:同期)?)?$")


# 社会消费品零售总额3000亿元,实现翻番。: the doubling said bare, right after a level with no change of its own
# (2179亿元(预计数,下同),五年翻了一番: a note on the level in brackets, the span of years doubled over, 1926)
_DOUBLED_ALONE_GAP_RE = re.compile(
    r"(?:[(（][^()（）\d]{0,12}[)）])?[,，]\s*(?:(?:[一二三四五六七八九十两]|\d{1,2})年(?:来|间|内)?)?(?:实现了?|已经?)?"
)
_GOAL_OR_RATE_AFTER_RE = re.compile(
    r"(?:以上|多)?(?:的?目标|[,，]\s*(?P<annual>年均|平均每年|每年平均)?(?:增长|增加|提高|下降)\s?[\d.])"
)


def _doubled_alone(t: str, prev: Item, verb_start: int, qe: int) -> bool:
    """Whether a bare doubling (``3000亿元,实现翻番``, 2047; as 752 ``10.6亿元,实现五年翻一番``) is the level's change:
    the level has none of its own, nothing but the comma, a note in brackets, the years and 实现 stands between, and
    no goal or growth follows (``实现了五年翻两番的目标``, 724; ``126.4亿元,五年内翻了两番,增长35.5%``: the doubling its
    own). An annual rate after a plain level's doubling is its own indicator, against another base, as after a multiple
    (``2179亿元(预计数,下同),五年翻了一番,年均增长15.2%``, 1926: the 472/1463 rule); after a move from one level to
    another the rate is the change (``由32亿元增加到68亿元,五年翻了一番多,年均增长16.3%``, 1111)."""
    after = _GOAL_OR_RATE_AFTER_RE.match(t, qe)
    return (
        prev.attrs.get("change") is None
        and _DOUBLED_ALONE_GAP_RE.fullmatch(t, prev.end, verb_start) is not None
        and (after is None or (after.group("annual") is not None and "previous_value" not in prev.attrs))
    )


def _subjectless_after_aside(gap: str) -> bool:
    """Whether a change clause with no subject follows a figure-free aside on the level (``…亩次,同比增长``,
    ``60亿元以内(…),增长``, ``…万美元,总额居全省第六位,同比增长``): the change is still the level's, as a
    clause with no subject of its own continues the last statement (what lies between states no quantity)."""
    m = _OWNERLESS_CHANGE_RE.search(gap)
    if m is None:
        return False
    aside = _RANK_RE.sub("第", gap[: m.start()])  # 排名全省第5 as 居全省第五位: a rank, no quantity of the level's
    aside = _YEARS_RE.sub("年", aside)  # 接近2000-2003年四年总量 (1392): years say when, they are no quantity
    return (
        len(aside) <= 24  # (…亿元,总量稳居南宁市县域第一、全区县域前列,增长5.4%: 1014)
        and not re.search(r"[\d%‰]", aside)
        and not re.match(r"[,，]?\s*(?:其中|以及|和|及|与)", aside)
        and not re.search(r"增长|下降|增加|减少|提高|降低|上升|回落|增幅|降幅|增速|持平", aside)
    )


def _join_all_levels(t: str, items: list[Item], value: float, unit: str, ch: Change, qe: int) -> bool:
    """``事故1起,死亡1人,同比事故起数和死亡人数均下降66.7%``: one change for each level the gap names."""
    m = _ALL_NAMED_GAP_RE.fullmatch(t, items[-1].end, ch.verb_start) if unit in ("%", *POINTS) else None
    if m is None and unit in ("%", *POINTS) and _ALL_GAP_RE.fullmatch(t, items[-1].end, ch.verb_start):
        # 原煤产量达到7.7亿吨，原油达到1.14亿吨，都比上年增长8%: every level of the sentence before it
        sent = sentence_start(t, ch.verb_start)
        n = 0
        while n < len(items) and items[-1 - n].start >= sent and is_level(items[-1 - n]):
            n += 1
    elif m is None:
        return False
    else:
        n = len(re.split(r"和|、|及|与", m.group("names")))
    levels = items[-n:]
    if n < 2 or len(items) < n or not all(is_level(it) and it.attrs.get("change") is None for it in levels):
        return False
    if not same_sentence(t, levels[0].start, ch.verb_start):
        return False
    for k, it in enumerate(levels):
        it.attrs["change"], it.attrs["change_unit"] = as_change(value, unit, ch)
        it.end = qe
        if k:
            it.attrs["shared"] = True
    return True


def join_level_after_change(t: str, items: list[Item], qs: int, qe: int, value: float, unit: str) -> bool:
    """``地区生产总值增长7.5%,达到309亿元``: the level follows its change (``覆盖率提高1.04个百分点,达到33.14%``: a
    rate reached after its change in points; a percent after a percent stays two figures)."""
    if not items or unit in (*POINTS, "倍"):
        return False
    prev = items[-1]
    prev_unit = str(prev.attrs.get("unit"))
    # 保障标准在原基础上增加30元达到180元, 补助标准提升30元至700元: an amount added, then the level it reached
    # (1587, 1294), written without a comma
    added = prev_unit not in ("%", *POINTS) and same_base(prev_unit, unit) and _ADDED_TO_RE.fullmatch(t, prev.end, qs)
    if not prev.attrs.get("is_change") or (prev_unit not in ("%", *POINTS) and not added):
        return False
    if unit == "%" and prev.attrs.get("unit") != "个百分点":
        return False
    if prev.end > qs or not same_sentence(t, prev.end, qs):
        return False
    gap = t[prev.end : qs]
    if "from_value" not in prev.attrs and _FROM_AFTER_CHANGE_RE.match(gap):
        # 收入预计增长12%左右,由2020年的14646元提高到2025年的16403元: the base, then the level reached
        prev.attrs["from_value"], prev.attrs["from_unit"] = value, unit
        prev.end = qe
        return True
    from_unit = prev.attrs.pop("from_unit", None)
    if from_unit is not None:
        if from_unit != unit or not TO_GAP_RE.match(gap):
            prev.attrs.pop("from_value")
            return False
        prev.attrs["previous_value"] = prev.attrs.pop("from_value")
    elif not added and not _LEVEL_AFTER_RE.match(gap):
        return False
    if re.search(r"力争|争取|确保", gap):
        prev.attrs["kind"] = "target"  # …增长15%以上，力争达到200亿元: the statement aims
    # the name the change was given (营业收入年均) is the level's (营业收入)
    prev.attrs["name"] = re.sub(r"(?:年均|平均|同比)$", "", str(prev.attrs.get("name") or "")) or prev.attrs.get("name")
    prev.attrs["change"], prev.attrs["change_unit"] = prev.attrs["value"], prev.attrs["unit"]
    prev.attrs["value"], prev.attrs["unit"] = value, unit
    prev.attrs.pop("is_change")
    prev.end = qe
    return True


def mark_flat(t: str, items: list[Item]) -> None:
    """``出口创汇6.79亿美元,与上年持平``: a change of 0 %."""
    for it in items:
        if is_level(it) and it.attrs.get("change") is None:
            note = _NOTE_RE.match(t, it.end)  # 重度污染天数为1天(无严重污染天数),同比持平 (1728): a note with no figure
            m = _FLAT_RE.match(t, note.end() if note else it.end)
            if m:
                it.attrs["change"] = 0.0
                it.attrs["change_unit"] = "%"
                it.end = m.end()


def join_ahead_of_plan(t: str, items: list[Item], qs: int, qe: int, value: float, unit: str) -> bool:
    """``完成全年目标任务的60.5%,超任务进度10.5个百分点``: the points a share runs ahead of the plan's schedule are
    that share's change (gold ruling, session 10), read where no change verb was found."""
    if not items or unit not in UNITS or UNITS[unit].kind != "points":
        return False
    prev = items[-1]
    if (
        prev.attrs.get("unit") not in ("%", "‰")
        or prev.attrs.get("change") is not None
        or prev.attrs.get("is_change")
        or prev.end > qs
        or not _AHEAD_GAP_RE.fullmatch(t, prev.end, qs)
    ):
        return False
    prev.attrs["change"], prev.attrs["change_unit"] = value, UNITS[unit].base
    prev.end = qe
    return True
