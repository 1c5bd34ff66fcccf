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


# 其中:12个镇、4个乡 (2364): the parts of a breakdown, each a count and one character of the whole's noun
_PARTS_SO_FAR_RE = re.compile(r"其中[:：]?\s*(?:\d+[个所家座处][\u4e00-\u9fff][、,，]\s*)*$")
_ONE_WORD_AFTER_RE = re.compile(r"[\u4e00-\u9fff](?=[、,，;；。]|$)")


def part_of_whole(t: str, start: int, end: int, before: list[tuple[int, str]]) -> str:
    """``辖区16个乡镇。其中:12个镇、4个乡`` → ``辖区镇``, ``辖区乡``: a part named by one character of the whole's
    two-character noun takes the whole's name with that character (the whole: the last figure ending before 其中,
    given as ``before``, its ends and names); ``""`` when not so."""
    noun = _ONE_WORD_AFTER_RE.match(t, end)
    opening = _PARTS_SO_FAR_RE.search(t, max(0, start - 40), start)
    if noun is None or opening is None:
        return ""
    e, whole = next(((e, name) for e, name in reversed(before) if e <= opening.start()), (0, ""))
    after = t[e : e + 2]  # 辖区16个乡镇: the whole's noun read after its figure, or ending its name (辖区乡镇16个)
    noun2 = after if re.fullmatch(r"[\u4e00-\u9fff]{2}", after) and not whole.endswith(after) else whole[-2:]
    base = whole if noun2 == after and not whole.endswith(after) else whole[:-2]
    if noun.group() not in noun2 or len(set(noun2)) < 2 or not base:
        return ""  # (村居20个,其中:12个村: a whole of its noun alone names no part)
    return base + noun.group()
