"""A rank shared by a list: one rank for each quantity a list names, or for each level whose growth it ranks."""

from __future__ import annotations

import re
from typing import Any

from models.suggest._context import Item, clause_start
from models.suggest._names import name_before
from models.suggest._statements import POINTS
from models.suggest._text import sentence_start
from models.suggest.numbers import parse_number

# what a ranked quantity's name ends with: 总产量、商品量; 6月份、7月份 (periods ranked apart)
_MEASURED_END_RE = re.compile(
    r"(?:量|产|额|值|数|率|资金|收入|支出|投资|比重|指数|增速|增幅|规模|面积|得分|人次|效益|总量|月份?|季度|半年)$"
)
_LIST_STOP = "。！？；;!?\n，,：:（）()【】“”《》"
# what stands between a rank and its move: the base the move is counted from, one base only (比上年, 较上月,
# 比去年同期, 较1-5月, 较一季度, 比2019年; a page's doubled comma), never a list of bases (较一季度、上半年…分别)
_RANK_BASE = (
    r"(?:上一?年|去年|上月|上季度?|上期)(?:同期|末|底)?|同期|年初|\d{4}\s?年(?:同期|末|底)?"
    r"|\d{1,2}\s?[-—~至]\s?\d{1,2}\s?月份?|\d{1,2}\s?月份?|[一二三四]季度|前三季度|上半年"
)
_UP = "前进|上升|提升|提高|前移"
_MOVE = rf"(?P<dir>{_UP}|后退|后移|下降|下滑)?了?\s?(?P<n>\d+|[一二三四五六七八九十]+)\s?个?(?:位次|位|名)"
# 分别比去年前移7位和3位, 分别较上年提升3个位次、1个位次: the moves of a list of ranks, in the list's order
_SHARED_MOVES_RE = re.compile(
    rf"[,，]\s*分别(?:(?:相比|比|较|与)\s?(?:{_RANK_BASE})?)?\s?(?:排名|排位|位次)?(?={_UP}|后退|后移|下降|下滑)"
)
_NEXT_MOVE_RE = re.compile(rf"[和、及与]?{_MOVE}")


def _share_rank(t: str, items: list[Item], at: int) -> None:
    """``总产量、商品量、调出量始终位居全国第一``: one rank for each quantity the list names (as 均为100% is)."""
    it = items[-1]
    cs = clause_start(t, at, _LIST_STOP)
    if cs > 0 and t[cs - 1] not in _LIST_STOP:  # a list longer than a clause's reach (five quantities, 1775)
        lo = max(0, at - 80)
        cs = max([lo, *(t.rfind(ch, lo, at) + 1 for ch in _LIST_STOP)])
    # A、B、C…均名列首位: 均 says each item holds the rank, whatever its words (brackets, quotes, counts inside)
    every = _EVERY_RE.search(t, max(0, at - 12), at) is not None
    if every:
        lo = max(0, at - 80)
        cs = max([lo, *(t.rfind(ch, lo, at) + 1 for ch in _EVERY_STOP)])
    if (every or re.search(r"项指标\s*$", t[cs:at])) and _shared_by_levels(t, items, cs, at):
        return
    label = re.match(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})、", t[cs:at])  # 2、…: an item's number
    cs += label.end() if label else 0
    period = re.match(r"\s*(?:\d{4}年(?:度|以来|上半年|前三季度)?|今年|去年|全年)[,，]?", t[cs:at])
    cs += period.end() if period else 0  # 2024年地区生产总值、…增速排名…第一: the year is no item
    # A、B、C3项指标增速全市第一: the count of the list's indicators closes it (its digits name no item)
    counted = _COUNTED_TAIL_RE.search(t, cs, at)
    listed = t[cs : counted.start()] if counted and not every else t[cs:at]
    parts = _outside_brackets_split(listed) if every else listed.split("、")
    if every:  # 项目签约数及投资额均居全市第一: the last pair joined by 和/及/与, each side a name of its own
        *rest, last = parts
        pair = re.split(r"(?<=[^\s、]{4})(?:和|及|与|以及)(?=[^\s、]{4})", last, maxsplit=1)
        parts = [*rest, *pair]
    elif len(parts) == 1 and (measured := _measured_pair(parts[0])):
        parts = measured  # 数量和投资额连续3年位居全市第一 (1688), 销售量和补助资金数量为全省第一 (2260): one rank each
    if len(parts) < 2 or re.search(r"中(?!心)", parts[-1]) or len(parts[-1]) > (30 if every else 20):
        return  # 在全市乡镇、街道中排名第一: the list is the peers, not what is ranked
    if any(not 1 <= len(p) <= 30 or (re.search(r"\d(?!\d*月)", p) and not (every or counted)) for p in parts):
        return
    if any(
        re.search(r"第[一二三四五六七八九十\d](?!产业)|排名|排位|位居|位列|名列|前[一二三四五六七八九十\d]", p)
        for p in parts[:-1]
    ):
        return  # 第二季度排名第三、上半年排名第三: a list of ranks, each with its own
    if "等" in parts[-1] or not (every or all(_MEASURED_END_RE.search(p) for p in parts[:-1])):
        return  # 市委、市政府信息采用排名: names of bodies; …等六项指标全部位列第一: one rank of a group
    offsets = [cs]
    for p in parts[:-1]:
        offsets.append(offsets[-1] + len(p) + 1)
    it.start = min(it.start, cs)
    for p, start in zip(parts[1:], offsets[1:], strict=True):
        own, _, _ = name_before(_RANK_WORD_RE.sub("", _EVERY_TAIL_RE.sub("", p)))
        if every:  # “两化融合”指数: the whole item, its brackets and quotes dropped
            own = _RANK_WORD_RE.sub("", _EVERY_TAIL_RE.sub("", re.sub(r"[(（][^()（）]*[)）]|[“”]", "", p)))
        attrs = dict(it.attrs, name=own if len(own) >= 2 else p, shared=True)
        items.append(Item(start, it.end, attrs, it.confidence, at))
    first, _, _ = name_before(parts[0])
    if every:
        first = re.sub(r"[(（][^()（）]*[)）]|[“”]", "", parts[0])
    if len(first) >= 2:
        it.attrs["name"] = first


