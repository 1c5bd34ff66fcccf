"""Context of a quantity: clause bounds, change verbs and the name (its period and kind: ``_kind.py``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from models.suggest import _names
from models.suggest._frequency_names import frequency_name
from models.suggest._joined_names import joined_name
from models.suggest._relative_names import relative_name
from models.suggest._text import CLAUSE_END
from models.suggest._verb_objects import verb_object

POS = (
    "净增加|(?<!加)快|(?<![稳保促负])增长|提高|上升|增加|提升|扩大|上涨|回升|"
    "增收|增支|增产|增投|增量|上浮|高于|高出|递增|净增|多增|(?<![最较])多(?!达)|(?<![新稳保促])增|涨"
)
NEG = (
    "负增长|净减少|(?<!加)慢|下降|减少|回落|下滑|降低|下跌|低于|低出|递减|压减|压缩|削减|缩减|精简|净减|"
    "减产|减收|减支|下浮|少增|减|(?<![起升])降(?!水)"
)
# (由不足10亿元, 从近10亿元: the base's qualifier, 2397 从接近2万亿元)
_FROM_RE = re.compile(
    r"(?:由|从)(?:\d{4}年(?:底|末)?|上年|去年|年初)?(?:的)?(?:每[^\d,，。；;]{1,6})?(?:接近|将近|不足|不到|近|约|超过|逾)?$"
)
_SCOPE = r"(?:全[省州市国县区]|全国|全省|全市|中部|西部|东部|同类[^\d,，。、]{0,4}|于?(?:序时|时序|时间)进度)"
# 增长(可比价)9.8%, 增长(同口径)16.53%: the basis of a change noted in brackets between its verb and figure
# (增长(下同)7.6%: or the note that it holds for the figures below, 490)
BASIS_NOTE = r"(?:[(（](?:同口径|可比价?|按[^()（）]{1,8}计算?|下同)[)）])"
# What a change is compared with, as a grammar (a comparator, a base, 同期, a closing word, a running total): 比上年,
# 与去年同期比较 (1592), 同比去年 (1590), 比上月止累计 (1532), 较上年决算数.
COMPARED = (
    r"(?:同比|比|较|与|同)(?:(?:上年|去年)(?:末|底)?|上月|(?:年初|调整)?预算数?|年初|上季度|一季度|上半年|前三季度"
    r"|\d{4}年(?:底|末)?)(?:同期)?(?:相比|比较|相较)?(?:决算数?)?(?:止?累计)?"
)
# (收支较上年决算数 减少684.52万元: a 决算's change against last year's final accounts, a PDF's blank before it)
CHANGE_BEFORE_RE = re.compile(
    rf"(?P<subject>降幅|增幅|增速|跌幅)?(?:同比|环比|{COMPARED}\s?|分别)?"
    rf"(?:同口径|可比价?|按(?:可比|不变)(?:口径|价格?)计算)?(?:分别)?(?:微|略有|略|小幅|大幅)?(?P<verb>{POS}|{NEG}|收窄|扩大)(?:了)?{BASIS_NOTE}?(?:达到|达|为)?(?:约|近|超过|超)?"
    rf"(?P<scope>{_SCOPE}(?:[、和及]{_SCOPE})*)?(?P<avg>平均)?(?:水平)?(?:的)?$"
)


@dataclass
class Item:
    """A found indicator while spans, names and changes are still being merged."""

    start: int
    end: int
    attrs: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.6
    qty_start: int = 0


def sign(verb: str, subject: str | None) -> int:
    """+1 or -1: the figure grew or shrank (a decline that narrowed shrank: ``降幅收窄0.8个百分点`` → −0.8)."""
    if verb == "收窄":
        return -1
    if verb == "扩大":
        return 1
    return -1 if re.fullmatch(NEG, verb) else 1


def clause_start(t: str, pos: int, stop: str = CLAUSE_END) -> int:
    """Where the clause holding ``pos`` starts: after the last ``stop`` character, at most 40 characters back."""
    i = pos - 1
    while i >= 0 and t[i] not in stop and pos - i < 40:
        i -= 1
    return i + 1


def part_offsets(t: str, parts: list[str], pos: int) -> list[int]:
    """Where each of ``parts``, a list written in ``t`` in this order from ``pos`` on, stands."""
    offsets = []
    for p in parts:
        pos = t.index(p, pos)
        offsets.append(pos)
        pos += len(p)
    return offsets


def share_out(items: list[Item], it: Item, names: list[str], offsets: list[int]) -> None:
    """One figure said once for a list of quantities (``A、B均增长8%``): ``it`` is the first name's, reaching back to
    it; a copy marked shared is each other name's, from its place in the list."""
    it.start = min(it.start, offsets[0])
    it.attrs["name"] = names[0]
    for p, start in zip(names[1:], offsets[1:], strict=True):
        items.append(Item(start, it.end, dict(it.attrs, name=p, shared=True), it.confidence, it.qty_start))


