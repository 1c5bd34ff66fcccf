"""Where a report's title stands when the head of the text gives none: under a news lead, or as a
headline without a report word over the first paragraph it announces.

A page's own title among its chrome is not used: a farm's label (区长在代表会上工作汇报) looks the same
as a faithful one, and the gold takes the former for chrome.
"""

from __future__ import annotations

import re

from models.folding import cjk_bigrams, compact
from models.ingest.metadata_candidates import ORG_LINE, REPORT_END, Choice, head_lines, title_score, title_text
from models.ingest.metadata_dates import find_dates
from models.ingest.metadata_fields import parse_fields
from models.ingest.metadata_header import DOC_NUMBER
from models.ingest.metadata_title_choice import choose_title
from models.ingest.page_fields import POSTING

_SENTENCE = re.compile(r"[。；;！!？?，,:：]")
_SITE_WORDS = re.compile(r"(?:网|网站|首页|平台|专栏|栏目|频道|门户|客户端|公众号|版|列表)$")
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+)"
)


# a news lead whose subject is the report a session was given to review (本报济南1月27日讯今天提交省…会议审查的
# 关于山东省…预算草案的报告显示, 1413): it renders that document, named whole (160, 475 name theirs so)
_SUBMITTED = re.compile(
    r"^(?:[^。；;！!？?]{0,40}?(?:讯|电|消息)\s*[:：]?\s*)?(?:(?:今天|今日|昨天|近日|日前|(?:\d{1,2}月)?\d{1,2}日)\s*[,，]?\s*)?"
    r"(?:提交|提请)[^。；;，,《》]{2,40}?(?:审议|审查)的\s*(?:《([^《》]{6,80})》|(关于[^。；;，,《》]{4,80}?的(?:报告|说明)))"
    r"\s*(?:显示|指出|提出|称|说)"
)


# what makes an opening paragraph a news lead: its day, dateline, reporter or news time word, or the event it tells
_NEWS_MARK = re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*日|[0-9一二三四五六七八九十]日[上下]?午?\s*[,，]|讯|[^电]电[\s:：]|记者|通讯员"
    r"|近日|日前|今天|今日|昨天|昨日|发布会|召开|举行"
)


def after_news_lead(lines: list[str], year: str = "") -> Choice:
    """The report's title under a news lead (``7月22日，某部举行发布会，介绍…``, then the title line), or the report the
    lead says was submitted to a session for review, named whole as its subject (``…审查的关于…的报告显示``)."""
    if lines and (m := _SUBMITTED.match(lines[0].strip())) is not None and REPORT_END.search(m[1] or m[2]):
        return Choice(m[1] or m[2], "the report a news lead says was submitted to a session")
    if len(lines) < 3 or len(lines[0]) < 40 or not re.search(r"[。，,]", lines[0]):
        return Choice(None, "")
    if not _NEWS_MARK.search(lines[0][:80]) and not lines[0].rstrip().endswith((":", "：")):
        # 二〇一一年是…开局之年,…: the report's own opening, its first heading no title (2065); a notice's
        # addressees (各乡镇人民政府,…:) over the document it sends stay (085)
        return Choice(None, "")
    found = choose_title(None, head_lines(lines[1:]), year=year)
    return Choice(found.value, "the title under a news lead") if found.value else found


# a news item's byline between its headline and its lead (□ 记者 某某/文 某某/图, 通讯员 某某); never a page's
# posting line (来源:… 2022-03-22 17:02), which is a header row and leaves the headline alone as before
_BYLINE = re.compile(r"记者|通讯员|摄影|/\s*[文图]|^[□■]")
# a news item rendering another body's document: it cites it by name as the subject of a sentence (《报告》指出,
# 《意见》明确), gives it a short name (下称《意见》), tells who delivered it (区长作政府工作报告, 作《区政府上半年
# 工作情况的报告》), that a session heard it (听取并评议了区政府上半年工作情况的报告), that a leader wrote
# comments on it (在市邮政管理局《关于…的报告》上作出批示, 對…提交的工作總結報告作出批示), or that its speaker
# briefed an audience on it (向离退休老干部通报上半年…情况): its headline reports the event (a session opens, a
# leader praises, a briefing is held), the document's title is not the headline (1856, 1864, 1880, 1885, 1862)
RENDERS = re.compile(
    r"《[^《》]{1,40}》\s*(?:指出|明确|提出|强调|要求)"
    r"|[(（](?:下称|以下简称|简称)《"
    r"|作了?《?[^，。,；;《》\n]{0,20}工作[报報]告"
    r"|作了?《[^《》\n]{2,40}[报報]告》"
    r"|听取(?:并?(?:审议|评议)|了)*[^。；;\n]{0,30}?工作[^。；;，,\n]{0,12}?[报報]告"
    r"|[报報]告》?\s*上?\s*作出?了?批示"
    r"|向[^。，,；;\n]{2,12}通[报報][^。；;\n]{0,30}?情况"
)
_SOURCE_TAG = re.compile(r"^[【\[［][\u4e00-\u9fff]{2,12}(?:局|部|委|厅|办|院|署|政府|中心)[】\]］]\s*(?=\S)")
# a headline line wrapped inside a phrase (某某委 / 召开…工作暨 / …工作会): the next line goes on without a space
_WRAPPED_END = re.compile(r"[暨和及与的在对为向把将从]$")
# a government portal's accessibility tool bar (兵团政务网 无障碍浏览, 无障碍阅读 关怀版, 进入适老化模式 | 长者模式):
# a row of the page's own chrome over the headline, never a piece of it
_TOOL_ROW = re.compile(r"无障碍|适老化|关怀版|长者模式|长辈版|老年模式")


