"""A body's name as the text settles it: the bureau opening a report, the fullest form the text writes of a
name, and the formal issuer of an area (某某街道 -> 某某街道办事处, 某某县人民政府(办公室) -> 某某县人民政府)."""

from __future__ import annotations

import re

from models.ingest.metadata_gazetteer import gazetteer, short_autonomous
from models.ingest.metadata_issuer_forms import is_prefecture_short, written_in_full
from models.ingest.metadata_issuer_names import abbreviates, has_place
from models.ingest.metadata_issuer_zones import opening_zone
from models.ingest.metadata_own_work import placed_name
from models.ingest.metadata_places import _dictionary, _one_letter_county, government_of, level_prefixes

# the period a summary's opening sentence starts with (2011年第一季度, 2023年上半年, 今年1-6月, 今年以来)
_PERIOD = (
    r"(?:(?:19|20)\d\d年度?|今年|本年度?)"
    r"(?:第?[一二三四1-4]季度|[上下]半年|前三季度|\d{1,2}[-—至]\d{1,2}月份?)?(?:以来)?"
)
_OPENING_ORG = re.compile(
    rf"(?:^(?:{_PERIOD}[,，]?\s*|\d{{1,2}}月\d{{1,2}}日(?:上午|下午|晚上?)?[,，]\s*)?"
    # 为…, 面对…, 围绕…: an opening clause of purpose or circumstance before the subject (2022年,面对严峻形势,市某局…)
    r"(?:(?:为|面对|面临|围绕|按照|根据)[^,，。]{2,30}[,，]\s*)?"
    r"|(?:年(?:以来|来)?|下|来)[,，]\s*|[。；;]\s*)"
    r"((?:[\u4e00-\u9fff]{1,8}?[省市区县州旗]|[省市区县州旗]|[\u4e00-\u9fff]盟)(?!委|政府)[\u4e00-\u9fff]{1,10}?"
    # (档案局馆: a bureau and its archive or library run as one office, 局馆合一, named together)
    r"(?:委员会|办公室|局馆(?![藏长])|局|委|办|服务中心|部门)"
    # a city bureau's branch named by its line of work and its district (生态环境高陵分局, 公安局某某分局)
    r"|(?:生态环境|公安|自然资源和规划|规划和自然资源|市场监督管理)局?[\u4e00-\u9fff]{2,4}?分局"
    # …its county's short name first (嘉善生态环境分局: 嘉兴市生态环境局嘉善分局 as Zhejiang writes it, 1730)
    r"|[\u4e00-\u9fff]{2,3}?(?:生态环境|公安|自然资源和规划|规划和自然资源|市场监督管理)分局)"
    r"(?=[\u4e00-\u9fff])(?!有关|相关|负责|人士)"  # 市工信局有关人士介绍: a news item quoting a bureau
)


# 2021年是…之年,为…,根据…,县发改委认真做好…: a bureau as the subject of a later clause of the opening sentence,
# where its acting adverb shows it is the subject (1573; 1591's 我局 opening the same way is the first person)
_CLAUSE_SUBJECT = re.compile(
    r"^[^。；;]{0,150}?[,，]\s*([省市区县州旗](?!委|政府)[\u4e00-\u9fff]{1,10}?(?:委员会|局|委))"
    r"(?=认真|积极|全力|扎实|紧紧|始终|坚持|深入|全面|围绕)"
)


# 本报讯, 邵阳新闻网讯, 今日房县网讯 通讯员 赵静 报道: a paper's or site's byline before the item's first sentence
_BYLINE = re.compile(
    r"^\s*[\u4e00-\u9fff]{0,8}(?:报|网|台)讯\s*(?:[(（][^)）]{0,24}[)）])?\s*"
    r"(?:(?:通讯员|记者)[\u4e00-\u9fff\s]{2,12}?报道[:：]\s*)?"
)


# 农业工作会, 安全生产推进会, 表彰会: a meeting's name ends in 会 as a body's does (委员会, 协会, 工会) — never a body
_MEETING_NAME = re.compile(
    r"(?:工作|座谈|推进|现场|调度|培训|表彰|动员|部署|观摩|联席|总结|汇报|通报|评审|论证|协调|分析|务虚|交流|恳谈"
    r"|推介|见面|茶话|发布|誓师|启动|年)会$"
)


