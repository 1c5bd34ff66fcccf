"""Figures that delimit a class of members rather than measure a result: size classes, a rule's bounds."""

from __future__ import annotations

import re

# a size class and the count of its members after a short noun (50头以上黄牛养殖企业共有42家, 达到100万元的村2个,
# 90-100万元的2个, 1—10亿元项目4个): the figure says which members are counted, the count is the indicator
_CLASS_MARK_RE = re.compile(r"(?:及以上|以上|以下|以内)")
_COUNT_AFTER_RE = re.compile(
    r"(?:及以上|以上|以下|以内)?的?[\u4e00-\u9fff“”]{0,10}?(?:共有|共|有|达|为)?\d+(?:余|多)?"
    r"(?:个|家|户|人|项|座|所|条|名|处|只|头|宗|件)(?![\u4e00-\u9fff]*[\d.]+[万亿]?[元%])"
)


def size_class(t: str, s: int, e: int) -> bool:
    """Whether the figure ``t[s:e]`` names a size class whose members are counted right after it."""
    marked = (
        _CLASS_MARK_RE.match(t, e) is not None
        or re.search(r"[-—~～至]", t[s:e]) is not None  # a range of sizes
        or (re.search(r"(?:达到|超过|超)$", t[max(0, s - 3) : s]) is not None and t.startswith("的", e))
    )
    if marked and _COUNT_AFTER_RE.match(t, e) is not None:
        return True
    # 新增100亩以上的果业面积1.8万多亩: a class of sizes and the total size of its members, in the same unit
    unit = re.search(r"[\u4e00-\u9fff㎡]+$", t[s:e])
    return (
        marked
        and unit is not None
        and re.match(
            rf"(?:及以上|以上|以下)的?[\u4e00-\u9fff“”]{{1,10}}?(?:共有|共|有|达到?|为)?[\d.]+(?:余|多)?[万亿千]?(?:余|多)?"
            rf"{re.escape(unit.group(0))}",
            t[e:],
        )
        is not None
    )


# an inclusive bound of a rule's class (在职职工总数30人(含)以下的企业, 超过…3倍(含)的, 500万元以上(含)的项目) and an
# age or time not yet reached (工商注册登记未满3年): who or what the rule applies to, nothing reached
_INCLUSIVE_BOUND_RE = re.compile(r"[(（]含[)）](?:及?以[上下内]|[—\-~～至]|的)|(?:及)?以[上下内][(（]含[)）]")
_NOT_YET_BEFORE_RE = re.compile(r"(?:未满|不满|不足)$")
# the figure of a benchmark, in brackets after it: 增速高于全省(8%)3.9个百分点, 低于预期目标(4.8%)5.4个百分点
_BENCHMARK_VALUE_RE = re.compile(r"(?:高于|低于|快于|慢于|高出|低出|超过|超出)[^\d,，。；;、()（）]{1,12}[(（]$")
# …but an aim is our own figure: 增速高出市政府下达的全年任务目标(10.5%)0.9个百分点 (1210)
_AIM_BEFORE_RE = re.compile(r"(?:目标|任务|计划)(?:值|数)?[(（]$")


# measure words that are also the head of a word after a figure (54万群众, 全家5口人): a count only when no such word
# follows, and only after Arabic digits (二轮延包, “两群”, 九峰街道 name rounds, groups and places)
_WORD_HEAD_AFTER = {
    "群": re.compile(r"[众体落岛山星组]"),
    "口": re.compile(r"[人径岸号味碑子]"),
    "峰": re.compile(r"[会值]"),
}
_DIGITS_ONLY = frozenset("群口峰轮")


def word_head(t: str, e: int, num: str, unit: str) -> bool:
    """Whether the measure word ending ``unit`` heads a word instead (``54.13万群众``) or follows a numeral in words."""
    last = unit[-1:]
    if last not in _DIGITS_ONLY:
        return False
    after = _WORD_HEAD_AFTER.get(last)
    return not num[:1].isdigit() or (after is not None and after.match(t, e) is not None)


def class_bound(t: str, s: int, e: int, unit: str) -> bool:
    """Whether ``t[s:e]`` in ``unit`` bounds the class a rule applies to (``30人(含)以下的企业``, ``未满3年``)."""
    if _INCLUSIVE_BOUND_RE.match(t, e):
        return True
    if (
        unit == "%"
        and t[e : e + 1] in (")", "）")
        and _BENCHMARK_VALUE_RE.search(t, max(0, s - 16), s)
        and not _AIM_BEFORE_RE.search(t, max(0, s - 4), s)
    ):
        return True
    return unit in ("年", "岁") and _NOT_YET_BEFORE_RE.search(t, max(0, s - 2), s) is not None
