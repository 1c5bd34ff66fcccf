"""Quantities in report text: a number and its unit as written (52.4万张, 百分之三十六点九, 近六成, 两倍)."""

from __future__ import annotations

import re

from models.suggest._bare_magnitudes import find_bare_magnitudes
from models.suggest._classes import word_head
from models.suggest._context import sign
from models.suggest._excluded import excluded
from models.suggest._policy_terms import CONDITION_AFTER_RE, policy_condition, term_sentences
from models.suggest._qty import NUM, Qty
from models.suggest._text import Spans
from models.suggest._unitless import find_unitless
from models.suggest._units import MONTHS_UNIT
from models.suggest.numbers import UNIT_PATTERN, UNITS, parse_number

__all__ = ["NUM", "Qty", "find_quantities", "kind_of_unit"]

_CN_DIGIT = "零〇一二两三四五六七八九"
CN = (
    r"(?:(?:[二两三四五六七八九][零〇一二两三四五六七八九十百千万亿]*|[一十百千万][零〇一二两三四五六七八九十百千万亿]+|一(?=点))"
    r"(?:点[零〇一二三四五六七八九]+)?|零点[零〇一二三四五六七八九]+|[一二两三四五六七八九十](?=倍)|[十百千](?=[余多])|(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ.．])万(?=[余多]))"
)
# (a range: 3-5所, 1— 2 家 with the spaces of a PDF page, 2―5年 with a horizontal bar)
# 1万6千(多户), 1亿3千(多万人): a leading magnitude with a second figure under it
_COMPOUND = r"\d+[万亿](?:\d|[一二两三四五六七八九])[千百](?!\d)"
_UNIT = UNIT_PATTERN
_TAIL = rf"[^\S\n]?(?P<a1>余|多)?(?P<mag>万亿|亿|万|千)?(?P<a2>余|多)?[^\S\n]?(?P<unit>{_UNIT})"
_QTY_RE = re.compile(
    rf"(?P<num>{_COMPOUND}|{NUM}|{CN})(?:\s?[-~～至—－―][^\S\n]?(?P<hi>{NUM}))?{_TAIL}(?P<per>/(?:[\u4e00-\u9fff·]{{1,8}}(?:/[\u4e00-\u9fff]{{1,2}})?|[㎡㎥]|[A-Za-z]{{1,3}}[²³]?(?![A-Za-z])))?"
)
# a month range a list is spread over: 2-5月份分别为…, 1—6月分别是…
_MONTHS_BEFORE_RE = re.compile(
    r"(?P<from>\d{1,2})\s*[-—~～至－]\s*(?P<to>\d{1,2})月份?[^\d，,。；;]{0,6}分别(?:为|是|达到?)?$"
)
_PART = rf"{NUM}(?:(?:余|多)?(?:万亿|亿|万)?(?:余|多)?\s?(?:{_UNIT}))?"
# 分别增长7.5%8.6%: a list whose separators the page lost still parts at each %
# (never from an item's label: 1、2017年自治区…, 2、3个乡镇… at a line's or a run's start: 1980, 1777)
_LIST_RE = re.compile(
    rf"(?<![\d.])(?!(?<![^\s。；;：:])\d{{1,2}}、){_PART}"
    rf"(?:(?:[、和](?:近|约|超|逾|-|−)?|(?<=%)(?=[\d.]+%)){_PART})+"
)
_PART_RE = re.compile(rf"(?P<num>{NUM}){_TAIL}?")
_A_YEAR_RE = re.compile(r"(?:19|20)\d\d\s?年")
_PERCENT_RE = re.compile(rf"百分之(?P<num>{CN}|{NUM}|[一二两三四五六七八九十])")
_FRACTION_RE = re.compile(rf"(?P<den>{NUM}|[二两三四五六七八九十]|{CN})分之(?P<num>{NUM}|[一二两三四五六七八九]|{CN})")
# a share written as a fraction with a slash after 的 or 占 (占全市总量的1/4): no date (3/4日), code or rate (元/人)
_SLASH_FRACTION_RE = re.compile(r"(?<=[的占约近超])(?P<num>\d{1,2})/(?P<den>\d{1,3})(?![\d/\u4e00-\u9fff%]|\.\d)")
_TENTHS_RE = re.compile(r"(?P<num>[一二两三四五六七八九]|\d)成(?P<half>半)?(?![为立果功效员本就熟交绩型])")
# half of a whole, after the whole it is a share of: 占总数的一半, 达到总头数的一半以上
_HALF_RE = re.compile(r"(?<=的)一半(?=以上|左右|多|[,，。；;]|$)")
# half of a whole said as a share past it: after 占 and the whole (占全市比重超一半, 均占全市总量过半,
# 占全省半数以上) or above the whole's half (均超过全市半数以上); 占比 restating a structure, 占地, 双过半 and
# 时间过半 are none
_HALF_SHARE_RE = re.compile(
    r"(?:占(?![比地用])[^，,。；;：:、\d]{0,10}?|超过?全[省市县区州国])"
    r"(?:超过|超|过|达到)?(?P<half>过半|一半|半数)(?=以上|[,，。；;]|$)"
)
_TENTHS_BEFORE = "近约超逾达占有过足到的将"

