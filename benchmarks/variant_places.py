"""The place-swap and office-swap variant families: a report and its gold with every place (or office) renamed.

``places``: every province, city, county and town name of China's gazetteer (jionlp's ``china_location.txt``, the
one ``models/ingest/metadata_gazetteer.py`` reads) that a report writes in full is replaced, consistently in the text
and in every gold string, by another real place of the same level and kind (省→省, 自治州→自治州, 县→县, 镇→镇, of
the same length where one exists), chosen under the replacements of the places above it (a county under the
swapped city, a town under the swapped county), seeded; the short forms of the swapped places (长兴 of 长兴县) follow
them unless the short form is a common word (和平 of 和平区). ``offices``: the bureaus a report names (统计局, 交通局,
财政局…) permuted among bureaus of the same shape (交通局→水利局). Rules that only work for the names they were
written against show up as losses against the untransformed reports.
"""

from __future__ import annotations

import functools
import importlib.util
import random
import re
import zipfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.variant_transforms import Family, Variant, _map_strings

__all__ = ["FAMILIES", "Places", "fam_offices", "fam_places", "office_swap", "place_swap", "places"]

# gold keys whose values are no text of the report (dates, notes, indicator values and kinds)
_GOLD_KEYS_KEPT = frozenset({"file", "date", "notes", "kind", "value", "change", "occurrence"})

# names that are also the plain words for a part of any city or a kind of zone (新城区, 城区, 开发区): never swapped
_GENERIC = re.compile(
    r"开发区|示范区|名胜区|^.?新区$|地区$|管理区|试验区|园区|实验区|林区|矿区|合作区|旅游区|^[新老旧][城市]区$|^城区$|^郊区$|^市中区$"
)
_KIND = re.compile(r"(?:自治[区州县旗]|特别行政区|街道|地区|[省市州盟区县旗镇乡])$")
_LEVELS = ("province", "city", "county", "town")


@dataclass(frozen=True)
class Place:
    name: str
    short: str
    level: str
    parent: str  # the name of the place above it ("" for a province)


@dataclass(frozen=True)
class Places:
    """The gazetteer as a tree: each level's places, and each place's children by parent name."""

    by_name: dict[str, list[Place]]
    children: dict[tuple[str, str], list[Place]]  # (level, parent name) -> places
    by_level: dict[str, list[Place]]
    shorts: dict[str, set[str]]  # a short form -> the names of every place bearing it (长沙 -> 长沙市, 长沙县)


def kind(name: str) -> str:
    """A place name's kind, the level word it ends in (``自治县``, ``街道``, ``市``)."""
    m = _KIND.search(name)
    return m.group(0) if m else ""


@functools.cache
def places() -> Places:
    """The gazetteer's provinces, cities, counties and towns with their parents (villages skipped)."""
    spec = importlib.util.find_spec("jionlp")
    by_name: dict[str, list[Place]] = defaultdict(list)
    children: dict[tuple[str, str], list[Place]] = defaultdict(list)
    by_level: dict[str, list[Place]] = defaultdict(list)
    if spec is None or not spec.submodule_search_locations:
        return Places({}, {}, {}, {})
    path = Path(next(iter(spec.submodule_search_locations))) / "dictionary" / "china_location.zip"
    parents = ["", "", "", ""]
    with zipfile.ZipFile(path) as archive:
        for raw in archive.read("china_location.txt").decode("utf-8").split("\n"):
            depth = len(raw) - len(raw.lstrip("\t"))
            if depth > 3 or not raw.strip():
                continue
            parts = raw.strip().split("\t")
            name = parts[0]
            short = parts[2] if len(parts) >= 3 else name
            parents[depth] = name
            place = Place(name, short, _LEVELS[depth], parents[depth - 1] if depth else "")
            if depth == 1 and name == place.parent:
                continue  # a municipality's city level repeats the province (北京市 under 北京市)
            if depth == 3 and kind(name) not in ("镇", "乡", "街道"):
                continue
            by_name[name].append(place)
            children[(place.level, place.parent)].append(place)
            by_level[place.level].append(place)
    shorts: dict[str, set[str]] = defaultdict(set)
    for name, bearers in by_name.items():
        for place in bearers:
            shorts[place.short].add(name)
    return Places(dict(by_name), dict(children), dict(by_level), dict(shorts))


