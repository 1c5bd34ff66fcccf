"""Rank indicators: a place on a board (位列88位, 全省第3, 名列榜首), its change (前进2个位次), shared by a list."""

from __future__ import annotations

import re
from typing import Any

from models.suggest import _top_groups as tg
from models.suggest._context import Item, clause_start, name_for
from models.suggest._fallback_name import fallback_name
from models.suggest._kind import context_attrs
from models.suggest._names import name_before
from models.suggest._rank_lists import _LIST_STOP, _RANK_BASE, _RANK_WORD_RE, _share_rank, share_moves
from models.suggest._rank_moves import alone_moves
from models.suggest._rank_names import with_measure
from models.suggest._text import Spans, sentence_start
from models.suggest.numbers import parse_number

_SCOPE = (
    r"全[国省州市县区盟](?:同类[^\d第前,，。]{0,4})?|[中西东]部(?:地区)?|东北|世界|全球|同类城市"
    # 六区第一, 全省十三个地市第二: the peers counted (居全省市州第二位, 列全省区县市第一: or their class, uncounted)
    r"|(?:全[国省市州县区])?(?:[二三四五六七八九十]{1,3}|\d{1,3})个?(?:县市区|县区|区县|市州|地市|乡镇|县|区|市|州|省|镇|乡|街道)"
    r"|全[国省市州](?:县市区|区县市|县市|市县|县区|区县|市州|地市|城区|乡镇)"
    # 分列全市各区前3, 居全省各市州第2: every peer of the scope, by its class
    r"|全[国省市州]各(?:县市区|县区|区县|市州|地市|城区|乡镇|街道|[省市州县区镇乡])"
)
# 全市165个迎检乡镇中第四位: the peers named between the scope and the rank; counted places need no 中 (位居15个副省级
# 城市第一, 居全国35个大中城市第2: the count and the class name the board)
# (进入全省「十强县」前三甲: the top group a rank is taken within, named with its 强)
_AMONG = (
    r"(?:[^\d,，。；;第前]{0,10}|\d+个[^\d,，。；;第前]{1,10})中"
    r"|\d+个[^\d,，。；;第前]{0,10}(?:城市|开发区|园区|地市|市州|县区|区县|乡镇|街道|[省市州县区])(?=第)"
    r"|[「“]?[一二三四五六七八九十百]{1,2}强[县市区镇]?[」”]?(?=前)"
)
_N = r"\d+|[一二三四五六七八九十]+"
_TOP_N = r"\d+|[一二三四五六七八九十]+|两"  # 保持全国前两位: the top two said with 两
_RANK_RE = re.compile(
    r"(?P<verb>位列|位居|排名|排在|排位|排|跃居|稳居|蝉联|名列|进至|升至|上升至|跃升至|提升至|跻身|保持|进入|居|(?<![得积评计])分列|列)"
    rf"(?P<scope>{_SCOPE})?(?:{_AMONG})?(?:第 ?(?P<n>{_N})(?:位|名)?|(?P<n2>\d+)(?:位|名)|(?P<first>首位)"
    rf"|前(?P<top>{_TOP_N})(?:位|名|强|甲)?)"
)
_TOP_GROUP_RE = tg.top_group_re(_SCOPE)  # 进入全省县域经济20强, 跨入全省“十强区”行列 (_top_groups)
_PEERS_END_RE = re.compile(r"(?:县域|城区|地区|城市|开发区|园区|[省市州县区])$")
# 增量全市第一, 全省第3, 增速在全市排第一: a scope and a rank, without a verb or with the short 排 after the scope
# (全省排名由第20位上升到第12位: the rank a move left, read with the rank it reached)
# (力争全市排名前三: the top N after the scope and the ranking word)
_SCOPED_RANK_RE = re.compile(
    rf"(?P<verb>)(?P<scope>{_SCOPE})(?:(?:排名|排位|排)?(?:[由从])?第 ?(?P<n>{_N})(?:位|名)?"
    rf"|(?:排名|排位)前(?P<top>{_TOP_N})(?:位|名|甲)?)(?P<n2>)(?P<first>)"
)
# the year a place was held at, between a move's 由 (or 到) and the place: 由2011年的全省第5位, 上升至2019年的第35名
# (由二季度的第12位上升到第6位, 由1-5月的第8位: a quarter's or months' standing, as a monthly bulletin compares)
_PLACE_YEAR = (
    r"(?:\d{4}\s?年(?:底|末|度)?|上年|去年|上一年|今年|当年|年初|上半年|上月|上季度|[一二三四1-4]季度|前三季度"
    r"|(?:\d{1,2}[-—–至~～])?\d{1,2}月份?)?的?"
)
# 由2011年的全省第5位上升到…, 排名由2016年的第60名上升至…: the rank a move left, read only with the rank it reached
_MOVE_FROM_RE = re.compile(
    rf"(?P<verb>[由从]){_PLACE_YEAR}(?P<scope>{_SCOPE})?第 ?(?P<n>{_N})(?:位|名)?(?P<n2>)(?P<first>)(?P<top>)"
)
# 保持全省“双第一”: first on both of the two boards just named, one rank
_DOUBLE_FIRST_RE = re.compile(rf"(?P<verb>)(?P<scope>{_SCOPE})(?P<first>“?[双两]第一”?)(?P<n>)(?P<n2>)(?P<top>)")
# a board may be named by its size in digits and its year, as 百强 in words (2022年中国企业500强第322位, 1767; a bare
# year before its scope, 位列2023全国市辖区高质量发展百强第33名, 2318)
_BOARD_CHAR = (
    r"(?:[^\d,，。；;、第前]|(?<!\d)\d{2,4}强|(?<!\d)(?:19|20)\d\d(?:年(?=[^\d,，。；;、第前])|(?=全[国省]|中国|世界)))"
)
# a rank on a named board: 位居全国百强县投资潜力第3; the boards listed after it: 、新型城镇化质量第4; a board's full
# name in quotes (位列“2023中国省级开发区高质量发展百强”第18位, 2037)
_BOARD = rf"(?P<board>(?:(?!排名|位居|位列|名列|排在|居|列|榜){_BOARD_CHAR}){{1,14}}?|“{_BOARD_CHAR}{{2,20}}?”)"
_BOARD_RANK_RE = re.compile(
    rf"(?P<verb>位居|位列|名列|排名|排在|排位|稳居|蝉联|跃居|荣登|登上|保持|(?<![安编彩])排(?![查放除污水练列序队]))(?P<scope>{_SCOPE})?{_BOARD}"
    rf"(?:第 ?(?P<n>{_N})(?:位|名)?|(?P<first>榜首|首位))(?P<n2>)(?P<top>)"
)
# a board a move reached or a list entered, the place said with its own word (提升至全国百强城市第31位,
# 跻身全国先进制造业百强市第7位, 上升至国内城市第三位) and a place held among peers (在滇中四州市中处于第2位):
# without 位/名 these are ordinals
_REACHED_RANK_RE = re.compile(
    rf"(?P<verb>(?:上升|提升|跃升|攀升|前移|升)至|跻身|处于)(?P<scope>{_SCOPE})?(?P<board>{_BOARD_CHAR}{{0,14}}?)"
    rf"第 ?(?P<n>{_N})(?:位|名)(?P<n2>)(?P<first>)(?P<top>)"
)
# 居内地大中城市第四位, 连续四年列内地城市榜首, 59%居五县(市)之首: a bare 居/列 after a figure or years
# (继续居内地大中城市首位, 仍居全省第三位: a rank held on, 1929)
# (数量居自治区第一, 列…各县市区第一名: after a measured noun, and a rank ending its clause without 位 or with 名;
# 比重4.57%(居…第2): a rank noted in brackets after a figure; …2003家,均居全省地级市首位: a rank the figures
# before it share)
_BARE_BOARD_RANK_RE = re.compile(
    rf"(?:(?<=[\d%年,，量额值数率幅速均])|(?<=[\d%][(（]))(?P<verb>(?:继续|仍然?|依然)?居|列|(?<=均)为)(?!民)(?P<scope>){_BOARD}"
    rf"(?:第 ?(?P<n>{_N})(?:位|名|(?=[,，。；;)）]))|(?P<first>榜首|首位|之首))(?P<n2>)(?P<top>)"
)
_BOARD_ITEM_RE = re.compile(
    rf"(?P<verb>、)(?P<scope>){_BOARD}?第 ?(?P<n>{_N})(?:位|名)?(?! ?[\d个家批次届])(?P<n2>)(?P<first>)(?P<top>)"
)
# the last of a list of ranks, joined by 和/及 right after the rank before it (分别居全省第6位和第12位,
# 第3、第8和第15位)
_LAST_ITEM_RE = re.compile(
    rf"(?P<verb>[和及与])(?P<scope>)第 ?(?P<n>{_N})(?:位|名)?(?! ?[\d个家批次届])(?P<n2>)(?P<first>)(?P<top>)"
)
_LAST_TOP_RE = tg.last_top_re(_SCOPE)  # 进入全省15强和宜春2强 (2044)
# 位居全省第6,沿海地区第2: a second board after a comma, no verb (连续三年第一: the same board over years)
_COMMA_BOARD_RE = re.compile(
    rf"(?P<verb>[,，])(?P<scope>)(?![^,，。；;]*?(?:连续|年|次|再|又))(?P<board>(?:(?![在排居列为是])[\u4e00-\u9fff]){{2,8}}?)"
    rf"第 ?(?P<n>{_N})(?:位|名)?(?=[,，。；;)）])(?P<n2>)(?P<first>)(?P<top>)"
)


