"""A budget's sums: what the period is to raise or spend, read as a target in any kind of report."""

from __future__ import annotations

import re

# a budget sum (年初批复预算…985万元, 调整预算后项目预算861.46万元, 部门预算总金额803.74万元): what the period is to
# raise or spend, a target in any kind of report (README, session 11 ruling). 一般公共预算收入 and 预算绩效 name a
# revenue or a practice, not a budget; what was spent or received against it (实际, 完成, 到位) stays actual.
_BUDGET_NOUN_RE = re.compile(
    r"(?:年初|批复|调整后?|部门|项目)[^，,。；;:：\d]{0,4}?预算(?!收入|支出|绩效|管理|执行|编制|单位)"
)
# a sum the name calls a budget of revenue or spending (收入预算, 支出预算数为, 收支总预算, 支出预算总额为)
_BUDGET_NAMED_RE = re.compile(r"(?:收入|支出|收支|总)预算(?:数|总额|总数)?(?:为|是)?\s*$")
_AGAINST_BUDGET_RE = re.compile(r"实际|完成|执行|到位|拨付|使用|支付|决算|结余资金|超收|短收|减少|增加")
# 部门预算总金额803.74万元其中:基本支出757.49万元,…: the breakdown of the budget named just before
_BUDGET_BREAKDOWN_RE = re.compile(r"预算[^，,。；;\d]{0,6}\s?[\d.]+\s?[万亿]?元[，,]?\s*其中[:：]?[^。；;:：]*$")

_BUDGET_ADJUSTED_RE = re.compile(r"预算[^。；;]{0,40}调整为")  # the act of adjusting (完成调整预算的… is not)
# a draft budget's line (一般公共预算收入安排5504.25亿元, 预算总支出相应安排…), as 预算收入计划 is: what the year is to
# raise or spend (1292, 1293, 1413); 统筹安排资金, 市级安排… name no budget line
_BUDGET_LINE_ARRANGED_RE = re.compile(r"预算总?(?:收入|支出)(?:相应|拟)?安排\s*$")

# a budget line as the people's congress approved it (1136, 1548; 1379 人代会批准的…收入预算250.3亿元, 393)
_APPROVED_LINE_RE = re.compile(
    r"(?:人大|人代会|人民代表大会|会议|常委会)[^，,。；;\d]{0,12}?(?:批准|审议通过|审查批准)的"
    r"(?:[^，,。；;\d]|\d{4}\s?年){0,30}?预算(?:收入|支出)[^，,。；;\d]{0,6}?(?:为|是|合计|共)?\s*$"
)


def budget_sum(t: str, sent: int, clause: str, qstart: int, qend: int) -> bool:
    """Whether the money figure at ``qstart`` is a budget sum or a line of its breakdown."""
    if not re.search(r"元$", t[qstart:qend].strip()):
        return False
    if _BUDGET_LINE_ARRANGED_RE.search(clause):
        return True
    if _APPROVED_LINE_RE.search(clause) and not _AGAINST_BUDGET_RE.search(clause):
        return True  # 人大…批准的…一般公共预算收入为3522万元 (1136), 审议通过的…预算支出77538万元 (1548): as approved
    if _BUDGET_NAMED_RE.search(clause) and not _AGAINST_BUDGET_RE.search(clause):
        return (
            True  # 批准的…一般公共预算收入预算250.3亿元；支出预算468.9亿元 (then 实际完成…: what was done against it)
        )
    nouns = list(_BUDGET_NOUN_RE.finditer(clause))
    if nouns and not _AGAINST_BUDGET_RE.search(clause, nouns[-1].end()):
        return True
    if (
        "预算" in t[sent:qstart]
        and (
            clause.rstrip().endswith("调整为")  # 其中:税收收入调整为40500万元 (an adjusted budget's lines)
            or (re.search(r"由(?:年初|原)[^，,。；;\d]{0,4}的?\s*$", clause) and re.match(r"\s*调整为", t[qend:]))
            or re.match(r"[^，,。；;]{0,30}?不作调整", t[qend:])  # …专项收入5000万元不作调整: a line kept as budgeted
        )
    ):
        return True  # 一般公共预算收入由年初的76138万元调整为89138万元: the budget as adjusted
    full = max(t.rfind("。", 0, qstart), t.rfind("\n", 0, qstart)) + 1  # a list's items part at ；, not at 。
    if re.match(r"\s*其中", t[full:qstart]) and _BUDGET_ADJUSTED_RE.search(
        t, t.rfind("。", 0, max(full - 1, 0)) + 1, full
    ):
        return True  # …预算…调整为84.55亿元,…。其中:(1)一般公共预算支出增加14.33亿元: the adjustment's lines
    head = re.search(r"(?:年初|调整|批复)后?的?预算(?:为|是)?[:：]", t[full:qstart])
    if head and not _AGAINST_BUDGET_RE.search(t[full + head.end() : qstart]):
        return True  # 年初预算为:一般公共预算收入…万元(…);政府性基金预算收入80000万元: each line the budget lists
    brk = _BUDGET_BREAKDOWN_RE.search(t, sent, qstart)
    return bool(
        brk
        and _BUDGET_NOUN_RE.search(t, sent, brk.start() + 2)
        and not _AGAINST_BUDGET_RE.search(t[brk.start() : qstart])
    )
