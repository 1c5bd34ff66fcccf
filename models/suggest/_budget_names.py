"""A budget's balance items named after their fund: ``转移性收入`` under ``全市一般公共预算平衡情况：`` is that fund's.

A budget report lists each fund's balance (``…平衡情况：地方一般公共预算收入…，转移性收入…，调入资金…，收入总计…``)
or, under the fund's heading (``（二）政府性基金预算``), its totals. The items' own words (``转移性收入``, ``收入总计``,
``债务还本支出``) name no fund; a clerk filing them needs the fund the paragraph or its heading is about.
"""

from __future__ import annotations

import re

#: The funds a budget report balances, with the scope written before them (全市, 市本级, 高新区 …).
_FUND = r"(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|社会保险基金(?:预算)?)"
_SCOPE = r"(?:全[市县区州省]|[市县区]本级|市直|县直|[\u4e00-\u9fff]{1,3}区)?"
_FUND_RE = re.compile(rf"(?P<scope>{_SCOPE})(?P<fund>{_FUND})")
#: A balance item: money moved between levels or years, or a fund's total; it names no fund of its own.
_ITEMS = (
    r"(?:收入|支出)(?:总计|合计)|总(?:收入|支出)(?:合计)?|(?:区域间)?转移性(?:收入|支出)|上年结余(?:收入)?|结余收入"
    r"|调[入出]资金|债务转贷(?:收入|支出)|债务还本支出|上解(?:上级)?支出|补助下级支出|下级上解收入|上级补助收入"
    r"|年[终末]结[转余]|结转下年(?:支出)?|(?:当年)?收支结余|(?:年末)?滚存结余"
)
_ITEM_BEFORE_RE = re.compile(rf"(?P<item>{_ITEMS})(?:为|完成|预计|约)?$")
#: How far back a heading naming the fund may stand (a fund's section is a few paragraphs).
_HEADING_REACH = 1500
#: The clause that sets a balance's subject: 全市一般公共预算平衡情况：, 市本级财政收支平衡情况是：.
_BALANCE_RE = re.compile(r"(?P<subject>[^，,。；;：:\n]{2,20}?)(?:收支)?平衡情况(?:是|为|如下)?[：:]")
_HEADING_RE = re.compile(rf"^[（(]?[一二三四五六七八九十\d]{{1,3}}[)）、.．]\s*(?P<title>.{{0,30}}{_FUND}.{{0,20}})$")
#: Words before an item that join it to the list (其中, 加上) or date it, rather than qualify it (…等转移性收入).
_JOINED_RE = re.compile(r"(?:其中|加上|减去|另有|以及|和|及|全年|年度|\d年)$")


def _bare(fund: str) -> str:
    """政府性基金预算 → 政府性基金: the fund's own name (一般公共预算 is its name whole)."""
    return fund if fund == "一般公共预算" else fund.removesuffix("预算")


def _fund_before(text: str, pos: int) -> str:
    """The fund (with its scope) the paragraph before ``pos`` is about, else the fund its nearest heading names."""
    para = text.rfind("\n", 0, pos) + 1
    balance = list(_BALANCE_RE.finditer(text, para, pos))
    if balance:
        subject = re.sub(r"(?:收支|收入|支出|预算)+$", "", re.sub(r"^.*[的了]", "", balance[-1].group("subject")))
        return subject + "预算" if subject.endswith("一般公共") else subject  # 国有资本经营预算收入预算 → 国有资本经营
    found = list(_FUND_RE.finditer(text, para, pos))
    if found:
        m = found[-1]
        return m.group("scope") + _bare(m.group("fund"))
    lines = text[max(0, para - _HEADING_REACH) : para].splitlines()
    for line in reversed(lines):
        h = _HEADING_RE.match(line.strip())
        if h:
            named = _FUND_RE.search(h.group("title"))
            return _bare(named.group("fund")) if named else ""
    return ""


def budget_item_name(text: str, fig_start: int, name: str) -> tuple[str, int]:
    """``name`` with its fund when the words before the figure are a budget balance item, and where the item starts.

    ``全市一般公共预算平衡情况：…，转移性收入227,967万元`` → ``全市一般公共预算转移性收入``; ``收入总计`` keeps its
    ``总计`` and ``债务还本支出`` its ``债务还`` (the name reader breaks at them). Anything else keeps ``name`` and
    ``fig_start``.
    """
    m = _ITEM_BEFORE_RE.search(text, max(0, fig_start - 16), fig_start)
    if not m or name[-2:] not in m.group("item") or _FUND_RE.search(name):
        return name, fig_start
    item = m.group("item")
    before = text[max(0, m.start() - 8) : m.start()]
    if re.search(r"[\u4e00-\u9fff]$", before) and not _JOINED_RE.search(before):
        return name, fig_start  # 一般债务转贷收入等转移性收入: words of its own qualify the item; keep the name read
    fund = _fund_before(text, m.start())
    return (f"{fund}{item}" if fund else item), m.start()


#: A draft budget line and the verb arranging it (…预算支出拟安排, 中央预算内投资拟安排, 预算总支出相应安排).
_ARRANGED_RE = re.compile(
    r"(?P<line>[^，,。；;：:、()（）\s]{0,24}?预算[^，,。；;：:、()（）\s\d]{0,6}?(?:收入|支出|投资))(?:相应|拟)?安排\s*$"
)


def arranged_line_name(text: str, fig_start: int, name: str) -> tuple[str, int]:
    """The budget line a figure is arranged for, named without the verb (``…预算支出拟安排241.6亿元`` → ``…预算支出``,
    1292, 1294, 878), and where the line starts; anything else keeps ``name`` and ``fig_start``."""
    clause = max(text.rfind(c, 0, fig_start) for c in "，,。；;：:\n") + 1
    m = _ARRANGED_RE.search(text, clause, fig_start)
    if m is None:
        return name, fig_start
    line = re.sub(r"^(?:其中|另外|同时)", "", m.group("line"))
    return (line, m.start("line") + len(m.group("line")) - len(line)) if len(line) >= 4 else (name, fig_start)
