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


def with_suffix(path: Path, fmt: FormatChoice, *, english: bool = False) -> Path:
    """``path`` with the format's suffix; a default-looking stem follows the format's stem too.

    A clerk's own name (导出.xlsx) gets the format's tag when another kind of export writes the same suffix
    (导出_指标台账.xlsx for the 台账 after an XLSX export), so exporting both in turn never offers the file
    just written; going back to the first format drops the tag again.
    """
    stem = path.stem
    for other in FORMAT_CHOICES:
        for theirs, ours in ((other.stem, fmt.stem), (other.stem_en, fmt.stem_en)):
            if stem.startswith(theirs + "_") and theirs != ours:
                return path.with_name(ours + stem[len(theirs) :] + fmt.suffix)
    for tag in {t for c in _SHARING_A_SUFFIX for t in (c.stem, c.stem_en)}:
        if stem.endswith("_" + tag) and len(stem) > len(tag) + 1:
            stem = stem[: -len(tag) - 1]
    if fmt in _SHARING_A_SUFFIX and not stem.startswith((fmt.stem, fmt.stem_en)):
        stem += "_" + (fmt.stem_en if english else fmt.stem)
    return path.with_name(stem + fmt.suffix)


# formats writing the suffix of an earlier, different kind of export (the 台账 writes .xlsx as the XLSX export does)
_SHARING_A_SUFFIX: tuple[FormatChoice, ...] = tuple(
    c
    for i, c in enumerate(FORMAT_CHOICES)
    if any(o.suffix == c.suffix and o.stem != c.stem for o in FORMAT_CHOICES[:i])
)
