"""Whether a report's own words, or the label's own shape, rule out the label a page put over it (its year, level
or kind; a site's domain, a township's bureau, a summary's years the opening contradicts).

A 政府工作报告 says who delivers it (``我代表区人民政府向大会报告工作``) and when (its delivery line). A site's or
store's label over it that names a later year than a January delivery, a body of another level (``昆明市…`` over
``我代表区人民政府``), another kind of report (``…政府信息公开年度工作报告`` over ``向大会作政府工作报告``) or a party
committee (``市委工作回顾与计划`` over a text accounting to the congress's targets, 1929) is the site's wrong label:
chrome, and the report has no title (gold README, gold-a: a wrong label; 187, 1520, disc 1621).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.folding import fold_text

# the speaker's sentence of a government work report: 我代表某县第十七届人民政府向大会作工作报告
_SPEAKER = re.compile(
    r"我代表(?P<who>[\u4e00-\u9fff]{0,20}?)(?:人民)?政府[,，、]?\s*向(?:大会|全体代表)\s*(?P<what>作政府工作报告|作工作报告|报告工作|作报告)"
)
_TERM = re.compile(r"第[一二三四五六七八九十]+届")
_LEVELS = "省市区县州旗镇乡"
# kinds of report a government work report never is
_OTHER_KIND = re.compile(r"信息公开|统计公报|决算|预算|审计")


def _speaker(lines: Sequence[str]) -> re.Match[str] | None:
    for line in lines[:40]:
        if (m := _SPEAKER.search(fold_text(line))) is not None:
            return m
    return None


# a label naming a party committee as the report's author (市委工作回顾与计划, 中共某县委2020年工作总结, 某镇党委…)
_PARTY_LABEL = re.compile(
    r"^(?:中共|中国共产党)?[\u4e00-\u9fff]{0,10}?(?:[省市区县州旗]委(?!员)|党委|党工委)"
    r"(?=[\u4e00-\u9fff]{0,4}?(?:\d|工作|报告|回顾|总结|计划))"
)
# the government's account to its congress: 圆满完成了市四届人大五次会议确定的各项目标任务 (a party committee answers
# to its 党代会 and plenums, never to the people's congress)
_TO_CONGRESS = re.compile(
    r"(?:人大|人民代表大会|人代会)[^。；，,]{0,12}?(?:确定|通过|提出)的[^。；]{0,6}?(?:目标|任务)"
)


def _party_label_over_government(label: str, lines: Sequence[str]) -> bool:
    """A label naming a party committee over a text that accounts to the people's congress, as only a government's
    report does (1929: ``市委工作回顾与计划`` over ``圆满完成了市四届人大五次会议确定的各项目标任务``)."""
    if _PARTY_LABEL.match(label) is None:
        return False
    words = [fold_text(line) for line in lines[:60]]
    return any(_TO_CONGRESS.search(w) or _SPEAKER.search(w) for w in words) and not any(
        re.search(r"党代会|党代表大会|我代表[^。，,]{0,12}委员会", w) for w in words
    )


def label_contradicted(title: str | None, lines: Sequence[str], own: Sequence[tuple[float, str, str]] = ()) -> bool:
    """``title`` is a label the report's own speaker sentence or delivery date (in ``own``, the own dates' candidates
    as ``(score, iso, reason)``) rules out, or a party committee's name over a government's account to its congress."""
    if title and _party_label_over_government(fold_text(title), lines):
        return True
    if not title or (speaker := _speaker(lines)) is None:
        return False
    delivered = next((iso for _score, iso, reason in own if reason == "delivery line" and iso), "")
    label = fold_text(title)
    if "政府工作报告" not in label:
        return _OTHER_KIND.search(label) is not None  # 西江镇2022年政府信息公开年度工作报告 (disc 1621)
    who = _TERM.sub("", speaker["who"])
    levels = [c for c in who if c in _LEVELS]
    place = re.split(r"(?:19|20)\d\d|(?:人民)?政府工作报告", label)[0]
    if levels and any(c in _LEVELS for c in place) and levels[-1] not in label:
        return True  # 昆明市2023年政府工作报告 over 我代表区人民政府 (1520)
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", label)]
    if years and delivered[:4].isdigit() and delivered[5:7].isdigit():
        year, month = int(delivered[:4]), int(delivered[5:7])
        # (a report delivered in December names the year it plans: 2022年…报告 of 2021-12-27, 1003/1456/939)
        return min(years) > year + (1 if month >= 11 else 0)  # 2024年疏附县… delivered 2023-01-05 (187)
    return False


# a site's address in a label (【www.16maker.com--工作总结】, 2212): the site's page label, never a document's title
_DOMAIN = re.compile(r"(?i)https?://|www\.|[a-z0-9-]{2,}\.(?:com|cn|net|org)\b")
# a generic 乡镇 label naming a bureau (乡镇年度科技局工作总结, 2190; 乡镇林业局…, 1248): a township has offices,
# stations and institutes (办, 站, 所), never a 局, which is a county's or a higher level's: the farm's invented
# label (a county's 乡镇企业局 is a bureau's name, not a township's)
_TOWNSHIP_BUREAU = re.compile(r"^乡镇(?!企业)(?:年度|年终|上半年|下半年|[\u4e00-\u9fff]{0,2}?)[\u4e00-\u9fff]{1,6}局")
_SUMMARY = re.compile(r"总结|汇报")
# the opening's year, not a span's start (2018年以来, 2006—2010年: a review of several years)
_OPENING_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*年(?!以来|来|至|到|[—–-])")


def _years_ruled_out(label: str, lines: Sequence[str]) -> bool:
    """A summary's label whose every year the text never writes, over a text whose opening sentence starts with a
    year three or more years before them (``市环保局分局2022年上半年工作总结`` over ``2007年上半年,…``, 2184; 776): a
    summary opens with the period it reviews, so the label's years are a farm's. A year only one or two off stays
    (780, 947: a plain title whose year only disagrees with the body's)."""
    if not _SUMMARY.search(label):
        return False
    years = set(re.findall(r"(?:19|20)\d\d(?=\s*年)", label))
    body = [line for line in lines[:200] if label not in fold_text(line).replace(" ", "")]
    opening = next((line for line in body[:6] if len(line) >= 20), "")
    if not years or (m := _OPENING_YEAR.match(opening)) is None:
        return False
    if int(m.group(1)) > min(int(y) for y in years) - 3:
        return False
    return not any(re.search(rf"{y}\s*年", line) for line in body for y in years)


def label_ruled_out(title: str | None, lines: Sequence[str]) -> bool:
    """``title`` is a label its own shape or the text's opening rules out: a site's domain, a township's bureau, a
    summary's years the opening contradicts (gold README: a farm's wrong label is chrome, title null; 776, 145)."""
    if not title:
        return False
    label = fold_text(title).replace(" ", "")
    return bool(_DOMAIN.search(label) or _TOWNSHIP_BUREAU.match(label)) or _years_ruled_out(label, lines)