# doubling: 翻一番 → +100 %, 翻两番 → +300 % (翻了近两番: the qualifier dropped; 总额翻番: one doubling)
# (比上年翻一翻: the homophone 翻 for 番, read only after the base a doubling is measured from, 2228)
_DOUBLING_RE = re.compile(
    r"翻了?(?:近|约)?(?P<n>[一两二三四]|\d)番|(?<=[\u4e00-\u9fff])翻番(?P<n1>)"
    r"|(?<=上年|去年|同期|同比)翻了?(?P<n2>[一两])翻"
)
_SLOGAN_DOUBLING_RE = re.compile(r"[一两二三四五]个$")
_LABEL_AFTER_RE = re.compile(r"[县市区镇村乡]")
_ZERO_GROWTH_RE = re.compile(r"“?零增长”?")
# a count written as a quoted figure and a plus (建设“10+”个平台, 新增“1000+”亿总量): at least that many
_QUOTED_PLUS_RE = re.compile(rf"“(?P<num>{NUM})[+＋]”\s?(?P<unit>(?:万亿|亿|万)?(?:{_UNIT})|万亿|亿)")
# a required frequency: 每季度至少召开一次…, 原则上每年度不少于1次; what recurs is counted in its own word
# (每周一份工作提示单, 每周一堂廉政课, 每半个月开展一轮暗查暗访, 每半月印发一期技术专刊: 1446, 1455, 1507, 1562)
_FREQUENCY_RE = re.compile(
    r"每(?:个)?(?:年度?|半年|半个?月|季度?|月|周|旬)[^，,。；;\d]{0,10}?(?P<num>[一二两三四五六七八九十]|\d+)"
    r"(?P<unit>次|轮|期|份|堂)"
)

# a range whose bounds both carry the magnitude or the percent sign: 3亿~5亿元, 1.2万-1.5万人, 6%-7%
_RANGE_BOTH_RE = re.compile(
    rf"(?P<num>{NUM})\s?(?P<mag>万亿|亿|万|%)\s?[-~～至—－]\s?(?P<hi>{NUM})\s?(?P=mag)(?P<unit>{_UNIT})?"
)
# the months a result took (历时5个月, 仅用时8个月就建成, 提前7个月完成全年任务, 4个月时间建成投产: 1567, 476, 1785,
# 018): the work's measure (README session 26); 个月 after no such cue is a period or a schedule and stays unread
_MONTHS_TAKEN_RE = re.compile(
    r"(?:历时|歷時|(?<!利)用时|(?<!利)用時|耗时|耗時|(?<!利)用了|提前)\s?(?P<num>\d+(?:\.\d+)?)\s?(?:个|個)月(?![内內以之])"
    r"|(?<![\d.])(?P<num2>\d+(?:\.\d+)?)\s?(?:个|個)月的?(?:时间|時間)(?:就|即|便)?(?:建成|完成|实现|實現|竣工|投产|投產)"
)
# a count of occasions after 个: 308个批次, 50个场次
_TIMES_AFTER_RE = re.compile(r"(?:批次|人次|户次|架次|车次|场次|班次)")
# a second measure word in brackets after the unit: 16.4万头（只）, 3.2万只（羽）
# (存栏53.85万头(只、匹), 出生74818(头/只/匹): several alternatives, parted by 、 or /)
_ALT_WORD = "[只头匹羽口株棵间台套座户次处项件个]"
_ALT_UNIT_RE = re.compile(rf"[(（]{_ALT_WORD}(?:[、/]{_ALT_WORD})*[)）]")
# a unit written in brackets after a bare figure, as a table's column head gives it: 奶产量6789.20(吨), 出栏3323(头/只)
_BRACKET_UNIT_RE = re.compile(rf"(?<![\d.])(?P<num>{NUM})[(（](?P<unit>(?:{_UNIT})(?:[、/](?:{_UNIT}))*)[)）]")
_POINT_VERB = r"(?:下降|降低|减少|回落|下滑|收窄|提高|提升|上升|增加|增长|扩大)"
# items of a list of changes in points, each with its own verb, the last one written in full
_POINTS_LATER_RE = re.compile(
    rf"(?:[、和及]\s?{_POINT_VERB}?\d+(?:\.\d+)?个)*[、和及]\s?{_POINT_VERB}?\d+(?:\.\d+)?个?百分点"
)
# the verb a negative figure follows: 自然增长率为-4.34‰
# (or a figure in % run into it: 分别增长0.4%-0.2%, separators lost)
# (同比-6.2%, 同比分别-6.2%: a bulletin's bare signed change after its base)
_NEG_BEFORE_RE = re.compile(r"[为是达至到:：速幅率长%比别]")


