"""Page layouts that hide a report's head from the line-based reading: one-line copies and store chunks,
run-in titles, farm posting times, a portal's posting line, the body keeping a 部门决算."""

from __future__ import annotations

import itertools
import re

from models.ingest.metadata_candidates import REPORT_END, Choice, title_score, title_text
from models.ingest.page_fields import BULLET_STAMP, OFFICE_POSTING, POSTED_BY, POSTED_ON
from models.ingest.page_ticker import is_ticker
from models.ingest.title_edges import FARM_WORD_INSIDE
from models.ingest.title_run_in import SELF_NAMED, title_before_clause

_CHUNK = re.compile(r"^(\d{1,2})、")


# a budget or final-accounts disclosure's own name (某局2020年度决算公开文本): the title of a PDF's cover
# (a resolution names its kind last, 关于政府工作报告的决议: a one-line copy opening with its title as a report's does)
_DISCLOSURE = re.compile(r"(?:预算|决算)公开(?:说明|文本)?$|^关于.{2,40}的决议$")


def unchunk_head(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A one-line copy's first line opened up into the lines its blanks stand for.

    A doc store numbers its preview chunks (``1、…`` ``2、…``) and writes each page as one line whose
    runs of blanks stand for the page's line breaks; a one-line copy whose numbers the cleaner already
    cut opens the same way with the report's title. The first line's number is dropped and its
    blank-separated pieces become the lines of the head, so the report's own title and date line are
    read as lines again (a blank inside a word, ``xx 年…``, joins its pieces).
    """
    if not numbered:
        return numbered
    if is_ticker(numbered[0][1]):
        return numbered[1:]  # a news site's ticker, not the page's first line of text
    firsts = [m.group(1) for _pos, line in numbered[:4] if (m := _CHUNK.match(line))]
    opening = _CHUNK.match(numbered[0][1])
    pos, first = numbered[0]
    chunked = opening is not None and firsts[:2] == ["1", "2"]
    if chunked and any(len(line) < 80 for _pos, line in numbered[:2]):
        return numbered
    if not chunked and len(first) < 100:
        return numbered
    offset = opening.end() if chunked and opening is not None else 0
    out: list[tuple[int, str]] = []
    found = list(re.finditer(r"\S+", first[offset:]))
    for k, m in enumerate(found):
        piece = m.group(0)
        after = found[k + 1].group(0) if k + 1 < len(found) else ""
        if (
            out
            and (
                (
                    piece[0] in "年月日号"
                    and not re.match(r"[\u4e00-\u9fff]{1,4}[:：]", piece)  # not 日期:…
                    # (…工作总结及方案 年区科技局在…,: the text's first sentence, its year blanked by a store, 1815)
                    and not (REPORT_END.search(out[-1][1]) and re.search(r"[，,。]", piece))
                )
                or re.fullmatch(r"(?:20)?[Xx×＊*]+", out[-1][1])
                # a sentence goes on after a word set off by blanks (所作的 政府工作报告 。会议…): no line opens at 。
                or piece[0] in "。，、；"
                # a placeholder spaced inside its sentence as a PDF spaces a number (关于 XX 年上半年…): no line's end
                or (
                    re.fullmatch(r"[Xx×＊*]{2,4}", piece)
                    and after[:1] in ("年", "月", "日")
                    and re.search(r"[\u4e00-\u9fff]$", out[-1][1])
                    and not REPORT_END.search(out[-1][1])  # (…工作总结 xx 年…: a title ended, the next starts)
                )
            )
        ):
            out[-1] = (out[-1][0], out[-1][1] + piece)
            continue
        out.append((pos + offset + m.start(), piece))
    if not chunked and (
        len(out) < 3 or not any(REPORT_END.search(piece) or _DISCLOSURE.search(piece) for _p, piece in out[:6])
    ):
        return numbered  # a long first paragraph, not a one-line copy opening with its title (a crumb may lead)
    return out + numbered[1:]


# a delivery line glued after the title (政府工作报告——2012年1月3日在…会议上, …——某区第十七届人民代表大会…上)
_GLUED_DELIVERY = re.compile(
    r"(?:——|--|──|—|－－)\s*(?=(?:(?:19|20)\d\d|[二〇○]{2})\s*年|在|[\u4e00-\u9fff]{2,30}?第[一二三四五六七八九十]+届)"
)
# a PDF copy's page mark before the title on its one line (— 1 —政府工作报告—2024年…, 1680; — 1 —关于…, 1593)
_PAGE_MARK = re.compile(r"^[-—－–]\s*\d{1,3}\s*[-—－–]\s*")
_SESSION_END = re.compile(r"(?:会议|大会)上(?=\S)")
_SALUTE = re.compile(r"(?=(?:各位代表|各位委员|同志们)\s*[:：])")


# a notice's title, then its addressees on the same line (…的通知 各村民委员会、镇属有关部门:)
_ADDRESSEES_AFTER = re.compile(
    r"(?<=的通知|的意见|的决定|的批复|的通报|的报告|[^\s]的函)\s+(?=各[\u4e00-\u9fff、，,（）()]{1,60}[:：]\s*$)"
)


def split_addressees(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A notice's title line that runs on into the addressee line, opened into the two lines it stands for."""
    for k, (pos, line) in enumerate(numbered[:4]):
        if (m := _ADDRESSEES_AFTER.search(line)) is not None:
            return [*numbered[:k], (pos, line[: m.start()]), (pos + m.end(), line[m.end() :]), *numbered[k + 1 :]]
    return numbered


# a page's header fields run onto its title line after a blank (…工作总结 更新时间:2021-02-10 16:20:47 来源:…)
_GLUED_HEADER = re.compile(r"\s+(?=(?:更新时间|发布时间|发布日期|信息来源|来源|时间|日期)\s*[:：])")


def split_glued_header(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A title line with the page's header fields run onto it after a blank, opened into the title and the
    header row (a one-line copy keeps what a page set on two lines on one)."""
    for k, (pos, line) in enumerate(numbered[:3]):
        m = _GLUED_HEADER.search(line)
        if m is None or m.start() > 80 or (title_score(line[: m.start()].strip()) or 0) < 4:
            continue
        rest = line[m.end() :]
        return [*numbered[:k], (pos, line[: m.start()].strip()), (pos + m.end(), rest), *numbered[k + 1 :]]
    return numbered


def split_glued_head(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A head whose line breaks a copy lost, opened at the breaks every speech report has: the title, its
    ``——…在…会议上`` delivery line, the speaker and the salutation ``各位代表:`` run together on one line."""
    for k, (pos, line) in enumerate(numbered[:3]):
        m = _GLUED_DELIVERY.search(line)
        if m is None:
            continue
        mark = _PAGE_MARK.match(line)
        skip = mark.end() if mark is not None and mark.end() < m.start() else 0
        title = line[skip : m.start()]
        if not 2 <= len(title) <= 60 or title[-1].isdigit() or title_score(title.strip()) is None:
            continue  # (2023—2025年): a span of years inside a title; 文档介绍:——…: a store's label
        cuts = [m.start()]
        if (end := _SESSION_END.search(line, m.end(), m.end() + 90)) is not None:
            cuts.append(end.end())
            if (salute := _SALUTE.search(line, end.end(), end.end() + 40)) is not None and salute.start() > end.end():
                cuts.append(salute.start())
        bounds = [skip, *cuts, len(line)]
        pieces = [(pos + a, line[a:b].strip()) for a, b in itertools.pairwise(bounds) if line[a:b].strip()]
        return [*numbered[:k], *pieces, *numbered[k + 1 :]]
    return numbered


# (the kind after 的 and up to six letters of its matter, as a 公文 title names it: …的报告, …的工作汇报材料,
# …的自查报告; a PDF copy's page marker before it, — 1 —, and the body's year after it, …汇报材料2023年上半年,: 1593)
_RUN_IN_NOTICE = re.compile(
    r"^(?:[-—－–]\s*\d{0,3}\s*[-—－–]?\s*)?"
    r"(关于[^。；！？:：，,]{4,100}?的[\u4e00-\u9fff]{0,6}?(?:报告|通知|意见|决定|批复|请示|通报|函|说明|汇报材料|汇报|[总小]结))"
    r"(?=\s*[\u4e00-\u9fff]|\s*(?:19|20)\d\d\s*年)"
)
_ENTRUSTED = re.compile(r"受(国务院|[\u4e00-\u9fff]{2,20}?人民政府)(?:的)?委托")


def run_in_notice_title(lines: list[str]) -> str | None:
    """A ``关于…的报告`` title whose line break was lost, running into the first sentence (``…的报告受…委托，``)."""
    for line in lines[:3]:
        m = _RUN_IN_NOTICE.match(line)
        if m and re.search(r"[。，,；]", line[m.end() : m.end() + 80]):
            return m.group(1)
    return None


def entrusting_government(lines: list[str]) -> str | None:
    """The government on whose behalf a bureau reports (``受某某省人民政府委托，现将…报告``), from the opening."""
    for line in lines[:6]:
        m = _ENTRUSTED.search(line[:200])
        if m and not m.group(1).startswith(("市", "县", "区", "州", "省", "镇", "乡")):
            return m.group(1)
    return None


# 现在，我代表国务院，向大会报告工作 / 我代表中央人民政府作工作报告: the body the speaker reports for
# (我代表中华人民共和国国务院向…会议提出关于…决算和…预算的报告: the State Council's own report, 874)
_REPORTS_FOR = re.compile(
    r"我代表(?:中华人民共和国)?(国务院|中央人民政府|[\u4e00-\u9fff]{2,16}?人民政府)[,，、]?"
    r"(?:向[\u4e00-\u9fff]{0,30}?)?(?:作[\u4e00-\u9fff]{0,4}?工作报告|报告(?:[\u4e00-\u9fff]{0,8}的|政府)?工作"
    r"|提出关于[^。]{2,60}?的报告)"
)


def speaker_government(lines: list[str]) -> str | None:
    """The government the opening says it reports for, when it names it in full (never 市人民政府 alone)."""
    for line in lines[:8]:
        m = _REPORTS_FOR.search(line[:300])
        if m is None:
            continue
        body = m.group(1)
        if body in ("国务院", "中央人民政府"):
            return body
        placed = re.match(r"^[\u4e00-\u9fff]{2,}?[省市区县州旗]", body.removesuffix("人民政府"))
        if placed and not body.startswith(("市", "县", "区", "州", "省", "镇", "乡", "本")):
            return body
    return None


# a content farm's or doc store's own words: its posting time is the upload's, never the document's date
_FARM_WORDS = re.compile(
    r"小编|范文|范本|为您推荐|為您推薦|文档下载|下载文档|文库|网友上传|不代表本站|上传人|会员分享|珍藏版|免费下载|原创文章|VIP|文档编号"
)


def is_farm_page(page_lines: tuple[str, ...]) -> bool:
    """True when the page's chrome or header speaks as a content farm or doc store."""
    return any(_FARM_WORDS.search(line) for line in page_lines)


_PAGE_NUMBER = re.compile(r"[^\d\s][(（][2-9][)）]$")


def paged_copy(lines: list[str]) -> bool:
    """A heading carrying the page number of a paginated copy (``…统计公报(2)``, ``…年终总结(9)``): a mirror's or
    farm's page, whose posting date is the copy's, never the document's."""
    return any(_PAGE_NUMBER.search(line.strip()) for line in lines[:2])


def reposted_long_after(page_date: str, title: str | None, text: str = "") -> bool:
    """A page dated three or more years after the year its report's title names is a later re-post; with no year
    in the title, after the latest year its text names (a 2015 post of an item on a sitting that heard the
    2012年前三季度 report, 2100: the lead's session-24 ruling, a repost's stamp is not the report's date)."""
    years = re.findall(r"(?:19|20)\d\d", title or "")
    if not years and not _SINCE.search(text):  # (2022年以来: the text runs to its own day, whenever that is)
        years = re.findall(r"((?:19|20)\d\d)\s*年", text)
    return bool(years) and int(page_date[:4]) - max(int(y) for y in years) >= 3


_SINCE = re.compile(r"(?:19|20)\d\d\s*年\s*(?:以来|至今)")


_ACCOUNTS_PART = re.compile(
    # (a school's or hospital's own accounts follow the same template: 第一部分 某镇某某中学概况)
    r"^第[一1]部分\s*[:：]?\s*([\u4e00-\u9fff（）()]{2,30}?(?:人民政府办公室|办公室|委员会|人民政府|局|委|办|中心|院|站|所|馆|队"
    r"|街道办事处|中学|小学|学校|幼儿园|卫生院))"
    r"(?:部门)?(?:基本)?概况$"
)


def accounts_body(lines: list[str]) -> str | None:
    """The body whose 部门决算/预算 this is, from its first part's heading (``第一部分 某县财政局概况``).

    Budget and final-accounts disclosures follow one template whose first part describes the body that
    keeps the accounts; the page that carries them (often the finance bureau's) is only the publisher.
    """
    for line in lines[:40]:
        m = _ACCOUNTS_PART.match(line.strip())
        if m:
            return m.group(1)
    return None


def posting_line(lines: list[str]) -> tuple[str, str] | None:
    """A portal's posting line without keys (``2021-09-27 15:52  市民政局 [字号: ] 打印``): its date and office."""
    for line in lines[:4]:
        m = OFFICE_POSTING.match(line.strip())
        if m:
            return m.group(1), m.group(2)
    return None


def page_stamp(lines: list[str], office_source: bool) -> str | None:
    """The page's posting date from a line under the title: a platform's ``… 发布 浏览N次 2022-12-08发布``, or a
    bare ``• 2025-02-28 14:50`` when the page's 来源 is a government office (a portal's own post)."""
    for line in lines[:4]:
        text = line.strip()
        if (m := POSTED_BY.match(text) or POSTED_ON.match(text)) is not None:
            return m.group(1)
        if office_source and (m := BULLET_STAMP.match(text)) is not None:
            return m.group(1)
    return None


# as metadata_candidates reads a sentence
_SENTENCE_MARK = re.compile(r"[。；;！!？?]|，.*，|,(?![^(（]*[)）]).*,(?![^(（]*[)）])")
_RUN_IN_TITLE = re.compile(
    # (a farm's 汇编 after the kind, …工作重点汇编, 1630: SITE_SUFFIX cuts it as it cuts 986's; a site's 全文 before the
    # delivery date, …政府工作报告全文2015年2月3日在…, 2219, as 1917 without it)
    r"^(.{4,40}?(?:报告|总结|计划|要点|思路|谋划|材料|方案|汇报|说明|公报|通报|规划|工作重点)(?:汇编)?)(?:全文)?(?=\s|范文|[(（]\d{1,2}[)）]\s|(?:19|20)\d\d年[^度]|(?:19|20)[\dXx]{2}/[\dXx]{1,2}/|\d{1,2}[.、．]|[一二三四五六七八九十]、|今年|$)"
)


# a doc store's page caption (第1页/共5页), or its page mark glued before the preview (1/5区林业局…: 1853)
_PAGE_COUNT = re.compile(r"^(?:第\s*\d+\s*页\s*/?\s*共\s*\d+\s*页|\d{1,3}\s*/\s*\d{1,3}(?=\D))\s*")


_STORE_SUFFIXES = ("工作总结", "总结", "范文", "报告", "工作报告", "工作计划", "计划")


def run_in_title(lines: list[str]) -> Choice:
    """A title that runs into the text of a one-line copy (``某局2022年工作总结范文1.加快…``)."""
    if not lines:
        return Choice(None, "")
    if len(lines[0]) < 100:
        # a PDF's cover lines over it (the bodies, 2013/3/1): the first long line, below short lines only (2136)
        long = next((k for k, line in enumerate(lines[:3]) if len(line) >= 100), None)
        if long is None or long == 0 or any(_SENTENCE_MARK.search(line) or len(line) > 40 for line in lines[:long]):
            return Choice(None, "")
        found = run_in_title(lines[long:])
        return found if found.value and SELF_NAMED.match(lines[long][len(found.value) :]) else Choice(None, "")
    line = FARM_WORD_INSIDE.sub("", lines[0])  # …工作总结范文和2020年工作思路: the farm's word inside the title
    # 某县人民政府政府工作报告工作总结各位代表: … : the title, a store's category, then the salutation
    saluted = re.match(
        r"^(.{4,60}?)(?:工作总结|工作计划|范文)?\s*(?=(?:各位代表|各位领导|各位委员|同志们|尊敬的)[\u4e00-\u9fff、，,]{0,12}[:：])",
        line,
    )
    if saluted and REPORT_END.search(saluted.group(1)) and title_score(saluted.group(1).strip()) is not None:
        once = re.sub(r"^(.{4,}?)\1+$", r"\1", saluted.group(1).strip())  # a store's copy repeats it (147, 1068)
        return Choice(title_text(once)[0] or once, "a title running into the salutation")  # its edges too (465)
    # a site's watermark before it (…素材库:https://….公众号:….整理汇总。某镇2023年政府工作报告各位代表:)
    marked = re.match(r"^(.{0,160}?(?:https?:|www\.|公众.?号).{0,60}?。)([^。]{4,40}?)(?=各位代表[:：])", line)
    if marked and REPORT_END.search(marked.group(2)) and title_score(marked.group(2).strip()) is not None:
        return Choice(marked.group(2).strip(), "a title after a site's watermark, running into the salutation")
    m = _RUN_IN_TITLE.match(_PAGE_COUNT.sub("", line))
    if m and re.match(r"(?:19|20)\d\d年", _PAGE_COUNT.sub("", line)[m.end() :]) and re.search(r"\s", m.group(1)):
        m = None  # …工作 为全面总结2010年…: a sentence ran on, not a title before the body's year
    # (第…会议听取和审议了国务院总理…所作的 政府工作报告 。: a resolution's opening sentence names the report it adopts)
    heard = m is not None and re.search(r"听取(?:和审[议查])?了|审议(?:并批准)?了", m.group(1))
    if m and not heard and not _SENTENCE_MARK.search(m.group(1)) and title_score(m.group(1)) is not None:
        title = re.sub(r"(?<=总结|计划|报告|要点|重点)汇编$", "", m.group(1).strip())
        # the store's name with a word added (…工作总结工作总结), then the report's own title: take the latter
        again = re.match(r"\s+(\S{8,})", _PAGE_COUNT.sub("", line)[m.end() :])
        if again:
            for n in range(len(title) - 2, 7, -1):
                if again.group(1).startswith(title[:n]) and title[n:] in _STORE_SUFFIXES:
                    return Choice(title[:n], "a title running into the text")
        return Choice(title, "a title running into the text")
    if m is None and (opened := title_before_clause(_PAGE_COUNT.sub("", line))) is not None:
        return Choice(opened, "a title running into the text")  # …工作情况汇报一季度,全镇上下… (1449, 1348)
    return Choice(None, "")
