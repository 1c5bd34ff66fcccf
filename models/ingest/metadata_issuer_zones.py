"""A development zone as issuer, in the form the text writes: the placed zone (its committee) its opening has as subject
(``2014年,某某农业科技园区在市委…领导下``), and its 管委会 joined when the text writes the zone's own committee."""

from __future__ import annotations

import re

from models.folding import compact
from models.ingest.metadata_places import simplified

# the kinds of zone, longest first (a 高新区 is a 高新技术产业开发区 written short; a 园区 any 工业园区 or 科技园区)
_KINDS = (
    "高新技术产业开发区",
    "经济技术开发区",
    "经济开发区",
    "工业园区",
    "科技园区",
    "产业园区",
    "开发区",
    "高新区",
    "经开区",
    "保税区",
    "工业园",
    "园区",
    "新区",
)
_ZONE = re.compile(rf"(.{{2,16}}?)({'|'.join(_KINDS)})")
# the short kinds a text calls its zone by (开发区管委会 of a 经济技术开发区, 园区管委会 of a 科技园区)
_SHORT = {"高新技术产业开发区": ("高新区", "开发区"), "经济技术开发区": ("开发区", "经开区"), "经济开发区": ("开发区",)}
_COMMITTEE = re.compile(r"管委会|管理委员会")
# 党工委管委会: the zone's two bodies named as one speaker (2038): the zone itself, as the text's title writes it
_TWO_BODIES = re.compile(r"党工委、?(?:管委会|管理委员会)(?!主任|副主任)")
# the period opening a zone's review (2022年, 2011年第一季度, 今年以来, 过去的一年)
_PERIOD = (
    r"(?:(?:19|20)\d\d年度?|今年|本年度?|去年|过去的一年)"
    r"(?:第?[一二三四1-4]季度|[上下]半年|前三季度|\d{1,2}[-—至]\d{1,2}月份?)?(?:以来)?"
)
# the zone a review's opening has as its subject, at its period or after a sentence's end, its committee when written
# (2024年,番禺经济技术开发区管委会坚持…; 2014年,江苏常熟国家农业科技园区在市委…领导下; 2018年,张家界高新区全面落实…)
_OPENING = re.compile(
    rf"(?:^(?P<period>{_PERIOD})[,，]?\s*|[。；;]\s*)"
    rf"(?P<zone>[\u4e00-\u9fff]{{2,20}}?(?:{'|'.join(_KINDS)}))(?P<committee>管委会|管理委员会)?"
)
# what follows the zone written bare when it is the subject at work: after its period and a comma, any verb, never
# the zone's own bureau (2022年,常州高新区统计局在…, 1058) nor a phrase the zone opens (…高新区的, …和…); with no comma
# (a title's 2023年某高新区工作报告 reads so too), only an opening's verb, or its own voice 全区 after a comma
_AT_WORK = re.compile(r"(?![管的和与、])(?![\u4e00-\u9fff]{0,6}?(?:局|委员会|办公室|工委|中心))[\u4e00-\u9fff]")
_OPENING_VERB = re.compile(
    r"[,，]\s*全区|在|坚持|紧紧|始终|认真|全面|深入|围绕|以|发展|(?:总的|全年)?的?(?:工作思路|奋斗目标|总体要求)是"
)


def zone_kind(issuer: str | None) -> str | None:
    """The kind of zone ``issuer`` is when it names a zone alone (``合肥新站高新区`` → 高新区), else None."""
    m = _ZONE.fullmatch(issuer or "")
    return m.group(2) if m else None


def zone_body(issuer: str, lines: list[str]) -> str:
    """A zone written alone joined to its 管委会 when the text writes the zone's own committee: after the zone's
    name or its kind (``园区管委会``, ``大鹏新区2022年管委会``), or bare (``管委会主任``, ``在管委会二楼``); not a
    committee of others (``各社区管委会``, another park's ``某工业园管委会``), not the zone's two bodies speaking as one
    (``党工委管委会``: the zone). Gold README, session 24: the zone's body as the text writes it."""
    kind = zone_kind(issuer)
    if kind is None:
        return issuer
    text = compact(simplified("\n".join(lines[:300])))
    if _TWO_BODIES.search(text):
        return issuer
    own = (issuer, kind, *_SHORT.get(kind, ()), *(("园区",) if kind.endswith("园区") else ()))
    for m in _COMMITTEE.finditer(text):
        before = re.sub(r"(?:19|20)\d\d年度?$", "", text[max(0, m.start() - 30) : m.start()])
        run = re.search(r"[\u4e00-\u9fff]*$", before)
        pre = run.group(0) if run else ""
        if pre.endswith(own) or not pre or pre.endswith(("书记", "在", "由", "经", "和", "与")):
            return issuer + m.group(0)
    return issuer


def opening_zone(line: str) -> str | None:
    """The zone (its 管委会 when the text writes it so) a review's opening line has as its subject at its period
    (``2022年合肥新站高新区,全区…``, ``2014年,江苏常熟国家农业科技园区在市委…领导下``, ``2024年,番禺经济技术开发区管委会
    坚持…``: 2276, 2280, 2210, 1400 open so), when its name says where it is (a place the gazetteer knows opens it);
    never a zone by its kind alone (工业园区管委会, 894) or a masked one, a committee only as a sentence's subject."""
    text = compact(simplified(line))[:160]
    for m in _OPENING.finditer(text):
        zone, committee = m.group("zone"), m.group("committee")
        at_sentence = m.group("period") is None
        comma = m.group(0)[len(m.group("period") or "") :][:1] in ",，"
        verb = (_AT_WORK if comma else _OPENING_VERB).match(text, m.end())
        if committee is None and (at_sentence or verb is None):
            continue
        if committee is not None and not re.match(r"[\u4e00-\u9fff]", text[m.end() :]):
            continue
        if _placed(zone) and not re.search(r"[XxＸ×*＊某]", zone):
            return zone + (committee or "")
    return None


def _placed(zone: str) -> bool:
    """Whether the zone's name opens with a place (合肥新站高新区, 江苏常熟…, 桐乡经济开发区): its first two to four
    letters a place jieba or the gazetteer knows, bare or with its level."""
    from models.ingest.metadata_gazetteer import gazetteer
    from models.ingest.metadata_places import _dictionary

    places, leveled = _dictionary()
    known = gazetteer()
    return any(
        (stem := zone[:k]) in places
        or stem in known.counties
        or any(stem + level in leveled or stem + level in known.cities for level in "省市县区州旗")
        for k in (2, 3, 4)
    )
