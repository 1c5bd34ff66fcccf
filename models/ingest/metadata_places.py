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

import importlib.util
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from models.folding import _fold_table, fold_text
from models.ingest.metadata_gazetteer import AUTONOMOUS_KIND, gazetteer, gazetteer_names

_LEVELS = "省市州区县旗盟"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PROVINCES = _words(
    "河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 "
    "四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
)
_MUNICIPALITIES = _words("北京 天津 上海 重庆")
# regions, countries and words the dictionary tags as places but that name no local government
_NOT_PLACES = _words(
    "中国 中华 全国 外国 国外 海外 华中 华东 华南 华北 西北 东北 西南 东南 中部 西部 "
    "东部 南方 北方 中南 中心 城市 城乡 新建 普及 山河 大湾 长江 黄河"
)
# area words that end in a level character but are no place (试验区, 高新区, 重点县; 城区, 山区, 全市)
_AREA_WORD = re.compile(
    r"(?:试验|示范|开发|经开|高新|新|园|片|景|城|社|辖|核心|功能|保护|自贸|集聚|先行|风景|库|灾|产|牧|林|矿|山|老|重点|"
    r"所在|全|本|我|该|各|省市|地|每|一|两|三|市|县|区|乡)[区县市州旗]$"
)
_SURE_AREA_WORD = re.compile(
    r"(?:试验|示范|开发|经开|高新|核心|功能|保护|自贸|集聚|先行|风景|重点|所在|省市|地)[区县市州旗]$"
)


# letters the gazetteer's (simplified) place names write that the folding table reads as traditional: 乾 of 乾安县,
# 乾县 (traditional for 干 in 乾燥, its own letter in a name); a test holds every county, city and province to it
_NAME_LETTERS = "乾"


@lru_cache(maxsize=1)
def _to_simplified() -> dict[int, str]:
    """The script half of the project's folding table: traditional Chinese letters only (no case or width), less
    the letters place names write as they are (``_NAME_LETTERS``)."""
    keep = {ord(ch) for ch in _NAME_LETTERS}
    return {code: to for code, to in _fold_table().items() if 0x2E80 <= code < 0xFF00 and code not in keep}


def simplified(text: str) -> str:
    """``text`` in simplified script, letter for letter (樟樹市檔案館 → 樟树市档案馆); everything else as written."""
    return text.translate(_to_simplified())


def is_area_word(word: str) -> bool:
    """True for an area word that ends in a level (试验区, 山区, 老城区), False for a place whose name happens
    to end like one (襄城县, 昆山市, 黄山区: a known proper name whose stem is itself a known place)."""
    if not _AREA_WORD.search(word):
        return False
    if _SURE_AREA_WORD.search(word) or len(word) < 3:
        return True
    places, leveled = _dictionary()
    if word in leveled and word[:-1] in places:
        return False
    if word in leveled and word in gazetteer().cities:
        return False  # 桂林市, 玉林市: a city by its full name, whose stem jieba also lists as a person's name
    return not _gazetteer_place(word)


def _gazetteer_place(word: str) -> bool:
    """A county or city the gazetteer lists by this full name (相城区, 雨山区), its stem no common word (老城区, a
    district of one city, is the old town anywhere else) nor new or old and one letter (新市区: the new town)."""
    from models.ingest.metadata_words import _common_words

    places = gazetteer()
    if not (word in places.counties or word in places.cities) or re.fullmatch(r"[新老旧].[区县市]", word):
        return False
    return word[:-1] not in _common_words()


_PLACEHOLDER = re.compile(r"[XxＸ×*＊某]")
# a masked place's stand-in before its level (XX县, 在*县, 某市); one X inside a word (科X区) is a garble, no mask
# (a template's blank, __镇 or ＿县, masks the same way: 1585 本人…任__镇党委副书记、镇长)
MASK = r"(?:(?<![A-Za-z0-9])[XxＸ]{2,3}|(?<![A-Za-z0-9\u4e00-\u9fff])[XxＸ]|[×*＊]{1,3}|[_＿]{1,6}|某)"


# a numeral + 强 opens a ranking phrase (全国百强县, 全省十强): the dictionary lists some as names
_RANKING = re.compile(r"^[一二三四五六七八九十百千万]+强")


