"""Figures written without a unit: an index or score, a coefficient, a nought, and a level or change whose unit or
% sign the page lost (read as such only where the text's own shape says so)."""

from __future__ import annotations

import re

from models.suggest._qty import NUM, Qty
from models.suggest._text import Spans
from models.suggest._units import SCORE_UNIT, UNIT_PATTERN

_UNIT = UNIT_PATTERN
# an index or score written without a unit: 健康浙江发展指数达85, 居民消费价格指数101.5, 综合得分92.3
_INDEX_RE = re.compile(
    rf"(?:指数|得分|评分|分值|性别比)(?:[(（][^()（）]{{0,30}}[)）])?(?:为|达到?|是|保持在|稳定在|提高到|提升至|升至)?(?:约|近)?(?P<num>{NUM})"
    rf"(?:(?P<pt>分)(?!钟)|(?![\d.%‰]|\s?(?:[万亿千百]|{_UNIT})))"
)
# a coefficient or a ratio is a pure number, its figure written bare (1799 恩格尔系数为.52 with the 0 lost,
# 1819 城乡收入比降至1.79, 369 收入比为2.026, 160 比率约为1.56): the value, unit none
# (收入比70元, 收入比2010年: a comparison, a unit after)
_COEFFICIENT_RE = re.compile(
    r"(?:系数|收入比|比率|倍差)(?:为|是|达到?|降至|降为|降到|缩小至|缩小到|缩小为|下降到|下降至|下降为|保持在|稳定在|控制在)?"
    rf"(?:约为?|近)?\s?(?P<num>{NUM}|\.\d+)(?![\d.%‰∶:：]|\s?(?:[万亿千百倍]|{_UNIT}))"
)
# a quantity stated as nought at its clause's end (依申请办理事项为零, 零就业家庭保持动态为零, 森林火灾发生率为0, 劣Ⅴ类
# 水体比例为0: 1375, 084, 1166, 1300): a level of 0, no unit (关税为零的…商品, 为零工人员: a class, a word)
_NOUGHT_RE = re.compile(r"(?<=[\u4e00-\u9fff])为(?P<num>零|0)(?=[,，。；;]|$)")
_ZERO_FIGURE_RE = re.compile(r"(?<![\d.])0\s?[\u4e00-\u9fff]")
# a level whose unit the text dropped, its change against last year right after it (统计公报: 在校学生17884,比上年
# 增长706人; 常住人口766579,比上年末增加2028人; 零售总额完成71642,比去年同期增长23.7%): the level is read, unit none
_UNITLESS_LEVEL_RE = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?<![第约近超])(?P<num>{NUM})(?=[,，]\s*(?:同比|(?:比|较)(?:上年|去年)(?:同期|末|底)?)"
    r"(?:增长|增加|下降|减少|提高|降低|上升)了?\d)"
)
# a change whose percent sign a doc store lost, at its clause's end (粮食产量达到 53.85 亿斤,比上年增长12.5;
# 同比增长14。): the change is read, unit none (966, and a county speech's copy with every % gone)
_UNITLESS_CHANGE_RE = re.compile(
    rf"(?:同比|(?:比|较)(?:上年|去年)(?:同期)?|(?<=[,，])(?P<bare>(?:分别)?))(?:实际)?(?:增长|下降)\s?(?P<num>{NUM})"
    rf"(?:\s?[和、]\s?(?P<num2>{NUM}))?\s?(?=[,，。；;]|$)"  # 分别比上年增长 21 和 9.4: one change per level before
)
# …or right after the level it changes, with no base said (一般公共预算收入353亿元,增长8.8; 城镇…40510元,农村…19394元,
# 分别增长8.7、10.5: 1816, 1649, as 同比增长7.2 in the same copies): a level in a unit of words, then the bare change
_LEVEL_BEFORE_BARE_RE = re.compile(r"\d\s?(?:万亿|亿|万|千)?[\u4e00-\u9fff]{1,3}[,，]$")
# a page that lost every percent sign (1649, 1816: 城镇登记失业率1.91; 公司制企业增长116): a rate's bare level, or a
# bare change after its verb, at its clause's end is read in the % the page dropped
_LOST_PERCENT_RE = re.compile(
    rf"(?:(?:(?<=率)|(?<=[涨增降]幅)|(?<=增速))(?:为|是|达到?|控制在|保持在|稳定在)?|(?<=[\u4e00-\u9fff])(?:增长|下降))"
    rf"\s?(?P<num>{NUM})\s?(?=[,，。；;]|$)"
)
# the change of a score in its points, right after it: 得分为94.1分,较2021年提升1.23分
_SCORE_CHANGE_RE = re.compile(
    rf"[,，]?(?:比|较)[^\d,，。；;]{{0,8}}(?:\d{{4}}年)?(?:同期)?(?:提升|提高|增加|上升|下降|降低|减少)了?(?P<num>{NUM})分(?!钟)"
)


