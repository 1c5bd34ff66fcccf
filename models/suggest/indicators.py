"""Indicators (指标): quantities in the text with name, value, unit, change, period, kind and rank."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from models.suggest import _names
from models.suggest._text import CLAUSE_END, SENTENCE_END, all_sections, in_quotes, sentence_start
from models.suggest.base import Suggestion
from models.suggest.keywords import domain_words
from models.suggest.numbers import UNIT_NAMES, UNITS, normalize, parse_number, to_halfwidth
from models.types import Section

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN = r"(?:[二两三四五六七八九][零〇一二两三四五六七八九十百千万亿]*|[一十百千万][零〇一二两三四五六七八九十百千万亿]+)"
_UNIT = "|".join(re.escape(u) for u in UNIT_NAMES)
_QTY_RE = re.compile(
    rf"(?P<num>{_NUM}|{_CN})"
    rf"(?:\s?[-~～至](?P<hi>{_NUM}))?(?P<approx>余|多)?\s?(?P<unit>{_UNIT})"
)
_LIST_RE = re.compile(rf"(?P<vals>{_NUM}(?:\s?(?:{_UNIT}))?(?:、{_NUM}(?:\s?(?:{_UNIT}))?)+)\s?(?P<unit>{_UNIT})")
_RATIO_RE = re.compile(rf"{_NUM}(?::{_NUM}){{1,3}}")
_RANK_RE = re.compile(
    r"(?P<verb>位列|位居|排名|排在|排|居|列|保持)(?P<scope>全国|全省|全州|全市|全县|全区)?(?:第(?P<n>\d+|[一二三四五六七八九十]+)(?:位|名)?"
    r"|(?P<n2>\d+)(?:位|名)|(?P<first>首位))"
)
_RANK_CHANGE_RE = re.compile(r"(?P<dir>前进|上升|提升|后退|下降|下滑)(?P<n>\d+|[一二三四五六七八九十]+)个?(?:位次|位|名)")
_CN_OK_UNITS = frozenset("家项件人名户只条个所座台套") | {u for u in UNITS if u[0] in "万亿" and len(u) > 1} | {"人次"}
_BAD_AFTER = {"个": re.compile(r"月|小时|工作日|星期|季度|方面|意识|自信|维护|百年|一|位次")}

_POS = "增长|提高|上升|增加|提升|扩大|上涨|回升|增收|高于|多"
_NEG = "下降|减少|回落|下滑|降低|下跌|低于|减"
_CHANGE_BEFORE_RE = re.compile(
    rf"(?P<subject>降幅|增幅|增速|跌幅)?(?:同比|环比|比上年|较上年|比去年|较去年|比上年同期|比去年同期|分别)?"
    rf"(?P<verb>{_POS}|{_NEG}|收窄|扩大)(?:了)?(?:约|近)?(?:全[省州市国]平均水平)?$"
)
_MERGE_GAP_RE = re.compile(r"^[,，]?\s*(?:同比|环比|比上年|较上年|比去年|较去年|比上年同期|比去年同期)?$")
_RANK_GAP_RE = re.compile(r"^[,，]?\s*(?:相比|比|较)?(?:上年|去年|上一年)?$")


@dataclass
class _Item:
    start: int
    end: int
    attrs: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.6
    qty_start: int = 0


def _sign(verb: str, subject: str | None) -> int:
    if verb == "收窄":
        return 1 if subject in (None, "降幅", "跌幅") else -1
    if verb == "扩大":
        return -1 if subject in ("降幅", "跌幅") else 1
    return -1 if re.fullmatch(_NEG, verb) else 1


def _clause_start(t: str, pos: int, stop: str = CLAUSE_END) -> int:
    i = pos - 1
    while i >= 0 and t[i] not in stop and pos - i < 40:
        i -= 1
    return i + 1


def _excluded(t: str, m: re.Match[str]) -> bool:
    s, e = m.start(), m.end()
    prev = t[s - 1] if s else ""
    nxt = t[e] if e < len(t) else ""
    num = m.group("num")
    if prev and (prev.isascii() and (prev.isalnum() or prev in ".:/") or prev in "第〔[" ):
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


def _context_attrs(t: str, qstart: int, qend: int, targets: list[tuple[int, int]]) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    sent = sentence_start(t, qstart)
    prefix = t[sent:qstart]
    clause = t[_clause_start(t, qstart, SENTENCE_END + "，,") : qstart]
    period = _names.find_period(prefix)
    if period is None:
        # a period at the head of the paragraph's first sentence (``2020年,全县…``)
        para = t.rfind("\n", 0, qstart) + 1
        period = _names.find_period(t[para : min(para + 12, qstart)])
    if period:
        attrs["period"] = period
    clause_end = qend
    while clause_end < len(t) and clause_end - qend < 20 and t[clause_end] not in SENTENCE_END + "，,":
        clause_end += 1
    is_target = bool(_names.TARGET_RE.search(clause)) or bool(re.match(r"[^，,。；]{0,12}目标", t[qend:clause_end]))
    if re.search(r"对上争取|争取到|已争取", clause + t[qend:clause_end]):
        is_target = is_target and bool(re.search(r"力争|计划|预计", clause))
    if any(a <= qstart < b for a, b in targets):
        is_target = True
    attrs["kind"] = "target" if is_target else "actual"
    return attrs


def _target_ranges(t: str, sections: tuple[Section, ...]) -> list[tuple[int, int]]:
    out = []
    for s in all_sections(t, sections):
        title = re.split(r"[。；;]", s.title, maxsplit=1)[0][:30]
        if _names.TARGET_SECTION_RE.search(title):
            out.append((s.start, s.end))
    return out


def _name_for(t: str, qstart: int, qend: int, list_mode: bool = False) -> tuple[str, int, float]:
    stop = CLAUSE_END.replace("、", "") if list_mode else CLAUSE_END
    cs = _clause_start(t, qstart, stop)
    clause = t[cs:qstart]
    cm = _CHANGE_BEFORE_RE.search(clause)
    if cm:
        clause = clause[: cm.start()]
    name, offset, by_qty = _names.name_before(clause, enumeration=list_mode)
    after = _names.name_after(t[qend:])
    if (not name or by_qty) and after:
        return after, qstart, 0.0
    if not name:
        return "", qstart, -0.2
    return name, cs + offset, 0.0


def _fallback_name(t: str, qstart: int) -> str:
    """The last domain word of the sentence before ``qstart`` (我市位列48位 → 县域经济)."""
    best = ""
    for tok in _names.cut(t[sentence_start(t, qstart) : qstart]):
        if tok in domain_words() and len(tok) >= 2:
            best = tok
    return best


def find_indicators(display_text: str, sections: tuple[Section, ...] = ()) -> list[Suggestion]:
    """Find quantitative statements and parse them into indicator attributes.

    Args:
        display_text: a document's display text.
        sections: its outline (sections titled 计划/要点… make their figures targets).

    Returns:
        One ``指标`` suggestion per quantity, in text order, spans not overlapping.
    """
    t = to_halfwidth(display_text)
    targets = _target_ranges(t, sections)
    items: list[_Item] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    # 1. ratios (三产业比重由10:52.6:37.4调整为9.9:50.2:39.9)
    for m in _RATIO_RE.finditer(t):
        sent = sentence_start(t, m.start())
        if not re.search(r"比重|比例|结构|之比", t[sent : m.start()]):
            continue
        values = [float(v) for v in m.group(0).split(":")]
        prev = items[-1] if items and items[-1].attrs.get("ratio") and items[-1].start >= sent else None
        if prev is not None:
            prev.attrs["ratio_from"] = prev.attrs["ratio"]
            prev.attrs["ratio"] = values
            prev.end = m.end()
            taken[-1] = (prev.start, prev.end)
            continue
        name, nstart, _ = _name_for(t, m.start(), m.end())
        name = name or _fallback_name(t, m.start())
        name = re.sub(r"由.*$", "", name) or name
        nstart = t.find(name, sent) if name and t.find(name, sent) >= 0 else m.start()
        attrs = {"name": name, "ratio": values, "value": None, "unit": "比例"}
        items.append(_Item(nstart, m.end(), attrs, 0.75, m.start()))
        taken.append((nstart, m.end()))

    # 2. value lists sharing a unit (分别增长20.6%、21%、6.1%)
    raw: list[tuple[int, int, float, float | None, str, str | None, bool]] = []
    for m in _LIST_RE.finditer(t):
        if not free(m.start(), m.end()) or (m.start() and t[m.start() - 1] in "第〔["):
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
        taken.append((m.start(), m.end()))

    # 3. single quantities
    for m in _QTY_RE.finditer(t):
        if not free(m.start(), m.end()) or _excluded(t, m):
            continue
        value = parse_number(m.group("num"))
        if value is None:
            continue
        hi = float(m.group("hi").replace(",", "")) if m.group("hi") else None
        cn = not m.group("num")[0].isdigit()
        raw.append((m.start(), m.end(), value, hi, m.group("unit"), None, cn))
        taken.append((m.start(), m.end()))
    raw.sort()

    list_names: dict[str, list[str]] = {}
    for qs, qe, value, hi, unit, list_key, cn in raw:
        group = list_key.split(":")[0] if list_key else None
        index = int(list_key.split(":")[1]) if list_key else 0
        attrs: dict[str, Any] = {"value": value, "unit": unit}
        if hi is not None:
            attrs["value_max"] = hi
        if UNITS[unit].kind == "points":
            attrs["unit"] = "个百分点"
        # a change verb right before the number: 下降10.3%, 降幅收窄1.9个百分点
        cs = _clause_start(t, qs)
        before = t[cs:qs]
        if group:
            first = next(r for r in raw if r[5] == f"{group}:0")
            before = t[_clause_start(t, first[0]) : first[0]]
        cm = _CHANGE_BEFORE_RE.search(before)
        if cm:
            sign = _sign(cm.group("verb"), cm.group("subject"))
            attrs["change"] = sign * value
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
        if group and index > 0 and group in list_names:
            names = list_names[group]
            attrs["name"] = names[index] if index < len(names) else names[-1]
            attrs["group_name"] = names[-1] if len(names) == 1 else "、".join(names)
            start, conf = qs, 0.7
        else:
            name, start, bonus = _name_for(t, qs, qe, list_mode=bool(group))
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
                attrs["name"] = _fallback_name(t, qs)
            conf = 0.7 + bonus + (0.1 if "change" in attrs else 0) - (0.15 if cn else 0)
        attrs.update(_context_attrs(t, qs, qe, targets))
        norm, base = normalize(value, unit)
        attrs["normalized_value"] = norm
        attrs["base_unit"] = base
        if unit == "人" and t.startswith("民", qe):  # 百万人民
            qe += 1
            attrs["name"] = "人民"
        items.append(_Item(min(start, qs), qe, attrs, max(0.2, min(conf, 0.95)), qs))

    # 4. ranks (位列88位, 相比上年前进2个位次; 居全州第二位)
    for m in _RANK_RE.finditer(t):
        n = m.group("n") or m.group("n2")
        rank = 1.0 if m.group("first") else parse_number(n or "")
        if rank is None or not free(m.start(), m.end()) or not _is_rank_context(t, m):
            continue
        end = m.end()
        attrs = {"rank": int(rank), "unit": "位", "value": rank, "kind": "actual"}
        if m.group("scope"):
            attrs["scope"] = m.group("scope")
        cm = _RANK_CHANGE_RE.search(t, end, min(len(t), end + 16))
        if cm and _RANK_GAP_RE.match(t[end : cm.start()]):
            d = parse_number(cm.group("n")) or 0
            attrs["rank_change"] = int(d if cm.group("dir") in ("前进", "上升", "提升") else -d)
            end = cm.end()
        name, start, _ = _name_for(t, m.start(), m.end())
        name = name or _fallback_name(t, m.start())
        sent = sentence_start(t, m.start())
        prev = [it for it in items if it.start >= sent and it.end <= m.start()]
        if prev and (not name or len(name) < 2 or name in ("全省排名", "排名", "考核排名")):
            attrs["name"] = prev[-1].attrs.get("name", "")
            start = m.start()
        else:
            attrs["name"] = name
        attrs.update({k: v for k, v in _context_attrs(t, m.start(), end, targets).items() if k == "period"})
        items.append(_Item(min(start, m.start()), end, attrs, 0.7, m.start()))
        taken.append((m.start(), end))

    items.sort(key=lambda it: (it.start, it.end))
    out: list[Suggestion] = []
    last_end = 0
    for it in items:
        start = max(it.start, last_end)
        while start < it.qty_start and display_text[start] in " \u3000,，、":
            start += 1
        if start >= it.end:
            continue
        out.append(Suggestion("指标", start, it.end, display_text[start : it.end], dict(it.attrs), round(it.confidence, 2)))
        last_end = it.end
    return out


def _is_rank_context(t: str, m: re.Match[str]) -> bool:
    if m.group("first"):
        return True
    verb = m.group("verb")
    if verb in ("排", "列", "保持") and not m.group("scope"):
        return False
    return not (verb == "居" and not m.group("scope") and not m.group("n"))


__all__ = ["find_indicators", "replace"]