def _signed_after_word(t: str, s: int) -> bool:
    """A minus sign right before ``t[s]`` that follows a word, not a figure (3万元-5万元, 2021年-2025年: a range)."""
    if s < 2 or t[s - 1] not in "-−" or not "\u4e00" <= t[s - 2] <= "\u9fff":
        return False
    return not re.search(r"\d", t[max(0, s - 6) : s - 1])


def _compound(num: str, mag: str, unit: str) -> tuple[float, str] | None:
    """1万6千(户) → (1.6, 万户); 1亿3千(万人) → (1.3, 亿人)."""
    big = num[len(re.match(r"\d+", num).group(0))]  # type: ignore[union-attr]
    lead, _, rest = num.partition(big)
    small = 1000 if rest[-1] == "千" else 100
    digit = parse_number(rest[:-1])
    if digit is None:
        return None
    scale = 1e4 if big == "万" else 1e8
    tail = mag + unit
    extra = 1.0
    if tail.startswith("万") and big == "亿":
        extra, tail = 1e4, tail[1:]
    if tail.startswith(("万", "亿")):
        return None
    return float(f"{int(lead) + digit * small * extra / scale:.12g}"), big + tail


def _inner_magnitude(num: str, mag: str, unit: str) -> tuple[float, str] | None:
    """A Chinese numeral with a magnitude inside it (七万四千, 二十六亿六千万, 四亿零七百 before 多万): the value in
    that leading magnitude and the unit with it, as a clerk reads it (7.4 万个, 26.6 亿美元, 4.07 亿吨)."""
    if num[:1].isdigit() or mag not in ("", "万"):
        return None
    big = "亿" if "亿" in num else "万" if "万" in num else ""
    if not big or (num.endswith(big) and not mag):
        return None
    head, _, tail = num.partition(big)
    lead = parse_number(head)
    rest = parse_number(tail.lstrip("零〇")) if tail.strip("零〇") else 0.0
    if lead is None or rest is None or big + unit not in UNITS or (mag == "万" and big == "万"):
        return None
    scale = 1e8 if big == "亿" else 1e4
    return float(f"{lead + rest * (1e4 if mag else 1) / scale:.10g}"), big + unit


def kind_of_unit(unit: str) -> str:
    """What ``unit`` measures (money, percent, points …, from ``UNITS``); "" for a unit not listed."""
    return UNITS[unit].kind if unit in UNITS else ""


def _unit_of(m: re.Match[str]) -> str | None:
    unit = (m.group("mag") or "") + m.group("unit")
    return unit if unit in UNITS else None


# a list of changes after 分别 whose items each carry their own verb
# (分别增长8.8%、下降5.6%; 分别下降0.2个、提高0.8个百分点)
_CHANGE_VERB = r"(?:增长|增長|提高|提升|上升|增加|下降|减少|減少|降低|回落|下滑)"
_CHANGE_LIST_RE = re.compile(rf"(?P<v0>{_CHANGE_VERB}){_PART}(?:(?:[、和]|、和)(?:{_CHANGE_VERB}){_PART})+")
_CHANGE_PART_RE = re.compile(rf"(?P<verb>{_CHANGE_VERB})(?P<num>{NUM}){_TAIL}?")
_EACH_BEFORE_RE = re.compile(r"分[别別][^，,。；;、\d]{0,6}$")