# 造林总量全市最大, 差距全省最小;, 全区单体规模最大的…基地: the most of a named administrative scope, ending its
# clause or before 的, is first place (gold 485, 1461, 1615, 1819); 最大限度地, 全省最低费率 (a manner, a noun right
# after: a policy), 全球最大 (no administrative scope) and 健全市场 (健全 + 市: no scope) are none (建成全州: a scope)
_MOST_RE = re.compile(
    r"(?P<verb>)(?<![健安完齐万])(?P<scope>全[国省市州县区])[^\d,，。；;、：:最]{0,8}?"
    r"(?P<first>最[大多小])(?=的|[,，。；;])(?P<n>)(?P<n2>)(?P<top>)"
)
# 崇仁县更是高中榜首, 稳坐全市榜首: the top of a board is first place by its own word, whatever verb reached it (the
# verbs the board patterns know read it first, with their board)
_TOP_OF_BOARD_RE = re.compile(rf"(?P<verb>)(?P<scope>{_SCOPE})?(?P<first>榜首)(?P<n>)(?P<n2>)(?P<top>)")
# 第三产业增速领跑全市, 增幅连续三年领跑五城区: a growth rate that leads its scope is first place (README, 1155, 1522);
# a level or a list that leads (跨境结算量领跑全市, 1016; 收入…继续领跑中心城区, 950) and 经济发展 name no rate: none
_LEADS_RE = re.compile(
    r"(?P<verb>)(?:增速|增幅)(?:连续(?:[二三四五六七八九十]|\d{1,2})年|继续|持续|始终|一直)?(?P<first>领跑)"
    rf"(?P<scope>{_SCOPE}|(?:[二三四五六七八九十]|\d{{1,2}})个?城区)(?=[,，。；;])(?P<n>)(?P<n2>)(?P<top>)"
)
# 以我省第1名, 列我市第2位: the speaker's own province or city as the board, the place said with 名/位
# (我区第一支柱产业, 我市第一次, 我市第二产业: ordinals, no rank)
_OWN_PLACE_RANK_RE = re.compile(
    rf"(?P<verb>)(?P<scope>[我本][省市区县州])第 ?(?P<n>{_N})(?:名|位)(?![次置])(?P<n2>)(?P<first>)(?P<top>)"
)


