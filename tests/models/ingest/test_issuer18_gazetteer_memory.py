"""The gazetteer read compactly answers exactly as the line-by-line reading of session 17 did (the installed data)."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.ingest.metadata_gazetteer import NameSet, gazetteer

_LETTERS = st.text(alphabet="华亭镇乡街道新南北东西a\u3000 ", min_size=0, max_size=5)


def _reference() -> tuple[dict, dict, dict, set[str], set[str]]:
    """Session 17's reading (every line decoded), with the villages it skipped kept aside to probe."""
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("jionlp is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "dictionary" / "china_location.zip"
    counties: dict[str, tuple[str, str, str]] = {}
    cities: dict[str, str] = {}
    provinces: dict[str, str] = {}
    towns: set[str] = set()
    others: set[str] = set()
    province = city = ""
    with zipfile.ZipFile(path) as archive, archive.open("china_location.txt") as raw:
        for line in io.TextIOWrapper(raw, encoding="utf-8"):
            parts = line.strip().split("\t")
            if line.startswith("\t\t\t\t"):
                others.add(parts[0])
                continue
            depth = len(line) - len(line.lstrip("\t"))
            if depth == 3:
                (towns if parts[0].endswith(("镇", "乡", "街道")) else others).add(parts[0])
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
    return counties, cities, provinces, towns, others


def test_the_compact_reading_holds_the_same_places_as_the_line_by_line_one() -> None:
    counties, cities, provinces, towns, others = _reference()
    known = gazetteer()
    assert (known.counties, known.cities, known.provinces) == (counties, cities, provinces)
    assert all(town in known.towns for town in towns)
    # villages, towns' other units (工业区), every county, city and province, and each town cut or lengthened
    probes = others | set(counties) | set(cities) | set(provinces)
    probes |= {t[:-1] for t in towns} | {t[1:] for t in towns} | {t + "镇" for t in towns} | {"", "镇", "乡"}
    assert {p for p in probes if p in known.towns} == probes & towns


@given(st.lists(_LETTERS, max_size=12), st.lists(_LETTERS, max_size=12))
def test_a_name_set_answers_as_a_set_of_its_names(names: list[str], probes: list[str]) -> None:
    rests: dict[str, str] = {}
    for name in names:
        if name:
            rests[name[0]] = rests.get(name[0], "\n") + name[1:] + "\n"
    held = NameSet(rests)
    for probe in [*names, *probes]:
        assert (probe in held) == (probe in {n for n in names if n})
