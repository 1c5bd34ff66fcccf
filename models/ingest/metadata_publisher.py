"""Who publishes the page a report was stored from, read from the page's own furniture (a government portal, or a
content farm, doc store, aggregator or news site), and so whether the page's posting date may date the report.

The gold rule (README "Metadata", "Posting times of content farms and doc stores"): a government site's page date
(``发布时间``, ``生成日期``, ``时间:`` on a portal, a posting line naming the office) dates a report whose text has no
date of its own, and so does a news item's page (时间:/发布时间: over an item from a newspaper or news site, rulings22,
issue 12 §3); a farm's, store's or aggregator's posting or update time never does. The decision is
evidence about the page, never a list of sites. ``settle_page_date`` decides the page's date in one place: a forum
post's attachment stamp when the page gives no other, no date for a stamp earlier than the event the news lead
reports, none when a news agency's dateline names another day, none for a store's lone upload stamp between two copies
of the title.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

from models.ingest.chrome_bundles import compilation_label
from models.ingest.clean import CleanText
from models.ingest.metadata_candidates import ORG_LINE, REPORT_END
from models.ingest.metadata_dates import parse_date
from models.ingest.metadata_fields import parse_fields
from models.ingest.metadata_issuer_names import has_place
from models.ingest.metadata_issuer_source import source_is_issuer
from models.ingest.metadata_pages import is_farm_page
from models.ingest.metadata_site_stamp import own_outlet_day, site_stamp_day
from models.ingest.page_fields import (
    CLOCK_TIME,
    MINUTE,
    PAGE_DATE_ROW,
    SOURCE_LABEL,
    TYPED_DAY,
    UPLOAD_STAMP,
    VIEW_COUNTER,
)
from models.ingest.title_era import MASKED_YEAR

# a government portal's furniture: its 政务公开 breadcrumb, its welcome banner, its index table's labels
_PORTAL_WORDS = re.compile(
    r"政府信息公开|政务公开|法定主动公开|信息公开目录|索\s*引\s*号|发布机构|所属机构|发文机关"
    r"|欢迎(?:访问|光临|来到)[\u4e00-\u9fff]{2,24}(?:人民政府|政府门户|政务网|政府网)"
    # (or a government office's own site: 欢迎访问十堰市经济和信息化局官方网站, 1946; a hospital's or store's is none)
    r"|欢迎(?:访问|光临|来到)[\u4e00-\u9fff]{2,24}?(?:局|委员会|厅)(?:官方|门户)?网站"
    r"|人民政府门户网|政务网|政府网站|政府门户网站"
    # a government site's footer: the 网站标识码 only government sites are given, a government as its owner (1132)
    r"|网站标识码|(?:版权所有|主办单位)\s*[:：]?\s*[\u4e00-\u9fff]{2,20}?人民政府"
)
# a portal's index number standing alone as a row value (113701130042070099-A/2021-4059841, 640522017/2022-00027)
_INDEX_NUMBER = re.compile(r"^[0-9A-Z]{6,}(?:-[0-9A-Z]{1,4})?/(?:19|20)\d\d-\d{3,}$")
# a portal's article bar (【 字体: 】 【打印文章】, 字体大小:放大 正常 缩小, 字号:【大 中 小】)
_ARTICLE_BAR = re.compile(r"字体(?:大小)?\s*[:：]|字号\s*[:：]\s*[【\[]")

# a farm's or aggregator's own furniture: the tags it files a repost under, the address of the original it copied
# (a compilation's label, 某某工作总结(精选8篇), 篇1:…, is chrome_bundles.compilation_label's to tell)
# (or a posting line crediting an anonymous author, 作者:佚名: a copy whose writer the page does not know, 2176, 246,
# 1847; a publisher names its own office or editor; or a member's upload as the author, 作者:文/会员上传, 2267: a
# writing farm's or store's user copy, as the stores' 由会员分享 and 来源于网友上传 notes say of theirs, 1068, 1587)
_FARM_FURNITURE = re.compile(
    r"本文标签\s*[:：]|原文地址\s*[:：]\s*(?:https?://|www\.)|作者\s*[:：]\s*(?:佚名|(?:文\s*/\s*)?(?:会员|网友|用户)上传)"
)
# a news item's byline opening its text (中商情报网讯:, 今日房县网讯 通讯员, 人民网北京12月27日电)
# (or a paper's or agency's reporter credited before the lead, as 本报讯(记者…) does: 每日新报记者 季岩 昨日,…)
_NEWS_BYLINE = re.compile(
    r"^[\u4e00-\u9fff]{2,12}?(?:网讯|讯\s*[:：]|\d{1,2}月\d{1,2}日电)"
    r"|^[□■]?[\u4e00-\u9fff]{0,8}(?:报|社)(?:全媒体)?(?:首席|见习|特约)?记者"
    r"[ \u3000]*[\u4e00-\u9fff]{2,4}[ \u3000]+(?=\S)"
    # (or its 讯/消息 with the reporters in brackets: 本报讯(记者 某某), 四川在线遂宁频道消息(某某 见习记者 某某), 2034)
    r"|^[\u4e00-\u9fff]{1,16}?(?:讯|消息)\s*[(（][^()（）]{0,40}?(?:记者|通讯员|报道)"
)
# the page-date keys that only say when a page was last touched
_UPDATE_KEYS = ("更新时间", "更新日期")


def portal_furniture(chrome: tuple[str, ...], header: tuple[str, ...], lines: list[str]) -> bool:
    """True when the page's furniture is a government portal's: its 政务公开 breadcrumb, welcome banner or index
    table, an index number standing alone, or its article bar."""
    furniture = [*chrome[:30], *chrome[30:][-8:], *header, *lines[:12]]  # (the footer closes the chrome)
    # (an index table the page listed as bullets keeps its number behind the bullet: • 005271117/2025-00003, 1104)
    if any(_PORTAL_WORDS.search(line) or _INDEX_NUMBER.match(line.strip().lstrip("•·*- ")) for line in furniture):
        return True
    return any(_ARTICLE_BAR.search(line) for line in [*chrome[:30], *header])


def farm_signs(chrome: tuple[str, ...], header: tuple[str, ...]) -> bool:
    """True when the page's furniture speaks as a content farm, doc store or reposting aggregator."""
    return is_farm_page(chrome + header) or any(
        _FARM_FURNITURE.search(line) or compilation_label(line) for line in chrome + header
    )


