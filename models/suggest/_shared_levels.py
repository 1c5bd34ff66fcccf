"""A level figure a list of quantities shares (``生产总值、财政收入均突破1000亿元``): one level for each quantity."""

from __future__ import annotations

import re

from models.suggest._context import Item, clause_start
from models.suggest._qty import Qty
from models.suggest._text import SENTENCE_END

# what a measured quantity's name ends with: 生产总值, 财政收入, 存贷款余额, 产业规模, 参保率 (a list of bodies or
# sectors, 煤化和有色集团, names no quantity: left alone)
_MEASURED_END_RE = re.compile(r"(?:总值|增加值|收入|支出|投资|余额|总额|额|总量|产量|规模|产值|营收|利润|税收|[率量])$")
# the words between the list and its one figure: every one of them (均, 都, 双双, 分别 with one figure), a reaching verb
_SHARED_TAIL_RE = re.compile(
    r"(?:均|都|双双|分别)(?:已|首次|率先|继续|同时)?"
    r"(?:突破|超过|超|过|达到|达|迈上|跨过|跨越|跨上|实现|为)(?:了)?\s*$"
)
# a pair of quantities written as one contracted word (存贷款余额: 存款余额 and 贷款余额), in the order it reads;
# 城乡 opens its name (城乡结合部, 城乡居民收入比 aside)
_CONTRACTED = (("存贷款", "存款", "贷款"),)


def contracted_pair(name: str) -> tuple[str, str, int] | None:
    """``存贷款余额`` → (``存款余额``, ``贷款余额``, where the second's own word starts in the name); ``城乡居民…`` →
    (``城镇居民…``, ``农村居民…``, 0); None for a name of one quantity."""
    if name.startswith("城乡") and not name.endswith(("比", "差距", "收入比")):
        return "城镇" + name[2:], "农村" + name[2:], 0
    for word, first, second in _CONTRACTED:
        at = name.find(word)
        if at >= 0:
            return (
                name[:at] + first + name[at + len(word) :],
                name[:at] + second + name[at + len(word) :],
                at + len(word) - len(second),
            )
    return None


_SCOPE_RE = re.compile(r"^(?:全[省市县区州国]|我[省市县区州]|全年|今年|年末|年底|目前)+")
_STOP = SENTENCE_END + "，,：:（）()“”"


def share_level(t: str, items: list[Item], q: Qty) -> None:
    """``地区生产总值、全社会固定资产投资、金融机构存贷款余额均突破2万亿元``: the level said once after a list
    of quantities joined by 、/和/及/与 and 均 (双双, 分别 before one figure) is a level of each (gold 2080, 2008, 1010;
    README: one indicator per named quantity); every item must name a measured quantity and hold no figure."""
    it = items[-1]
    if q.group or it.qty_start != q.start or it.attrs.get("change") is not None or it.attrs.get("shared"):
        return
    if len(items) > 1 and items[-2].qty_start == q.start:
        return  # shared out already (two rates, share_figure)
    cs = clause_start(t, q.start, _STOP)
    tail = _SHARED_TAIL_RE.search(t, cs, q.start)
    if tail is None:
        return
    head = t[cs : tail.start()]
    scope = _SCOPE_RE.match(head)
    lead = scope.end() if scope else 0
    parts = re.split(r"、|和|及|与|以及", head[lead:])
    if len(parts) == 1 and (pair := contracted_pair(parts[0])) and pair[2] and _MEASURED_END_RE.search(parts[0]):
        # 存贷款余额均突破2万亿元: the contracted pair, each its own level (gold 2008)
        it.start = min(it.start, cs + lead)
        it.attrs["name"] = pair[0]
        items.append(
            Item(cs + lead + pair[2], it.end, dict(it.attrs, name=pair[1], shared=True), it.confidence, q.start)
        )
        return
    if not 2 <= len(parts) <= 6:
        return
    if any(not 2 <= len(p) <= 24 or re.search(r"[\d等]", p) or not _MEASURED_END_RE.search(p) for p in parts):
        return
    offsets, pos = [], cs + lead
    for p in parts:
        pos = t.index(p, pos)
        offsets.append(pos)
        pos += len(p)
    it.start = min(it.start, offsets[0])
    it.attrs["name"] = parts[0]
    for p, start in zip(parts[1:], offsets[1:], strict=True):
        items.append(Item(start, it.end, dict(it.attrs, name=p, shared=True), it.confidence, it.qty_start))
