"""One statement, one indicator: change verbs near a figure (joined with its level in ``_level_joins``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.suggest._context import BASIS_NOTE, CHANGE_BEFORE_RE, COMPARED, Item, clause_start, sign
from models.suggest._context import NEG as NEG_VERBS
from models.suggest._context import POS as POS_VERBS
from models.suggest._kind_cues import aim_rate
from models.suggest._text import CLAUSE_END, SENTENCE_END, sentence_start
from models.suggest.numbers import UNITS

# a reducing verb a few words before a percentage: 压减一般性支出30%, 减时间83%, 降低工商业电价5%
#: change units in points: 个百分点 for a rate in %, 个千分点 for one in ‰ (birth and death rates)
POINTS = ("个百分点", "个千分点", "个基点")
_FAR_NEG_RE = re.compile(r"(?:压减|压缩|削减|缩减|降低|减少|下降|精简|减)(?P<obj>[^\d,，。；;、：:]{1,12})$")
_FAR_NEG_ANY_RE = re.compile(r"(?:压减|压缩|削减|缩减|减少|精简|撤并)(?P<obj>[^\d,，。；;、：:]{1,10})$")
# (净增耕地8861亩: a net increase is a change, README)
_FAR_POS_ANY_RE = re.compile(r"(?:(?<![新净])增加(?!值)|净增(?![加额量]))(?P<obj>[^\d,，。；;、：:]{1,10})$")
# 高于城镇居民2.1个百分点; 高于年初人代会12%的目标14.4个百分点: the peer may be an aim stated with its figure
_PEER_RE = re.compile(
    r"(?P<verb>高于|低于|快于|慢于|高出|低出)(?:[^\d,，。；;、]{1,14}|[^\d,，。；;、]{0,10}?[\d.]+%的?(?:预期|年度)?(?:目标|计划|任务)"
    r"|全[国省市县区州](?:[、和及]全[国省市县区州])+[^\d,，。；;、]{0,6})"  # 分别高于全国、全省增速2.5和0.8个百分点
    r"(?:[(（][\d.]+%[)）])?$"  # 高于全省(8%)3.9个百分点: the benchmark's own figure in brackets
)
# …or peers the clause marks cannot hold: a list of names (高于武汉、宁波0.6个百分点, 2200), their own rates in
# brackets (分别高出全国(5.9%)、全省(6.4%)平均水平2.2个和1.7个百分点, 1270), a quoted period (高出“九五”时期
# 年均增长速度0.7个百分点, 2157); 好于 says 高于 of a growth (好于全国1.3个百分点, 2164)
_PEERS_RE = re.compile(
    r"(?P<verb>高于|低于|快于|慢于|高出|低出|好于)"
    r"(?:[^\d,，。；;、()（）“”]|“[^“”\d]{1,8}”|[(（][\d.]+%[)）]|[、和及]){1,30}$"
)
# a work verb paired with 提升/提高 (改造提升, 整治提升, 建设提升: 1577, 1713, 2148; 820, 1848, 1852 write the object
# between): the pair names the work, its figure the units worked on
_WORK_PAIR_RE = re.compile(r"(?:改造|整治|建设|新建|改建|扩建|修缮|打造|培育|规范|优化|巩固|升级|治理|完善|整改)\s*$")
# 比全省平均水平高/低…个百分点 (the comparative written with 比/较 and a bare adjective), 超过全省…个百分点;
# 较上年同期(9.2%)加快2.2个百分点: the base's own figure in brackets; 比1至2月加快6.2个百分点: a base of months
_THAN_RE = re.compile(
    r"(?:比|较)(?P<base>(?:[^\d,，。；;]|\d{4}年|\d{1,2}(?:[至\-—~－]\d{1,2})?月|[(（][\d.]+%[)）]){1,16}?)"
    r"(?:[(（][\d.]+%[)）]加?)?(?P<verb>高出?|低出?|快|慢)$"
    r"|(?P<over>超过|超出)(?:全[国省市县区州]|全国|全省|全市)(?:平均)?(?:水平)?(?:的)?$"
)
_RATE_NOUN_RE = re.compile(r"[减降]率(?:为|达到?|是|约)?$")
# (比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点: benchmarks listed, each with its own rate)
_BASE_FIGURE_RE = re.compile(r"(?:比|较)(?:[^\d,，。；;、()（）]{1,12}?[(（][\d.]+%[)）][和及与、]?){1,3}$")
_BENCHMARK_BASE_RE = re.compile(r"平均|全[国省市县区州盟]")
_LAST_PERIOD_RE = re.compile(r"(?:上年|去年|上月|年初|上季度)(?:同期|末|底)?")
_ABOVE_TIMES_RE = re.compile(r"(高于|高出|超过|超出|低于)[^\d,，。；;、]{1,12}$")
_SAVED_RE = re.compile(r"成本|负担|费用|开支|税费|损失")
_FAR_POS_RE = re.compile(r"(?:提高|提升|增加)(?P<obj>[^\d,，。；;、：:]{1,12})$")
# the growth word after the figure: 保持20%以上增长, 实现6%的增长
# (贫困发生率由年初的1.83%下降到0.03%: the figure is where the fall started, the verb leads to the level reached)
# (实现3.02%正增长, 出现5%的负增长: the sign said with the growth)
# (保持年均15.7%的高速增长: the growth's pace between; 保持年均9.4%的增速, 20%以上的增幅: a noun naming the rate
# after 的 makes the figure the rate's own level, as `增速完成9.7%` (README; 2173, 1878), and so does 增长势头 (2362))
_AFTER_RE = re.compile(
    r"(?:以上|左右|以内)?(?P<of>的)?(?:快速|高速|中高速|较快|平稳|稳定|稳步|持续)?(?P<sign>正|负)?"
    r"(?P<verb>增长|增速|增幅|下降|降幅)(?![到至为]|势头)"
)
_AIM_AGAIN_RE = re.compile(r"(?:力争|争取)(?:达到|实现)?")
# (增速不低于9%,力争10%: a bound on the level, 不低于/高于 with its figure, is no change the aim raises)
_CHANGE_BEFORE_AIM_RE = re.compile(
    rf"(?<!不)(?!高于|低于|高出|低出)(?P<verb>{POS_VERBS}|{NEG_VERBS})(?:约|近)?\d+(?:\.\d+)?(?:%|个百分点)(?:左右|以上)?[、,，]\s?$"
)
# a change stated with its base and a signed figure and no verb (bulletins: 同比-6.2%, 同比分别+3.1%、-2.4%)
_BARE_CHANGE_RE = re.compile(r"(?:同比|环比|(?:比|较)(?:上年|去年)(?:同期)?)(?:分别)?[-−+]?$")
# (增幅超过68%: a bound on the rate said after the level is still the level's change)
_SUBJECT_ONLY_RE = re.compile(r"(?P<subject>增速|增幅|涨幅|降幅)(?:分别)?(?:为|达|达到|超过|超)?$")
# (超建设任务200多亩, 超省定计划: the aim named by what it sets, a few words before 任务/计划)
_OVER_PLAN_RE = re.compile(
    r"超(?:额完成)?(?:年度|全年|上级下达)?(?:的)?(?:[^\d,，。；;、:：]{1,4}?)?(?:目标)?(?:任务|计划)(?:数)?$|超额完成了?$"
)
# 改善 against a base: a concentration, an index or a count of bad days falls; a rate of good days or a share rises
_BETTER_RE = re.compile(rf"(?:{COMPARED}|同比|环比)改善了?$")
_LOWER_IS_BETTER_RE = re.compile(r"浓度|均值|指数|μg|ug/|mg/|微克|毫克|(?:污染|超标)天数")
# (高于全省(8%)3.9个百分点: a benchmark's own figure in brackets before the gap)
_NOTE_AT_FIGURE_RE = re.compile(rf"(?:{BASIS_NOTE}|[(（][\d.]+%[)）])\s?$")
# the level a verb leads to (下降到, 增加至, 减少为), its qualifier after it (增加到约414亿斤, 874; 增加到超过25亿元,
# 下降到不足5%): the figure is the level reached, not the change
_REACHED_RE = re.compile(r"(?:到|至|为)(?:了)?(?:超过|超出|超|不足|不到|将近|接近|近|约|逾|突破)?$")
# (是2002年的近三倍: the qualifier before the multiple is dropped, README)
_TIMES_RE = re.compile(r"(?P<verb>是|为|相当于)[^,，。；;\d]{0,10}(?:\d{4}年)?[^,，。；;\d]{0,6}的(?:近|约|超)?$")


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
    based = _BASE_FIGURE_RE.search(t, max(0, cs - 40), cs) if cs and t[cs - 1] in ")）" else None
    if based:  # 较上年同期(9.2%)加快2.2个百分点: the clause runs on over the base's own rate
        cs = based.start()
    before = t[cs:at].rstrip()
    if _RATE_NOUN_RE.search(before):
        return None  # 综合核减率37.4%, 能耗下降率为4.94%: a rate named by its verb is a level (112)
    if re.search(r"(?:比|较)(?:上年|去年)(?:末|底)?(?:同期)?新增(?:了)?$", before):
        return Change(1, cs + before.rfind("新增"))  # 户籍人口273393人,比上年新增1547人
    if before.endswith("超收") and UNITS.get(unit) is not None and UNITS[unit].kind == "money":
        return Change(1, cs + len(before) - 2)  # 比预算超收3920.24亿元: the revenue above the budget, a change
    over = _OVER_PLAN_RE.search(before)
    if over and UNITS.get(unit) is not None and UNITS[unit].kind != "points":
        # 植树造林1100亩,超目标任务200亩: above the plan; 固定资产投资15.2亿元,超额完成4%: by a share of it (1620)
        return Change(1, cs + over.start())
    if unit in ("%", *POINTS) and _AIM_AGAIN_RE.fullmatch(before):
        again = _CHANGE_BEFORE_AIM_RE.search(t, max(0, cs - 24), cs)
        if again:  # 增长20%、力争25%; 增长7%左右,争取更好: the aim raises the same change
            return Change(sign(again.group("verb"), None), cs)
    bare = _BARE_CHANGE_RE.search(before)
    if bare and unit in ("%", *POINTS):
        return Change(1, cs + bare.start())  # 同比分别-6.2%、-19.3%: a change whose sign is its figure's
    better = _BETTER_RE.search(before)
    if better:  # 浓度为44μg/m3,同比去年改善13.6%: improvement signed by what it means for the quantity (1590)
        lower = _LOWER_IS_BETTER_RE.search(t, sentence_start(t, cs), cs)
        return Change(-1 if lower else 1, cs + better.start())
    aim = aim_rate(t, cs, start, end) if head_start is None and unit == "%" else None
    if aim:  # 增长22.5%,高于省年初下达的目标任务13%: the aim's growth rate, a change of its own
        return Change(1, aim.start())
    m = CHANGE_BEFORE_RE.search(before)
    if m and m.group("verb") in ("高于", "低于") and unit != "个百分点" and not (m.group("scope") or m.group("avg")):
        m = None  # 贷款增速要高于40%: a floor, not a change
    kind = UNITS[unit].kind if unit in UNITS else "measure"
    if m and kind not in ("percent", "points") and _WORK_PAIR_RE.search(before, 0, m.start("verb")):
        m = None  # 整治提升32家, 改造提升10个…公园: 提升 paired with a work verb names the work done, not a rise
    if m:
        bench = bool(m.group("scope") or m.group("avg"))
        return Change(sign(m.group("verb"), m.group("subject")), cs + m.start(), m.group("subject"), benchmark=bench)
    peer = _PEER_RE.search(before) if unit == "个百分点" else None
    if peer:  # 增长7.5%,高于城镇居民2.1个百分点: a gap to a named peer, in points
        return Change(-1 if peer.group("verb") in ("低于", "低出", "慢于") else 1, cs + peer.start(), benchmark=True)
    peers = _PEERS_RE.search(t, max(0, at - 40), at) if unit == "个百分点" else None
    if peers:  # 高于武汉、宁波0.6个百分点: peers past the clause's start (positions in t)
        return Change(-1 if peers.group("verb") in ("低于", "低出", "慢于") else 1, peers.start(), benchmark=True)
    than = _THAN_RE.search(before) if unit == "个百分点" else None
    if than:  # 比重为26.8%,较全市平均水平低2.4个百分点; 增长8.5%,超过全省0.4个百分点: the gap to a benchmark
        bench = not _LAST_PERIOD_RE.fullmatch(than.group("base") or "")
        return Change(-1 if than.group("verb") in ("低", "低出", "慢") else 1, cs + than.start(), benchmark=bench)
    than = _THAN_RE.search(before) if kind in ("money", "count", "measure") else None
    base = than.group("base") if than else None
    if than and base and _BENCHMARK_BASE_RE.search(base) and than.group("verb")[0] in "高低":
        # 人均GDP…,比全省平均水平高9277元: the gap to a benchmark in the level's own unit (as 高于全市平均水平6559元)
        return Change(-1 if than.group("verb").startswith("低") else 1, cs + than.start(), benchmark=True)
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
        and not _REACHED_RE.search(far.group("obj"))
        and not _SAVED_RE.search(far.group("obj"))  # 减少用工成本超900亿元: the saving is a flow, not a fall
    ):
        return Change(-1, cs + far.start())
    far = _FAR_POS_ANY_RE.search(before)
    if far and kind not in ("percent", "points") and not _REACHED_RE.search(far.group("obj")):
        return Change(1, cs + far.start())  # 增加国家铁路建设资本金1000亿元, 协调增加编制30个: a stated increase
    if kind in ("percent", "points") or unit == "倍":
        far = _FAR_NEG_RE.search(before)
        if far and not _REACHED_RE.search(far.group("obj")):
            return Change(-1, cs + far.start())
        far = _FAR_POS_RE.search(before)
        if far and unit == "倍":
            return Change(1, cs + far.start())
        after = _AFTER_RE.match(t, end)
        if after and after.group("of") and after.group("verb") in ("增速", "增幅", "降幅"):
            after = None
        if after and head_start is None:
            return Change(-1 if after.group("verb") in ("下降", "降幅") or after.group("sign") == "负" else 1, end)
    s = _SUBJECT_ONLY_RE.search(before)
    if s and kind in ("percent", "points"):
        return Change(1, cs + s.start(), s.group("subject"), subject_only=True)
    return None


def same_sentence(t: str, a: int, b: int) -> bool:
    """True when no sentence ends inside ``t[a:b]``."""
    return not any(ch in SENTENCE_END for ch in t[a:b])


def is_level(it: Item) -> bool:
    """True when ``it`` states a level: a value that is neither a change nor a rank."""
    return it.attrs.get("value") is not None and not it.attrs.get("is_change") and "rank" not in it.attrs


def as_change(value: float, unit: str, ch: Change) -> tuple[float, str]:
    """The signed change (value, unit) that ``value`` in ``unit`` states under ``ch``; a multiple (倍) becomes %."""
    if unit == "倍":
        return (value - 1) * 100 if ch.subject == "倍数" else ch.sign * value * 100, "%"
    return ch.sign * value, unit
