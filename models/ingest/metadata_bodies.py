"""Issuers named by what a report is: a budget report's finance body (``metadata_issuer_finance``), the body under
a delivery line, an audit report's office, a national conference's or news item's national body, a development zone
named by its kind, bodies its layout sets apart, a name's city prefix, and the page chrome lines that name no issuer
(the bureau a text names or speaks as: ``metadata_issuer_bureaus``)."""

from __future__ import annotations

import re
from itertools import pairwise

from models.folding import compact as _compact
from models.ingest.metadata_body_names import fullest_name
from models.ingest.metadata_candidates import ORG_SUFFIX
from models.ingest.metadata_issuer_finance import finance_body as finance_body
from models.ingest.metadata_issuer_forms import official_name
from models.ingest.metadata_issuer_names import abbreviates, has_place
from models.ingest.metadata_own_dates import signature_orgs
from models.ingest.metadata_pages import accounts_body
from models.ingest.metadata_places import _LEVELS, _PLACEHOLDER, _dictionary, government_of, known_place

# ——2022年12月18日在某县第六届人民代表大会 / 第二次会议上: a delivery line, wrapped or not, that ends at its 会议上
_DELIVERY_OPEN = re.compile(
    r"^(?:[-—－–]{1,4}|[(（])\s*(?:(?:19|20)\d\d\s*年|[二〇○][〇○零一二三四五六七八九]{3}年|在)"
    r"|^(?:19|20)\d\d年\d{1,2}月\d{1,2}日在"  # a copy that lost the dash: 2022年2月13日在…会议上
)
_DELIVERY_CLOSE = re.compile(r"(?:会议|大会|常委会)上[)）]?$")
_BODY_LINE = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,40}}?(?:{ORG_SUFFIX})$")
# a reflowed copy runs the delivery line, the body under it and the salutation into one line (…会议上某区发展和改革
# 委员会各位代表:): the body stands between the delivery line's close and the salutation
_RUN_ON_BODY = re.compile(
    rf"(?:会议|大会|常委会)上[)）]?([\u4e00-\u9fff（）()]{{2,40}}?(?:{ORG_SUFFIX}))(?:各位代表|各位委员|各位常委)[:：,，]"
)

# under the delivery line, the head of the body that delivers it (国家发展计划委员会主任曾培炎, 某县财政局局长 某某; a
# party secretary's post is left out: his speech is no office's report)
_HEAD_OF_BODY = re.compile(
    rf"^([\u4e00-\u9fff（）()]{{2,40}}?(?:{ORG_SUFFIX}))(?:党组书记、?)?(?:局长|主任|厅长|署长|部长|审计长)[\u4e00-\u9fff]{{2,4}}$"
)
# under the delivery line, a head of government and his name (江西省省长 鹿心社, 某县人民政府代县长 某某): a person,
# never a body, though a name may end in a body's letter (…社, …行); the speaker rules give his government
_GOVERNOR = re.compile(
    r"^[\u4e00-\u9fff（）()]{0,30}?(?:代理?|常务副)?(?:省长|市长|县长|区长|州长|旗长|盟长|主席|镇长|乡长)[\u4e00-\u9fff·*＊]{1,5}$"
)
# a pinyin-annotated copy writes the reading after a letter: 发展和(he)改革局(ju)
_PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


def delivering_body(lines: list[str]) -> str | None:
    """The body on its own line right under a speech-report's delivery line (公文 layout of a report delivered to
    a congress: title, delivery line, then who delivers it): ``某县财政局`` for a budget report it delivers on the
    government's behalf, ``某区人民政府`` when the government itself stands there. A person's name there gives none."""
    head = [_compact(line).strip("|") for line in lines[:60]]
    for i, line in enumerate(head):
        if not _DELIVERY_OPEN.match(line):
            continue
        # the delivery line may wrap once before its 会议上
        end = (
            i
            if _DELIVERY_CLOSE.search(line)
            else i + 1
            if i + 1 < len(head) and _DELIVERY_CLOSE.search(head[i + 1])
            else None
        )
        if end is None and (run_on := _RUN_ON_BODY.search(line)) is not None:
            body = run_on.group(1)
            return body if not re.search(r"人民代表大会|人大|常务委员会|关于", body) else None
        if end is None or end + 1 >= len(head):
            return None
        below = _PINYIN.sub("", head[end + 1]).strip("()（）")
        if (spoken := _HEAD_OF_BODY.match(below)) is not None and not spoken.group(1).endswith("人民政府"):
            below = spoken.group(1)  # 某县发展和改革局局长 某某: the body its head delivers the report for
        if _GOVERNOR.match(below):
            return None
        if _BODY_LINE.match(below) and not re.search(r"人民代表大会|人大|常务委员会|关于", below):
            return below
        return None
    return None


