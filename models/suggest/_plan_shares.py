"""The words that open a share of a plan or a whole (完成年计划710亿元的89.4%, 占…的比重, 为全年任务…的56.6%)."""

from __future__ import annotations

import re

# 为 as a share's verb only right before the plan it measures against (为全年目标任务…的: not 作为, 为民)
_WEI_PLAN = r"为(?:年初|年度|全年|上半年|年|本级|调整后?)?(?:的)?(?:目标)?(?:预算|计划|任务|目标)"
SHARE_RE = re.compile(
    r"(?:完成|占)[^，,。；;]{0,36}的$|占[^，,。；;\d]{0,12}$"
    r"|占[^，,。；;\d]{1,16}的(?:比重|比例)(?:为|达到?|是)?$"  # 占规上服务业利润总额的比重达90.8% (1334)
    r"|(?:为|达到?|完成)(?:年初|年度|全年|年|本级|调整后?|人大批准)?(?:的)?(?:预算|计划|任务|目标)[^，,。；;\d]{0,6}的"
    r"(?:[(（][^()（）]{1,30}[)）])?$"  # 为预算的(包括本级预算和上级专项)69.5%: budget execution
    r"|(?:为|完成)(?:年初|年度|全年|调整后?)(?:预算|计划)$"  # 为年初预算61.22%, 完成年度预算100.05% (680): 的 left out
    # 为全年任务740万元的56.6% (2208): the plan's own figure inside, as 完成年计划710亿元的89.4% (107)
    rf"|{_WEI_PLAN}[^，,。；;\d]{{0,4}}\d[\d.]*(?:万|亿)?[^\s，,。；;\d的]{{0,2}}的$"
)

PLAN_OF_SHARE_RE = re.compile(r"[)）]?的\s?[\d.]+%")
PLAN_WORD_RE = re.compile(r"(?:计划|预算|任务|目标)(?:数)?[(（]?$")
SHARE_VERB_RE = re.compile(rf"完成|占|为(?={_WEI_PLAN[1:]})")