_STREAK_RE = re.compile(r"(?:[为是]|连续(?:\d+|[一二三四五六七八九十两]+)年|多年|始终|一直|继续|持续|仍然?|依然)+$")
_PAIR_RE = re.compile(r"(?P<a>[^\s、和及与]{2,14}?)[和及与](?P<b>[^\s、和及与]{2,10})")


def _measured_pair(listed: str) -> list[str] | None:
    """Two measured quantities joined by 和/及/与 with no 均 (lead's ruling, session 28: one rank per quantity), each
    side ending on a measured word (数量, 投资额, 销售量); a streak after them (连续3年) belongs to both."""
    m = _PAIR_RE.fullmatch(_STREAK_RE.sub("", listed))
    if not m or not (_MEASURED_END_RE.search(m.group("a")) and _MEASURED_END_RE.search(m.group("b"))):
        return None
    return [m.group("a"), m.group("b")]


def _shared_by_levels(t: str, items: list[Item], cs: int, at: int) -> bool:
    """``生产总值92.51亿元,规上工业增加值10.74亿元,分别比增5.1%和15.3%,增速均排在全市第一``: one rank for each
    level of the sentence whose growth it ranks; True when shared out."""
    word = re.fullmatch(
        r"\s*(?:(?P<word>增速|增幅|增长速度)|(?P<n>[两二三四五六七八九\d])项指标|总量|规模)?[均都]?\s*", t[cs:at]
    )
    if word is None or not (word.group("n") or re.search(r"[均都]\s*$", t[cs:at])):
        return False
    it = items[-1]
    sent = sentence_start(t, at)
    if word.group("word"):  # 增速均排在全市第一: the levels whose growth is ranked
        owners = [
            x
            for x in items[:-1]
            if sentence_start(t, x.start) == sent
            and x.attrs.get("change") is not None
            and not x.attrs.get("is_change")
            and "rank" not in x.attrs
        ]
    else:
        # 每万人发明专利19.8件,研发经费支出占GDP比重2.55%,均居全省第3; 增长11.6%,…增长11.5%,两项指标稳居全市第一:
        # every figure since the clause group began holds the rank
        since = max(sent, *(t.rfind(ch, 0, at) + 1 for ch in "；;"))
        owners = [
            x for x in items[:-1] if since <= x.start and x.end <= at and "rank" not in x.attrs and not _copied(x)
        ]
        n = parse_number(word.group("n")) if word.group("n") else None
        if n is not None:
            # 两项指标均位列全市第6: the last N figures said (a gap in points is no figure of its own), back into the
            # sentence before when this one holds fewer (…总额258.85亿元,增长12.0%。其中,限上…164.20亿元,…两项指标)
            prior = sentence_start(t, max(0, sent - 1)) if sent > 0 else sent
            since = max(prior, t.rfind("\n", 0, at) + 1)
            owners = [
                x
                for x in items[:-1]
                if since <= x.start
                and x.end <= at
                and "rank" not in x.attrs
                and not _copied(x)
                and x.attrs.get("unit") not in POINTS
            ]
            owners = owners[-int(n) :] if len(owners) >= n else []
    if not 2 <= len(owners) <= 6:
        return False
    tail = (word.group("word") or "") + "排名"
    grown = bool(word.group("word"))
    it.start = owners[0].start if grown else min(it.start, cs + len(t[cs:at]) - len(t[cs:at].lstrip()))
    it.attrs["name"] = f"{owners[0].attrs.get('name', '')}{tail}"
    it.attrs["shared"] = True  # its span holds the levels it ranks (the growth word's case) or the shared words
    for owner in owners[1:]:
        attrs = dict(it.attrs, name=f"{owner.attrs.get('name', '')}{tail}", shared=True)
        items.append(Item(owner.start if grown else it.start, it.end, attrs, it.confidence, at))
    return True