@lru_cache(maxsize=1)
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """jieba's own dictionary: place names (``ns``, two to four characters) and proper names ending in a level.

    The file is streamed and jieba is not imported: most texts are decided without its segmenter.
    """
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return frozenset(), frozenset()
    places, leveled = set(), set()
    try:
        with (Path(spec.origin).resolve().parent / "dict.txt").open(encoding="utf-8") as lines:
            for line in lines:
                if not line.rstrip().endswith(("ns", "nr", "nz")):
                    continue
                parts = line.split()
                if len(parts) != 3 or parts[2] not in ("ns", "nr", "nz"):
                    continue
                word = parts[0]
                if _RANKING.match(word):
                    continue  # 十强县, 百强县: a ranking (a numeral + 强 + level), never a place's name
                if parts[2] == "ns" and 2 <= len(word) <= 4:
                    places.add(word)
                if len(word) >= 3 and word[-1] in _LEVELS:
                    leveled.add(word)
    except OSError:
        return frozenset(), frozenset()
    return frozenset(places), frozenset(leveled)


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


def _one_letter_county(word: str) -> bool:
    """A county or city the gazetteer lists under a one-letter name and its level (凤县, 房县, 沛县, 芒市); never a
    district (城区, 郊区, 矿区: districts of some cities, plain words everywhere else)."""
    if len(word) != 2 or word[-1] not in "县市旗" or word[0] in _FUNCTION_LETTERS:
        return False  # 院区和县妇幼保健院: 和 joins two names (和县 is a county, but never safely told apart)
    from models.ingest.metadata_words import _common_words

    if word in _common_words():
        return False  # 城市, 县市: words, whatever the gazetteer lists
    places = gazetteer()  # (read only when a one-letter name stands at a county's or city's level)
    return word in places.counties or word in places.cities


_FUNCTION_LETTERS = frozenset("和与及各全本该每两等对在从向为于是有大小新老上下中")


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


def place_of_bureau(name: str, lines: list[str]) -> str | None:
    """``name`` (a bureau named by its level only: ``市科技局``) with the place the text gives it, or None."""
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
    if explicit:
        ranked = explicit.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return _with_city(ranked[0][0], text) + bare
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


def _with_city(place: str, text: str) -> str:
    """A district or county with the city the text writes right before it (``《丽江市古城区城市市容…办法》``: the
    place as the text gives it in full, 869/343); the place alone when the text never writes it so."""
    for m in re.finditer(rf"([\u4e00-\u9fff]{{2,6}}?[市州盟]){re.escape(place)}", text):
        for k in range(len(m.group(1)) - 2):
            if (prefix := m.group(1)[k:]) and known_place(prefix) == prefix:
                return prefix + place
    return place


def _bare_count(text: str, place: str) -> int:
    """How often ``place`` (随州市) is written by its name alone, without a level after it (随州外派劳务)."""
    return len(re.findall(rf"{re.escape(place[:-1])}(?![{_LEVELS}])", text))


def _slogan_item(before: str, token: str, after: str) -> bool:
    """``兴县`` closing an item of a slogan list (生态立县、工业强县、旅游兴县、): a two-letter word, then a verb and
    the level, between the list's 、 — the county's way forward, not a one-letter county."""
    return len(token) == 2 and len(before) == 2 and after in ("、", "，", ",", "”")


def _is_place_of_level(token: str, level: str) -> bool:
    """``东丽区`` for a district: a known name of that level (the dictionary knows it or its stem as a place)."""
    if AUTONOMOUS_KIND.fullmatch(token):
        return False  # 瑶族自治县 (of 大化瑶族自治县, cut short): a kind, no place
    if len(token) == 2 and token.endswith(level) and not is_area_word(token):
        return _one_letter_county(token)  # 凤县, 房县: one letter and its level
    if len(token) < 3 or not token.endswith(level) or is_area_word(token):
        return False
    if token[0] in _FUNCTION_LETTERS and "自治" not in token and not _gazetteer_place(token):
        return False  # 大都市, 大城市, 中心区: a common noun jieba tags as a place, a name the gazetteer never lists
    places, leveled = _dictionary()
    return token in leveled or token[:-1] in places or _gazetteer_place(token)


