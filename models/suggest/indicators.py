"""Indicators (指标): quantities in the text with name, value, unit, change, period, kind and rank.

Attributes of each ``指标`` suggestion:

* ``name``, ``value`` (as written), ``unit`` (as written: ``%``, ``亿元``, ``万人次``, ``个百分点`` …),
  ``normalized_value``/``base_unit`` (亿元 → 元 ×1e8, 万人次 → 人次 ×1e4, counts unchanged, % stays %),
  ``value_max`` for ranges (``10-15%``).
* ``change``/``change_unit``: signed; 增长/提高/上升/增加/高于 positive, 下降/减少/回落/低于 negative.
  A change of a *rate* is recorded with ``change_of`` (``降幅``/``增幅``/``增速``) and the sign says whether
  things got better: ``降幅收窄1.9个百分点`` → ``+1.9`` (the decline narrowed), ``降幅扩大`` → negative,
  ``增幅收窄`` → negative.
* ``previous_value`` for ``比去年同期56.20亿`` after the value.
* ``period`` (``全年``, ``1-9月``, ``2020年`` …), ``kind`` (``actual`` or ``target`` for 力争/计划/预计/目标…
  statements and sections titled 计划/要点/打算/工作重点), ``rank``/``rank_change``/``scope`` for rankings,
  ``ratio``/``ratio_from`` for structures such as ``10:52.6:37.4``.
* Items of a list (``分别增长20.6%、21%``) are one suggestion each, with ``name`` from the matching
  item of the subject list and ``group_name`` for the whole subject.
"""

from __future__ import annotations

import re
from typing import Any

from models.suggest._context import (
    CHANGE_BEFORE_RE,
    Item,
    clause_start,
    context_attrs,
    fallback_name,
    name_for,
    sign,
    target_ranges,
)
from models.suggest._text import Spans, in_quotes, sentence_start
from models.suggest.base import Suggestion
from models.suggest.numbers import UNIT_NAMES, UNITS, normalize, parse_number, to_halfwidth
from models.suggest.structure import find_ranks, find_ratios
from models.types import Section

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN = r"(?:[二两三四五六七八九][零〇一二两三四五六七八九十百千万亿]*|[一十百千万][零〇一二两三四五六七八九十百千万亿]+)"
_UNIT = "|".join(re.escape(u) for u in UNIT_NAMES)
_QTY_RE = re.compile(
    rf"(?P<num>{_NUM}|{_CN})"
    rf"(?:\s?[-~～至](?P<hi>{_NUM}))?(?P<approx>余|多)?\s?(?P<unit>{_UNIT})"
)
_LIST_RE = re.compile(rf"(?P<vals>{_NUM}(?:\s?(?:{_UNIT}))?(?:、{_NUM}(?:\s?(?:{_UNIT}))?)+)\s?(?P<unit>{_UNIT})")
_CN_OK_UNITS = frozenset("家项件人名户只条个所座台套") | {u for u in UNITS if u[0] in "万亿" and len(u) > 1} | {"人次"}
_BAD_AFTER = {"个": re.compile(r"月|小时|工作日|星期|季度|方面|意识|自信|维护|百年|一|位次")}
_PREVIOUS_GAP_RE = re.compile(r"^[,，]?\s*(?:比|较)(?:去年|上年)(?:同期)?(?:的)?$")
_MERGE_GAP_RE = re.compile(r"^[,，]?\s*(?:同比|环比|比上年|较上年|比去年|较去年|比上年同期|比去年同期)?$")


def _excluded(t: str, m: re.Match[str]) -> bool:
    s, e = m.start(), m.end()
    prev = t[s - 1] if s else ""
    nxt = t[e] if e < len(t) else ""
    num = m.group("num")
    if prev and ((prev.isascii() and (prev.isalnum() or prev in ".:/")) or prev in "第〔["):
        return True
    if nxt in "〕]号" or (nxt.isascii() and nxt.isalpha()):
        return True
    bad = _BAD_AFTER.get(m.group("unit"))
    if bad and bad.match(t, e):
        return True
    if not num[0].isdigit():
        if m.group("unit") not in _CN_OK_UNITS or in_quotes(t, s):
            return True
        if prev in "零〇一二两三四五六七八九十百千万亿第":
            return True
        if num[0] == "十" and len(num) == 1:
            return True
    return False