def _follows_a_rank(t: str, m: re.Match[str], found: list[re.Match[str]]) -> bool:
    """``…投资潜力第3、新型城镇化质量第4、…``: a board item right after a rank or another board item."""
    ends = {f.end() for f in found}
    at = m.start()
    for prev in _BOARD_ITEM_RE.finditer(t, max(0, at - 40), at):
        ends.add(prev.end())
    return at in ends


# a placing won in a contest or an assessment: 荣获…观摩会城市组第6名, 获得…测评第一名
_PLACING_RE = re.compile(rf"(?P<verb>)(?P<scope>)第 ?(?P<n>{_N})名(?P<n2>)(?P<first>)(?P<top>)")
_PLACING_BEFORE_RE = re.compile(r"获|取得|夺|摘得|评为")  # 荣获, 获得, 斩获, 大比武获第二名, 再夺第一名
# (比上年前移3位, 比 2017 年提高了 24 位: the places moved since a base, spaces of a PDF page too)
_RANK_CHANGE_RE = re.compile(
    r"(?P<dir>前进|上升|提升|提高|前移|后退|后移|下降|下滑)了?\s?(?P<n>\d+|[一二三四五六七八九十]+)\s?个?(?:位次|位|名)"
)
_LIST_VERBS = ("、", ",", "，", "和", "及", "与")  # what opens the next rank of a list (its board, if any, names it)
# (增幅居全省第2位,比2015年排名前进6位, 位次比上年提升2位: the move's own noun, 排名 or 位次, said again;
# 排名第31位,同比去年后退9位: 2266, as 1329 比去年同期提升3位)
_RANK_GAP_RE = re.compile(
    rf"^[,，]{{0,2}}\s*(?:排名|排位|位次)?(?:(?:相比|同比|比|较|与)\s?(?:{_RANK_BASE})?)?\s?(?:排名|排位|位次)?$"
)


