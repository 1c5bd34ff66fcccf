"""The name of a count that opens its clause and is told by what it did after it (``6.5万人实现脱贫``)."""

from __future__ import annotations

import re

from models.suggest._context import clause_start
from models.suggest._subjects import _tags

# what may stand before such a count: the set it is taken from (15个工业行业门类中), 有/共有/其中 (…中有9个实现正增长)
_OPENING_RE = re.compile(r"(?:[^，,。；;：:]{0,20}?中)?(?:其中有?|共有|已有|现有|有|共)?")
# a result said of the things counted (实现, 建立, 完成, 通过, 获评, 入选, 竣工 …), with the kind of things between
# (生产企业) and what the result is (脱贫, 正增长, 国家授权), closing the clause; a year may stand in it (获评2023年度…)
_RESULT_RE = re.compile(
    r"(?P<noun>[\u4e00-\u9fff“”]{0,12}?)(?:已经|已|基本|全部|全面|均|都|相继|先后|率先|成功|正式|顺利)*"
    r"(?P<verb>实现|建立|完成|通过|获评|获批|获得|荣获|入选|入围|列入|纳入|达标|建成|摘帽|竣工|评为|被评为)(?:了)?"
    r"(?P<what>(?:[\u4e00-\u9fffA-Za-zⅠ-Ⅻ“”、]|\d{4}年度?){0,14})(?=[，,。；;]|$)"
)
# a measured quantity closing the noun (行业营业收入实现增长, 村集体经济收入全部达标): the result is the quantity's, the
# count is of the things before it; the text's order is kept
#: results granted to the things (an award, a listing): with no noun after the count they name nothing
_GRANTED = ("获评", "获批", "获得", "荣获", "入围", "评为", "被评为", "竣工")
_QUANTITY_END_RE = re.compile(r"(?:收入|产值|增加值|利润|利税|税收|销售额|营业额|营收|总额|产量|效益)$")


def count_first_name(t: str, start: int, end: int, name: str = "") -> str:
    """``6.5万人实现脱贫`` → ``实现脱贫``, ``有9个实现正增长`` → ``实现正增长``, ``120家生产企业建立追溯体系`` →
    ``建立追溯体系生产企业``; ``""`` when the count does not open its clause or no result closes it. A ``name``
    already read (two letters or more) is kept unless it is the noun after the figure (``87项专利获得国家授权``)."""
    opening = _OPENING_RE.fullmatch(t, clause_start(t, start), start)
    if not opening:
        return ""
    m = _RESULT_RE.match(t, end)
    if m is None or (not m.group("what") and not m.group("noun")) or re.search(r"[未没不尚无]", m.group("noun")):
        return ""
    noun = m.group("noun").replace("“", "").replace("”", "")
    what = m.group("what").replace("“", "").replace("”", "")
    if len(name) >= 2 and not (noun and (noun.startswith(name) or name.startswith(noun))):
        return ""  # (宏达公司3个产品通过认定: a name read before the count is its own)
    if not noun and m.group("verb") in _GRANTED:
        return ""  # 其中109家获得认定: a grant alone names no things (those of the whole before); 其中4条实现通车 does
    tags = _tags(noun) if noun else []
    if any(flag == "v" for _, flag in tags[1:-1]):
        return ""  # 27个村创建省级森林村庄均已通过…: a deed inside the noun, whose result it is, is not told
    if _QUANTITY_END_RE.search(noun):
        return noun + m.group("verb") + what
    return m.group("verb").removeprefix("被") + what + noun


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
