"""The bureau a text names or speaks as: the one placed bureau it names (a byline's 某县财政局), the placed body
it speaks as (我馆 and 某某市档案馆), its place's sector system (某地人社系统 with 我局)."""

from __future__ import annotations

import re
from collections import Counter

from models.folding import fold_text
from models.ingest.metadata_gazetteer import gazetteer, short_autonomous
from models.ingest.metadata_places import MASK, _dictionary, _leveled, known_place, level_prefixes

_BUREAU_OF_SECTOR = (
    r"(?:财政|统计|教育|民政|科技|审计|商务|水利|交通运输|农业农村|文化和旅游|"
    r"卫生健康|人力资源和社会保障|生态环境|自然资源|住房和城乡建设|应急管理|市场监督管理|发展和改革|城市管理|"
    r"公安|司法|体育|林业|水务|气象|工业和信息化|经济和信息化|退役军人事务|医疗保障|信访|粮食和物资储备|乡村振兴|"
    r"国有资产监督管理|数据资源|政务服务数据管理|城市管理综合执法|行政审批|"
    # the standard short forms a news item names the same bureaus by (镇沅县发改局, 某市人社局; metadata_issuer_full)
    r"发改|经信|工信|人社|住建|卫健|卫计|市场监管|文旅|林草|应急|地税|国税)"
    r"(?:局|委员会|委)"
)
_PLACED_BUREAU = re.compile(
    r"([\u4e00-\u9fff]{2,8}?[省市区县州旗]"
    + _BUREAU_OF_SECTOR
    +
    # 湘西自治州生态环境局吉首分局, 岳阳市生态环境局岳阳县分局, 随州市公安局曾都区分局: a branch is named after its
    # parent bureau, and the parent's name alone is not the branch (1591; 064, 271)
    r"(?:[\u4e00-\u9fff]{2,4}?分局)?)"
)


# where a name stands: a line's or a clause's start, a 《title》's or a quote's opening
_NAME_STANDS = '\n,，、;；。:：《“"(（ '
# 门户网站, 官网, 微信公众号, 服务热线: a body's channel, named where a text sends its readers
_CHANNEL = re.compile(
    r"(?:的)?(?:门户网站|政府网站|网站|官网|官方网站|微信公众号|公众号|微信|服务热线|热线|APP|App|平台)"
)
# 在某市司法局的精心指导下, 在上级部门的大力支持下: the body a text works under or with
_UNDER_SUPERIOR = re.compile(r"的[\u4e00-\u9fff]{0,2}(?:指导|领导|关心|支持|帮助)下")


def only_bureau_named(lines: list[str], title: str | None = None) -> str | None:
    """The one bureau with its place the text names (the byline ``(某县财政局国库股 张三)`` of a news item).

    Not when the title is about another place (a county's bulletin naming the city's bureau that did
    the accounting).
    """
    found = set()
    text = "\n".join(lines)[:8000]
    if re.search(rf"{MASK}[省市区县州旗]{_BUREAU_OF_SECTOR}", fold_text(text)):
        return None  # xx县司法局: the text names a bureau whose place it hides, whatever other bureau it names
    for m in _PLACED_BUREAU.finditer(text):
        org = m.group(1)
        if re.match(r"(?:具体)?负责(?:解释|组织实施)", text[m.end() : m.end() + 6]):
            continue  # 由某区发改委负责解释: the bureau that interprets a policy, not the body that issues it
        if _UNDER_SUPERIOR.match(text, m.end()):
            continue  # 在温州市司法局的精心指导下: the superior the body works under, not the body
        if _CHANNEL.match(text, m.end()):
            continue  # 通过杭州市民政局门户网站申请: the body's channel, where a service is opened (321)
        # 配合洛阳市财政局: the bureau starts at the place (温州市, not 温州; 各市县 is every county, no place)
        placed = [(p, k) for p in level_prefixes(org) if (k := known_place(p)) and k[0] not in "各全我本该每"]
        if not placed and (m.start(1) == 0 or text[m.start(1) - 1] in _NAME_STANDS):
            # 鼓楼区市场监督管理局… opening a line: the gazetteer's district, though its stem is a word (鼓楼)
            placed = [
                (p, p)
                for p in level_prefixes(org)
                if p in gazetteer().counties or p in gazetteer().cities or p in short_autonomous()
            ]
        if placed and (text[: m.start(1)] + placed[0][0][: -len(placed[0][1])]).endswith(("与", "同")):
            continue  # 多次与南通市崇川区发改委、拆迁办…对接: a partner the body works with, not the body (1712)
        if placed:
            found.add(placed[0][1] + org[len(placed[0][0]) :])
    if not found and title is None:
        found = _repeated_subject(text)
    if len(found) != 1:
        return None
    only = found.pop()
    spoken = set(re.findall(r"(?:我|本)([省市区县旗州])(?![第首前排平均])", text))
    if spoken and spoken <= set("区县旗") and _superior_body(only):
        # 岳阳市财政局《关于下达…》下达我区…资金: a text speaking as its district or county names its city's or
        # province's bureau as the superior that allocates or guides, never as itself (1671; 1668's 我县 the same)
        return None
    for m in re.finditer(r"[\u4e00-\u9fff]{2,8}?[省市区县州旗]", re.sub(r"(?:19|20)\d\d年度?", "", title or "")):
        if (named := known_place(m.group(0))) is not None and named not in only:
            return None
    return only