def find_ranks(t: str, items: list[Item], taken: Spans, targets: Spans) -> None:
    """Add rank indicators to ``items`` (with the rank change that follows, if any)."""

    found = [m for m in _MOVE_FROM_RE.finditer(t) if _moved_to(t, m, m.end()) is not None]
    found += [m for m in _RANK_RE.finditer(t) if not any(f.start() <= m.start() < f.end() for f in found)]
    found += [m for m in _SCOPED_RANK_RE.finditer(t) if not any(f.start() <= m.start() < f.end() for f in found)]
    found += [m for m in _DOUBLE_FIRST_RE.finditer(t) if not any(f.start() <= m.start() < f.end() for f in found)]
    found += [m for m in _TOP_GROUP_RE.finditer(t) if not any(f.start() <= m.start() < f.end() for f in found)]
    found += [m for m in _PLACING_RE.finditer(t) if not any(f.start() <= m.start() < f.end() for f in found)]
    for board_re in (
        _BOARD_RANK_RE,
        _REACHED_RANK_RE,
        _BARE_BOARD_RANK_RE,
        _MOST_RE,
        _OWN_PLACE_RANK_RE,
        _TOP_OF_BOARD_RE,
        _LEADS_RE,
    ):
        if board_re is _TOP_OF_BOARD_RE and "榜首" not in t:
            continue  # its optional scope first would be tried at every position of the text
        found += [m for m in board_re.finditer(t) if not any(f.start() <= m.start() < f.end() for f in found)]
    found += [m for m in _BOARD_ITEM_RE.finditer(t) if _follows_a_rank(t, m, found)]
    found += [m for m in _LAST_ITEM_RE.finditer(t) if m.start() in {f.end() for f in found}]
    found += [m for m in _COMMA_BOARD_RE.finditer(t) if m.start() in {f.end() for f in found}]
    tops = {f.end() for f in found if f.re is _TOP_GROUP_RE}
    found += [m for m in _LAST_TOP_RE.finditer(t) if m.start() in tops] if tops else []
    found.sort(key=lambda m: m.start())
    within: list[Item] = []
    for m in found:
        n = m.group("n") or m.group("n2") or m.group("top")
        rank = 1.0 if m.group("first") else parse_number(n or "")
        if rank is None or taken.overlaps(m.start(), m.end()) or not _is_rank_context(t, m):
            continue
        top_group = m.re is _TOP_GROUP_RE or m.re is _LAST_TOP_RE
        if top_group and tg.honour(t, m, rank):
            continue  # 百强县, 十强县称号: a list one enters, a title
        if (
            tg.tier_after(t, m.end(), top_group)
            or re.search(r"(?:多项|多个|各项)[^,，。；]{0,6}$", t[max(0, m.start() - 10) : m.start()])
            or re.match(r"、(?:第?[一二三四五六七八九十]+|\d+)[个批期届次轮]", t[m.end() : m.end() + 5])
            or "倒数" in t[max(0, m.start() - 2) : m.end()]  # 排位是倒数第一: from the bottom, no position (README)
            # 获得了七个第一名 (1781, as 627 取得9个第一): the firsts counted, no rank
            or re.search(r"(?:\d+|[一二三四五六七八九十两]+)个$", t[max(0, m.start() - 4) : m.start()])
        ):  # 列入全国第一、二批…规划: ordinals of batches
            # 全市第二个无煤区 (an ordinal), 提升至第三产业 (a sector), 多项指标位居全市第一 (no one figure),
            continue  # 稳居第一方阵 (a tier)
        end = m.end()
        attrs: dict[str, Any] = {"rank": int(rank), "unit": "位", "value": rank, "kind": "actual", "change": None}
        attrs["change_unit"] = None
        if m.group("top"):
            attrs["rank_top"] = True
        if m.group("scope"):
            attrs["scope"] = m.group("scope")
        cm = _RANK_CHANGE_RE.search(t, end, min(len(t), end + 16))
        if cm and _RANK_GAP_RE.match(t[end : cm.start()]):
            d = parse_number(cm.group("n")) or 0
            attrs["rank_change"] = int(d if cm.group("dir") in ("前进", "上升", "提升", "提高", "前移") else -d)
            # the change is the rank number's, as a move from one place to another (由第14位上升到第11位 → −3):
            # up is negative (lead's ruling, session 20); rank_change keeps the places gained
            attrs["change"], attrs["change_unit"] = -attrs["rank_change"], "位"
            end = cm.end()
        moved = _moved_to(t, m, end)
        if moved is None and (m.re is _MOVE_FROM_RE or re.search(r"[由从]第", m.group(0))):
            continue  # 全省排名由第20位…: the rank left, with no rank reached after it
        if moved is not None:  # 由全省第48位上升到第29位: the rank reached, changed by to − from
            to, end = moved
            attrs["rank"], attrs["value"], attrs["rank_change"] = int(to), to, int(rank - to)
            attrs["change"], attrs["change_unit"] = to - rank, "位"
        attrs["name"], start = _rank_name(t, items, m.start(), m.end())
        board = m.groupdict().get("board")
        if board and moved is not None and re.fullmatch(r"[由从]\s*", board):
            board = None  # 排名由第14位…: the board is the 由 of the move, the name is the clause's
        if board:  # 位居全国百强县投资潜力第3, 、新型城镇化质量第4: the board names the rank
            attrs["name"] = board + "排名"
            prev = [it for it in items if "rank" in it.attrs and it.end == m.start()]
            # 科技进步综合评价位居全省第6,沿海地区第2; 进入全省15强和宜春2强: the same quantity
            if (m.group("verb") in (",", "，") or m.re is _LAST_TOP_RE) and prev:
                attrs["name"] = str(prev[-1].attrs.get("name", "")).removesuffix("排名") + board + "排名"
        attrs["name"] = with_measure(t, items, m, str(attrs["name"]), board)
        at = m.start("board") if board and m.group("verb") in _LIST_VERBS else m.start()
        at += 1 if m.re is _LAST_TOP_RE and not board else 0  # 、全省50强: the joining mark is no part of it
        attrs.update({k: v for k, v in context_attrs(t, m.start(), end, targets).items() if k == "period"})
        if (
            _RANK_AIM_RE.search(t, clause_start(t, m.start()), m.start())
            or _AIM_OPENING_RE.match(t, sentence_start(t, m.start()), m.start())
            or _AIM_AFTER_RE.match(t, end)
            or (_GOAL_AFTER_RE.match(t, end) and not re.search(r"了|已", t[clause_start(t, m.start()) : m.start()]))
        ):
            attrs["kind"] = "target"  # 力争进入全省前十, 打造全省第一, 力争通过5年…,我县…居全市第一: a rank aimed at
        if m.re is _MOST_RE and (
            attrs["kind"] == "target"
            or targets.contains(m.start())
            or _MAKE_INTO_RE.search(t, clause_start(t, m.start()), m.start())
        ):
            continue  # 把南京建设成为全省最大的印刷基地 (552): the most aimed at is a vision, no place measured
        if any(it.start < at and end <= it.end and "rank" not in it.attrs for it in items):
            # 出口…万美元,总额居全省第六位,同比增长24.1%: a rank said inside a statement is its own indicator
            attrs["shared"] = True
        items.append(Item(at if m.group("verb") in _LIST_VERBS else min(start, at), end, attrs, 0.7, at))
        _share_rank(t, items, m.start())
        taken.add(m.start(), end)
        if top_group and tg.place_follows(t, m):
            within.append(items[-1])  # 十强、排名第9: the group names the place after it, which is the rank
    items[:] = [it for it in items if all(it is not w for w in within)]
    share_moves(t, items, taken)
    # a rank change on its own: 在全市排名上升3位, 位次分别前移14位、3位和8位
    alone_moves(t, items, taken, targets, lambda a, b: _rank_name(t, items, a, b))


