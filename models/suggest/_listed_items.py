"""The items a list of figures names one to one: subjects joined by 和/与/及 before 分别, and the head they share.

Chinese lists its subjects before ``分别`` in the order of the figures after it, one subject to one figure:
``甲、乙和丙分别达到55%、70%、60%`` names 甲, 乙 and 丙; the last joiner (和, 与, 及) is one more separator
of the list, not part of a name, when — and only when — the subjects so read are exactly as many as the figures
(``有色金属冶炼和压延加工业、…`` reads more subjects than figures: the 和 is inside a name, the list is left alone).
A head noun written once after the last subject is every subject's (``装备制造业、…和石化工业增加值`` →
装备制造业增加值), and a bare head after 和 takes the modifier of the one it pairs with (``一般公共预算收入和支出`` →
一般公共预算支出).
"""

from __future__ import annotations

import re

from models.suggest import _names, _subjects
from models.suggest._context import Item
from models.suggest._subjects import _tags
from models.suggest._text import sentence_start

_JOINERS = "和与及"
# heads written as a pair under one modifier (预算收入和支出, 存款和贷款余额, 进口和出口总额)
_PAIRED = {"收入": "支出", "支出": "收入", "存款": "贷款", "贷款": "存款", "进口": "出口", "出口": "进口"}


def joined_items(t: str, start: int, floor: int, parts: list[str], size: int) -> tuple[list[str], int] | None:
    """``parts`` (read back to ``start``) with the subjects before a joiner added, when that makes ``size`` of them.

    ``floor`` is where the clause opens; returns the subjects and where the first begins, or ``None`` (abstain).
    """
    got, pos = list(parts), start
    if len(got) < size and pos > floor and t[pos - 1] in _JOINERS:  # one joiner, before the last subject
        name, at, _ = _names.name_before(t[floor : pos - 1], enumeration=True)
        more = [p for p in name.split("、") if p]
        if not more or any(len(p) < 2 for p in more) or (floor + at > 0 and t[floor + at - 1] in _JOINERS):
            return None  # (电子及通信设备制造业、航空航天器及设备制造业: joiners inside names, no order is known)
        got, pos = more + got, floor + at
    if len(got) != size:
        return None
    return _shared_head(got), pos


def _shared_head(parts: list[str]) -> list[str]:
    """A head written once after the last subject given to each, and a paired bare head its partner's modifier."""
    last = parts[-1]
    first = parts[0]
    if len(parts) == 2 and last in _PAIRED and first.endswith(_PAIRED[last]) and len(first) > len(last) + 1:
        return [first, first[: -len(last)] + last]  # 一般公共预算收入和支出
    end = first[-1]
    cut = last.find(end, 1)
    tail = last[cut + 1 :] if cut > 0 else ""
    if (
        len(tail) < 2
        or tail in ("人均", "户均", "每人")
        or any(p.endswith(tail) or end != p[-1] for p in parts[:-1])
        or not _subjects._head(tail)
    ):
        return parts  # (the tail a noun: 商品销售额, 增加值; never a per-head word: 上海市、北京市…人均)
    return [p + tail for p in parts[:-1]] + [last]


_OPENING_RE = re.compile(r"^(?:\s|同比|环比|上半年|全年|今年|前三季度|一季度|\d{1,2}[-—至]\d{1,2}月份?)*$")
_ITEM_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,14}")


def earlier_subjects(t: str, clause_at: int, start: int, head: str, size: int) -> list[str] | None:
    """``甲、乙、丙增长较快,产值分别增长…``: a bare head's subjects listed as the clause before it opens.

    ``clause_at`` is where the head's clause opens, ``start`` where the head does; the clause before must open with
    exactly ``size`` subjects joined by 、 (the last followed by what it says of them); else ``None`` (abstain).
    """
    if size < 2 or not head or len(head) > 6 or "、" in head or not _OPENING_RE.match(t[clause_at:start]):
        return None
    if clause_at < 2 or t[clause_at - 1] not in "，,":
        return None
    floor = max(sentence_start(t, clause_at - 1), clause_at - 120)
    before = re.split(r"[，,；;：:。！？!?\n]", t[floor : clause_at - 1])[-1]
    pieces = before.split("、")
    if len(pieces) != size:
        return None
    *items, last = pieces
    scope = _subjects._SCOPE_RE.match(items[0])  # 全县粮食、油料…: the place of the report is no subject
    items[0] = items[0][scope.end() :] if scope else items[0]
    said = _tags(last)
    lead: list[str] = []
    for word, flag in said:
        if not _subjects._nominal(flag) and not (lead and flag == "c" and word in "和与及"):
            break
        lead.append(word)
    first = "".join(lead)
    if not lead or first == last or len("".join(w for w, _ in said)) - len(first) < 2:
        return None  # the last subject must be followed by what the clause says of the list
    items.append(first)
    if any(not _ITEM_RE.fullmatch(p) or re.search(r"\d", p) or head in p for p in items):
        return None
    return [p + head for p in items]


def preceding_figures(t: str, items: list[Item], clause_at: int, at: int, head: str, size: int) -> list[str] | None:
    """``甲8.36万人,乙43.38万人,丙19.35万人,占总人口比重分别为…``: a head after a run of like figures is theirs.

    The run (neither change nor aside, one sentence, ending right before ``clause_at`` with a comma) must hold
    exactly ``size`` figures, and the clause say ``分别`` before the list (``at``); each figure's name heads one.
    """
    if size < 2 or len(items) < size or not head or "、" in head or "分别" not in t[clause_at:at]:
        return None
    last = items[-1]
    if (
        clause_at < 1
        or t[clause_at - 1] not in "，,"
        or not re.fullmatch(r"(?:[(（][^()（）]{0,4}[)）])?[，,]", t[last.end : clause_at])
    ):
        return None
    run: list[Item] = []
    for it in reversed(items):
        if {"is_change", "aside", "shared"} & set(it.attrs) or sentence_start(t, it.start) != sentence_start(
            t, clause_at
        ):
            break
        run.insert(0, it)
    names = [str(it.attrs.get("name") or "") for it in run]
    if len(run) != size or any(len(n) < 2 or head in n for n in names) or len(set(names)) < size:
        return None
    return [n + head for n in names]
