"""Place names and their grammar: jieba's dictionary of places, the gazetteer's names it lacks, area words that end
in a level (试验区, 山区), masked places (XX县), the known place ending some words, a name's level prefixes, the city
written before a district, a firm named after its place, a town named bare (placing a bureau named by its level
only: ``metadata_bureau_place``)."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from models.folding import _fold_table
from models.ingest.metadata_gazetteer import gazetteer

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
# variant forms of letters place and office names write that OpenCC's traditional table does not know (so the
# folding leaves them): 陜 for 陝 (a common font form, 2006 陜西省), the 康熙 forms 靑 淸 鄕, and OpenCC's own Hong Kong
# variants 衞 敍 (its HKVariantsRev); measured over the gazetteer's names written one letter off in the corpus
_VARIANT_LETTERS = {"陜": "陕", "靑": "青", "淸": "清", "鄕": "乡", "衞": "卫", "敍": "叙"}


@lru_cache(maxsize=1)
def _to_simplified() -> dict[int, str]:
    """The script half of the project's folding table: traditional Chinese letters only (no case or width), less
    the letters place names write as they are (``_NAME_LETTERS``), plus the variant letters it lacks."""
    keep = {ord(ch) for ch in _NAME_LETTERS}
    table = {code: to for code, to in _fold_table().items() if 0x2E80 <= code < 0xFF00 and code not in keep}
    return table | {ord(variant): to for variant, to in _VARIANT_LETTERS.items()}


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


def with_city(place: str, text: str) -> str:
    """A district or county with the city the text writes right before it (``《丽江市古城区城市市容…办法》``: the
    place as the text gives it in full, 869/343); the place alone when the text never writes it so."""
    for m in re.finditer(rf"([\u4e00-\u9fff]{{2,6}}?[市州盟]){re.escape(place)}", text):
        for k in range(len(m.group(1)) - 2):
            if (prefix := m.group(1)[k:]) and known_place(prefix) == prefix:
                return prefix + place
    return place


# a firm's or a paper's name after the place it opens with (郴州海华竹木制品有限公司, 霍山铸造公司, 吉安日报): its
# trade name and line of business, no function letter between, then its form
_FIRM_NAME = re.compile(
    # (城西中医门诊部, 泰山茶溪谷产业园, 泰山茶产业综合体: a clinic, a park or a project named after a place, 1956/1848)
    r"(?:[^\W\d_的和与及在了等为对把将是向从于并、，。；：]{0,9}?(?:有限责任公司|有限公司|股份|集团|公司|银行"
    r"|门诊部|诊所|医院|卫生院|产业园|示范园|产业综合体|综合体)"
    r"|[^\W\d_]{0,2}?(?:日报|晚报|新闻网)|网(?![络格点民上站]))"
)


def inside_firm_name(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` of ``text`` opens a firm's or a paper's name, not the place itself."""
    return _FIRM_NAME.match(text, end) is not None


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


# a government word a place may already carry as the text writes it (眉山市政府市长, 某县人民政府)
_GOVERNMENT_WORD = re.compile(r"(?:人民)?政府\s*$")


def government_of(place: str) -> str:
    """The government of ``place``: its name and ``人民政府`` once (公文 convention), never a second government
    word after one the text already wrote (``眉山市政府`` → 眉山市人民政府, ``某县人民政府`` stays)."""
    return _GOVERNMENT_WORD.sub("", place.strip()) + "人民政府"


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
