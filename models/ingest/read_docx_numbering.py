"""Word automatic numbering: the label Word displays for a numbered paragraph.

Reads ``numbering.xml`` (abstractNum levels, num instances with overrides) and the
paragraph styles' numPr, keeps the counters Word keeps while walking the document
in order, and formats labels such as "一、", "（二）", "1.", "1.2", "①".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = 9
_DIGITS = "〇一二三四五六七八九"
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_TRAD_DIGITS = "〇一二三四五六七八九"
_GAN = "甲乙丙丁戊己庚辛壬癸"
_ZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_CLOSING = "、，,．.)）:：]】」"
# Word stores start values up to 32767 and labels of a few characters; a hostile file may claim more.
MAX_NUMBER = 32767
MAX_LABEL = 64


def _val(el: Any, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return None if child is None else child.get(W + "val")


def _int(text: str | None, default: int) -> int:
    try:
        value = int(text) if text is not None and len(text) < 12 else default
    except ValueError:
        return default
    return max(-MAX_NUMBER, min(value, MAX_NUMBER))


def chinese_counting(n: int, digits: str = _DIGITS, units: str = "十百千") -> str:
    """Write n (0..99999) the way Word's chineseCounting does: 十一, 二十, 一百零一."""
    if n <= 0:
        return digits[0]
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = chinese_counting(low, digits, units) if low else ""
        zero = "零" if 0 < low < 1000 else ""
        return chinese_counting(high, digits, units) + "万" + zero + rest
    parts: list[str] = []
    pending_zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d, n = divmod(n, power)
        if d:
            if pending_zero and parts:
                parts.append("零")
            parts.append(digits[d] + unit)
            pending_zero = False
        elif parts:
            pending_zero = True
    text = "".join(parts)
    if text.startswith(digits[1] + units[0]) and units == "十百千":
        text = text[1:]  # 一十五 -> 十五 for everyday counting
    return text


def _roman(n: int) -> str:
    if n > 3999:  # beyond Roman numerals proper (Word prints the number)
        return str(n)
    out = []
    for value, sym in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter: a..z, aa..zz, aaa..
    n = max(n, 1)
    if n > 780:  # Word stops at zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz (30 letters)
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _table(chars: str, n: int) -> str:
    return chars[n - 1] if 1 <= n <= len(chars) else str(n)


