"""Flattened tables: statistics rows (a row's name, figure and growth in % each on a line of its own), project lists."""

from __future__ import annotations

import re
from typing import Any

from models.suggest._context import Item
from models.suggest._kind import context_attrs
from models.suggest._quantities import NUM
from models.suggest._text import Spans
from models.suggest.numbers import UNIT_PATTERN, UNITS

# the header of the growth column: 较上年增长(%), 比上年增减(%), 同比增长%, 增速(%)
_HEADER_RE = re.compile(
    r"(?:(?:较|比)(?:上年|去年)(?:同期)?|同比)(?:±|增长|增减|增速|增幅)?\s*[(（]?\s*%\s*[)）]?"
    r"|(?:增长|增速|增幅|增减)\s*[(（]\s*%\s*[)）]"
)
_NAME_RE = re.compile(r"(?:其中\s*[:：]\s*)?(?P<name>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9·()（）]{0,19})")
_VALUE_RE = re.compile(rf"(?P<num>{NUM})\s?(?P<unit>{UNIT_PATTERN})")
_CHANGE_RE = re.compile(rf"(?P<sign>[-−－+]?)\s?(?P<num>{NUM})")
_LINE_RE = re.compile(r"[^\n]+")


def find_table_rows(t: str, taken: Spans, targets: Spans) -> list[Item]:
    """Rows under a growth-column header (``粮食总产量⏎162817吨⏎0.5``), one indicator each.

    Their spans are added to ``taken`` so the figures are not read again as text.
    """
    if "%" not in t:
        return []
    lines = [(m.start(), m.end(), m.group(0).strip()) for m in _LINE_RE.finditer(t) if m.group(0).strip()]
    out: list[Item] = []
    k = 0
    while k < len(lines):
        if not _HEADER_RE.fullmatch(lines[k][2]):
            k += 1
            continue
        k += 1
        while k + 2 < len(lines):
            name = _NAME_RE.fullmatch(lines[k][2])
            value = _VALUE_RE.fullmatch(lines[k + 1][2])
            change = _CHANGE_RE.fullmatch(lines[k + 2][2])
            if not (name and value and change) or value.group("unit") not in UNITS:
                break
            start, end = lines[k][0], lines[k + 2][1]
            if taken.overlaps(start, end):
                break
            sign = -1 if change.group("sign") else 1
            attrs: dict[str, Any] = {
                "name": name.group("name"),
                "value": float(value.group("num").replace(",", "")),
                "unit": value.group("unit"),
                "change": sign * float(change.group("num").replace(",", "")),
                "change_unit": "%",
            }
            qstart = lines[k + 1][0] + (len(t[lines[k + 1][0] :]) - len(t[lines[k + 1][0] :].lstrip()))
            attrs.update(context_attrs(t, qstart, lines[k + 1][1], targets))
            name_at = lines[k][0] + t[lines[k][0] : lines[k][1]].index(name.group("name"))
            out.append(Item(name_at, end, attrs, 0.7, qstart))
            taken.add(start, end)
            k += 3
    return out


# the header of a project list (重点项目表): 项目名称 on a line of its own, then 建设内容/建设规模 in the next cells
_PROJECT_NAME_HEADER_RE = re.compile(r"^[ \t\u3000]*项目名称[ \t\u3000]*$", re.M)
_PROJECT_CONTENT_HEADER_RE = re.compile(r"^[ \t\u3000]*(?:主要)?建设(?:规模|内容)", re.M)
_ATTACHMENT_RE = re.compile(r"^[ \t\u3000]*附件\s*[\dlI一二三四五六七八九十]*[:：]?[ \t\u3000]*$", re.M)


def project_lists(t: str) -> list[tuple[int, int]]:
    """Spans of flattened project lists (项目名称 | 建设规模及内容 | 总投资 | 责任单位).

    Their cells describe each project (用地面积约290亩, 建筑面积约60万平方米), not what the document measures or aims
    at (gold README, sets 39 and 48).
    A list runs from its header to the next attachment label or the end of the text."""
    out = []
    for m in _PROJECT_NAME_HEADER_RE.finditer(t):
        content = _PROJECT_CONTENT_HEADER_RE.search(t, m.end(), m.end() + 40)
        if content is None:
            continue
        end = _ATTACHMENT_RE.search(t, content.end())
        out.append((m.start(), end.start() if end else len(t)))
    return out


# the first cell of a table's header row, alone on its line: 指标名称, 指 标, 主要指标, 项目
_TABLE_HEAD_RE = re.compile(r"^[ \t\u3000]*(?:指\s*标(?:\s*名\s*称)?|主要指标|项\s*目)[ \t\u3000]*$", re.M)
# the cells of a header row after it: 目标 / 全年完成 / 增速 / 统计口径, 绝对数 / 比上年增长%, 2008年 / 2009年
_HEADER_CELL_RE = re.compile(r"目标|完成|实绩|增速|增长|增减|绝对数|比重|单位|计划|预计|数值|口径|\d{4}年")
# a cell: short, no sentence or clause punctuation (a sentence inside a cell is read as text)
_CELL_RE = re.compile(r"[^。；;，,：:!！?？]{1,24}")


def flattened_tables(t: str) -> list[tuple[int, int]]:
    """Spans of tables flattened one cell a line under a header row (指标名称 / 目标 / 全年完成 / 增速 …).

    Their cells are label/value cells (README, flattened tables; 1152's plan table, 565's 人员编制 / 21): no figure
    there is read as text, not even a cell that carries a verb (增长9%). Rows read under a growth column are
    :func:`find_table_rows`' and stay its own.
    """
    out = []
    for m in _TABLE_HEAD_RE.finditer(t):
        cells = []
        for line in re.finditer(r"[^\n]+", t[m.end() :]):
            text = line.group(0).strip(" \t\u3000|")
            if not text:
                continue
            if not _CELL_RE.fullmatch(text):
                break
            cells.append((m.end() + line.start(), m.end() + line.end(), text))
        if len(cells) >= 6 and sum(1 for c in cells[:6] if _HEADER_CELL_RE.search(c[2])) >= 2:
            out.append((m.start(), cells[-1][1]))
    return out
