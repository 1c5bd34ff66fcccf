"""The parts of a whole after 其中 or in brackets take the whole's head (粮食播种面积…,其中水稻… → 水稻播种面积).

A reader carries the head over a breakdown: ``其中水稻…、红薯…、大豆…`` (1620), ``其中:市直…,黄石港区…`` (1293),
``其中水稻完成30万亩、玉米7.05万亩`` (545), ``其中初中6774人`` (942), ``养老机构49家(公办13家…)`` (1586). The part
is a short name of its own (a crop, a place, a level, a class) with no head; the head is the whole's name less its
own subject (粮食播种面积 → 播种面积).
"""

from __future__ import annotations

import re

from models.suggest._context import Item
from models.suggest._naming import kind_of
from models.suggest._text import sentence_start

#: a breakdown opens with 其中 or a bracket right after the whole (养老机构达到49家(公办13家、民办28家), 1586)
_OPEN_RE = re.compile(r"(?:[，,；;（(]\s*其中|[（(])\s*[:：,，]?\s*$")
#: a part that names a quantity or a sector of its own (其中税收…, 其中第一产业…) is no bare part
_OWN_HEAD_RE = re.compile(r"业$|收入|支出|税|投资|产值|总额|资金|面积|产量|人数|人口|[率额量数值费金款]$")
_BETWEEN_PARTS_RE = re.compile(r"[、，,；;]\s*")
_PLACE_RE = re.compile(r"..[村镇乡区县市旗]$")
_SCOPE_RE = re.compile(r"^(?:我|全|本)[省市州盟县区旗镇乡村]")


def _tags(text: str) -> list[tuple[str, str]]:
    from models.suggest._subjects import _tags as tags

    return tags(text)


def _head(whole: str) -> str:
    """``粮食播种面积`` → ``播种面积``, ``市级专项债券`` → ``专项债券``; a one-word whole is its own head."""
    whole = _SCOPE_RE.sub("", whole)  # 我乡粮食播种面积: the place of the report is no subject
    tags = _tags(whole)
    if len(tags) >= 2 and tags[0][1][:1] in ("n", "b") and len(whole) - len(tags[0][0]) >= 3:
        return whole[len(tags[0][0]) :]
    return whole


def _nominal_end(name: str) -> bool:
    from models.suggest._subjects import _head as nominal

    return nominal(name)


def _bare_part(name: str, head: str) -> bool:
    if not 2 <= len(name) <= 4 or _OWN_HEAD_RE.search(name) or name[-1] in head or re.search(r"\d", name):
        return False  # 私人轿车 after 轿车保有量, 医生 after 卫生技术人员: a thing of its own, not a class of the whole
    if _PLACE_RE.search(name):
        return True  # 碾子咀村: a place, whatever the cutter makes of its name
    tags = _tags(name)
    return bool(tags) and all(flag[:1] in ("n", "b", "f", "j", "s") for _, flag in tags)


def _level(it: Item, part: bool = False) -> bool:
    """A level of its own; a part may stand in brackets (aside) after its whole."""
    other = {"is_change", "shared", "group_name"} | (set() if part else {"aside"})
    return not other & set(it.attrs) and "rank" not in it.attrs


def name_parts(t: str, items: list[Item]) -> None:
    """Give each bare part of a breakdown after ``其中`` the head of the whole before it."""
    k = 0
    while k < len(items) - 1:
        whole, first = items[k], items[k + 1]
        wname = str(whole.attrs.get("name") or "")
        unit_kind = kind_of(str(whole.attrs.get("unit") or ""))
        if (
            not _level(whole)
            or len(wname) < 2
            or not unit_kind
            or sentence_start(t, whole.qty_start) != sentence_start(t, first.qty_start)
            or not _OPEN_RE.search(t[whole.end : first.start])
        ):
            k += 1
            continue
        head = _head(wname)
        if unit_kind == "count" and not _nominal_end(head):  # (种植38万亩: an area needs no noun to say what)
            k += 1
            continue  # 常委因到龄退休…,其中: a whole named by what happened names no head for its parts
        j, prev_end = k + 1, whole.end
        while j < len(items):
            part = items[j]
            gap = t[prev_end : part.start]
            if j > k + 1 and not _BETWEEN_PARTS_RE.fullmatch(gap):
                break
            if not _level(part, part=True) or kind_of(str(part.attrs.get("unit") or "")) != unit_kind:
                break
            pname = str(part.attrs.get("name") or "")
            if _bare_part(pname, head):
                part.attrs["name"] = pname + head
            prev_end = part.end
            j += 1
        k = j
