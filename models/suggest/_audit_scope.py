"""Counts in audit findings that only say whose amount the finding is (gold README, set 84, "Counts in audit findings").

``28 省市税务部门向631户企业…多征收…331.89亿元``, ``11个部门的12家协会学会…不当获取收入3.08亿元``, ``9个部门和52家所属
单位的100个活动未经审批``: the units counted set the scope of the figure after them in the same sentence, which is the
finding. A count with nothing after it is itself the finding (``100个活动未经审批``) and stays.
"""

import re
from functools import lru_cache

AUDIT_SCOPE_UNITS = frozenset({"个", "家", "户", "所", "名", "人", "万人", "万名", "万户"})
_UNIT_COUNTS = frozenset({"个", "家", "户", "所"})

# the units an audit finding is about, named right after the count (一是11个部门的…, 8户央企因…)
_ACTOR_AFTER_RE = re.compile(
    r"[^\d,，。；;、：:\s]{0,6}?(?:部门|单位|地区|央企|企业|平台|银行|金融机构|保险公司|中介|学校|高校|协会|学会|基金会"
    r"|公益组织|项目|职工|干部)"
)
# the finding: a wrongdoing or a shortfall the audit found in the sentence
_FINDING_RE = re.compile(
    r"违规|违反|挤占|挪用|虚报|冒领|套取|骗取|截留|侵占|闲置|少计|多计|少征|多征|不实|损失|乱收费|乱摊派|未经审批"
    r"|规避审批|不当|谋利|营利|未按|未及时|未采取|拒绝|应用未用"
)
_SAMPLE_BEFORE_RE = re.compile(r"重点审计[了的]?[^，,。；;：:\n]{0,20}$")
_NEXT_SUBJECT_RE = re.compile(r"[,，]\s*(?:其中|另有?|如)?\s*\d")
_DATE_RE = re.compile(r"\d+\s*(?:年|月|日)")
_SENTENCE_END = "。；;\n"


def audit_scope_count(t: str, s: int, e: int, unit: str = "个") -> bool:
    """Whether the count ``t[s:e]`` names the units of an audit finding whose figure comes later in the sentence."""
    if (_amount_in_clause(t, s, e) or (unit in _UNIT_COUNTS and _units_within_units(t, s, e))) and _in_audit_text(t):
        return True
    if unit not in _UNIT_COUNTS and unit != "名":
        return False
    if _SAMPLE_BEFORE_RE.search(t, max(0, s - 24), s):
        return True  # 重点审计了42个部门及所属244家单位: the sample the audit looked into
    actor = _ACTOR_AFTER_RE.match(t, e)
    if not actor:
        return False
    end = min((i for i in (t.find(c, actor.end()) for c in _SENTENCE_END) if i >= 0), default=len(t))
    # a clause opening on a count of its own is a finding of its own (1091个…目录，9717个…; …，其中 7 县还…)
    rest = _NEXT_SUBJECT_RE.split(t[actor.end() : end], maxsplit=1)[0]
    if not re.search(r"\d", _DATE_RE.sub("", rest)):
        return False  # nothing counted or summed after it: the count is the finding
    start = max(t.rfind(c, 0, s) for c in "。\n")
    clause = max(start, *(t.rfind(c, 0, s) for c in ",，：:"))
    if _FINDING_RE.search(t[clause + 1 : s]):
        return False  # 违规批准45户企业在81个…项目中露天采煤: the units the wrong was done to are the finding
    return bool(_FINDING_RE.search(t[start + 1 : end]))


# an amount of money (亿元, 8300多万元) ahead in the clause, nothing counted or summed between
_AMOUNT_AHEAD_RE = re.compile(r"[^\d,，。；;：:！？!?\n]{0,40}?\d[\d.]*\s*(?:多|余)?\s*(?:万亿|亿|万|千)?(?:元|美元)")
# a threshold or a rule's figure (单价超过1万元的, 每亩30元) classes what is bought, it is no amount of the finding
_BAR_RE = re.compile(r"(?:超过|超|高于|低于|不足|以上|以下|每[^\d]{0,3}|单价|标准)\s*$")
# the problems themselves counted (4个问题金额…, 3项事项): the finding's own count
_FINDING_NOUN_RE = re.compile(r"\s*(?:类|方面|项|个)?(?:问题|事项|方面|类)")
# a count of units, then (of/under/and/in) a count of their own units or of what they did: 15个部门所属112户一级企业,
# 3个部门和6家所属单位在8个活动中, 11个地区15户融资平台 — the first only says whose the second is
_WITHIN_RE = re.compile(
    r"[^\d,，。；;、：:\s]{0,6}?(?:部门|单位|地区|央企|企业|平台|银行|金融机构|学校|高校|协会|学会|基金会|省市|省|县|街道|乡镇)"
    r"(?:(?:的|所属|下属|在)?\s?\d+(?![\d.]*\s*[年月日])|[和及]\s?\d+\s?[个家户所]\s?(?:所属|下属))"
)


@lru_cache(maxsize=4)
def _in_audit_text(t: str) -> bool:
    """Whether the text reports an audit: it speaks of 审计 throughout, not in passing (a work report's 加大审计监督,
    审计发现问题的整改: a few times in ten thousand characters; an audit report or its excerpt: every few lines)."""
    n = t.count("审计") + t.count("審計")
    return n >= 4 and n * 1000 >= 1.5 * len(t)


def _amount_in_clause(t: str, s: int, e: int) -> bool:
    """Whether an amount of money follows the count in its own clause (``向跨年度实施的318个项目一次性下达166.38亿元``,
    ``7户央企将…的10.72亿元资本金``, ``在44个活动中乱收费乱摊派1.88亿元``, ``统筹前条件不符的26.36万人在统筹后增加的
    59.41亿元待遇支出``): in an audit's finding the amount is the finding, the units only whose it is (gold README,
    set 84 "Counts in audit findings"). A count of the problems themselves (``4个问题金额…``) is the finding."""
    if _FINDING_NOUN_RE.match(t, e):
        return False
    m = _AMOUNT_AHEAD_RE.match(t, e)
    if m is None:
        return False
    figure = re.search(r"\d[\d.]*\s*(?:多|余)?\s*(?:万亿|亿|万|千)?(?:元|美元)$", m.group())
    if figure is None:
        return False
    at = m.start() + figure.start()
    return not _BAR_RE.search(t, max(e, at - 6), at)


def _units_within_units(t: str, s: int, e: int) -> bool:
    """Whether a count of units is followed at once by a count of their own (``15个部门所属112户``, ``11个地区15户``,
    ``6家所属单位在8个活动中``, ``3个部门和6家所属单位``; not peers, ``10个平台和8省…``, nor a date): the second is
    what the finding counts, the first its scope."""
    if _WITHIN_RE.match(t, e) is None:
        return False
    clause = max(t.rfind(c, 0, s) for c in "。；;\n,，：:")
    return not _FINDING_RE.search(t, clause + 1, s)  # 违规批准45户企业在81个…项目中: the units wronged are the finding
