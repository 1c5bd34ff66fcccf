"""The finance office that issues a place's budget or final accounts: reported to a congress, or made public."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.metadata_gazetteer import gazetteer
from models.ingest.metadata_places import known_place

# 关于某县2019年财政决算情况的报告, 关于2023年中央和地方预算执行情况…的报告 (an audit of them is the 审计局's)
_FINANCE_REPORT = re.compile(
    r"关于([\u4e00-\u9fff]{2,12}?[省市区县州旗])?(?:19|20)\d\d年度?(中央和地方|中央|[\u4e00-\u9fff]{0,6}?)"
    r"(?:财政)?(?:预算|决算)(?![\u4e00-\u9fff]*审计)[\u4e00-\u9fff0-9、和与及（）()]{0,30}?的报告"
)


_PLACE_BUDGET = re.compile(
    r"^([\u4e00-\u9fff]{2,12}?[省市区县州旗])(?:19|20)\d\d年度?(?:政府|一般公共)?(?:预算|决算)"
    r"[\u4e00-\u9fff0-9]{0,20}?(?:公开|说明)"
)


# the text naming its finance office or speaking as the one its government entrusts (受县人民政府委托,我向大会报告…,
# 财政部门在县委、县政府的正确领导下): the office that delivers it
_FINANCE_VOICE = re.compile(r"受[\u4e00-\u9fff]{0,20}?委托|财政(?:部门|局|厅|部|委员会)")


def finance_body(title: str | None, lines: list[str]) -> str | None:
    """The finance body that reports a budget or its final accounts to a congress (公文 convention: the
    government entrusts its 财政部门, which delivers the report): 财政部 for the central budget, else the
    finance bureau (厅 for a province) of the place the title names. A report to a congress whose text neither
    names a finance office nor speaks as the one entrusted has none (a newspaper's abstract or digest of the
    report: gold README, lead's notes of session 16; 1379, 1413)."""
    if (m := _PLACE_BUDGET.match(_compact(title or ""))) is not None and _known(m.group(1)):
        # 巫溪县2022年预算执行及2023年预算公开的说明, 双牌县2022年度政府决算公开: the place's own budget or accounts
        # made public, by its finance office (a department's 部门决算 opens with the department instead)
        return m.group(1) + ("财政厅" if m.group(1).endswith(("省", "自治区")) else "财政局")
    head = [_compact(line).strip("|") for line in [title or "", *lines[:40]]]
    if not re.search(r"人民代表大会|人大", (title or "") + "\n".join(lines)[:4000]):
        return None  # delivered to a congress or its standing committee
    if not _FINANCE_VOICE.search("\n".join(lines)):
        return None
    for line in head:
        if (m := _FINANCE_REPORT.search(line)) is None:
            continue
        place, scope = m.group(1), m.group(2) or ""
        if place is None:
            return "财政部" if scope.startswith("中央") and "全国" in "".join(lines[:20]) else None
        if place[0] in "省市区县州旗" or (known_place(place) != place and "\n".join(lines).count(place) < 2):
            return None  # a place the dictionary does not know counts when the text names it again
        return place + ("财政厅" if place.endswith(("省", "自治区")) else "财政局")
    return None


def _known(place: str) -> bool:
    """A place the dictionary or the gazetteer knows by this very name (巫溪县, 双牌县)."""
    places = gazetteer()
    return known_place(place) == place or place in places.counties or place in places.cities


# 财政预算执行情况, 预算草案的报告, 财政决算: a place's budget or final accounts (a 部门决算 opens with its department)
_BUDGET_HEAD = re.compile(r"(?:财政)?预算执行情况|预算(?:\(|（)?草案|财政决算")


def is_budget_report(title: str | None, lines: list[str]) -> bool:
    """A place's budget or final-accounts report (by its title or its first lines): the finance office reports it,
    entrusted by the government, so the government the text speaks for (全市) is never its issuer."""
    # (大会还以书面形式审议了《某乡…预算执行情况…的报告》: a sentence citing the budget report is not its head, 1711)
    head = [title or "", *[_CITED.sub("", line) if "。" in line else line for line in lines if line.strip()][:5]]
    return any(_BUDGET_HEAD.search(_compact(line)) for line in head)


_CITED = re.compile(r"《[^《》]*》")


_BODY = r"([\u4e00-\u9fff（）()]{2,30}?(?:人民政府|街道办事处|委员会|办公室|局|委|办|中心|院|站|所|馆|队))"
# the parts of a 部门预算/决算 disclosure name their body in the template's own words: 2025年某乡人民政府部门预算安排
# 情况说明, 关于某乡人民政府2025年收支预算情况的总体说明 (Zhejiang's template, 1191, 1197)
_TEMPLATE_PART = re.compile(
    rf"(?:19|20)\d\d年度?{_BODY}部门(?:预算|决算)(?:安排)?情况说明"
    rf"|关于{_BODY}(?:19|20)\d\d年度?(?:收支|收入|支出|财政拨款收支)(?:预算|决算)(?:情况)?的?(?:总体)?(?:说明|情况)"
)


def template_accounts_body(lines: list[str]) -> str | None:
    """The body whose 部门预算/决算 this is, from the template's part headings naming it at least twice and no other
    body (a 目录 stored without the page's title: 二、2025年莲都区太平乡人民政府部门预算安排情况说明)."""
    text = _compact("\n".join(lines))[:6000]
    found = [next(g for g in m.groups() if g) for m in _TEMPLATE_PART.finditer(text)]
    if len(found) < 2 or len(set(found)) != 1:
        return None
    return found[0]