def swappable(name: str) -> bool:
    """A gazetteer name long enough and specific enough to stand for its place wherever a text writes it."""
    return len(name) >= 3 and kind(name) != "" and not _GENERIC.search(name)


def found_places(text: str, gaz: Places) -> list[str]:
    """The gazetteer names the text writes in full, the longest at each spot, left to right, without overlaps."""
    from models.ingest.metadata_words import _two_letter_words

    pairs = _two_letter_words()
    out: list[str] = []
    i = 0
    ends = {m.end() for m in _KIND_ANYWHERE.finditer(text)}
    starts: dict[int, int] = {}
    for end in sorted(ends):
        for size in range(min(16, end), 2, -1):
            word = text[end - size : end]
            start = end - size
            if start and text[start - 1 : start + 1] in pairs and text[start - 1] not in _STANDS:
                continue  # 其中城镇: the letter before binds the name's first into a word (中城镇 is a town)
            if word in gaz.by_name and swappable(word):
                starts.setdefault(end - size, end)
                starts[end - size] = max(starts[end - size], end)
                break
    for start in sorted(starts):
        if start >= i:
            out.append(text[start : starts[start]])
            i = starts[start]
    return sorted(set(out), key=out.index)


_STANDS = set('\n,，、;；。:：《“"(（年在省市州县区')  # letters after which a name stands on its own
_KIND_ANYWHERE = re.compile(r"自治[区州县旗]|特别行政区|街道|地区|[省市州盟区县旗镇乡]")


def _choose(
    rng: random.Random, original: Place, pool: list[Place], used: set[str], gaz: Places, needs: set[str]
) -> Place | None:
    """A place of ``pool`` of the original's kind, not itself nor one already given, with places below it of the
    kinds ``needs`` (a city with counties, not only districts, when a county is to be swapped under it), of its
    length if one exists."""
    fits = [p for p in pool if kind(p.name) == kind(original.name) and p.name not in used and swappable(p.name)]
    fits = [p for p in fits if p.name != original.name]
    below = _LEVELS[min(_LEVELS.index(original.level) + 1, 3)]
    covering = [p for p in fits if needs <= {kind(c.name) for c in gaz.children.get((below, p.name), [])}]
    fits = covering or fits
    same = [p for p in fits if len(p.name) == len(original.name) and len(p.short) == len(original.short)]
    choice = same or fits
    return rng.choice(choice) if choice else None


def place_swap(text: str, rng: random.Random, gaz: Places | None = None) -> dict[str, str]:
    """For the places the text writes (and their short forms), the real places that replace them, chosen top
    down so a swapped county lies in its swapped city where the gazetteer allows."""
    gaz = gaz or places()
    from models.ingest.metadata_words import _common_words

    written = found_places(text, gaz)
    # each written place, read as the highest level its name has (上海市: the province), its parent the one written
    chosen: dict[str, Place] = {}
    for name in written:
        candidates = gaz.by_name[name]
        within = [p for p in candidates if p.parent in written]
        chosen[name] = min(within or candidates, key=lambda p: _LEVELS.index(p.level))
    # the chain above each written place, so its replacement is picked under its parent's replacement
    chain: dict[str, Place] = {}
    for place in chosen.values():
        chain[place.name] = place
        parent = place.parent
        while parent and parent not in chain:
            above = gaz.by_name.get(parent, [])
            if not above:
                break
            level = _LEVELS[_LEVELS.index(place.level) - 1] if place.level != "province" else "province"
            up = next((p for p in above if p.level == level), above[0])
            chain[parent] = up
            place, parent = up, up.parent
    needs: dict[str, set[str]] = defaultdict(set)  # the kinds of the places to be swapped under each
    for place in chain.values():
        needs[place.parent].add(kind(place.name))
    swap: dict[str, Place] = {}
    used: set[str] = set(chain)
    for level in _LEVELS:
        for name, place in sorted(chain.items()):
            if place.level != level:
                continue
            parent_swap = swap.get(place.parent)
            pool = gaz.children.get((level, parent_swap.name), []) if parent_swap else []
            wants = needs.get(name, set())
            new = _choose(rng, place, pool, used, gaz, wants) or _choose(
                rng, place, gaz.by_level.get(level, []), used, gaz, wants
            )
            if new is not None:
                swap[name] = new
                used.add(new.name)
    mapping = {name: swap[name].name for name in written if name in swap}
    common = _common_words()
    for name in written:
        if name not in swap:
            continue
        old, new = chosen[name].short, swap[name].short
        # (a short form two places bear, 长沙 of 长沙市 and 长沙县, or a word, 古城, is no sure name: kept)
        sole = gaz.shorts.get(old, set()) <= {name}
        if len(old) >= 2 and len(new) >= 2 and old != name and sole and old not in common and old not in mapping:
            mapping[old] = new
    return mapping