# a news outlet named as the page's source (武进新闻, 某某新闻网, 某某日报, 某县融媒体中心, 某电视台)
_NEWS_OUTLET = re.compile(r"(?:新闻|新闻网|报|融媒体中心|融媒|电视台|广播电视台)$")


def news_item(source: str | None, lines: list[str]) -> bool:
    """True when the page is a news item: a news outlet as its 来源 (武进新闻, 齐鲁晚报) or a news byline opening the
    text. With no date of its own the item takes its page's day (rulings22, issue 12 §3)."""
    return bool(source and _NEWS_OUTLET.search(source.strip())) or news_byline(lines)


def news_byline(lines: list[str]) -> bool:
    """True when a news byline opens the text (``中商情报网讯:``, ``人民网北京12月27日电``): the page is a news item."""
    return any(_NEWS_BYLINE.match(line.strip()) for line in lines[:3])


_DATELINE_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日电")


def dateline_off_page_day(lines: list[str], posted: str | None) -> bool:
    """True when a news agency's dateline opens the text on a day other than the page's (``济南3月4日电`` under
    ``2019年03月05日``): the item dates itself, without a year, and the page's day is not its own (1177 ``济南2月9日电``
    under ``2007年02月09日 21:12`` confirms the page's day instead)."""
    for line in lines[:3]:
        if _NEWS_BYLINE.match(line.strip()) and (m := _DATELINE_DAY.search(line[:40])) is not None:
            return not posted or (int(m[1]), int(m[2])) != (int(posted[5:7]), int(posted[8:10]))
    return False


def forum_upload_date(chrome: tuple[str, ...]) -> str | None:
    """The day a forum post's attachment was uploaded, under its ``下载附件`` link (1690 ``2022-2-12 09:26 上传``): the
    post's own day, the page's date (the lead's ruling on 1690); a store's bare upload time is none."""
    for before, line in itertools.pairwise(chrome[:13]):
        if before.strip() == "下载附件" and (m := UPLOAD_STAMP.match(line.strip())) is not None:
            return parse_date(m[1])
    return None


# a news lead opening with the event's day and no year (5月10日上午,…), 1543
_LEAD_DAY = re.compile(r"^(\d{1,2})月(\d{1,2})日(?:[上下]午|晚上?|早上|凌晨)?\s*[,，]")


