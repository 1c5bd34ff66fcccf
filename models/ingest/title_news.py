"""What makes a page's headline a news item's, not the title of the document it tells of (README's news ruling, line
1448): a news site's furniture or a newspaper as its 来源, a journalist credited as the item's writer, a headline
telling what a meeting did (``听取…报告``, ``审查计划报告和草案``)."""

from __future__ import annotations

import re

from models.ingest.chrome_lines import DAY_FIRST_STAMP
from models.ingest.clean import CleanText
from models.ingest.metadata_candidates import OTHER_KIND, REPORT_END, Choice
from models.ingest.metadata_gazetteer import gazetteer
from models.ingest.metadata_publisher import news_byline, portal_furniture
from models.ingest.metadata_titles import HEADLINE_REASON
from models.ingest.title_own_item import another_body_source, correspondent_credit, interview, reporter_author

# a news site's own furniture: its hotline, its tip-off line
_NEWS_DESK = re.compile(r"新闻热线|报料热线|新闻爆料|爆料热线")
# a newspaper as the page's 来源: the paper's item (or its repost), not the government's publication; named by its last
# word (某某日报, 人民之声报 2100, 深圳特区报, 东方今报), never a kind of report (公报, 年报, 简报, 通报, 汇报)
_NEWSPAPER = re.compile(r"(?:报社|(?<![公年月季简通汇情海])报)$")
# a news site as the page's 来源 by its name: a newsroom's (临汾新闻网, 中国新闻网, 百色日报网), or a place's own news
# portal named after the place alone (民权网 2337, 枣庄网, 萧山网, 龙华网; a province's 中国甘肃网), never its
# government's (民权县政府网, 湖北人大网, 某局官网); the place's name must be written in full in the text (民权县), so a
# site whose name only looks like a short name (资源网, a farm's) reads as none
_NEWSROOM_SITE = re.compile(r"(?:新闻|日报|晚报)网(?:站)?$")
_PLACE_SITE = re.compile(r"^(?:中国)?([\u4e00-\u9fff]{2,4})网(?:站)?$")
# a headline naming the kind of writing under it (an analysis: …县域经济发展情况浅析, 1873; a report), not news
_ANALYSIS = re.compile(r"(?:浅|探|分)析$|调研$")
# a journalist credited as the item's writer: its closing credit (…精神。 (记者孙鹏), 2119; 1329) or its byline's
# bracket (本报讯(记者 某某), 时报讯(记者…), 1894); a photo's credit (记者 杨飞 摄, 1693) is no writer's
_REPORTER_CREDIT = re.compile(r"[(（]\s*(?:本报|本台)?(?:首席|见习|特约)?记者\s*[^()（）摄]{2,30}[)）]\s*$")
_REPORTER_BYLINE = re.compile(r"^[\u4e00-\u9fff]{1,16}?(?:讯|消息)\s*[(（][^()（）]{0,20}?记者")
# a reporter signing the item on a line of his own at its end (本报记者 杨宇龙 2201, 半岛网记者 梁湘 2181, 记者/王五);
# a photographer's credit (本报记者 杨飞 摄) is no writer's
_REPORTER_FOOTER = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,10}?(?:报|网|台|社))?(?:全媒体)?(?:首席|见习|特约)?记者\s*[/:：]?\s*"
    r"[\u4e00-\u9fff]{2,4}(?:[\s、,，]+[\u4e00-\u9fff]{2,4}){0,3}(?<!摄)$"
)
# a reporter's byline on its own line under the headline, the correspondents after the reporters (本报记者 林露
# 通讯员 周菁菁, 2420; 记者 某某 实习生 某某): the paper's own reporting, as a closing signature is (2201)
_BYLINE_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,10}?(?:报|网|台|社))?(?:全媒体)?(?:首席|见习|特约)?记者\s*[/:：]?\s*"
    r"[\u4e00-\u9fff]{2,4}(?:[\s、,，]+[\u4e00-\u9fff]{2,4}){0,3}?"
    r"(?:\s+(?:通讯员|实习生)\s*[/:：]?\s*[\u4e00-\u9fff]{2,4}(?:[\s、,，]+[\u4e00-\u9fff]{2,4}){0,3})?(?<!摄)$"
)
# a publication's dateline opening the lead: the paper, site or medium (or its day) before 讯/消息, then the lead or
# its credit (本报讯, 本刊消息, 江门日报讯 (记者/…), 【香港商报网讯】记者…报道:, 本报16日讯(…), 荆楚网(湖北日报网)讯(…),
# 新桂阳4月3日讯, 四川在线遂宁频道消息(…); 1176, 2030, 2052, 2159, 2225, 2114); a column's word (新闻资讯) is none
_DATELINE = re.compile(
    r"^[【\[]?[\u4e00-\u9fff()（）]{0,20}?(?:报|刊|网|台|社|端|频道|在线|新闻|[)）]|(?:\d{1,2}月)?\d{1,2}日)(?:讯|消息)[】\]]?"
    r"(?=\s*\S)(?![\s:：]*$)"
)
# a news site's lead opening with its name (导语·中国大田网…, 2300; 导读:…网): a farm's 导语 names its piece
# instead, with its 网友 (导语:…一文来源于网友上传, 303)
_SITE_LEAD = re.compile(r"^(?:导语|导读)\s*[·•:：|]\s*[\u4e00-\u9fff]{2,10}网(?![友站页民])")
# a lead opening with a yearless day and a comma (2月4日,新疆政府工作报告——…, 2163): a clause of a news lead, no
# document's title (a title's day has its year: 2012年1月5日昭通市政府工作报告, 2127)
_LEAD_DAY = re.compile(r"^\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|凌晨)?[,，]")
LEAD_DAY_REASON = "a news lead's clause opening with a yearless day is no title"
# a headline telling what a session did: one of its parts opens with its hearing (听取政府工作报告, 听取审议…报告);
# a document is never titled by what a meeting heard (2014, 2100)
_HEARD = re.compile(r"(?:^|\s)听取")
# a headline telling what a 人代会 session did (lead's ruling, session 25; 1115, 1685, 1219 as 891, 686): the
# session opened, closed or met (…第N届人民代表大会第N次会议隆重开幕, 市七届人大四次会议开幕, 山东人大会议开幕), never
# at a moment a speech names (…开幕式上的讲话, …闭幕时的讲话); its speaker delivered the report (张军作政府工作报告,
# 郭某作《政府工作报告》, never 在…上所作的报告); its delegates deliberated (人大代表分团审议…, 代表们分组审议…; never a
# 审议意见)
_SESSION_EVENT = re.compile(
    r"(?:人民代表大[会會]|人大)(?:第?[一二三四五六七八九十〇\d]+[次届屆])*[^,，。;；\s]{0,6}?[会會][议議](?:在[^,，。\s]{1,12}?)?"
    r"(?:隆重|胜利|勝利|正式|顺利|順利)?(?:(?:开|開|闭|閉)幕(?!式?(?:上|时|時|前|后|後|之际))|召开|召開|举行|舉行)(?!的)"
    r"|(?<![上所的在])(?:作|做)了?《?(?:政府)?工作[报報]告》?(?:$|\s)"
    r"|(?:人大代表|代表们?|代表團|代表团)(?:们)?(?:分组|分團|分团|分組|认真|認真)*(?:审议|審議|讨论|討論)(?!意见|意見)"
)
# a document titled by its session is never news: a speech, a decision or resolution, a notice (…会议的决定)
_OWN_DOCUMENT_END = re.compile(r"的(?:讲话|講話|决定|決定|决议|決議|通知|报告|報告|公告|议程|議程)$")


