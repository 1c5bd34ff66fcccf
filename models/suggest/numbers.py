"""Numbers in report text: Arabic, full-width and Chinese numerals, units and their normalisation."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％：－", "0123456789.,%:-")

_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_LARGE = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

#: Characters that may make up a Chinese numeral.
CN_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_LARGE)

_ARABIC_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_MIXED_RE = re.compile(r"^([+-]?\d+(?:\.\d+)?)([万萬亿億]+)$")


@dataclass(frozen=True)
class Unit:
    """A unit as written, its base unit and the factor to reach it."""

    name: str
    base: str
    factor: float
    kind: str  # "money" | "count" | "percent" | "points" | "measure"


def _u(name: str, base: str, factor: float, kind: str) -> Unit:
    return Unit(name, base, factor, kind)


_UNIT_LIST = [
    _u("%", "%", 1, "percent"),
    _u("个百分点", "个百分点", 1, "points"),
    _u("百分点", "个百分点", 1, "points"),
    _u("亿元", "元", 1e8, "money"),
    _u("万元", "元", 1e4, "money"),
    _u("千元", "元", 1e3, "money"),
    _u("元", "元", 1, "money"),
    _u("亿美元", "美元", 1e8, "money"),
    _u("万美元", "美元", 1e4, "money"),
    _u("美元", "美元", 1, "money"),
    _u("亿", "元", 1e8, "money"),
    _u("万人次", "人次", 1e4, "count"),
    _u("人次", "人次", 1, "count"),
    _u("万人", "人", 1e4, "count"),
    _u("万亩", "亩", 1e4, "measure"),
    _u("亩", "亩", 1, "measure"),
    _u("万吨", "吨", 1e4, "measure"),
    _u("吨", "吨", 1, "measure"),
    _u("万千瓦时", "千瓦时", 1e4, "measure"),
    _u("亿千瓦时", "千瓦时", 1e8, "measure"),
    _u("千瓦时", "千瓦时", 1, "measure"),
    _u("度", "千瓦时", 1, "measure"),
    _u("万千瓦", "千瓦", 1e4, "measure"),
    _u("千瓦", "千瓦", 1, "measure"),
    _u("平方米", "平方米", 1, "measure"),
    _u("平米", "平方米", 1, "measure"),
    _u("㎡", "平方米", 1, "measure"),
    _u("平方公里", "平方公里", 1, "measure"),
    _u("公里", "公里", 1, "measure"),
    _u("万件", "件", 1e4, "count"),
    _u("万只", "只", 1e4, "count"),
    _u("万条", "条", 1e4, "count"),
    _u("万户", "户", 1e4, "count"),
    _u("万家", "家", 1e4, "count"),
    _u("万辆", "辆", 1e4, "count"),
    _u("万套", "套", 1e4, "count"),
]
for _count in (
    "个",
    "家",
    "项",
    "件",
    "只",
    "条",
    "处",
    "户",
    "人",
    "名",
    "支",
    "份",
    "起",
    "批",
    "座",
    "辆",
    "台",
    "套",
    "所",
    "家次",
    "车次",
    "次",
    "场",
    "期",
    "篇",
    "倍",
    "万",
):
    if _count == "万":
        _UNIT_LIST.append(_u("万", "", 1e4, "count"))
    else:
        _UNIT_LIST.append(_u(_count, _count, 1, "count"))

# 万/亿 in front of a count or measure: 1.35亿件, 一万二千人次, 9.87亿千瓦时
for _base in (
    "件",
    "人次",
    "只",
    "条",
    "户",
    "家",
    "辆",
    "套",
    "吨",
    "亩",
    "人",
    "台",
    "个",
    "千瓦时",
    "千瓦",
    "次",
    "元",
):
    for _prefix, _factor in (("万", 1e4), ("亿", 1e8)):
        if _prefix + _base not in {u.name for u in _UNIT_LIST}:
            _kind = "money" if _base == "元" else "measure" if _base in ("吨", "亩", "千瓦时", "千瓦") else "count"
            _UNIT_LIST.append(_u(_prefix + _base, _base, _factor, _kind))

UNITS: dict[str, Unit] = {u.name: u for u in _UNIT_LIST}
#: Unit names longest first, for a regex alternation.
UNIT_NAMES: tuple[str, ...] = tuple(sorted(UNITS, key=len, reverse=True))


_FULLWIDTH_RE = re.compile("[０-９．，％：－]")


def to_halfwidth(text: str) -> str:
    """Map full-width digits and signs to ASCII; keeps length (one char to one char)."""
    # str.translate is slow on long texts, and full-width digits are rare: only translate when present
    return text.translate(_FULLWIDTH) if _FULLWIDTH_RE.search(text) else text


def _parse_chinese(text: str) -> float | None:
    """Parse a pure Chinese numeral such as 三千五百, 两, 一万, 百万, 十二, 二〇二〇."""
    if not text or any(ch not in CN_NUMERAL_CHARS for ch in text):
        return None
    if all(ch in _DIGITS for ch in text):
        if len(text) == 1:
            return float(_DIGITS[text])
        # digit-by-digit reading, e.g. 二〇二〇
        return float("".join(str(_DIGITS[ch]) for ch in text))
    total = 0.0  # completed groups (亿, 万)
    section = 0.0  # within the current group
    digit: float | None = None
    for ch in text:
        if ch in _DIGITS:
            digit = (digit or 0) * 10 + _DIGITS[ch] if digit is not None and digit != 0 else _DIGITS[ch]
        elif ch in _SMALL:
            section += (digit if digit is not None else 1) * _SMALL[ch]
            digit = None
        else:
            scale = _LARGE[ch]
            group = section + (digit or 0)
            if group == 0:
                group = 1 if total == 0 else 0
            if group == 0:
                total *= scale
            elif total == 0 or scale > 10_000:
                # 百万 / 三亿: the group multiplies everything so far
                total = (total + group) * scale
            else:
                # 三亿五千万: a lower group adds to the higher one
                total += group * scale
            section = 0.0
            digit = None
    return total + section + (digit or 0)


def parse_number(text: str) -> float | None:
    """Parse one number as written in a report.

    Understands Arabic (``40.68``, ``1,200``), full-width (``３１９``), Chinese numerals
    (``两``, ``三千五百``, ``百万``) and mixtures (``1.2万``). Ratios, ranges and anything
    else return ``None``.

    Args:
        text: the number alone, without unit.

    Returns:
        The value as a float, or ``None`` when ``text`` is not a single number.
    """
    if not isinstance(text, str):
        return None
    s = to_halfwidth(text.strip())
    if not s or len(s) > 40:
        return None
    if _ARABIC_RE.match(s):
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return None
    m = _MIXED_RE.match(s)
    if m:
        base = float(m.group(1))
        mult = _parse_chinese(m.group(2))
        return None if mult is None else base * mult
    return _parse_chinese(s)


def normalize(value: float, unit: str) -> tuple[float, str]:
    """Return ``(normalized_value, base_unit)`` for a value in ``unit``.

    Money goes to 元, 万人次 to 人次, 万亩 to 亩 and so on; counts stay as they are and
    ``%`` stays a percentage. Unknown units pass through unchanged.
    """
    u = UNITS.get(unit)
    if u is None:
        return value, unit
    # 2474.2 × 1e8 is 247419999999.99997 in binary floating point; 12 significant digits are plenty
    return float(f"{value * u.factor:.12g}"), u.base
