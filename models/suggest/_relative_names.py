"""A name's relative clause: what the clause says of the thing measured before its 的 (`产值过亿元的企业`)."""

from __future__ import annotations

import re

from models.suggest import _names

# what opens a clause without saying anything of the thing measured: its scope, time, or a verb of the deed
_OPENING_RE = re.compile(
    r"^(?:(?:全年|今年|当年|年末|年底|目前|截至目前|其中|累计|共计|共|已经?|另有|现有|有|"
    r"\d{4}年(?:度|末|底)?|\d{1,2}[-—至]\d{1,2}月|上半年|前三季度|"
    r"全[省市县区镇乡州旗盟]|我[省市县区镇乡州旗盟局]|本[省市县区镇乡州旗级])\s*)+"
)
# (a place's scope word inside is the clause's own: 占全省生产总值的比重)
_INNER_OPENING_RE = re.compile(r"全年|今年|当年|年末|年底|目前|其中")
# a clause that says how, compared with what, or of what kind rather than which: 在…, 以…为主的, 高于…的
_NOT_WHICH_RE = re.compile(r"^(?:高于|低于|比|较|相当于)|(?:为主|为重点|为核心|为主体|为龙头|为代表)$")
# a figure in the clause only as a size class (销售收入超亿元的, 产值达到10亿元的, 100亩以上的)
_CLASS_FIGURE_RE = re.compile(
    r"(?:超过?|过|达到?|不足|不到|低于|高于)[\d.]+[^\d]{0,3}$|[\d.]+[^\d]{0,3}(?:以上|以下|以内)$"
)
_MAX = 24
_HEAD_MAX = 10


def relative_name(clause: str, name: str, offset: int) -> tuple[str, int]:
    """``name`` with the relative clause before its 的 (``销售收入超亿元的`` + ``非公企业``), and its offset.

    ``clause`` runs from the clause's start to the figure and ``name`` starts at ``offset`` in it. The relative
    clause is the rest of the clause before 的, its opening scope or time words and a lone opening verb left out
    (``培育主营业务收入超15亿元的物流示范企业`` → ``主营业务收入超15亿元的物流示范企业``). It is left out when it opens
    with a coverb or a comparison, says what kind (``以…为主的``), holds a figure other than a size class, a list,
    a colon or bracket, or makes the name longer than a name is.
    """
    before = clause[:offset].rstrip()
    if not name or not before.endswith("的") or before.endswith("的的"):
        return name, offset
    rel = before[:-1]
    if len(name) > _HEAD_MAX:
        return name, offset  # a head this long already says which
    opening = _OPENING_RE.match(rel)
    start = opening.end() if opening else 0
    for inner in _INNER_OPENING_RE.finditer(rel, start) if "占" not in rel else ():  # 占年末常住人口的比重
        start = inner.end()  # 财政和金融全年来源于佛冈的: a time word inside ends what came before
    for word in sorted(_names.LEAD | _names.LONE_VERBS, key=len, reverse=True):
        if rel.startswith(word, start) and len(rel) - start - len(word) >= 2:
            start += len(word)
            break
    rel = rel[start:].strip()
    if len(rel) < 2 or len(rel) + len(name) > _MAX or re.search(r"[:：;；、()（）「」『』]", rel):
        return name, offset
    if rel[0] in _names._COVERBS or rel[0] == "以" or _NOT_WHICH_RE.search(rel):
        return name, offset
    if re.search(r"\d", rel) and not _CLASS_FIGURE_RE.search(rel):
        return name, offset
    return f"{rel}的{name}", before.index(rel, start)