def session_news_headline(title: str) -> bool:
    """True when ``title`` tells what a 人代会 session did (opened, met, heard its speaker, deliberated): a news
    item's headline, on the place's own portal too, never the title of the report it tells of (lead's ruling, session
    25: 1115, 1685, 1219, as 891 and 686)."""
    text = title.strip()
    return not _OWN_DOCUMENT_END.search(text) and _SESSION_EVENT.search(text) is not None


# a headline refused for another body's 来源: it still names the acting body, whose item it renders (the issuer)
ANOTHER_BODY_REASON = "a headline over another body's item on the acting body's work is no title"
# the choices a news headline arrives by: over the first paragraph, or after the site's words on its line (肃北 听取…)
_HEADLINE_REASONS = (HEADLINE_REASON, "the title after a site's words on its line")
# the choices read from the lead itself: the document it says was released or submitted (1099, 160, 1413)
_LEAD_REASONS = (
    "the document a news item's lead says was released",
    "the report a news lead says was submitted to a session",
    "the title under a news lead",
)


def reporter_item(lines: list[str]) -> bool:
    """True when a journalist is credited as the item's writer (its byline or its closing credit): a news item
    written by a paper's reporter, never the acting body's own (news ruling, 1329, 1894, 2119, 2201)."""
    tail = [line.strip() for line in lines[-3:]]
    return any(_REPORTER_BYLINE.match(line.strip()) for line in lines[:3]) or any(
        _REPORTER_CREDIT.search(line) or _REPORTER_FOOTER.match(line) for line in tail
    )


def bylined_headline(title: str, lines: list[str]) -> bool:
    """True when a reporter's byline stands on its own line under the headline (``本报记者 林露 通讯员 周菁菁``) and
    the headline names no report (a 综述 or 纪实 is the reporter's own genre): the paper's news item (news ruling,
    2420)."""
    return not REPORT_END.search(title.strip()) and any(_BYLINE_LINE.match(line.strip()) for line in lines[1:6])


def _writing_kind(headline: str) -> bool:
    """True when ``headline`` ends naming a kind of writing (a report, a plan, an analysis)."""
    text = headline.strip()
    return bool(REPORT_END.search(text) or re.search(rf"(?:{OTHER_KIND.pattern})$", text) or _ANALYSIS.search(text))


