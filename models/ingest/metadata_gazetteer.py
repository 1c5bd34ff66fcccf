"""China's gazetteer (jionlp's ``china_location.txt``): the province, city, county and town names a place may bear.

The zip file is streamed from the installed package; jionlp itself is never imported (its import is slow and
pulls numpy). The first call reads the file once per process (0.24-0.34 s measured on a loaded 2-core machine);
no caller asks for it before a text speaking as a town (我镇) needs its town's name.
"""

from __future__ import annotations

import importlib.util
import io
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Gazetteer:
    """County-level places by full name (``佳县``, ``嘉定区``) with their short name and the city and province
    above them; city-level and province-level full names with their short names; town-level names (镇, 乡, 街道)."""

    counties: dict[str, tuple[str, str, str]]
    cities: dict[str, str]
    provinces: dict[str, str]
    towns: frozenset[str]


_EMPTY = Gazetteer({}, {}, {}, frozenset())


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
    towns: set[str] = set()
    province = city = ""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("china_location.txt") as raw:
            for line in io.TextIOWrapper(raw, encoding="utf-8"):
                if line.startswith("\t\t\t\t"):
                    continue  # a village: most of the file, never a level of government that reports
                depth = len(line) - len(line.lstrip("\t"))
                parts = line.strip().split("\t")
                if depth == 3:
                    if parts[0].endswith(("镇", "乡", "街道")):
                        towns.add(parts[0])
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
    except (OSError, KeyError, zipfile.BadZipFile):
        return _EMPTY
    return Gazetteer(counties, cities, provinces, frozenset(towns))
