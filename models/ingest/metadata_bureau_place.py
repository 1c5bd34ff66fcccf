"""Where an issuer is: the place a text gives a bureau it names without one (区科技局 -> 某某区科技局).

A report's title or opening often names its bureau by level only (``市科技局``, ``区科委``, ``州财政局``);
the clerk files it under the place the text itself names. The place is taken only on evidence:

* the bureau written out in full somewhere in the text (``巴中市科技局``) or a place of the bureau's
  level the text names (``东丽区``, ``延边朝鲜族自治州``);
* else, for a city's bureau, a place name the text uses bare (``武汉交通运输工作``, ``健康北京建设``) and
  more often than any other, that is no province and is never written with another level (``成都县``).
  A district's or county's bureau is not placed from a bare name: it may be the city around it.

Anonymised (``**市``, ``XX区``) or unnamed places give nothing: the issuer stays unknown.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from models.folding import fold_text
from models.ingest.metadata_gazetteer import AUTONOMOUS_KIND, gazetteer, gazetteer_names
from models.ingest.metadata_places import (
    _FUNCTION_LETTERS,
    _LEVELS,
    _MUNICIPALITIES,
    _NOT_PLACES,
    _PLACEHOLDER,
    _PROVINCES,
    MASK,
    _dictionary,
    _gazetteer_place,
    _one_letter_county,
    inside_firm_name,
    is_area_word,
    with_city,
)


@lru_cache(maxsize=1)
def _longest_leveled() -> int:
    return max((len(w) for w in _dictionary()[1]), default=5)


def _tokens(text: str) -> list[str]:
    from models.suggest.keywords import get_jieba

    return [t for t in get_jieba().cut(text) if t.strip()]


def _may_name_level(text: str, level: str) -> bool:
    """Whether some word of ``text`` could be a place of ``level`` (no segmenting: every ending at a level
    character is looked up, a superset of the words jieba would cut)."""
    places, leveled = _dictionary()
    longest = max(_longest_leveled(), 5)
    for m in re.finditer(level, text):
        end = m.end()
        if end >= 2 and _one_letter_county(text[end - 2 : end]) and not is_area_word(text[end - 2 : end]):
            return True
        for size in range(3, min(longest, end) + 1):
            word = text[end - size : end]
            if (word in leveled or (size <= 5 and word[:-1] in places) or _gazetteer_place(word)) and not (
                is_area_word(word) or _PLACEHOLDER.search(word)
            ):
                return True
    return False


def _may_name_bare(text: str) -> bool:
    """Whether some two- to four-letter stretch of ``text`` is a known place a bare name could be."""
    places, leveled = _dictionary()
    for size in (2, 3, 4):
        for i in range(len(text) - size + 1):
            word = text[i : i + size]
            if (
                (word in places or word + "市" in leveled)  # 娄底: a city the dictionary knows only as 娄底市
                and word not in _NOT_PLACES
                and word not in _PROVINCES
                and (word[-1] not in _LEVELS or word + "市" in _dictionary()[1])
            ):
                return True
    return False


def _listed_county(explicit: Counter[str], text: str) -> tuple[str | None] | None:
    """When the city-level places the text names are county-level cities listed with two more counties of the
    same city (市市场监管局…、衡阳县…、祁东县…、耒阳市…): the text goes through its city's counties, so a 市 bureau
    is that city's — ``(city,)`` when the text writes the city's own name outside the counties' (新衡阳), else
    ``(None,)`` (unknown); None when no such list stands."""
    counties = gazetteer().counties
    if not explicit or any(place not in counties for place in explicit):
        return None
    parents = {counties[place][1] for place in explicit}
    if len(parents) != 1:
        return None
    city = parents.pop()
    siblings = {name for name, (_s, parent, _p) in counties.items() if parent == city and name in text}
    if len(siblings) < 3:
        return None
    rest = text
    for name in sorted(siblings, key=len, reverse=True):
        rest = rest.replace(name, "，")
    short = gazetteer().cities.get(city) or city[:-1]
    return (city,) if short in rest else (None,)


def place_of_bureau(name: str, lines: list[str]) -> str | None:
    """``name`` (a bureau named by its level only: ``市科技局``) with the place the text gives it, or None.

    A bureau whose name opens with its place's bare name (``平阳气象局`` of 平阳县) takes the full place in its
    stead, never both (``平阳县气象局``, not ``平阳县平阳气象局``)."""
    placed = _place_of_bureau(name, lines)
    if placed is None:
        return None
    bare = name[1:]
    place = placed[: len(placed) - len(bare)]
    short = place[:-1]
    rest = bare[len(short) :]
    if len(short) >= 2 and bare.startswith(short) and len(rest) >= 2 and rest[0] not in "省市区县州旗盟":
        return place + rest
    return placed


def _place_of_bureau(name: str, lines: list[str]) -> str | None:
    if len(name) < 3 or name[0] not in "市区县州旗" or _PLACEHOLDER.search(name):
        return None
    level, bare = name[0], name[1:]
    text = "\n".join(lines)[:8000]
    if re.search(rf"{MASK}{level}", fold_text(text)):
        return None  # XX区, **市: the text hides its place
    written: list[str] = re.findall(rf"([\u4e00-\u9fff]{{2,12}}){level}{re.escape(bare)}", text)
    explicit: Counter[str] = Counter()
    if _may_name_level(text, level) or gazetteer_names(text, level):
        tokens = _tokens(text)
        explicit = Counter(
            t
            for before, t, after in zip(["", *tokens[:-1]], tokens, [*tokens[1:], ""], strict=True)
            if _is_place_of_level(t, level)
            and not _PLACEHOLDER.search(t)
            and not after.startswith("级")
            and not _slogan_item(before, t, after)
        )  # 聊城市级平台: a level of platforms, not the place the text is in
        for place, count in gazetteer_names(text, level).items():
            explicit[place] = max(explicit[place], count)  # 金坛区, cut 金坛/区 by jieba: the gazetteer's name counts
            for part in [p for p in explicit if p != place and place.endswith(p)]:
                del explicit[part]  # 右翼中旗 of 察哈尔右翼中旗: the name's tail, as jieba cut it
    places, leveled = _dictionary()
    for whole in written:  # 巴中市科技局: the place is the token ending the words before it
        for place in explicit:
            if whole.endswith(place[:-1]):
                return place + bare
        for k in range(len(whole) - 1):  # 眉山市民政局 (cut 眉山/市民/政局): the longest known place ending it
            stem = whole[k:]
            if stem[0] in "各全我本该每" or re.search(r"[省市县区]", stem):
                continue  # 各县市气象局: every county's bureau, no place
            # (三沙市民政局, 共青城市民政局: the gazetteer's whole name before the tail jieba knows, 沙市, 青城)
            if stem in places or stem + level in leveled or _gazetteer_place(stem + level):
                return stem + level + bare
    if explicit and level == "市" and (listed := _listed_county(explicit, text)) is not None:
        return listed[0] + bare if listed[0] else None
    if explicit:
        ranked = explicit.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return with_city(ranked[0][0], text) + bare
        # 溧阳市“…”动员大会召开 … 常州市“1028”产业体系: in a tie, the place the lead opens with is the item's own
        lead = next((line for line in lines if line.strip()), "")[:40]
        tied = [place for place, count in explicit.items() if count == ranked[0][1]]
        opening = [place for place in tied if place in lead]
        if len(opening) == 1:
            return opening[0] + bare
        # 随州市 and 广水市 once each, 随州 twice more bare (随州外派劳务): the place the text keeps coming back to
        # by its own name (镇江市 written only as the level above, 镇江市级/镇江市下达, is no such place: 091)
        named = sorted(((_bare_count(text, place), place) for place in tied), reverse=True)
        return named[0][1] + bare if named[0][0] > named[1][0] else None
    if level != "市":
        return None  # a bare 株洲 may be the city around a district's bureau: only a city is named bare safely
    # slogans and brands in quotes (“惠购新春”) name no place the text is about
    unquoted = re.sub(r"“[^“”]{1,20}”", "，", text)
    if not _may_name_bare(unquoted):
        return None
    ranked = _bare_places(_tokens(unquoted), unquoted, level).most_common(2)
    if len(ranked) == 1 or (ranked and ranked[0][1] > ranked[1][1]):
        return ranked[0][0] + level + bare  # the place the text keeps coming back to
    return None


def _bare_count(text: str, place: str) -> int:
    """How often ``place`` (随州市) is written by its name alone, without a level after it (随州外派劳务)."""
    return len(re.findall(rf"{re.escape(place[:-1])}(?![{_LEVELS}])", text))


def _slogan_item(before: str, token: str, after: str) -> bool:
    """``兴县`` closing an item of a slogan list (生态立县、工业强县、旅游兴县、): a two-letter word, then a verb and
    the level, between the list's 、 — the county's way forward, not a one-letter county."""
    if len(token) != 2 or len(before) != 2:
        return False
    # 质量兴县工作, 科教兴县战略: a noun, then 兴 or 富 and the level, as one word modifying the work (2257); 山西兴县,
    # 延安富县: a place before it names the county
    return after in ("、", "，", ",", "”") or (token[0] in "兴富" and before not in _dictionary()[0])


def _is_place_of_level(token: str, level: str) -> bool:
    """``东丽区`` for a district: a known name of that level (the dictionary knows it or its stem as a place)."""
    if AUTONOMOUS_KIND.fullmatch(token):
        return False  # 瑶族自治县 (of 大化瑶族自治县, cut short): a kind, no place
    if len(token) == 2 and token.endswith(level) and not is_area_word(token):
        return _one_letter_county(token)  # 凤县, 房县: one letter and its level
    if len(token) < 3 or not token.endswith(level) or is_area_word(token):
        return False
    if token[-2:] in _LEVEL_PAIRS:
        return False  # 外省市, 各县市, 兄弟县区: places of two levels together, no one place
    if token[0] in _FUNCTION_LETTERS and "自治" not in token and not _gazetteer_place(token):
        return False  # 大都市, 大城市, 中心区: a common noun jieba tags as a place, a name the gazetteer never lists
    places, leveled = _dictionary()
    return token in leveled or token[:-1] in places or _gazetteer_place(token)


# two levels written together (外省市, 各县区): a collective word, never one place's name
_LEVEL_PAIRS = ("省市", "县市", "市县", "省区", "县区", "区县", "市区县")


# words that make a bare place name into a firm's or an institution's name
_FIRM = re.compile(
    r"药业|集团|公司|股份|实业|银行|酒业|制药|控股|置业|化工|钢铁|电力|能源|乳业|矿业|纺织|食品|机械|汽车|酒店|宾馆|医院|学院|大学|中学"
)


def _bare_places(tokens: list[str], text: str, level: str) -> Counter[str]:
    places, leveled = _dictionary()
    found: Counter[str] = Counter()
    for i, tok in enumerate(tokens):
        if (
            (tok not in places and (len(tok) < 2 or tok + level not in leveled))
            or tok in _NOT_PLACES
            or tok in _PROVINCES
            or tok[0] in "各全我本该每"  # 各县 (各县市: every county and city, a word of the dictionary)
        ):
            continue
        if tok[-1] in _LEVELS and (tok + level not in leveled or _only_as_tail(tok, text)):
            continue  # 株洲县 cut short; 常州, 杭州 end in 州 and are cities named bare (沙市 of 三沙市 is no city)
        if tok + level not in leveled and tok not in _MUNICIPALITIES:
            continue  # 宜居, 内河, 城镇: a word the dictionary tags as a place, but no city it knows
        if tok in _MUNICIPALITIES and level != "市":
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if after.startswith("精神") or after[:1] in ("路", "街", "道", "巷", "桥", "村", "港", "站", "级"):
            continue  # 延安精神, 临湖路: a spirit or a street named after a place, not where the text is
        before = tokens[i - 1] if i else ""
        if before == "、" or after == "、":
            continue  # 寒亭、诸城、寿光、高密等5个县市区: one of peers listed, not the place the text is in (1948)
        if before in ("赴", "到", "前往", "来到") or (before == "在" and after in ("参加", "出席")):
            continue  # 我市代表团在北京参加…, 赴杭州考察: a place the text's people travel to, not where it is (1544)
        if _FIRM.match(after) or inside_firm_name("".join(tokens[i + 1 : i + 8]), 0):
            continue  # 推动某某药业: a firm or an institution named after a place (171: a name not its own)
        if _in_person_name(tokens, i):
            continue  # 副主任唐顺萍、高明忠、…同志: a person's name is not a place (gold README, 230)
        if re.search(rf"{tok}[{_LEVELS.replace(level, '')}镇乡]", text):
            continue  # 成都市 for a district's bureau: the city, not the district (海口镇: a town named like a city)
        found[tok] += 1
    return found


def _only_as_tail(name: str, text: str) -> bool:
    """True when every ``name`` in ``text`` (沙市) ends a longer place of the gazetteer the text writes there
    (三沙市: jieba's dictionary lacks it and cuts 三/沙市)."""
    places = gazetteer()
    for m in re.finditer(re.escape(name), text):
        longer = (text[m.start() - k : m.end()] for k in range(1, min(m.start(), 4) + 1))
        if not any(word in places.cities or word in places.counties for word in longer):
            return False
    return True


# the words a list of people is set off by: a title before the first name (副主任, 县长, 书记), the list's 、, the
# 同志 or 等 closing it
_TITLE_END = ("主任", "长", "书记", "主席", "经理", "师", "员", "、")
_NAME_END = ("、", "同志", "等")


def _in_person_name(tokens: list[str], i: int) -> bool:
    """Whether a place word stands inside a person's name in a list of people, jieba having cut the name apart
    (``高明/忠`` after ``、``, ``李/长沙`` before ``同志``): one letter more makes a name of two or three letters
    between a title or ``、`` and ``、``, ``同志`` or ``等``."""
    before = tokens[i - 1] if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    after2 = tokens[i + 2] if i + 2 < len(tokens) else ""
    before2 = tokens[i - 2] if i > 1 else ""
    given = _letter(after) and after2 in _NAME_END and before.endswith(_TITLE_END)
    surname = _letter(before) and after in _NAME_END and before2.endswith(_TITLE_END)
    return len(tokens[i]) == 2 and (given or surname)


def _letter(token: str) -> bool:
    return len(token) == 1 and "\u4e00" <= token <= "\u9fff"
