"""The place a bureau's text names once, bare, in its own words: before the bureau's own line of work (``厚植钟楼工业``,
``福州科技工作``, ``成华文旅事业``) or inside the brand its government gives the place (``善美济阳``, ``幸福恩阳``).

A bureau's summary speaks of its sector in its place's name (``某某工业经济``, ``某某科技工作``): that name, a place the
gazetteer lists at the bureau's level and no city above it, is where the bureau is, even when it is also a common
word (钟楼, a bell tower, does not run industry). A brand (``美丽``, ``幸福``, ``善美`` + the place) names the place
its government builds, but only a name that is no common word counts there (健康长寿 is good health, not 长寿区).
The rule abstains when the text gives two such places or writes another place of the bureau's level with its level.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from models.ingest.metadata_gazetteer import gazetteer, gazetteer_names
from models.ingest.metadata_places import _NOT_PLACES, _PROVINCES, inside_firm_name, is_area_word
from models.ingest.metadata_words import _common_words, _two_letter_words

# a bureau's short name and the lines of work it is named for (工信局 runs 工业 and 信息化)
_SHORT_SECTORS = {
    "工信": ("工业", "信息化", "工信"),
    "经信": ("工业", "经信", "经济和信息化"),
    "经济和信息化": ("工业", "经信"),
    "文旅": ("文旅", "文化", "旅游"),
    "文体旅": ("文旅", "文体旅", "文化", "旅游", "体育"),
    "文广旅": ("文旅", "文广旅", "文化", "旅游"),
    "住建": ("住建", "城乡建设", "住房"),
    "人社": ("人社", "就业"),
    "农业农村": ("农业", "农村", "三农"),
}
# words of a bureau's name that are no line of work of its own: any text writes them after any noun
_NO_SECTOR = frozenset(
    ("发展", "改革", "管理", "服务", "事务", "资源", "保障", "监督", "信息", "委员", "办公", "工作", "行政", "综合")
)
# the brands a government gives its own place (美丽某某, 幸福某某, 善美某某, 数字某某)
_BRAND = "美丽|幸福|善美|大美|魅力|活力|平安|法治|智慧|数字|文明|人文|品质|生态|健康|锦绣|和谐"
_LEVEL_LETTERS = "省市县区旗州盟镇乡村街路"


def sector_words(kind: str) -> tuple[str, ...]:
    """The lines of work a bureau's kind names (``工信局`` → 工业, 信息化; ``文化体育和旅游局`` → 文化, 体育, 旅游,
    文旅), longest first; none for a kind named by no line of work of its own."""
    core = re.sub(r"(?:局|委员会|委|办公室|办)$", "", kind)
    words: set[str] = set(_SHORT_SECTORS.get(core, ()))
    chunks: list[str] = []
    for part in re.split(r"[和与、]", core):
        chunks.extend(part[k : k + 2] for k in range(0, len(part) - 1, 2)) if len(part) in (4, 6) else chunks.append(
            part
        )
    if len(chunks) >= 2 and all(len(c) == 2 for c in chunks):
        words.add(chunks[0][0] + chunks[-1][0])  # 文化和旅游 → 文旅
        words.add("".join(c[0] for c in chunks))  # 文化体育和旅游 → 文体旅
    words.update(chunks)
    words.add(core)
    return tuple(sorted((w for w in words if len(w) >= 2 and w not in _NO_SECTOR), key=len, reverse=True))


@lru_cache(maxsize=1)
def _stems() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each short name of the gazetteer with its full names at the county level and at the city level."""
    known = gazetteer()
    counties: dict[str, set[str]] = {}
    cities: dict[str, set[str]] = {}
    for full, (short, _city, _province) in known.counties.items():
        counties.setdefault(short, set()).add(full)
    for full, short in known.cities.items():
        cities.setdefault(short, set()).add(full)
    return {
        short: (frozenset(counties.get(short, ())), frozenset(cities.get(short, ())))
        for short in set(counties) | set(cities)
        if len(short) >= 2
    }


def _stems_of(full: str) -> str:
    """The short name the gazetteer gives ``full`` (钟楼区 → 钟楼)."""
    known = gazetteer()
    return known.counties[full][0] if full in known.counties else known.cities.get(full, full[:-1])