def _superior_body(name: str) -> bool:
    """A city's or province's own body (岳阳市财政局, 湖南省财政厅), not a county's under its city
    (岳阳市岳阳楼区财政局) nor a county whose name opens like a city's (攸县市场监督管理局), as the gazetteer
    knows them."""
    places = gazetteer()
    for k in range(2, min(len(name), 10)):
        if name[:k] in places.counties:
            return False
        if name[:k] in places.cities or name[:k] in places.provinces:
            rest = name[k:]
            return not any(rest[:j] in places.counties for j in range(2, min(len(rest), 10) + 1))
    return False


# 某市供销合作社荣获…, 某市投资促进局局长表示: a body of any sector, with its place, as a news item's subject
_PLACED_BODY = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4}[省市县区州旗](?!委|政府|人民|人大|政协)[\u4e00-\u9fff]{2,8}?"
    r"(?:局|合作社|委员会|中心))(?=[\u4e00-\u9fff]{0,2}(?:坚持|荣获|认真|将|以|在|局长|主任|负责人|全系统|系统))"
)


def _repeated_subject(text: str) -> set[str]:
    """The placed bodies an untitled text names as the subject of its sentences at least twice."""
    counts = Counter(m.group(1) for m in _PLACED_BODY.finditer(re.sub(r"\s", "", text)))
    found = set()
    for body, n in counts.items():
        if n >= 2 and any(known_place(p) is not None for p in level_prefixes(body)):
            found.add(body)
    return found


# 我局, 我馆, 我中心: the kind of body a text speaks as
_BODY_VOICE = re.compile(r"我(局|委|馆|院|中心|站|所|队)(?![\u4e00-\u9fff]{0,1}[长])")


def voiced_body(lines: list[str]) -> str | None:
    """The body a text speaks as (``我馆``) when it names exactly one placed body of that kind
    (``某某市档案馆以…为主题``): the text names itself. None when it speaks as two kinds or names two such bodies."""
    text = "\n".join(lines)[:8000]
    kinds = Counter(m.group(1) for m in _BODY_VOICE.finditer(text)).most_common(2)
    if not kinds or kinds[0][1] < 2 or (len(kinds) > 1 and kinds[1][1] * 2 > kinds[0][1]):
        return None
    kind = kinds[0][0]
    found = set()
    for m in re.finditer(
        rf"([\u4e00-\u9fff]{{2,8}}?[省市区县州旗])(?!委|政府|人民|人大|政协)([\u4e00-\u9fff]{{1,10}}?){kind}", text
    ):
        if re.search(r"[和与及、]", m.group(2)) or m.group(1)[-2] in "到在和与及的对向从为是由以将给把被往至入交赴经":
            continue  # 转赠到市档案馆: a body named by its level only, no place
        known = known_place(m.group(1))
        # a place the dictionary does not know still names a rival body (某县档案馆 beside 某市档案馆)
        found.add(known + m.group(2) + kind if known is not None and len(known) >= 3 else "?" + m.group(0))
    only = found.pop() if len(found) == 1 else None
    return only if only is not None and not only.startswith("?") else None


