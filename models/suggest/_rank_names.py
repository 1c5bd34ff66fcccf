"""A rank's name with the quantity it ranks: ``制造业投资增长12.5%,增速全省第1名`` → 制造业投资增速全省排名."""

from __future__ import annotations

import re

from models.suggest._context import Item, clause_start
from models.suggest._names import name_before
from models.suggest._text import sentence_start

# words that say what of a quantity is ranked, not which quantity: 增速全省第1名, 综合排名全市第二
_BARE_MEASURE_RE = re.compile(r"(?:增速|增幅|增长速度|总量|增量|数量|总额|规模|综合)")


def with_measure(t: str, items: list[Item], m: re.Match[str], name: str, board: str | None) -> str:
    """A rank's name with the quantity it ranks, the level or change just before it in its sentence.

    ``…增加值同比增长4.0%,增速全省第1名`` → ``…增加值增速全省排名``; ``…增长4.0%,居益阳第8位`` → ``…增加值益阳排名``.
    """
    cs = clause_start(t, m.start())
    kept = name
    bare = _BARE_MEASURE_RE.fullmatch(name) is not None
    where = board is not None and name == board + "排名"
    if where and t[cs : m.start()].strip() and m.group("verb") not in ("、", ",", "，"):
        # 一般公共预算收入保持中心城区首位: the clause's subject before the verb is what is ranked
        own, _, _ = name_before(_LEAD_RE.sub("", t[cs : m.start()]))
        if len(own) < 2 or re.search(r"\d", own):
            return name
        if _BARE_MEASURE_RE.fullmatch(own) is None:
            return own + name
        # 数量居自治区第一: the subject says only what of the quantity before (增幅…排名 when none is)
        bare, name, kept = True, own, own + name
    years = _YEARS_RE.search(t, cs, m.start())
    if years and not where and not bare and m.group("verb") not in ("、", ",", "，"):
        # 增速连续四年位居全省第一: the years are no name, the words before them are
        own, _, _ = name_before(t[cs : years.start()])
        scope = m.group("scope") or ""
        if re.search(r"\d", own):
            return name
        if len(own) >= 2 and _BARE_MEASURE_RE.fullmatch(own) is None:
            return f"{own}{scope}排名"
        bare, name = True, own
        kept = f"{own}{scope}排名" if own else name
    # the rank opens its clause: a board's name says where, not what (居益阳第8位)
    opens = where and not bare and not t[cs : m.start()].strip()
    if not (bare or opens) or m.group("verb") in ("、", ",", "，"):
        return name
    sent = sentence_start(t, m.start())
    levels = [
        it
        for it in items
        if it.start >= sent
        and it.end <= cs
        and "rank" not in it.attrs
        and not it.attrs.get("shared")
        and not _benchmark_gap(it)
    ]
    if not levels:  # 出口…万美元,总额居全省第六位,同比增长24.1%: the statement the rank is said inside
        levels = [
            it
            for it in items
            if sent <= it.start < cs <= m.end() <= it.end and "rank" not in it.attrs and not it.attrs.get("shared")
        ]
    if not levels:
        return kept
    level = max(levels, key=lambda it: it.end)
    measure = str(level.attrs.get("name") or "")
    if len(measure) < 2 or "排名" in measure:
        return kept
    if opens:
        return measure + name
    word = "" if measure.endswith(name) else name
    return f"{measure}{word}{m.group('scope') or board or ''}排名"


def _benchmark_gap(it: Item) -> bool:
    """``比全省高0.7个百分点``: a gap to a benchmark said beside the level, never the quantity a rank ranks."""
    return bool(it.attrs.get("aside") and it.attrs.get("is_change") and it.attrs.get("unit") == "个百分点")


# what stands between a rank's subject and its verb: 连续33年, 2018年以来, 均
_LEAD_RE = re.compile(r"(?:连续第?[\d一二三四五六七八九十]+年|\d{4}年以来|均|都|持续|始终|继续|一直|仍然?|依然)+$")
# a span of years before the rank: 连续四年, 连续11个月, 2018年以来 (雄踞: a verb the rank patterns do not read);
# 连续第7年 (the seventh year running) and a bare 连续 (增速连续保持全国前两位) too
_YEARS_RE = re.compile(
    r"(?:连续(?:第?[\d一二三四五六七八九十]+(?:年|个月))?|\d{4}年以来)(?:始终|一直|都|均)?(?:雄踞)?\s*$"
)
