"""The body a report's own lines name: a speaker's office, the title's opening body, a session adopting a
resolution, and the last resorts (the government a report is delivered for, a township's notice)."""

from __future__ import annotations

import re
from itertools import pairwise

from models.folding import compact as _compact
from models.ingest.metadata_candidates import ORG_LINE, ORG_SUFFIX, RESOLUTION, Choice
from models.ingest.metadata_issuer_names import has_place
from models.ingest.metadata_places import _dictionary, government_of, known_place

# (——2011年全省交通运输工作会议报告 浙江省交通运输厅党组书记、厅长 郭剑彪: the speaker glued after the subtitle,
# with the party post before the office's, 1653; 1298 自治区水利厅党组书记、厅长 生效友)
_BUREAU_SPEAKER = re.compile(
    rf"^(?:——[^\s]{{4,40}}?报告\s+)?([\u4e00-\u9fff]{{2,24}}?(?:{ORG_SUFFIX}))(?:党组|党委)?(?:副?书记[、，,])?(?:局长|主任|书记|部长|处长|副局长|厅长|署长)\s*(?:[\u4e00-\u9fff]\s*){{0,4}}$"
)  # 某某发展和改革委员会主任 张 剑: a two-character name is spaced out in print
# ——2007年3月5日在…会议上财政部: the delivering body glued to the end of its delivery line
_DELIVERED_BY = re.compile(rf"会议上\s*([\u4e00-\u9fff]{{2,20}}?(?:{ORG_SUFFIX}))$")

# 某县文化广电新闻出版局(体育局)2014年…: a bureau may carry its second name in brackets
# (a body run as a bureau and a company at once names both: 长沙市烟草专卖局(公司), 盐务局(公司); 085's addressees
# 市各委、办、局(公司))
_SECOND_NAME = rf"(?:[(（][\u4e00-\u9fff]{{2,10}}(?:{ORG_SUFFIX})[)）]|(?<=局)[(（]公司[)）])?"
# 某县水利局(本级)2029年度部门决算: a 决算 names the department's own accounts (本级, 市本级) apart from its units'
_OWN_LEVEL = r"(?:\s*[(（]\s*[\u4e00-\u9fff]{0,2}本级\s*[)）]\s*)?"
_TITLE_ORG = re.compile(
    # (a farm's copy writes the year as a placeholder: 区科技局xx年工作总结, 某局20XX年…)
    rf"^([\u4e00-\u9fff]{{2,20}}?(?:{ORG_SUFFIX}){_SECOND_NAME}){_OWN_LEVEL}"
    # (公文 title: 发文机关 + 关于/印发/转发/批转 + 事由 + 文种, 某市人民政府印发…的通知)
    r"(?=关于|印发|转发|批转|(?:19|20)\d\d|(?:19|20)?[Xx×]{2}年|二〇|〇|年度|局长|工作|上半年|下半年)"
)


# 2022年度岳阳市国资委部门决算: the year first, then the body whose accounts these are
# 2020年某区某街道办事处工作总结: the year first, then the body whose summary it is (上半年 is no body)
# 2004年某市某县人民政府国民经济和社会发展统计公报: a doc store's label naming the bulletin as a government's
# 2020年度某区人民政府某街道办事处政府信息公开工作报告: the office whose yearly disclosure report it is, in full (1453;
# 1445 2014年上海市发展和改革委员会政府信息公开年报, 628 2013年青岛市商务局信息公开工作报告: the report every office
# publishes under the 政府信息公开条例)
_YEAR_TITLE_ORG = re.compile(
    rf"^(?:(?:19|20)\d\d|(?:19|20)?[Xx×]{{2}})年度?(?!上半年|下半年|全年)([\u4e00-\u9fff]{{2,20}}?(?:{ORG_SUFFIX}){_SECOND_NAME})"
    rf"{_OWN_LEVEL}(?=部门|单位|机关|本级|工作|上半年|下半年|年度|预算|决算|国民经济和社会发展统计公报|(?:政府)?信息公开)"
)
# 2022年某县交通运输局财政衔接…绩效自评总结报告, 2013年某市商务局信息公开工作报告: a placed bureau after the year,
# whatever work of its own the title then names (1284, 628, 1043)
_YEAR_PLACED_BUREAU = re.compile(r"^(?:19|20)\d\d年度?([\u4e00-\u9fff]{2,20}?局)(?!长)")
# 某县桐楼乡2022年度部门决算, 某县桃花镇2029年工作总结: a township's accounts or its general work, its government's
_TOWN_ACCOUNTS = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,20}[省市州县区旗])?([\u4e00-\u9fff]{1,5}?[乡镇])(?:19|20)\d\d年度?"
    r"(?:部门(?:决算|预算)|(?:上半年|下半年|全年|年度)?(?:重点|主要)?工作(?:总结|计划|要点|报告))"
)