#: the units of a rate or a change, not of a quantity: a figure in one names no count or sum for what follows
RATE_UNITS = ("%", "‰", "个百分点", "百分点", "倍")


def comma_clause_head(t: str, pos: int) -> str | None:
    """What stands before ``pos`` in a clause that a comma or 、 opens (``…23起,办结率`` → ``办结率``); None when the
    clause opens the sentence."""
    cs = clause_start(t, pos, "，,、。；;！？!?\n")
    if cs <= 0 or t[cs - 1] not in "，,、":
        return None
    return t[cs:pos].strip()


_YEAR_BEFORE_VERB_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])\d{4}年(?:底|末|度)?(?=(?:已经?)?(?:达到|达|为|增至|增加到|突破|实现|完成)?$)"
)
_BY_YEAR_END_RE = re.compile(r"(?:至|到|于)\d{4}年(?:底|末|前)?(?P<rest>[^\d]{0,4})$")
_PER_HEAD_END_RE = re.compile(r"(?:全年|当年|年|月)?(?P<per>人均|户均)(?:每?[年月])?$")
_PER_RE = re.compile(r"每[十百千万]?(?:人口|人|户|家庭|平方公里|公顷)[\u4e00-\u9fff]{0,6}?(?P<verb>拥有|有|配备)?$")
# 地区生产总值(GDP), 性别比(以女性为100,男性对女性的比例): an abbreviation or the base of a ratio
_TITLE_END_RE = re.compile(r"《(?P<title>[^《》\d]{2,20})》$")
# …; 财政收入(不含基金)2.01亿元: a qualifier of the quantity (no figure in it, no list label)
_ABBR_RE = re.compile(
    r"[(（](?:[A-Za-z][A-Za-z0-9.]{1,7}|以[^()（）]{2,28}|(?![一二三四五六七八九十]+[)）])[^()（）\d,，。；;、]{2,12})[)）]$"
)


# the base of a from/to named by a quoted plan period: 由“八五”期末的833亿元, 从“十二五”末的
QUOTED_FROM_RE = re.compile(r"(?:由|从)“[^“”\d]{1,8}”[^,，。；;\d“”]{0,4}$")