def opening_bureau(lines: list[str]) -> str | None:
    """The bureau that speaks as the subject of the report's opening (``2023年，市卫生健康委以…``)."""
    places, leveled = _dictionary()
    text = "\n".join(lines)[:8000]
    for line in lines[:4]:
        line = _BYLINE.sub("", line)  # 本报讯 2021年度,市商务粮食局以…: a paper's rendering opens with its byline
        if (zone := opening_zone(line)) is not None:
            return zone  # a placed zone (its committee) at work opening its review
        found = list(_OPENING_ORG.finditer(line[:160])) or list(_CLAUSE_SUBJECT.finditer(line[:200]))
        for m in found:
            org = m.group(1)
            if line[m.end(1) : m.end(1) + 1] in ("等", "、"):
                continue  # 县交通局等55家单位负责人参加了会议: a list of those attending, not the subject at work
            if "在" in org:
                # 市政府史志办在市地方史志编纂委员会…的领导下 (1913): the name ends where 在 opens its clause
                org = org.partition("在")[0]
                if not org or org[-1] not in "局委办厅院室府会处站所":
                    continue
            if _MEETING_NAME.search(org):
                continue  # 4月17日,宜君县农业工作会在县农业局…召开: a meeting, not a body (1981)
            if _HEARING_BODY.search(org) or (org.endswith("委") and line[m.end(1) : m.end(1) + 1] in ("会", "會")):
                # 区十八届人大常委会召开…会议, 区人大常委会组织召开…通报会: the congress that hears a report (or a
                # name cut before its 会) is never the body whose report the item renders
                continue
            if _LEADER.search(org):
                # 9月5日,市政府副市长杨淼到市商务局调研: a leader visiting a bureau, the bureau the item is about
                if (visited := _VISITED.search(org)) is None:
                    continue
                org = visited.group(1)
            if org.endswith("部门"):
                # 今年上半年,市商务部门紧紧围绕…: the sector's department, the bureau when the text names it so
                org = org[:-2] + "局"
                if org not in text:
                    continue
            if (work := _WORK_BRANCH.match(org)) is not None and not _county_short(work.group(1)):
                continue  # 前期生态环境分局: the words before the line of work are no county's name
            if org[0] in "省市区县州旗" or org.endswith("分局"):
                return org
            # 2023年，洛阳市科技局…: the words before the level must be a known place (not 在区委, 贯彻市委)
            # (an autonomous county the word list lacks, 麻阳苗族自治县审计局, is the gazetteer's; 泰州市, not 泰州)
            if any(_opening_place(place, places, leveled) for place in level_prefixes(org, "省市区县州旗盟")):
                return org  # (1月28日,锡盟统计局召开…: a news item's dateline, then the body at work)
    return None


# a branch its county's short name opens (嘉善生态环境分局)
_WORK_BRANCH = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:生态环境|公安|自然资源和规划|规划和自然资源|市场监督管理)分局$")


def _county_short(stem: str) -> bool:
    """``stem`` is a county-level place's short name in the gazetteer (嘉善 of 嘉善县)."""
    return any(short == stem for short, _city, _province in gazetteer().counties.values())


def _opening_place(place: str, places: frozenset[str], leveled: frozenset[str]) -> bool:
    """A known place opening a bureau's name: the dictionary's or the gazetteer's (an autonomous county the word list
    lacks, 麻阳苗族自治县审计局, or writes short, 张家川县档案局馆), a prefecture's short name (锡盟), or a one-letter
    county as the gazetteer knows it
    (日前,乾县民政局…; not a function letter's 全县 or 该县)."""
    if is_prefecture_short(place):
        return True
    if len(place) == 2:
        return _one_letter_county(place)
    known = gazetteer()
    return (
        place in leveled
        or place[:-1] in places
        or place in known.counties
        or place in known.cities
        or place in short_autonomous()  # 张家川县: an autonomous county written short, as its own people write it
    )


# a congress or consultative body (人大, 政协) hearing or reviewing a report as the subject of the opening
_HEARING_BODY = re.compile(r"人大|政协|人民代表大会")


# a leader's title inside what the opening's pattern read as one name (市政府副市长杨淼到市商务局), and the bureau
# the leader visits (到/赴/来到/走进/深入 + 市商务局)
_LEADER = re.compile(r"副?[省市区县州旗]长|书记|(?:部|主)任|政府副")
_VISITED = re.compile(r"(?:到|赴|来到|走进|深入)([省市区县州旗][\u4e00-\u9fff]{1,10}?(?:委员会|局|委|办))$")


