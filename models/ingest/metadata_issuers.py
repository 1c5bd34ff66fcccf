"""Who issues a report: the government of a 政府工作报告, the bureau its fields, head or signature name."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.metadata_bodies import (
    delivering_body,
    fuller_name,
    set_apart_accounts,
    without_site_chrome,
)
from models.ingest.metadata_body_names import (
    fullest_name,
)
from models.ingest.metadata_candidates import Choice
from models.ingest.metadata_government import (
    government_issuer,
    is_gov_report,
    reported_government,
    rule_of_law_government,
    spoken_level,
    voice_of_report,
)
from models.ingest.metadata_issuer_committee import committee_issuer
from models.ingest.metadata_issuer_fields import (
    _NOTICE_TITLE,
    _TITLE_BODY,
    _office_byline,
    _red_head_issuer,
    _with_field_place,
    titled_body,
)
from models.ingest.metadata_issuer_fields import _index_row_publisher as _index_row_publisher
from models.ingest.metadata_issuer_finance import template_accounts_body
from models.ingest.metadata_issuer_head import adopting_session, author_line, compiled_by
from models.ingest.metadata_issuer_head import bureau_from_head as bureau_from_head
from models.ingest.metadata_issuer_head import issuer_from_text as issuer_from_text
from models.ingest.metadata_issuer_inspection import inspection_office
from models.ingest.metadata_issuer_names import (
    abbreviates,
    branded,
    formal_office,
    guessed_behind_masks,
    masked_place,
    masked_zone,
    with_titled_kind,
)
from models.ingest.metadata_issuer_names import has_place as has_place
from models.ingest.metadata_issuer_names import is_of_kind as is_of_kind
from models.ingest.metadata_issuer_news import headline_convener
from models.ingest.metadata_issuer_order import Page, later_steps
from models.ingest.metadata_issuer_order import economy_release as economy_release
from models.ingest.metadata_issuer_reasons import NAMED_BY_PAGE, IssuerReason, ReasonKind, reason_kind
from models.ingest.metadata_issuer_source import NOT_ISSUERS as NOT_ISSUERS
from models.ingest.metadata_issuer_source import source_is_issuer as source_is_issuer
from models.ingest.metadata_issuer_source import source_office
from models.ingest.metadata_issuer_zones import zone_body
from models.ingest.metadata_own_work import bureau_of_own_work as bureau_of_own_work
from models.ingest.metadata_own_work import (
    kind_at_level,
    leveled_kind,
    placed_name,
)
from models.ingest.metadata_places import simplified
from models.ingest.metadata_survey import with_survey_team

# 社区办, 党政办, 经济发展办公室, 统计站: an office inside the body a 发布机构 names (never the body's own government)
_OWN_OFFICE = re.compile(r"(?!人民政府|政府|办事处)[\u4e00-\u9fff]{1,8}?(?:办|办公室|科|站|所|股)")


def _checked(issuer: str | None, lines: list[str], extra: dict[str, str]) -> str | None:
    """The chosen ``issuer`` widened to its survey team, dropped when it stands where the page masks a zone, a place
    or every name, and written as its formal office."""
    issuer = with_survey_team(issuer, lines)
    if masked_zone(issuer, [simplified(line) for line in lines]):
        extra["发布机构依据"] = IssuerReason(
            "a zone or street the page masks (XXX开发区, 某街道): unknown", ReasonKind.UNKNOWN
        )
        return None
    if masked_place(issuer) and reason_kind(extra.get("发布机构依据")) is ReasonKind.TITLE:
        # (a store's or farm's label: 某县…工作总结, 某乡镇政府工作报告; a field or signature writing 某县 is left
        # as it was, the made-up examples' stand-in for a name)
        extra["发布机构依据"] = IssuerReason("a place the page masks (某县, 某乡镇): unknown", ReasonKind.UNKNOWN)
        return None
    if guessed_behind_masks(issuer, lines) and reason_kind(extra.get("发布机构依据")) not in NAMED_BY_PAGE:
        extra["发布机构依据"] = IssuerReason(
            "a body the text never names, in a template masking names (数字XX): unknown", ReasonKind.UNKNOWN
        )
        return None
    return formal_office(zone_body(issuer, lines)) if issuer else issuer


# a hijacked mirror's toneless pinyin after a character (国家统计(ji)局, 发展和(he)改革局; 490, 1430): the cleaner
# takes it out of the body only, and the lines over the body name the issuer
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


def _unglossed(line: str) -> str:
    return _GLOSS.sub("", line) if "(" in line or "（" in line else line


def choose_issuer(
    fields: dict[str, str],
    head: list[str],
    title: str | None,
    sig_org: str | None,
    extra: dict[str, str],
    lines: list[str],
    page: Page | None = None,
) -> str | None:
    """The issuer, read in simplified script (a traditional copy names 樟樹市檔案館, 我館 as 樟树市档案馆, 我馆): whose
    report it is, in the gold's order: the session adopting a resolution; the body the own title opens
    with (发文机关 + 关于); the body under the delivery line; a 政府工作报告's government; the page's fields and
    signature (发布机构, 落款, the title's placed bureau, 来源); then ``later_steps``: the government the speaker
    reports for, a budget's office, the 受…委托 principal, the body or place the text opens with or speaks as, a
    one-line copy's signature, and last what the page around the text names (``page_steps``: a news lead's
    releasing body or ministry, a 督查 office, the portal's bureau, a store's title, a 来源 line's bureau).
    A body whose place the text never writes is passed over (unknown); each answer goes through ``_checked``."""
    fields = {key: simplified(value) for key, value in fields.items()}
    read = lines
    head, lines = [_unglossed(simplified(line)) for line in head], [_unglossed(simplified(line)) for line in lines]
    lines = without_site_chrome(lines)
    head = without_site_chrome(head)
    title, sig_org = (simplified(title) if title else title), (simplified(sig_org) if sig_org else sig_org)
    source = source_office(fields.get("来源"))
    if (session := adopting_session(title, lines)) is not None:
        extra["发布机构依据"] = IssuerReason("the session that adopts the resolution", ReasonKind.SESSION)
        return _checked(session, read, extra)
    committee, is_committee = committee_issuer(title, lines)
    if is_committee:  # a 人大/政协 standing committee's work report is the committee's (lead's ruling, session 19)
        extra["发布机构依据"] = IssuerReason(
            "the standing committee that reports (title or 我代表/我受…委托)", ReasonKind.COMMITTEE
        )
        return _checked(committee, read, extra)
    # Whose report it is, in one order (gold README, issuer rule): (1) the body the own title opens with (公文 title:
    # 发文机关 + 关于 + 事由 + 文种), whoever delivers it (1548, 1567, 680: a government's report its finance bureau or
    # commission delivers 受…委托); (2) the body under the delivery line, whoever posted the page (089, 256, 389).
    # An audit work report is no exception: 国务院关于…审计工作报告 is 国务院's though its 审计长 delivers it (1282, as
    # 1283 福州市人民政府关于…; lead's ruling, session 18).
    delivered = delivering_body(lines)
    own_body = titled_body(title, lines)
    candidates: list[tuple[str | None, IssuerReason]] = [
        (own_body, IssuerReason("the body the own title opens with (发文机关 + 关于…)", ReasonKind.SENDER)),
        (delivered, IssuerReason("the body under the delivery line", ReasonKind.DELIVERY)),
        # (a signed notice names its sender in its signature: the line under its title may be a portal's bare
        # 发布机构 value, 452)
        (
            author_line(head, title) if sig_org is None else None,
            IssuerReason("the body on its own line under the own title (an author line)", ReasonKind.HEAD),
        ),
    ]
    # a place's 法治政府建设 report is its government's, over the office a 来源 credits for posting it (1397, 1128)
    candidates.append(
        (
            rule_of_law_government(title),
            IssuerReason("a place's 法治政府建设 report: its government's", ReasonKind.GOVERNMENT),
        )
    )
    notice = _NOTICE_TITLE.match(_compact(title or ""))
    if notice is not None and has_place(notice.group(1)) and is_gov_report(title, head):
        # 某区人民政府办公室关于印发《政府工作报告》…分工的通知: the office that issues the notice, not the government
        # whose report it prints (公文 title: 发文机关 + 事由 + 文种)
        candidates.append((notice.group(1), IssuerReason("the body a notice's title opens with", ReasonKind.NOTICE)))
    # 《〈政府工作报告〉重点工作任务分工方案》政策解读: a page about the report (its notice's office is taken above),
    # never the report, whatever government its text speaks as (1230)
    about_report = re.search(r"政府工作报告[》〉][^》]*?(?:解读|分工|分解|落实|任务)", _compact(title or ""))
    if is_gov_report(title, head) and about_report is None:
        gov = government_issuer(title, head)
        if gov.value is None:  # a store's notices cut the head short: the speaker line stands further down
            gov = government_issuer(title, lines[:15])
        voice = voice_of_report(lines)
        if gov.reason == "title" and voice and voice[0] == "level" and not (gov.value or "")[:-4].endswith(voice[1]):
            gov = Choice(None, "")  # 昆明市2023年政府工作报告 over 我代表区人民政府: a district speaks, not the city
        if (
            (gov.value is None or not has_place(gov.value))
            and not (sig_org or fields.get("发布机构"))  # a 印发 notice printing the report is its office's
            and (spoken := reported_government(title, head, lines, level=spoken_level(lines)))
        ):
            gov = Choice(spoken, "the government the speaker reports for, at its place")
        kind = ReasonKind.TITLE if gov.reason == "title" else ReasonKind.GOVERNMENT
        candidates.append((gov.value, IssuerReason("政府工作报告: " + gov.reason, kind)))
    bureau = bureau_from_head(head, title)
    if bureau.reason == "title" and bureau.value and branded(bureau.value, lines):
        bureau = Choice(None, "")  # 某市bet36体育在线卫生健康委员会…: a spam brand stands where the place's name stood
    # An organisation named only by the head or title must say where it is: 市科技局 alone is unknown.
    weak = bureau.value if bureau.value and has_place(bureau.value) else None
    if bureau.value and weak is None:
        weak = placed_name(bureau.value, lines)  # 区科技局 with the district the text names
    if bureau.value and weak is None and bureau.reason == "title":
        weak = leveled_kind(bureau.value, lines)  # 教育局2022工作总结 + 我市 + 寿光
    if bureau.value and weak is None and bureau.reason in ("title", "organisation line"):
        # 商务局 (a portal's 发布机构 value left over the title, or the title's bureau) + 市商务局 in the text + 义乌
        weak = kind_at_level(bureau.value, lines)
    publisher = fields.get("发布机构") or _index_row_publisher(lines[:12])
    if publisher and re.search(r"(?:网站|网|门户)$", publisher):
        publisher = None  # 发文机构: 县政府网站: the portal that posts the page is never who issued it
    if publisher and sig_org and title and title.startswith(sig_org) and publisher != sig_org:
        publisher = (
            sig_org  # 某县人民政府关于… signed 某县人民政府: the portal's posting office (…办公室) did not issue it
        )
    own = bureau.value if bureau.reason == "title" and bureau.value and has_place(bureau.value) else None
    if publisher and own and not abbreviates(publisher, own) and not abbreviates(own, publisher):
        # 发布机构: 某区财政局 over 某市某区交通局2021年度部门决算: a title opening with its own placed body
        # (公文 title: 发文机关 + 事由 + 文种) names who issues it; the portal credits the office that posts it
        publisher = None
    if publisher and own and own.startswith(publisher) and _OWN_OFFICE.fullmatch(own[len(publisher) :]):
        publisher = None  # 发布机构: 霞浦街道 over 霞浦街道社区办2025年工作总结: the street posts its office's summary
    if publisher and (named := _red_head_issuer(title, lines)) is not None and named != publisher:
        publisher = named  # 某县人民政府 / 关于下达…的通知 posted by its 发改局: the red head names who issued it (581)
    if publisher and sig_org and len(sig_org) > len(publisher) and abbreviates(publisher, sig_org):
        publisher = sig_org  # the signature's fuller name of the same body (巴南区木洞镇 → 重庆市巴南区木洞镇人民政府)
    if publisher and (titled := _TITLE_BODY.match(title or "")) and has_place(titled.group(1)):
        # 发布机构: 某区政府(办公室) over 某市某区人民政府办公室关于…的通知: the title writes the same office in full
        full = titled.group(1)
        if len(full) > len(publisher) and abbreviates(re.sub(r"[()（）]", "", publisher), full):
            publisher = full
    if source and sig_org and len(sig_org) > len(source) and abbreviates(source, sig_org):
        source = sig_org  # 信息来源:区政府办公室 signed 舟山市普陀区人民政府办公室: the same office, named in full
    inspecting = inspection_office(page.lines, page.cleaned.header_lines, page.written) if source and page else None
    if source and inspecting and inspecting.startswith(source):
        source = inspecting  # 来源:寿县人民政府 over its own 督查室's bulletin: the inspecting office's (1067)
    # 县退役军人事务局2023年度工作总结 + 来源: 怀远县退役军人局: the title writes the body's kind in full, the
    # field its place
    kind_in_title = bureau.value if bureau.reason == "title" and bureau.value and not has_place(bureau.value) else None
    candidates += [
        (set_apart_accounts(lines), IssuerReason("第一部分 …概况 of a 部门决算/预算", ReasonKind.TEXT)),
        (template_accounts_body(lines), IssuerReason("the body a 部门预算/决算's part headings name", ReasonKind.TEXT)),
        (publisher, IssuerReason("发布机构", ReasonKind.FIELD)),
        (sig_org, IssuerReason("落款单位", ReasonKind.SIGNATURE)),
        (weak if bureau.reason == "speaker line" else None, IssuerReason("speaker line", ReasonKind.DELIVERY)),
        # a title that opens with its own placed body (某市某局2022年部门决算) names it over the office the page
        # credits as 来源 (the finance bureau posting every package of its county)
        (
            bureau.value if bureau.reason == "title" and bureau.value and has_place(bureau.value) else None,
            IssuerReason("title", ReasonKind.TITLE),
        ),
        # 资源县农业农村局召开2022年工作部署会 reposted by 来源: 广西壮族自治区农业农村厅: the headline's placed body at
        # its own meeting, not the site or office the 来源 credits for the item (gold 2176; 1425's news ruling)
        (headline_convener(title) if source else None, IssuerReason("a news headline's body", ReasonKind.TITLE)),
        (source, IssuerReason("来源", ReasonKind.FIELD)),
        (_office_byline(fields.get("作者")), IssuerReason("作者", ReasonKind.FIELD)),
        (
            weak if bureau.reason not in ("title", "speaker line") else None,
            IssuerReason(bureau.reason, ReasonKind.HEAD),
        ),
        (weak if bureau.reason == "title" else None, IssuerReason("title", ReasonKind.TITLE)),
        (compiled_by(lines), IssuerReason("本报告…由某机关编制", ReasonKind.TEXT)),
    ]
    for value, reason in candidates:
        if value and not re.search(r"[XxＸ×*]|[(（]略[)）]", value):  # (略): a page that masks names
            extra["发布机构依据"] = reason
            fuller = fuller_name(value, lines)
            if not has_place(fuller):
                fuller = placed_name(fuller, lines) or fuller
            if not has_place(fuller) and reason in ("发布机构", "来源"):
                fuller = kind_at_level(fuller, lines) or fuller  # 发布机构: 商务局 over 市商务局 in the text
            if not has_place(fuller):
                del extra["发布机构依据"]
                continue  # 市城管局 and the text never says which city: unknown, whoever names it
            return _checked(
                _with_field_place(fullest_name(with_titled_kind(fuller, kind_in_title), lines), fields), read, extra
            )
    for step in later_steps(title, head, lines, bureau, read, page):
        if (found := step()) is not None:
            if found[1]:
                extra["发布机构依据"] = found[1]
            return _checked(found[0], read, extra)
    return _checked(None, read, extra)
