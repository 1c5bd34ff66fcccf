"""Report metadata (title, issuer, date, 文号, 索引号) from header lines, the head of the text and signatures.

Sources and precedence, decided once for the whole family of reports (candidates and their scores
live in ``metadata_candidates``, ``metadata_title_read`` and ``metadata_issuers``; the reason for each
choice is kept in ``extra``):

* **title** (``extra["标题依据"]``): the page's ``名称``/``标题`` field, else the best line (or split pair)
  of the head, else the document a transmittal notice names, else a title running into a one-line
  text, else a doc store's file name; ``None`` when the text has no title (never the file name).
  ``title_options`` lists what the rules proposed, ranked by a learned model (``metadata_learned``) for a clerk.
* **issuer** (``extra["发布机构依据"]``): for a 政府工作报告 the government (speaker or delivery line);
  else ``发布机构``, an office named in ``来源`` (never a newspaper or site), the signature, a
  speaker's bureau or an organisation line of the head, an organisation with a place opening the
  title; last, the government the text says it reports for, or a township's notice.
* **date** (``extra["日期来源"]``): the document's own date first (delivery line, a date line under
  the title, the signature date, a date in the title), then ``成文日期``/``发文日期``, then the page's
  ``发布日期``. A delivery line without a full date (``2021年xx月xx日``) gives no date at all; a bare
  page time (``时间:``, a lone timestamp, 归档时间) never dates a report.
* **doc_number** (文号): the header field (``无`` means none), a 文号 in a header line, else a lone
  ``…〔2021〕3号`` line near the top. **index_number**: ``索引号``.

Everything else the header says (主题分类, 效力状态, 作者, 发布日期 …) and the signature go into ``extra``.
"""

from __future__ import annotations

import re

from models.ingest.clean import CleanText, clean
from models.ingest.metadata_body_names import (
    settled_name,
)
from models.ingest.metadata_candidates import SPAM_BRAND, head_lines
from models.ingest.metadata_dateline import agency_dateline
from models.ingest.metadata_dates import MONTH_ONLY_LINE, find_dates, parse_date
from models.ingest.metadata_fields import date_field
from models.ingest.metadata_header import (
    GOV_SITE,
    attached_number,
    dated_page_title,
    doc_number,
    glued_doc_number,
    head_fields,
    header_fields,
    issue_date,
    lost_marks_number,
    paper_issue_date,
)
from models.ingest.metadata_issuer_full import issuer_in_full
from models.ingest.metadata_issuer_order import Page
from models.ingest.metadata_issuer_reasons import IssuerReason, ReasonKind
from models.ingest.metadata_issuers import NOT_ISSUERS, choose_issuer, has_place, source_is_issuer
from models.ingest.metadata_joint import with_joint_issuers
from models.ingest.metadata_learned import Ranked, ranked, recording
from models.ingest.metadata_lines import display_lines, signature
from models.ingest.metadata_oneline import is_one_line, lined_copy, with_lined_read
from models.ingest.metadata_own_dates import (
    date_broken_under_offices,
    date_set_aside_under_title,
    masthead_dates,
    own_dates,
    signature_orgs,
)
from models.ingest.metadata_pages import (
    is_farm_page,
    page_stamp,
    paged_copy,
    posting_line,
    reposted_long_after,
    split_addressees,
    split_glued_head,
    split_glued_header,
    unchunk_head,
)
from models.ingest.metadata_publisher import portal_furniture, settle_page_date
from models.ingest.metadata_title_read import read_title
from models.ingest.redhead import RULE_LINE
from models.ingest.title_edges import (
    undoubled,
    without_attribution,
    without_copy_marks,
)
from models.ingest.title_injected import without_injected_name
from models.ingest.title_misread import kept_misreads
from models.ingest.title_news import lead_document
from models.types import Metadata, Section

