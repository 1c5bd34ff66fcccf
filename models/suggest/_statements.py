"""One statement, one indicator: change verbs near a figure, and joining a level with its change."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.suggest._context import BASIS_NOTE, CHANGE_BEFORE_RE, QUOTED_FROM_RE, Item, clause_start, sign
from models.suggest._context import NEG as NEG_VERBS
from models.suggest._context import POS as POS_VERBS
from models.suggest._text import CLAUSE_END, SENTENCE_END, sentence_start
from models.suggest.numbers import UNITS, normalize

# a reducing verb a few words before a percentage: 压减一般性支出30%, 减时间83%, 降低工商业电价5%
#: change units in points: 个百分点 for a rate in %, 个千分点 for one in ‰ (birth and death rates)
POINTS = ("个百分点", "个千分点", "个基点")
_FAR_NEG_RE = re.compile(r"(?:压减|压缩|削减|缩减|降低|减少|下降|精简|减)(?P<obj>[^\d,，。；;、：:]{1,12})$")
_FAR_NEG_ANY_RE = re.compile(r"(?:压减|压缩|削减|缩减|减少|精简|撤并)(?P<obj>[^\d,，。；;、：:]{1,10})$")
# (净增耕地8861亩: a net increase is a change, README)
_FAR_POS_ANY_RE = re.compile(r"(?:(?<![新净])增加(?!值)|净增(?![加额量]))(?P<obj>[^\d,，。；;、：:]{1,10})$")
# 高于城镇居民2.1个百分点; 高于年初人代会12%的目标14.4个百分点: the peer may be an aim stated with its figure
_PEER_RE = re.compile(
    r"(?P<verb>高于|低于|快于|慢于|高出|低出)(?:[^\d,，。；;、]{1,10}|[^\d,，。；;、]{0,10}?[\d.]+%的?(?:预期|年度)?(?:目标|计划|任务))$"
)
# 比全省平均水平高/低…个百分点 (the comparative written with 比/较 and a bare adjective), 超过全省…个百分点
_THAN_RE = re.compile(
    r"(?:比|较)(?P<base>[^\d,，。；;、]{1,12}?)(?P<verb>高出?|低出?|快|慢)$"
    r"|(?P<over>超过|超出)(?:全[国省市县区州]|全国|全省|全市)(?:平均)?(?:水平)?(?:的)?$"
)
_LAST_PERIOD_RE = re.compile(r"(?:上年|去年|上月|年初|上季度)(?:同期|末|底)?")
_ABOVE_TIMES_RE = re.compile(r"(高于|高出|超过|超出|低于)[^\d,，。；;、]{1,12}$")
_SAVED_RE = re.compile(r"成本|负担|费用|开支|税费|损失")
_FAR_POS_RE = re.compile(r"(?:提高|提升|增加)(?P<obj>[^\d,，。；;、：:]{1,12})$")
# the growth word after the figure: 保持20%以上增长, 实现6%的增长
# (贫困发生率由年初的1.83%下降到0.03%: the figure is where the fall started, the verb leads to the level reached)
_AFTER_RE = re.compile(r"(?:以上|左右|以内)?(?:的)?(?P<verb>增长|增速|增幅|下降|降幅)(?![到至为])")
_AIM_AGAIN_RE = re.compile(r"(?:力争|争取)(?:达到|实现)?")
_CHANGE_BEFORE_AIM_RE = re.compile(
    rf"(?P<verb>{POS_VERBS}|{NEG_VERBS})(?:约|近)?\d+(?:\.\d+)?(?:%|个百分点)(?:左右|以上)?[、,，]\s?$"
)
# a change stated with its base and a signed figure and no verb (bulletins: 同比-6.2%, 同比分别+3.1%、-2.4%)
_BARE_CHANGE_RE = re.compile(r"(?:同比|环比|(?:比|较)(?:上年|去年)(?:同期)?)(?:分别)?[-−+]?$")
_SUBJECT_ONLY_RE = re.compile(r"(?P<subject>增速|增幅|涨幅|降幅)(?:为|达|达到)?$")
_FILLER = (
    r"(?:[,，、\s]|左右|以上|预计|预测|全?年|年均|平均每年|每年平均|(?:近|过去)?[一二三四五六七八九十两\d]{1,2}年(?:来|间|内)?|同比|环比|分别|同口径|可比价?|按(?:\d{4}年)?(?:可比|不变)(?:口径|价格?)?(?:计算)?|(?:扣除|剔除)[^\d,，。；]{1,10}因素"
    r"|大关|关口|的?(?:历史性|重大|新的?)突破|(?:比|较|与)(?:(?:上年|去年)(?:末|底)?|(?:年初|调整)?预算数?|年初|上月|上季度|\d{4}年(?:底|末)?|“[^”]{1,6}”(?:时期|末)?)(?:同期)?(?:相比)?)*"
)
_MERGE_GAP_RE = re.compile(_FILLER)
_SUBJECTLESS_RE = re.compile(r"[。.](?:比|较)(?:上年|去年)")
# (超建设任务200多亩, 超省定计划: the aim named by what it sets, a few words before 任务/计划)
_OVER_PLAN_RE = re.compile(
    r"超(?:额完成)?(?:年度|全年|上级下达)?(?:的)?(?:[^\d,，。；;、:：]{1,4}?)?(?:目标)?(?:任务|计划)(?:数)?$"
)
_DOUBLED_FROM_RE = re.compile(r"[,，](?:比|较)[^,，。；;\d]{0,10}(?:\d{4}年(?:底|末)?)?(?:实现)?$")
_NOTE_AT_FIGURE_RE = re.compile(BASIS_NOTE + r"\s?$")
_ASIDE_RE = re.compile(r"[(（][^()（）]{0,60}[)）]")
_YEAR = r"(?:\d{4}年(?:底|末)?(?:的)?)?"
_FROM_RE = re.compile(rf"(?:由|从){_YEAR}[^,，。；;\d]{{0,8}}$")
_FROM_AFTER_CHANGE_RE = re.compile(rf"^(?:左右|以上)?[,，](?:由|从){_YEAR}$")
# (由1998年的58%达到65.2%, 由6079平方公里,增加到12339平方公里: the to-figure after 达到 or a comma too)
_TO_GAP_RE = re.compile(
    rf"^[,，]?\s*(?:预计|预期|计划)?(?:(?:提高|上升|增长|增加|提升|下降|降低|减少|降|增|扩大|缩小|调整|变|升)?(?:到|至|为)|达到?)"
    rf"\s*{_YEAR}(?:的)?\s*$"
)
# (年均增长15%以上，力争达到200亿元: the level aimed at after its growth)
_LEVEL_AFTER_RE = re.compile(
    rf"^{_FILLER}{_YEAR}(?:总量|规模|总额)?(?:力争|争取|确保)?(?:达到|达|为|突破|增至|增加到|提高到|实现|完成)$"
)
_TIMES_RE = re.compile(r"(?P<verb>是|为|相当于)[^,，。；;\d]{0,10}(?:\d{4}年)?[^,，。；;\d]{0,6}的$")
_THRESHOLD_GAP_RE = re.compile(
    r"^(?:大关|关口)?[、,，]\s*(?:总数|总量|累计|总计|共计|总规模)?(?P<verb>达到|达|实现|为|超过|超|高于)(?:原定的|预期的|目标的)?(?:近|约)?$"
)
_THRESHOLD_AFTER_RE = re.compile(
    r"^[,，、]\s*(?:首次|率先|历史性地?|一举|成功)?(?:突破|超过|迈上|跨越|跨过|跨上|站上|跨入|迈入)$"
)
_ADDED_RE = re.compile(r"(?:新增|新建|增加|净增)[^\d,，。；;、]{0,12}$")
# a bare 新增 right after a stock, in the stock's unit: 家庭农场472家,新增8家
_ADDED_GAP_RE = re.compile(r"^[,，]\s*(?:新增|净增)$")
_FLAT_RE = re.compile(
    r"[,，]?\s*(?:(?:与|和|同|较|比)(?:上年|去年|上年同期|去年同期|上月|年初|“[^”]{1,6}”(?:时期|期间)?|\d{4}年)(?:相比)?"
    r"|同比|环比)(?:基本)?持平"  # 与“九五”持平: level with a past plan period too
)


NET_RE = re.compile(r"[^\d,，。；;]{0,6}?净(?:增|减)")
# a flow in or out of a stock: what a net change sums up
FLOW_RE = re.compile(
    r"(?:全年|当年|本年|年内)?(?:新增|新登记|新注册|新设立?|新认定|新培育|新引进|引进|新开|退规|退库|退出|注销|吊销|关停|关闭|淘汰|迁出|迁入|减少|流失)"
)


@dataclass(frozen=True)
class Change:
    """How a figure reads as a change: the sign and what changed (``降幅``…), or only its subject word."""

    sign: int
    verb_start: int
    subject: str | None = None
    subject_only: bool = False
    benchmark: bool = False  # against a benchmark (高于全省, 快于序时进度), not against the past


def read_change(t: str, start: int, end: int, unit: str, head_start: int | None = None) -> Change | None:
    """The change a figure at ``[start, end)`` states, if it is one.

    ``head_start`` is the first figure of a list: its clause carries the verb (``分别增长20.6%、21%``).
    """
    at = start if head_start is None else head_start
    # a list's verb may govern a list of benchmarks too: 分别高于全国、全省1.2和0.8个百分点
    cs = clause_start(t, at) if head_start is None else clause_start(t, at, CLAUSE_END.replace("、", ""))
    note = _NOTE_AT_FIGURE_RE.search(t, max(0, at - 14), at) if head_start is None else None
    if note:  # 比上年增长(可比价)9.8%: the clause runs on over its basis note
        cs = clause_start(t, note.start())
    before = t[cs:at].rstrip()
    if re.search(r"(?:比|较)(?:上年|去年)(?:末|底)?(?:同期)?新增(?:了)?$", before):
        return Change(1, cs + before.rfind("新增"))  # 户籍人口273393人,比上年新增1547人
    if before.endswith("超收") and UNITS.get(unit) is not None and UNITS[unit].kind == "money":
        return Change(1, cs + len(before) - 2)  # 比预算超收3920.24亿元: the revenue above the budget, a change
    over = _OVER_PLAN_RE.search(before)
    if over and UNITS.get(unit) is not None and UNITS[unit].kind not in ("percent", "points"):
        return Change(1, cs + over.start())  # 植树造林1100亩,超目标任务200亩: above the plan
    if unit in ("%", *POINTS) and _AIM_AGAIN_RE.fullmatch(before):
        again = _CHANGE_BEFORE_AIM_RE.search(t, max(0, cs - 24), cs)
        if again:  # 增长20%、力争25%; 增长7%左右,争取更好: the aim raises the same change
            return Change(sign(again.group("verb"), None), cs)
    bare = _BARE_CHANGE_RE.search(before)
    if bare and unit in ("%", *POINTS):
        return Change(1, cs + bare.start())  # 同比分别-6.2%、-19.3%: a change whose sign is its figure's
    m = CHANGE_BEFORE_RE.search(before)
    if m and m.group("verb") in ("高于", "低于") and unit != "个百分点" and not (m.group("scope") or m.group("avg")):
        m = None  # 贷款增速要高于40%: a floor, not a change
    if m:
        bench = bool(m.group("scope") or m.group("avg"))
        return Change(sign(m.group("verb"), m.group("subject")), cs + m.start(), m.group("subject"), benchmark=bench)
    kind = UNITS[unit].kind if unit in UNITS else "measure"
    peer = _PEER_RE.search(before) if unit == "个百分点" else None
    if peer:  # 增长7.5%,高于城镇居民2.1个百分点: a gap to a named peer, in points
        return Change(-1 if peer.group("verb") in ("低于", "低出", "慢于") else 1, cs + peer.start(), benchmark=True)
    than = _THAN_RE.search(before) if unit == "个百分点" else None
    if than:  # 比重为26.8%,较全市平均水平低2.4个百分点; 增长8.5%,超过全省0.4个百分点: the gap to a benchmark
        bench = not _LAST_PERIOD_RE.fullmatch(than.group("base") or "")
        return Change(-1 if than.group("verb") in ("低", "低出", "慢") else 1, cs + than.start(), benchmark=bench)
    if unit == "倍":
        times = _TIMES_RE.search(t[clause_start(t, at, SENTENCE_END + ",，") : at])
        if times:  # 是2010年的2.7倍: 170 % more
            return Change(1, at - len(times.group(0)), "倍数")
        above = _ABOVE_TIMES_RE.search(before)
        if above:  # 高于全国脱贫标准7倍: N times more than the benchmark, +N×100 %
            return Change(-1 if above.group(1) == "低于" else 1, cs + above.start())
    far = _FAR_NEG_ANY_RE.search(before)
    if (
        far
        and kind not in ("percent", "points")
        and not far.group("obj").endswith(("到", "至", "为"))
        and not _SAVED_RE.search(far.group("obj"))  # 减少用工成本超900亿元: the saving is a flow, not a fall
    ):
        return Change(-1, cs + far.start())
    far = _FAR_POS_ANY_RE.search(before)
    if far and kind not in ("percent", "points") and not far.group("obj").endswith(("到", "至", "为")):
        return Change(1, cs + far.start())  # 增加国家铁路建设资本金1000亿元, 协调增加编制30个: a stated increase
    if kind in ("percent", "points") or unit == "倍":
        far = _FAR_NEG_RE.search(before)
        if far and not far.group("obj").endswith(("到", "至", "为")):
            return Change(-1, cs + far.start())
        far = _FAR_POS_RE.search(before)
        if far and unit == "倍":
            return Change(1, cs + far.start())
        after = _AFTER_RE.match(t, end)
        if after and head_start is None:
            return Change(-1 if after.group("verb") in ("下降", "降幅") else 1, end)
    s = _SUBJECT_ONLY_RE.search(before)
    if s and kind in ("percent", "points"):
        return Change(1, cs + s.start(), s.group("subject"), subject_only=True)
    return None


def same_sentence(t: str, a: int, b: int) -> bool:
    return not any(ch in SENTENCE_END for ch in t[a:b])


def is_level(it: Item) -> bool:
    return it.attrs.get("value") is not None and not it.attrs.get("is_change") and "rank" not in it.attrs


def as_change(value: float, unit: str, ch: Change) -> tuple[float, str]:
    if unit == "倍":
        return (value - 1) * 100 if ch.subject == "倍数" else ch.sign * value * 100, "%"
    return ch.sign * value, unit


def _share_takes_points(aside: Item, unit: str, ch: Change) -> bool:
    """Whether a share said after a level (``占GDP的比重为11.46%``) owns the change in points that follows it."""
    return (
        unit in POINTS
        and not ch.benchmark
        and aside.attrs.get("unit") in ("%", "‰")
        and aside.attrs.get("change") is None
        and not aside.attrs.get("shared")
    )


def _in_same_brackets(t: str, a: int, b: int) -> bool:
    """Whether ``a`` and ``b`` lie inside the same pair of brackets."""
    opened = max(t.rfind("(", 0, a), t.rfind("（", 0, a))
    return opened > max(t.rfind(")", 0, a), t.rfind("）", 0, a)) and not re.search(r"[)）]", t[a:b])


def join_change(t: str, items: list[Item], value: float, unit: str, ch: Change, qe: int) -> bool:
    """Give the change to the level figure just before it (``262亿元,增长32%``); True when joined."""
    if not items:
        return False
    prev = items[-1]
    back = 1
    while prev.attrs.get("aside") and len(items) > back and back <= 3 and ch.subject != "翻番":
        if _share_takes_points(prev, unit, ch):
            break  # …增长6.71%,占GDP的比重为11.46%,比上年提高0.35个百分点: a change in points is the share's own
        if _in_same_brackets(t, prev.start, ch.verb_start):
            break  # …增长88%(其中,11月网络零售交易额1670.2元,同比增长40%): the note's figure owns the note's change
        # 126.4亿元,五年内翻了两番,增长35.5% / 635亿元,完成年计划的89.4%,增长2.0% / …,为预算的65.7%,
        # 快于序时进度15.7个百分点,增长2.1%: the growth is the level's
        back += 1
        prev = items[-back]
    # 死亡率4.63%。比上年下降0.03个千分点: a sentence with no subject, opening on its base, continues the last
    subjectless = _SUBJECTLESS_RE.match(t, prev.end) is not None and same_sentence(t, prev.end + 1, ch.verb_start)
    if prev.end > ch.verb_start or not (subjectless or same_sentence(t, prev.end, ch.verb_start)):
        return False
    if t.startswith("超收", ch.verb_start):
        return False  # 收入…亿元,比预算超收…亿元: a change against the budget is its own indicator (README)
    doubled_from = ch.subject == "翻番" and _DOUBLED_FROM_RE.search(t, prev.end, ch.verb_start)
    if ch.subject == "翻番" and prev is items[-1] and not doubled_from:
        return False  # a doubling over some years is its own indicator (126.4亿元,五年内翻了两番,增长35.5%)
    if NET_RE.match(t, ch.verb_start, ch.verb_start + 12) and FLOW_RE.search(
        t, clause_start(t, prev.qty_start), prev.qty_start
    ):
        return False  # 新增8家,退规2家,净增5家: the net change is the total's, not that of the flow before it
    percent = unit in ("%", *POINTS, "倍")
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
        gap = gap.removesuffix("实现")  # 收入完成4.2亿元,较“十三五”末实现翻番: the level doubled since its base
    if not _MERGE_GAP_RE.fullmatch(gap) and prev is not items[-1]:
        # 总收入21232.31亿元(已扣除…613亿元),比2005年增加…: the asides were a note in brackets after the level
        gap = _ASIDE_RE.sub("", t[prev.end : ch.verb_start])
    if not _MERGE_GAP_RE.fullmatch(gap):
        return _join_all_levels(t, items, value, unit, ch, qe)
    prev_unit = str(prev.attrs.get("unit"))
    if ch.benchmark and unit == "个百分点" and prev_unit not in ("%", "‰"):
        return False  # 收入72777万元,快于序时进度15.7个百分点: the progress is ahead, not the amount
    if prev_unit in ("%", "‰") and unit not in POINTS and ch.subject is None:
        return False
    if ch.subject_only and prev_unit in ("%", *POINTS):
        return False
    old = prev.attrs.get("change_unit")
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


_ALL_NAMED_GAP_RE = re.compile(
    r"[,，]\s*(?:同比|比上年|较上年|比去年|较去年)?(?P<names>[^\d,，。；;]{2,30}?)(?<![人户亩年日月平])(?:均|都)$"
)


_ALL_GAP_RE = re.compile(r"[,，]\s*(?:均|都)(?:比|较)?(?:上年|去年)?(?:同期)?")


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
    """``地区生产总值增长7.5%,达到309亿元``: the level follows its change."""
    if not items or unit in ("%", *POINTS, "倍"):
        return False
    prev = items[-1]
    if not prev.attrs.get("is_change") or prev.attrs.get("unit") not in ("%", *POINTS):
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
        if from_unit != unit or not _TO_GAP_RE.match(gap):
            prev.attrs.pop("from_value")
            return False
        prev.attrs["previous_value"] = prev.attrs.pop("from_value")
    elif not _LEVEL_AFTER_RE.match(gap):
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


def join_level(t: str, items: list[Item], qs: int, qe: int, value: float, unit: str) -> bool:
    """A second level figure of the same statement: ``由54.9%提高到58.2%``, ``突破4000亿元、达到4211亿元``."""
    if not items:
        return False
    prev = items[-1]
    prev_unit = str(prev.attrs.get("unit"))
    if not is_level(prev) or prev.end > qs or prev.attrs.get("change") is not None:
        return False
    if prev_unit != unit and not _same_base(prev_unit, unit):
        return False
    gap = t[prev.end : qs]
    pq = prev.qty_start
    if prev_unit == unit and _ADDED_GAP_RE.match(gap) and not _ADDED_RE.search(t[clause_start(t, pq) : pq]):
        prev.attrs["change"], prev.attrs["change_unit"] = value, unit  # 农民合作社769个,新增6个: the stock's change
        prev.end = qe
        return True
    if (
        _THRESHOLD_AFTER_RE.match(gap)
        and normalize(value, unit)[0] <= normalize(float(prev.attrs["value"]), prev_unit)[0]
    ):
        prev.attrs["threshold"] = value  # 达到556.4亿元,首次突破500亿元大关: the milestone restates the level
        return True
    from_before = _FROM_RE.search(t[clause_start(t, pq) : pq]) or QUOTED_FROM_RE.search(t, max(0, pq - 20), pq)
    if _TO_GAP_RE.match(gap) and from_before and prev_unit == unit:
        old = float(prev.attrs["value"])
        prev.attrs["previous_value"] = old
        prev.attrs["value"] = value
        prev.attrs["change"] = round(value - old, 2)
        prev.attrs["change_unit"] = "个百分点" if unit == "%" else unit
    else:
        m = _THRESHOLD_GAP_RE.match(gap)
        if not m:
            return False
        if m.group("verb") in ("达到", "达", "实现", "为"):
            # 新增网点380个、总数达到1600个: the first figure was the change
            if _ADDED_RE.search(t[clause_start(t, pq) : pq]):
                prev.attrs["change"], prev.attrs["change_unit"] = prev.attrs["value"], unit
            else:
                prev.attrs["threshold"] = prev.attrs["value"]
            prev.attrs["value"], prev.attrs["unit"] = value, unit
        elif prev_unit != unit:
            return False
    prev.end = qe
    return True


def _same_base(a: str, b: str) -> bool:
    """突破两亿元…达到20034万元: two magnitudes of one unit (突破千亿元,达1062亿元: a leading 千/百 as written)."""
    a, b = (u if u in UNITS else u.lstrip("千百") for u in (a, b))
    return a in UNITS and b in UNITS and UNITS[a].base == UNITS[b].base and UNITS[a].kind == UNITS[b].kind


def mark_flat(t: str, items: list[Item]) -> None:
    """``出口创汇6.79亿美元,与上年持平``: a change of 0 %."""
    for it in items:
        if is_level(it) and it.attrs.get("change") is None:
            m = _FLAT_RE.match(t, it.end)
            if m:
                it.attrs["change"] = 0.0
                it.attrs["change_unit"] = "%"
                it.end = m.end()
