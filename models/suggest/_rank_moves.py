"""Rank moves said alone, with no rank beside them (`排名上升25位`, `位次分别前移14位、3位和8位`, `总量在全省升2位`):
value and change are the places moved, up positive (lead's rulings, sessions 12 and 28)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from models.suggest._context import Item, clause_start
from models.suggest._kind import context_attrs
from models.suggest._text import Spans, sentence_start
from models.suggest.numbers import parse_number

_UP = ("前进", "上升", "提升", "提高", "前移", "升")
_N = r"\d+|[一二三四五六七八九十]+"
_PLACES = rf"(?:{_N})\s?个?(?:位次|位|名)"
# the move's own noun before it (排名, 位次; 分别 or 又 between), or the board it is counted on (在全省升2位): never a
# bare verb, whose places may be a rank's said in an earlier sentence (五年前进了五位, 1926)
_ALONE_RE = re.compile(
    r"(?:(?:排名|排位|位次|名次)(?:分别|又|再|也|均)?|(?<=全[国省市县区州])|(?<=全[国省市县区州]的)|(?<=分别))"
    rf"(?P<dir>前进|上升|提升|提高|前移|后退|后移|下降|下滑|(?<![上提跃攀回])升)了?\s?(?P<n>{_N})\s?个?(?:位次|位|名)"
)
_NOUN_BEFORE_RE = re.compile(r"(?:排名|排位|位次|名次)[^,，。；;：:]*$")
_MORE_RE = re.compile(rf"[、和及]\s?(?P<n>{_N})\s?个?(?:位次|位|名)")  # 、3位和8位: the next moves of a list, same way


_BARE_RE = re.compile(r"(?:全[国省市县区州])?(?:排名|排位|位次|名次)?")  # 在全国的位次: a board, no subject


def _move_name(
    t: str, items: list[Item], m: re.Match[str], name_of: Callable[[int, int], tuple[str, int]]
) -> tuple[str, int]:
    """The move named as its clause says it, scope and noun kept (`全县GDP全省位次前移`); a clause naming only the
    board or a bare head (`在全国的位次又提升了1位`, `总量在全省升2位`) takes the subject of its sentence's first figure
    (`生产总值全国位次提升`, `地方公共财政收入总量全省升`)."""
    cs = clause_start(t, m.start())
    own = re.sub(r"[在的又再也均了\s]|分别", "", t[cs : m.start("dir")])
    if len(own) > 16 or re.search(r"[较比与同]", own):
        return name_of(m.start(), m.end())  # a comparison or a long clause: the rank finder's name
    if _BARE_RE.fullmatch(re.sub(r"^(?:总量|增速|增幅|规模|总额)", "", own)):
        ss = sentence_start(t, m.start())
        first = next((it for it in items if ss <= it.start < cs and "rank" not in it.attrs), None)
        subject = re.sub(r"(?:跃上|达到|实现|完成|突破)$", "", str(first.attrs.get("name") or "")) if first else ""
        return subject + own + m.group("dir"), cs
    return own + m.group("dir"), cs


def alone_moves(
    t: str, items: list[Item], taken: Spans, targets: Spans, name_of: Callable[[int, int], tuple[str, int]]
) -> None:
    """Add each move of places said on its own (one per figure of a list after 分别) to ``items``."""
    for m in _ALONE_RE.finditer(t):
        after_each = m.group(0).startswith(m.group("dir")) and t[m.start() - 2 : m.start()] == "分别"
        if after_each and not _NOUN_BEFORE_RE.search(t, max(0, m.start() - 30), m.start()):
            continue  # 分别前移7位: only after the move's own noun earlier in its clause (位次分别较一季度…分别)
        read = [it for it in items if it.start < m.end() and m.start() < it.end]
        if any("rank" in it.attrs for it in read) or (taken.overlaps(m.start(), m.end()) and not read):
            continue  # a rank's own move (比上年前移3位), or a span a table or a list took
        sign = 1 if m.group("dir") in _UP else -1
        spans = [(m.start(), m.start("dir"), m.end(), m.group("n"))]
        while more := _MORE_RE.match(t, spans[-1][2]):
            spans.append((more.start() + 1, more.start("n"), more.end(), more.group("n")))
        if len(spans) > 1 and "分别" not in t[max(0, m.start() - 12) : m.start("dir")]:
            spans = spans[:1]  # 前移3位和8位 without 分别: not one move each, the first alone is safe
        # the places moved read before as a bare count of 位 (前移14位 → 14 位, no change): the move replaces them
        items[:] = [it for it in items if "rank" in it.attrs or not m.start() <= it.qty_start < spans[-1][2]]
        for i, (start, qty_start, end, n) in enumerate(spans):
            step = sign * int(parse_number(n) or 0)
            attrs: dict[str, Any] = {"rank_change": step, "change": step, "change_unit": "位", "value": step}
            attrs.update({"unit": "位", "kind": "actual"})  # README: a statement of a change alone states it as value
            attrs["name"], name_start = _move_name(t, items, m, name_of)
            attrs.update({k: v for k, v in context_attrs(t, m.start(), end, targets).items() if k == "period"})
            if i:
                attrs["shared"] = True
            items.append(Item(min(name_start, m.start()) if not i else start, end, attrs, 0.65, qty_start))
        taken.add(m.start(), spans[-1][2])
