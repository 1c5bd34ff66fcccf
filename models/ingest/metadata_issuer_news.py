"""Whose news item on a body's own meeting it is: the placed bureau, office or zone its headline or lead has
convene the meeting (某局召开…会议, 某开发区召开…), the sector's bureau at its sector's work conference
(全县统计工作会议 with 县统计局局长 presiding), the bureau hosting it in its meeting room, or the bureau a
reporter's lead learned the figures from (记者在市商务局获悉), as the text places it."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.metadata_body_names import fullest_name
from models.ingest.metadata_gazetteer import gazetteer
from models.ingest.metadata_issuer_names import has_place
from models.ingest.metadata_issuer_systems import reviewed_system
from models.ingest.metadata_own_work import placed_name
from models.ingest.metadata_places import _PROVINCES, _dictionary

# a paper's or site's byline and the item's dateline before its first sentence (红网张家界站2月26日讯(分站记者 王洁),
# 中新网哈尔滨1月25日电 (记者 江辉), 东楚风 记者 柳文娟, 本报讯, 2020年4月22日下午, 近日)
_LEAD = re.compile(
    r"^\s*(?:[\u4e00-\u9fff\d]{2,16}?(?:讯|电)\s*(?:[(（][^)）]{0,30}[)）])?\s*[:：]?\s*)?"
    r"(?:[\u4e00-\u9fff]{2,6}\s*记者\s*[\u4e00-\u9fff]{2,4}\s+)?"
    r"(?:(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?[,，]?\s*|(?:近日|日前)[,，]?\s*)?"
)
# the kinds of development zone a zone's name ends with (a zone named X开发区 alone: 丽水开发区, 中山火炬开发区)
_ZONE_KINDS = r"经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|工业园区|开发区"
# a body named after its level or place: a bureau, a department, a commission, an office, a zone's committee
_BODY = (
    r"(?:[\u4e00-\u9fff]{0,10}?[省市区县州旗盟](?!委|政府|人大|政协)[\u4e00-\u9fff]{1,14}?"
    # (a city's 供销合作社 convenes its sector's meeting as a bureau does: 渭南市供销合作社召开全市供销工作会议)
    r"(?:局|厅|委员会|委|办公室|管委会|管理委员会|供销合作社|供销社)"
    # a development zone as the text names it (张家界经济开发区, 张家界高新区, 中山火炬开发区), or by its kind alone
    # (经开区召开…): its committee when the text writes one
    rf"|[\u4e00-\u9fff]{{0,6}}?(?:{_ZONE_KINDS}))"
)
# 某局召开…, 某局党组组织召开…, 某开发区召开…: the body at the start of the headline or the lead convenes its meeting
_CONVENES = re.compile(rf"^({_BODY})(?:党组|党委|党工委)?(?:组织)?(?:召开|举行|举办)")
# 全县统计工作会议, 黑龙江省工业和信息化工作会议, 宜君县农业工作会 …召开: a sector's work conference at a level or
# place; 我市召开2016年发改工作会议, 某县2025年半年度…系统工作会议召开: the level convening its year's (half year's)
_SECTOR_MEETING = re.compile(
    r"(?:全|[\u4e00-\u9fff]{1,8}?)[省市区县州旗](?:(?:召开|举行)(?=(?:19|20)\d\d))?"
    r"(?:(?:19|20)\d\d年(?:半年度|上半年|下半年|度)?)?(?!全)([\u4e00-\u9fff]{2,10}?)(?:系统)?工作(?:会议|会)"
)
# 投资调度会在县发改局会议室召开: the bureau whose meeting room holds the meeting hosts it
_HOSTED = re.compile(rf"在({_BODY})[\u4e00-\u9fff\d]{{0,4}}会议室(?:召开|举行)")
# the sector bureau's part in its conference: its head presides, reports or sums up, or it hosts or credits the photo
_HEAD = r"(?:党组|党委)?(?:副?书记、)?(?:局长|厅长|主任|负责人)"
# (市发改委党组书记、主任胡敏指出…, 据省农业农村厅负责人介绍: the head speaking of the sector's year at it)
_PART = r"(?:[\u4e00-\u9fff·]{2,3}(?:主持|作|做|全面总结|总结|通报|指出|强调|讲话)|[\u4e00-\u9fff·]{0,3}(?:就|介绍))"
# the bureau itself reporting its period's work at the conference (县退役军人事务局通报了2025年上半年…情况)
_REPORTS = r"通报了?(?:19|20)\d\d年"
_ROOM = r"[\u4e00-\u9fff\d]{0,4}会议室"
# bodies that are never a bureau's or zone's meeting's own: a congress, a government, a party committee
_NOT_OWN = re.compile(r"人大|政协|政府|党委|纪委|[省市区县州]委(?!员会)")


def news_body(title: str | None, lines: list[str], suppliers: tuple[str, ...] = ()) -> str | None:
    """The body whose own meeting a news item reports, placed as the text places it (the 瓯海 rule), else None.
    ``suppliers``: the bodies the page's credit lines set aside as chrome name as supplying the pictures
    (``青岛市住房和城乡建设局 供图``), read as the sector bureau crediting the photo would be in the lead."""
    leads = [_LEAD.sub("", line.strip(), count=1) for line in lines[:4] if line.strip()]
    heads = [part for head in (title or "", *leads[:1]) for part in head.split("——")[-1:]]
    text = "\n".join(lines)[:8000]
    for line in [*heads, *leads[:3]]:
        if (m := _CONVENES.match(line)) is not None and (found := _placed(m.group(1), text, lines)) is not None:
            return found
    if (zone := _zone_item(title, leads)) is not None and (found := _placed(zone, text, lines)) is not None:
        return found
    lead = "\n".join(leads[:3])
    held = [sentence for sentence in re.split(r"[。\n]", lead[:600]) if re.search("召开|举行", sentence)]
    # (the sector bureau's head may speak a few paragraphs on: 市发改委…主任胡敏指出, 1947)
    further = "\n".join([*(line.strip() for line in lines[:8]), *(f"{body}供图" for body in suppliers)])
    for m in (m for sentence in held for m in _SECTOR_MEETING.finditer(sentence)):
        if (found := _sector_bureau(m.group(1), further, text, lines)) is not None:
            return found
        if (found := reviewed_system(m, text, lines)) is not None:
            return found
    hosts = {m.group(1) for sentence in held for m in _HOSTED.finditer(sentence)}
    if len(hosts) == 1 and _heads_speak(host := hosts.pop(), lead):
        return _placed(host, text, lines)
    return learned_from(lead, lines)


# 记者从市统计局获悉, 记者在市商务局获悉, 记者日前从县林业局了解到: the bureau whose figures the reporter's lead tells,
# named by its level only (a name written with its place is read by the steps before)
_LEARNED_FROM = re.compile(
    r"记者(?:近日|日前|昨日|今天)?(?:从|在)([省市区县州旗盟][\u4e00-\u9fff]{1,12}?(?:局|委员会|委|办公室|厅))"
    r"(?:获悉|了解到)"
)


def learned_from(lead: str, lines: list[str]) -> str | None:
    """The bureau a reporter's lead says the figures come from, at the place the text gives it (the headline's
    ``辽源外贸…`` over ``记者在市商务局获悉``); None when the text writes no place for it (``全市`` only: 1870,
    1877)."""
    found = {m.group(1) for m in _LEARNED_FROM.finditer(lead)}
    if len(found) != 1 or _NOT_OWN.search(body := found.pop()):
        return None
    return _placed(body, "\n".join(lines)[:8000], lines)


def headline_convener(title: str | None) -> str | None:
    """The placed body a news headline has convene its own meeting (``资源县农业农村局召开2022年工作部署会``),
    as the headline writes it; None when it names no place or is a congress, government or party committee."""
    m = _CONVENES.match(title or "")
    if m is None or not has_place(m.group(1)) or _NOT_OWN.search(m.group(1)):
        return None
    return m.group(1)


# 丽水开发区全面吹响2020冲锋号 ⏎ 3月26日下午,丽水开发区首次…: the zone the headline and its lead open with (not its
# bureau or committee named after it: 常州高新区统计局, 开发区党工委)
_ZONE_OPENS = re.compile(
    rf"^([\u4e00-\u9fff]{{2,6}}?(?:{_ZONE_KINDS}))(?!管|的|和|与|、|[\u4e00-\u9fff]{{0,6}}?(?:局|委员会|办公室|工委|中心))"
)


def _zone_item(title: str | None, leads: list[str]) -> str | None:
    """The zone a news item is about: named the same at the start of its headline and of its lead's first sentence."""
    if not title:
        title, leads = (leads[0], leads[1:]) if leads else ("", [])
    elif leads and leads[0].startswith(title[:8]):
        leads = leads[1:]  # the headline standing as the text's first line
    opened = [m.group(1) if (m := _ZONE_OPENS.match(line)) else None for line in (title, *leads[:1])]
    return opened[0] if len(opened) == 2 and opened[0] is not None and opened[0] == opened[1] else None


