"""The application's version, as installed (or as written in pyproject.toml when run from a checkout)."""

from __future__ import annotations

import tomllib
from importlib import metadata

from models.paths import ROOT


def app_version() -> str:
    """``0.1.0`` style; "" when neither the installed metadata nor pyproject.toml says."""
    pyproject = ROOT / "pyproject.toml"
    if pyproject.exists():  # a checkout: the file beside the code is the truth, even if an older copy is installed
        try:
            return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            pass
    try:
        return metadata.version("reportmark")
    except metadata.PackageNotFoundError:
        return ""
