"""Times in exports: stored UTC instants written as the clerk's local time, in a form Excel reads as a date."""

from __future__ import annotations

import re
from datetime import date, datetime

_EXCEL_EPOCH = datetime(1899, 12, 30)


class LocalTime(str):
    """``"2026-12-05 14:03:22"`` (local time, no zone): CSV and Excel read it as a date and time.

    A ``str`` so every writer can treat it as text; the XLSX writer uses ``excel_serial`` to
    write a real date cell instead.
    """

    local: datetime

    def __new__(cls, local: datetime) -> LocalTime:
        obj = super().__new__(cls, local.strftime("%Y-%m-%d %H:%M:%S"))
        obj.local = local
        return obj

    @property
    def excel_serial(self) -> float:
        """Days since Excel's epoch (the number an Excel date cell holds)."""
        delta = self.local - _EXCEL_EPOCH
        return delta.days + delta.seconds / 86400


def local_time(stamp: str | None) -> LocalTime | str:
    """A stored ISO time (UTC, or with any offset) in local time; text that is not a time comes back as is."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:  # written without a zone: it was local already
        return LocalTime(moment.replace(microsecond=0))
    return LocalTime(moment.astimezone().replace(tzinfo=None, microsecond=0))


class DayDate(str):
    """A report's full date (``"2020-12-31"``): text for CSV and JSON, a date cell in XLSX."""

    day: date

    def __new__(cls, day: date) -> DayDate:
        obj = super().__new__(cls, day.isoformat())
        obj.day = day
        return obj

    @property
    def excel_serial(self) -> int:
        return (self.day - _EXCEL_EPOCH.date()).days


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def report_date(text: str | None) -> DayDate | str:
    """A stored report date: a full ``YYYY-MM-DD`` becomes a ``DayDate``; a year or month alone stays text."""
    if not text or not _FULL_DATE.fullmatch(text):
        return text or ""
    try:
        return DayDate(date.fromisoformat(text))
    except ValueError:  # 2021-02-30 as written in the report: kept as written
        return text