# a sentence that opens on its aim, its first clause stating no figure of its own (力争通过5年创建,…)
# (in a copy run together on one line the part's heading runs into the sentence: 二、工作目标 力争通过5年创建,)
_AIM_OPENING_RE = re.compile(
    r"\s*(?:(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[^,，。；;\s]{1,16}\s+)?"
    r"(?:力争|争取|确保)[^,，。；;%‰]{0,12}[,，]"
)
_AIM_AFTER_RE = re.compile(r"为(?:发展|奋斗|工作|主要)?目标")  # 以…跨进…三十强为发展目标: the rank is the aim
# 实现…进入前10名的目标: the rank is the goal named after it (实现了…的目标: reached, what happened)
_GOAL_AFTER_RE = re.compile(r"的(?:发展|奋斗|工作|既定)?目标")
_MAKE_INTO_RE = re.compile(r"把[^,，。；;]{1,16}(?:建设|打造|建|培育|发展)成为?")  # 把X建设成为…: what X is to become
_RANK_AIM_RE = re.compile(r"力争|确保|争取(?=进入|跻身|保持|位居|排名)|打造|冲刺|争创|争当")

_RANK_VERB_RE = re.compile(r"保持|位居|位列|稳居|名列|跃居|排名|排在|居")
_STEADY_RE = re.compile(r"(?:持续|始终|继续|一直|仍然?|依然)$")