# words that make a bare place name into a firm's or an institution's name
_FIRM = re.compile(
    r"药业|集团|公司|股份|实业|银行|酒业|制药|控股|置业|化工|钢铁|电力|能源|乳业|矿业|纺织|食品|机械|汽车|酒店|宾馆|医院|学院|大学|中学"
)


# a firm's or a paper's name after the place it opens with (郴州海华竹木制品有限公司, 霍山铸造公司, 吉安日报): its
# trade name and line of business, no function letter between, then its form
_FIRM_NAME = re.compile(
    r"(?:[^\W\d_的和与及在了等为对把将是向从于并、，。；：]{0,9}?(?:有限责任公司|有限公司|股份|集团|公司|银行)"
    r"|[^\W\d_]{0,2}?(?:日报|晚报|新闻网)|网(?![络格点民上站]))"
)


def inside_firm_name(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` of ``text`` opens a firm's or a paper's name, not the place itself."""
    return _FIRM_NAME.match(text, end) is not None


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
        if before in ("赴", "到", "前往", "来到") or (before == "在" and after in ("参加", "出席")):
            continue  # 我市代表团在北京参加…, 赴杭州考察: a place the text's people travel to, not where it is (1544)
        if _FIRM.match(after) or inside_firm_name("".join(tokens[i + 1 : i + 8]), 0):
            continue  # 推动某某药业: a firm or an institution named after a place (171: a name not its own)
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


def level_prefixes(name: str, levels: str = "省市区县州旗") -> list[str]:
    """The stretches opening ``name`` that end at its first level letter or at one of the level letters right after
    it, shortest first (``泰州``, ``泰州市``, ``泰州市市`` of 泰州市市场监督管理局): a lazy match stops at the first
    (泰州 of 泰州市, 沙市 of 沙市市), no place of its own; the caller takes the first its test accepts."""
    first = next((i for i, ch in enumerate(name) if ch in levels and i >= 1), None)
    if first is None:
        return []
    end = first + 1
    while end < len(name) and name[end] in levels:
        end += 1
    return [name[: i + 1] for i in range(first, end)]


def known_place(words: str) -> str | None:
    """The longest known place ending ``words`` (``配合洛阳市`` -> ``洛阳市``)."""
    places, leveled = _dictionary()
    for k in range(len(words) - 2):
        cand = words[k:]
        if cand.startswith("自治"):
            continue  # 自治县 alone is a kind of county, not a place (某某自治县 is found one step earlier)
        if cand in leveled or cand[:-1] in places or _gazetteer_place(cand):
            return cand  # the gazetteer knows full names jieba lacks (沙依巴克区, whose tail 巴克 jieba tags a place)
    return None


def _leveled(name: str, text: str) -> str | None:
    """``name`` with its level (中山 -> 中山市): as the text writes it, else the one leveled form known."""
    if name[-1] in _LEVELS:
        return name if name[:-1] in _dictionary()[0] or name in _dictionary()[1] else None
    written = {name + lv for lv in "省市州县区旗" if name + lv in text}
    if len(written) == 1:
        return written.pop()
    leveled = _dictionary()[1]
    known = [name + lv for lv in "省市州县区旗" if name + lv in leveled]
    return known[0] if len(known) == 1 else None


def bare_town(text: str, level: str) -> str | None:
    """The town (``镇``, ``乡``) a text speaking as ``我镇`` names bare (``关系某某全局``, ``某某有史以来``): a town
    of the gazetteer, named at least three times and three times as often as any other town name it holds.

    Town names are many and often plain words (建设镇, 交通镇): only a clear lead over every rival counts.
    """
    from models.ingest.metadata_bare_places import _straddles  # (that module imports this one)
    from models.ingest.metadata_words import _common_words

    towns = gazetteer().towns
    found: Counter[str] = Counter()
    for size in (2, 3):
        for i in range(len(text) - size + 1):
            stem = text[i : i + size]
            after = text[i + size : i + size + 1]
            if stem + level not in towns or (after and after in _LEVELS + "镇乡村街年月期季旬"):
                continue  # written with a level (沿河乡: another town or a village), or a time word's start
            if stem in _PROVINCES or stem in _NOT_PLACES or stem in _common_words() or _straddles(text, i, i + size):
                continue
            found[stem] += 1
    ranked = found.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 3 * ranked[1][1]):
        return None
    return ranked[0][0] + level
