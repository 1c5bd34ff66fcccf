"""A from/to statement followed by an annual rate (由835.5亿元增加到2497.3亿元,增长2倍,年均增长24.5%): the rate is the
level's change (the 1111/1414 ruling), the doubling or multiple said between stays its own indicator."""

from __future__ import annotations

import re

from models.suggest._context import Item
from models.suggest._statements import same_sentence
from models.suggest.numbers import UNITS

# the rate over the years of the move: 年均增长24.5%, 平均每年增长
ANNUAL_AFTER_RE = re.compile(r"[^，,。；;]{0,3}[,，]\s*(?:年均|平均每年|每年平均)(?:增长|增加|提高)\s?[\d.]")
# (…提高到2016年8600亿元,五年跨越两个千亿元台阶,年均增长8.5%: the milestones passed restate the move, 1817)
_ANNUAL_RE = re.compile(
    r"(?:多|以上|余)?(?:[,，][^\d,，。；;]{0,4}(?:跨越|跨上|迈上|跃上|登上)了?[^,，。；;]{0,16}台阶)?"
    r"[,，]\s*(?:年均|平均每年|每年平均)(?:增长|增加|提高)\s?$"
)
_ANNUAL_IN_RE = re.compile(r"[,，]\s*(?:年均|平均每年|每年平均)(?:增长|增加|提高)")
_BETWEEN_RE = re.compile(r"[,，][^\d,，。；;]{0,12}")
_ADDED_RE = re.compile(r"[,，]\s*(?:增加|增长|提高)(?:了)?(?:近|约|超过?)?$")


def _base(unit: object) -> str | None:
    u = UNITS.get(str(unit))
    return u.base if u is not None else None


def annual_rate_of_move(t: str, items: list[Item]) -> None:
    """Give a from/to level the annual rate said after it, in place of the rise to − from.

    Between the two may stand a doubling or a multiple of the base (``翻了一番多``, ``增长2倍``: its own indicator,
    1111/1414) or the rise in the level's unit (``增加近万亿元``: the same rise again, no indicator of its own)."""
    i = 0
    while i < len(items):
        level = items[i]
        if "previous_value" not in level.attrs or level.attrs.get("change_unit") == "%":
            i += 1
            continue
        j, between = i + 1, None
        if j < len(items) and _BETWEEN_RE.fullmatch(t, level.end, items[j].start):
            nxt = items[j]
            added = _ADDED_RE.fullmatch(t, level.end, nxt.qty_start)
            if (
                nxt.attrs.get("is_change")
                and nxt.attrs.get("unit") == "%"
                and not _ANNUAL_RE.search(t, level.end, nxt.qty_start)
            ):
                between, j = nxt, j + 1  # 翻了一番多, 增长2倍, 是…的2倍多
            elif added and _base(nxt.attrs.get("unit")) == _base(level.attrs.get("unit")):
                if nxt.attrs.get("change_unit") == "%" and _ANNUAL_IN_RE.search(t, nxt.qty_start, nxt.end):
                    # 增加近万亿元,年均增长15.1%: the rise again, then the rate
                    level.attrs["change"], level.attrs["change_unit"] = nxt.attrs["change"], "%"
                    level.end = nxt.end
                    del items[j]
                i += 1
                continue
        if j >= len(items):
            break
        rate = items[j]
        gap_from = between.end if between is not None else level.end
        if (
            rate.attrs.get("is_change")
            and rate.attrs.get("unit") == "%"
            and rate.start >= gap_from
            and _ANNUAL_RE.fullmatch(t, gap_from, rate.qty_start)
            and same_sentence(t, level.end, rate.start)
        ):
            level.attrs["change"], level.attrs["change_unit"] = rate.attrs["change"], "%"
            level.end = rate.end
            if between is not None:
                between.attrs["shared"] = True
            del items[j]
        i += 1