def format_number(n: int, fmt: str) -> str:
    """Format one counter value in a Word numFmt (unknown formats fall back to decimal)."""
    if fmt == "none":
        return ""
    n = max(0, min(n, MAX_NUMBER))  # counters stay in Word's range: labels stay a few characters long
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
    ):
        return chinese_counting(n)
    if fmt in ("ideographDigital", "taiwaneseDigital"):
        return "".join(_TRAD_DIGITS[int(d)] for d in str(n))
    if fmt == "chineseLegalSimplified":
        return chinese_counting(n, _LEGAL_DIGITS, "拾佰仟")
    if fmt == "ideographLegalTraditional":
        return chinese_counting(n, "零壹貳參肆伍陸柒捌玖", "拾佰仟")
    if fmt == "ideographTraditional":
        return _table(_GAN, n)
    if fmt == "ideographZodiac":
        return _table(_ZHI, n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _table(_CIRCLED, n)
    if fmt == "decimalEnclosedParen":
        return _table(_PAREN, n)
    if fmt == "decimalEnclosedFullstop":
        return _table(_FULLSTOP, n)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    return str(n)


@dataclass(frozen=True)
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # 1-based level after which it restarts; 0 = never
    legal: bool = False
    suffix: str = "tab"


def _parse_level(lvl: Any) -> _Level:
    restart = _val(lvl, "lvlRestart")
    return _Level(
        start=_int(_val(lvl, "start"), 1),
        fmt=_val(lvl, "numFmt") or "decimal",
        text=(_val(lvl, "lvlText") or "")[:MAX_LABEL],
        restart=None if restart is None else _int(restart, 0),
        legal=lvl.find(W + "isLgl") is not None,
        suffix=_val(lvl, "suff") or "tab",
    )


@dataclass
class Numbering:
    """Numbering definitions of one document plus the running counters."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    num_abstract: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[int, _Level | int]] = field(default_factory=dict)
    style_numpr: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    style_parent: dict[str, str] = field(default_factory=dict)
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    started: set[tuple[str, int]] = field(default_factory=set)

    @classmethod
    def from_parts(cls, numbering_el: Any | None, styles_el: Any | None) -> Numbering:
        """Build from the numbering part's and styles part's root elements (either may be None)."""
        nb = cls()
        if styles_el is not None:
            for style in styles_el.iter(W + "style"):
                sid = style.get(W + "styleId")
                if sid is None:
                    continue
                parent = _val(style, "basedOn")
                if parent:
                    nb.style_parent[sid] = parent
                numpr = style.find(f"{W}pPr/{W}numPr")
                if numpr is not None:
                    ilvl = _val(numpr, "ilvl")
                    nb.style_numpr[sid] = (_val(numpr, "numId"), None if ilvl is None else _int(ilvl, 0))
        if numbering_el is None:
            return nb
        links: dict[str, str] = {}
        for absn in numbering_el.iter(W + "abstractNum"):
            aid = absn.get(W + "abstractNumId") or ""
            nb.abstract[aid] = {_int(lvl.get(W + "ilvl"), 0): _parse_level(lvl) for lvl in absn.iter(W + "lvl")}
            link = _val(absn, "numStyleLink")
            if link:
                links[aid] = link
        for num in numbering_el.iter(W + "num"):
            nid = num.get(W + "numId") or ""
            nb.num_abstract[nid] = _val(num, "abstractNumId") or ""
            over: dict[int, _Level | int] = {}
            for ov in num.iter(W + "lvlOverride"):
                level_index = _int(ov.get(W + "ilvl"), 0)
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    over[level_index] = _parse_level(lvl)
                start = _val(ov, "startOverride")
                if start is not None and lvl is None:
                    over[level_index] = _int(start, 1)
            if over:
                nb.overrides[nid] = over
        # An abstractNum that only links to a numbering style borrows that style's list.
        for aid, style in links.items():
            target_num = nb.style_numpr.get(style, (None, None))[0]
            target_abs = nb.num_abstract.get(target_num or "")
            if target_abs and target_abs != aid and nb.abstract.get(target_abs):
                nb.abstract[aid] = nb.abstract[target_abs]
        return nb

    def _style_numpr(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self.style_numpr:
                return self.style_numpr[style_id]
            style_id = self.style_parent.get(style_id)
        return None, None

    def label_for(self, p: Any) -> str:
        """Advance the counters for paragraph element ``p`` and return its label ("" if none)."""
        ppr = p.find(W + "pPr")
        num_id: str | None = None
        ilvl: int | None = None
        style_id = _val(ppr, "pStyle") if ppr is not None else None
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        if numpr is not None:
            num_id = _val(numpr, "numId")
            raw = _val(numpr, "ilvl")
            ilvl = None if raw is None else _int(raw, 0)
        if num_id is None or ilvl is None:
            s_num, s_ilvl = self._style_numpr(style_id)
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_ilvl
        if not num_id or num_id == "0" or num_id not in self.num_abstract:
            return ""
        ilvl = min(max(ilvl or 0, 0), _LEVELS - 1)
        return self._advance(num_id, ilvl)

    def _levels(self, num_id: str) -> dict[int, _Level]:
        levels = dict(self.abstract.get(self.num_abstract[num_id], {}))
        for ilvl, ov in self.overrides.get(num_id, {}).items():
            if isinstance(ov, _Level):
                levels[ilvl] = ov
        return levels

    def _advance(self, num_id: str, ilvl: int) -> str:
        levels = self._levels(num_id)
        level = levels.get(ilvl)
        if level is None:
            return ""
        # Instances with overrides count on their own; plain instances share the abstract list.
        key = f"n{num_id}" if num_id in self.overrides else f"a{self.num_abstract[num_id]}"
        counters = self.counters.setdefault(key, [None] * _LEVELS)
        start_over = self.overrides.get(num_id, {}).get(ilvl)
        if isinstance(start_over, int) and (num_id, ilvl) not in self.started:
            counters[ilvl] = None
            level_start = start_over
        else:
            level_start = level.start
        self.started.add((num_id, ilvl))
        current = counters[ilvl]
        counters[ilvl] = level_start if current is None else current + 1
        for deeper in range(ilvl + 1, _LEVELS):
            lv = levels.get(deeper)
            restart = lv.restart if lv is not None and lv.restart is not None else deeper
            if restart and ilvl < restart:
                counters[deeper] = None
        if level.fmt == "bullet":
            return ""  # bullets carry no number worth keeping in the text
        text = level.text
        for ref in range(_LEVELS, 0, -1):
            token = f"%{ref}"
            if token not in text:
                continue
            ref_level = levels.get(ref - 1, _Level())
            value = counters[ref - 1]
            if value is None:
                value = ref_level.start
            fmt = "decimal" if level.legal else ref_level.fmt
            text = text.replace(token, format_number(value, fmt))
        text = text[:MAX_LABEL]
        if not text:
            return ""
        if level.suffix == "nothing" or text[-1] in _CLOSING:
            return text
        return text + " "
