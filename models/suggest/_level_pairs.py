"""Two level figures of one statement read as one indicator: a move from one level to another (由54.9%提高到58.2%), a
threshold passed then the level reached (突破4000亿元、达到4211亿元), a stock and what was added to it (农民合作社769个,
新增6个; 新增…57家,总数达到330家)."""

from __future__ import annotations

import re

from models.suggest._context import QUOTED_FROM_RE, Item, clause_start
from models.suggest._statements import is_level
from models.suggest.numbers import UNITS, normalize

YEAR = r"(?:\d{4}年(?:底|末)?(?:的)?)?"
_FROM_RE = re.compile(rf"(?:由|从){YEAR}[^,，。；;\d]{{0,8}}$")
# (由1998年的58%达到65.2%, 由6079平方公里,增加到12339平方公里: the to-figure after 达到 or a comma too)
TO_GAP_RE = re.compile(
    rf"^[,，]?\s*(?:预计|预期|计划)?(?:(?:提高|上升|增长|增加|提升|下降|降低|减少|降|增|扩大|缩小|调整|变|升|发展|壮大|拓展|跃升|攀升)?(?:到|至|为)|达到?)"
    rf"\s*{YEAR}(?:的)?\s*(?:超过|超出|超|不足|不到|将近|接近|近|约|逾|突破)?$"  # 从接近2万亿元到突破3万亿元 (2397)
)
# the from-figure's noun between it and the verb, the to-figure in the same unit (由原来的14个科室重组为7个股室, 1278;
# 由5个中队扩大为8个中队): an office's units regrouped, merged or enlarged
_NOUN_TO_GAP_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,5}?(?:重组|整合|合并|归并|撤并|精简|压减|压缩|缩减|调整|优化|减少|增加|扩大|扩充|扩展|拓展|增至|减至)"
    r"(?:为|到|至|為)?\s*$"
)
_THRESHOLD_GAP_RE = re.compile(
    r"^(?:大关|关口|的?新?台阶)?[、,，]\s*(?:总数|总量|累计|总计|共计|总规模)?(?P<verb>达到|达|实现|为|超过|超|高于)(?:原定的|预期的|目标的)?(?:近|约)?$"
)
_THRESHOLD_AFTER_RE = re.compile(
    r"^[,，、]\s*(?:首次|率先|历史性地?|一举|成功)?(?:突破|超过|迈上|跨越|跨过|跨上|站上|跨入|迈入)$"
)
_ADDED_RE = re.compile(r"(?:新增|新建|增加|净增)[^\d,，。；;、]{0,12}$")
# a bare 新增 right after a stock, in the stock's unit: 家庭农场472家,新增8家
# (播种面积3120万亩、新增96.5万亩; the verb's particle and a page's doubled comma change nothing:
# 达到16户,新增了3户, 2006; 达1604家,,新增321家, 2133)
_ADDED_GAP_RE = re.compile(r"^[,，、]{1,2}\s*(?:新增|净增)了?$")


def join_level(t: str, items: list[Item], qs: int, qe: int, value: float, unit: str) -> bool:
    """A second level figure of the same statement: ``由54.9%提高到58.2%``, ``突破4000亿元、达到4211亿元``."""
    if not items:
        return False
    prev = items[-1]
    prev_unit = str(prev.attrs.get("unit"))
    if not is_level(prev) or prev.end > qs or prev.attrs.get("change") is not None:
        return False
    gap = t[prev.end : qs]
    pq = prev.qty_start
    if prev_unit != unit and not same_base(prev_unit, unit) and not _bare_threshold(t, pq, prev_unit, unit, gap):
        return False
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
    noun_gap = prev_unit == unit and _NOUN_TO_GAP_RE.match(gap) is not None
    if (TO_GAP_RE.match(gap) or noun_gap) and from_before and (prev_unit == unit or same_base(prev_unit, unit)):
        # (由4405亿元增加到1.3万亿元: the level reached in the next magnitude, the rise counted in its unit)
        old = float(prev.attrs["value"])
        if prev_unit != unit:
            old = normalize(old, prev_unit)[0] / normalize(1.0, unit)[0]
        prev.attrs["previous_value"] = old
        prev.attrs["value"], prev.attrs["unit"] = value, unit
        prev.attrs["change"] = round(value - old, 2 if prev_unit == unit else 4)
        prev.attrs["change_unit"] = "个百分点" if unit == "%" else unit
    else:
        m = _THRESHOLD_GAP_RE.match(gap)
        if not m:
            return False
        if m.group("verb") in ("达到", "达", "实现", "为"):
            # 新增网点380个、总数达到1600个 / 建设小区6个,累计达53个: the first figure was the change
            if _ADDED_RE.search(t[clause_start(t, pq) : pq]) or re.search(r"累计|累积|总数|总计|共计", gap):
                prev.attrs["change"], prev.attrs["change_unit"] = prev.attrs["value"], unit
            else:
                prev.attrs["threshold"] = prev.attrs["value"]
            prev.attrs["value"], prev.attrs["unit"] = value, unit
        elif prev_unit != unit:
            return False
    prev.end = qe
    return True


