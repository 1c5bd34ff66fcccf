"""The base a level is compared with (``835亿元,比“十三五”541亿元增加294亿元``): the previous value, no level."""

from __future__ import annotations

import re

from models.suggest._context import Item
from models.suggest._statements import is_level, same_sentence
from models.suggest.numbers import UNITS, normalize

# the period or plan compared with: 上年, 去年同期, 2015年, “十三五”, “十三五”末2020年, 上年度
_PERIOD = (
    r"(?:(?:上|去)一?年度?(?:同期)?|(?:19|20)\d\d年(?:底|末|同期)?"
    r"|“[^”]{1,6}”(?:时期|期间)?(?:期?末)?(?:(?:19|20)\d\d年(?:底|末)?)?)"
)
# ,比上年, 较“十三五”末2020年的, 比上年决算数 / 比上年实际完成: the base's own kind of figure
_BASE_RE = re.compile(rf"[,，]\s*(?:比|较)(?:同口径)?{_PERIOD}(?:的)?(?P<rest>[\u4e00-\u9fff]{{0,14}})$")
_KIND_OF_BASE_RE = re.compile(r"(?:决算|实际|执行|完成|预算执行)?(?:数|额)?|实际完成|实现|完成")
_AT_MOST_BACK = 4  # shares of the budgets and a budget itself may stand between the level and its base


def _rest_names_base(rest: str, name: str) -> bool:
    """Whether what follows the period only names the base: nothing, its kind (决算数), or the level's name again
    (比上年向上争取到位项目资金452万元: a few words before the name)."""
    if _KIND_OF_BASE_RE.fullmatch(rest):
        return True
    core = name[-4:] if len(name) >= 4 else name
    return len(core) >= 2 and rest.endswith(core) and len(rest) - len(name) <= 6


def _same_unit(a: str, b: str) -> bool:
    return a == b or (a in UNITS and b in UNITS and UNITS[a].base == UNITS[b].base and UNITS[a].kind == UNITS[b].kind)


def take_base(t: str, items: list[Item], qs: int, qe: int, value: float, unit: str) -> bool:
    """Record a figure said right after ``比上年`` (or another period) as the previous value of the level it compares
    with; True when taken. The level is the last one of the sentence, asides (a share of the budget, the budget said
    inside it) skipped; the base's unit must be the level's (in any magnitude)."""
    if not items or unit in ("%", "‰") or unit not in UNITS or UNITS[unit].kind in ("percent", "points"):
        return False
    last = max(it.end for it in items[-_AT_MOST_BACK:])
    if last > qs:
        return False
    m = _BASE_RE.match(t, last, qs)  # the comparison opens right after the last figure and ends at this one
    if m is None:
        return False
    for back in range(1, min(_AT_MOST_BACK, len(items)) + 1):
        level = items[-back]
        if level.attrs.get("aside") or level.attrs.get("shared"):
            continue
        prev_unit = str(level.attrs.get("unit"))
        if (
            not is_level(level)
            or level.attrs.get("change") is not None
            or "previous_value" in level.attrs
            or not _same_unit(prev_unit, unit)
            or not same_sentence(t, level.end, qs)
            or not _rest_names_base(m.group("rest"), str(level.attrs.get("name") or ""))
        ):
            return False
        base = value if prev_unit == unit else normalize(value, unit)[0] / normalize(1.0, prev_unit)[0]
        level.attrs["previous_value"] = base
        level.end = qe
        return True
    return False
