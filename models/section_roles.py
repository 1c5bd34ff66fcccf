"""Which part of a report a heading opens: a review of the work done, a plan, or the problems met."""

from __future__ import annotations

import re

# Words that say a heading reviews what was done (2020年重点工作回顾 reviews although it says 重点; 总体情况 opens an
# annual report: 政府信息公开工作年度报告, 决算总体情况说明; a task said to be done, 圆满完成, is reported). Not
# 基本情况: a 自评's background states the aims it set (部门基本情况 ⏎ 部门绩效目标的设立情况, 1656); nor 运行情况,
# one indicator's course inside a review's list of them (工业经济运行情况 under 主要经济指标完成情况, the seeds).
REVIEW_RE = re.compile(
    r"回顾|总结|成绩|成效|亮点|做法|进展|取得"
    r"|(?:执行|完成|工作|开展|落实|推进|实施|总体)情况"
    r"|(?:顺利|圆满|超额|胜利|全面)完成(?!.{0,6}[的目任])"
)
# Words that say a heading opens a plan (计划执行情况 and 计划完成 report what was done; 今年以来 reports). 重点
# only as the focus of a year or of the work (2021年重点工作, 今年工作重点): 加快重点项目建设 and
# 重点水利工程建设 name a topic of the review (040, 1611).
PLAN_RE = re.compile(
    r"计划(?!执行|完成)|要点|打算|思路|安排|目标|任务|部署|谋划|展望|明年|下一步|今年(?!以来)"
    r"|工作重点|(?:\d{4}年度?|[今明]年)[^，,。；;\d]{0,6}?重点"
)
# Words that say a heading lists problems.
PROBLEM_RE = re.compile(r"问题|不足|短板|差距|困难|瓶颈|挑战")
# A problem word that a verb takes as its object is work on it, not a list of problems (补短板, 解决…问题).
_ACTION_ON_PROBLEM_RE = re.compile(
    r"(?:补|补齐|弥补|解决|破解|化解|攻克|突破|整改|应对|聚焦|直面)[^，,；;。、]{0,12}?(?:问题|不足|短板|差距|困难|瓶颈|挑战)"
)


def section_role(title: str) -> tuple[str, bool]:
    """``(kind, said)``: the part a heading opens ("summary", "problem" or "plan"), and whether its words say so
    (not a default: a heading that says nothing is "summary", and its parent decides).

    Review words decide first (2020年重点工作回顾 reviews), then problems named as such (存在的问题; not
    补短板 or 解决…问题, which are work on them), then plan words (计划, 安排, 重点 …).
    """
    if REVIEW_RE.search(title):
        return "summary", True
    if PROBLEM_RE.search(_ACTION_ON_PROBLEM_RE.sub("", title)):
        return "problem", True
    if PLAN_RE.search(title):
        return "plan", True
    return "summary", False


def section_kind(title: str) -> str:
    """The part of a work report a heading opens: "problem", "plan" or "summary" (the default)."""
    return section_role(title)[0]