def posted_before_its_event(posted: str, lines: list[str]) -> bool:
    """True when the news lead's day falls after the page's date in the page's year and long before it (over three
    months) in the year before (a stamp of 2018-01-21 over ``5月10日上午,…``, 1543): a page is not posted before the
    event it reports, nor an item months after it, so the date is a mirror's stamp (a December event posted in
    January is the item's own day)."""
    for line in lines[:4]:
        if (m := _LEAD_DAY.match(line.strip())) is None:
            continue
        try:
            on = date.fromisoformat(posted)
            same_year, year_before = date(on.year, int(m[1]), int(m[2])), date(on.year - 1, int(m[1]), int(m[2]))
        except ValueError:
            return False
        return same_year > on and on - year_before > timedelta(days=92)
    return False


def update_time_only(header: tuple[str, ...]) -> bool:
    """True when the page's only posting date is an update time (``更新时间:2024-05-10``)."""
    written = [w for line in header for canon, w, _v in parse_fields(line) or [] if canon == "发布日期"]
    return bool(written) and all(w.replace(" ", "") in _UPDATE_KEYS for w in written)


# a company's or a trade body's name, never a central bank's branch (中国人民银行某分行 is a government body)
_COMPANY_NAME = re.compile(r"(?:(?<!人民)银行|有限公司|股份公司|集团|协会|商会|联合会|分会)$")


def company_site(chrome: tuple[str, ...], lines: list[str]) -> bool:
    """True when the site's name opening the page is a company's or a trade body's (临澧沪农商村镇银行 1862,
    中国商业联合会…分会 1885) and the text never names it: the site reposts another body's item, its posting
    time is the repost's, whatever portal-like bar it prints (浏览字体). A company's own report names itself."""
    name = re.sub(r"\s+", "", chrome[0]) if chrome else ""
    if not 4 <= len(name) <= 30 or not _COMPANY_NAME.search(name):
        return False
    return name not in re.sub(r"\s+", "", "".join(lines[:60]))


def kind_as_source(source: str | None) -> bool:
    """True when the page's 来源 names a kind of writing, not a body or a site (来源:半年工作总结, 来源:工作报告, 1833,
    1840): a farm's column the upload was filed under, whose posting time is the farm's."""
    text = re.sub(r"\s+", "", source or "")
    return 2 <= len(text) <= 12 and not ORG_LINE.match(text) and REPORT_END.search(text) is not None


# a posting time to the second alone on its line: no source, counter or font bar beside it
_LONE_STAMP = re.compile(rf"^(?:发布|更新|上传|发表)?(?:时间|日期)\s*[:：]\s*{TYPED_DAY}\s+{MINUTE}:\d\d$")


def stamp_between_title_copies(original: str) -> bool:
    """True when the page's head holds a lone posting time to the second between two copies of one title (955
    `2020年政府工作报告 ⏎ 发布时间:2020-11-24 11:02:03 ⏎ 2020年政府工作报告`): a store's file title, its upload stamp,
    then the document's own title, as farms set theirs (099, 459, 980 with `时间:`); a portal prints its stamp with
    its furniture (来源, a counter, 关闭本页: 959, 1594) and keeps its page day."""
    kept = [line.strip() for line in original.split("\n", 40)[:40] if line.strip()]
    return any(
        _LONE_STAMP.match(line) and re.sub(r"\s+", "", above) == re.sub(r"\s+", "", below) and len(above) >= 4
        for above, line, below in zip(kept, kept[1:], kept[2:], strict=False)
    )


def _not_the_publication(
    chrome: tuple[str, ...], header: tuple[str, ...], lines: list[str], source: str | None, posted: str | None = None
) -> bool:
    """The page's date is a farm's, store's or aggregator's, or not its item's: farm furniture or a company's site; a
    kind of writing as 来源, or a news agency's dateline naming another day, on a page without a portal's furniture; an
    update time alone on a page with no sign of a portal (neither its furniture nor a government office as 来源). A
    news item's page (a newspaper as 来源, a news byline) keeps its day: rulings22."""
    if farm_signs(chrome, header) or company_site(chrome, lines):
        return True
    if any(len(line) <= 60 and MASKED_YEAR.search(line) for line in lines[:3]):
        return True  # a template's own title (…20xx年工作总结): a farm's or store's product, its stamp the upload's
    furniture = portal_furniture(chrome, header, lines)
    if furniture:
        return False
    if kind_as_source(source) or _outsiders_listing(header):
        return True
    if dateline_off_page_day(lines, posted):
        return True
    return update_time_only(header) and not source_is_issuer(source)