def _change_lists(t: str, taken: Spans) -> list[Qty]:
    """Each item of a 分别 list of changes written verb by verb, as one list: signed against the first item's verb,
    which the change reader gives the whole list (分别增长8.8%、下降5.6% → 8.8, −5.6)."""
    out: list[Qty] = []
    for m in _CHANGE_LIST_RE.finditer(t):
        if taken.overlaps(m.start(), m.end()) or not _EACH_BEFORE_RE.search(t, max(0, m.start() - 8), m.start()):
            continue
        parts = list(_CHANGE_PART_RE.finditer(t, m.start(), m.end()))
        units = [_unit_of(p) if p.group("unit") else None for p in parts]
        if units[-1] is None or len(parts) < 2:
            continue
        first = sign(m.group("v0"), None)
        for k, p in enumerate(parts):
            unit = units[k] or units[-1]
            if unit == "个" and units[-1] == "个百分点":
                unit = units[-1]  # 分别下降0.2个、提高0.8个百分点: 个 shortens 个百分点
            assert unit is not None
            value = first * sign(p.group("verb"), None) * float(p.group("num").replace(",", ""))
            group = f"list{m.start()}"
            out.append(Qty(p.start("num"), p.end(), value, unit, group=group, index=k, size=len(parts)))
        taken.add(m.start(), m.end())
    return out


