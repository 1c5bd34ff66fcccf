"""Change-only statements (``工业投资增长24.6%``: the value is the signed change) and the last step of every
statement read: its context (period, kind) and its place among the items."""

from __future__ import annotations

import re
from typing import Any

from models.suggest._context import Item, clause_start
from models.suggest._kind import context_attrs
from models.suggest._naming import named
from models.suggest._passes import share_change, stock_of_net_change
from models.suggest._quantities import Qty
from models.suggest._statements import Change
from models.suggest._text import Spans, sentence_start
from models.suggest.numbers import UNITS

_PULL_RE = re.compile(r"拉[动動][^\d,，。；;]{0,14}$")
_PULL_NOUN_RE = re.compile(r"拉[动動](?:力|作用)")  # 拉动力提高了25.9个百分点: the contribution named as a noun
# 项目建设带动投资增长11个百分点 (019, 1872 帶動經濟增長7.0個百分點): what a driver adds to a growth, a contribution too
_LEAD_RE = re.compile(r"[带帶][动動][^\d,，。；;]{0,14}$")
# 下拉全市工业增加值增速1.2个百分点: a pull down is a contribution below zero (1328, 473, set 53's rule)
_PULL_DOWN_RE = re.compile(r"(?:下拉|拉低)[^\d,，。；;]{0,16}$")
# the verb of a gap in points to an aim or a benchmark, the figure's clause ends on (超…任务, 落后于全市平均水平)
_POINTS_GAP_RE = re.compile(
    r"(?:(?:超(?:出|过)?|领先(?:于)?)[^\d,，。；;]{0,24}?(?:目标|任务|进度|序时|平均|水平)|(?P<down>(?:落后|慢)于?[^\d,，。；;]{1,16}?"
    r"|缩窄|收窄))(?:[^\d,，。；;]{0,6})$"
)
_VERB_OBJECT_RE = re.compile(r"((?:增加|减少)[\u4e00-\u9fff]{2,12}?)等?\s*")


