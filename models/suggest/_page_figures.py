"""Figures of the page or the session, not of the report: a page's counters, a roll call, a base's rate aside."""

from __future__ import annotations

import re


def in_quorum_statement(t: str, s: int, e: int) -> bool:
    """Whether ``t[s:e]`` lies in the sentence of a session's roll call, which says the quorum is met (符合法定人数)."""
    start = max(t.rfind(c, 0, s) for c in "。；;\n") + 1
    ends = [i for i in (t.find(c, e) for c in "。；;\n") if i >= 0]
    return "法定人数" in t[start : min(ends, default=len(t))]


# a page's counters: 浏览1135次, 点击:83538次, 浏览量:0次, 本篇文章2875字,读完约7分钟 (707, 959, 547, 191)
_PAGE_COUNTER_BEFORE_RE = re.compile(
    r"(?:(?:浏览|点击)(?:量|次数)?|阅读(?:量|次数))[:：]?\s?$|(?:读完|阅读)(?:全文)?[约需]{0,2}$"
)


# 较上年同期(9.2%)加快2.2个百分点: the base's own rate, said in brackets beside the change
_BASE_FIGURE_BEFORE_RE = re.compile(r"(?:比|较)(?:上年|去年|上月|上季度|一季度)(?:同期)?[(（]$")


def page_counter(t: str, s: int, unit: str) -> bool:
    return unit in ("次", "分钟") and _PAGE_COUNTER_BEFORE_RE.search(t, max(0, s - 8), s) is not None


def base_rate_in_brackets(t: str, s: int, e: int, unit: str) -> bool:
    return (
        unit == "%" and _BASE_FIGURE_BEFORE_RE.search(t, max(0, s - 10), s) is not None and t[e : e + 1] in (")", "）")
    )
