"""Counts that restate the names listed with them (甲、乙2个项目, 2家(甲、乙), 甲局、乙局共2个二级局): no indicators."""

from __future__ import annotations

import re

from models.suggest.numbers import parse_number

# the names a count is followed by: 规上工业企业2家(森财木业、睿新鹏电子)
_NAMES_AFTER_RE = re.compile(r"[(（](?P<names>[^()（）\d,，。；;]{2,60})[)）]")
# the roll of the counted items after their noun: 5个医院建设项目(甲、乙、…), 2个中队,即甲、乙
_ROLL_AFTER_RE = re.compile(
    r"[\u4e00-\u9fff“”]{1,10}?(?:[(（](?P<names>[^()（）\d,，。；;]{2,80})[)）]"
    r"|[,，]?即(?P<named>[^\d,，。；;()（）]{2,80}?)(?=[,，。；;\n]|$))"
)
# a count of what was added, reached or recognised, up to the count: 新增…企业1家(甲), 预计达到3家(…), 共有…1个(…)
# (当年新入规企业1家(建材): a firm that entered the 规上 list is an addition too)
_REACHED_BEFORE_RE = re.compile(r"(?:新增|达到|共有|认定|建成|获批|新入规|新进规|新升规|新上规)[^,，。；;]*$")
# an office's own units (内设2个中队,即…; 下设三个事业编制机构(…); 共有八个内设机构,即…): its structure, counted
# like its staff whatever roll follows (session-27 ruling; names listed before the count with no 等 still
# restate, 048, 1443)
_OWN_UNITS_BEFORE_RE = re.compile(r"(?:内设|下设|设有|设置|另有|共有|设)[^,，。；;：:\d]{0,6}$")
_OWN_UNITS_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:机构|科室|股室|处室|中队|大队|事业单位|事業單位)")


def own_units(t: str, s: int, e: int) -> bool:
    """``内设2个中队``: a count of the office's own units (the roll after it names them, it does not make the count)."""
    return bool(_OWN_UNITS_BEFORE_RE.search(t, max(0, s - 12), s) and _OWN_UNITS_AFTER_RE.match(t, e))


def _restates_list(t: str, s: int) -> bool:
    """``规划管理股、…、信息中心21个股室``: a count of the items just named (with ``等`` it is a count)."""
    if s == 0 or t[s - 1] == "等":
        return False
    i = s - 1
    while i >= 0 and s - i < 80 and t[i] not in "。；;，,：:\n":
        i -= 1
    chunk = t[i + 1 : s]
    named = chunk.count("、") >= 3 or (chunk.count("、") >= 1 and bool(re.search(r"[和及]", chunk.rsplit("、", 1)[-1])))
    return named and not re.search(r"\d|等|完成|实现|建成|新增|培育|引进|达到|共有|有", chunk)


# 新增温州嘉运大酒店有限公司、温州市三巧匠商贸有限公司2家限上企业 (2436): firms named in full make as short a roll,
# whatever their names hold (新材料, 建设, 实业)
_FIRM_END_RE = re.compile(r"(?:公司|集团|厂|酒店|合作社)$")


def _firms_counted(t: str, s: int, value: float | None) -> bool:
    """``新增甲有限公司、乙有限公司2家规上企业``: the count is that of the firms just named, as many as it says."""
    if value is None or value < 2 or value != int(value):
        return False
    i = s - 1
    while i >= 0 and s - i < 160 and t[i] not in "。；;，,：:\n(（":
        i -= 1
    pieces = t[i + 1 : s].split("、")
    n = int(value)
    named = pieces[-n:]
    return (
        len(pieces) >= n
        and all(_FIRM_END_RE.search(p) and not re.search(r"\d|等", p) for p in named)
        and (len(pieces) == n or not _FIRM_END_RE.search(pieces[-n - 1]))
    )


_OFFICE_END_RE = re.compile(r"(?:局|委员会|委|办公室|办|厅|中心|处|科|股|室|站|所|院|队)$")


def _names_counted(t: str, s: int, num: str) -> bool:
    """``完成北银、裕园2个老旧小区改造``: the count is that of the names just before it."""
    value = parse_number(num)
    i = s - 1
    # 我区目前有甲、乙和丙3道渡口: what a place has opens the list (有 not inside a name: 有限公司, 有色, 有机)
    while i >= 0 and s - i < 40 and t[i] not in "。；;，,：:\n（(完成实施推进建成新建改造了对":
        if t[i] == "有" and t[i + 1 : i + 2] not in ("限", "色", "机", "效", "关"):
            break
        i -= 1
    # 重庆市能源局、重庆市公共资源交易监督管理局共2个二级局: offices named in full, joined to their count by 共
    chunk = t[i + 1 : s]
    offices = chunk.endswith("共") and all(_OFFICE_END_RE.search(p) for p in re.split(r"[、和及与]", chunk[:-1]))
    if offices:
        chunk = chunk[:-1]
    *listed, last = chunk.split("、")
    # 万亿全屋智能家居和华邦保和2个项目: a name may hold 和 itself, so the last one is split once
    for pieces in (re.split(r"[、和及与]", chunk), [*listed, *re.split(r"[和及与]", last, maxsplit=1)]):
        if (
            value is not None
            and len(pieces) >= 2
            and len(pieces) == value
            and all(1 <= len(p) <= (20 if offices else 8) and not re.search(r"\d|等", p) for p in pieces)
        ):
            return True
    return False


def restates_names(t: str, s: int, e: int, num: str, unit: str) -> bool:
    """Whether the count ``t[s:e]`` only counts the names listed before or after it."""
    if unit in ("个", "家", "所", "项", "座", "条", "处", "道") and _names_counted(t, s, num):
        return True
    if unit in ("个", "家") and _firms_counted(t, s, parse_number(num)):
        return True
    if own_units(t, s, e):
        # (…食药监办)下设三个事业编制机构: a verb of its own opens the count, the offices listed before are others
        opened = re.search(r"(?:内设|下设|设有|设置|另有)$", t[max(0, s - 2) : s]) is not None
        return not opened and unit in ("个", "家", "所", "项") and _restates_list(t, s)
    names_after = _NAMES_AFTER_RE.match(t, e) if unit in ("个", "家", "所", "项", "座") else None
    if (
        names_after
        and len(re.split(r"[、和及与]", names_after.group("names"))) == parse_number(num)
        and not _REACHED_BEFORE_RE.search(t, max(0, s - 30), s)
    ):
        return (
            True  # 正在培育的规上工业企业2家(甲、乙): the names are what is counted (新增…1家(甲) reports an addition)
        )
    roll = _ROLL_AFTER_RE.match(t, e) if unit in ("个", "家", "所", "项", "座") else None
    if (
        roll
        and (parse_number(num) or 0) >= 2
        and len(re.split(r"[、和及与]", roll.group("names") or roll.group("named"))) == parse_number(num)
        and not _REACHED_BEFORE_RE.search(t, max(0, s - 30), s)
    ):
        return True  # 开工5个医院建设项目(福永二期、…), 内设2个中队,即甲中队、乙中队: the roll is what is counted
    return unit in ("个", "家", "所", "项") and _restates_list(t, s)