# a newspaper's dateline opening the lead (本报讯, 本报北京1月5日讯, 本报记者): the item is the paper's, not the body's
# a news agency's or site's dateline (人民网北京12月27日电, 新华社长沙1月5日电): the item is the agency's too; so is a
# reporter's lead telling what he learned from the body (记者从…发布会上获悉, 记者日前从某局了解到: 1155)
_PAPER_DATELINE = re.compile(
    r"^\s*(?:本报讯|本报[\u4e00-\u9fff\d]{1,10}讯|本报记者|[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日\s*电"
    # (the day first: 1月26日,记者从…会议上获悉, 1891; 4月28日,记者从市统计局获悉, 1870)
    r"|(?:(?:\d{1,2}月\d{1,2}日|近日|日前|昨日)\s*[,，]?\s*)?记者(?:近日|日前|昨日|今天)?从[^，。,]{2,40}?(?:获悉|了解到))"
)
# a newspaper's byline anywhere on the page (时报讯(记者 甘小青), 1894; 1806, 1877, 1889, 1176 carry the same)
_PAPER_BYLINE = re.compile(r"[\u4e00-\u9fff]{1,6}讯\s*[(（]\s*(?:记者|通讯员)")

HEADLINE_REASON = "a headline over the first paragraph"


def _lead_paragraph(line: str) -> bool:
    """``line`` is a paragraph: long with a sentence's marks, or a short sentence closed by 。 (12月20日上午,某县…会议
    隆重开幕。, 1685's one-sentence lead)."""
    text = line.strip()
    long = len(text) >= 50 and re.search(r"[。；，,]", text) is not None
    return long or (len(text) >= 16 and text.endswith("。") and re.search(r"[，,]", text) is not None)