# the standard full names of the bureaus a text calls by their sector's short form (某地人社系统, 某地粮食系统)
_SECTOR_BUREAUS = {
    "人社": "人力资源和社会保障局",
    "住建": "住房和城乡建设局",
    "医保": "医疗保障局",
    "市场监管": "市场监督管理局",
    "应急": "应急管理局",
    "交通": "交通运输局",
    **{s: s + "局" for s in ("粮食", "统计", "财政", "民政", "审计", "教育", "林业", "水利", "商务", "司法", "公安")},
}
_SECTOR_SYSTEM = re.compile(r"([\u4e00-\u9fff]{2,4})(" + "|".join(_SECTOR_BUREAUS) + r")系统")


# 2024年,中山人社系统坚决落实…: the place's sector system as the subject opening the text at its period speaks as
# the bureau that heads it, as 我局 does (944 with 局长, 1795 without)
_OPENING_SYSTEM = re.compile(
    r"\s*(?:(?:19|20)\d\d年(?:度|以来)?|今年(?:以来)?)[,，]\s*[\u4e00-\u9fff]{2,4}(?:"
    + "|".join(_SECTOR_BUREAUS)
    + r")系统"
)


def _one_voice_level(text: str) -> str | None:
    """The one level the text speaks at (全市, 本市; not 全市 and 全县 both)."""
    levels = set(re.findall(r"(?:我|全|本)([市县区])(?![第首前排平均])", text))
    return levels.pop() if len(levels) == 1 else None


def sector_bureau(lines: list[str]) -> str | None:
    """The bureau that speaks (``我局``, ``局长``, ``局党组``, or the system opening the text) of its place's sector
    system (``某地人社系统``): the place with its level, then the bureau's full name; only when the text names one
    such system."""
    text = "\n".join(lines)[:8000]
    if not re.search(r"我局|局长|局党组|局机关", text) and not _OPENING_SYSTEM.match(text):
        return None
    found = set()
    for m in _SECTOR_SYSTEM.finditer(text):
        # 面对某地粮食系统: the place is the tail of the words before the sector
        words = m.group(1)
        place = next((p for k in (2, 3, 4) if len(words) >= k and (p := _leveled(words[-k:], text))), None)
        if place is None and (level := _one_voice_level(text)) and words[-2:] + level in _dictionary()[1]:
            place = words[-2:] + level  # 绍兴民政系统 … 全市: 绍兴市, not 绍兴县, the level the text speaks at
        if place is not None:
            found.add(place + _SECTOR_BUREAUS[m.group(2)])
    return found.pop() if len(found) == 1 else None


# 市发改委主任周建峰受市人民政府委托,向市十五届人大五次会议书面提交了《关于高邮市…的报告》 (1991), 市财政局局长某某受市
# 政府委托 (1381): the bureau whose head delivers the report on its government's behalf, named in a news lead
_HEAD_DELIVERS = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{0,8}?[省市区县州旗]" + _BUREAU_OF_SECTOR + r")"
    r"(?:党组书记、)?(?:局长|主任|厅长)[\u4e00-\u9fff]{2,3}受([省市区县州旗])(?:人民)?政府的?委托[^。]*"
)


def delivering_bureau(lines: list[str]) -> str | None:
    """The bureau whose head a news lead says delivers the report for its government (受市人民政府委托), placed as
    written, else by the report's own 《关于某市…报告》 at the bureau's level; None when nothing places it."""
    lead = "\n".join(lines[:4])
    if (m := _HEAD_DELIVERS.search(lead)) is None:
        return None
    body, level = m.group(1), m.group(2)
    if body[0] not in "省市区县州旗":
        return body if any(known_place(stem) == stem for stem in level_prefixes(body)) else None
    titled = re.search(rf"《(?:关于)?([\u4e00-\u9fff]{{2,8}}?{level})[^》]{{2,60}}报告》", m.group(0))
    if titled is None or known_place(titled.group(1)) != titled.group(1):
        return None
    return titled.group(1) + body[1:]
