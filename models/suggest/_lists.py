"""Lists of figures read together: changes shared out with 分别, and from/to lists (structures, counts)."""

from __future__ import annotations

import itertools
import re

from models.suggest._context import Item, clause_start
from models.suggest._statements import Change, as_change, is_level, same_sentence

_YEAR = r"(?:\d{4}年(?:底|末)?(?:的)?)?"


def distribute(t: str, items: list[Item], changes: list[tuple[float, str, Change, int]]) -> bool:
    """``存款余额846亿元,贷款余额680亿元,分别比年初增长32.1%和28.7%``: one change to each level figure."""
    n = len(changes)
    if n < 2 or len(items) < n:
        return False
    targets = items[-n:]
    head = changes[0][2]
    between: list[Item] = []
    if len(items) >= 2 * n and _shares_between(t, items[-2 * n : -n], targets):
        # 达到2.16亿元,其中…1.26亿元,分别完成年度计划的113.1%和120.4%,分别增长21.7%和26.1%: the shares of the
        # plan said between are their own indicators; the growths are the amounts'
        between, targets = targets, items[-2 * n : -n]
    last_end = (between or targets)[-1].end
    if not all(is_level(it) and it.attrs.get("change") is None for it in targets):
        return False
    paired = all(it.attrs.get("unit") == u for it, (_, u, _, _) in zip(targets, changes, strict=True))
    listed = targets[-1].attrs.get("group_name") is not None  # 面积和产量是95517亩和37554吨: one list of levels
    if (
        "分别" not in t[last_end : changes[0][3]]
        and "分别" not in t[clause_start(t, head.verb_start) : head.verb_start]
        and not paired
        and not listed
        and not _enumerated(t, items, n)
    ):
        return False  # 低保户800户、1576人,较上年减少52户、138人: the units pair the two lists
    if not same_sentence(t, targets[0].start, head.verb_start):
        return False
    if not re.fullmatch(
        # (分别达到44846元和37342元,年均增长4.9%和7.2%: a yearly average growth pairs the same way; 实际分别增长:
        # a real growth too)
        r"[,，]?\s*(?:实际)?(?:分别)?(?:同比|(?:比|较)(?:上年|去年|年初|上月)?(?:同期)?)?(?:分别)?(?:年均|平均)?",
        t[last_end : head.verb_start],
    ):
        return False
    for it in between:
        it.attrs["shared"] = True
    for k, (it, (value, unit, ch, end)) in enumerate(zip(targets, changes, strict=True)):
        # 分别是2011年的1.65倍、1.86倍: +65 %, +86 %
        it.attrs["change"], it.attrs["change_unit"] = as_change(value, unit, ch)
        it.end = end  # README: each quote runs from its own name to its own last figure
        if k:
            it.attrs["shared"] = True
    return True


def _enumerated(t: str, items: list[Item], n: int) -> bool:
    """Whether the last ``n`` items are one whole 、-list of levels, each named (``收入1278元、存款13243元``): a
    list of levels followed by a list of as many changes (``,同比增长4%、12.4%``) pairs them in order, as 分别
    would say; a longer list (甲10元、乙20元、丙30元,增长4%、5%) does not say which levels the changes are of."""
    chain = [re.fullmatch(_ITEM_GAP, t[a.end : b.start]) is not None for a, b in itertools.pairwise(items)]
    return all(chain[-(n - 1) :]) and (len(items) == n or not chain[-n])


_ITEM_GAP = r"、[^\d,，。；;:：、]{0,16}"


_SHARE_LIST_GAP_RE = re.compile(r"[,，]\s*(?:分别)?(?:完成|占|为|达到)[^\d,，。；;]{0,20}的$")


def _shares_between(t: str, levels: list[Item], shares: list[Item]) -> bool:
    """Whether ``shares`` are a list of shares in % said right after the list of ``levels`` (not in %)."""
    if not all(is_level(it) and it.attrs.get("unit") == "%" for it in shares):
        return False
    if not all(is_level(it) and it.attrs.get("unit") != "%" and it.attrs.get("change") is None for it in levels):
        return False
    return bool(_SHARE_LIST_GAP_RE.search(t, levels[-1].end, shares[0].qty_start))


_SHIFT_FROM_RE = re.compile(rf"(?:由|从){_YEAR}(?:上年|去年|年初)?(?:的)?$")
_SHIFT_TO_RE = re.compile(
    r"^\s*(?:调整|提高|提升|上升|下降|降低|减少|增加|变化|变动|优化|转变|变|减|降|增)?(?:为|到|至)\s*$"
)


def join_shifts(t: str, items: list[Item]) -> None:
    """``结构由上年的22.3%、28.6%和49.1%调整为21.4%、27.9%和50.7%``: each term's new share, changed in points;
    ``贫困人口由13677户49479人减至887户1472人``: each figure's new level, changed in its unit."""
    i = 0
    while i < len(items):
        run = _level_run(t, items, i)
        n = len(run)
        before = t[max(0, items[i].qty_start - 12) : items[i].qty_start]
        j = i + n
        if n >= 2 and _SHIFT_FROM_RE.search(before) and j + n <= len(items):
            new = _level_run(t, items, j)[:n]
            units = [it.attrs.get("unit") for it in run]
            if (
                len(new) == n
                and units == [it.attrs.get("unit") for it in new]
                and _SHIFT_TO_RE.match(t[run[-1].end : new[0].qty_start])
            ):
                for old, it in zip(run, new, strict=True):
                    unit = str(it.attrs.get("unit"))
                    it.attrs["previous_value"] = old.attrs["value"]
                    it.attrs["change"] = round(float(it.attrs["value"]) - float(old.attrs["value"]), 2)
                    it.attrs["change_unit"] = "个百分点" if unit == "%" else unit
                    it.attrs["name"] = old.attrs.get("name") or it.attrs.get("name")
                new[0].start = run[0].start
                del items[i:j]
                i += n
                continue
        i += max(n, 1)


def _level_run(t: str, items: list[Item], i: int) -> list[Item]:
    """The items from ``i`` on that are levels written as one list: in % (``22.3%、28.6%和49.1%``), or figures in
    units of their own run together (``13677户49479人``)."""
    run: list[Item] = []
    for it in items[i:]:
        if it.attrs.get("change") is not None or not is_level(it):
            break
        if run:
            gap = t[run[-1].end : it.qty_start]
            same = it.attrs.get("unit") == run[-1].attrs.get("unit")
            if not (re.fullmatch(r"[、和及]", gap) if same else gap == "" or re.fullmatch(r"[、和及]", gap)):
                break
            if same and it.attrs.get("unit") != "%":
                break
        elif it.attrs.get("unit") is None:
            break
        run.append(it)
    return run
