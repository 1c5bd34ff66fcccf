"""A comparison said as 持平 in a clause of its own after a rate (与1-2月份持平, 与全市增速基本持平, 与重庆持平)."""

from __future__ import annotations

import re
from typing import Any

from models.ingest.metadata_gazetteer import gazetteer
from models.suggest._context import Item
from models.suggest._kind import context_attrs
from models.suggest._passes import FLAT_BASE
from models.suggest._text import Spans

# …同比增长6.1%,与1-2月份持平,分别高于全省…; …增长6.9%,与全市增速基本持平; 高于北京0.2个百分点,…,与重庆持平: the rate
# said before it compared with another period's or another place's, a second comparison of its own (README: a second
# change against another base is its own indicator) — a change of 0 points, as a rate level with a period's is (1186)
# the aim a rate was set (与年度计划目标持平, 與預期目標持平): a plan report's benchmark as another period's is
_AIM = r"(?:年度|全年)?(?:计划|計劃|预期|預期)?(?:目标|目標)(?:\(biāo\))?"
_FLAT_CLAUSE_RE = re.compile(
    r"(?<=[,，;；])\s*(?:增速|增幅)?(?:与|與|和|同|较|較|比)"
    rf"(?P<base>{FLAT_BASE}|全[国省市县区州]|{_AIM}|[\u4e00-\u9fff]{{2,3}}?)(?:同期)?(?:平均)?(?:增速|增幅|水平)?(?:相比)?"
    r"(?:基本)?持平(?=[,，。；;]|$)"
)
_GLOSS_RE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
_PERIOD_RE = re.compile(rf"(?:{FLAT_BASE}|全[国省市县区州]|{_AIM})")
_REACH = 120  # how far back the rate compared may lie (a run of comparisons with other places before it)


def _is_place(base: str) -> bool:
    """重庆, 宁波: a province's or a city's short name, a benchmark a rate is compared with."""
    if _PERIOD_RE.fullmatch(base):
        return True
    g = gazetteer()
    return base in g.cities.values() or base in g.provinces.values()


def _rate_said(attrs: dict[str, Any]) -> bool:
    """A rate the clause before says: a rate level (6.1%), a level's growth (21.81亿元,增长4.1%) or the rate compared
    with another base in points (较一季度回升6.1个百分点)."""
    return attrs.get("unit") in ("%", "个百分点") or attrs.get("change_unit") == "%"


def flat_comparisons(t: str, items: list[Item], targets: Spans) -> None:
    """``规模以上工业增加值同比增长6.1%,与1-2月份持平``: the growth rate level with another base's, 0 个百分点."""
    if "持平" not in t:
        return
    for m in _FLAT_CLAUSE_RE.finditer(t):
        if any(it.start <= m.start() < it.end or it.start < m.end() <= it.end for it in items):
            continue  # a figure's statement carries it (mark_flat, flat_statements)
        if not _is_place(m.group("base")):
            continue
        para = t.rfind("\n", 0, m.start()) + 1
        rates = [
            it
            for it in items
            if max(para, m.start() - _REACH) <= it.start
            and it.end <= m.start()
            and _rate_said(it.attrs)
            and "rank" not in it.attrs
        ]
        if not rates:
            continue
        owner = str(max(rates, key=lambda it: it.end).attrs.get("name") or "")
        if len(owner) < 2:
            continue
        rate = owner if re.search(r"(?:增速|增幅|降幅|率)$", owner) else owner + "增速"
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        attrs: dict[str, Any] = {
            "name": f"{rate}较{_GLOSS_RE.sub('', m.group('base'))}",
            "value": 0.0,
            "unit": "个百分点",
        }
        attrs.update({"change": 0.0, "change_unit": "个百分点"})
        attrs.update(context_attrs(t, start, m.end(), targets))
        items.append(Item(start, m.end(), attrs, 0.6, start))
    items.sort(key=lambda it: (it.start, it.end))
