"""A government's own voice, told apart: the town a 我镇 text names in its slogans or writes once with its level,
and a text that tells of its place in the third person (someone's account of it, not the government speaking)."""

from __future__ import annotations

import re

from models.ingest.metadata_bare_places import formula_place
from models.ingest.metadata_gazetteer import gazetteer
from models.ingest.metadata_places import _dictionary

# 文化万安、开放万安、活力万安: a slogan list whose items each end in the place's own name
# (four items at least: 科学发展、和谐发展、跨越发展 is a list of kinds of growth, 发展乡 a town of the gazetteer)
_SLOGAN_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2}([\u4e00-\u9fff]{2,3})、){3,}[\u4e00-\u9fff]{2}\1(?![\u4e00-\u9fff])")


def own_town(text: str, level: str) -> str | None:
    """The town a text speaking as ``我镇`` names in its own fixed phrases (``立足冶溪实际``, ``魅力冶溪``) or its
    slogan list (``文化万安、开放万安、活力万安``), when the gazetteer knows that town; one such name only."""
    from models.ingest.metadata_words import _common_words, _word_sets

    towns = gazetteer().towns
    found = {m.group(1) for m in _SLOGAN_LIST.finditer(text) if m.group(1) not in _word_sets()[2]}
    if (formula := formula_place(text, level)) is not None and formula[:-1] not in _common_words():
        found.add(formula[:-1])  # (建设新篇章: a common word, whatever town bears it)
    # (南京, 海东: a city's name in a phrase, never a town's)
    named = {name + level for name in found if name + level in towns and not _city_name(name)}
    return named.pop() if len(named) == 1 else None


# the plain nouns for a town or the countryside (小城镇, 新乡镇, 三和集镇): a kind of town, no town's name
TOWN_KINDS = frozenset({"城镇", "乡镇", "村镇", "集镇", "市镇", "城乡"})


def once_named_town(text: str, level: str) -> str | None:
    """The one township of the gazetteer a text speaking as ``我镇``/``全乡`` writes with its level, even once
    (``制定了伏龙泉镇各项事业的工作方案``, ``这是泄滩乡第一个…``: 1450, 2039), by its longest name there. Not a
    kind of town or a common word before the level (``融合花园镇``, ``国家级卫生镇``, ``小城镇``: 055, 714),
    a name whose first letter closes a word before it (``森林城镇``), a street (``狼山镇街道``, 1712); any other
    town named, a partner's too (``与某镇合作``), leaves it unknown."""
    from models.ingest.metadata_speaker import _partner_at
    from models.ingest.metadata_words import _common_words, _two_letter_words

    towns = gazetteer().towns
    named: set[str] = set()
    partners: set[str] = set()
    for m in re.finditer(rf"([\u4e00-\u9fff]{{2,12}}){level}", text):
        run = m.group(1)
        k = next((k for k in range(len(run) - 1) if run[k:] + level in towns), None)
        if k is None:
            continue
        stem, start = run[k:], m.start(1) + k
        if (
            stem in _common_words()
            or stem[0] in "我全本各该每在和与及并的对向从到赴为是由以了将把被请让"  # (并请镇政协委员: a verb's words)
            or ((stem + level)[-2:] in TOWN_KINDS and stem[0] in "新老旧大小上下原中")  # 小城镇, 新集镇 (冀村镇 a name)
            or (start and text[start - 1 : start + 1] in _two_letter_words())
            or text.startswith("街道", m.end())
        ):
            continue
        (partners if _partner_at(text, start, m.end()) else named).add(stem + level)
    return named.pop() if len(named) == 1 and not partners - named else None


def _city_name(name: str) -> bool:
    return name + "市" in _dictionary()[1] or name + "市" in gazetteer().cities


def told_of(text: str, place: str, level: str) -> bool:
    """A text that tells of its place in the third person (``海西州针对…``, ``海西州在…``: the place the subject of
    two clauses) and never speaks as it (no ``我州``): someone's account of the place, not its government's voice
    (1076; 1035/989: a text naming its place but never its author)."""
    if f"我{level}" in text:
        return False
    subject = re.compile(rf"(?:^|[，,。；;：:]|以来[，,]?)\s*{re.escape(place)}{_ACTING}")
    return len(subject.findall(text)) >= 2


_ACTING = "(?:在|针对|以|坚持|围绕|把|按照|通过|积极|认真|不断|大力)"
