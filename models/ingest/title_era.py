"""Whether a text rules out the year a page's label gives it: its masked years, and the era marks a clerk can point to.

A farm or doc store dates a template (``某局2024年工作总结`` over ``xxxx年,我局…``): the masked years alone are no
evidence against the label, which stays the title; the text rules the label's year out only by what it says of its
own time: the party congress or five-year plan it lives under, guiding words of another period (``科学发展观``,
``三个代表`` with no later congress), an epidemic it is fighting, a plan's opening year, or the label writing the
same year for the summary and the plan, a year masked but for its decade (201X年) (gold README, session 8: 079, 203,
207, 213, 289, 442, 776 vs 265, 359, 575).
"""

from __future__ import annotations

import re

from models.folding import fold_text

# a year masked by the template: xxxx年, 20xx年, XX年, **年
MASKED_YEAR = re.compile(r"(?<![\dA-Za-z])(?:(?:19|20)[Xx×＊*]{2}|[Xx×＊*]{2,4})\s*年")
# a year masked but for its last digit (201X年, 202x年, 200*年): the template keeps its decade
DECADE_MASK = re.compile(r"(?<![\dA-Za-z])((?:19|20)\d)[Xx×＊*]\s*年")
# a party congress the text cites opens its era (a report written after it)
_CONGRESSES = {"十六大": 2002, "十七大": 2007, "十八大": 2012, "十九大": 2017, "二十大": 2022}
# a five-year plan the text names is drafted in the year before it starts, at the earliest
_PLANS = {"十一五": 2005, "十二五": 2010, "十三五": 2015, "十四五": 2020, "十五五": 2025}
# guiding words of the 2000s (科学发展观, 三个代表) with no congress after 2007 cited: written before 2014
_OLD_GUIDANCE = re.compile(r"科学发展观|三个代表")
_LATER_CONGRESS = re.compile(r"十八大|十九大|二十大|新时代")
# a plan's first year told as this year's: “十四五”开局 / 良好开局
_PLAN_OPENING = re.compile(r"(十[一二三四五]五)[”\"]?(?:规划)?(?:实现)?(?:良好)?开局")
# an epidemic the text is fighting (突如其来的新冠肺炎疫情, 疫情防控 told again and again)
_EPIDEMIC = re.compile(r"新冠|疫情")
_SAME_YEAR_PLAN = re.compile(
    r"((?:19|20)\d\d)年.{0,20}?(?:总结|回顾).{0,4}?(?:和|及|与|暨|以及)\1年.{0,12}?(?:计划|打算|思路|安排|要点)"
)


def era(text: str) -> tuple[int, int]:
    """The years a text can have been written in, by its own marks: (earliest, latest)."""
    folded = fold_text(text)
    low, high = 0, 9999
    for words, year in (*_CONGRESSES.items(), *_PLANS.items()):
        if words in folded:
            low = max(low, year)
    if _OLD_GUIDANCE.search(folded) and not _LATER_CONGRESS.search(folded):
        high = min(high, 2013)
    for m in _PLAN_OPENING.finditer(folded):
        high = min(high, _PLANS[m.group(1)] + 2)
    decades = {int(d) * 10 for d in DECADE_MASK.findall(folded)}
    if len(decades) == 1:  # the text's own years, all in one decade (201X年 …, 201X年 …): written in it (1633)
        low, high = max(low, min(decades)), min(high, min(decades) + 9)
    if len(_EPIDEMIC.findall(folded)) >= 3:
        high = min(high, 2023)  # (a later text names it once or twice, looking back)
    return low, high


# what a label says besides its subject: its body's name, its years and periods, the kinds of report it names
_ORG_PREFIX = re.compile(
    r"^[\u4e00-\u9fff]{0,12}?(?:局|委员会|委|办公室|办|人民政府|政府|街道|镇|乡|中心|部)(?=\d|[\u4e00-\u9fff])"
)
_YEARS = re.compile(r"(?:19|20)\d\d\s*年?度?")
_GENERIC = re.compile(
    r"(?:19|20)\d\d年?度?|[上下]半年|[一二三四]季度|半年|年终|全年|年度|工作|总结|计划|安排|打算|思路|要点|报告|述职|述廉"
    r"|下阶段|下一步|来年|明年|今年|情况|及|和|与|暨|的"
)


def _foreign_subject(label: str, text: str) -> bool:
    """The label names a subject (执法监督检查) of which the text says not a word: a farm's label over another text."""
    subject = _GENERIC.sub("", _ORG_PREFIX.sub("", _YEARS.sub("", fold_text(label))))
    if len(subject) < 4:
        return False
    body = fold_text(text)
    return not any(subject[i : i + 2] in body for i in range(len(subject) - 1))


def label_ruled_out(label: str, text: str) -> bool:
    """The label's year is one the text rules out by its era, the label dates the summary and the plan alike, or
    it names a subject the text never speaks of (550)."""
    if _SAME_YEAR_PLAN.search(fold_text(label)) or _foreign_subject(label, text):
        return True
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", label)]
    if not years:
        return False
    low, high = era(text)
    return min(years) < low or max(years) > high
