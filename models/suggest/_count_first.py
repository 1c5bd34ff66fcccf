"""The name of a count that opens its clause and is told by what it did after it (``6.5万人实现脱贫``)."""

from __future__ import annotations

import re

from models.suggest._context import clause_start

# what may stand before such a count: the set it is taken from (15个工业行业门类中), 有/共有/其中 (…中有9个实现正增长)
_OPENING_RE = re.compile(r"(?:[^，,。；;：:]{0,20}?中)?(?:其中有?|共有|已有|现有|有|共)?")
# a result said of the things counted (实现, 建立, 完成, 通过, 获评 …), with the kind of things between (生产企业)
# and what the result is (脱贫, 正增长, 追溯体系), closing the clause
_RESULT_RE = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{0,10}?)(?:已经|已|基本|全部|均|都|相继|先后|率先|成功)?"
    r"(?P<verb>实现|建立|完成|通过|获评|入选|列入|纳入|达标|建成|摘帽)(?:了)?"
    r"(?P<what>[^，,。；;、\d\s]{0,10})(?=[，,。；;]|$)"
)


def count_first_name(t: str, start: int, end: int) -> str:
    """``6.5万人实现脱贫`` → ``实现脱贫``, ``有9个实现正增长`` → ``实现正增长``, ``120家生产企业建立追溯体系`` →
    ``建立追溯体系生产企业``; ``""`` when the count does not open its clause or no result closes it."""
    if not _OPENING_RE.fullmatch(t, clause_start(t, start), start):
        return ""
    m = _RESULT_RE.match(t, end)
    if m is None or (not m.group("what") and not m.group("noun")) or re.search(r"[未没不尚无]", m.group("noun")):
        return ""
    return m.group("verb") + m.group("what") + m.group("noun")