# a farm heading's bracketed date (…总结(20240412)), or a store's file name in its share line (…(20240127).docx》)
_BRACKET_DATE = re.compile(r"[^\s(（][(（]((?:19|20)\d\d)(\d\d)(\d\d)[)）](?:$|\.(?:docx?|pdf|wps)》)")
# a cover's date line with the month only (2015年4月): the document dates itself, without a day
_MONTH_LINE = MONTH_ONLY_LINE  # date13: also in brackets and in Chinese numerals, (二〇二二年四月)
_SENT_REASONS = ("the document the notice opening the text sends", "the one attachment the notice sends")


_SPEAKER_TAIL = re.compile(
    r"^((?:19|20)\d\d年.{4,50}?(?:工作报告|报告|讲话))\s*"
    r"((?:[\u4e00-\u9fff]{2,20}?(?:党组书记|党委书记|书记|局长|主任)|[\u4e00-\u9fff]{0,20}?[省市区县州旗盟镇乡]长)"
    r"[、，,\u4e00-\u9fff]{0,12}\s+[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3})$"
)


# 某县2020年国民经济和社会发展统计公报某县统计局: the title, then its issuer's line run onto it
_ISSUER_TAIL = re.compile(
    r"^(.{6,80}?(?:统计公报|公报|工作报告|报告|工作总结|总结|工作计划|计划|要点|方案|规划|汇报|通报))\s*"
    r"([\u4e00-\u9fff]{2,12}?[省市区县州旗][\u4e00-\u9fff]{0,16}?(?:局|委员会|办公室|人民政府|调查队))$"
)


def extract_metadata(
    cleaned: CleanText, sections: tuple[Section, ...], *, source_name: str, original: str = ""
) -> Metadata:
    """Describe a cleaned report: title, issuer, date, 文号, 索引号 and other header fields.

    Args:
        cleaned: the cleaning result (display text and the header lines set aside).
        sections: the outline (kept for callers; the head of the text is found by its lines).
        source_name: the file name (not a title: a report without a title line has ``title=None``).
        original: the decoded text ``cleaned`` was made from (to read the line the cleaner set aside right
            above the body); ``""`` when not at hand.

    Returns:
        Metadata with ISO dates; see the module docstring for which source wins. ``extra`` records
        why each field was chosen (``标题依据``, ``日期来源``, ``发布机构依据``).
    """
    del sections, source_name
    direct = _read(cleaned, original)
    lined = lined_copy(original or cleaned.display_text)
    if lined is None and original and not is_one_line(original):
        # a one-line copy hard-wrapped (a PDF's or a page's wrap): opened from the text the cleaner rejoined (856,
        # 1347 wrapped: …吉林省教育 / 厅 2015年3月10日)
        lined = lined_copy(cleaned.display_text)
    if lined is None:
        return direct
    return with_lined_read(
        direct, _read(clean(lined), lined), lined.split("\n")
    )  # oneline: the copy read as its blanks' lines


def title_options(cleaned: CleanText, original: str = "") -> list[Ranked]:
    """The titles the rules propose for a cleaned report, best first by the learned model's probability
    (``Ranked.rules_choice`` marks the one the report is filed under); ``[]`` when nothing reads as a title."""
    with recording() as seen:
        _read(cleaned, original)
    return ranked(seen[0]) if seen else []


