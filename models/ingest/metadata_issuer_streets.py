"""A sub-district's own voice: whether a text speaks as its street (我街道, 街道办事处 as a clause's subject), and the
街道办事处 it names: the street the text writes (three letters where the gazetteer knows the name whole), the office
named in full as the subject, or the place its slogans repeat."""

from __future__ import annotations

import re

from models.ingest.metadata_gazetteer import NameSet, gazetteer
from models.ingest.metadata_words import _common_words

# 全街道, 街道上下, 街道党工委: a sub-district speaks (its issuer is its 街道办事处, not the district); 街道办事处紧紧
# 围绕…, the office unnamed as a clause's subject (1776)
_STREET_VOICE = re.compile(
    r"(?:我|全|本)街道|街道上下|街道党工委|街道办(?:事处)?(?:工作|年终|年度)?总结"
    # 大龙街党工委, 全街上下, 全街干部群众: a street written short (the Guangzhou usage, 2369, 2370)
    r"|街党工委|全街(?=上下|干部|党员|人民|居民|群众|经济|各项)"
    r"|(?<![\u4e00-\u9fff])街道办事处(?=紧紧|始终|坚持|认真|围绕|全面)"
    # 【概况】税务庄街道办事处成立于…: a yearbook entry opening at the office's full name (1714)
    r"|\A(?:【[^】\n]{1,6}】)?[\u4e00-\u9fff]{2,4}街道办事处"
)
_STREET_OFFICE = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[年来后日]))([\u4e00-\u9fff]{2,3}?)街道办事处(?=在|以|坚持|认真|紧紧|始终)"
)
_STREET = re.compile(r"([\u4e00-\u9fff]{2})街道(?!上下|党工委|工作)")
# 实力陶堰、美丽陶堰、平安陶堰: a slogan list whose items each end in the street's own name
_SLOGAN_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2}([\u4e00-\u9fff]{2,3})、){2,}[\u4e00-\u9fff]{2}\1(?![\u4e00-\u9fff])")


def speaks_as_street(text: str) -> bool:
    """True when ``text`` speaks in a street office's own voice (我街道, 街道党工委, …街道办事处坚持)."""
    return _STREET_VOICE.search(text) is not None


def street_office(text: str, not_stem_start: re.Pattern[str]) -> str | None:
    """``某某街道办事处`` for a text speaking as its street: the one street it names (``税务庄街道``, the gazetteer's
    three-letter name over its last two letters), else the office it names in full as a subject, else the one
    street of the gazetteer its slogan list repeats; None when two could be meant."""
    streets = _named_streets(text, not_stem_start)
    if len(streets) == 1:
        return streets.pop() + "街道办事处"
    # 一年来,振兴街道办事处在…: the office named in full as the subject, whatever word its name is (大龙, 新华: a
    # gazetteer street though its first letter opens plain phrases too)
    towns = gazetteer().towns
    offices = {
        m.group(1)
        for m in _STREET_OFFICE.finditer(text)
        if not not_stem_start.match(m.group(1)) or m.group(1) + "街道" in towns
    }
    named = {m.group(1) for m in re.finditer(r"([\u4e00-\u9fff]{2})街道办事处", text)}  # any other office a rival
    if len(offices) == 1 and len(named) <= 1 and not streets - offices:
        return offices.pop() + "街道办事处"
    if streets or offices:
        return None
    if (short := _short_street(text, towns)) is not None:
        return short
    slogans = {m.group(1) for m in _SLOGAN_LIST.finditer(text) if m.group(1) + "街道" in towns}
    return slogans.pop() + "街道办事处" if len(slogans) == 1 else None


def _named_streets(text: str, not_stem_start: re.Pattern[str]) -> set[str]:
    towns = gazetteer().towns
    found: set[str] = set()
    for m in _STREET.finditer(text):
        stem, start = m.group(1), m.start(1)
        longer = text[start - 1 : start + 2] if start else ""
        if len(longer) == 3 and longer + "街道" in towns and stem + "街道" not in towns:
            found.add(longer)  # 税务庄街道, 五角场街道: the gazetteer's name whole
            continue
        if (not_stem_start.match(stem) or stem in _common_words()) and not _street_as_subject(text, m, towns):
            continue  # 先进街道, 生态街道 (an honour), unless the gazetteer's street opens a clause as its subject
        if stem[-1] in "我全本各该每了的着过" and stem + "街道" not in towns:
            continue  # 现将我街道, 组成了街道: the voice or a verb's particle, no name
        found.add(stem)
    return found


# where a street opens the text or a clause after its date as the subject (【概况】天文街道办事处成立于…, 2022年,新华
# 街道坚决…): the street itself, whatever word its name is (天文, 新华) or letter opens it (城南)
_SUBJECT_BEFORE = re.compile(r"(?:\A|\n|】|(?:年|以来)[,，]?)$")


def _street_as_subject(text: str, m: re.Match[str], towns: NameSet) -> bool:
    start = m.start(1)
    return (
        f"{m.group(1)}街道" in towns
        and _SUBJECT_BEFORE.search(text[max(start - 4, 0) : start]) is not None
        and re.match(r"(?:办事处)?(?:创建|建设|工作)", text[m.end() :]) is None
    )


# 2021年,市桥街团结带领…: a street written short (某某街, the Guangzhou usage) as a clause's subject; 2020年,在区委…
# 领导下,龙田街道党工委坚持…: the street's party committee as the opening's subject
_SHORT_STREET = re.compile(
    r"(?:^|(?<=[,，。;；、\n]))([\u4e00-\u9fff]{2,3}?)街(?=党工委|团结|坚持|始终|紧紧|认真|以|在)"
)
_OPENING_COMMITTEE = re.compile(
    r"^[^。\n]{0,60}?(?:^|[,，])([\u4e00-\u9fff]{2,3}?)街道党工委(?=坚持|始终|紧紧|认真|团结|以|在|围绕|全面)"
)


def _short_street(text: str, towns: NameSet) -> str | None:
    """The office of the one gazetteer street written short as a subject (``市桥街团结…``), else, in a text naming
    no 办事处 at all, the street's 党工委 its opening sentence has as its subject (``龙田街道党工委坚持…``, the issuer
    order's (4): the body the text opens with, as it writes it)."""
    short = {m.group(1) for m in _SHORT_STREET.finditer(text) if m.group(1) + "街道" in towns}
    if len(short) == 1:
        return short.pop() + "街道办事处"
    if short or "办事处" in text:
        return None
    opening = _OPENING_COMMITTEE.match(text.lstrip())
    if opening is not None and opening.group(1) + "街道" in towns:
        return opening.group(1) + "街道党工委"
    return None