def add_change_only(
    t: str,
    items: list[Item],
    value: float,
    unit: str,
    ch: Change,
    q: Qty,
    list_names: dict[str, list[str]],
    targets: Spans,
) -> None:
    """A statement that gives only a change (``工业投资增长24.6%``): the value is the signed change."""
    if unit == "倍":
        value, unit = (value - 1) * 100 if ch.subject == "倍数" else value * 100, "%"
    attrs: dict[str, Any] = {"value": ch.sign * value, "unit": unit, "is_change": True}
    attrs["change"], attrs["change_unit"] = ch.sign * value, unit
    pull = _PULL_RE.search(t, max(0, ch.verb_start - 18), ch.verb_start)
    if not pull and t.startswith(("增长", "增長"), ch.verb_start):
        pull = _LEAD_RE.search(t, max(0, ch.verb_start - 18), ch.verb_start)
    if unit == "个百分点" and pull and not _PULL_NOUN_RE.match(t, pull.start()):
        # 拉动GDP增长2.74个百分点: a contribution is a level in points, not a change of one; its own change may follow
        # (474 …,比去年同期提高0.6个百分点); 拉动力提高了25.9个百分点 (1873) is a change of the contribution itself
        attrs["change"], attrs["change_unit"] = None, None
        attrs.pop("is_change")
    if unit in UNITS and UNITS[unit].kind == "money" and t.startswith("增收", ch.verb_start) and not ch.subject:
        # 带动农户户均增收1.2万元: the income a measure adds is an amount of its own, not a change of a level
        attrs["change"], attrs["change_unit"] = None, None
    if q.hi is not None:
        attrs["value_max"] = ch.sign * q.hi
    if ch.subject:
        attrs["change_of"] = ch.subject
    if ch.subject == "翻番" or (ch.benchmark and unit == "个百分点"):
        attrs["aside"] = True  # the change of the level before it may still follow
    start, conf = named(t, items, q, attrs, list_names)
    said = _VERB_OBJECT_RE.fullmatch(t, ch.verb_start, q.start)
    if len(str(attrs.get("name") or "")) < 2 and said:
        attrs["name"] = said.group(1)  # 不当增加投资成本等44.16亿元: what was added names the amount
    stock = stock_of_net_change(t, items, ch)
    if stock:
        attrs["name"] = stock
    # the aim inside a gap to it (高于年初人代会12%的目标14.4个百分点) owns nothing; its figure is no part of the name
    owners = [it for it in items if not it.attrs.get("aside") and it.start < ch.verb_start]
    gap = re.sub(r"[\d.]+%的?", "", t[ch.verb_start : q.start])
    if (
        ch.benchmark
        and unit == "个百分点"
        and owners
        and re.fullmatch(r"(?:高于|低于|快于|慢于|高出|低出)\S{1,10}", gap)
        and not re.search(r"进度|全[国省市县区]|平均", gap)
        and sentence_start(t, owners[-1].start) == sentence_start(t, q.start)
    ):
        owner = str(owners[-1].attrs.get("name", ""))
        # 投资增速达到23.8%,高于…; 比重为41.6%,高出年度计划目标…: a rate or a share is compared as it stands
        own_rate = owners[-1].attrs.get("unit") in ("%", "‰") and owners[-1].attrs.get("change") is None
        rate = "" if own_rate or re.search(r"(?:增速|增幅|增长率|涨幅|降幅)$", owner) else "增幅"
        attrs["name"] = f"{owner}{rate}{gap}"  # 增长7.5%,高于城镇居民2.1个百分点
    gap_name = _gap_name(t, owners, q, ch, str(attrs.get("name") or "")) if unit == "个百分点" else ""
    if gap_name:
        attrs["name"] = gap_name
    named_as = str(attrs.get("name") or "")
    if (
        ch.benchmark
        and unit == "个百分点"
        and (
            _VERB_ONLY_RE.fullmatch(named_as)
            or named_as in t[ch.verb_start : q.start]  # 比全省高, 全国分别低: the gap's own words, not what is compared
            or named_as in t[sentence_start(t, q.start) : ch.verb_start]
        )
    ):
        attrs["name"] = _benchmark_name(t, owners, q, ch) or attrs.get("name")
    if ch.benchmark and unit == "个百分点" and owners and re.search(r"进度", t[ch.verb_start : q.start]):
        # 收入…,快于序时进度15.7个百分点: the level's progress against the calendar
        attrs["name"] = f"{owners[-1].attrs.get('name', '')}{t[ch.verb_start : q.start].strip()}"
    start = min(start, ch.verb_start) if not q.group or q.index == 0 else q.start
    for inner in items:
        if ch.benchmark and start <= inner.start and inner.end <= q.start:
            inner.attrs["shared"] = True  # 高于年初人代会12%的目标14.4个百分点: the aim is its own indicator inside
            aim = re.search(r"目标|计划|任务", t[inner.end : q.start])
            if owners and aim and inner.attrs.get("unit") == "%":
                inner.attrs["name"] = f"{owners[-1].attrs.get('name', '')}增长{aim.group(0)}"
    finish(t, items, q, attrs, start, conf + 0.1, targets)
    if not q.group:
        share_change(t, items, ch.verb_start)


_VERB_ONLY_RE = re.compile(r"(?:分别)?(?:高|低|快|慢)?")
# 比全省(7.7%)和全国平均水平(7.0%)分别高: the benchmarks compared with, their own rates left out
_THAN_GAP_RE = re.compile(r"(?:比|较)(?P<bases>[^\d,，。；;]{1,16}?)(?:分别)?(?P<verb>高出?|低出?|快|慢)")


def _benchmark_name(t: str, owners: list[Item], q: Qty, ch: Change) -> str:
    """``生产总值…增长8.4%,比全省(7.7%)和全国(7.0%)分别高0.7、1.4个百分点``: ``生产总值增速高于全省`` for the first gap,
    ``…高于全国`` for the second (one benchmark for each figure of the list), when the gap's own words name nothing."""
    if not owners or sentence_start(t, owners[-1].start) != sentence_start(t, q.start):
        return ""
    said = re.sub(r"[(（][\d.]+%[)）]", "", t[ch.verb_start : q.start])
    m = _THAN_GAP_RE.fullmatch(re.split(r"\d", said, maxsplit=1)[0].strip())
    if not m:
        return ""
    bases = [b for b in re.split(r"[和及与、]", m.group("bases")) if b]
    if q.group and len(bases) > 1 and q.index < len(bases):
        bases = [bases[q.index]]
    owner = owners[-1].attrs
    own_rate = owner.get("unit") in ("%", "‰") and owner.get("change") is None
    name = str(owner.get("name") or "")
    rate = "" if own_rate or re.search(r"(?:增速|增幅|增长率|涨幅|降幅)$", name) else "增速"
    return f"{name}{rate}{m.group('verb')[0]}于{'、'.join(bases)}" if len(name) >= 2 else ""