# a listing's posting line: a bare day, no clock time, then the office named with its prefecture before its county
# (发布时间:2010-04-08来源:清远市佛冈县统计局 点击:, 234)
_LISTED = re.compile(
    r"^(?:发布时间|发布日期|时间|日期)\s*[:：]\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*来源\s*[:：]\s*"
    r"[\u4e00-\u9fff]{2,4}(?:市|州|地区|盟)[\u4e00-\u9fff]{2,6}?[县区旗市][\u4e00-\u9fff]{1,10}?(?:局|调查队)(?:\s|$)"
)


def _outsiders_listing(header: tuple[str, ...]) -> bool:
    """True when the page's posting line is an aggregator's listing of another place's bulletin: a bare day and the
    office named with its prefecture as an outsider lists it (234, as session 19's mirror stamps ``2012-05-08
    湖州市长兴县统计局``, 236, 866, 881); a portal names its office as its own or stamps its post to the minute."""
    return any(_LISTED.match(line.strip()) for line in header[:4])


_TWO_DIGIT_YEAR = re.compile(r"^\s*(\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def full_year(value: str) -> str:
    """A page date written with a two-digit year (``23年11月03日``, one reading) with its century put back."""
    m = _TWO_DIGIT_YEAR.match(value)
    return f"20{m.group(1)}年{m.group(2)}月{m.group(3)}日" if m else value


def bare_date_line(value: str, original: str) -> bool:
    """True when a page time the cleaner set aside stood alone on its line in the original, as a date without a time
    (a mirrored portal's page date under the title, ``2020-11-26``; a farm's stamp carries its time of day)."""
    v = value.strip()
    if not v or ":" in v or "：" in v:
        return False
    return re.search(rf"(?m)^[ \t\u3000\xa0]*(?:[-•·*]\s*)?{re.escape(v)}[ \t\u3000\xa0]*$", original) is not None


def settle_page_date(
    fields: dict[str, str],
    chrome: tuple[str, ...],
    header: tuple[str, ...],
    lines: list[str],
    original: str = "",
    renders_document: bool = False,
) -> dict[str, str]:
    """The page fields with ``发布日期`` as the report may be dated by: dropped when the page is a farm's, store's,
    aggregator's; taken from the page's ``时间:`` when the page is a government portal's or a news item's, or when it
    is a bare date line under the title on a page with no farm furniture."""
    out = dict(fields)
    if "发布日期" not in out and (upload := forum_upload_date(chrome)) is not None:
        out["发布日期"] = upload  # a forum post's attachment stamp (下载附件 ⏎ 2022-2-12 09:26 上传, 1690)
    source = out.get("来源")
    posted = parse_date(full_year(out.get("发布日期", "")))
    if posted and posted_before_its_event(posted, lines):
        out.pop("发布日期", None)  # a stamp over 5月10日上午,… on a January page (1543): the mirror's, no date
        return out
    news = news_item(source, lines) and not portal_furniture(chrome, header, lines)
    # (a news item's day dates the item, never the document its lead says was released: 1099's bulletin)
    stored = stamp_between_title_copies(original) and not portal_furniture(chrome, header, lines)
    if _not_the_publication(chrome, header, lines, source, posted) or (news and renders_document) or stored:
        out.pop("发布日期", None)
        out.pop("页面时间", None)
        return out
    if "发布日期" in out:
        out["发布日期"] = full_year(out["发布日期"])
        return out
    page_time = out.get("页面时间")
    portal = portal_furniture(chrome, header, lines) or source_is_issuer(source)
    # (a news item with no date of its own takes its page's day, rulings22)
    dated = news or portal or bare_date_line(page_time or "", original) or _article_time_line(page_time or "", original)
    if page_time and ((_written_as_time(header) and dated) or _posted_to_the_minute(header)):
        out["发布日期"] = page_time  # 时间:2023年10月19日 17:59 on a county portal; a bare 2020-11-26 under the title
    elif (row := page_date_row(chrome, header, lines, portal, original, source)) is not None:
        out["发布日期"] = row
    elif (day := site_stamp_day(chrome, header, lines)) is not None:
        out["发布日期"] = day  # a government domain's stamp, or the outlet's own item (www.scol.com.cn … 来源:四川在线)
    elif not renders_document and (day := own_outlet_day(chrome, header, lines, source)) is not None:
        out["发布日期"] = day  # the outlet's stamp on its own page (人民网 ⏎ … ⏎ 2022年01月20日18:53 | 来源:人民网)
    return out


# a portal's article line: its time to the minute (or its date alone), then its view counter (时间:2023-02-13 11:24
# 浏览量:, 1271; 时间:2023-03-27  浏览次数:, 1399); a farm stamps its uploads to the second (时间:… 17:40:02 浏览量:);
# or its date alone, no clock time, then its source (时间:2021-02-01 来源:中国甘肃网 作者:, 2008, as 1361, 1433, 599)
def _article_time_line(value: str, original: str) -> bool:
    """True when the page time stood on its line before the page's view counter, to the minute at most, or as a
    day alone before the page's source."""
    v = value.strip()
    if not v or re.search(rf"{MINUTE}:\d\d", v):
        return False
    after = VIEW_COUNTER if CLOCK_TIME.search(v) else rf"(?:{VIEW_COUNTER}|{SOURCE_LABEL})"
    line = rf"(?m)^[ \t\u3000\xa0]*时\s*间\s*[:：]\s*{re.escape(v)}[ \t\u3000\xa0]+{after}"
    return re.search(line, original) is not None


def page_date_row(
    chrome: tuple[str, ...],
    header: tuple[str, ...],
    lines: list[str],
    portal: bool,
    original: str = "",
    source: str | None = None,
) -> str | None:
    """The page's date read from a row that holds nothing else, the way a reader meets it under a title on a page
    with no farm's or news site's furniture (asked after those are ruled out): a row closed by the page's view
    counter or source (1514's bureau site); a row labelled only 时间/日期 among the page's first lines, a date with
    no time of day (with a clock time it is no evidence alone, 15c), under a title naming its body's place (416's
    county portal; a farm's template title names none, 037, 459); a bare date row on a government portal (1104's
    unlabelled index bullets)."""
    opening = [line.strip() for line in original.splitlines() if line.strip()][:5]
    named = bool(lines) and has_place(lines[0])
    for line in [*chrome[:12], *header]:
        m = PAGE_DATE_ROW.match(line.strip())
        if m is None:
            continue
        near = any(line.strip() in first for first in opening) and not CLOCK_TIME.search(line)
        # (a row closed by its 来源 counts when the source is a government office, never a site, 机关先锋网)
        closed = bool(m["tail"]) and (re.match(VIEW_COUNTER, m["tail"]) is not None or source_is_issuer(source))
        if closed or (m["label"] and near and named) or (portal and not m["label"]):
            return m["date"]
    return None


def _posted_to_the_minute(header: tuple[str, ...]) -> bool:
    """The page time was written ``发表时间`` to the minute (``发表时间:2024-12-30 15:59``, a county portal's article
    line, disc 1663): a farm stamps its uploads to the second (``发表时间:2023/12/21 18:29:50``, 057, 744)."""
    return any(
        w.replace(" ", "") in ("发表时间", "发表日期") and re.search(rf"(?<![:\d]){MINUTE}$", v.strip()) is not None
        for line in header
        for canon, w, v in parse_fields(line) or []
        if canon == "页面时间"
    )


def _written_as_time(header: tuple[str, ...]) -> bool:
    """The page time was written ``时间:`` (or set aside bare), never 归档时间/上传时间/发表时间 (never a date)."""
    written = [w for line in header for canon, w, _v in parse_fields(line) or [] if canon == "页面时间"]
    return any(w.replace(" ", "") == "时间" for w in written)


# the place opening a body's name, up to its last level (新疆维吾尔自治区 / 巴中市巴州区 + 市场监督管理局)
_NAME_PLACE = re.compile(r"^.*?(?:自治区|自治州|自治县|自治旗|省|市|区|县|州|旗|盟)(?=[\u4e00-\u9fff]{2,})")
_NAME_KIND = re.compile(r"(?:委员会|局|厅|委|办公室)$")


def site_owner_of_title(cleaned: CleanText, title: str | None) -> str | None:
    """The body a bureau's own portal is named after, heading the page (its first line, set aside as the site's
    name), when the report's title names that body's line of work at its own level (新疆维吾尔自治区市场监督管理局
    over 2025年自治区市场监督管理…工作要点): the portal's own document. Asked only when nothing else names an issuer;
    a site named after another body (a 发展和改革局 site posting a 财政局 report) is no evidence (815, 409)."""
    if not title or not cleaned.chrome_lines:
        return None
    name = cleaned.chrome_lines[0].strip()
    if not (ORG_LINE.match(name) and has_place(name)) or name.endswith("政府"):
        return None
    place = _NAME_PLACE.match(name)
    kind = _NAME_KIND.sub("", name[place.end() :] if place else "")
    return name if len(kind) >= 3 and kind in title else None
