"""Where things live: resources, seeds, the default project in the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
SEEDS = ROOT / "seeds"
PROJECT_SUFFIX = ".reportmark"


def data_dir() -> Path:
    """The user's data directory (overridable with REPORTMARK_HOME, used by tests)."""
    override = os.environ.get("REPORTMARK_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir("ReportMark", appauthor=False))


def default_project_path() -> Path:
    """The project file opened when none is named: 默认项目 in the data folder."""
    return data_dir() / f"默认项目{PROJECT_SUFFIX}"


def seed_files() -> list[Path]:
    """The sample reports shipped in ``seeds/`` (hidden files left out), sorted by name."""
    return sorted(p for p in SEEDS.iterdir() if p.is_file() and not p.name.startswith("."))