def find_indicators(display_text: str, sections: tuple[Section, ...] = ()) -> list[Suggestion]:
    """Find quantitative statements and parse them into indicator attributes.

    Args:
        display_text: a document's display text.
        sections: its outline (sections titled 计划/要点… make their figures targets).

    Returns:
        One ``指标`` suggestion per quantity, in text order, spans not overlapping.
    """
    t = to_halfwidth(display_text)
    targets = target_ranges(t, sections)
    items: list[Item] = []
    taken = Spans()

    find_ratios(t, items, taken)

    # 2. value lists sharing a unit (分别增长20.6%、21%、6.1%)
    raw: list[tuple[int, int, float, float | None, str, str | None, bool]] = []
    for m in _LIST_RE.finditer(t):
        if taken.overlaps(m.start(), m.end()) or (m.start() and t[m.start() - 1] in "第〔["):
            continue
        pos = m.start()
        parts = m.group("vals").split("、")
        for k, part in enumerate(parts):
            num = re.match(_NUM, part)
            assert num is not None
            end = pos + len(part) + (len(m.group(0)) - len(m.group("vals")) if k == len(parts) - 1 else 0)
            unit = m.group("unit")
            raw.append((pos, end, float(num.group(0).replace(",", "")), None, unit, f"list{m.start()}:{k}", False))
            pos += len(part) + 1
        taken.add(m.start(), m.end())

    # 3. single quantities
    for m in _QTY_RE.finditer(t):
        if taken.overlaps(m.start(), m.end()) or _excluded(t, m):
            continue
        value = parse_number(m.group("num"))
        if value is None:
            continue
        hi = float(m.group("hi").replace(",", "")) if m.group("hi") else None
        cn = not m.group("num")[0].isdigit()
        raw.append((m.start(), m.end(), value, hi, m.group("unit"), None, cn))
        taken.add(m.start(), m.end())
    raw.sort()

    list_names: dict[str, list[str]] = {}
    list_heads = {r[5].split(":")[0]: r for r in raw if r[5] and r[5].endswith(":0")}
    for qs, qe, value, hi, unit, list_key, cn in raw:
        group = list_key.split(":")[0] if list_key else None
        index = int(list_key.split(":")[1]) if list_key else 0
        attrs: dict[str, Any] = {"value": value, "unit": unit}
        if hi is not None:
            attrs["value_max"] = hi
        if UNITS[unit].kind == "points":
            attrs["unit"] = "个百分点"
        # a change verb right before the number: 下降10.3%, 降幅收窄1.9个百分点
        cs = clause_start(t, qs)
        before = t[cs:qs]
        if group:
            first = list_heads[group]
            before = t[clause_start(t, first[0]) : first[0]]
        cm = CHANGE_BEFORE_RE.search(before)
        if cm:
            direction = sign(cm.group("verb"), cm.group("subject"))
            attrs["change"] = direction * value
            attrs["change_unit"] = "个百分点" if UNITS[unit].kind == "points" else unit
            if cm.group("subject"):
                attrs["change_of"] = cm.group("subject")
            # 262亿元,增长32%: the change belongs to the quantity before it
            if items and not group and UNITS[unit].kind in ("percent", "points"):
                prev = items[-1]
                gap = t[prev.end : cs + cm.start()] if cs + cm.start() >= prev.end else None
                if (
                    gap is not None
                    and "change" not in prev.attrs
                    and prev.attrs.get("value") is not None
                    and _MERGE_GAP_RE.match(gap)
                    and UNITS.get(str(prev.attrs.get("unit")), UNITS["%"]).kind not in ("percent", "points")
                ):
                    prev.attrs["change"] = attrs["change"]
                    prev.attrs["change_unit"] = attrs["change_unit"]
                    prev.end = qe
                    prev.confidence = min(0.95, prev.confidence + 0.1)
                    continue
        # 40.68亿,比去年同期56.20亿: last year's figure belongs to the indicator before it
        if items and not group and "change" not in attrs and UNITS[unit].kind not in ("percent", "points"):
            prev = items[-1]
            if (
                prev.end <= qs
                and prev.attrs.get("unit") == unit
                and "previous_value" not in prev.attrs
                and _PREVIOUS_GAP_RE.match(t[prev.end : qs])
            ):
                prev.attrs["previous_value"] = value
                prev.end = qe
                continue
        if group and index > 0 and group in list_names:
            names = list_names[group]
            attrs["name"] = names[index] if index < len(names) else names[-1]
            attrs["group_name"] = names[-1] if len(names) == 1 else "、".join(names)
            start, conf = qs, 0.7
        else:
            name, start, bonus = name_for(t, qs, qe, list_mode=bool(group))
            if group:
                subj = [p for p in name.split("、") if p]
                list_names[group] = subj or [name]
                attrs["name"] = subj[0] if subj else name
            else:
                attrs["name"] = name
            same_sentence = bool(items) and sentence_start(t, items[-1].start) == sentence_start(t, qs)
            if attrs["name"] in ("降幅", "增幅", "增速", "") and same_sentence and "change" in attrs:
                attrs["name"] = f"{items[-1].attrs.get('name', '')}{attrs.get('change_of', attrs['name'])}"
            if not attrs["name"]:
                attrs["name"] = fallback_name(t, qs)
            conf = 0.7 + bonus + (0.1 if "change" in attrs else 0) - (0.15 if cn else 0)
        attrs.update(context_attrs(t, qs, qe, targets))
        norm, base = normalize(value, unit)
        attrs["normalized_value"] = norm
        attrs["base_unit"] = base
        if unit == "人" and t.startswith("民", qe):  # 百万人民
            qe += 1
            attrs["name"] = "人民"
        items.append(Item(min(start, qs), qe, attrs, max(0.2, min(conf, 0.95)), qs))

    find_ranks(t, items, taken, targets)

    items.sort(key=lambda it: (it.start, it.end))
    out: list[Suggestion] = []
    last_end = 0
    for it in items:
        start = max(it.start, last_end)
        while start < it.qty_start and display_text[start] in " \u3000,，、":
            start += 1
        if start >= it.end:
            continue
        out.append(
            Suggestion("指标", start, it.end, display_text[start : it.end], dict(it.attrs), round(it.confidence, 2))
        )
        last_end = it.end
    return out