def headline(lines: list[str], own_office: bool = False) -> Choice:
    """A headline over the first paragraph that names no kind of report (``某县财政顺利实现“双过半”``), set on
    up to three lines (a page breaks a long headline), with the item's byline or a photo caption repeating it
    between the headline and its paragraph. ``own_office``: the page's 来源 names an office (宣传部, 县政府办), the
    place's own portal telling its own session (1115, 1685), whose headline stays even over a rendered report."""
    lead = next((k for k, line in enumerate(lines[:6]) if _lead_paragraph(line)), None)
    if lead is None:
        return Choice(None, "")  # no first paragraph under a few short lines
    pieces: list[str] = []
    repeated = False  # a photo caption under the headline repeats a part of it: the page's own headline
    for line in lines[:lead]:
        text = title_text(line.strip())[0]  # a caption's pipe cell (某某主持大会 |): its words
        if pieces and (_BYLINE.search(line) or POSTING.match(line.strip()) or parse_fields(line)):
            continue  # (a posting line the cleaner left under the headline: 2022-01-17 12:33:13来源:国家统计局, 1127)
        if not pieces and _TOOL_ROW.search(text) and not _SENTENCE.search(text):
            continue
        if pieces and len(text) >= 4 and compact(text) in compact("".join(pieces)):
            if _BODY_COLON.match(pieces[0]):
                return Choice(None, "")  # 某局:X over X: the release's own title line, title_repeated's to weigh
            repeated = True
            continue
        if not _headline_piece(text, first=not pieces) or len(pieces) == 3:
            return Choice(None, "")
        pieces.append(text)
    if not pieces:
        return Choice(None, "")
    opening = "".join(lines[lead : lead + 3])[:300]  # the lead and what follows it
    text = pieces[0]
    for piece in pieces[1:]:
        glued = ORG_LINE.match(text) or _WRAPPED_END.search(text)
        text += piece if glued else " " + piece
    commas = len(re.findall(r"[，,]", text))
    limit = 70 if _SUBTITLE.match(text) else 60  # (a theme and its subtitle, 1730)
    if not 6 <= len(compact(text)) <= limit or commas > 1 or (commas and len(pieces) > 1):
        return Choice(None, "")
    if ORG_LINE.match(text) or REPORT_END.search(compact(text)):
        return Choice(None, "")  # a line naming a report had its chance as a title line
    # a headline the page sets whole in 【】 (【经济呈现良好开局,新兴动能加快聚集】, 1535): the brackets are the page's
    # own word that the line is its headline, as a caption repeating it is; one phrase of its paragraph is enough
    bracketed = len(pieces) == 1 and any(re.fullmatch(r"\s*【[^【】]{8,}】\s*", line) for line in lines[:lead])
    if not repeated and len(cjk_bigrams(text) & cjk_bigrams(opening)) < (1 if bracketed else 2):
        return Choice(None, "")  # a headline announces what its paragraph says (点击收听… does not)
    if len(pieces) > 1 and not all(cjk_bigrams(piece) & cjk_bigrams(opening) for piece in pieces):
        return Choice(None, "")  # each line of a broken headline says part of it (never a column's label over it)
    if _PAPER_DATELINE.match(lines[lead]) or any(_PAPER_BYLINE.search(line) for line in lines):
        return Choice(None, "a newspaper's item (本报讯): its headline is not a title")  # news ruling (1169, 1176)
    if not own_office and RENDERS.search("".join(lines[lead : lead + 8])[:1200]):
        return Choice(None, "a news item rendering another body's document: its headline is not a title")
    # a data site's source tag before the headline ([国家统计局]2021年…增长12.5%, 1127): dropped as a store's series
    # tag or a province tag is (1003, 440)
    return Choice(_SOURCE_TAG.sub("", text).strip(), HEADLINE_REASON)


# a headline's place and colon before what it says (钟楼区:上半年经济社会运行稳步增长, 吉林:…任务出台): a news desk's
# dateline word, no sentence
_PLACE_COLON = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|州|旗|镇|乡|街道)[:：](?=[\u4e00-\u9fff])")


# the acting body before a colon (交通局:争先创优取得新成效, 县市场监管局:以抽检促监管,…): an office's own news column
# names who acted as a place's portal names its place (1688, 1731; 1054's ministry under a news agency's dateline is
# passed over by the lead's test, 864's headline names a kind of report)
_BODY_COLON = re.compile(
    r"^[\u4e00-\u9fff]{1,12}?(?:局|委|厅|部|办|署|中心|政府|管委会|办事处)[:：](?=[\u4e00-\u9fff“\"])"
)
# a two-part headline: the theme, then the ——subtitle saying who did what (…生态底色——某分局部署2020年…工作, 1730)
_SUBTITLE = re.compile(r"^(?P<theme>[^—]{4,40}?)\s*—{2}\s*(?P<sub>[^—]{4,40})$")


def _headline_piece(text: str, *, first: bool) -> bool:
    """``text`` may be a headline or one line of one: short, no sentence, no site word, heading, date or number."""
    if first:
        text = _BODY_COLON.sub("", _PLACE_COLON.sub("", text))
        if (parts := _SUBTITLE.match(text)) is not None:
            # each half a headline's phrase, the subtitle naming no kind of report (…——政府工作报告摘登 is a digest's)
            return _headline_piece(parts["theme"], first=False) and _headline_piece(parts["sub"], first=False)
    marks = _SENTENCE.findall(text)  # one comma between two phrases (感恩奋进 踔厉前行,…会议召开), never a sentence
    if not (6 if first else 2) <= len(text) <= 40 or len(marks) > 1 or (marks and marks[0] not in ",，"):
        return False
    if _SITE_WORDS.search(text) or _HEADING.match(text) or REPORT_END.search(compact(text)):
        return False
    if DOC_NUMBER.match(compact(text)):
        return False  # 某大数据〔2021〕1号 alone over the text: the 文号 (header metadata), never a headline (2346)
    return not (find_dates(text) or re.search(r"\d{1,2}:\d{2}|[|｜/]|\d{5,}", text))