# 2024年,吴江区在市委、市政府的领导下…: a place as the subject of the sentence opening the report at its period
# (2022年,在市委、市政府的正确领导下,雷城街道以…: the clause of circumstance or purpose before the subject, 1618)
_CIRCUMSTANCE = r"(?:在[^,，。]{2,30}?下|(?:为|面对|面临|围绕|按照|根据)[^,，。]{2,30})[,，]\s*"
_OPENING_PLACE = re.compile(
    rf"^{_PERIOD}[,，]\s*(?:{_CIRCUMSTANCE})?([\u4e00-\u9fff]{{2,10}}?[省市区县旗镇乡]|[\u4e00-\u9fff]{{2,6}}街道)"
    # (2010年,城东街道总的工作思路是: the place's own plan, 2296)
    r"(?:在|坚持|紧紧|始终|认真|全面|深入|围绕|以|(?:总的|全年)?的?(?:工作思路|奋斗目标|总体要求)是)"
)


def opening_place_government(lines: list[str]) -> str | None:
    """The government (a 街道's office) of the place that opens the report as its subject at its period
    (``2024年,吴江区在市委…领导下`` → 吴江区人民政府; 081, 1028, 1485, 407, 911 open so and file so); never a zone
    (``开发区``, ``高新区``: a kind, or a committee, not a government) nor a masked place."""
    for line in lines[:3]:
        m = _OPENING_PLACE.match(line.strip())
        if m is None:
            continue
        place = m.group(1)
        if not has_place(place) or _ZONE_WORD.search(place) or re.search(r"[XxＸ×*＊某]", place):
            return None
        return place + "办事处" if place.endswith("街道") else government_of(place)
    return None


# 炎山是昭阳区西部的一个贫困乡。 / 宗加镇地处都兰县西部,是一个以牧业为主…的镇: a township's account of itself
_SELF_ACCOUNT = re.compile(
    r"(?:^|[。\n])([\u4e00-\u9fff]{2,4}?)[乡镇]?(?:位于|地处|是)[^。\n]{0,20}?的?一个[^。\n]{0,12}?([乡镇])[,，。]"
)


def self_described_town(lines: list[str]) -> str | None:
    """The government of the township the report describes as itself in its basic situation (``炎山是昭阳区西部的
    一个贫困乡`` → 炎山乡人民政府, 1370; 1366's 宗加镇 the same way); None for a word (全镇, 我乡) or a masked name."""
    text = "\n".join(lines)[:4000]
    for m in _SELF_ACCOUNT.finditer(text):
        stem = m.group(1)
        if stem[0] in "全我本该这此每各" or re.search(r"[XxＸ×*＊某]", stem):
            continue
        return government_of(stem + m.group(2))
    return None


_ORG_END = {"委": "委(?:员会)?", "办": "办(?:公室)?"}


def fullest_name(name: str, lines: list[str]) -> str:
    """The fullest form of ``name`` the text writes (岳阳市国资委 -> 岳阳市人民政府国有资产监督管理委员会).

    A longer name counts when it starts with the same place, ends with the same kind of body and holds
    every character of ``name`` in order (the short form leaves words out, it adds none).
    """
    if not 4 <= len(name) <= 28 or name.endswith("区"):
        # a name longer than any fuller form looked for is as full as it gets; a zone (某高新区) is named as
        # itself (宁波高新区成功升级为国家级高新区 is a sentence, not its fuller name)
        return name
    text = "\n".join(lines)[:20000]
    end = _ORG_END.get(name[-1], re.escape(name[-1]))
    pattern = re.compile(rf"{re.escape(name[:2])}[\u4e00-\u9fff]{{{len(name) - 3},28}}?{end}")
    best = name
    for m in pattern.finditer(text):
        cand = m.group(0)
        # 政务和数据局, 科技和工业信息化局 (for 科工局): a 和 inside a full name joins two lines of work; one after a
        # body's last letter joins two bodies (教育局和财政局), a sentence
        inner = "和" in name or not re.search(r"[局委办厅院室府]和", cand)
        words = cand[2:].replace("和", "") if inner else cand[2:]
        own_long_form = cand == name + "员会" or cand == name + "公室"  # 某区商务委 written 某区商务委员会
        if (name in cand and not own_long_form) or _SENTENCE_WORDS.search(words) or _another_office(name, cand):
            continue  # 苏州市统计局统计执法监督局, 烟台市第十二届…会议上的政府: another body, or a sentence
        if len(cand) > len(best) and abbreviates(name, cand):
            best = cand
    return best


# words that join a sentence, never a body's name (…关于调整…, …代表省人民政府, …2022年度…)
_SENTENCE_WORDS = re.compile(r"的|关于|代表|届|会议|年|长|在|和|及|与|调整|印发|召开|举行|举办|[省市区县州]委")