# 某县卫生系统(汇总)2021年度部门决算: a county's line of work whose units' accounts are summed up in one 部门决算
# (教育系统, 卫生系统 …; the department named by its title, gold convention (4))
_SYSTEM_ACCOUNTS = re.compile(
    r"^([\u4e00-\u9fff]{2,12}?[省市州县区旗][\u4e00-\u9fff]{2,8}?系统)(?:[(（]汇总[)）])?"
    r"(?=(?:19|20)\d\d年度?部门(?:决算|预算))"
)


# 某某高新区2016年工作报告: a development zone issues under its own name (its 管委会 is named by the zone);
# 某部某司2010年工作总结: a ministry's department issues its own summary
_TITLE_ZONE = re.compile(
    r"^((?!(?:19|20)\d\d)[\u4e00-\u9fff]{2,10}?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|保税区|工业园区|科技园区|产业园区)"
    r"|[\u4e00-\u9fff]{1,8}部[\u4e00-\u9fff]{1,8}?司)"
    r"(?=(?:19|20)\d\d|关于|年度|工作|上半年|下半年)"
)


# 某街道办事处政府工作报告: a body named to its own kind is not extended by the 政府 that opens 政府工作报告
_KIND_BEFORE_REPORT = re.compile(r"^(.{2,}?(?:办事处|街道办|管委会|委员会|局|人民政府))政府$")
# 某区关于支持中小企业…的政策意见: a place opening its title before 关于 issues as its government
_PLACE_ABOUT = re.compile(r"^([\u4e00-\u9fff]{2,8}?[省市区县州旗])关于")


# a compilation's label: …专辑, …汇编(5篇), …合集, …选编, …大全
_BUNDLE_LABEL = re.compile(r"(?:专辑|汇编|合集|选编|大全)(?:[(（][\d一二三四五六七八九十]{1,2}篇[)）])?$")


def bureau_from_head(head: list[str], title: str | None) -> Choice:
    """A bureau named by the head: a speaker's office, an organisation line, the title's opening."""
    for line in head:
        m = _BUREAU_SPEAKER.match(line.strip()) or _DELIVERED_BY.search(_compact(line))
        if m and not m.group(1).endswith("人民政府"):
            return Choice(m.group(1), "speaker line")
    # (a title may set its body apart from the year by a space: 某乡人民政府 2019年度部门决算, 县林业局 2020 年…)
    spaced = _compact(title) if title else None
    own = (_TITLE_ORG.match(spaced) or _YEAR_TITLE_ORG.match(spaced) or _TITLE_ZONE.match(spaced)) if spaced else None
    if own is None and spaced and (placed := _YEAR_PLACED_BUREAU.match(spaced)) and has_place(placed.group(1)):
        own = placed
    if own is None and spaced and (system := _SYSTEM_ACCOUNTS.match(spaced)) and has_place(system.group(1)):
        own = system
    if (
        own is None
        and head
        and (first := _compact(head[0]).strip("|")) != _compact(title or "")
        and _BUNDLE_LABEL.search(first) is None
    ):
        # the title names no body, yet the first line opens with one (某县人民政府工作规则, 某高新区2007年…); a
        # compilation's label (浙江省政府工作报告专辑 over 杭州市…, 1934) names the bundle, not who issues its piece
        own = _TITLE_ORG.match(first) or _TITLE_ZONE.match(first)
    if (
        title
        and own is None
        and (bare := _PLACE_ABOUT.match(_compact(title)))
        and known_place(bare.group(1)) == bare.group(1)
    ):
        return Choice(government_of(bare.group(1)), "title")  # 某区关于…的政策意见: the place issues as its government
    # (the first line too, when the title chosen is another: 泗洲头镇2024年度重点工作计划二季度执行情况 over a table's
    # cell 第二季度完成情况)
    opener = _compact(head[0]) if head else ""
    town = _TOWN_ACCOUNTS.match(_compact(title or "")) or _TOWN_ACCOUNTS.match(opener)
    if (
        own is None
        and town is not None
        and not re.match(r"[某该本我全各每]|[乡镇]{2}|城镇", town.group(1))  # 某镇, 全县乡镇: no township's name
    ):
        return Choice(government_of(town.group(1)), "title")  # 某县桐楼乡2022年度部门决算: the township's government
    for line in head:
        if ORG_LINE.match(line.strip()) and line.strip() != title:
            if own and line.strip().endswith("人民政府") and not own.group(1).endswith("人民政府"):
                continue  # 巴宜区人民政府 over 巴宜区商务局2021年部门决算: the portal's owner, not the issuer
            if own and line.strip().startswith(own.group(1)) and line.strip() != own.group(1):
                # 宿州市人民政府2016年…年度报告 ⏎ 宿州市人民政府办公室: the office that compiles it, not whose it is
                continue
            return Choice(line.strip(), "organisation line")
    if own and own.group(1).endswith("政府") and re.search(r"长|届|大会", own.group(1)):
        own = None  # 市长政府工作报告, 某区第十四届人民代表大会政府工作报告: the report's kind, no body's name
    if own and not re.match(r"在|关于|于", own.group(1)) and "会议" not in own.group(1):
        # 在某县…会议上的政府工作报告: a speech title's setting names no organisation
        named = own.group(1)
        if (kind := _KIND_BEFORE_REPORT.match(named)) and own.string[own.end() :].startswith("工作报告"):
            named = kind.group(1)
        return Choice(named, "title")
    return Choice(None, "")