# (中商情报网讯:近日,某省统计局发布了2021年某省国民经济和社会发展统计公报。: the name without its brackets; a
# headline a wrap ran onto the lead before it, no sentence: 人社部:截至…29251万人金融界6月7日消息 …, 160)
_RELEASE = re.compile(
    r"^(?:[^。；;！!？?]{0,80}?(?:消息|讯|电|报道)\s*[:：]?\s*)?(?:(?:19|20)\d\d年)?(?:\d{1,2}月\d{1,2}日\s*[,，]?\s*)?"
    r"(?:(?:近日|日前|今天|今日)\s*[,，]?\s*)?"
    r"([\u4e00-\u9fff]{2,30}?(?:部|局|委员会|委|厅|办公室|人民政府|院|署))(?:正式|近日|日前|今天|今日)?"
    r"(?:发布|公布)了?(?:《([^《》]{4,60})》|((?:19|20)\d\d年[\u4e00-\u9fff]{4,40}?(?:统计公报|公报))(?=[。，,；]))"
)


# a news lead printing the document it announces: 近日,某省委办公厅、省政府办公厅印发《…方案》,内容如下。
_PRINTED = re.compile(
    r"^(?:(?:近日|日前|今天|今日|(?:\d{1,2}月)?\d{1,2}日)\s*[,，]?\s*)?"
    r"([\u4e00-\u9fff、]{2,40}?(?:部|局|委员会|委|厅|办公室|人民政府|院|署))(?:联合)?(?:印发|发布|公布)了?《([^《》]{4,60})》"
    r"[^《》]{0,12}?(?:全文|内容|原文)?如下"
)


def released_document(lines: list[str]) -> tuple[str, str] | None:
    """The document a news item's lead says a body released (``某部发布《…公报》``), or printed after a lead
    announcing it (``近日,某办公厅印发《…》,内容如下``), as (title, body)."""
    for line in lines[:3]:
        m = _RELEASE.match(line.strip()) or _PRINTED.match(line.strip())
        name = (m.group(2) or m.group(3)) if m is not None and m.re is _RELEASE else (m.group(2) if m else None)
        if m and name and REPORT_END.search(name):
            return name, m.group(1)
    return None


_ADDRESSEES = re.compile(r"^各[\u4e00-\u9fff、，,（）()]{1,80}[:：]$")
_SENDS = re.compile(r"现将《([^《》]{4,60}(?:《[^《》]{2,30}》[^《》]{0,30})?)》(?:予以)?(?:印发|转发|发)(?:给)?你们")
_PUBLISHES = re.compile(r"^.{0,80}?(?:现(?:予)?|特向社会|向社会)公布(.{6,60}?)[。，,]")
# 现将2022年某局…绩效自评总结报告如下: a report named in full as the sentence reports it (1284; 305), its kind a noun
# (总结报告, 自评报告) — never 现将2021年工作情况和2022年工作打算报告如下, where 报告 is only the verb (157)
_REPORTS_AS_FOLLOWS = re.compile(
    r"^.{0,200}?现将((?:19|20)\d\d.{4,60}?(?:总结报告|自评报告|评价报告|年度报告))如下"
    # 现将2024年工作总结及2025年工作思路谋划汇报如下: a 工作总结 (and the plan it is paired with) as the verb reports
    # it (1477; 455, 577 name theirs so under a title line)
    r"|^.{0,200}?现将((?:19|20)\d\d\s*年度?[^，。；,;、：:]{0,16}?工作总结(?:[和及与暨以][^，。；,;、：:]{4,24})?)(?:汇报|报告)如下"
)
# a web domain inside the name: a hijacked mirror's, written where the place stood (2137 puroview.com委农办…)
_DOMAIN = re.compile(r"[A-Za-z0-9-]{2,}\.(?:com|cn|net|org|cc|top|vip|xyz|info)(?![A-Za-z])", re.IGNORECASE)
_ONE_ATTACHMENT = re.compile(r"^附件\s*[:：]\s*(?:1\s*[.、．]\s*)?(.{4,60})$")