# 某县人民政府办公室 is a full name already: words put between 人民政府 and 办公室 make another office
# (某县人民政府信息公开办公室, 某市人民政府法制办公室), not a fuller form of the same one
_GOVERNMENT_OFFICE = re.compile(r"^(.{2,20}人民政府)(办公室|办公厅)$")


def _another_office(name: str, cand: str) -> bool:
    m = _GOVERNMENT_OFFICE.match(name)
    return m is not None and cand.endswith(m.group(2)) and not cand.startswith(m.group(1) + m.group(2))


_BRACKETED_OFFICE = re.compile(r"^(.{2,30}?)[(（][\u4e00-\u9fff]{1,8}[)）]$")


_BARE_GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{2,12}[省市区县州旗镇乡]")
# 高新区, 经开区, 新区, 园区: a zone's committee is named by the zone itself
_ZONE_WORD = re.compile(r"(?:新|开发|开|园|试验|示范|保税|合作|功能|景|矿|林|社)区$")


def settled_name(issuer: str | None, title: str | None, lines: list[str], fields: tuple[str, ...] = ()) -> str | None:
    """The issuer as the document names itself, in the fullest form of the same body the text writes
    (``metadata_issuer_forms``).

    ``某县人民政府(办公室)`` (a portal's publisher, the office that posts) is ``某县人民政府`` when the title
    is that government's own; ``某某街道`` is its ``某某街道办事处`` (a 街道 issues through its office).
    """
    return written_in_full(_settled(issuer, title, lines), title, lines, fields)


def _settled(issuer: str | None, title: str | None, lines: list[str]) -> str | None:
    if issuer is None:
        return None
    m = _BRACKETED_OFFICE.match(issuer)
    own = "".join(title.split()) if title else ""
    if m and own.startswith(m.group(1)) and not own.startswith(issuer):
        return m.group(1)  # (a title opening 某局(体育局)… writes the bracket as part of the body's name)
    if _BARE_GOVERNMENT.fullmatch(issuer) and issuer[0] not in "省市区县州旗镇乡" and not _ZONE_WORD.search(issuer):
        return government_of(issuer)  # 发布机构: 某某镇: a place named bare issues as its government
    if issuer.endswith("街道") and (office := formal_name(issuer)) is not None:
        return office  # a 街道 is no organ: its 街道办事处 (the district's agency) issues in its name
    return issuer


def formal_name(area: str) -> str | None:
    """The body that issues in an area's name (公文 usage): ``某某街道`` -> ``某某街道办事处``, ``某某镇``/``某某乡`` ->
    its ``人民政府``; None for any other name."""
    if re.fullmatch(r"[\u4e00-\u9fff]{1,12}街道", area):
        return area + "办事处"
    if re.fullmatch(r"[\u4e00-\u9fff]{2,12}[镇乡]", area) and not area.endswith(("城镇", "乡镇")):
        return government_of(area)
    return None


# 市商务局局长冯一宁作全市商务工作报告; 党组书记、局长王勇代表区商务局汇报工作; 省商务厅党组书记、厅长张应华出席
# 会议并作工作报告; 区人社局副局长某某参加督查座谈会,并汇报…完成情况: a news item's lead where a bureau's or a
# province's department's (deputy) head reports the body's work (at its sector's work conference, to a visiting
# leader or an inspection)
_HEAD_REPORTS = re.compile(
    r"([省市区县州旗][\u4e00-\u9fff]{1,10}?(?:局|委员会|委|厅))(?:党组|党委)?(?:副?书记、)?副?(?:局长|主任|厅长)"
    r"[\u4e00-\u9fff·]{2,3}(?:代表[\u4e00-\u9fff]{2,12}?|出席(?:会议)?并|参加[\u4e00-\u9fff]{2,10}[,，]?并)?"
    r"(?:作了?|做了?|汇报了?)[^,，。]{0,30}?(工作报告|工作|情况)"
)
# the text going on in the bureau's own voice (今年以来,我局…): what it reported is its own work, not the place's
# economy a head reports to its government's meeting (市发改委主任…汇报了全市经济运行情况)
_OWN_VOICE = re.compile(r"我局|本局")


def reporting_bureau(lines: list[str]) -> str | None:
    """The bureau whose head reports its work in a news item's first paragraphs, as the text places it (the state
    of things it reports, ``…完成情况``, only when the text then speaks as the bureau)."""
    for line in lines[:3]:
        if (m := _HEAD_REPORTS.search(line)) is not None:
            if m.group(2) == "情况" and not _OWN_VOICE.search("\n".join(lines)[:8000]):
                continue
            org = m.group(1)
            return org if has_place(org) else placed_name(org, lines)
    return None
