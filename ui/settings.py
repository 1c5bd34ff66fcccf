"""Application settings (QSettings in an ini file beside the user's data, so tests stay in a temp dir)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from models import paths

MAX_RECENT = 8


def settings() -> QSettings:
    """The settings file in the user's data directory (REPORTMARK_HOME in tests)."""
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def language() -> str:
    """ "zh_CN" (default) or "en"."""
    return str(settings().value("ui/language", "zh_CN"))


def set_language(lang: str) -> None:
    settings().setValue("ui/language", lang)


def author() -> str:
    """Who annotates: as set in 首选项, else the name the clerk logs in with."""
    return str(settings().value("annotation/author", "") or "") or os_user_name()


def os_user_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name known to the system
        return ""


def set_author(name: str) -> None:
    settings().setValue("annotation/author", name.strip())


def recent_projects() -> list[Path]:
    raw = settings().value("project/recent", []) or []
    items: list[str] = [raw] if isinstance(raw, str) else [str(p) for p in raw]  # type: ignore[attr-defined]
    return [Path(p) for p in items if p]


def add_recent_project(path: Path) -> None:
    items = [p for p in recent_projects() if p != path]
    items.insert(0, path)
    settings().setValue("project/recent", [str(p) for p in items[:MAX_RECENT]])


def last_project() -> Path | None:
    items = recent_projects()
    return items[0] if items else None


def _reading_key(project: Path) -> str:
    import hashlib

    return "reading/" + hashlib.sha1(str(Path(project).resolve()).encode("utf-8")).hexdigest()[:16]


def reading_position(project: Path) -> tuple[int, int] | None:
    """The report and display offset last read in ``project`` (None when never saved)."""
    raw = str(settings().value(_reading_key(project), "") or "")
    doc, _, offset = raw.partition(":")
    if not (doc.isdigit() and offset.isdigit()):
        return None
    return int(doc), int(offset)


def set_reading_position(project: Path, doc_id: int, offset: int) -> None:
    settings().setValue(_reading_key(project), f"{int(doc_id)}:{max(0, int(offset))}")


def last_folder(default: Path | None = None) -> str:
    """The folder the clerk last chose a file in (file dialogs open there), else ``default`` or home."""
    raw = str(settings().value("dialogs/last_folder", "") or "")
    if raw and Path(raw).is_dir():
        return raw
    return str(default if default is not None else Path.home())


def remember_folder(chosen: str | Path) -> None:
    """Remember the folder of a chosen file (or the chosen folder itself)."""
    p = Path(chosen)
    folder = p if p.is_dir() else p.parent
    if str(folder):
        settings().setValue("dialogs/last_folder", str(folder))
