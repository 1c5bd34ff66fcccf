"""A level figure a list of quantities shares (``生产总值、财政收入均突破1000亿元``): one level for each quantity."""

from __future__ import annotations

import re

from models.suggest._context import Item, clause_start, part_offsets, share_out
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


# a threshold passed by each of a list of places (东坡区、仁寿县、彭山县地方公共财政收入突破10亿元): places are never
# summed by a threshold verb, so no 均 is needed
_PLACES_TAIL_RE = re.compile(r"(?:已|首次|率先|同时)?(?:突破|超过|超|过|迈上|跨过|跨越|跨上)(?:了)?\s*$")
_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,5}[省市县縣区區镇鎮乡鄉旗州]")
# the word a sector's shared head opens with (烟草、…、食品医药产业产值: 产业产值 is each sector's)
_SECTOR_HEAD_RE = re.compile(r"(?:产业|產業|行业|行業|板块|板塊)")
_SCOPE_RE = re.compile(r"^(?:全[省市县区州国]|我[省市县区州]|全年|今年|年末|年底|目前|力争|力爭|争取|爭取|确保|確保)+")
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
    tail = _SHARED_TAIL_RE.search(t, cs, q.start) or _PLACES_TAIL_RE.search(t, cs, q.start)
    if tail is None:
        return
    head = t[cs : tail.start()]
    scope = _SCOPE_RE.match(head)
    lead = scope.end() if scope else 0
    parts = re.split(r"、|和|及|与|以及", head[lead:])
    each = bool(_SHARED_TAIL_RE.fullmatch(t, tail.start(), q.start))
    if len(parts) == 1 and (pair := contracted_pair(parts[0])) and pair[2] and _MEASURED_END_RE.search(parts[0]):
        # 存贷款余额均突破2万亿元: the contracted pair, each its own level (gold 2008)
        it.start = min(it.start, cs + lead)
        it.attrs["name"] = pair[0]
        items.append(
            Item(cs + lead + pair[2], it.end, dict(it.attrs, name=pair[1], shared=True), it.confidence, q.start)
        )
        return
    if not 2 <= len(parts) <= 6 or any(not 2 <= len(p) <= 24 or re.search(r"[\d等]", p) for p in parts):
        return
    names = parts if each and all(_MEASURED_END_RE.search(p) for p in parts) else _head_after_last(parts, each)
    if names is None:
        return
    share_out(items, it, names, part_offsets(t, parts, cs + lead))


def _head_after_last(parts: list[str], each: bool) -> list[str] | None:
    """The head written once after the last item, given to each: places (东坡区、仁寿县、彭山县地方公共财政收入), or
    sectors before 均/双双 (烟草、汽车装备、食品医药产业产值; 新能源和高端不锈钢产业规模); else None (abstain)."""
    *firsts, last = parts
    if not _MEASURED_END_RE.search(last) or any(_MEASURED_END_RE.search(p) for p in firsts):
        return None
    if all(_PLACE_RE.fullmatch(p) for p in firsts) and (place := _PLACE_RE.match(last)):
        at = place.end()
    elif each and (sector := _SECTOR_HEAD_RE.search(last, 2)) and all(len(p) <= 8 for p in firsts):
        at = sector.start()
    else:
        return None
    shared = last[at:]
    if len(shared) < 2 or not _MEASURED_END_RE.search(shared) or _PLACE_RE.match(shared):
        return None
    return [p + shared for p in firsts] + [last]


# a half share said once after a list of figures: 均 and 占 the whole, or above the whole's half (均占全市总量过半,
# 均超过全市半数以上, 均超全省半数)
_HALF_AFTER_LIST_RE = re.compile(
    r"[,，]\s?均(?:占(?P<whole>[^，,。；;：:、\d]{1,10}?)|(?:超过?|高于)(?P<place>全[省市县区州国]))"
    r"(?:超过|超|过|达到)?(?:过半|一半|半数)$"
)
# what stands between two listed figures: 、 and at most the next one's verb (、实现旅游总收入…)
_LIST_GAP_RE = re.compile(r"、[^\d,，。；;：:、]{0,6}")


def share_half_of_list(t: str, items: list[Item]) -> None:
    """``高新技术企业78家、雏鹰企业29家、瞪羚企业19家,均超过全市半数以上`` (1297; 2251 ``…,均占全市总量过半``): the
    half share said once after a list of level figures joined by 、 is a share of each (session-27 ruling, as one
    threshold shared by a list is: 2376, 2247); each named by its figure and the whole."""
    for k in range(len(items) - 1, 0, -1):
        share = items[k]
        if share.attrs.get("unit") != "%" or share.attrs.get("value") != 50.0 or share.attrs.get("shared"):
            continue
        prev = items[k - 1]
        half = _HALF_AFTER_LIST_RE.search(t, prev.end, share.qty_start + 2)
        if half is None or half.start() != prev.end:
            continue
        listed = [prev]
        j = k - 1
        while j > 0 and _LIST_GAP_RE.fullmatch(t, items[j - 1].end, items[j].start) is not None:
            listed.insert(0, items[j - 1])
            j -= 1
        if len(listed) < 2 or any(it.attrs.get("unit") == "%" or not it.attrs.get("name") for it in listed):
            continue
        whole = re.sub(r"(?:的|比重|总数)$", "", half.group("whole") or half.group("place"))
        # each share spans the words said once (均超过全市半数以上): the listed figures stay their own levels
        at = t.index("均", half.start())
        shares = [
            Item(at, share.end, dict(share.attrs, name=f"{it.attrs['name']}占{whole}比重", shared=n > 0), 0.6, at)
            for n, it in enumerate(listed)
        ]
        items[k : k + 1] = shares