def _rank_name(t: str, items: list[Item], start: int, end: int) -> tuple[str, int]:
    """A ranking's name: its own clause, else the indicator before it in the sentence."""
    name, name_start, _ = name_for(t, start, end)
    if len(name) < 2:
        # 信息采用排名进入全市前五: the ranking word ends the clause, the name is before it
        cs = clause_start(t, start)
        clause = _RANK_WORD_RE.sub("", t[cs:start])
        own, offset, _ = name_before(clause)
        if len(own) >= 2:
            name, name_start = own, cs + offset
    if len(name) < 2 and start and t[start - 1] == "、":
        # 保持全国第一档次、西部第一: the second standing of what the clause's verb keeps
        cs = clause_start(t, start - 1, _LIST_STOP.replace("、", ""))
        verb = _RANK_VERB_RE.search(t, cs, start)
        if verb:
            own, offset, _ = name_before(_STEADY_RE.sub("", t[cs : verb.start()]))
            if len(own) >= 2:
                name, name_start = own, start  # the span is the standing alone, the first one is no rank
    sent = sentence_start(t, start)
    # the figures come in text order, the ranks found so far after them: read them all
    before = [it for it in items if it.start >= sent and it.end <= start]
    if not before:  # a level whose statement runs on over the rank to its change (6.17万户,排名全省第5,同比增长28%)
        before = [it for it in items if it.start >= sent and it.qty_start < start < it.end]
    if len(name) < 2:
        # 在全县乡镇中排名第一: the peers are all the clause says (全县乡镇排名)
        cs = clause_start(t, start)
        # 综合发展水平在219个国家级经开区中排名第十位: the peers counted, the subject before 在 (1988, 2143)
        peers = re.search(r"在(?P<peers>(?:[\u4e00-\u9fff]{0,6}\d+个)?[\u4e00-\u9fff]{2,12}?)之?中\W*$", t[cs:start])
        if peers:
            own, _, _ = name_before(t[cs : cs + peers.start()])
            return (own if len(own) >= 2 else "") + re.sub(r"\d+个", "", peers.group("peers")) + "排名", cs
    named = [it for it in before if it.attrs.get("name")]
    if named and (not name or len(name) < 2 or name in ("全省排名", "排名", "考核排名")):
        # the nearest named figure before it (ranks are added after the figures: list order is not text order)
        return str(max(named, key=lambda it: it.end).attrs.get("name", "")), start
    return name or fallback_name(t, start), name_start