def find_unitless(t: str, taken: Spans) -> list[Qty]:
    """The figures written without their unit that no reader of written units took; adds their spans to ``taken``."""
    out: list[Qty] = []
    for m in _INDEX_RE.finditer(t):
        s, e = m.start("num"), m.end()
        if not taken.overlaps(s, e) and not (s and t[s - 1] in "第〔["):
            out.append(Qty(s, e, float(m.group("num").replace(",", "")), SCORE_UNIT if m.group("pt") else ""))
            taken.add(s, e)
            change = _SCORE_CHANGE_RE.match(t, e) if m.group("pt") else None
            if change and not taken.overlaps(change.start("num"), change.end()):
                out.append(Qty(change.start("num"), change.end(), float(change.group("num")), SCORE_UNIT))
                taken.add(change.start("num"), change.end())
    for m in _COEFFICIENT_RE.finditer(t):
        s, e = m.start("num"), m.end("num")
        if not taken.overlaps(s, e):
            out.append(Qty(s, e, float(m.group("num").replace(",", "")), ""))
            taken.add(s, e)
    for m in _NOUGHT_RE.finditer(t):
        para = t.rfind("\n", 0, m.start()) + 1
        if _ZERO_FIGURE_RE.search(t, max(para, m.start() - 200), m.start()):
            continue  # 肉类产量0吨…导致我区畜牧业产量为0 (1428): the nought restates the zero figure just given
        if not taken.overlaps(m.start("num"), m.end("num")):
            out.append(Qty(m.start("num"), m.end("num"), 0.0, "", cn=m.group("num") == "零"))
            taken.add(m.start("num"), m.end("num"))
    for m in _UNITLESS_LEVEL_RE.finditer(t):
        if not taken.overlaps(m.start(), m.end()) and not re.fullmatch(r"(?:19|20)\d\d", m.group("num")):  # a year
            out.append(Qty(m.start(), m.end(), float(m.group("num").replace(",", "")), ""))
            taken.add(m.start(), m.end())
    for m in _UNITLESS_CHANGE_RE.finditer(t):
        if m.group("bare") is not None and (
            not _LEVEL_BEFORE_BARE_RE.search(t, max(0, m.start() - 10), m.start())
            or not t[m.end() : m.end() + 1]  # an excerpt cut inside the figure (…增加3222.27亿元,增长1): no guess
        ):
            continue
        keys = ("num", "num2") if m.group("num2") else ("num",)
        if taken.overlaps(m.start("num"), m.end(keys[-1])):
            continue
        group = f"list{m.start('num')}" if len(keys) > 1 else None
        for k, key in enumerate(keys):
            out.append(
                Qty(
                    m.start(key),
                    m.end(key),
                    float(m.group(key).replace(",", "")),
                    "%",
                    group=group,
                    index=k,
                    size=len(keys),
                )
            )
        taken.add(m.start("num"), m.end(keys[-1]))
    if not re.search("[%％‰]", t):
        for m in _LOST_PERCENT_RE.finditer(t):
            value = float(m.group("num").replace(",", ""))
            if (
                value
                and not taken.overlaps(m.start("num"), m.end("num"))
                and not re.fullmatch(r"(?:19|20)\d\d", m["num"])
            ):
                out.append(Qty(m.start("num"), m.end("num"), value, "%"))
                taken.add(m.start("num"), m.end("num"))
    return out