@lru_cache(maxsize=1)
def _verbal_words() -> frozenset[str]:
    """The two- and three-letter words jieba's dictionary knows as verbs, adjectives or adverbs and uses often (复兴,
    振兴, 和平): before a noun such a word is read as itself, never as a place (a noun, 钟楼, cannot run industry)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return frozenset()
    found: set[str] = set()
    try:
        with (Path(spec.origin).resolve().parent / "dict.txt").open(encoding="utf-8") as lines:
            for line in lines:
                parts = line.split()
                verbal = len(parts) == 3 and 2 <= len(parts[0]) <= 3 and parts[2][:1] in "vad"
                if verbal and parts[1].isdigit() and int(parts[1]) > 100:
                    found.add(parts[0])
    except OSError:
        return frozenset()
    return frozenset(found)


def _full_at_level(stem: str, level: str) -> str | None:
    """``钟楼区`` for 钟楼 at the level 区: the one full name the gazetteer gives the stem at that level, None when the
    stem also names a city above a county-level bureau (朝阳区 and 朝阳市) or no place of that level."""
    counties, cities = _stems().get(stem, (frozenset(), frozenset()))
    if level in "区县旗":
        if cities:
            return None  # a bare 株洲 may be the city around a district's bureau
        named = [full for full in counties if full.endswith(level)]
    else:
        named = [full for full in cities | counties if full.endswith("市")]
    return named[0] if len(set(named)) == 1 else None


def sector_place(name: str, text: str) -> str | None:
    """``钟楼区工信局`` for ``区工信局`` in a text writing ``厚植钟楼工业经济``: the one place of the bureau's level the
    text names bare before the bureau's own line of work or in a brand of its own; None on any doubt."""
    if len(name) < 3 or name[0] not in "市区县旗":
        return None
    level, kind = name[0], name[1:]
    words = sector_words(kind)
    found: set[str] = set()
    if words:
        for m in re.finditer("|".join(map(re.escape, words)), text):
            if (place := _place_before(text, m.start(), level)) is not None:
                found.add(place)
    for m in re.finditer(_BRAND, text):
        if (place := _place_after(text, m.group(0), m.end(), level)) is not None:
            found.add(place)
    if len(found) != 1:
        return None
    place = found.pop()
    short = _stems_of(place)
    if any(inside_firm_name(text, m.end()) for m in re.finditer(re.escape(short), text)):
        return None  # 泰山农业发展集团, 泰山茶溪谷产业园: a brand named after the place, wherever it stands (1848)
    if any(other != place for other in gazetteer_names(text, level)):
        return None  # another place of the bureau's level, written with its level: no telling which
    return place + kind


def _place_before(text: str, end: int, level: str) -> str | None:
    """The full place whose short name ends right before ``end`` (钟楼 of ``厚植钟楼工业``), standing as a name: the
    letter before it binds with its first into no word (为成华 is 为 + 成华; 加上城 holds 上城 bound to 加)."""
    for size in (4, 3, 2):
        at = end - size
        if at < 0:
            continue
        stem = text[at:end]
        if _known(stem, level) is None:
            continue
        if at > 0 and text[at - 1 : at + 1] in _two_letter_words():
            continue
        return _known(stem, level)
    return None


def _place_after(text: str, brand: str, start: int, level: str) -> str | None:
    """The full place whose short name opens at ``start`` after ``brand`` (济阳 of ``善美济阳``), no common word and
    no set phrase with the brand (健康长寿, a wish, not 长寿区), not written with a level after it; its last letter
    binds into no word after it (美丽城乡)."""
    from models.suggest.keywords import get_jieba

    for size in (4, 3, 2):
        stem = text[start : start + size]
        after = text[start + size : start + size + 1]
        if len(stem) < size or stem in _common_words() or (after and after in _LEVEL_LETTERS):
            continue
        if get_jieba().dt.FREQ.get(brand + stem):
            continue
        if _known(stem, level) is None or text[start + size - 1 : start + size + 1] in _two_letter_words():
            continue
        return _known(stem, level)
    return None


def _known(stem: str, level: str) -> str | None:
    if stem in _PROVINCES or stem in _NOT_PLACES or stem[-1] in "市县区旗镇乡" or stem in _verbal_words():
        # 质量兴县: written with a level (福州, 杭州 end in 州 and are named bare); 复兴退役军人之家: a verb or an
        # adjective before a noun (1481)
        return None
    full = _full_at_level(stem, level)
    return None if full is None or is_area_word(full) else full
