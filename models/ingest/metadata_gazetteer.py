"""China's gazetteer (jionlp's ``china_location.txt``): the province, city, county and town names a place may bear.

The zip file is streamed from the installed package; jionlp itself is never imported (its import is slow and
pulls numpy). The first call reads the file once per process, since session 17 at the first text that names or
speaks as a county-level place: its villages (nine lines in ten) skipped undecoded and its 30,000 towns held as one
string per first letter (session 18: 0.20 -> 0.14 s and 6.2 -> 1.6 MiB of peak memory read alone). Also here: the
names of the gazetteer a text writes (``gazetteer_names``), the authority over jieba's dictionary on county-level
names.
"""

from __future__ import annotations

import importlib.util
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


class NameSet:
    """Many short names held compactly for membership (``name in towns``): for each first letter, the rest of every
    name it opens in one string (``"\n亭镇\n翔镇\n"`` under 华), about a sixth of a set of 30,000 strings' memory."""

    __slots__ = ("_rests",)

    def __init__(self, rests: dict[str, str]) -> None:
        self._rests = rests

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str) or not name:
            return False
        rest = self._rests.get(name[0])
        return rest is not None and f"\n{name[1:]}\n" in rest


@dataclass(frozen=True)
class Gazetteer:
    """County-level places by full name (``佳县``, ``嘉定区``) with their short name and the city and province
    above them; city-level and province-level full names with their short names; town-level names (镇, 乡, 街道)."""

    counties: dict[str, tuple[str, str, str]]
    cities: dict[str, str]
    provinces: dict[str, str]
    towns: NameSet


