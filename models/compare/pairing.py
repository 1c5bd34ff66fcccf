"""Pairing the indicators of two reports, every one of them: matched, or left-only / right-only.

A report may state several indicators under one name (其中，第一产业实现增加值263.5亿元；第二产业实现增加值622.1亿元…).
None is dropped: each same-name indicator is told apart by the words just before it in its clause (第一产业 …),
and pairs go by the best evidence first:

1. the same name with the same context (第一产业 + 增加值 beside 第一产业增加值), or one name on each side;
2. the same name where at most one side has a distinguishing context (order in the report breaks ties);
3. a near match of names (as before: abbreviations, containment).

Two same-name indicators whose contexts both exist and differ (第一产业 beside 第三产业) are never paired; one
without a partner is listed on its own side.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from difflib import SequenceMatcher

from models.compare.indicators import (
    MIN_KEY_CHARS,
    NEAR_MATCH,
    Indicator,
    IndicatorPair,
    comparable,
    complementary,
    is_rank,
)
from models.compare.synonyms import HEAD_MISMATCH_CAP, name_similarity, normalize_name
from models.types import AnnotationStatus

_CLAUSE_END = re.compile(r"[。；;，,：:！!？?\n、（）()“”\"]")
_CONTEXT_CHARS = 16
# what links a qualifier to the indicator's name, not part of either (第一产业「实现」增加值)
_LINK_RE = re.compile(r"(实现|完成|达到|达|共计|共有|共|累计|合计|为|有|的)+$")


def clause_context(text: str, start: int) -> str:
    """The words of the clause just before ``start``, without the linking verb (其中，「第一产业」实现增加值…)."""
    before = text[max(0, start - _CONTEXT_CHARS) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    return _LINK_RE.sub("", before[cut:].strip())


def with_context(indicators: Iterable[Indicator], text: str) -> list[Indicator]:
    """The indicators with ``context`` (``clause_context``), which tells same-name indicators apart."""
    return [replace(ind, context=clause_context(text, ind.start)) for ind in indicators]


def _keys(indicators: list[Indicator]) -> list[str]:
    """The key each indicator is matched by: its name, qualified by its context when its name is not unique."""
    counts = Counter(i.key for i in indicators)
    out = []
    for ind in indicators:
        qualified = normalize_name(ind.context + ind.name) if counts[ind.key] > 1 and ind.context else ""
        out.append(qualified if qualified and len(qualified) > len(ind.key) else ind.key)
    return out


def _substitution_only(a: str, b: str) -> bool:
    """第一产业增加值 / 第三产业增加值: same length, only characters replaced (two different things)."""
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return len(a) == len(b) and all(op in ("equal", "replace") for op, *_ in ops)


def pair_indicators(
    left: Iterable[Indicator], right: Iterable[Indicator], *, threshold: float = NEAR_MATCH
) -> tuple[list[IndicatorPair], list[Indicator], list[Indicator]]:
    """Pair every indicator of ``left`` with at most one of ``right`` (see the module docstring).

    Returns:
        (pairs, left_only, right_only); pairs in the left document's order, the others in their own.
    """
    lefts, rights = fold_growths(left), fold_growths(right)
    lkeys, rkeys = _keys(lefts), _keys(rights)
    lrank = _ranks(lefts)
    rrank = _ranks(rights)
    candidates: list[tuple[tuple[float, ...], int, int]] = []
    for i, j in _possible(lefts, lkeys, rights, rkeys, threshold):
        li, lk, ri, rk = lefts[i], lkeys[i], rights[j], rkeys[j]
        tier, sim = _evidence(li, lk, ri, rk, threshold)
        if tier == 0:
            continue
        order: tuple[float, ...] = (
            -tier,
            -sim,
            0 if li.kind == ri.kind else 1,
            (li.status != AnnotationStatus.ACCEPTED) + (ri.status != AnnotationStatus.ACCEPTED),
            abs(lrank[i] - rrank[j]),
            li.start,
            ri.start,
        )
        candidates.append((order, i, j))
    candidates.sort()
    lfree, rfree = set(range(len(lefts))), set(range(len(rights)))
    pairs: list[IndicatorPair] = []
    for ranked, i, j in candidates:
        if i in lfree and j in rfree:
            lfree.discard(i)
            rfree.discard(j)
            pairs.append(IndicatorPair(lefts[i].name, lefts[i], rights[j], -ranked[1]))
    pairs.sort(key=lambda p: p.left.start if p.left else 0)
    return pairs, [lefts[i] for i in sorted(lfree)], [rights[j] for j in sorted(rfree)]


def _possible(
    lefts: list[Indicator], lkeys: list[str], rights: list[Indicator], rkeys: list[str], threshold: float
) -> list[tuple[int, int]]:
    """The (left, right) index pairs ``_evidence`` can accept, in the order of a full double loop.

    Two reports of 300 KB state ~2000 figures each: ``_evidence`` on every pair took ~15 s of CPU. A pair is
    accepted only under one key (qualified or plain) or by a near match of keys, and a near match above
    ``HEAD_MISMATCH_CAP`` needs the same last two characters (the head noun); so only pairs sharing a key or a
    key's tail are looked at. The result is the same pairing.
    """
    if threshold <= HEAD_MISMATCH_CAP:
        return [(i, j) for i in range(len(lefts)) for j in range(len(rights))]
    by_tail: dict[str, list[int]] = {}
    by_key: dict[str, list[int]] = {}
    for j, (ri, rk) in enumerate(zip(rights, rkeys, strict=True)):
        by_tail.setdefault(rk[-2:], []).append(j)
        by_key.setdefault(ri.key, []).append(j)
    out: list[tuple[int, int]] = []
    for i, (li, lk) in enumerate(zip(lefts, lkeys, strict=True)):
        js = set(by_tail.get(lk[-2:], ())) | set(by_key.get(li.key, ()))
        out.extend((i, j) for j in sorted(js))
    return out


def fold_growths(indicators: Iterable[Indicator]) -> list[Indicator]:
    """In reading order, a growth stated alone joined to the level its report gave just before under the same name.

    ``城镇、农村常住居民人均可支配收入分别达到3.75万元和1.76万元，分别增长7%和10%`` is read as levels and growths
    apart; the other report's ``2.9万元，增长7.3%`` is one figure. Folded, the row compares level with level and
    growth with growth (as the 指标台账 puts a growth alone in its level's row). Only the nearest earlier level of
    the same name, kind and period that has no change of its own takes it; a rank never does.
    """
    out = sorted(indicators, key=lambda i: i.start)
    taken: set[int] = set()
    for n, growth in enumerate(out):
        if growth.base_value is not None or growth.change is None:
            continue
        for m in range(n - 1, -1, -1):
            level = out[m]
            if m in taken or level.key != growth.key:
                continue
            same_figure = (level.kind, level.period) == (growth.kind, growth.period) and not is_rank(level)
            if same_figure and level.base_value is not None and level.change is None:
                out[m] = replace(level, change=growth.change, change_unit=growth.change_unit)
                taken.add(n)
            break  # the nearest earlier figure of the name decides: a growth never reaches past it
    return [ind for n, ind in enumerate(out) if n not in taken]


def _ranks(indicators: list[Indicator]) -> list[int]:
    """The place of each indicator among those of its name (the 2nd 增加值 of the report is 1)."""
    seen: Counter[str] = Counter()
    out = []
    for ind in indicators:
        out.append(seen[ind.key])
        seen[ind.key] += 1
    return out


def _evidence(li: Indicator, lk: str, ri: Indicator, rk: str, threshold: float) -> tuple[int, float]:
    """(tier, similarity) of setting ``li`` beside ``ri``; tier 0 when they must not be paired."""
    if min(len(lk), len(rk)) <= MIN_KEY_CHARS and min(len(li.key), len(ri.key)) <= MIN_KEY_CHARS:
        return 0, 0.0
    fits = comparable(li, ri) or complementary(li, ri)
    if lk == rk and len(lk) > MIN_KEY_CHARS:
        return (3, 1.0) if fits else (0, 0.0)
    l_qualified, r_qualified = lk != li.key, rk != ri.key
    if li.key == ri.key and len(li.key) > MIN_KEY_CHARS:
        if l_qualified and r_qualified:
            return 0, 0.0  # 第一产业 增加值 beside 第三产业 增加值
        return (2, 1.0) if fits else (0, 0.0)
    if len(lk) <= MIN_KEY_CHARS or len(rk) <= MIN_KEY_CHARS or not comparable(li, ri):
        return 0, 0.0
    if (l_qualified or r_qualified) and _substitution_only(lk, rk):
        return 0, 0.0
    s = name_similarity(lk, rk)
    return (1, s) if s >= threshold else (0, 0.0)