# 某届人民代表大会第N次会议听取和审议了…报告: a resolution speaks as the session that adopts it
# (the place may open it, its 第 may be dropped: 太湖县十六届人民代表大会第一次会议,听取和审议了…, 1031)
_SESSION_OPENING = re.compile(
    # (经某会议审议,…决定批准…: a resolution's decision opens with the preposition, 2101)
    r"^经?((?:[\u4e00-\u9fff]{2,12}?(?:省|市|区|县|州|旗|盟))?第?[一二三四五六七八九十]{1,3}届.{2,20}?(?:会议|大会))"
    r"[,，]?(?:认真)?(?:听取|审议|审查)"
)
# a resolution's adoption line under its title, (2020年5月15日新乡市十三届人大三次会议第三次全体会议通过): the
# session it names, the plenary sitting (第三次全体会议) left out (1290; 1037, 323, 1249 write the same line)
_ADOPTION_LINE = re.compile(
    r"^[(（](?:(?:19|20)\d\d|[一二〇○零][一二三四五六七八九〇○零]{3})年[^)）]{2,12}?日"
    r"((?:[\u4e00-\u9fff]{2,12}?(?:省|市|区|县|州|旗|盟))?第?[一二三四五六七八九十]{1,3}届[\u4e00-\u9fff]{2,24}?会议)"
    r"(?:第[一二三四五六七八九十]{1,3}次全体会议)?(?:审议)?通过[)）]$"
)
# the subject-less opening of a resolution (听取和审议了…) under its adoption line
_RESOLVED = re.compile(r"^(?:会议)?(?:认真)?(?:听取|审议|审查)")
# 关于某县人民政府工作报告的决议: a resolution's title that does not name the session adopting it
_ABOUT_RESOLUTION = re.compile(r"^关于.{2,60}的决议$")


def adopting_session(title: str | None, lines: list[str]) -> str | None:
    """The session that issues a resolution: named by its title (``某会议关于…的决议``) or, when the page lost
    the title, by the resolution's opening (``第二届全国人民代表大会第三次会议听取了…``) or, when that lost its
    subject (``听取和审议了…``), by the adoption line above it."""
    if title and (m := RESOLUTION.match(_compact(title))):
        return m.group(1)
    if title is None or _ABOUT_RESOLUTION.match(_compact(title)):
        for line in lines[:5]:
            if m := _SESSION_OPENING.match(_compact(line)):
                return m.group(1)
        opening = [_compact(line) for line in lines[:4] if line.strip()]
        for line, after in pairwise(opening):
            m = _ADOPTION_LINE.match(line)
            if m and _RESOLVED.match(after) and (has_place(m.group(1)) or "全国" in m.group(1)):
                return m.group(1)
    return None


_DELEGATE = re.compile(r"代表([\u4e00-\u9fff]{2,12}?人民政府)向(?:大会|会议)")
_CONGRESS = re.compile(r"([\u4e00-\u9fff]{2,7}?[省市区县镇乡])第?[一二三四五六七八九十]{1,3}届人民代表大会")
_TRANSMITTED_ORG = re.compile(rf"印发《([\u4e00-\u9fff]{{2,30}}?(?:{ORG_SUFFIX}))(?=(?:19|20)\d\d|关于|年度|工作)")
_TOWN_NOTICE = re.compile(
    # (乡镇, 乡村 are kinds of place, no township's name: 强化乡镇统计工作的通知; nor 城乡: 住房和城乡建设局…的通知)
    r"((?:[\u4e00-\u9fff]{2,4}?)(?:(?<!乡)镇|(?<!城)乡(?![镇村])|街道))(?!党委|人大|政府)[\u4e00-\u9fff0-9]*?(?:的)?通知$"
)