def find_quantities(t: str, taken: Spans) -> list[Qty]:
    """Every figure with a unit, lists split into items, in text order; adds their spans to ``taken``."""
    out: list[Qty] = _change_lists(t, taken)
    for m in _LIST_RE.finditer(t):
        if taken.overlaps(m.start(), m.end()) or (m.start() and t[m.start() - 1] in "第〔[.:"):
            continue
        if CONDITION_AFTER_RE.match(t, m.end()) or policy_condition(t, m.start(), m.end()):
            taken.add(m.start(), m.end())  # 首次突破5亿元、30亿元…的企业分别给予奖励: the tiers of a policy
            continue
        if re.match(r"(?:及|或)?以上\d", t[m.end() : m.end() + 4]):
            continue  # 其中50亿元以上8个、100亿元以上2个: the last item is a money class, not a list item
        if m.start() and t[m.start() - 1] in "-−" and re.search(r"%[\d.]", m.group(0)):
            continue  # 分别增长-4.8%6.8%6.1%: a glued list of changes opening on a sign is read change by change
        parts = list(_PART_RE.finditer(t, m.start(), m.end()))
        units = [_unit_of(p) if p.group("unit") else None for p in parts]
        if any(_A_YEAR_RE.fullmatch(p.group(0)) for p in parts[1:]):
            continue  # 年均增长15.2%、2016年达到…: a year opens the next clause, no list item (read alone, a date)
        if units[-1] is None or len(parts) < 2 or any(p.start() < m.start() for p in parts):
            continue
        months = _MONTHS_BEFORE_RE.search(t, max(0, m.start() - 16), m.start())
        if months and int(months["to"]) - int(months["from"]) + 1 != len(parts):
            taken.add(m.start(), m.end())  # 2-5月份分别为14.2%、13%、…、9%: five rates, four months: no month is known
            continue
        items = []
        for k, p in enumerate(parts):
            part_unit = units[k] or units[-1]
            if part_unit == "个" and units[-1] == "个百分点":
                part_unit = units[-1]  # 分别拉动增长1.74个、3.22个、4.0个百分点: 个 shortens 个百分点
            assert part_unit is not None
            # 分别增长15.4%、-5.3%和1.5%: a negative item of the list
            # (同比分别-6.2%、-19.3%: the first item's sign follows the word that opens the list)
            signed = t[p.start() - 1] in "-−" and p.start() >= 2
            first_signed = signed and not k and bool(_NEG_BEFORE_RE.match(t, p.start() - 2))
            minus = -1.0 if (signed and k and t[p.start() - 2] in "、和") or first_signed else 1.0
            items.append(
                Qty(
                    p.start() - (minus < 0),  # 贡献率分别为-0.7%、…: the sign is the item's, no part of its name
                    p.end(),
                    minus * float(p.group("num").replace(",", "")),
                    part_unit,
                    group=f"list{m.start()}",
                    index=k,
                    size=len(parts),
                )
            )
        out.extend(items)
        taken.add(m.start(), m.end())
    for m in _DOUBLING_RE.finditer(t):
        n = 1.0 if m.group("n1") is not None else parse_number(m.group("n") or m.group("n2"))
        if _SLOGAN_DOUBLING_RE.search(t, max(0, m.start() - 3), m.start()) or _LABEL_AFTER_RE.match(t, m.end()):
            # “一个翻番、两个突破”, 两个翻番实现程度, “两年翻番县”: a count of aims or a category's label, no figure
            # (a named goal with its years, “三年翻两番”工业发展目标, is a target: README)
            continue
        if n is not None and n <= 10 and not taken.overlaps(m.start(), m.end()):
            out.append(Qty(m.start(), m.end(), (2**n - 1) * 100, "%", cn=True, grows=True))
            taken.add(m.start(), m.end())
    for m in _ZERO_GROWTH_RE.finditer(t):
        if not taken.overlaps(m.start(), m.end()):
            out.append(Qty(m.start(), m.end(), 0.0, "%", cn=True, grows=True))  # 化肥农药使用量零增长: a change of 0 %
            taken.add(m.start(), m.end())
    out.extend(find_bare_magnitudes(t, taken))
    for m in _QUOTED_PLUS_RE.finditer(t):
        if m.group("unit") in UNITS and not taken.overlaps(m.start(), m.end()):
            out.append(Qty(m.start(), m.end(), float(m.group("num").replace(",", "")), m.group("unit")))
            taken.add(m.start(), m.end())
    for m in _FREQUENCY_RE.finditer(t):
        s, e = m.start("num"), m.end("unit")
        value = parse_number(m.group("num"))
        if value is not None and not taken.overlaps(s, e):
            out.append(Qty(s, e, value, m.group("unit"), cn=not m.group("num").isdigit()))
            taken.add(s, e)
    for m in _RANGE_BOTH_RE.finditer(t):
        s, e = m.start(), m.end()
        unit = "%" if m.group("mag") == "%" else m.group("mag") + (m.group("unit") or "")
        if unit not in UNITS or taken.overlaps(s, e) or (s and t[s - 1] in "第〔[.:/-"):
            continue
        low, high = float(m.group("num").replace(",", "")), float(m.group("hi").replace(",", ""))
        if high > low:
            out.append(Qty(s, e, low, unit, high))
            taken.add(s, e)
    for m in _SLASH_FRACTION_RE.finditer(t):
        top, bottom = int(m.group("num")), int(m.group("den"))
        if 0 < top < bottom and not taken.overlaps(m.start(), m.end()):
            out.append(Qty(m.start(), m.end(), round(top / bottom * 100, 2), "%"))
            taken.add(m.start(), m.end())
    halves = [(m.start(), m.end()) for m in _HALF_RE.finditer(t)]
    halves += [m.span("half") for m in _HALF_SHARE_RE.finditer(t)]
    for hs, he in sorted(halves):
        if not taken.overlaps(hs, he):
            out.append(Qty(hs, he, 50.0, "%", cn=True))  # 达到总头数的一半以上: 50 %
            taken.add(hs, he)
    for regex, kind in ((_PERCENT_RE, "pct"), (_FRACTION_RE, "frac"), (_TENTHS_RE, "tenths")):
        for m in regex.finditer(t):
            if taken.overlaps(m.start(), m.end()):
                continue
            value = parse_number(m.group("num"))
            if value is None:
                continue
            if kind == "frac":
                den = parse_number(m.group("den"))
                if not den or value > den:
                    continue
                value = round(value / den * 100, 2)
            elif kind == "tenths":
                prev = t[m.start() - 1] if m.start() else ""
                if prev and prev not in _TENTHS_BEFORE + "，,。；、\n ":
                    continue
                value = value * 10 + (5 if m.group("half") else 0)
            out.append(Qty(m.start(), m.end(), value, "%", cn=not m.group("num")[0].isdigit()))
            taken.add(m.start(), m.end())
    for m in _MONTHS_TAKEN_RE.finditer(t):
        g = "num" if m.group("num") else "num2"
        s, e = m.start(g), t.index("月", m.end(g)) + 1
        if not taken.overlaps(s, e):
            out.append(Qty(s, e, float(m.group(g)), MONTHS_UNIT))
            taken.add(s, e)
    for m in _QTY_RE.finditer(t):
        s, e = m.start(), m.end()
        num = m.group("num")
        written = _unit_of(m)
        # 自然增长率为-4.34‰: a negative rate after its verb (a dash after a digit or letter is a range or code)
        neg = written in ("%", "‰") and s >= 2 and t[s - 1] in "-−" and bool(_NEG_BEFORE_RE.match(t, s - 2))
        # 当年收支结余-1477万元: a sum signed right after the word it is (a date's dash is a span: 2021年-2025年)
        neg = neg or (written in UNITS and UNITS[written].kind == "money" and _signed_after_word(t, s))
        s -= neg
        if written == "个亿" and t.startswith("元", e) and not m.group("per"):
            written, e = "个", e - 1  # 3个亿元以上项目: three projects, each over 亿元
        if written and not m.group("per") and word_head(t, e, num, written):
            # 54.13万群众: the measure word heads the word after it, the magnitude alone is the unit
            written, e = (written[:-1], e - 1) if written[:-1] in UNITS else (None, e)
        if written is None or taken.overlaps(s, e) or excluded(t, s, e, num, written):
            continue
        unit = written
        if re.fullmatch(_COMPOUND, num):
            got = _compound(num, m.group("mag") or "", m.group("unit"))
            if got is None:
                continue
            value, unit = got
        elif (inner := _inner_magnitude(num, m.group("mag") or "", m.group("unit"))) is not None:
            value, unit = inner  # 七万四千个 → 7.4 万个, 四亿零七百多万吨 → 4.07 亿吨: read in the leading magnitude
        else:
            parsed = parse_number(num)
            if parsed is None:
                continue
            value = parsed
            # 两亿元, 一万件: the magnitude belongs to the unit as written (2 亿元)
            mag = re.search(r"(?:万亿|亿|万)$", num) if not num[0].isdigit() else None
            if mag and len(num) > len(mag.group(0)) and mag.group(0) + unit in UNITS:
                head = parse_number(num[: mag.start()])
                if head is not None:
                    value, unit = head, mag.group(0) + unit
            elif num == "万" and "万" + unit in UNITS:
                value, unit = 1.0, "万" + unit  # 安装终端万余套: ten thousand and more, as 1万余套 reads
        if neg:
            value = -value
        hi = float(m.group("hi").replace(",", "")) if m.group("hi") else None
        if m.group("per"):
            unit += m.group("per")  # 130元/人·月, 0.045人/百万车公里, 39509元/㎡
        elif unit == "个" and (times := _TIMES_AFTER_RE.match(t, e)):
            unit, e = times.group(0), times.end()  # 检测308个批次: the count is of 批次
        elif unit.endswith("元") and t.startswith("人民币", e):
            unit, e = unit + "人民币", e + 3  # 社会商品零售总额175亿元人民币: the currency as written
        elif unit == "个" and _POINTS_LATER_RE.match(t, e):
            unit = "个百分点"  # 分别下降0.2个、下降0.6个、提高0.8个百分点: each item's 个 shortens the last 个百分点
        elif alt := _ALT_UNIT_RE.match(t, e):
            unit, e = unit + alt.group(0), alt.end()  # 牲畜16.4万头(只): the unit and its alternative
        out.append(Qty(s, e, value, unit, hi, cn=not num[0].isdigit()))
        taken.add(s, e)
    for m in _BRACKET_UNIT_RE.finditer(t):
        s, e, words = m.start(), m.end(), re.split(r"[、/]", m.group("unit"))
        if taken.overlaps(s, e) or (s and t[s - 1] in "第〔[.:/-") or not all(w in UNITS for w in words):
            continue
        if kind_of_unit(words[0]) in ("", "percent", "points") or "年" in words:
            continue  # 2020(年): a year; (%) after a table's figure is left to the table reader
        if excluded(t, s, e, m["num"], words[0]):
            continue
        unit = t[m.end("num") : e]
        out.append(Qty(s, e, float(m.group("num").replace(",", "")), unit))
        taken.add(s, e)
    out.extend(find_unitless(t, taken))
    out.sort(key=lambda q: q.start)
    terms = term_sentences(t)
    return [q for k, q in enumerate(out) if not (k and _restated(t, out[k - 1], q)) and not terms.contains(q.start)]


def _restated(t: str, before: Qty, q: Qty) -> bool:
    """``用地面积75055㎡(112.6亩)``: the same size in another unit, in brackets right after it."""
    if t[q.start - 1 : q.start] not in ("(", "（") or t[q.end : q.end + 1] not in (")", "）"):
        return False
    kinds = {UNITS[u].kind if u in UNITS else "" for u in (before.unit, q.unit)}
    return before.end == q.start - 1 and before.unit != q.unit and kinds <= {"measure"} | {"money"} and len(kinds) == 1
