"""Months read as a figure: the time a work took or was ahead by (历时5个月, 提前7个月完成), a cycle's length.

4个月时间建成投产, 去化周期12.7个月; any other 个月 is a period, a streak or a term (前11个月, 连续6个月, 贴息6个月).
"""

from __future__ import annotations

import re

__all__ = ["months_taken"]

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