def _heads_speak(body: str, lead: str) -> bool:
    """The hosting bureau's head speaks in the lead (发改局负责人就…解读), named with its level or without."""
    stem = re.sub(r"^.*?[省市区县州旗盟]", "", body)
    return re.search(rf"{re.escape(stem)}{_HEAD}{_PART}", lead) is not None


def _sector_bureau(sector: str, lead: str, text: str, lines: list[str]) -> str | None:
    """The bureau of ``sector`` (统计 → 县统计局) the lead names with its part in the conference."""
    names = {sector, sector.replace("和", "")}
    found = {
        m.group(1)
        for m in re.finditer(rf"(?:据|由)?({_BODY})(?:{_HEAD}{_PART}|供图|{_ROOM}|{_REPORTS})", lead)
        if re.sub(r"^.*?[省市区县州旗盟]", "", m.group(1))[:-1].removesuffix("委员").removesuffix("办公") in names
    }
    return _placed(found.pop(), text, lines) if len(found) == 1 else None


def _placed(body: str, text: str, lines: list[str]) -> str | None:
    """``body`` with its place: as written when placed, else at the place the text names (None when none)."""
    if _NOT_OWN.search(body):
        return None
    zone = re.search(rf"(?:{_ZONE_KINDS})$", body)
    if zone is not None:
        stem = body[: zone.start()]
        if not stem:
            # 经开区召开… over 常州经开区…: the zone by its kind alone, placed by the one full form the text writes
            # (none written, 经开区 alone: no issuer, gold set 168's 2120)
            named = set()
            for m in re.finditer(body, text):
                before = text[max(0, m.start() - 4) : m.start()]
                if (place := next((before[-k:] for k in (4, 3, 2) if _is_place(before[-k:])), None)) is not None:
                    named.add(place + body)
            if len(named) != 1:
                return None
            body = named.pop()
        elif not (_is_place(stem) or has_place(body)):
            return None
        # 天水经济技术开发区 with 管委会 written anywhere (2045, 2121 在管委会二楼, 2124 管委会主任): the committee;
        # 张家界经济开发区 alone (2042, 2125) as written (lead's notes, session 24)
        return body + "管委会" if re.search("管委会|管理委员会", text) else body
    placed = body if has_place(body) else placed_name(body, lines)
    return _without_province(fullest_name(placed, lines)) if placed is not None else None