def sent_document(lines: list[str]) -> Choice:
    """A notice whose title the page lost, filed under what it sends or publishes: ``现将《X》印发给你们``
    opening the text (830), ``现公布X。`` (128), or the one attachment a notice to its addressees sends (129, 130)."""
    for line in lines[:2]:
        if (m := _SENDS.search(line)) and line.startswith("现将") and (title_score(m.group(1)) or 0) >= 4:
            return Choice(m.group(1), "the document the notice opening the text sends")
        published = _PUBLISHES.match(line) or _REPORTS_AS_FOLLOWS.match(line)
        named = next((g for g in published.groups() if g), "") if published else ""
        if named and REPORT_END.search(named) and not re.match(r"[我本该]", named) and not _SENTENCE.search(named):
            if _DOMAIN.search(named):
                break  # the sentence names the report with a hijacker's domain in it: no exact name, no title
            return Choice(named, "the report the opening sentence publishes")  # never 我局…报告
    if not lines or not _ADDRESSEES.match(lines[0].strip()):
        return Choice(None, "")
    attached = [m.group(1).strip() for line in lines[:40] if (m := _ONE_ATTACHMENT.match(line.strip()))]
    numbered_more = any(re.match(r"^\s*2\s*[.、．]", line) for line in lines[:40])
    if len(attached) == 1 and not numbered_more and not _SENTENCE.search(attached[0]):
        return Choice(_own_title_under_signature(attached[0], lines), "the one attachment the notice sends")
    return Choice(None, "")


# a note under a notice's signature (此件公开发布), never the attached document's title
_SIGNATURE_NOTE = re.compile(r"^[(（][^()（）]{2,20}[)）]$")


def _own_title_under_signature(attached: str, lines: list[str]) -> str:
    """The attached document's own title line as written, right under the notice's signature (office, date, a
    bracketed note), when it names the same kind of document as the 附件 line (1966 `2015年福州市科技工作及2016年工作
    思路` under `附件:2015年工作总结及2016年工作思路`; 1079, 1072, 151): else the 附件 line's name."""
    at = next((k for k, line in enumerate(lines[:40]) if _ONE_ATTACHMENT.match(line.strip())), None)
    if at is None:
        return attached
    signed = False
    for line in lines[at + 1 : at + 6]:
        text = line.strip()
        if ORG_LINE.match(text) or _SIGNATURE_NOTE.match(text):
            continue
        if find_dates(text) and len(text) <= 14:
            signed = True
            continue
        kind, own_kind = REPORT_END.search(attached), REPORT_END.search(text)
        same_kind = kind is not None and own_kind is not None and text.endswith(attached[-2:])
        if signed and same_kind and len(text) <= 60 and not _SENTENCE.search(text) and title_score(text) is not None:
            return text
        return attached
    return attached


# a slogan title in two to four phrases, then a ——subtitle naming the document (当创业先锋 做创新龙头 努力实现…
# ——某高新区2007年工作总结和2008年工作安排), on one line of the head
_SLOGAN_OVER_SUBTITLE = re.compile(
    r"(?:^|\s)((?:[\u4e00-\u9fff“”]{3,20}\s+){1,3}[\u4e00-\u9fff“”]{3,24})\s*——\s*"
    r"([^\s——]{2,30}?(?:\s*[^\s——]{1,30}?)?(?:总结|安排|思路|计划|打算|要点|报告))(?=\s|$)"
)


def slogan_over_subtitle(lines: list[str]) -> Choice:
    """A slogan title over its ``——`` subtitle naming the document, both on one line (a one-line copy or a title
    block printed on one line): the slogan is the title, the subtitle says what the document is (179, 230)."""
    for line in lines[:2]:
        m = _SLOGAN_OVER_SUBTITLE.search(line[:160])
        if m and not _SENTENCE.search(m.group(1)) and not re.search(r"\d", m.group(1)):
            return Choice(m.group(1).strip(), "a slogan title over its ——subtitle naming the document")
    return Choice(None, "")


# a reposting site's note of the title the item first ran under (原标题:政府工作报告(图), 原標題:…): the original
# paper's own title line, a picture mark after it (图, 组图, 附视频) being the paper's layout note
_ORIGINAL_TITLE = re.compile(
    r"^\s*原[标標][题題]\s*[:：]\s*(.{4,80}?)\s*(?:[(（](?:组?[图圖]|附?[视視][频頻]|[组組][图圖])[)）])?\s*$"
)


def original_title(lines: list[str]) -> Choice:
    """The title a repost's ``原标题:`` line gives, when it names a kind of document (2329: people.cn's
    ``張國清:天津市政府工作報告`` over ``原標題:政府工作報告(圖)``); a news headline there (``原标题:全省…会议召开``,
    1762, 1537, 2327) names none and gives no title (the news ruling stands)."""
    for line in lines:
        if (m := _ORIGINAL_TITLE.match(line)) is None:
            continue
        text, _penalty = title_text(m.group(1))
        if title_score(text) is not None and REPORT_END.search(compact(text)) and not ORG_LINE.match(text):
            return Choice(text, "the title a repost's 原标题 line gives")
        return Choice(None, "")
    return Choice(None, "")
