"""A project sum opening its clause (总投资, 年度计划投资, 注册资金 …) takes the projects counted or summed before it.

``新增高标准农田项目49个、总投资1.3亿元`` → ``新增高标准农田项目总投资``;
``计划新开工项目157项,总投资506.08亿元,年度计划投资194.54亿元`` → ``…项目年度计划投资``;
``央企新设机构123个、注册资金715.7亿元`` → ``央企新设机构注册资金``. A project list in a report counts the projects and
then gives their sums clause by clause; each bare sum is the projects'. Money brought in (到位资金) is left alone:
reports name it on its own as often as not — unless the figure before it is already a named project's
(``carry_project_progress``: ``长封一体化项目总投资…,累计完成投资…,开工率…`` → ``长封一体化项目累计完成投资`` …).
"""

from __future__ import annotations

import re

from models.suggest._context import RATE_UNITS, Item, clause_start, comma_clause_head
from models.suggest._naming import kind_of
from models.suggest._text import sentence_start

_SUMS = "总投资额?|计划总投资|年度计划投资|当年计划投资|计划投资|年度投资|概算投资|投资总额|完成投资|注册资金|注册资本"
_HEAD_RE = re.compile(f"(?:项目)?(?:{_SUMS})")
#: a sum of the projects that names them (重大专项债项目总投资 → 重大专项债项目)
_STEM_RE = re.compile("(?P<stem>.{2,}?)(?:总投资额?|计划总投资|概算投资|投资总额)")
_LIGHT = r"(?:其中|全年|今年|当年|年内|目前|共|合计|总计|累计|已|涉及|计划|预计)*"
_VERB = r"(?:约|达|达到|为|超过|超|近)*"


def _opens_clause(t: str, it: Item, name: str) -> bool:
    head = comma_clause_head(t, it.qty_start)
    return head is not None and re.fullmatch(f"{_LIGHT}{re.escape(name)}{_VERB}", head) is not None


def _joined(subject: str, head: str) -> str | None:
    """``重点水运建设项目`` + ``项目总投资`` → ``重点水运建设项目总投资`` (the word both say, once)."""
    overlap = next((n for n in range(min(len(subject), len(head) - 1), 0, -1) if subject.endswith(head[:n])), 0)
    return subject + head[overlap:] if len(subject) - overlap >= 2 else None


def _part_of_a_breakdown(t: str, before: Item, prev: Item) -> bool:
    """``prev`` follows another count in its sentence: one of the parts, not the projects the sum is of."""
    return kind_of(str(before.attrs.get("unit") or "")) == "count" and sentence_start(
        t, before.qty_start
    ) == sentence_start(t, prev.qty_start)


def carry_project_sums(t: str, items: list[Item]) -> None:
    """Give a bare project sum the projects of the count, or the sum, just before it in its sentence."""
    for k in range(1, len(items)):
        it = items[k]
        name = str(it.attrs.get("name") or "")
        if (
            _HEAD_RE.fullmatch(name) is None
            or {"group_name", "rank", "is_change", "aside"} & set(it.attrs)
            or not _opens_clause(t, it, name)
        ):
            continue
        prev = items[k - 1]
        unit = str(prev.attrs.get("unit") or "")
        if (
            sentence_start(t, prev.qty_start) != sentence_start(t, it.qty_start)
            or prev.end > it.qty_start
            or clause_start(t, it.qty_start, "，,、") - prev.end > 2
            or {"group_name", "rank", "is_change"} & set(prev.attrs)
            or unit in RATE_UNITS
        ):
            continue
        pname = str(prev.attrs.get("name") or "")
        if kind_of(unit) == "count":
            if k >= 2 and _part_of_a_breakdown(t, items[k - 2], prev):
                continue  # 重点项目105个，其中，工业类3个、…民生社会事业类46个，项目总投资…: the whole's sum
            subject = pname
        elif kind_of(unit) == kind_of(str(it.attrs.get("unit") or "")) and (stem := _STEM_RE.fullmatch(pname)):
            subject = stem.group("stem")
        else:
            continue
        if "率" in subject or subject.endswith(name):
            continue
        carried = _joined(subject, name)
        if carried:
            it.attrs["name"] = carried


#: what a report says of its projects after their sums, clause by clause: money spent or brought in, and rates of it
_PROGRESS = (
    f"{_SUMS}|计划完成投资|完成年度投资|投资|到位资金|实际到位资金|投入资金|"
    "投资完成率|年度投资完成率|资金到位率|开工率|竣工率|完工率"
)
_PERIOD = r"(?:\d{1,2}[-—~至]\d{1,2}月份?|\d{1,2}月(?:份|底|末)?|上半年|前三季度|全年|当年|今年|年度|\d{4}年度?)"
_STAGES = r"(?:累计|已经?|实际|共|计划|预计|年度|当年|全年|完成)*"
#: a named project's sum or progress (长封一体化项目累计完成投资 → 长封一体化项目): the projects say they are
_OWNED_RE = re.compile(f"(?P<stem>.{{2,}}?(?:项目|工程)){_PERIOD}?{_STAGES}(?:{_PROGRESS})")
_LEAD = r"(?:其中|目前|截至目前|截至\d+月底)?(?:实现)?"
_SAID_RE = re.compile(f"{_LEAD}(?P<said>{_PERIOD}?{_STAGES}(?:{_PROGRESS})){_VERB}")


def _owner(t: str, items: list[Item], k: int) -> str | None:
    """The projects whose sum or progress stands just before ``items[k]`` in its sentence (rates may stand between)."""
    it = items[k]
    for j in range(k - 1, max(-1, k - 4), -1):
        prev = items[j]
        if sentence_start(t, prev.qty_start) != sentence_start(t, it.qty_start) or prev.end > it.qty_start:
            return None
        if {"group_name", "rank"} & set(prev.attrs):
            return None
        owned = _OWNED_RE.fullmatch(str(prev.attrs.get("name") or ""))
        if owned:
            return owned.group("stem")
        if not (prev.attrs.get("is_change") or prev.attrs.get("unit") in RATE_UNITS):
            return None  # 占年度目标的63.88%, 同比增长5%: a rate of the figure before may stand between
    return None


def carry_project_progress(t: str, items: list[Item]) -> None:
    """Give a bare sum or progress of projects (完成投资, 投资完成率, 开工率 …) the projects named just before it."""
    for k in range(1, len(items)):
        it = items[k]
        if {"group_name", "rank", "is_change", "aside"} & set(it.attrs):
            continue
        # the clause says the head only (,开工率81.8%); a name given before (总投资开工率) yields to the projects
        head = comma_clause_head(t, it.qty_start)
        said = _SAID_RE.fullmatch(head) if head is not None else None
        if said is None:
            continue
        owner = _owner(t, items, k)
        if owner:
            it.attrs["name"] = owner + said.group("said")
