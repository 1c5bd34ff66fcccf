"""The plan an item announces: the paragraphs headed by the year it says is planned, or opened by what it will do."""

from __future__ import annotations

import re

from models.suggest._kind_cues import WILL

# the item names a year as the one whose work is planned (听取…2022年重点工作, 汇报了…2022年工作计划, 安排部署…2016年的
# 工作任务, 谋划和做实2022年…“八项行动”)
_PLAN_YEAR_RE = re.compile(
    r"(?:部署|谋划|谋实|规划)[^。！？\n\d]{0,12}?(?P<a>(?:19|20)\d{2})\s?年"
    r"|(?P<b>(?:19|20)\d{2})\s?年度?的?(?:工作|重点)?(?:计划|打算|思路|安排|要点|工作任务|目标任务|重点工作)"
)
# what says a thing was done (同比, 已, 完成了, 累计, 截至; 为了/除了/了解 are no report)
_REPORTED_RE = re.compile(
    r"同比|同期|比上年|较上年|比去年|较去年|已经?|累计|截[至止]|以来|[\u4e00-\u9fff](?<![为除])了(?!解)"
)
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_REVIEWED_YEAR_RE = re.compile(
    r"((?:19|20)\d{2})\s?年度?[^。，,；;、\n\d]{0,12}?(?:总结|回顾|执行情况|工作情况|完成情况|成效|成绩|以来|亮点)"
)
_YEAR_HEAD_RE = re.compile(r"^[ \u3000]*((?:19|20)\d{2})\s?年[^\n]*", re.M)
# a year's head no period narrows (2022年1-6月, 2022年一季度, 2022年以来 report)
_NARROWED_RE = re.compile(r"\s?(?:\d|[一二三四]季度|上半年|前三季度|以来)")
# the item's own opening saying what its subject will do (市工信局将进一步落实…)
_WILL_OPENING_RE = re.compile(rf"[ \u3000]*[^\d,，。；;:：“”、\n]{{2,16}}?{WILL}")


def _heads(t: str) -> list[int]:
    """Where the paragraphs that open a plan start: headed by a year the item names as planned, or the text's first
    sentence-bearing paragraph opened by what its subject will do."""
    years = {int(m.group("a") or m.group("b")) for m in _PLAN_YEAR_RE.finditer(t)}
    # (2023年度…工作总结及2023年工作计划, 2021年,…同比增长…: a year the item also reviews is no plan's alone)
    years -= {int(m.group(1)) for m in _REVIEWED_YEAR_RE.finditer(t)}
    years -= {int(m.group(1)) for m in _YEAR_HEAD_RE.finditer(t) if _REPORTED_RE.search(m.group(0))}
    out = []
    first = True
    for p in _PARAGRAPH_RE.finditer(t):
        line = p.group(0).lstrip(" \u3000")
        m = re.match(r"((?:19|20)\d{2})\s?年", line)
        planned = m is not None and int(m.group(1)) in years and not _NARROWED_RE.match(line, m.end())
        if planned or (first and "。" in line and _WILL_OPENING_RE.match(line)):
            out.append(p.start())
        first = first and "。" not in line
    return out


def announced_plan_spans(t: str) -> list[tuple[int, int]]:
    """The paragraphs of an item that say what a planned year will do (2022年,市城乡水务局投资67.08亿元,
    实施水务项目50个。一是…, after 汇报了…2022年工作计划; 市工信局将进一步…。全年推动实施400个…), each running
    on over the paragraphs after it while none reports what was done (同比, 已, 了 …). A year's review headed by its
    year (2021年,全县…同比增长…) reports, and the item that only names the plan's year (部署2022年工作) leaves its
    review untouched."""
    out: list[tuple[int, int]] = []
    for start in _heads(t):
        if out and start < out[-1][1]:
            continue
        end = start
        for p in _PARAGRAPH_RE.finditer(t, start):
            if _REPORTED_RE.search(p.group(0)):
                break
            end = p.end()
        if end > start:
            out.append((start, end))
    return out
