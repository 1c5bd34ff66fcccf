"""Counts in audit findings that only say whose amount the finding is (gold README, set 84, "Counts in audit findings").

``28 省市税务部门向631户企业…多征收…331.89亿元``, ``11个部门的12家协会学会…不当获取收入3.08亿元``, ``9个部门和52家所属
单位的100个活动未经审批``: the units counted set the scope of the figure after them in the same sentence, which is the
finding. A count with nothing after it is itself the finding (``100个活动未经审批``) and stays.
"""

import re

AUDIT_SCOPE_UNITS = frozenset({"个", "家", "户", "所", "名"})

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


def audit_scope_count(t: str, s: int, e: int) -> bool:
    """Whether the count ``t[s:e]`` names the units of an audit finding whose figure comes later in the sentence."""
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