def replace_all(mapping: dict[str, str]) -> Callable[[str], str]:
    """A function writing every key of ``mapping`` as its value, the longest key first at each spot."""
    if not mapping:
        return lambda s: s
    pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
    return lambda s: pattern.sub(lambda m: mapping[m.group(0)], s)


def _swapped(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, mapping: dict[str, str]) -> Variant | None:
    if not mapping:
        return None
    fn = replace_all(mapping)
    new_gold = _map_strings(gold, fn, _GOLD_KEYS_KEPT)
    new_ind = _map_strings(ind, fn, _GOLD_KEYS_KEPT) if ind is not None else None
    return Variant(fn(text).encode("utf-8"), ".txt", new_gold, new_ind)


def written_forms(text: str, rng: random.Random) -> dict[str, str]:
    """``place_swap`` for a text in either script: a traditional copy (遼寧朝陽市) is read through its simplified
    form, and each name is swapped as the text writes it (to the new name in traditional script) and as its gold,
    written simplified, writes it."""
    from benchmarks.variant_transforms import _t2s, traditional

    simple = str(_t2s().convert(text))
    if simple == text or len(simple) != len(text):
        return place_swap(text, rng)
    mapping = place_swap(simple, rng)
    out = dict(mapping)
    for old, new in mapping.items():
        for m in re.finditer(re.escape(old), simple):
            written = text[m.start() : m.end()]
            if written != old:
                out.setdefault(written, traditional(new))
    return out


def fam_places(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant | None:
    return _swapped(text, gold, ind, written_forms(text, rng))


# bureaus of one shape, swapped among themselves: two letters + 局, and the longer 和-joined ones
_TWO_LETTER_STEMS = (
    "统计财政审计水利商务民政教育科技交通林业司法文化体育粮食"
    + "物价档案气象城管住建农业环保人社药监医保应急税务信访侨务外事旅游"
)
_BUREAUS = tuple(_TWO_LETTER_STEMS[i : i + 2] + "局" for i in range(0, len(_TWO_LETTER_STEMS), 2))
_LONG_BUREAUS = [
    "人力资源和社会保障局",
    "自然资源和规划局",
    "住房和城乡建设局",
    "农业农村局",
    "交通运输局",
    "卫生健康局",
    "生态环境局",
    "市场监督管理局",
    "文化和旅游局",
    "退役军人事务局",
    "工业和信息化局",
    "发展和改革局",
    "科学技术局",
    "商务和投资促进局",
]


def office_swap(text: str, rng: random.Random) -> dict[str, str]:
    """The bureaus the text names, each given another bureau of its shape (a seeded permutation)."""
    mapping: dict[str, str] = {}
    for pool in (_LONG_BUREAUS, _BUREAUS):
        written = [b for b in pool if b in text and not any(b in k for k in mapping)]
        free = [b for b in pool if b not in written]
        rng.shuffle(free)
        for b in written:
            if free:
                mapping[b] = free.pop()
    return mapping


def fam_offices(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant | None:
    return _swapped(text, gold, ind, office_swap(text, rng))


FAMILIES: dict[str, Family] = {"places": fam_places, "offices": fam_offices}