# 关于某县2020年度预算执行和其他财政收支的审计工作报告, 报告…预算执行和其他财政收支的审计情况: the audit of a budget
_AUDIT_REPORT = re.compile(
    r"(?:预算执行|财政收支)[\u4e00-\u9fff、的]{0,14}?审计(?:工作)?(?:报告|情况|结果)|审计工作报告"
)


def is_audit_report(title: str | None, lines: list[str]) -> bool:
    """The audit report on a budget's execution that a government submits to its congress, by its title or opening."""
    return any(_AUDIT_REPORT.search(_compact(line)[:200]) for line in [title or "", *lines[:3]])


# 关于某县2029年度县级预算执行和其他财政收支的审计工作报告: the audit of the place the title names
_AUDIT_TITLE = re.compile(
    r"关于([\u4e00-\u9fff]{2,12}?[省市区县州旗])?(?:19|20)\d\d年度?[\u4e00-\u9fff、和与及]{0,20}?(?:预算执行|财政收支)"
    r"[\u4e00-\u9fff、的]{0,14}?审计(?:工作)?(?:报告|情况|结果)"
)


def audited_body(title: str | None, lines: list[str]) -> str | None:
    """The audit office whose audit report on a budget a title names by its place (``关于某县…的审计工作报告``
    → ``某县审计局``; 中央预算 → 审计署); None when the title names no place it can place."""
    if title is None or (m := _AUDIT_TITLE.search(_compact(title))) is None:
        return None
    place = m.group(1)
    if place is None:
        return "审计署" if "中央" in title else None
    if place[0] in "省市区县州旗" or (known_place(place) != place and "\n".join(lines).count(place) < 2):
        return None  # 关于市本级…: the level, no place's name (one the dictionary does not know: named again)
    return audit_office(government_of(place))


def audit_office(government: str) -> str | None:
    """The audit office that delivers a government's audit report to its congress (审计法: the government
    reports its audit office's findings): ``某省人民政府`` → ``某省审计厅``, a city's or county's → ``…审计局``,
    国务院 → 审计署."""
    if government == "国务院":
        return "审计署"
    if (m := re.fullmatch(r"([\u4e00-\u9fff]{2,16}?)人民政府", government)) is None:
        return None
    place = m.group(1)
    return place + ("审计厅" if place.endswith(("省", "自治区")) else "审计局")


# 某某部长在2024年全国交通运输工作会议上的讲话: the ministry of the system whose national conference it is
_MINISTER_AT = re.compile(r"部长在(?:(?:19|20)\d\d年)?全国([\u4e00-\u9fff]{2,8}?)工作会议")
# 某某在全国档案局长馆长会议上的报告: the national bureau of the heads who meet
_HEADS_MEETING = re.compile(r"在全国([\u4e00-\u9fff]{2,4}?)局长(?:馆长)?会议")


def national_conference_body(title: str | None, lines: list[str]) -> str | None:
    """The national body whose head speaks at its system's national conference (``交通运输部``, ``国家档案局``)."""
    for line in [title or "", *lines[:6]]:
        text = _compact(line)
        if m := _MINISTER_AT.search(text):
            return m.group(1) + "部"
        if m := _HEADS_MEETING.search(text):
            return "国家" + m.group(1) + "局"
    return None


# a news item on a national body's work: its headline 农业部:关于…, or its lead 7月22日,某部举行…新闻发布会 /
# 国家某委新闻发言人…通报 / 近日,某部制定了《…》 (a ministry or national commission: no level letter in its name)
_NATIONAL = r"((?:国家|国务院)?(?:(?![省市区县州旗镇乡])[\u4e00-\u9fff]){2,12}?(?:部|委|总局|署))"
_NATIONAL_HEADLINE = re.compile(rf"^{_NATIONAL}[:：]")
_NATIONAL_LEAD = re.compile(
    r"^(?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日|近日|日前)[,，]?\s*"
    rf"{_NATIONAL}(?:新闻发言人|举行|召开|制定|印发|发布|通报)"
)
# the opening sentence of a national body's own report (2022年,国家医保局坚持…; 2010年,卫生部妇社司坚持…, 246): a
# period, then the body (国家某局/委, 某部, 某总局, 某署, a ministry's 司 after it) as the subject of a verb of work
_NATIONAL_OPENING = re.compile(
    r"^(?:(?:19|20)\d\d年(?:上半年|度)?|上半年|今年以来|一年来)[,，]"
    r"((?:国家(?:(?![省市区县州旗镇乡])[\u4e00-\u9fff]){2,10}?(?:总局|局|委)|"
    r"(?:(?![省市区县州旗镇乡国])[\u4e00-\u9fff]){2,10}?(?:部|总局|总署))(?:[\u4e00-\u9fff]{1,4}?司)?)"
    r"(?:坚持|认真|深入|全面|紧紧|紧扣|围绕|积极|按照)"
)
_NATIONAL_LINES = (_NATIONAL_HEADLINE, _NATIONAL_LEAD, _NATIONAL_OPENING)
# the voice of a place's own text (我县, 全市): a local report that quotes a ministry
_LOCAL_VOICE = re.compile(r"(?:我|全|本)[省市县区旗州盟镇乡]")
_SENTENCE_LETTERS = re.compile(r"[要求的了各级在对将把被从向为是]")


