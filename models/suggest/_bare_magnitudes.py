"""Magnitudes written alone as a level (突破千亿元, 过千万, 近百万元, 突破万亿元): 百 and 千 numbers, 万/亿 units."""

from __future__ import annotations

import re

from models.suggest._qty import Qty
from models.suggest._text import Spans
from models.suggest.numbers import UNIT_PATTERN, UNITS

__all__ = ["find_bare_magnitudes"]

_UNIT = UNIT_PATTERN
# a bare magnitude passed: 人均国内生产总值突破万元大关 → 1 万元
_MILESTONE_RE = re.compile(
    r"(?:突破|超过|迈上|跨越|跨过|跨入|迈入|达到)(?P<unit>万亿元|亿元|万元)(?=大关|台阶|关口)"
    # a threshold passed, written as a magnitude alone (规上工业总产值突破万亿元, 社零总额率先突破百亿, 常住人口过千万,
    # 财政收入首次超千万元): 百 and 千 are numbers, 万, 亿 and 万亿 units (lead's session-25 ruling: 突破千亿元 is
    # 1000 亿元, 突破百亿 100 亿, 突破万亿元 1 万亿元); a class after it (超千万企业, 过百亿元的产业) is the count's
    r"|(?<![\d.〇一二两三四五六七八九十百千万亿])(?P<verb>突破|首破|迈上|跨越|跨过|跨入|迈入|超过|超|过|達到|达到|达|達)"
    r"(?P<mag>[千百]?[亿億][元圆]?|[万萬][亿億][元圆]?|[千百][万萬][元圆]?)(?=[,，。；;、)）]|$|大[关關])"
)
# a magnitude alone with its unit after 近 (南药近万亩, 产值近亿元): one of that unit; 百 and 千 before it are numbers
# (税收每年以近百万元的速度增长 → 100 万元, 近千万元 → 1000 万元)
_NEAR_MAGNITUDE_RE = re.compile(rf"(?<![\d.〇一二两三四五六七八九十百千万亿])近(?P<unit>[百千]?[万亿](?:{_UNIT}))")
_LEAD_NUMBER = {"百": 100.0, "千": 1000.0}
_MAGNITUDE_SCRIPT = str.maketrans({"億": "亿", "萬": "万", "圆": "元"})


_OVER_VERBS = ("超过", "超", "过", "達到", "达到", "达", "達")
_COUNT_IN_CLAUSE_RE = re.compile(r"\d+\s?[家个個户戶座幢所]")
_EVERY_RE = re.compile(r"所有|全部|均|都|各|每")
_CLASS_LIST_AFTER_RE = re.compile(r"[、和及](?:超过?|过|达到?)")


def _bar_of_a_count(t: str, m: re.Match[str]) -> bool:
    """超/过/达 before a bare magnitude: a level only with 百 or 千 (过千亿, 超千万元), and not the bar a count before
    it in the clause passed (41家企业产值超亿元, 14个市县一般预算收入过亿元: the count is the figure)."""
    if m.group("verb") not in _OVER_VERBS:
        return False
    opened = max(t.rfind(c, 0, m.start()) for c in "，,。；;\n") + 1
    if m.group("mag")[:1] not in _LEAD_NUMBER:
        # 经济总量过万亿 (1753), 直接经济收入实现过亿元 (2247), 2004年一般预算收入过亿元 (1997): one quantity's level;
        # every place of a set passing it (所有县…超亿元, 1408) or a class listed on (超亿元、超千万元楼宇) is none
        return bool(
            _EVERY_RE.search(t, opened, m.start())
            or _CLASS_LIST_AFTER_RE.match(t, m.end())
            or _COUNT_IN_CLAUSE_RE.search(t, opened, m.start())
        )
    return _COUNT_IN_CLAUSE_RE.search(t, opened, m.start()) is not None


def _bare_magnitude(written: str) -> tuple[float, str]:
    """A magnitude written alone (千亿元, 百亿, 万亿元, 千萬): its number and its unit, 百 and 千 being numbers."""
    unit = written.translate(_MAGNITUDE_SCRIPT)
    lead = _LEAD_NUMBER.get(unit[:1])
    return (lead, unit[1:]) if lead is not None else (1.0, unit)


_LEVEL_IN_YI_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?=[、和及\d.]*[亿億])")


def _restated_threshold(t: str, start: int, end: int) -> bool:
    """A threshold word after a bare magnitude (突破千亿大关) that describes a class (…突破千亿大关的区县, 1770) or
    restates a level its sentence gave before (分别完成总收入…1071…亿元,节能环保产业首次突破千亿大关, 229): none."""
    if t.startswith("的", end + 2):
        return True
    opened = max(t.rfind("。", 0, start), t.rfind("\n", 0, start)) + 1
    floor = _LEAD_NUMBER.get(t[start:end].lstrip("突破首迈上跨越过入超达到達")[:1], 1)
    return any(float(n) >= floor for n in _LEVEL_IN_YI_RE.findall(t, opened, start))


def find_bare_magnitudes(t: str, taken: Spans) -> list[Qty]:
    """Every magnitude written alone after a threshold verb or 近, as a level; adds their spans to ``taken``."""
    out: list[Qty] = []
    for m in [*_MILESTONE_RE.finditer(t), *_NEAR_MAGNITUDE_RE.finditer(t)]:
        key = "unit" if m.group("unit") else "mag"
        if key == "mag" and t.startswith(("大关", "大關"), m.end()) and _restated_threshold(t, m.start(), m.end()):
            continue
        if key == "mag" and _bar_of_a_count(t, m):
            continue
        value, unit = _bare_magnitude(m.group(key))
        if not taken.overlaps(m.start(key), m.end(key)) and unit in UNITS:
            out.append(Qty(m.start(key), m.end(key), value, unit, cn=True))
            taken.add(m.start(key), m.end(key))
    return out
