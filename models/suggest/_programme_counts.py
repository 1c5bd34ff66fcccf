"""Counts of a programme's own parts named as its frame (以19项重点工程为主抓手, 聚焦1条主线、2个目标, 统筹103项重点改革
任务有序推进, 系统谋划14个重点领域63项具体任务, 集中力量抓好10件大事) and totals broken down by state (确定事项405项,
完成385项,正在办理20项): the plan's shape, not work done."""

from __future__ import annotations

import re

# the count, an optional qualifier, and the programme's part noun, ending there (not 工程项目, 领域…委员会): its works,
# tasks, campaigns, great matters, main line, goals or fields
_PART_AFTER_RE = re.compile(
    r"(?:重点|主要|具体|专项|重点改革|改革|重点工作|工作|目标)?"
    r"(?:工程|任务|行动|大事|主线|目标|领域)"
    r"(?=[,，。；;、：:”\"’)）\s]|$|为|有序|全面铺开|扎实推进|稳步推进|顺利推进|集中|[0-9])"
)
# a part done, set up or missed is work counted (issue 12 §4: 全年完成43项改革任务, 331项任务目前已全部完成, 4项任务未达
# 预期): said before the count in its clause or after it, or of some of the parts later in the sentence (1849 共实施…
# 54项重点工程,目前,除1项暂不实施外,36项已完成); 较好完成了…主要目标 later on says nothing of them (1522)
_DONE_BEFORE_RE = re.compile(
    r"(?:完成|办结|办好|兑现|实施|建成|竣工|开工|落实|设置|成立|新增|争取|获批|入选|列入|纳入)[^\d,，。；;]{0,16}$"
)
_DONE_AFTER_RE = re.compile(r"完成|办结|建成|竣工|投用|投产|到位|达标|未达|滞后|超额|落地|验收")
_SOME_DONE_RE = re.compile(
    r"\d+(?:项|个|個|条|條|件)[^\d]{0,12}?(?:完成|办结|建成|竣工|投用|投产|到位|达标|未达|滞后|超额|落地|验收)"
)
_SENTENCE_STOPS = "。；;！!？?\n"


def frames_programme(t: str, s: int, e: int, unit: str) -> bool:
    """Whether the count ``t[s:e]`` (of ``unit``) counts the parts a programme is framed by, none said done."""
    if unit not in ("项", "个", "個", "条", "條", "件") or not _PART_AFTER_RE.match(t, e):
        return False
    start = max(t.rfind(c, max(0, s - 24), s) for c in "，,。；;：:\n") + 1
    if _DONE_BEFORE_RE.search(t, max(start, s - 24), s):
        return False
    ends = [i for i in (t.find(c, e, e + 120) for c in _SENTENCE_STOPS) if i >= 0]
    sentence = t[e : min(ends, default=min(len(t), e + 120))]
    own_clause = re.split(r"[,，]", sentence, maxsplit=1)[0]
    return _DONE_AFTER_RE.search(own_clause) is None and _SOME_DONE_RE.search(sentence) is None


# a total a ledger decided, assigned or took on (确定事项39项, 确定重要工作任务共579项, 共实施…8大专项54项重点工程), no
# deed of its own before it in its clause (办理共计11件, 共收到…1件: the work done, counted)
_TOTAL_BEFORE_RE = re.compile(
    r"(?:(?:确定|涉及|分解|梳理|排定|交办|部署|实施)[^,，。；;：:]{0,24}|(?<![收办理])共计?)$"
)
_DEED_BEFORE_RE = re.compile(r"完成|办结|办理|收到|受理|答复|回复|解决|建成|竣工")
_ITEM_UNITS = ("项", "件", "个", "個")
# its breakdown by state later in the sentence: 已完成550项, 正在办理29项, 36项已完成, 17项正常推进
_STATE = r"(?:已经?|正在|正常|顺利|有序|全部|均已)?(?:完成|办结|办理|推进)"


# its parts counted right after it, opening the next clause or sentence with 其中 (1282 共涉及16个部门。其中:8个部门
# 少计漏记…; 确定整改事项15个。其中,8个事项已销号): the total's noun, then the part's count, unit and noun
_PARTS_AFTER_RE = re.compile(
    rf"([\u4e00-\u9fff]{{0,6}})[。；;，,]\s*其中\s*[：:，,]?\s*(\d+)\s*({'|'.join(_ITEM_UNITS)})([\u4e00-\u9fff]{{0,2}})"
)


def frames_breakdown(t: str, s: int, e: int, unit: str) -> bool:
    """Whether the count ``t[s:e]`` (of ``unit``) is a total its sentence then breaks down by state, some done, some
    under way (1134 确定事项405项,完成385项,正在办理20项; 1849 共实施…54项重点工程,目前,…36项已完成,17项正常推进):
    the total frames the breakdown, which counts (lead's session-25 ruling, session 22's "framing counts stay scope");
    a total said done as a whole (共11项,均已按照要求完成) has no breakdown and stays. A total whose parts of the same
    noun follow it under 其中 (1282 共涉及16个部门。其中:8个部门…) frames them too (session-27 ruling)."""
    if unit not in _ITEM_UNITS:
        return False
    start = max(t.rfind(c, max(0, s - 30), s) for c in "，,。；;：:\n") + 1
    before = t[start:s]
    if not _TOTAL_BEFORE_RE.search(before) or _DEED_BEFORE_RE.search(before):
        return False
    total = float(t[s : e - len(unit)].replace(",", "") or 0) if t[s : e - len(unit)].isdigit() else None
    if total is None:
        return False
    if (m := _PARTS_AFTER_RE.match(t, e)) is not None and 0 < float(m[2]) <= total and m[3] == unit:
        return not m[1] or m[4].startswith(m[1][:2])  # 共涉及16个部门。其中:8个部门…: the parts of the same noun
    ends = [i for i in (t.find(c, e, e + 120) for c in _SENTENCE_STOPS) if i >= 0]
    sentence = t[e : min(ends, default=min(len(t), e + 120))]
    units = "|".join(_ITEM_UNITS)
    # (the state right at the count: 4个项目完成主体工程 names what the projects reached, no ledger's state)
    parts = re.finditer(rf"{_STATE}(\d+)(?:{units})|(\d+)(?:{units}){_STATE}", sentence)
    return any(0 < float(p.group(1) or p.group(2)) <= total for p in parts)


_TOTAL_RE = re.compile(rf"(\d+)({'|'.join(_ITEM_UNITS)})")


def framing_total_before(t: str, pos: int) -> tuple[int, int] | None:
    """The span of the total whose breakdown by state the figure at ``pos`` is part of or follows (``确定事项38项,
    完成34项,正在办理4项,完成率89.5%``: ``38项``), the nearest before it in its sentence (one ； may stand between,
    1131 ``…已办结6件,占比27%;正在办理16件``), else None: the total is scope, but its name is the parts' whole."""
    lo = max(0, pos - 120)
    stop = max(t.rfind(c, lo, pos) for c in "。！!？?\n") + 1
    window_start = max(lo, stop)
    for m in reversed(list(_TOTAL_RE.finditer(t, window_start, pos))):
        if m.start() > window_start and t[m.start() - 1].isdigit():
            continue
        if frames_breakdown(t, m.start(), m.end(), m.group(2)):
            return m.start(), m.end()
    return None