def _read(cleaned: CleanText, original: str) -> Metadata:
    """The metadata of a cleaned text as it stands (see ``extract_metadata``)."""
    fields = header_fields(cleaned.header_lines)
    numbered = split_addressees(
        split_glued_head(split_glued_header(unchunk_head(without_copy_marks(display_lines(cleaned.display_text)))))
    )
    numbered = [(pos, line) for pos, line in numbered if not RULE_LINE.match(line)]
    trailing: str | None = None
    for k, (pos, line) in enumerate(numbered[:6]):
        shift, title_part, number = glued_doc_number(line)
        if number is not None:
            numbered[k] = (pos + shift, title_part)  # …的通知 杭卫计办〔2015〕22号: the title, then its 文号
            trailing = trailing or number
    for k, (pos, line) in enumerate(numbered[:3]):
        if (m := _ISSUER_TAIL.match(line)) is not None and has_place(m.group(2)):
            numbered[k : k + 1] = [(pos, m.group(1)), (pos + m.start(2), m.group(2))]
            break
    for k, (pos, line) in enumerate(numbered[:6]):
        if (m := _SPEAKER_TAIL.match(line)) is not None:
            # 2022年…工作报告市城管局党组书记、局长 杜 宇: the title, then its speaker line
            numbered[k : k + 1] = [(pos, m.group(1)), (pos + m.start(2), m.group(2))]
            break
    lines = [line for _pos, line in numbered]
    for key, value in head_fields(lines[:12]).items():
        fields.setdefault(key, value)  # header rows the cleaner left in the text ([ 成文日期 ] …, • 发文机关:…)
    if (posted := posting_line(lines)) is not None:
        fields.setdefault("发布日期", posted[0])  # the page's date and the office that posted it
        fields.setdefault("来源", posted[1])
    office = (source_is_issuer(fields.get("来源")) and fields.get("来源") not in NOT_ISSUERS) or bool(
        GOV_SITE.search(fields.get("来源", ""))
    )
    if "发布日期" not in fields and (dated := dated_page_title(lines)) is not None:
        fields["发布日期"] = dated
    if "发布日期" not in fields and (stamp := page_stamp(lines, office)) is not None:
        fields["发布日期"] = stamp
    head = head_lines(lines)
    sig_org, sig_date = signature(numbered)
    own = own_dates(lines, head)
    read = read_title(cleaned, original, numbered, fields, head, own)
    title_choice, dated_label, released = read.choice, read.dated_label, read.released
    title = without_injected_name(title_choice.value, fields)  # 金宝博 2020年…: a hijacker's word (1990)

    extra: dict[str, str] = {}
    for key, value in fields.items():
        if key in ("名称", "文号", "索引号"):
            continue
        extra[key] = (parse_date(value) or value) if date_field(key) else value
    if sig_org:
        extra["落款单位"] = sig_org
    if sig_date:
        extra["落款日期"] = sig_date
    extra["标题依据"] = title_choice.reason

    if sig_org is None and (orgs := signature_orgs(lines)):
        sig_org = orgs[0]
        extra["落款单位"] = sig_org
    # a title filed from what a notice sends names the sent document, never who issued the notice
    own_title = None if title_choice.reason in _SENT_REASONS else (title or dated_label)
    own_title = own_title or lead_document(lines, title_choice)  # 2月4日,新疆政府工作报告: whose (2163)
    own_title = own_title or read.acting_headline  # 资源县农业农村局召开… under another body's 来源 (2176)
    # the issuer in one order, to the page's last steps (metadata_issuer_order)
    around = Page(cleaned, original or cleaned.display_text, lines, own_title, title, released)
    chosen = choose_issuer(fields, head, own_title, sig_org, extra, lines, around)
    issuer = settled_name(chosen, own_title, lines, tuple(v.strip() for v in fields.values()))
    issuer = issuer_in_full(with_joint_issuers(issuer, lines, own_title))  # 某县人社局 in full (gold README, s21)
    if issuer is not None and SPAM_BRAND.search(issuer):
        issuer = None  # a gambling brand where the place's name stood: the place is never named (260, 759)
        extra["发布机构依据"] = IssuerReason("a hijacked page's brand in the name: unknown", ReasonKind.UNKNOWN)
    if is_farm_page(cleaned.chrome_lines + cleaned.header_lines):
        for key in ("发布日期", "页面时间"):  # a farm's or store's posting time is the upload's
            fields.pop(key, None)
    elif "发布日期" not in fields and (issue := issue_date(cleaned.header_lines)):
        fields["发布日期"] = issue  # a newspaper issue's date line (2023年12月22日 星期五), set aside as 时间:
    fields = settle_page_date(  # date13: the publisher decides the page's date
        fields, cleaned.chrome_lines, cleaned.header_lines, lines, original, released is not None
    )
    page_date = parse_date(fields.get("发布日期", ""))
    number = doc_number(fields, numbered, cleaned.header_lines) or trailing or attached_number(cleaned)
    number = number or lost_marks_number(lines, cleaned.chrome_lines, original)  # 渝北府发〔20211: as written
    # (the 文号's year dates the document as the title's does: 农发〔2006〕2号 on a page of 2012 is a re-post)
    # (a news item on a 政府工作报告 keeps its page's day: the item has no dated line of its own, gold19)
    # (…and the years its opening headings review: 一、2006年工作回顾 on a page of 2018 is a re-post, 1310)
    heads = " ".join(line for line in lines[:4] if len(line.strip()) <= 30 and "。" not in line)
    reposted = page_date and reposted_long_after(page_date, f"{title} {number} {heads}", "\n".join(lines))
    if page_date and (reposted or paged_copy(lines)):
        del fields["发布日期"]  # 2013年度…报告 on a page of 2024, or page 2 of a mirror's copy: not the report's date
    under = date_set_aside_under_title(original, cleaned, numbered, title)  # the own date line set aside (1508)
    under += date_broken_under_offices(original)  # (2010 ⏎ 年 ⏎ 3 ⏎ 月 ⏎ 23 ⏎ 日 under the bodies, 1332)
    date = _date(fields, lines, head, sig_date, extra, cleaned.chrome_lines, cleaned.header_lines, under)
    # 关千 kept as the page writes it (669); …工作要点(林业局): the posting names its office (the issuer read it)
    return Metadata(
        title=undoubled(without_attribution(kept_misreads(title, lines))),
        issuer=issuer,
        date=date,
        doc_number=number,
        index_number=fields.get("索引号"),
        extra=extra,
    )


