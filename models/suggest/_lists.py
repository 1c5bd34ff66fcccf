"""Lists of figures read together: changes shared out with 分别, and from/to lists (structures, counts)."""

from __future__ import annotations

import itertools
import re

from models.suggest._context import COMPARED, Item, clause_start
from models.suggest._shared_levels import contracted_pair
from models.suggest._statements import Change, as_change, is_level, same_sentence

_YEAR = r"(?:\d{4}年(?:底|末)?(?:的)?)?"
# the basis and the span a shared change is stated over (…分别达到44300元和22700元,同口径年均增长10%和11%, 2088;
# 按可比口径分别增长20.1%和12.1%, 2123; 五年增加10036.8亿元和7362.5亿元, 2076): qualifiers, not a new subject
_BASIS = r"(?:同口径|按?(?:可比|不变)(?:口径|价格?)(?:计算)?|可比价)"
_SPAN = r"(?:(?:近|过去)?[一二三四五六七八九十两\d]{1,2}年(?:来|间|内)?)"


def _moved(it: Item) -> bool:
    """A from/to level whose change is the rise to − from (由5.05亿元增加到7.17亿元): a stated rate replaces it
    (…,年均分别增长9.15%和5.78%: 1309, 1315, as 分别达到…,年均增长4.9%和7.2% pairs)."""
    return "previous_value" in it.attrs and it.attrs.get("change_unit") not in ("%", None)


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
    if not all(is_level(it) and (it.attrs.get("change") is None or _moved(it)) for it in targets):
        return False
    paired = all(it.attrs.get("unit") == u for it, (_, u, _, _) in zip(targets, changes, strict=True))
    listed = targets[-1].attrs.get("group_name") is not None  # 面积和产量是95517亩和37554吨: one list of levels
    if (
        "分别" not in t[last_end : changes[0][3]]
        and "分别" not in t[clause_start(t, head.verb_start) : head.verb_start]
        and not paired
        and not listed
        and not _enumerated(t, items, n)
        and not _whole_sentence(t, items, n)
    ):
        return False  # 低保户800户、1576人,较上年减少52户、138人: the units pair the two lists
    if not same_sentence(t, targets[0].start, head.verb_start):
        return False
    if not re.fullmatch(
        # (分别达到44846元和37342元,年均增长4.9%和7.2%: a yearly average growth pairs the same way; 实际分别增长:
        # a real growth too; 分别达到37462元和17597元、增长7%和10%: the two lists parted by a 、, 1596)
        rf"[,，、]?\s*(?:实际)?(?:分别)?(?:同比|{COMPARED}|(?:比|较)(?:上年|去年|年初|上月)?(?:同期)?)?(?:分别)?{_BASIS}?"
        rf"(?:分别)?{_SPAN}?(?:年均|平均)?(?:分别)?",
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


def rates_of_levels(t: str, items: list[Item], n: int, verb_start: int) -> bool:
    """``分别达到27166元、10392元,增速为8.8%、10%``: ``n`` rates named by their subject right after a list of as many
    levels (and no more) are those levels' changes, in order, as ``分别增长8.8%、10%`` would be."""
    if n < 2 or len(items) < n:
        return False
    targets = items[-n:]
    chained = [
        re.fullmatch(r"[、和及与][^\d,，。；;:：、]{0,16}", t[a.end : b.start]) for a, b in itertools.pairwise(items)
    ]
    return (
        all(is_level(it) and it.attrs.get("change") is None for it in targets)
        and all(chained[-(n - 1) :])
        and (len(items) == n or not chained[-n])
        and re.fullmatch(r"[,，]\s*", t[targets[-1].end : verb_start]) is not None
    )


def _whole_sentence(t: str, items: list[Item], n: int) -> bool:
    """Whether the last ``n`` items are every figure of their sentence, one to a clause (``接待游客544万人次,旅游总收入
    63.30亿元,同比下降37.9%和36.9%``): as many changes after them pair in order, as 分别 would say."""
    first = items[-n]
    if len(items) > n and same_sentence(t, items[-n - 1].start, first.start):
        return False
    return all(
        re.fullmatch(r"[,，][^\d,，。；;:：、]{0,16}", t[a.end : b.start]) for a, b in itertools.pairwise(items[-n:])
    )


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


_LEVELS_AFTER_GAP_RE = re.compile(r"[,，]\s*(?:分别)?(?:达到?|为|增至|增加到|提高到)$")
_LEVEL_LIST_GAP_RE = re.compile(r"[、和及与]")


def levels_after_changes(t: str, items: list[Item]) -> None:
    """``A和B分别增长12%和13%,分别达43366元和13835元``: a 分别-list of changes, then as many levels reached; each
    level takes the change in the same place of its list, and the changes read alone are dropped. A doubling
    said of them all after (``,均比2006年翻一番以上``) is a second change of each (gold README, set 59)."""
    i = 0
    while i < len(items):
        n = _changes_run(items, i)
        levels = items[i + n : i + 2 * n]
        if n >= 2 and len(levels) == n and _pairs(t, items[i : i + n], levels):
            starts = _name_starts(t, items[i], n)
            for k, (ch, lv) in enumerate(zip(items[i : i + n], levels, strict=True)):
                lv.attrs["change"], lv.attrs["change_unit"] = ch.attrs["change"], ch.attrs["change_unit"]
                name = re.sub(r"(?:年均|平均|分别|同比)+$", "", str(ch.attrs.get("name") or ""))
                if name:
                    lv.attrs["name"] = name
                lv.start = starts[k]  # each quote opens on its own name in the list of names
                if k:
                    lv.attrs["shared"] = True
            del items[i : i + n]
            _doubled_all(t, items, i, n)
            i += n
        else:
            i += max(n, 1)


_ALL_DOUBLED_GAP_RE = re.compile(r"[,，]\s*(?:均|都)(?:比|较)?[^\d,，。；;]{0,8}(?:\d{4}年(?:底|末)?)?(?:实现)?")


def _doubled_all(t: str, items: list[Item], i: int, n: int) -> None:
    """``…达A、B和C,均比2006年翻一番以上``: the doubling after the levels ``items[i : i + n]`` is one change of each."""
    if i + n >= len(items):
        return
    twice, levels = items[i + n], items[i : i + n]
    if twice.attrs.get("change_of") != "翻番" or not _ALL_DOUBLED_GAP_RE.fullmatch(t, levels[-1].end, twice.start):
        return
    copies = []
    for lv in levels:
        attrs = dict(twice.attrs)
        attrs.pop("aside", None)
        attrs["name"] = f"{lv.attrs.get('name') or ''}{attrs.get('name') or ''}"
        attrs["shared"] = True  # every copy overlaps the levels it runs over
        copies.append(Item(lv.start, twice.end, attrs, twice.confidence, twice.qty_start))
    items[i + n : i + n + 1] = copies


def _name_starts(t: str, first: Item, n: int) -> list[int]:
    """Where each of the ``n`` names listed before a list's verb opens (``生产总值、财政总收入和…年均分别增长``); the
    list's start for all when the names are not ``n``."""
    begin = first.start
    # 生产总值(预计,下同)、财政总收入…: a note with a comma in it cut the clause, or the name found was the last
    # of the list (A、B和C年均分别增长): the list of names runs on before it
    before = _NAMES_BEFORE_RE.search(t, max(0, begin - 60), begin)
    if before is not None:
        begin = before.start()
    head = _NOTE_RE.sub(lambda m: "#" * len(m.group(0)), t[begin : first.qty_start])
    seps = [m.end() for m in re.finditer(r"[、和及与]", head)]
    if len(seps) != n - 1:
        return [first.start] * n
    return [begin, *(begin + s for s in seps)]


_NOTE_RE = re.compile(r"[(（][^()（）]{0,12}[)）]")
_NAMES_BEFORE_RE = re.compile(r"(?:[^\d,，。；;、和及与()（）]{1,20}(?:[(（][^()（）]{0,12}[)）])?[、和及与])+$")


def _changes_run(items: list[Item], i: int) -> int:
    """How many change-only items in % open at ``items[i]``, one list (the later ones carry its ``group_name``)."""
    n = 0
    while i + n < len(items) and items[i + n].attrs.get("is_change") and items[i + n].attrs.get("unit") == "%":
        if n and "group_name" not in items[i + n].attrs:
            break
        n += 1
    return n


def _pairs(t: str, changes: list[Item], levels: list[Item]) -> bool:
    if not all(is_level(it) and it.attrs.get("change") is None and it.attrs.get("unit") != "%" for it in levels):
        return False
    if not same_sentence(t, changes[0].start, levels[-1].end):
        return False
    if "分别" not in t[clause_start(t, changes[0].qty_start) : changes[0].qty_start]:
        return False
    if not _LEVELS_AFTER_GAP_RE.fullmatch(t, changes[-1].end, levels[0].qty_start):
        return False
    return all(_LEVEL_LIST_GAP_RE.fullmatch(t, a.end, b.qty_start) for a, b in itertools.pairwise(levels))


# 城乡居民人均可支配收入分别增长4.6%和7.1%: the pair is the towns' figure, then the countryside's
_PAIR_GAP_RE = re.compile(r"[^。；;]{0,40}?[、和及与]\s*$")


def split_urban_rural(t: str, items: list[Item]) -> None:
    """Two figures of one 城乡… (or 存贷款…) name shared out with 分别 are the towns' (城镇…) and the countryside's
    (农村…), or the deposits' and the loans', in the order the pair is written (城乡居民人均可支配收入分别达36913元和
    17017元)."""
    ordered = sorted(items, key=lambda it: it.qty_start)
    for a, b in itertools.pairwise(ordered):
        name = str(a.attrs.get("name") or "")
        pair = contracted_pair(name)  # (存贷款余额分别达到…和…: the deposits', then the loans')
        if pair is None or b.attrs.get("name") != name:
            continue
        sent = max(t.rfind(ch, 0, a.qty_start) for ch in "。；;\n") + 1
        # (城乡居民人均可支配收入61500元、33560元,分别增长…: the 分别 may follow the pair)
        shared = "分别" in t[sent : a.qty_start] or re.match(r"[,，]\s*(?:同比)?分别", t[b.end : b.end + 8])
        if not shared or not _PAIR_GAP_RE.match(t[a.qty_start : b.qty_start]):
            continue
        a.attrs["name"], b.attrs["name"] = pair[0], pair[1]
