"""Numbers in report text: Arabic, full-width and Chinese numerals, and a figure normalised to its unit's base.

The units themselves (names, magnitudes, kinds) are `_units`; their names stay importable from here."""

from __future__ import annotations

import re

from models.suggest._units import SCORE_UNIT, UNIT_NAMES, UNIT_PATTERN, UNITS

__all__ = [
    "CN_NUMERAL_CHARS",
    "SCORE_UNIT",
    "UNITS",
    "UNIT_NAMES",
    "UNIT_PATTERN",
    "normalize",
    "parse_number",
    "to_halfwidth",
]


# ℅ and ﹪ are look-alike percent signs some offices type (合格率达98℅)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％：－℅﹪／", "0123456789.,%:-%%/")

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


_FULLWIDTH_RE = re.compile("[０-９．，％：－℅﹪／]")


def to_halfwidth(text: str) -> str:
    """Map full-width digits and signs to ASCII; keeps length (one char to one char)."""
    # str.translate is slow on long texts, and full-width digits are rare: only translate when present
    return text.translate(_FULLWIDTH) if _FULLWIDTH_RE.search(text) else text


_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?|.")
_MIXED_PARTS_RE = re.compile(r"^\d+(?:\.\d+)?(?:[万萬亿億千仟百佰十拾]+(?:\d+(?:\.\d+)?|[〇一二两三四五六七八九])?)+$")


def _parse_chinese(text: str) -> float | None:
    """Parse a Chinese numeral (三千五百, 两, 百万, 十二, 二〇二〇, 三十六点九) or a mixture (1万6千)."""
    if "点" in text:
        whole, _, frac = text.partition("点")
        head = _parse_chinese(whole) if whole else 0.0
        if head is None or not frac or any(ch not in _DIGITS for ch in frac):
            return None
        return float(f"{int(head)}.{''.join(str(_DIGITS[ch]) for ch in frac)}")
    tokens = _TOKEN_RE.findall(text)
    if not tokens or any(not tok[0].isdigit() and tok not in CN_NUMERAL_CHARS for tok in tokens):
        return None
    if all(tok in _DIGITS for tok in tokens):
        if len(tokens) == 1:
            return float(_DIGITS[tokens[0]])
        # digit-by-digit reading, e.g. 二〇二〇
        return float("".join(str(_DIGITS[ch]) for ch in tokens))
    total = 0.0  # completed groups (亿, 万)
    section = 0.0  # within the current group
    digit: float | None = None
    # 一万六, 三千五, 两百五: a last digit straight after a magnitude counts in the magnitude below it
    if len(tokens) >= 2 and tokens[-1] in _DIGITS and tokens[-2] in _SMALL | _LARGE:
        below = (_SMALL | _LARGE)[tokens[-2]] / 10
        if below >= 10:
            head = _parse_chinese("".join(tokens[:-1]))
            return None if head is None else float(f"{head + _DIGITS[tokens[-1]] * below:.12g}")
    for tok in tokens:
        if tok[0].isdigit():
            if digit is not None:
                return None
            digit = float(tok)
        elif tok in _DIGITS:
            digit = (digit or 0) * 10 + _DIGITS[tok] if digit is not None and digit != 0 else _DIGITS[tok]
        elif tok in _SMALL:
            section += (digit if digit is not None else 1) * _SMALL[tok]
            digit = None
        else:
            scale = _LARGE[tok]
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
    (``两``, ``三千五百``, ``百万``, ``三十六点九``) and mixtures (``1.2万``, ``1万6千``).
    Ratios, ranges and anything else return ``None``.

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
        return None if mult is None else float(f"{base * mult:.12g}")
    if s[0].isdigit() and not _MIXED_PARTS_RE.match(s):
        return None
    return _parse_chinese(s)


def normalize(value: float, unit: str) -> tuple[float, str]:
    """Return ``(normalized_value, base_unit)`` for a value in ``unit``.

    Money goes to 元, 万人次 to 人次, 万亩 to 亩 and so on; counts stay as they are and
    ``%`` stays a percentage. Unknown units pass through unchanged.
    """
    u = UNITS.get(unit.removesuffix("人民币") if unit.endswith("元人民币") else unit)  # 175亿元人民币
    if u is None:
        return value, unit
    # 2474.2 × 1e8 is 247419999999.99997 in binary floating point; 12 significant digits are plenty
    return float(f"{value * u.factor:.12g}"), u.base