def _bare_threshold(t: str, pq: int, prev_unit: str, unit: str, gap: str) -> bool:
    """``总量突破100万、达135万户``: a threshold in a bare magnitude leaves its counter to the level after it, whatever
    it measures (``首次突破3万亿,达到3.12万亿元`` 2239, as ``突破300亿,达到318.8亿元`` 1516)."""
    bare, full = UNITS.get(prev_unit), UNITS.get(unit)
    if bare is None or full is None or bare.base or not unit.startswith(prev_unit) or bare.factor != full.factor:
        return False
    verb = re.search(r"(?:突破|超过|跨越|迈上|站上|跃上)$", t[max(0, pq - 4) : pq])
    return bool(verb and _THRESHOLD_GAP_RE.match(gap))


def same_base(a: str, b: str) -> bool:
    """突破两亿元…达到20034万元: two magnitudes of one unit (突破千亿元,达1062亿元: a leading 千/百 as written)."""
    a, b = (u if u in UNITS else u.lstrip("千百") for u in (a, b))
    return a in UNITS and b in UNITS and UNITS[a].base == UNITS[b].base and UNITS[a].kind == UNITS[b].kind


# 新增…1057张,累计发放22800张 / 新增…57家,…总数达到330家 / 新增2400户(累计约3600户): the stock after an addition
_ADDED_CLAUSE_RE = re.compile(r"(?:新增|新建|净增)[^,，。；;、]{0,12}$")
_STOCK_GAP_RE = re.compile(
    r"[,，、(（]\s*[^,，。；;()（）\d]{0,8}?(?:累计|累积|总数|总量|总计|共计|总规模)[^,，。；;()（）]{0,10}?$"
)


def join_stock_after_added(t: str, items: list[Item], qs: int, qe: int, value: float, unit: str) -> bool:
    """``新增X…,累计/总数达Y``: one indicator, the stock reached (value) and the addition (change) in its own unit
    (gold ruling, session 10)."""
    if not items:
        return False
    prev = items[-1]
    prev_unit = str(prev.attrs.get("unit"))
    if (
        not is_level(prev)
        or prev.attrs.get("change") is not None
        or prev.attrs.get("aside")
        or prev.attrs.get("shared")
        or prev.end > qs
        or prev_unit not in UNITS
        or unit not in UNITS
        or UNITS[prev_unit].kind != UNITS[unit].kind
        or UNITS[unit].kind in ("percent", "points")
        or not _STOCK_GAP_RE.fullmatch(t, prev.end, qs)
        or not _ADDED_CLAUSE_RE.search(t, clause_start(t, prev.qty_start), prev.qty_start)
        or re.search(r"新|净增", t[prev.end : qs])  # 城镇新增就业…,城镇累计新就业…: a sum of additions, no stock
    ):
        return False
    added = float(prev.attrs["value"])
    if UNITS[prev_unit].base == UNITS[unit].base and normalize(value, unit)[0] < normalize(added, prev_unit)[0]:
        return False  # a stock smaller than what was added to it is another figure
    prev.attrs["change"], prev.attrs["change_unit"] = added, prev_unit
    prev.attrs["value"], prev.attrs["unit"] = value, unit
    prev.attrs["name"] = re.sub(r"^(?:新增|新建|净增)", "", str(prev.attrs.get("name") or "")) or prev.attrs.get("name")
    prev.end = qe
    return True
