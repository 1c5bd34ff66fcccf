"""Durations that are no figure: a term (有效期5年), a streak or a period (连续3年, 前11个月), an age or a year.

Months are read only as the time a work took or was ahead by (历时5个月, 提前7个月完成, 4个月时间建成投产) or a
cycle's length (去化周期12.7个月); any other 个月 is a period, a streak or a term (前11个月, 连续6个月, 贴息6个月).
"""

from __future__ import annotations

import re

__all__ = ["duration_excluded", "months_taken"]

_TIME_UNITS = frozenset({"年", "岁", "天", "小时", "分钟", "期"})

# the time taken or saved, said before it (历时5个月, 用了3个月, 提前2个月, 缩短4个月), a cycle's length (周期从19个月)
_TAKEN_BEFORE_RE = re.compile(
    r"(?:历时|歷時|用时|用時|耗时|仅用|僅用|只用|用了|提前|缩短|縮短|周期(?:从|由|为|為|降至|缩短至|缩短到|减少到|减少至)?"
    r"|(?:减少|缩短|降低|下降)(?:到|至))\s?(?:近|约|仅|不到)?\s?$"
)
# a work done in that time, said after it: 4个月时间建成投产, 11个月即竣工投产, 3个月完成
_DONE_AFTER_RE = re.compile(
    r"\s?(?:时间|時間)?(?:即|就|便)?(?:全面)?(?:建成|竣工|投产|投產|完成|开工|開工|实现|實現|办结|通车|通車)"
)


def months_taken(t: str, s: int, e: int) -> bool:
    """Whether ``t[s:e]``, a figure in 个月, is the time a work took or a cycle's length (else it is no figure)."""
    before = t[max(0, s - 10) : s]
    if re.search(r"(?:连续|持续|(?<!提)前|近|已过去|满|超过|期限|期限为)$", before):
        return False
    return bool(_TAKEN_BEFORE_RE.search(before) or _DONE_AFTER_RE.match(t, e))


def duration_excluded(t: str, s: int, e: int, num: str, unit: str) -> bool:
    """Whether the duration ``t[s:e]`` (its number ``num`` as written, in ``unit``) is no indicator."""
    if unit == "个月":
        return not months_taken(t, s, e)  # 前11个月, 连续6个月, 贴息6个月: a period, a streak, a term
    if unit not in _TIME_UNITS:
        return False
    if re.search(r"(?:有效期|试行期|过渡期|期限|服务期|合同期|聘期)(?:为|是|暂定|不超过)?$", t[max(0, s - 6) : s]):
        return True  # 有效期5年: how long a document or contract holds, not a result
    if unit == "小时" and num == "24":
        return True  # 24小时值守: always, not a duration
    # (提前3天: ahead, no 前 of the first days; 为期5天的培训班, 为期4天的视察: how long an event is set to last,
    # its setting: 1591, 475, 1041)
    return bool(
        not num[0].isdigit()
        or (unit == "年" and len(num.split(".")[0]) >= 4)
        or re.search(r"(?:连续|近|第|(?<!提)前|后|这|每|多|过去|未来|今后|最近|为期|為期)$", t[max(0, s - 2) : s])
    )