def _without_province(name: str) -> str:
    """A city's body as its own name writes it, without the province a paper places it in for outside readers
    (``陕西省渭南市供销合作社`` → 渭南市供销合作社); a province's own body kept."""
    places = gazetteer()
    for k in range(2, 8):
        if name[:k] in places.provinces and any(name[k : k + j] in places.cities for j in range(2, 9)):
            return name[k:]
    return name


def _is_place(stem: str) -> bool:
    """True when ``stem`` is a known place's name, with or without its level (常州, 张家界)."""
    places, leveled = _dictionary()
    return stem in places or any(stem + c in leveled for c in "市区县")


# 省人大财经委召开…汇报会, 湛江市工业和信息化局召开…大会 (1044, 1080, 293): a news headline's body at work
_HEADLINE_CONVENES = re.compile(r"^([省市区县州旗][\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办|厅))(?:组织)?召开")


def convening_body(title: str | None, lines: list[str]) -> str | None:
    """The body a news headline says convened the meeting, named by its level only, at the place the text gives."""
    if (m := _HEADLINE_CONVENES.match(_compact(title or ""))) is None:
        return None
    body = m.group(1)
    if (placed := placed_name(body, lines)) is not None or not body.startswith("省"):
        return placed
    # 省人大财经委 in a short item speaking as 我省 that names one province, once (习近平总书记考察云南重要讲话精神)
    text = "\n".join(lines)[:8000]
    named = {p for p in _PROVINCES if p in text}
    if len(named) == 1 and re.search(r"[我全]省", text):
        province = named.pop()
        return province + ("" if province.endswith("省") else "省") + body[1:]
    return None
