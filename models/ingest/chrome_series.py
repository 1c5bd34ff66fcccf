"""A library's navigation through a series: its pieces by year on one row, and the lone next or previous piece."""

from __future__ import annotations

import itertools
import re

# one title under several years on one line (2020年某县人民政府工作报告 2021年某县人民政府工作报告): a library's list
# of the series' pieces around the one shown (a wiki library, 2252, 1976); a report names itself once and never lists
# its own years so
_ROW = re.compile(r"^(?:19|20)\d\d\s*年(\S[^，,。；;：:%]{3,30}?)(?:[\s|｜、,，/]*(?:19|20)\d\d\s*年\1)+[\s|｜]*$")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_PIECE = re.compile(r"^((?:19|20)\d\d)\s*年(\S[^，,。；;：:%]{3,30})$")
_REACH = 3  # lines: the library sets the piece it could not fit on the row right under or over it (after 作者:…)
SERIES = "a library's navigation through the series' pieces"


def series_navigation(lines: list[str], roles: list[str], reasons: list[str]) -> None:
    """A row naming one title under several consecutive years is the library's navigation, and so is a lone line
    naming the same title under the year just after or before the row's (2252: ``2020年宣汉县…报告 2021年…报告`` ⏎
    ``作者:…`` ⏎ ``2022年宣汉县…报告``): taken together, or the lone line left beside the page's heading reads as its
    copy. A lone line under another title, or under a year the row leaves a gap to, stays."""
    for i, line in enumerate(lines):
        m = _ROW.match(line.strip())
        if not m:
            continue
        years = sorted(int(y) for y in _YEAR.findall(line))
        if any(b - a != 1 for a, b in itertools.pairwise(years)):
            continue  # pieces a library lists in order, a year apart: two years far apart are the text's comparison
        if roles[i] == "body":  # a row another rule took out still marks its lone piece
            roles[i], reasons[i] = "chrome", SERIES
        title = re.sub(r"\s", "", m.group(1))
        for j in range(max(0, i - _REACH), min(len(lines), i + _REACH + 1)):
            piece = _PIECE.match(lines[j].strip())
            if (
                j != i
                and roles[j] == "body"
                and piece
                and re.sub(r"\s", "", piece.group(2)) == title
                and int(piece.group(1)) in (years[0] - 1, years[-1] + 1)
            ):
                roles[j], reasons[j] = "chrome", SERIES