def _date(
    fields: dict[str, str],
    lines: list[str],
    head: list[str],
    sig_date: str | None,
    extra: dict[str, str],
    chrome: tuple[str, ...] = (),
    headers: tuple[str, ...] = (),
    under: list[tuple[float, str, str]] | None = None,
) -> str | None:
    portal = portal_furniture(chrome, headers, lines)  # (a portal's date settles a signature reading two ways, 1086)
    own = (
        own_dates(lines, head, parse_date(fields.get("发布日期", "")), portal) + masthead_dates(chrome) + (under or [])
    )
    own += agency_dateline(lines, (*headers, *chrome[:13], *lines[:4]))  # 新华社北京2月28日电 under 2017年03月01日
    if sig_date:
        own.append((7.2, sig_date, "落款日期"))
    if own:
        _score, iso, reason = max(own, key=lambda c: c[0])
        if iso:
            extra["日期来源"] = "落款日期" if "signature" in reason or reason == "落款日期" else reason
            return iso
        extra["日期来源"] = reason
        return None  # the text dates itself, but not in full (2021年xx月xx日)
    months = [line for line in [*head[:6], *headers, *chrome[:6]] if _MONTH_LINE.fullmatch(line.strip())]
    if len(months) == 1:  # (a run of them is a site's archive list)
        extra["日期来源"] = "the document's own date line without a day"
        return None  # 2015年4月 under the title: the page's later date does not stand in for it
    for key in ("成文日期", "发文日期", "发布日期"):  # 页面时间 (a bare time on a page) never dates a report
        raw = fields.get(key)
        date = parse_date(raw) if raw else None
        if date:
            extra["日期来源"] = key
            return date
    if (issue := paper_issue_date([*headers[:2], *lines[:2]])) is not None:
        extra["日期来源"] = "the newspaper page's issue line"
        return issue  # 闽南日报/2024年/4月/1日/第004版: the paper's day, when the item gives none of its own
    for line in chrome[:6]:  # a farm heading's bracketed date (…工作总结(20240412)) when the page gives no other
        if (m := _BRACKET_DATE.search(line)) is not None and (
            found := find_dates(f"{m[1]}年{int(m[2])}月{int(m[3])}日")
        ):
            extra["日期来源"] = "date in the page's title"
            return found[0][2]
    return None