# the words of a gap in points after a rate: 比一季度加快, 较去年同期回落, 高于全省平均水平
_GAP_RE = re.compile(
    r"(?P<rate>增速|增幅|涨幅|降幅)?(?:分别)?(?P<base>(?<!相)(?:比|较)[^，,。；;]{1,12}?|(?:高于|低于|快于|慢于|高出|低出)[^，,。；;\d]{1,12}?)"
    r"(?:加快|放缓|回落|提高|提升|上升|下降|降低|扩大|收窄|快|慢|高|低)?$"
)
_GAP_NAMES = frozenset(("加快", "放缓", "回落", "提高", "提升", "上升", "下降", "降低", "扩大", "收窄"))


def _gap_name(t: str, owners: list[Item], q: Qty, ch: Change, name: str) -> str:
    """``地区生产总值增长6.5%，比一季度加快0.9个百分点``: the gap is the rate's, named ``地区生产总值增速比一季度``.

    Only when the name read says nothing of its own (a verb, or the level's name again) and the rate before it in
    the sentence is a change in %.
    """
    owner = owners[-1] if owners else None
    if owner is None or q.group or owner.attrs.get("unit") != "%" or not owner.attrs.get("is_change"):
        return ""
    if sentence_start(t, owner.start) != sentence_start(t, q.start) or t.find("。", owner.end, q.start) >= 0:
        return ""
    own = str(owner.attrs.get("name") or "")
    if len(own) < 2 or (
        len(name) >= 2 and name not in _GAP_NAMES and name != own and not name.endswith(tuple(_GAP_NAMES))
    ):
        return ""
    gap = _GAP_RE.search(t, max(owner.end, ch.verb_start - 16), q.start)
    if not gap or re.search(r"进度|目标|计划", gap.group("base")):
        return ""
    rate = gap.group("rate") or ("" if re.search(r"增速|增幅|涨幅|率$", own) else "增速")
    return f"{own}{rate}{gap.group('base')}"


def finish(t: str, items: list[Item], q: Qty, attrs: dict[str, Any], start: int, conf: float, targets: Spans) -> None:
    """Complete ``attrs`` from the sentence around ``q`` (kind, period, a gap in points) and append its item."""
    attrs.setdefault("change", None)
    attrs.setdefault("change_unit", None)
    attrs.update(context_attrs(t, q.start, q.end, targets))
    head = clause_start(t, q.start)
    value = attrs.get("value")
    pulled_down = _PULL_DOWN_RE.search(t, head, q.start)
    if attrs.get("unit") == "个百分点" and isinstance(value, float) and value > 0 and pulled_down:
        attrs["value"] = -value
    near = max(sentence_start(t, q.start), q.start - 32)  # (a quote's mark may open a clause: 超南通“四个全面”考核任务)
    gap = _POINTS_GAP_RE.search(t, near, q.start) if attrs.get("change") is None else None
    if attrs.get("unit") == "个百分点" and isinstance(value, float) and gap and not _PULL_RE.search(t, near, q.start):
        # 超…考核任务28.0个百分点, 落后于全市平均水平1.4个百分点, 降幅较去年同期缩窄1.2个百分点: a figure in points
        # said against an aim or a benchmark is that gap, a change (value = signed change)
        signed = -abs(value) if gap.group("down") else abs(value)
        attrs["value"], attrs["change"], attrs["change_unit"] = signed, signed, "个百分点"
    if (
        attrs.get("kind") == "actual"
        and t.startswith("其中", head)
        and items
        and items[-1].attrs.get("kind") == "target"
        and not re.search(r"[)）]", t[items[-1].end : head])  # 17015.5亩(任务14815亩),其中: what was done's
        and sentence_start(t, items[-1].start) == sentence_start(t, q.start)
    ):
        attrs["kind"] = "target"  # 计划的种植粮食面积37.7万亩,其中水稻29万亩: a breakdown of an aim is aimed at
    items.append(Item(min(start, q.start), q.end, attrs, max(0.2, min(conf, 0.95)), q.start))
