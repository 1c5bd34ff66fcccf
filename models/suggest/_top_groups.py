"""Top-N groups of a board (进入全省县域经济20强, 跨入全省“十强区”行列): which are ranks, which honours or lists."""

from __future__ import annotations

import re

from models.suggest._context import clause_start

# a place among the top N of a board (进入全省县域经济20强, 入围全省十强, 跨进省级以上开发区三十强, 位列全省城区…五强区,
# 入选“2024安徽省县域综合实力三十强”): N is the rank, as 进入全市前五 is 5 (README ~211; lead's ruling, session 26);
# the peers may follow (十强区, 五强县) and quote marks may hold the board's name. A list of a hundred or more (百强县,
# 世界500强), an award title (十强县称号) and 跻身 (a membership: 跻身全国10强) are none (see ``honour``)
TOP = r"(?P<top>[1-9]\d?|[二三四五六七八九]?十|[二三四五六七八九])强"
_PEERS_AFTER = r"(?:[县市区镇](?![企乡村国省]))?[”」]?(?![县市区企镇乡村国省])"


def top_group_re(scope: str) -> re.Pattern[str]:
    """The top-N group read after its verb, its scope (``scope``) and the board it names."""
    return re.compile(
        rf"(?P<verb>进入|入围|入选|跨进|迈入|跨入|挺进|位列)(?P<scope>{scope})?[“「]?"
        r"(?P<board>(?:(?:19|20)\d\d年?)?[^\d,，。；;、第前强“”「」]{0,12}?)[“「]?"
        rf"{TOP}{_PEERS_AFTER}(?P<n>)(?P<n2>)(?P<first>)"
    )


def last_top_re(scope: str) -> re.Pattern[str]:
    """进入全省15强和宜春2强 (2044): the second top-N group of a list, on a board the first one's 和 joins."""
    return re.compile(
        rf"(?P<verb>[和及与、])(?P<scope>{scope})?(?P<board>[\u4e00-\u9fff]{{0,6}}?)"
        rf"{TOP}{_PEERS_AFTER}(?P<n>)(?P<n2>)(?P<first>)"
    )


# a board named by its place (安徽省县域综合实力, 中国中部, 河南省): a province or a city written in full, or China
PLACE_BOARD_RE = re.compile(r"(?:(?:19|20)\d\d年?)?(?:中国|[\u4e00-\u9fff]{2,3}(?:省|自治区)|[\u4e00-\u9fff]{2,3}市)")
# an award one is given (荣获…十强县荣誉称号, 被评为全省旅游十强县, 获评…十强县): a title, no place on a board
_AWARD_BEFORE_RE = re.compile(r"评为|荣获|获评|授予|命名为|获得")
_AWARD_AFTER_RE = re.compile(r"[”」]?(?:荣誉)?(?:称号|殊荣|荣誉|表彰|奖)")
# 进入全国同类医院十强、排名第9 (1129): the place within the group follows, and is the one rank
_PLACE_AFTER_RE = re.compile(r"[,，、]?\s?(?:排名|排位|位列|位居|居|列|排)?第\s?(?:\d+|[一二三四五六七八九十]+)")
# 稳居第一方阵, 全市第二个, 进入全省前十行列: a tier or a count after a place, no rank; a top group's 行列 is its own
_TIER_AFTER_RE = re.compile(r" ?(?:[个家批次届档等类轮期阶层级]|产业|方阵|梯队|阵营|集团|序列|行列)")
_GROUP_WORD_AFTER_RE = re.compile(r" ?行列")


def honour(t: str, m: re.Match[str], rank: float) -> bool:
    """Whether the top group ``m`` (of ``rank``) is an honour or a list one enters rather than a place on a board:
    more than fifty (the ruling's cut: a top of a hundred or more is a list) or an award title."""
    if rank > 50 or _AWARD_AFTER_RE.match(t, m.end()):
        return True
    return bool(_AWARD_BEFORE_RE.search(t, clause_start(t, m.start()), m.start()))


def place_follows(t: str, m: re.Match[str]) -> bool:
    """进入全国同类医院十强、排名第9: the place held within the group follows; it is the rank (the group only names
    it)."""
    return bool(_PLACE_AFTER_RE.match(t, m.end()))


def tier_after(t: str, end: int, top_group: bool) -> bool:
    """Whether a tier or a counter follows a place (稳居第一方阵, 全市第二个); a top group's 行列 is its own."""
    if top_group and _GROUP_WORD_AFTER_RE.match(t, end):
        return False
    return bool(_TIER_AFTER_RE.match(t, end))
