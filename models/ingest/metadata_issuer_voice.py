"""The bureau a summary speaks as when no line names it: its sector system at the text's one level (全市人社系统)
with the bureau's own voice (局党组, 我局), at the place the text names."""

from __future__ import annotations

import re

from models.ingest.metadata_issuer_bureaus import _SECTOR_BUREAUS
from models.ingest.metadata_own_work import placed_name

# 全市人社系统, 全县民政系统, 我区医保系统: the sector's system at the level the text speaks as
_LEVEL_SYSTEM = re.compile(r"(?:全|我|本)([市县区])(" + "|".join(_SECTOR_BUREAUS) + r")系统")
# the bureau's own voice: its party group, its leaders, its offices, 我局
_BUREAU_VOICE = re.compile(r"我局|局党组|局机关|局领导班子|局班子")
# a level the text speaks at (全市, 我县, 本区), to tell one level from two
_SPOKEN_LEVEL = re.compile(r"(?:我|全|本)([市县区])(?![第首前排平均])")


def voiced_bureau(title: str | None, lines: list[str]) -> str | None:
    """The bureau of the one sector system the text speaks of at its one level (``全市人社系统`` with ``局党组``:
    the city's 人社局), in the place the text names (``“就”在中山`` → 中山市人力资源和社会保障局); None when the
    text has no bureau's voice, names two systems or two levels, or never names its place."""
    text = "\n".join(lines)[:8000]
    if not _BUREAU_VOICE.search(text):
        return None
    systems = {(m.group(1), m.group(2)) for m in _LEVEL_SYSTEM.finditer(text)}
    if len(systems) != 1 or len(set(_SPOKEN_LEVEL.findall(text))) != 1:
        return None
    level, sector = systems.pop()
    return placed_name(level + _SECTOR_BUREAUS[sector], lines)
