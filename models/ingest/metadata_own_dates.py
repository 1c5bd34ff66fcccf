"""The document's own date: candidates from the delivery line, a date line under the title (also labelled in a
library's header, or broken one token a line by a PDF), the signature (also glued to its office, or its lost-marks
digits reading two ways), a compact date in the title, the document's own 公开 note, and a news lead stating the
delivery date, the day the congress heard the report or the day of the meeting or event a news item reports,
each scored."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from models.ingest.metadata_candidates import DELIVERY as _DELIVERY
from models.ingest.metadata_candidates import ORG_LINE, ORG_SUFFIX
from models.ingest.metadata_dates import (
    DATE_AND_SPEAKER,
    digit_date_readings,
    find_dates,
    is_date_line,
    lost_marks_date,
    repair_date_text,
    reviewed_years,
)
from models.ingest.title_edges import without_jammer_edges

if TYPE_CHECKING:
    from models.ingest.clean import CleanText

_COMPACT_DATE = re.compile(r"[(（]((?:19|20)\d\d)(\d\d)(\d\d)[)）]")
# a title line closing on its bracketed date, the speaker's name after it (…政府工作报告(2023年1月11日 赵龙))
_TITLE_AND_DATE = re.compile(
    r"^[^。，,；;：:!！？]{4,60}?[\u4e00-\u9fff）)]\s*[(（]\s*((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:\s+[\u4e00-\u9fff·]{2,5})?\s*[)）]$"
)
_INLINE_SIGNATURE = re.compile(
    rf"([\u4e00-\u9fff（）()]{{2,30}}(?:{ORG_SUFFIX}))\s+((?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日)(?=\s|$)"
)

_GLUED_SIGNATURE = re.compile(
    rf"([\u4e00-\u9fff（）()]{{2,30}}(?:{ORG_SUFFIX}))((?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日)"
)


# the 版记's closing line: the office that printed the document and the day (某市人民政府办公室  2020年8月10日印发)
_PRINTED_ON = re.compile(
    rf"^[\u4e00-\u9fff（）()]{{2,30}}(?:{ORG_SUFFIX}|秘书处|室)\s*((?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日)\s*印发$"
)
# a news item's byline under its headline (融媒体记者 高 原 刘振兴, 本报记者 张三 李四), never a photo credit (…摄)
_REPORTERS = re.compile(r"^(?:融媒体|全媒体|本报|本台|本网|新华社)?记者(?:\s*[\u4e00-\u9fff·]{1,4}){1,6}(?<!摄)$")
_ZAI_FIRST = re.compile(r"^[-—－–]{1,4}\s*在\s*(?:19|20)\d\d")
# the title a delivery line stands under ends in its kind (…的报告, …的讲话)
_TITLE_KIND_END = re.compile(r"(?:报告|讲话|说明|汇报)$")
# a header field's row the cleaner left in the text (发布时间：…, a repository's - **抓取时间**：…)
_FIELD_ROW = re.compile(r"^\s*(?:[-•·]\s*)?(?:\*\*)?[\u4e00-\u9fff]{2,6}(?:\*\*)?\s*[:：]")
# a flattened table's cell marks around a line (2021年2月9日 |): the page's layout, not the text
_CELL_MARKS = re.compile(r"^\s*[|｜]+\s*|\s*[|｜]+\s*$")


# (a signature date with its 年月日 lost that reads two ways and no portal date settles: the text dates itself, no day)
_READS_TWO_WAYS = "signature date that reads two ways"


def _clean_date_line(line: str) -> str:
    line = repair_date_text(without_jammer_edges(line))  # 5 D- L0 {! V6 x {(2016年9月2日) ! M8 |- M+ (a forum's jammer)
    return re.sub(r"(?<=[〇○零一二三四五六七八九十])\s+(?=[〇○零一二三四五六七八九十年月日])", "", line)


def _joint_signature(line: str) -> bool:
    """Two to four bodies signing side by side on one line (某省人力资源和社会保障厅    某省统计局)."""
    parts = line.split()
    return 2 <= len(parts) <= 4 and all(ORG_LINE.match(part) for part in parts)


def signature_orgs(lines: list[str]) -> list[str]:
    """Organisations that sign: an organisation line above a date line, or ``某某局 2021年1月25日`` in a line."""
    orgs: list[str] = []
    for idx, line in enumerate(lines):
        text = _clean_date_line(line)
        if idx and is_date_line(text.strip()) and ORG_LINE.match(lines[idx - 1].strip()):
            orgs.append(lines[idx - 1].strip())
        elif (m := _INLINE_SIGNATURE.search(text)) and re.search(r"(?:^|[。！？])\s*$", text[: m.start()]):
            orgs.append(m.group(1))
    return orgs


# a news lead stating when the report was delivered: 2021年1月30日在某省…人民代表大会…会议上(作的)《某政府工作报告》
_STATED_DELIVERY = re.compile(
    r"((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*在[^。；，,]{2,40}?(?:会议|大会)上(?:所?作的|的)?\s*(?:《[^》]{2,40}》|[^。；，,]{0,8}报告)"
    # a wiki's lead: 某市2014年政府工作报告在2014年1月6日…会议上由市长某某发布
    r"|报告在((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*[^。；，,]{2,40}?(?:会议|大会)上由[^。；，,]{2,12}?(?:发布|作|宣读)"
)


# a news or live-text lead opening with the day the congress session heard the report (2010年3月5日9时,
# 十一届全国人民代表大会第三次会议在人民大会堂举行开幕会,听取国务院总理温家宝作政府工作报告), or in the sentence
# after the opening's (…隆重召开。某某受自治区人民政府的委托,向大会作《政府工作报告》, 2334): the day alone, never a
# span (17日至19日)
_SESSION_DAY_LEAD = re.compile(
    r"^((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*(?:[上下]午)?(?:\d{1,2}时(?:\d{1,2}分)?)?\s*[,，]"
    r"[^。；]{2,50}?(?:人民代表大会|人大)(?!常务委员会|常委会)[^。；]{0,50}?(?:开幕|举行|召开)"
    r"[^。；]{0,50}?(?:。[^。；]{0,60}?)?作[^。；]{0,4}?政府工作报告"
)
# …or a standing committee's sitting that heard the government's own report (2014年7月29 日下午,区七届人大常委会…举行
# 第20次(扩大)会议,听取并评议了区政府上半年工作情况的报告, 1856): the day the government delivered it; a sitting
# hearing a court's or a bureau's report does not date the government's
_COMMITTEE_DAY_LEAD = re.compile(
    r"^((?:19|20)\d\d年\d{1,2}月\d{1,2}\s*日)\s*(?:[上下]午)?(?:\d{1,2}时(?:\d{1,2}分)?)?\s*[,，]"
    r"[^。；]{2,50}?(?:人民代表大会常务委员会|人大常委会)[^。；]{0,50}?(?:举行|召开)[^。；]{0,40}?"
    r"听取(?:并?(?:审议|评议)|了)*[^。；，,]{0,6}?[区县市州旗省]?(?:人民)?政府[^。；，,]{0,20}?报告"
)

# …or the meeting or event its news lead opens with the full day of, the item having no date of its own (the lead's
# session-23 ruling: 2021年1月14日下午,市发改委组织召开全市发展和改革工作会议, 1948; 2025年2月21日,全市工业和信息化
# 工作会议在石家庄召开, 1950; 2021年2月1日,由局长某某主持召开的某县水务局2020年度工作总结会在局会商室召开, 253;
# 2020年4月22日下午,南华县召开2020年全县统计工作会议, 2020): the day the item reports, as a congress session's day
# is; never a span (14日至15日), nor a meeting named only in a later sentence; a 委员会 or 社会 is no meeting; a
# congress's or its committee's sitting dates a report only as the leads above say it heard the government's
_CONFERENCE_DAY_LEAD = re.compile(
    r"^((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*(?:[上下]午)?(?:\d{1,2}时(?:\d{1,2}分)?)?\s*[,，]"
    r"(?![^。；！？]*?(?:人民代表大会|人大|政治协商会议|政协))"
    r"(?=[^。；！？]{0,80}?(?:召开|举行|开幕|开展|启动))"
    r"[^。；，,！？]{2,60}?(?:会议|大会|(?<![员社协学商工事都机体领])会|仪式|活动)(?!上)"
)

# a report's delivery line in brackets opening its line (the salutation may run on after it)
_BRACKETED_DELIVERY = re.compile(
    r"^\|?\s*[(（]\s*((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*在[^()（）]{2,40}?(?:会议|大会)上\s*[)）]"
)


# the speaker's line with the delivery date in brackets after the name (县长某某(2020年1月8日)), under the delivery line
_SPEAKER_AND_DATE = re.compile(
    r"^[\u4e00-\u9fff]{0,12}(?:总理|省长|市长|区长|县长|州长|旗长|镇长|乡长|主席|主任|书记)\s*[\u4e00-\u9fff·]{0,4}\s*"
    r"([(（]\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）])$"
)


# the issuer line and date under a title (one or more bodies, then the date), the text running on after a blank
_ISSUERS_AND_DATE = re.compile(
    # (in brackets, the bodies joined by 、: (某市统计局、国家统计局某市调查队 2009年3月18日), a law database's copy)
    rf"^(?:[\u4e00-\u9fff（）()]{{2,30}}(?:{ORG_SUFFIX})(?:\s+|、)){{1,3}}((?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日)[)）]?(?:\s|$)"
)
# the same line a re-join glued together with the text's opening (重庆市统计局国家统计局重庆调查总队2013年3月18日2012年,
# 全市…, 2361): the bodies and the date with no blank, taken only before the opening's reviewed year and its comma
_GLUED_ISSUERS_AND_DATE = re.compile(
    rf"^(?:[\u4e00-\u9fff（）()]{{2,30}}?(?:{ORG_SUFFIX})){{1,3}}((?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日)"
    r"(?=(?:19|20)\d\d年(?:[一二三四]季度|上半年|前三季度)?[,，])"
)
# a library's header under the title: the issuing body labelled, then the date (a Wikisource header, 1678:
# 某县人民政府工作报告 制定机关:某县人民政府(主讲人为时某县县长某某) 2022年2月16日 |)
_LABELLED_ISSUER_AND_DATE = re.compile(
    r"(?:^|\s)(?:制定机关|发布机关|发文机关)\s*[:：]\s*[^:：|｜\s]{2,60}\s+((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*[|｜]?$"
)
# a law site's line under the title: (文号 date) or (date 文号), the 文号 dropped to read the date
_NUMBER_THEN_DATE = re.compile(
    r"^[(（]\s*(?:[\u4e00-\u9fff]{1,14}\s*[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d{1,5}\s*号\s*[，,]?\s*)?"
    r"((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:\s*[，,]?\s*[\u4e00-\u9fff]{1,14}\s*[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d{1,5}\s*号)?\s*[)）]$"
)
# the document's own 公开 note, one field alone on its line in the text (公开时间:2024年10月25日 under a 决算's 目录,
# 296; 公开日期:2024926, its 年月日 lost, 1739): the day the document itself says it was made public
_OWN_NOTE = re.compile(r"^公开(?:时间|日期)\s*[:：]\s*(\S+)$")
# the salutation a one-line copy runs on after the delivery and speaker lines
_RUN_IN_SALUTATION = re.compile(r"(?:各位代表|各位委员|同志们)\s*[:：]")
# a title with its delivery line run on, on one head line with what a page sets after it (政府工作报告 ——二○二二年一月
# 二十一日在某省…会议上 某省省长 某某 作者: 发布时间:…, 2400; 某市政府工作报告——2019年1月12日在…会议上, 1011, 242)
_TITLE_THEN_DELIVERY = re.compile(
    r"^[^。；;！？]{2,60}?(?:报告|讲话)\s*[-—－–]{1,4}\s*((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[二〇○][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    r"\s*在[^。；;]{2,50}?(?:会议|大会)上"
)
# a speech's date line with no line break before its salutation: the date, then 各位代表: (a speaker's date line)
_DATE_BEFORE_SALUTATION = re.compile(
    r"((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*[)）]?\s*(?:各位代表|各位委员|同志们)\s*[:：]"
)


def own_dates(
    lines: list[str], head: list[str], page_date: str | None = None, page_settles: bool = True
) -> list[tuple[float, str, str]]:
    """Candidates for the document's own date as ``(score, iso, reason)`` (``page_date``: the page's 发布日期,
    which bounds a delivery date whose digits read two ways, and settles a signature date that does when
    ``page_settles``, a government portal's date; else that signature gives the text a date not in one reading)."""
    found: list[tuple[float, str, str]] = masthead_dates(lines)
    reported = any(_REPORTERS.match(line.strip()) for line in lines[:8])
    for idx, line in enumerate(lines):
        text = _clean_date_line(line)
        dates = find_dates(text)
        # a delivery line (——2011年1月13日在…会议上) under a title the page's notices pushed down
        # (not under a 印发 notice's own signature date: the notice is dated by its signature)
        near_head = idx < len(head) + 3 or (
            (idx < 15 or (idx < 80 and _TITLE_KIND_END.search(lines[idx - 1].strip())))
            and bool(re.match(r"[-—－–]{1,4}\s*(?:19|20)\d\d", text))
            and not any(
                d[2] != (dates[0][2] if dates else None)
                for before in lines[:idx]
                if not _FIELD_ROW.match(before)
                for d in find_dates(_clean_date_line(before))
            )
        )  # (further down only right under its report's title: a package's 目录 stands before it; a header field's
        # row left in the text, - **抓取时间**：2026-09-11, is no contents line; a photo caption over the title
        # dating the session the same day, 2014年3月9日,…举行第二次全体会议 (1982), does not contradict it)
        if idx < 3 and len(text) > 90 and (glued := _DATE_BEFORE_SALUTATION.search(text[:120])) is not None:
            # 某市政府工作报告张某2023年1月6日各位代表:…: a one-line copy's date line run into the salutation (2224)
            found.append((7.5, find_dates(glued[1])[0][2], "date line under the title"))
        if (
            near_head
            and (salute := _RUN_IN_SALUTATION.search(text[:100])) is not None
            and (len(text) > 90 or (salute.end() < len(text) and _DELIVERY.search(text[: salute.start()])))
        ):
            text = text[: salute.start()]  # ——2003年1月11日在…会议上 某某 各位代表:本届政府…: the delivery line run on
            dates = find_dates(text)
        if idx < 3 and (run_on := _TITLE_THEN_DELIVERY.match(text.strip())) and (on := find_dates(run_on[1])):
            found.append((10, on[0][2], "delivery line"))  # the title's delivery line run on after it
            continue
        delivered = _DELIVERY.search(text) or _ZAI_FIRST.match(text)  # (——在20201223日…: 在 before the date)
        if near_head and len(text) <= 90 and delivered and not text.endswith("。"):
            if dates:
                found.append((10, dates[0][2], "delivery line"))
            elif (lost := lost_marks_date(text, page_date, reviewed_years(lines))) is not None:
                found.append((10, lost, "delivery line whose 年 and 月 were lost"))
            elif re.search(r"(?:19|20)\d\d\s*年.{0,12}在.{2,40}会议", text):
                found.append((10, "", "delivery line without a full date"))
        bracketed = _BRACKETED_DELIVERY.match(text) if idx < 40 and not (near_head and len(text) <= 90) else None
        if bracketed is not None and (on := find_dates(bracketed.group(1))):
            # (2020年9月28日在县…常委会…会议上) under a title a contents list pushed down, the salutation run on
            found.append((9, on[0][2], "delivery line in brackets"))
        stated = _STATED_DELIVERY.search(text) if idx < 3 else None
        if stated is None and idx < 3:
            stated = (
                _SESSION_DAY_LEAD.match(text.strip())
                or _COMMITTEE_DAY_LEAD.match(text.strip())
                or _CONFERENCE_DAY_LEAD.match(text.strip())
            )  # (the day the session or the work conference heard the report)
        if stated is not None and (lead := find_dates(stated.group(1) or stated.group(2))):
            found.append((6, lead[0][2], "delivery date the lead states"))  # 2021年1月30日在…会议上《…报告》
        if (note := _OWN_NOTE.match(text.strip())) is not None and (on := find_dates(repair_date_text(note[1]))):
            found.append((5.5, on[0][2], "the document's own 公开 note"))  # below its signature's date, over the page's
            continue
        if idx and len(readings := digit_date_readings(text)) > 1 and ORG_LINE.match(lines[idx - 1].strip()):
            # 某区人民政府办公室 ⏎ 2019114 (01-14 or 11-04): a portal's date among the readings settles it (1086)
            settled = page_date if page_settles and page_date in readings else None
            found.append(
                (7, settled, "signature date settled by the portal's date") if settled else (0.5, "", _READS_TWO_WAYS)
            )
            continue
        if not dates:
            if near_head and (m := _COMPACT_DATE.search(text)):
                iso = find_dates(f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日")
                if iso:
                    found.append((5, iso[0][2], "date in the title"))
            continue
        if (
            (idx <= 2 or near_head)
            and (issued := _ISSUERS_AND_DATE.match(text.strip()) or _GLUED_ISSUERS_AND_DATE.match(text.strip()))
            and (on := find_dates(issued[1]))
        ):
            # 某市统计局 国家统计局某市调查队 2010年3月31日 2009年,…: the issuer and date line, the text run on
            found.append((7.5, on[0][2], "date line under the title"))
            continue
        labelled = _LABELLED_ISSUER_AND_DATE.search(text.strip()) if near_head else None
        if labelled is not None and (on := find_dates(labelled[1])):
            found.append((7.5, on[0][2], "date line under the title"))  # (the header's issuing body, then its date)
            continue
        if near_head and "号" in text and (numbered := _NUMBER_THEN_DATE.match(text.strip())) is not None:
            text = f"({numbered.group(1)})"  # (武政[2007]41号 2007年5月30日): the 文号 and date line under the title
        if idx < 3 and (titled := _TITLE_AND_DATE.match(text.strip())) is not None and (on := find_dates(titled[1])):
            # 福建省政府工作报告(2023年1月11日 赵龙): the title line's bracketed date (gold-b's title-bracket rule),
            # below a delivery line or signature of its own (1922, 1845, 605 have one on the same day)
            found.append((5, on[0][2], "date in the title"))
            continue
        if (named := DATE_AND_SPEAKER.match(text.strip())) is not None:
            text = named.group(1)  # (2007年2月1日 张三): the date line under the title, with the speaker's name
        elif near_head and (spoken := _SPEAKER_AND_DATE.match(text.strip())) is not None:
            text = spoken.group(1)  # 县长某某(2020年1月8日): the speaker's line carrying the date
        if is_date_line(_CELL_MARKS.sub("", text).strip("()（） ")):
            prev = lines[idx - 1] if idx else ""
            if ORG_LINE.match(prev.strip()) or _joint_signature(prev):
                found.append((8, dates[0][2], "signature date"))
            elif near_head and (text.strip()[0] in "(（" or not reported):
                # (a bare dateline over the reporters' byline dates the news item; a bracketed one stays the report's)
                found.append((8.5 if text.strip()[0] in "(（" else 7.5, dates[0][2], "date line under the title"))
            elif idx >= len(lines) - 6:
                found.append((7, dates[0][2], "date line at the end"))
            elif _dates_a_notice(lines, idx):
                found.append((7, dates[0][2], "date line closing a notice over the document it sends"))
        elif (m := _INLINE_SIGNATURE.search(text)) and re.search(r"(?:^|[。！？])\s*$", text[: m.start()]):
            found.append((6.5, find_dates(m.group(2))[0][2], "signature date in a line"))
        elif idx >= len(lines) - 6 and (printed := _PRINTED_ON.match(text.strip())) and (on := find_dates(printed[1])):
            found.append((6, on[0][2], "the 印发 date closing the document"))  # below a signature's date (025)
        elif (g := _GLUED_SIGNATURE.fullmatch(text.strip())) and ORG_LINE.match(g.group(1)) and idx >= len(head):
            found.append((6.5, dates[-1][2], "signature date glued to its office"))  # 某市物价局2017年11月16日
    return found


# a bulletin's masthead: its issue line (20期, 第5期, 总第128期), then the issuing office and the issue's date
_MASTHEAD_OFFICE = re.compile(
    rf"([\u4e00-\u9fff（）()]{{2,30}}(?:{ORG_SUFFIX}|室))\s+((?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日)"
)
_ISSUE_LINE = re.compile(r"^(?:总?第\s*)?[\d一二三四五六七八九十〇]{1,4}\s*期(?:\s*[(（]总第\s*\d{1,5}\s*期[)）])?$")


def masthead_dates(set_aside: tuple[str, ...] | list[str]) -> list[tuple[float, str, str]]:
    """A bulletin issue's own date from its masthead (``20期`` ⏎ ``某县人民政府督查室  2022年8月19``) among the head's
    lines or those the cleaner set aside above the text: the document dates itself there, over the page's date."""
    lines = [line.strip() for line in set_aside[:12]]
    for idx, line in enumerate(lines):
        if not _ISSUE_LINE.match(line):
            continue
        for after in lines[idx + 1 : idx + 3]:
            text = _clean_date_line(after)
            if (m := _MASTHEAD_OFFICE.fullmatch(text.strip())) is not None and (on := find_dates(m.group(2))):
                return [(8, on[0][2], "the masthead's date line")]
    return []


_TITLE_LIKE = re.compile(r"^[^。，,；;：:！？]{4,40}$")


def _dates_a_notice(lines: list[str], idx: int) -> bool:
    """A bare date line between a notice's closing sentence and the title of the document it sends (印发/转发
    notices whose signer line was lost: 现将…转发给你们…。 | 二〇〇〇年七月六日 | 国务院关于印发…; 1250, 227, 643,
    1085 and 932 sign it too)."""
    before = next((line.strip() for line in reversed(lines[:idx]) if line.strip()), "")
    after = next((line.strip() for line in lines[idx + 1 :] if line.strip()), "")
    return (
        before.endswith("。")
        and bool(_TITLE_LIKE.match(after))
        and not is_date_line(after)
        and bool(re.search(r"印发|转发|批转", "\n".join(lines[:idx])))
    )


# a date written in words or with its marks lost, never a page's stamp (2022-10-31 10:21): 2022年7月1日, 202271日)
_WORDED_DATE = re.compile(r"^[(（]?\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?$")


def date_set_aside_under_title(
    original: str, cleaned: CleanText, numbered: list[tuple[int, str]], title: str | None
) -> list[tuple[float, str, str]]:
    """The report's own date line right under its title that the cleaner set aside with the page's lines between the
    title and the text (``县农业农村局2022年上半年工作`` / ``202271日)`` under a portal's heading, 1508): the
    document dates itself there, as a date line under the title does; a page's stamp with its time never does.
    Only when the title is the first display line (``numbered``: the display lines and where they start)."""
    if not original or not title or len(numbered) < 2 or numbered[0][1].strip() != title:
        return []
    end = cleaned.display_text.find("\n", numbered[0][0])
    if end <= 0 or end > numbered[1][0]:
        return []
    title_end, text_start = cleaned.offset_map.to_original(end - 1) + 1, cleaned.offset_map.to_original(numbered[1][0])
    between = [line for line in original[title_end:text_start].split("\n") if line.strip()]
    for line in reversed(between[-3:]):
        text = repair_date_text(line.strip())
        if _WORDED_DATE.match(text) and (on := find_dates(text)):
            return [(7.5, on[0][2], "date line under the title (set aside with the page's lines)")]
    return []


# a delivery line's dash alone on its line, its date's tokens under it (—— ⏎ 2020 ⏎ 年 ⏎ 1 ⏎ 月 ⏎ 12 ⏎ 日在…会议上)
_DASH_ONLY = re.compile(r"^[-—－–]{1,4}$")
_DELIVERED_ON = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?=在.{2,40}?会议上)")