# 由全省第48位上升到第29位, 从第五位升至第四位: the rank a move reached, right after the rank it left
_MOVED_TO_RE = re.compile(
    rf"\s*(?:上升|提升|前进|跃升|攀升|升|下降|后退|下滑|降|回落|跌)了?(?:到|至){_PLACE_YEAR}(?:{_SCOPE})?"
    rf"(?:第 ?(?P<n>{_N})(?:位|名)?|(?P<n2>\d+)(?:位|名))"
)
_MOVED_FROM_RE = re.compile(r"[由从][^\d,，。；;]{0,10}$")


def _moved_to(t: str, m: re.Match[str], end: int) -> tuple[float, int] | None:
    """The rank reached and where its statement ends, when the rank ``m`` starts a move (由…第N位上升到第M位)."""
    if m.group("top") or m.group("first") or end != m.end():
        return None
    if not (_MOVED_FROM_RE.search(t, max(0, m.start() - 12), m.start()) or re.match(r"\S{0,4}[由从]", m.group(0))):
        return None
    to = _MOVED_TO_RE.match(t, end)
    if to is None:
        return None
    n = parse_number(to.group("n") or to.group("n2"))
    return (n, to.end()) if n is not None else None


_PEERS_BEFORE_RE = re.compile(
    r"在(?:[\u4e00-\u9fff]{0,6}\d+个[\u4e00-\u9fff]{0,12}?|[\u4e00-\u9fff]{1,12}?)"
    r"(?:县域|城区|地区|城市|开发区|园区|街道|乡镇|[省市州县区镇])之?中$"
)


def _is_rank_context(t: str, m: re.Match[str]) -> bool:
    if m.group("first"):
        return True
    verb = m.group("verb")
    if verb.startswith("位") and m.start() and t[m.start() - 1] in "单岗座职席":
        return False  # 责任单位列第一位的为牵头单位: 单位 + 列, no ranking
    if verb in _LIST_VERBS:
        return True  # the next board of a list of ranks (_follows_a_rank checked it)
    if verb == "" and not m.group("scope"):
        return bool(_PLACING_BEFORE_RE.search(t, clause_start(t, m.start()), m.start()))
    if verb in ("排", "列", "分列") and not m.group("scope") and m.group("n") and re.search(r"[位名]$", m.group(0)):
        return True  # 发展水平列第2位: the rank's own word makes it one
    board = m.groupdict().get("board") or ""
    if verb in ("排", "保持") and m.groupdict().get("board") is not None:
        # 排南宁市县域第一, 保持中心城区首位: on a board only when the peers are places, whatever their name
        # (保持全省“双第一”: the double first is read whole by its own pattern)
        # (排珠三角第3, 排成渝城市群第2: a named economic region, its peers places too)
        return bool(re.search(r"(?:县域|城区|地区|城市|[省市州县区]|三角|湾区|城市群|经济圈|都市圈|经济带)$", board))
    if verb == "跻身" and m.re is _REACHED_RANK_RE and board.endswith("强"):
        return True  # 跻身2022年中国企业500强第322位: a place on a named top-N board, whatever its scope (1767)
    if (
        verb == "进入"
        and m.group("top")
        and re.search(r"[位名]$", m.group(0))
        and not re.search(
            r"\d\s?[人名家个所项]$", t[max(0, m.start() - 4) : m.start()]
        )  # 共有5人进入前10名: who entered
    ):
        return True  # 年终考评进入前五位, 综治民调进入前10名: the rank's own word makes it one (893, 1944)
    if verb in ("排", "列", "保持") and m.group("n") and _PEERS_BEFORE_RE.search(t, max(0, m.start() - 24), m.start()):
        return True  # 在西部和边境省区中保持第一, 在全国地级市中名列第12: the places it is ranked among (2080, 2143)
    if m.re is _TOP_GROUP_RE and not m.group("scope") and tg.PLACE_BOARD_RE.match(board):
        return True  # 入选2024安徽省县域综合实力三十强: the board's place named
    if verb in ("排", "列", "分列", "保持", "进入", "跻身") and not m.group("scope"):
        return False
    if m.group("top") and not m.group("scope"):
        return m.re is _TOP_GROUP_RE and bool(_PEERS_END_RE.search(board))  # 省级以上开发区三十强: the peers named
    return not (verb == "居" and not m.group("scope") and not m.group("n"))
