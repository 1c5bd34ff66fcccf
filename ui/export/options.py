"""Export choices offered by the dialog (format, encoding, file suffix) and default file names; no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class FormatChoice:
    """One entry of the format list: what to pass to ``export_annotations`` and the file suffix."""

    key: str  # unique id of the choice (settings, tests)
    fmt: str  # ``export_annotations(fmt=...)``
    encoding: str
    suffix: str
    stem: str  # default file name before the date
    stem_en: str  # the same in an English interface
    headers_apply: bool = True  # Chinese/English headers mean something for this format


FORMAT_CHOICES: tuple[FormatChoice, ...] = (
    FormatChoice("xlsx", "xlsx", "utf-8-sig", ".xlsx", "标注导出", "annotations"),
    FormatChoice("csv", "csv", "utf-8-sig", ".csv", "标注导出", "annotations"),
    FormatChoice("csv-gb18030", "csv", "gb18030", ".csv", "标注导出", "annotations"),
    FormatChoice("json", "json", "utf-8-sig", ".json", "标注导出", "annotations"),
    FormatChoice("qdpx", "qdpx", "utf-8-sig", ".qdpx", "标注项目", "annotation_project", headers_apply=False),
    FormatChoice("ledger", "ledger", "utf-8-sig", ".xlsx", "指标台账", "indicator_ledger"),
)


def choice(key: str) -> FormatChoice:
    """The format choice named ``key`` (the first one when unknown)."""
    return next((c for c in FORMAT_CHOICES if c.key == key), FORMAT_CHOICES[0])


def default_file_name(fmt: FormatChoice, today: date | None = None, *, english: bool = False) -> str:
    """``标注导出_20261123.xlsx`` and the like (``annotations_20261123.xlsx`` in an English interface)."""
    day = (today or date.today()).strftime("%Y%m%d")
    return f"{fmt.stem_en if english else fmt.stem}_{day}{fmt.suffix}"


def with_suffix(path: Path, fmt: FormatChoice) -> Path:
    """``path`` with the format's suffix; a default-looking stem follows the format's stem too."""
    stem = path.stem
    for other in FORMAT_CHOICES:
        for theirs, ours in ((other.stem, fmt.stem), (other.stem_en, fmt.stem_en)):
            if stem.startswith(theirs + "_") and theirs != ours:
                return path.with_name(ours + stem[len(theirs) :] + fmt.suffix)
    return path.with_name(stem + fmt.suffix)