def _broken_delivery(lines: list[str]) -> str | None:
    """The date of a delivery line a PDF copy broke one token a line under its dash (1839), read only when the
    tokens end at the session's line (``日在…会议上``, or ``日`` then ``在…会议上``) and make one whole date."""
    run = list(itertools.takewhile(_DATE_TOKEN.match, lines))
    if len(run) >= 3 and len(run) < len(lines):
        rest = lines[len(run)]
        joined = "".join(run).replace(" ", "") + rest.replace(" ", "")
        m = _DELIVERED_ON.match(joined)
        if m and (on := find_dates(m[0])):
            return on[0][2]
    return None


# one token of a date a PDF copy broke over lines (2010 ⏎ 年 ⏎ 3 ⏎ 月 ⏎ 23 ⏎ 日, or 2021 年 ⏎ 4 月 ⏎ 2 日)
_DATE_TOKEN = re.compile(r"^(?:\d{1,4}\s*[年月日]?|[年月日])$")


def date_broken_under_offices(original: str) -> list[tuple[float, str, str]]:
    """The issuing bodies' date under them that a PDF copy broke one token a line (``云 南 省 统 计 局`` ⏎
    ``国家统计局云南调查总队`` ⏎ ``2010`` ⏎ ``年`` ⏎ ``3`` ⏎ ``月`` ⏎ ``23`` ⏎ ``日``, 1332): read whole, it is the date
    line under the title; a column of bare figures with no 年/月/日 is none."""
    lines = [line.strip() for line in original[:3000].splitlines() if line.strip()][:16]
    for idx in range(1, len(lines)):
        if _DASH_ONLY.match(lines[idx - 1]) and (delivered := _broken_delivery(lines[idx : idx + 8])):
            return [(10, delivered, "delivery line broken one token a line")]
        if not ORG_LINE.match(re.sub(r"\s+", "", lines[idx - 1])):
            continue
        run = list(itertools.takewhile(_DATE_TOKEN.match, lines[idx : idx + 6]))
        joined = "".join(run).replace(" ", "")
        if len(run) >= 3 and _WORDED_DATE.fullmatch(joined) and (on := find_dates(joined)):
            return [(7.5, on[0][2], "date line under the title, broken one token a line")]
    return []