def name_for(t: str, qstart: int, qend: int, list_mode: bool = False) -> tuple[str, int, float]:
    """The name of the figure ``t[qstart:qend]``, where the name starts, and a confidence adjustment (< 0: no name)."""
    frequency, at = frequency_name(t, qstart, qend)
    if frequency:
        return frequency, at, 0.0
    stop = CLAUSE_END.replace("、", "") if list_mode else CLAUSE_END
    quoted_from = QUOTED_FROM_RE.search(t, max(0, qstart - 20), qstart)
    anchor = quoted_from.start() if quoted_from else qstart  # the quotes do not end the clause of the name
    cs = clause_start(t, anchor, stop)
    abbr = _ABBR_RE.search(t, max(0, cs - 32), cs)
    if abbr:
        cs = clause_start(t, abbr.start(), stop)  # 地区生产总值(GDP)221.23亿元: the name is before the abbreviation
    clause = t[cs:anchor].rstrip()
    if abbr and not _names.CODE_RE.fullmatch(abbr.group(0)):  # (细颗粒物(PM2.5)浓度: a pollutant's code stays)
        clause = clause.replace(abbr.group(0), "", 1)  # the name starts before it: its offset is kept
    cm = CHANGE_BEFORE_RE.search(clause)
    if cm:
        clause = clause[: cm.start()]
    fm = _FROM_RE.search(clause)  # 养老金由2010年的1264元: the name is what precedes 由
    if fm:
        clause = clause[: fm.start()]
    by_year = _BY_YEAR_END_RE.search(clause)  # 在校生至2020年达1.2万人: the deadline is no part of the name
    if by_year and by_year.start() > 0:
        clause = clause[: by_year.start()] + by_year.group("rest")
    # 农民人均纯收入1984年达到320元: the year between the name and its verb is no part of the name
    clause = _YEAR_BEFORE_VERB_RE.sub("", clause)
    per_head = _PER_HEAD_END_RE.search(clause)  # 生活补贴人均月增200元: the name is what precedes 人均
    if per_head and per_head.start() > 0:
        clause = clause[: per_head.start()]
    name, offset, by_qty = _names.name_before(clause, enumeration=list_mode)
    if not list_mode:
        name, offset = relative_name(clause, name, offset)  # 产值过亿元的企业: what the clause says of it
    size_class = _SIZE_CLASS_NAME_RE.search(clause) if by_qty or len(name) < 2 else None
    if size_class:
        # 50头以上黄牛养殖企业共有42家, 达到100万元的村2个: the members of a size class are counted
        return _CLASS_VERB_RE.sub("", size_class.group(0)), cs + size_class.start(), 0.0
    if per_head and per_head.start() > 0 and name:
        name += per_head.group("per")
    # “10+”个平台: the noun follows; 辖8个行政村: a one-character verb names nothing
    years = bool(_YEARS_ONLY_RE.fullmatch(name))  # 五年共有29所学校…: a span of years names nothing
    # 实施832个老旧小区改造: a verb alone before the figure names nothing, what it acts on follows
    # (重点实施5个…, 全面完成3.4万平方米…, 年内完成2万平方米…: an adverb or the year's span before it changes nothing)
    bare = _ADVERB_RE.sub("", name)
    lone_verb = bare in _names.LEAD or bare in _names.LONE_VERBS or (bare == "" and bool(name))
    if len(name) < 2 or by_qty or years or lone_verb or clause.rstrip().endswith("的") or t[qstart] == "“":
        did = _FIRMS_DID_RE.match(t, qend)
        if did and not re.search(r"\d\s?[万亿]?元", did.group("did")):
            # 29家企业申报质量信用A级: the firms are named by what they did (…获得贷款85.89亿元: a figure of its own)
            return re.sub(r"(?:工作|任务)$", "", did.group("did")) + did.group("who"), qstart, 0.0
        doers = _DOERS_OPEN_RE.search(clause) is not None and _DOERS_RE.search(t, qstart, qend) is not None
        after = _names.name_after(t[qend : qend + 24], doers=doers)
        if after:
            return after, qstart, 0.0
    deed = verb_object(t, name, cs + offset, qstart, qend, list_mode) if bare == name else None
    if deed:  # 组建13支理论宣讲小分队, 新装100套移动抓拍电子监控设备: a verb alone acts on what follows the figure
        return deed, cs + offset, 0.0
    if not name and cs > 0 and t[cs - 1] == "”" and not clause.strip("比较同年上去底末0123456789"):
        # “三公经费”较2010年下降65.6%: the quoted term is the name
        open_at = t.rfind("“", max(0, cs - 16), cs - 1)
        if open_at >= 0:
            return t[open_at + 1 : cs - 1], open_at, 0.0
    title = _TITLE_END_RE.search(t, max(0, cs - 24), cs) if not name and not clause.strip() else None
    if title:
        # 发布《重要气象信息》31期: the issues of a publication are counted by its title
        return title.group("title"), title.start(), 0.0
    if not name:
        return "", qstart, -0.2
    per = _PER_RE.search(t, max(0, cs - 2), cs + offset)  # 每万人口拥有执业医师28.6人: the name keeps its base
    if per:
        return t[per.start() : cs + offset].replace(per.group("verb") or "", "", 1) + name, per.start(), 0.0
    if not list_mode:  # 城乡低保、特困对象597名, 转移支付等资金: a run of names shares the one figure
        name = joined_name(t, cs + offset, name, qstart, qend)
    return name, cs + offset, 0.0


_FIRMS_DID_RE = re.compile(
    r"(?P<who>企业|单位)(?P<did>(?:获评|获批|获得|申报|入选|通过|完成|参加|纳入|被?认定为|签约|列入|荣获)"
    r"[^，,。；;：:、\n]{2,20}?)(?=[，,。；;\n]|$)"
)
_ADVERB_RE = re.compile(r"^(?:年内|全年|年底前|今年|重点|全面|着力|加快|积极|集中|陆续|继续|同步)+")
_YEARS_ONLY_RE = re.compile(r"(?:近|这|过去)?[一二两三四五六七八九十\d]{1,3}年(?:来|间|内)?")
_SIZE_CLASS_NAME_RE = re.compile(  # never a period (1-4月, 2020年以来)
    r"(?:(?:达到|超过|超)?\d[\d.]*(?:[-—~～至]\d[\d.]*)?(?:万亿|亿|万|千)?(?![月日年号季时])[\u4e00-\u9fff]{0,3}?"
    r"(?:及以上|以上|以下|以内)的?"
    r"|(?:达到|超过|超)\d[\d.]*(?:万亿|亿|万|千)?(?![月日年号季时])[\u4e00-\u9fff]{0,3}?的"
    r"|\d[\d.]*[-—~～至]\d[\d.]*(?:万亿|亿|万|千)?(?![月日年号季时])[\u4e00-\u9fff]{0,3}?的?)"
    r"[\u4e00-\u9fff“”]{0,10}?(?:共有|共|有|达|为)?$"
)
_CLASS_VERB_RE = re.compile(r"(?:共有|共|有|达|为)$")
# a count opening its clause (after a list of names and 等, a time or scope word, 有): its members are the subject
_DOERS_OPEN_RE = re.compile(
    r"(?:^|等)[\s,，]*(?:(?:共有|已有|另有|有|共|已|累计|全年|今年|年内|目前|全[省市县区镇乡]|我[省市县区镇乡])\s*)*$"
)
_DOERS_RE = re.compile(r"[个家名位项][(（]?$")  # members counted one by one: firms, people, projects
