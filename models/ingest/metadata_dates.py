"""Reading dates in the forms reports and their web pages use, as ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "0": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGIT.update({"六": 6, "七": 7, "八": 8, "九": 9})
_CN = "〇○零Ｏ一二三四五六七八九十"

# (a page's stamp may drop the day's 日 before its clock time, 2013年03月01 09:22:37 来源:民权网, 2337: a template
# printing Y年m月d H:i:s; never without the clock, where 3月1 may open a count, 3月1日 and 3月10 alike)
_NUMERIC = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|(?=\s+\d{1,2}:\d\d))"
    r"|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))"
)
# 二0一0年九月二十六日: a typed zero among the numerals (at least one numeral word in the year)
_CHINESE = re.compile(
    rf"((?=[{_CN}O0]{{0,3}}[{_CN}])[{_CN}O0]{{4}})\s*年\s*([{_CN}]{{1,3}})\s*月\s*([{_CN}]{{1,3}})\s*日"
)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _cn_number(s: str) -> int | None:
    """十二 -> 12, 三十一 -> 31, 二十 -> 20, 十 -> 10, 五 -> 5."""
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = _CN_DIGIT.get(tens, -1) if tens else 1
        o = _CN_DIGIT.get(ones, -1) if ones else 0
        return None if t < 0 or o < 0 else t * 10 + o
    if len(s) == 1 and s in _CN_DIGIT:
        return _CN_DIGIT[s]
    return None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """All full dates in ``text`` as ``(start, end, iso)``, in order."""
    t = text.translate(_FULLWIDTH_DIGITS)
    found: list[tuple[int, int, str]] = []
    for m in _NUMERIC.finditer(t):
        month = m.group(2) or m.group(4)
        day = m.group(3) or m.group(5)
        iso = _valid(int(m.group(1)), int(month), int(day))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in _CHINESE.finditer(t):
        digits = [_CN_DIGIT.get(c, -1) for c in m.group(1)]
        month, day = _cn_number(m.group(2)), _cn_number(m.group(3))
        if min(digits) < 0 or month is None or day is None:
            continue
        iso = _valid(int("".join(map(str, digits))), month, day)
        if iso:
            found.append((m.start(), m.end(), iso))
    return sorted(found)


def parse_date(text: str) -> str | None:
    """The first full date in ``text`` as ``YYYY-MM-DD``, or None.

    Reads ``2020年12月24日 11:48:45``, ``2021-01-18 15:00``, ``2020.12.24``,
    ``2020/12/24``, full-width digits and ``二〇二〇年十二月三十一日``.
    """
    found = find_dates(text)
    return found[0][2] if found else None


def is_date_line(line: str) -> bool:
    """True when a line is nothing but one date (a signature date line)."""
    s = line.strip()
    found = find_dates(s)
    if len(found) != 1:
        return False
    start, end, _ = found[0]
    rest = (s[:start] + s[end:]).strip(" \u3000")
    # a time, or a newspaper issue's weekday (2023年12月22日 星期五, cut to 星期)
    return rest == "" or bool(re.fullmatch(r"[\d:：\s]*|(?:星期|周)[一二三四五六日天]?", rest))


_YEAR_RUN_ON = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\d{1,2}\s*月\s*\d{1,2}\s*日)")
# a signature's or masthead's date line whose closing 日 was lost (寿县人民政府督查室  2022年8月19)
_DAY_LOST = re.compile(
    r"^((?:[\u4e00-\u9fff（）()]{2,30}(?:室|局|委|办|厅|府|会|处|中心|公司)\s+)?)((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2})$"
)
# (its bracket and 日 may survive: 202271日), a portal that dropped the font's 年 and 月, 1508; 202091, 1495)
_DIGITS_ONLY = re.compile(r"^[(（]?((?:19|20)\d\d)(\d{2,4})(日?)[)）]?$")


def digit_date_readings(line: str) -> set[str]:
    """The calendar dates a line of digits alone may stand for (``2019114``: 2019-01-14 and 2019-11-04; ``2024327``:
    2024-03-27 only); none for ``202012``, a year and its month as much as a lost-marks day (2020年1月2日)."""
    m = _DIGITS_ONLY.match(line.strip())
    if m is None:
        return set()
    year, rest = int(m.group(1)), m.group(2)
    if len(rest) == 2 and not m.group(3) and 1 <= int(rest) <= 12:
        return set()
    readings = set()
    for cut in (1, 2):
        month, day = rest[:cut], rest[cut:]
        if not 1 <= len(day) <= 2 or any(len(part) == 1 and part == "0" for part in (month, day)):
            continue
        if (month.startswith("0") and len(month) == 1) or (day.startswith("0") and len(day) == 1):
            continue
        if (iso := _valid(year, int(month), int(day))) is not None:
            readings.add(iso)
    return readings


def repair_date_text(line: str) -> str:
    """A date that lost its 年 or all its words, written back in full where it reads only one way.

    ``20211月12日`` (the 年 dropped) -> ``2021年1月12日``; a date line whose 日 was lost, alone or after its office
    (``2021年2月22``) -> ``2021年2月22日``; a line of digits alone such as ``2024327``
    (a signature date whose 年月日 were images) -> ``2024年3月27日`` when exactly one split into a valid
    month and day exists (``2024112`` could be 1-12 or 11-2: left as it is), its bracket and 日 kept or not
    (``202271日)`` -> ``2022年7月1日``; ``202091`` -> ``2020年9月1日``, but ``202012`` may be a year and month).
    """
    s = line.strip()
    if _DIGITS_ONLY.match(s):
        readings = digit_date_readings(s)
        if len(readings) == 1:
            iso = readings.pop()
            return f"{iso[:4]}年{int(iso[5:7])}月{int(iso[8:])}日"
        return line
    if (lost := _DAY_LOST.match(s)) is not None:
        return f"{lost.group(1)}{lost.group(2)}日"  # 2021年2月22 alone, or after its office: only the 日 was lost
    return _YEAR_RUN_ON.sub(r"\1年", line)


# (2011221在某县第十届人民代表大会…: the 日 lost too, read only before the session it was delivered to)
_LOST_MARKS = re.compile(
    r"^(?:[-—－–]{1,4}|[(（])?\s*((?:19|20)\d\d)\s*(\d[\d\s]{0,4}?)\s*(?:日\s*在|在(?=[^。，,]{2,40}?(?:会议|大会)))"
)
# ——在20201223日…会议上: the 在 written before the date
_LOST_MARKS_AFTER_ZAI = re.compile(r"^(?:[-—－–]{1,4}|[(（])?\s*在\s*((?:19|20)\d\d)\s*(\d[\d\s]{0,4}?)\s*日")


def lost_marks_date(line: str, not_after: str | None = None, reviewed: frozenset[int] = frozenset()) -> str | None:
    """A delivery line whose 年 and 月 the page lost (``——2018724日在…``, ``——2020 1 7 日在…``, ``——在20201223日…``):
    the date when only one reading of the digits is a real month and day (on or before ``not_after``, the
    page's date, when given: a page is not posted before the speech; in the year's first half when the report
    reviews the year before, ``reviewed``: a session late in a year reviews that year, 1897 ``——2014114日`` under
    ``2013年工作回顾`` is 01-14, never 11-04)."""
    m = _LOST_MARKS.match(line.strip()) or _LOST_MARKS_AFTER_ZAI.match(line.strip())
    if m is None:
        return None
    year, rest = m.group(1), m.group(2).strip()
    if len(parts := rest.split()) == 2:
        splits = [(parts[0], parts[1])]
    else:
        digits = rest.replace(" ", "")
        splits = [(digits[:k], digits[k:]) for k in range(1, len(digits))]
    valid = [(int(a), int(b)) for a, b in splits if 1 <= int(a) <= 12 and 1 <= int(b) <= 31 and len(b) <= 2]
    readings = [found[0][2] for a, b in valid if (found := find_dates(f"{year}年{a}月{b}日"))]
    if not_after is not None:
        readings = [iso for iso in readings if iso <= not_after]
    if int(year) - 1 in reviewed:
        readings = [iso for iso in readings if int(iso[5:7]) <= 6]
    return readings[0] if len(readings) == 1 else None


# the year a report says it reviews (一、2013年工作回顾, 刚刚过去的2013年, 过去的2004年)
_REVIEWED_YEAR = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:的)?\s*(?:工作)?回顾|过去的\s*((?:19|20)\d\d)\s*年")


def reviewed_years(lines: list[str]) -> frozenset[int]:
    """The years the report's text says it reviews (``一、2013年工作回顾``, ``刚刚过去的2013年``)."""
    return frozenset(int(m[1] or m[2]) for line in lines for m in _REVIEWED_YEAR.finditer(line))


# a cover's or bulletin's own date line with the month only (2015年4月, (二〇二二年四月)): the document dates itself
MONTH_ONLY_LINE = re.compile(
    r"[(（]?(?:(?:19|20)\d\d|[〇○零一二][〇○零一二三四五六七八九]{3})\s*年\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月[)）]?"
)

DATE_AND_SPEAKER = re.compile(
    r"^([(（]\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s+[\u4e00-\u9fff]{2,4}\s*([)）])$"
)

# a page's masthead date with its weekday (天津市静海区人民政府 2019年12月3日星期二, 今天是:2024年05月17日 星期五)
WEEKDAY_DATE = re.compile(r"\d{1,2}\s*日\s*(?:星期|礼拜)[一二三四五六日天]?")