def national_body_in_lead(lines: list[str]) -> str | None:
    """The ministry or national commission whose work a news item reports (or whose own untitled report opens
    with it as the subject, 2022年,国家医保局坚持…): named by the headline before its
    colon or as the subject of the lead, in a text that never speaks as a place (``全县``); the fullest form
    of its name the text writes (``国家发改委`` → ``国家发展改革委``)."""
    text = "\n".join(lines)[:8000]
    if _LOCAL_VOICE.search(text):
        return None
    for line in lines[:3]:
        m = next((m for rule in _NATIONAL_LINES if (m := rule.match(_compact(line)))), None)
        if m is None or m.group(1).endswith(("宣传部", "组织部", "统战部", "武装部", "工作部")):
            continue  # a party committee's department is a place's, whose place the name leaves out
        name = m.group(1)
        fuller = list(re.findall(rf"{re.escape(name[:2])}[\u4e00-\u9fff]{{1,12}}?{name[-1]}", text))
        # a name of a body, not a sentence that starts with it (农业部要求各级畜牧部门)
        fuller = [n for n in fuller if len(n) > len(name) and abbreviates(name, n) and not _SENTENCE_LETTERS.search(n)]
        return official_name(max(fuller, key=len) if fuller else name)  # 工信部 → 工业和信息化部 (1054)
    return None


_ZONE_TITLE = re.compile(r"^(?:(?:19|20)\d\d年度?)?(经开区|高新区|经济开发区|经济技术开发区|高新技术产业开发区)")


_ZONE_KIND = re.compile(
    r"^(?:(?:19|20)\d\d年度?)?(开发区|经开区|高新区|工业园区|园区)(?=工作|(?:19|20)\d\d|上半年|年度|关于)"
)


def _zone_named_in_full(kind: str, text: str) -> str | None:
    """The one zone of ``kind`` the text names with its place (``泾县经济开发区`` for 开发区), or None."""
    found = set()
    for m in re.finditer(rf"([\u4e00-\u9fff]{{2,12}}?)((?:经济技术|高新技术产业|经济|高新技术|工业)?{kind})", text):
        words = m.group(1)
        short = words[-2:]  # 泾县: a two-letter county, shorter than known_place looks for
        known = short in _dictionary()[0] or short[:-1] in _dictionary()[0]
        place = known_place(words) or (short if short[-1] in _LEVELS and known else None)
        if place is not None and not _PLACEHOLDER.search(words):
            found.add(place + m.group(2))
        elif known:
            found.add(short + m.group(2))  # 宣城经济开发区: a rival zone named by a bare city
    return found.pop() if len(found) == 1 else None


def zone_of_city(title: str | None, lines: list[str]) -> str | None:
    """A development zone its report names only by kind (``经开区2022年…汇报``): the one city the text names,
    then the zone in the text's own form (``某某经开区``)."""
    m = _ZONE_TITLE.match(title or "")
    text = "\n".join(lines)[:8000]
    if (kind := _ZONE_KIND.match(title or "")) is not None and (named := _zone_named_in_full(kind.group(1), text)):
        return named  # 开发区工作总结 over 泾县经济开发区排名上升: the zone as the text names it in full
    if m is None:
        return None
    places, leveled = _dictionary()
    cities = set()
    for words in re.findall(
        r"([\u4e00-\u9fff]{2,4})市(?![委场民长级直区属])", text
    ):  # 助力某某市: the tail is the city
        known = [
            w[-k:] for w in (words,) for k in (3, 2) if len(w) >= k and (w[-k:] in places or w[-k:] + "市" in leveled)
        ]
        if known:
            cities.add(known[0])
    return cities.pop() + m.group(1) if len(cities) == 1 else None