def news_site(source: str | None, text: str) -> bool:
    """True when the page's 来源 names a news site: a newsroom's (``临汾新闻网``), or a place's own news portal named
    after the place alone (``民权网``) whose full name (``民权县``) the text writes: the item is the site's news."""
    name = (source or "").strip()
    if _NEWSROOM_SITE.search(name):
        return True
    m = _PLACE_SITE.match(name)
    if m is None:
        return False
    places = gazetteer()
    stem = m.group(1)
    for full, short in (
        *((full, row[0]) for full, row in places.counties.items()),
        *places.cities.items(),
        *places.provinces.items(),
    ):
        if short == stem and full in text:
            return True
    return False


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("（", "(").replace("）", ")")


def datelined_headline(title: str, lines: list[str]) -> bool:
    """True when ``title`` stands over a lead a publication's dateline opens (``本报讯``, ``江门日报讯 (记者/…)``,
    ``本刊消息``): the item's headline, never the title of what it tells of (news ruling; 2159, 2225, 2114), unless
    the lead names that very document (``…预算(草案)的报告``, ``《…》``, 1381) or the title is only found below."""
    k = next((k for k, line in enumerate(lines[:6]) if _DATELINE.match(line.strip())), None)
    if k is None:
        return False
    own, above = _compact(title), [_compact(line) for line in lines[:k]]
    lead, below = _compact(lines[k]), [_compact(line).lstrip("《") for line in lines[k + 1 : k + 8]]
    if not any(own in line for line in above) and any(line.startswith(own) for line in below):
        return False  # a title read from a line under the lead (《青海省政府工作报告》全文, 244)
    return not any(f"{own}{tail}" in lead for tail in ("的报告", "报告", "》")) and f"《{own}" not in lead


def news_site_headline(choice: Choice, cleaned: CleanText, lines: list[str], source: str | None) -> Choice:
    """No title from a news site's headline over its item on another body's work (a newspaper as 来源, the site's
    news hotline, a news byline, on a page without a portal's furniture; a journalist credited as its writer on any
    page; a headline telling what a session heard, on any page): README's news ruling (637/731, 1078, 2014)."""
    chrome, header = cleaned.chrome_lines, cleaned.header_lines
    if choice.value is not None and _HEARD.search(choice.value):
        return Choice(None, "a headline telling what a session heard is a news item's, no title")
    if choice.value is not None and _LEAD_DAY.match(choice.value):
        return Choice(None, LEAD_DAY_REASON)
    if choice.value is not None and choice.reason not in _LEAD_REASONS and datelined_headline(choice.value, lines):
        return Choice(None, "a headline over a lead a publication's dateline opens is no title")
    if choice.reason not in _HEADLINE_REASONS:
        return choice
    if reporter_item(lines):
        return Choice(None, "a reporter's headline over an item on another body's work is no title")
    if interview(choice.value or "", lines) or reporter_author(lines, chrome, header):
        return Choice(None, "a headline over a reporter's interview or item is no title")
    if choice.value is not None and another_body_source(choice.value, source):
        return Choice(None, ANOTHER_BODY_REASON)
    if any(DAY_FIRST_STAMP.match(line.strip()) for line in chrome[:5]):
        # a news mirror's day-first posting stamp under the headline (1970, 1272): the mirror's news item
        return Choice(None, "a headline over a news mirror's posting stamp is no title")
    if any(_SITE_LEAD.match(line.strip()) for line in (*chrome[:6], *lines[1:4])):
        return Choice(None, "a headline over a lead the news site opens with its name is no title")
    if portal_furniture(chrome, header, lines):
        return choice
    newspaper = bool(source and _NEWSPAPER.search(source.strip()))
    # (a news site carrying a piece of writing its headline names by kind, …发展情况浅析, keeps it: 1873)
    newspaper = newspaper or (not _writing_kind(choice.value or "") and news_site(source, "\n".join(lines)))
    if source is None and correspondent_credit(lines):
        return Choice(None, "a headline over a correspondent's item, posted by no body, is no title")
    if newspaper or news_byline(lines) or any(_NEWS_DESK.search(line) for line in chrome[:20]):
        return Choice(None, "a news site's headline over its item on another body's work is no title")
    return choice


def lead_document(lines: list[str], choice: Choice) -> str | None:
    """The document a news lead's clause names once its yearless day is cut (``2月4日,新疆政府工作报告——…`` →
    ``新疆政府工作报告``, 2163) when that clause was refused as the title: it still says whose report the item
    renders (the issuer's evidence)."""
    if choice.reason != LEAD_DAY_REASON:
        return None
    for line in lines[:8]:
        if (m := _LEAD_DAY.match(line.strip())) is not None:
            return re.split(r"[—,，。;；:：(（]", line.strip()[m.end() :], maxsplit=1)[0].strip() or None
    return None
