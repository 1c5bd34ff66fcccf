"""A place a text names without its level: a known place named bare (``黎平发展史`` for 黎平县, ``bare_place``) and the
name a government's text gives itself in its fixed phrases (``磴口新篇章``, ``繁荣和谐新道外``: ``formula_place``)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from models.ingest.metadata_gazetteer import gazetteer
from models.ingest.metadata_places import _NOT_PLACES, _PROVINCES, _dictionary, inside_firm_name
from models.ingest.metadata_words import _common_words, _two_letter_words, _word_sets

_LEVELS = "市县区旗州盟镇乡"
# the levels above a place's level: a bare name known at one of them may be the place around it
_HIGHER = {"区": "省市州盟", "县": "省市州盟", "旗": "省市盟", "市": "省", "州": "省", "盟": "省"}


def bare_place(text: str, level: str, titled: bool, *, dominant: bool = False) -> str | None:
    """The one known place named bare (``黎平发展史``) whose known level is the speaker's and no other's, named
    twice or under a government's own title (``政府工作报告``): once in passing (``美化广州城``) is no evidence.
    ``dominant`` (the text is known to speak as a government): a name at least twice as often as any other."""
    found = _bare_stems(text, level, _dictionary()[1])
    if not found and level in "县旗区":
        # 全椒: a county the gazetteer knows and jieba's dictionary not, only when no name the dictionary knows
        # stands (丰林 in a forestry text is lush woods beside 岳西)
        found = _bare_stems(text, level, _gazetteer_counties(), standing=True)
    ranked = found.most_common(2)
    if dominant and len(ranked) == 2 and ranked[0][1] >= 2 and ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0] + level  # a speaker known to be a government: the name it keeps coming back to
    if len(found) != 1:
        return None
    stem, count = found.most_common(1)[0]
    return stem + level if count >= 2 or titled else None


_BEFORE_NAME = "为在是让把对将使和与到助"  # letters a name may stand after inside a sentence (为鲤城…, 是全椒…)


@lru_cache(maxsize=1)
def _gazetteer_counties() -> frozenset[str]:
    return frozenset(gazetteer().counties)


def _bare_stems(text: str, level: str, leveled: frozenset[str], *, standing: bool = False) -> Counter[str]:
    """The stems named bare whose form with ``level`` is in ``leveled`` (see ``bare_place``), with their counts;
    ``standing``: only where a name stands, after a stop, a preposition or 是 (为鲤城实现…, 是全椒发展…; not
    强农惠农富农, a slogan's word)."""
    found: Counter[str] = Counter()
    branded: set[str] = set()
    for size in (2, 3):
        for i in range(len(text) - size + 1):
            stem = text[i : i + size]
            after = text[i + size : i + size + 1]
            if after and after in _LEVELS + "省州盟年月期季旬":
                continue  # written with a level (not bare), or a time word's start (上半年)
            if stem in _PROVINCES or stem in _NOT_PLACES or stem + level not in leveled or stem in _common_words():
                continue
            if level in "县区旗" and not standing and not any(stem + lv in _gazetteer_counties() for lv in "县区市旗"):
                # 都市区 (国际化大都市核心城区): a kind of area the word list holds, no county-level place under any
                # level it has had (青浦县, now 青浦区, still counts)
                continue
            if any(stem + lv in _dictionary()[1] for lv in _HIGHER.get(level, "")):
                continue  # 遵义 for a county: the city around it or the county, no telling
            if _ROAD.match(text, i + size):
                continue  # 滨江东路, 人民大道: a street named after a place, not the place that speaks
            if inside_firm_name(text, i + size):
                branded.add(stem)  # 郴州海华竹木制品有限公司, 应流集团霍山铸造公司: a firm named after the place
                continue
            if _FEATURE.match(text, i + size):
                continue  # 光山河水库, 祁连山南麓: a river, lake or mountain, whatever county shares its name
            inside = i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in _BEFORE_NAME
            if inside and (standing or stem[-1] in "河江湖"):
                continue  # (怀洪新河: a river's name ending with a county's, 新河, never that county: 1590)
            if stem[0] == "长" and i > 0 and text[i - 1] in "省市县区旗州盟镇乡":
                continue  # 市长葛某某, 县长宁某: the 长 is the head's title, the letters after it his name (长葛, 长宁)
            if text[i + size - 1 : i + size + 1] in _word_sets()[2]:
                continue  # 素质和政治意识: the name's last letter opens a word used very often (政治), no name
            if not _straddles(text, i, i + size):
                found[stem] += 1
    # a name the text also uses for a firm or a project (泰山茶溪谷产业园, 泰山农业发展集团) is that brand's wherever it
    # stands bare (带动泰山茶产业): no evidence of the place (1848, gold null); a quoted policy (“武清八条”) is the
    # place's own
    for stem in branded:
        found.pop(stem, None)
    return found


_ROAD = re.compile(r"[东西南北中]?(?:路|街|大道|大街|巷)")
_FEATURE = re.compile(r"(?:河|江|湖|湾|水库|山(?![区城县市]))")


def _straddles(text: str, start: int, end: int) -> bool:
    """Letters across two words (湖南开展 holds 南开): the first binds to the letter before it and the last to
    the letter after it, each into a word the dictionary knows."""
    words = _two_letter_words()
    # (党风廉政和作风建设 holds 政和: a word, then the conjunction 和 joining it to the next, 1688)
    closes = text[end - 1 : end + 1] in words or (text[end - 1] in "和与及" and end < len(text))
    return text[max(start - 1, 0) : start + 1] in words and closes


# the fixed phrases a government's report names its own place in: 立足某某实际, 某某新篇章, 某某发展史, 建设…新某某,
# 平安/法治某某建设
_FORMULA = re.compile(
    r"立足([\u4e00-\u9fff]{2,3}?)实际"
    r"|([\u4e00-\u9fff]{2,3}?)(?:新篇章|发展史|开展史)"
    r"|(?:建设|打造|繁荣|和谐|美丽|幸福)[\u4e00-\u9fff]{0,6}?新([\u4e00-\u9fff]{2,3}?)(?=而|”|\"|[,，。、;；])"
    # 推进平安法治龙泉驿建设, 推动现代化新普陀建设, 法治缙云建设: the campaign a government runs in its own name
    r"|(?:平安|法治|现代化新)([\u4e00-\u9fff]{2,3}?)建设"
)


def formula_place(text: str, level: str, *, known_only: bool = False) -> str | None:
    """The one name a government's text gives itself in its fixed phrases (``繁荣和谐新道外``, ``磴口新篇章``),
    with the level it speaks as; None when the phrases name two places or only common words. A name the
    dictionary knows with that level (玉林市 for 美丽新玉林, though 玉林 alone is also a person's name) is known."""
    places = _dictionary()[0]
    found: set[str] = set()
    for m in _FORMULA.finditer(text):
        words = next(g for g in m.groups() if g)
        if m.group(3) and len(words) == 3 and words not in places:
            continue  # 打造新的经济增长点: a word after 新, no place
        if m.group(3) and "新" + words[0] in _two_letter_words():
            continue  # 建设海洋特色新兴城市: 新 is the first letter of a word (新兴, 新型), no new place (兴城市: 2311)
        if m.group(4) and len(words) == 3 and words not in places and words + level not in _dictionary()[1]:
            continue  # 平安校园建设: a campaign's word, no place (法治海拉尔建设: 海拉尔区 is)
        whole = words in places or len(words) == 2 or (m.group(4) and words + level in _dictionary()[1])
        name = words if whole else words[-2:]  # 的磴口 → 磴口
        leveled = len(level) == 1 and name + level in _dictionary()[1]
        if known_only and name not in places and not leveled:
            continue  # a text not known to be a government's: only a name the dictionary knows as a place
        if name in _PROVINCES or name in _NOT_PLACES or name[0] in "我全本各该新":
            continue
        if name in _common_words() and not leveled:
            continue
        if name not in places and not leveled and not _stands_as_a_name(text, name):
            continue  # 区情 (立足区情实际), 代化 (现代化新篇章): letters of other words, no name
        found.add(name)
    if len(found) != 1:
        return None
    name = found.pop()
    return name if name.endswith(level) else name + level  # a name with its level (兴城市) is not given it twice


def _stands_as_a_name(text: str, name: str) -> bool:
    """A name the dictionary does not know counts when the text writes it at least once not glued into a word
    on either side (新道外, not 现代化), and it holds no level or 情 (区情)."""
    if re.search(r"[省市县区镇乡州旗村情况]", name) or name in _two_letter_words():
        return False  # 续写发展史, 奋进新篇章: a word of the dictionary, no unknown place
    spots = [m.start() for m in re.finditer(re.escape(name), text)]
    words = _two_letter_words()
    free = [
        i
        for i in spots
        if text[max(i - 1, 0) : i + 1] not in words and text[i + len(name) - 1 : i + len(name) + 1] not in words
    ]
    return bool(free)


@lru_cache(maxsize=1)
def _cities() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """The gazetteer's prefecture-level cities (full name, stem) and the stems of its county-level cities."""
    g = gazetteer()
    prefectures = tuple((full, stem) for full, stem in g.cities.items() if full.endswith("市") and len(stem) >= 2)
    counties = tuple(v[0] for full, v in g.counties.items() if full.endswith("市") and len(v[0]) >= 2)
    return prefectures, counties


def city_named_bare(text: str) -> str | None:
    """The one prefecture-level city a text speaking as ``我市`` names (``服务海东科学发展`` → 海东市), once is enough:
    over the corpus such a name was the speaking city's in every text naming no county-level city (21 of 21,
    session 25). None when the text names two cities, a county-level city (a 我市 that may be that one, naming the
    city above it in comparisons: 绵竹 beside 德阳, 2114; 瑞安 beside 温州, 1005), names it only with its level (a
    superior's 镇江市级 for a county-level 我市: the bare name is the evidence), or never speaks as 我市."""
    if "我市" not in text:
        return None
    prefectures, counties = _cities()
    if any(stem in text for stem in counties):
        return None
    found: set[str] = set()
    # (镇江市级, 镇江市下达: a city written with its level, the one above a 我市 that is not it)
    written: set[str] = set()
    for full, stem in prefectures:
        start = text.find(stem)
        while start >= 0 and full not in found:
            end = start + len(stem)
            if stem in _PROVINCES or stem in _common_words():
                break
            if text[end : end + 1] in _LEVELS + "省州盟":
                written.add(full)
            elif not (_ROAD.match(text, end) or _FEATURE.match(text, end) or inside_firm_name(text, end)):
                found.add(full)
            start = text.find(stem, end)
    return found.pop() if len(found) == 1 and written <= found else None