# a page's footer or breadcrumb left in the text: the site's name (天津市政府门户网站 政务邮箱), the path to the page
# (a site's name alone may head its own gazette issue, 某自治区政府门户网站 第2期: the navigation words mark chrome)
_SITE_CHROME = re.compile(r"网站地图|政务邮箱|当前位置|您的位置|版权所有|主办单位|ICP备|设为首页|加入收藏|联系我们")
_SENTENCE = re.compile(r"[。，,；;！？]")


def without_site_chrome(lines: list[str]) -> list[str]:
    """``lines`` with a page's footer and breadcrumb lines blanked (indices kept): a site's name or the path to
    its page names where the page is hosted, never who issued the report (web-page layout, not the text)."""
    return ["" if _SITE_CHROME.search(line) and not _SENTENCE.search(line) else line for line in lines]


def run_together_lines(lines: list[str]) -> list[str] | None:
    """A one-line copy's lines (a doc store runs the text together, each line break a run of spaces): the long
    spaced lines split at their spaces; None when no line is such a run (gold: in a one-line file the runs of
    spaces stand for line breaks)."""
    if not any(len(line) >= 300 and len(line.split()) >= 5 for line in lines):
        return None
    return [part for line in lines for part in (line.split() if len(line) >= 300 else [line.strip()])]


def set_apart_accounts(lines: list[str]) -> str | None:
    """The body of a 部门预算/决算 from its first part heading, also when its label stands apart (第一部分 | 某局概况:
    a space in a one-line copy, a line of its own in a PDF's)."""
    plain = [line.strip() for line in lines]
    split = run_together_lines(plain) or plain
    paired = [f"{a} {b}" for a, b in pairwise(split[:40])]
    return accounts_body(plain) or accounts_body(split) or accounts_body(paired) or _people_body(plain)


# 第一部分 铁岭县妇联部门概况, 第一部分 某县财政部门概况: the template's first part naming a people's organisation
# (妇联, 团委, 总工会, 科协, 文联, 残联, 侨联, 工商联, 红十字会) or a placed 某部门 (1547, 1911)
_PEOPLE_PART = re.compile(
    r"^第[一1]部分\s*[:：]?\s*([\u4e00-\u9fff]{2,20}?(?:妇联|团委|总工会|工会|科协|文联|残联|侨联|工商联|红十字会|部门))"
    r"(?:部门)?(?:基本)?概况$"
)


def _people_body(lines: list[str]) -> str | None:
    for line in lines[:40]:
        if (m := _PEOPLE_PART.match(line)) is not None and has_place(m.group(1)):
            return m.group(1)
    return None


def one_line_signature(lines: list[str]) -> str | None:
    """The signing body of a one-line copy (its spaces were the line breaks: 某局 2025年5月18日 after the text)."""
    split = run_together_lines([line.strip() for line in lines])
    signed = next(iter(signature_orgs(split)), None) if split else None
    return fullest_name(signed, split) if signed and split else None


def fuller_name(name: str, lines: list[str]) -> str:
    """``name`` with the city or province (a township's county) the text writes before it (曾都区… → 随州市曾都区…)."""
    if len(name) < 4:
        return name
    # a township's name takes its county or district too (长兴镇人民政府 → 南溪县长兴镇人民政府)
    levels = "省市州县区旗" if re.match(r"[\u4e00-\u9fff]{2,4}[镇乡]", name) else "省市州"
    # (2025年赤峰市…: a date's 年 is no part of the place after it)
    # (an autonomous county or prefecture writes its peoples before 自治: 环江 毛南族 自治县, 彭水 苗族土家族 自治县,
    # longer than the five letters of any other place's name)
    autonomous = "".join(c for c in levels if c in "县州旗")
    pattern = re.compile(
        rf"((?![年月日])(?:[\u4e00-\u9fff]{{2,4}}?(?:[\u4e00-\u9fff]{{1,3}}?族)+自治[{autonomous}]"
        rf"|[\u4e00-\u9fff]{{1,5}}[{levels}]))" + re.escape(name)
    )
    for line in lines[:200]:
        m = pattern.search(line)
        if m and _level_alone(m.group(1)):
            continue  # 区委、区政府的坚强领导和市退役军人事务局: the level's bureau (市…局), no place's name (1957)
        if m and not name.startswith(m.group(1)[-2:]):
            # 由上海市松江区…: a preposition before the place is the sentence's, not the name's
            return re.sub(r"^[由经向对为将和与及据按是的从在被把](?=[\u4e00-\u9fff]{2})", "", m.group(0))
    return name


def _level_alone(place: str) -> bool:
    """A level after a conjunction or particle (``…领导和市``, ``…的县``): the level's body, named by no place, unless
    the two letters are a place (和县)."""
    return len(place) >= 2 and place[-2] in "和与及的、" and place[-2:] not in _dictionary()[1]
