"""docs/reading.md names every module of the reader, and only modules that exist: the map a newcomer reads first
stays true as modules are added, split or removed."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAP = ROOT / "docs" / "reading.md"


def _modules(package: str) -> set[str]:
    return {p.name for p in (ROOT / "models" / package).glob("*.py")}


def _named() -> set[str]:
    return set(re.findall(r"`([a-z_]+\.py)`", MAP.read_text(encoding="utf-8")))


def test_every_reader_module_is_on_the_map() -> None:
    missing = (_modules("ingest") | _modules("suggest")) - _named()
    assert not missing, f"add these to docs/reading.md: {sorted(missing)}"


def test_the_map_names_no_module_that_is_gone() -> None:
    known = _modules("ingest") | _modules("suggest") | {p.name for p in (ROOT / "models").glob("*.py")}
    known |= {p.name for p in (ROOT / "benchmarks").glob("*.py")}
    gone = _named() - known
    assert not gone, f"docs/reading.md names modules that do not exist: {sorted(gone)}"