def issuer_from_text(title: str | None, lines: list[str]) -> Choice:
    """Last resorts: the government a report is delivered for, a notice's own bureau, a township's notice."""
    head = "\n".join(lines[:40])
    m = _DELEGATE.search(head)
    if m and has_place(m.group(1)):
        return Choice(m.group(1), "代表…人民政府向大会报告")
    for m in _CONGRESS.finditer(head):
        found = m.group(1)
        for k in range(len(found) - 2):
            place = found[k:]  # the match may start inside the words before the place name
            if place.startswith("自治"):
                continue  # 自治区第十三届人民代表大会 (1855): the region above, named by its kind alone, is no place
            # the place the text is about, not one it mentions: named again and again, or a known place of the level
            # the text speaks as (全县, 我县)
            spoken = place in _dictionary()[1] and re.search(rf"(?:我|全|本){place[-1]}", head)
            if head.count(place) >= 3 or spoken or _head_delivers(head, place):
                return Choice(government_of(place), "the congress of the place the report is about")
    if title and (m := _TRANSMITTED_ORG.search(title)) and has_place(m.group(1)):
        return Choice(m.group(1), "the bureau whose plan the notice transmits")
    if title and (m := _TOWN_NOTICE.search(_compact(title))):
        return Choice(government_of(re.sub(r"^(?:年度|年)", "", m.group(1))), "a township's notice")
    return Choice(None, "")


# 区人民政府区长某某向大会作《政府工作报告》, 区长李遥作政府工作报告: a level's head delivering its report
_HEAD_DELIVERS = re.compile(
    r"(?<![\u4e00-\u9fff])(?:([区县市旗])(?:人民)?政府)?代?([区县市旗])长[\u4e00-\u9fff·]{1,4}?"
    r"(?:向(?:大会|会议))?作了?《?政府工作报告"
)


def _head_delivers(head: str, place: str) -> bool:
    """A congress hears its own level's government (1768 自流井区 named once, 1773 钦南区): the session of a place the
    gazetteer knows, where the head of a government of the place's level (区长 for a 区) delivers the 政府工作报告,
    and no head of another level does."""
    from models.ingest.metadata_gazetteer import gazetteer

    levels = {m.group(2) for m in _HEAD_DELIVERS.finditer(head) if m.group(1) in (None, m.group(2))}
    known = place in gazetteer().counties or place in gazetteer().cities
    if place in gazetteer().provinces:
        # 自治区主席某某代表自治区人民政府作政府工作报告 under 新疆维吾尔自治区第十三届人民代表大会 (2328; 省长…)
        kind = "自治区" if place.endswith("自治区") else "省"
        return {m.group(1) for m in _PROVINCE_DELIVERS.finditer(head)} == {kind}
    return known and levels == {place[-1]}


_PROVINCE_DELIVERS = re.compile(r"代表(省|自治区)(?:人民)?政府(?:向(?:大会|会议))?作了?《?政府工作报告")


# 本报告根据…要求,由某县人民政府办公室编制: a 政府信息公开工作年度报告 (or any report) names the body that compiled it
_COMPILED_BY = re.compile(rf"报告[^。]{{0,160}}?由([\u4e00-\u9fff()（）]{{2,30}}?(?:{ORG_SUFFIX}))(?:负责)?编制")


def compiled_by(lines: list[str]) -> str | None:
    """The body a report's opening says compiled it (``本报告…由某局编制``: 937, 1047, the annual reports on
    government information disclosure); only in its first lines, and only one such body."""
    found = {m.group(1) for line in lines[:8] for m in _COMPILED_BY.finditer(line)}
    return found.pop() if len(found) == 1 else None


def author_line(head: list[str], title: str | None) -> str | None:
    """The placed body on its own line right under the own title (``关于某区…预算草案的报告`` ⏎ ``重庆市开州区财政局``;
    a booklet's cover ``…参阅材料`` ⏎ ``滑县财政局``): the body that delivers the report, whoever posted the page
    (gold README session 10 (1): a body on its own line under the delivery line or title; 1993, 1158)."""
    own = _compact(title or "")
    if not own:
        return None
    for line, below in pairwise([_compact(line) for line in head]):
        if line and own.endswith(line) and ORG_LINE.match(below) and has_place(below) and below != own:
            opening = _TITLE_OPENS.match(own)
            if opening and below.startswith(opening.group(1)) and below != opening.group(1):
                # 宿州市人民政府2016年…年度报告 ⏎ 宿州市人民政府办公室: the office compiles its title's body's report
                return None
            return below
    return None


# a title that opens with its body and the year it reports (某市人民政府2016年政府信息公开工作年度报告,
# 某乡人民政府2020年度…)
_TITLE_OPENS = re.compile(rf"^([\u4e00-\u9fff]{{2,30}}?(?:{ORG_SUFFIX}))(?:19|20)\d\d年")