_EMPTY = Gazetteer({}, {}, {}, NameSet({}))
# a line of the file above the villages (four tabs deep, nine in ten of its 700,000 lines): provinces, cities,
# counties (name, code, short name) and towns
_ABOVE_VILLAGES = re.compile(rb"(?m)^(?!\t\t\t\t)[^\n]+")
_CHUNK = 1 << 16


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, read once; empty when jionlp is not installed."""
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        return _EMPTY
    path = Path(next(iter(spec.submodule_search_locations))) / "dictionary" / "china_location.zip"
    counties: dict[str, tuple[str, str, str]] = {}
    cities: dict[str, str] = {}
    provinces: dict[str, str] = {}
    towns: dict[str, bytearray] = {}
    province = city = ""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("china_location.txt") as raw:
            # read in chunks, villages skipped undecoded: a line's object each for 700,000 lines cost 0.2 s
            tail = b""
            while True:
                chunk = raw.read(_CHUNK)
                data = tail + chunk
                cut = data.rfind(b"\n") + 1 if chunk else len(data)
                tail = data[cut:]
                for found in _ABOVE_VILLAGES.finditer(data, 0, cut):
                    line = found.group().decode("utf-8")
                    depth = len(line) - len(line.lstrip("\t"))
                    parts = line.strip().split("\t")
                    if depth == 3:
                        if parts[0].endswith(("镇", "乡", "街道")):
                            name = parts[0]
                            towns.setdefault(name[0], bytearray(b"\n")).extend(name[1:].encode() + b"\n")
                        continue
                    if len(parts) < 3:
                        continue
                    name, short = parts[0], parts[2]
                    if depth == 0:
                        province = name
                        provinces[name] = short
                    elif depth == 1:
                        city = name
                        cities[name] = short
                    elif depth == 2:
                        counties.setdefault(name, (short, city, province))
                if not chunk:
                    break
    except (OSError, KeyError, zipfile.BadZipFile):
        return _EMPTY
    return Gazetteer(counties, cities, provinces, NameSet({first: rest.decode() for first, rest in towns.items()}))


# the letters after a level that make it part of a word (金坛区域, 东宁市场, 全椒县城, 县级): no place ends there
_LEVEL_WORD_AFTER = {"区": "域位块间划段级", "县": "域城级", "市": "场民级值容貌", "州": "级", "旗": "级帜"}
# 瑶族自治县, 自治县: the kind of an autonomous place, its name cut off before it
AUTONOMOUS_KIND = re.compile(r"(?:[\u4e00-\u9fff]{1,3}族)*自治[区县州旗]")
# zones (开发区, 新区) and the plain words for a part of any city (东区, 郊区): no government's name
_ZONE = re.compile(
    r"开发区|示范区|名胜区|新区|地区|管理区|试验区|园区|实验区|林区|矿区|合作区|旅游区|^[东西南北]区$|^郊区$"
)


def gazetteer_names(text: str, level: str) -> Counter[str]:
    """The gazetteer's counties, districts and cities of ``level`` the text writes with their level, counted
    (``金坛区``, ``务川仡佬族苗族自治县``, names jieba's dictionary lacks or cuts in two): the longest name ending at
    each level letter, not glued into a word on either side (加上城区 holds 上城区: 加上 binds its first letter;
    金坛区域) and no zone (开发区, 新区); a name whose stem is a common word (保定市, 大同区) only where a name
    stands (a line's or clause's start, after a year: ``2024年,保定市在…``)."""
    from models.ingest.metadata_places import _SURE_AREA_WORD, _gazetteer_place, is_area_word
    from models.ingest.metadata_words import _common_words, _two_letter_words

    places = gazetteer()
    found: Counter[str] = Counter()
    if not places.counties:
        return found
    for m in re.finditer(level, text):
        end = m.end()
        if text[end : end + 1] and text[end] in _LEVEL_WORD_AFTER.get(level, "级"):
            continue
        for size in range(min(16, end), 1, -1):
            word = text[end - size : end]
            if not (word in places.counties or word in places.cities) or _ZONE.search(word):
                continue
            start = end - size
            before = text[start - 1] if start else ""
            stands = not before or before in '\n,，、;；。:：《“"(（年在'
            if not stands and text[start - 1 : start + 1] in _two_letter_words():
                continue  # 加上城区: the letter before binds the name's first into a word
            if size == 2 and (is_area_word(word) or word in _common_words()):
                break  # 景县, 新县: a scenic area's or a new county's word before it is ever a county's name
            if _gazetteer_place(word) and not is_area_word(word) and size > 2:
                found[word] += 1
            elif stands and not (_SURE_AREA_WORD.search(word) or re.fullmatch(r"[新老旧][城市]区|城区", word)):
                found[word] += 1  # 保定市, 凤山县, 道县: a common word's letters, but standing as a name
            break
    return found


def short_form(name: str) -> str | None:
    """``name`` with its autonomous county written short as the gazetteer gives it (三江侗族自治县财政局 ->
    三江县财政局), or None when it opens with no such county."""
    counties = gazetteer().counties
    for k in range(min(len(name), 16), 4, -1):
        place = name[:k]
        if place in counties and "自治" in place:
            return counties[place][0] + place[-1] + name[k:]
    return None


@lru_cache(maxsize=1)
def short_autonomous() -> frozenset[str]:
    """Autonomous counties as their own people write them short, the seat's name and 县 (镇沅县 for
    镇沅彝族哈尼族拉祜族自治县, 三江县, 石柱县, 张家川县): two letters and more, so no one-letter stem."""
    return frozenset(
        seat[0] + "县" for full, seat in gazetteer().counties.items() if full.endswith("自治县") and len(seat[0]) >= 2
    )


def sole_place(text: str, level: str) -> str | None:
    """The one city (``level`` 市) or province (省) whose name, short or full, the text writes, in full (``大连`` →
    大连市, ``湖南`` → 湖南省); None when it writes none or two (a report naming its own place once, in passing:
    嘱托大连要…, 涌动湖南). Any city or province is a rival, whatever its kind (自治州, 盟, 直辖市). A short name
    written only as the stem of another place's name (长沙县, 南昌县, 吉林市 for the province) does not name it."""
    places = gazetteer()
    names = places.cities if level == "市" else places.provinces if level == "省" else None
    if not names:
        return None
    found = {
        full
        for full, short in names.items()
        if len(short) >= 2 and short in text and not _only_as_namesake(text, short, full)
    }
    if len(found) != 1:
        return None
    full = next(iter(found))
    return full if full.endswith(level) else None


def _only_as_namesake(text: str, short: str, full: str) -> bool:
    """True when every ``short`` in ``text`` opens another place's name (长沙县 for 长沙市: a county named after its
    city), so that the place ``full`` itself is never written."""
    places = gazetteer()
    for m in re.finditer(re.escape(short), text):
        named = text[m.start() : m.end() + 1]
        if named == full or not (named in places.counties or named in places.cities):
            return False
    return True