def _copied(x: Item) -> bool:
    """Whether ``x`` overlaps a figure it was read with (a change, an aside, a copy shared out): no figure of its own to
    rank. A level of a 分别 list keeps its own figure though its quote runs over the list (``专利申请量和授权量分别为
    54211件和26049件,…,均位居全省第3位``: each level holds the rank)."""
    if not x.attrs.get("shared"):
        return False
    return bool({"is_change", "aside"} & set(x.attrs)) or x.attrs.get("unit") in ("%", *POINTS)


_COUNTED_TAIL_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:\d{1,2}|[两二三四五六七八九十]{1,2})项(?:主要)?(?:经济)?指标"
    r"(?:增速|增幅|总量|规模)?[均都]?\s*$"
)
# (均继续居全国第一, 均稳定在…: an adverb of continuance between 均 and the rank)
_EVERY_ADVERB = r"(?:继续|仍然?|始终|一直|持续|保持)?"
_EVERY_RE = re.compile(rf"均{_EVERY_ADVERB}(?:在[^\d,，。；;、]{{1,8}})?$")
_EVERY_TAIL_RE = re.compile(rf"(?:我[区市县镇乡州]|全[区市县镇乡州])?均{_EVERY_ADVERB}(?:在[^\d,，。；;、]{{1,8}})?$")
_EVERY_STOP = "。！？；;!?\n，,：:"


def _outside_brackets_split(text: str) -> list[str]:
    """``A(市、区)评价、B指数``: split at 、 outside brackets and quotes."""
    parts, depth, last = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "(（“":
            depth += 1
        elif ch in ")）”" and depth:
            depth -= 1
        elif ch == "、" and not depth:
            parts.append(text[last:i])
            last = i + 1
    return [*parts, text[last:]]


_RANK_WORD_RE = re.compile(r"(?:始终|一直|继续|仍然|综合)?(?:排名|排位|名次|位次)$")


def share_moves(t: str, items: list[Item], taken: Any) -> None:
    """``进入全省15强和宜春2强,分别比去年前移7位和3位``: a list of ranks, then as many moves after 分别, one each in
    order (up is negative, as a single move is: lead's ruling, session 20); a list whose counts differ is left alone."""
    for m in _SHARED_MOVES_RE.finditer(t):
        chain = [it for it in items if "rank" in it.attrs and it.end == m.start() and it.attrs.get("change") is None]
        while chain:
            prev = [
                it
                for it in items
                if "rank" in it.attrs
                and it.attrs.get("change") is None
                and it.end < chain[0].start
                and re.fullmatch(r"[和及与、]?", t[it.end : chain[0].qty_start])
            ]
            if not prev:
                break
            chain.insert(0, prev[-1])
        moves: list[tuple[float, int]] = []
        at, last = m.end(), None
        while (mv := _NEXT_MOVE_RE.match(t, at)) and (moves or not mv.group(0).startswith(tuple("和、及与"))):
            last = mv.group("dir") or last
            if last is None:
                break
            n = parse_number(mv.group("n")) or 0
            moves.append((n if last in _UP.split("|") else -n, mv.end()))
            at = mv.end()
        if len(chain) < 2 or len(moves) != len(chain):
            continue
        for it, (step, end) in zip(chain, moves, strict=True):
            it.attrs["rank_change"] = int(step)
            it.attrs["change"], it.attrs["change_unit"] = -int(step), "位"
            it.attrs["shared"] = True
            it.end = end
        taken.add(m.start(), at)
