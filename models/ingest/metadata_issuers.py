"""Who issues a report: the government of a 政府工作报告, the bureau its fields, head or signature name."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.metadata_bodies import (
    audit_office,
    audited_body,
    delivering_body,
    finance_body,
    fuller_name,
    is_audit_report,
    national_conference_body,
    one_line_signature,
    only_bureau_named,
    sector_bureau,
    set_apart_accounts,
    voiced_body,
    without_site_chrome,
    zone_of_city,
)
from models.ingest.metadata_body_names import (
    fullest_name,
    opening_bureau,
    opening_place_government,
    self_described_town,
)
from models.ingest.metadata_candidates import ORG_LINE, ORG_SUFFIX, Choice
from models.ingest.metadata_government import (
    government_issuer,
    is_gov_report,
    national_government,
    reported_government,
    rule_of_law_government,
    spoken_level,
    voice_of_report,
)
from models.ingest.metadata_issuer_fields import (
    _NOTICE_TITLE,
    _TITLE_BODY,
    _office_byline,
    _red_head_issuer,
    _with_field_place,
    titled_body,
)
from models.ingest.metadata_issuer_fields import _index_row_publisher as _index_row_publisher
from models.ingest.metadata_issuer_finance import is_budget_report, template_accounts_body
from models.ingest.metadata_issuer_head import adopting_session, compiled_by
from models.ingest.metadata_issuer_head import bureau_from_head as bureau_from_head
from models.ingest.metadata_issuer_head import issuer_from_text as issuer_from_text
from models.ingest.metadata_issuer_names import _of_kind as _of_kind
from models.ingest.metadata_issuer_names import (
    abbreviates,
    branded,
    formal_office,
    masked_zone,
    with_titled_kind,
    without_widget,
)
from models.ingest.metadata_issuer_names import has_place as has_place
from models.ingest.metadata_own_work import (
    _placed,
    _sector_title_bureau,
    bureau_of_own_work,
    kind_at_level,
    leveled_kind,
)
from models.ingest.metadata_pages import entrusting_government, speaker_government
from models.ingest.metadata_places import simplified
from models.ingest.metadata_speaker import FIRST_PERSON_PLACE, speaking_government
from models.ingest.metadata_survey import is_statistical_bulletin, with_survey_team

NOT_ISSUERS = {"本站", "本网", "本网站", "原创", "网站", "转载", "网络", "互联网", "综合", "未知"}
# a county media centre (融媒体中心, since the 2018 reform the county paper and station in one) is a news outlet
_PAPER = re.compile(
    r"(?:日报|晚报|报社|新闻|网|网站|电视台|广播|时报|杂志|在线|频道|客户端|号|融媒体?中心|新闻中心|传媒中心)$"
)


# 我受中共中央和国务院的委托: a speaker entrusted by the party committee and the government speaks for both
_ENTRUSTED_BY_TWO = re.compile(
    r"我受(中共中央|中共[\u4e00-\u9fff]{2,12}?委员会|[\u4e00-\u9fff]{2,12}?[省市区县]委)和"
    r"(国务院|[\u4e00-\u9fff]{2,12}?人民政府)的?委托"
)


def source_is_issuer(source: str | None) -> bool:
    """A ``来源`` naming an office can issue; a newspaper or web site never does."""
    return bool(source) and not _PAPER.search(source or "") and bool(re.search(rf"(?:{ORG_SUFFIX})$", source or ""))


def choose_issuer(
    fields: dict[str, str],
    head: list[str],
    title: str | None,
    sig_org: str | None,
    extra: dict[str, str],
    lines: list[str],
) -> str | None:
    """The issuer, read in simplified script (a traditional copy names 樟樹市檔案館, 我館 as 樟树市档案馆, 我馆); when
    none is named, the signature or accounts heading a one-line copy's spaces or a split line still set apart."""
    issuer = with_survey_team(_choose_issuer(fields, head, title, sig_org, extra, lines), lines)
    if masked_zone(issuer, [simplified(line) for line in lines]):
        extra["发布机构依据"] = "a zone or street the page masks (XXX开发区, 某街道): unknown"
        return None
    signed = one_line_signature([simplified(line) for line in lines]) if issuer is None else None
    if signed and has_place(signed) and not re.search(r"[XxＸ×*]|[(（]略[)）]", signed):
        extra["发布机构依据"] = "落款单位 of a one-line copy"
        return signed
    return formal_office(issuer) if issuer else issuer


# a hijacked mirror's toneless pinyin after a character (国家统计(ji)局, 发展和(he)改革局; 490, 1430): the cleaner
# takes it out of the body only, and the lines over the body name the issuer
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


def _unglossed(line: str) -> str:
    return _GLOSS.sub("", line) if "(" in line or "（" in line else line


def _choose_issuer(
    fields: dict[str, str],
    head: list[str],
    title: str | None,
    sig_org: str | None,
    extra: dict[str, str],
    lines: list[str],
) -> str | None:
    fields = {key: simplified(value) for key, value in fields.items()}
    head, lines = [_unglossed(simplified(line)) for line in head], [_unglossed(simplified(line)) for line in lines]
    lines = without_site_chrome(lines)
    head = without_site_chrome(head)
    title, sig_org = (simplified(title) if title else title), (simplified(sig_org) if sig_org else sig_org)
    source = without_widget(fields.get("来源"))
    if source in NOT_ISSUERS or not source_is_issuer(source):
        source = None
    if (session := adopting_session(title, lines)) is not None:
        extra["发布机构依据"] = "the session that adopts the resolution"
        return session
    # the body under the delivery line delivers the report, whoever posted it (a finance bureau speaking for its
    # government, or the government's own line over the bureau a 来源 names)
    # Whose report it is, in one order (gold README, issuer rule): (1) the body the own title opens with (公文 title:
    # 发文机关 + 关于 + 事由 + 文种), whoever delivers it (1548, 1567, 680: a government's report its finance bureau or
    # commission delivers 受…委托); (2) the body on the delivery/speaker line (089, 256, 389); then the page's fields.
    candidates: list[tuple[str | None, str]] = [
        (titled_body(title, lines), "the body the own title opens with (发文机关 + 关于…)"),
        (delivering_body(lines), "the body under the delivery line"),
    ]
    # a place's 法治政府建设 report is its government's, over the office a 来源 credits for posting it (1397, 1128)
    candidates.append((rule_of_law_government(title), "a place's 法治政府建设 report: its government's"))
    notice = _NOTICE_TITLE.match(_compact(title or ""))
    if notice is not None and has_place(notice.group(1)) and is_gov_report(title, head):
        # 某区人民政府办公室关于印发《政府工作报告》…分工的通知: the office that issues the notice, not the government
        # whose report it prints (公文 title: 发文机关 + 事由 + 文种)
        candidates.append((notice.group(1), "the body a notice's title opens with"))
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
        candidates.append((gov.value, "政府工作报告: " + gov.reason))
    bureau = bureau_from_head(head, title)
    if bureau.reason == "title" and bureau.value and branded(bureau.value, lines):
        bureau = Choice(None, "")  # 某市bet36体育在线卫生健康委员会…: a spam brand stands where the place's name stood
    # An organisation named only by the head or title must say where it is: 市科技局 alone is unknown.
    weak = bureau.value if bureau.value and has_place(bureau.value) else None
    if bureau.value and weak is None:
        weak = _placed(bureau.value, lines)  # 区科技局 with the district the text names
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
    # 县退役军人事务局2023年度工作总结 + 来源: 怀远县退役军人局: the title writes the body's kind in full, the
    # field its place
    kind_in_title = bureau.value if bureau.reason == "title" and bureau.value and not has_place(bureau.value) else None
    candidates += [
        (set_apart_accounts(lines), "第一部分 …概况 of a 部门决算/预算"),
        (template_accounts_body(lines), "the body a 部门预算/决算's part headings name"),
        (publisher, "发布机构"),
        (sig_org, "落款单位"),
        (weak if bureau.reason == "speaker line" else None, "speaker line"),
        # a title that opens with its own placed body (某市某局2022年部门决算) names it over the office the page
        # credits as 来源 (the finance bureau posting every package of its county)
        (bureau.value if bureau.reason == "title" and bureau.value and has_place(bureau.value) else None, "title"),
        (source, "来源"),
        (_office_byline(fields.get("作者")), "作者"),
        (weak if bureau.reason not in ("title", "speaker line") else None, bureau.reason),
        (weak if bureau.reason == "title" else None, "title"),
        (compiled_by(lines), "本报告…由某机关编制"),
    ]
    for value, reason in candidates:
        if value and not re.search(r"[XxＸ×*]|[(（]略[)）]", value):  # (略): a page that masks names
            extra["发布机构依据"] = reason
            fuller = fuller_name(value, lines)
            if not has_place(fuller):
                fuller = _placed(fuller, lines) or fuller
            if not has_place(fuller) and reason in ("发布机构", "来源"):
                fuller = kind_at_level(fuller, lines) or fuller  # 发布机构: 商务局 over 市商务局 in the text
            if not has_place(fuller):
                del extra["发布机构依据"]
                continue  # 市城管局 and the text never says which city: unknown, whoever names it
            return _with_field_place(fullest_name(with_titled_kind(fuller, kind_in_title), lines), fields)
    if voice_of_report(lines) is not None and (spoken := reported_government(title, head, lines)) is not None:
        extra["发布机构依据"] = "我代表…人民政府: the government the speaker reports for, at its place"
        return spoken
    # a budget's, its final accounts' or its audit's report to a congress, with no line saying who delivers it: the
    # finance or audit office of the place its title names (公文 convention; the government only entrusts it)
    if (finance := finance_body(title, lines) or audited_body(title, lines)) is not None:
        extra["发布机构依据"] = "a budget, final-accounts or audit report to a congress: the office of its place"
        return finance
    last = issuer_from_text(title, lines)
    if last.value and not re.search(r"[XxＸ×*]", last.value):
        extra["发布机构依据"] = last.reason
        return last.value
    if (both := _ENTRUSTED_BY_TWO.search("\n".join(lines[:6]))) is not None:
        extra["发布机构依据"] = "受…和…的委托: the party committee and the government that entrust the speaker"
        return f"{both.group(1)} {both.group(2)}"
    if (entrusting := entrusting_government(lines)) is not None:
        if is_audit_report(title, lines) and (audit := audit_office(entrusting)) is not None:
            extra["发布机构依据"] = "受…人民政府委托 to report its audit: that government's audit office"
            return audit
        extra["发布机构依据"] = "受…人民政府委托"
        return entrusting
    if (speaker := speaker_government(lines)) is not None:
        extra["发布机构依据"] = "我代表…向大会报告工作"
        return speaker
    # a title naming its bureau by kind alone (关于科技局…工作总结): another kind of bureau the text names is not it
    kind = bureau.value if bureau.reason == "title" and bureau.value and not has_place(bureau.value) else None
    if kind is None and (about := _ABOUT_BUREAU.match(_compact(title or ""))) and not has_place(about.group(1)):
        kind = about.group(1)
    opening = opening_bureau(lines) if not _bodies_in_turn(lines) else None
    if (
        opening is not None
        and _of_kind(opening, kind)
        and (placed := opening if has_place(opening) or _BRANCH.match(opening) else _placed(opening, lines))
    ):
        extra["发布机构依据"] = "the bureau opening the report"
        return fullest_name(placed, lines)
    if (zone := zone_of_city(title, lines)) is not None:
        extra["发布机构依据"] = "a zone named by its kind, in the one city the text names"
        return zone
    if (sector := sector_bureau(lines)) is not None and _of_kind(sector, kind):
        extra["发布机构依据"] = "the bureau speaking of its place's sector system (某地人社系统)"
        return sector
    if (only := only_bureau_named(lines, title)) is not None and _of_kind(only, kind):
        extra["发布机构依据"] = "the one bureau the text names"
        return only
    if (voiced := voiced_body(lines)) is not None and _of_kind(voiced, kind):
        extra["发布机构依据"] = "the one placed body of the kind the text speaks as (我馆 → 某市档案馆)"
        return voiced
    if (sector := _sector_title_bureau(title, lines)) is not None:
        extra["发布机构依据"] = (
            "我局 under a title naming its level's line of work (县林业工作总结), in the place it names"
        )
        return sector
    if (own_work := bureau_of_own_work(lines)) is not None:
        extra["发布机构依据"] = "我局 whose own work the text names, in the place it names"
        return own_work
    if (national := national_conference_body(title, lines)) is not None:
        extra["发布机构依据"] = "a national head's speech at the national conference of the body's own system"
        return national
    if economy_release(title, lines):
        # 今年上半年,某县… 生产总值…同比增长: a release of the period's figures with no signature, whoever wrote it
        # (the statistics office, the government's site) names itself nowhere (1186, 1190; 1057, 1181; 1264, 651
        # under a headline)
        return None
    if is_budget_report(title, lines):
        # a budget's abstract speaking of 全市 with no line saying who delivers it: its finance office reports it,
        # never the government (1378); no office named, no issuer
        extra["发布机构依据"] = "a budget report naming no finance office: unknown"
        return None
    if not is_statistical_bulletin(lines) and (spoken := speaking_government(title, lines)) is not None:
        # (a 统计公报 is issued by its statistics office, named on its issuer line: never its government by 全县)
        if is_audit_report(title, lines) and (audit := audit_office(spoken)) is not None:
            extra["发布机构依据"] = "an audit report speaking for its place: that place's audit office"
            return audit
        extra["发布机构依据"] = "the government the text speaks as (我县, 全区), at the place it names"
        return spoken
    if (national := national_government(lines)) is not None:
        extra["发布机构依据"] = "各位代表 and 我国 with no local voice: the national government's report"
        return national
    if (
        "公报" not in (title or "")
        and not is_statistical_bulletin(lines)
        and (opened := opening_place_government(lines))
    ):
        # (a 统计公报 opening 2023年,某县全面贯彻… is its statistics office's, never its government's: 841)
        extra["发布机构依据"] = "the place the report's opening sentence has as its subject (2024年,某区在…领导下)"
        return opened
    if (town := self_described_town(lines)) is not None:
        extra["发布机构依据"] = "the township the report's basic situation describes (某某是…的一个乡)"
        return town
    return None


# a city bureau's branch named by its work and its district (生态环境高陵分局, 1126), never a bare level
# (区生态环境分局, 068)
_BRANCH = re.compile(r"^(?![市区县州旗])[\u4e00-\u9fff]{2,10}分局$")


# 关于科技局目标任务完成情况工作总结: a summary's title naming, after 关于, the bureau whose work it sums up
# the period's opening words of an economy release and the figures it gives (1186 今年以来…前三季度…生产总值)
_PERIOD_OPENING = re.compile(r"^(?:今年以来|今年上半年|上半年|前三季度|一季度|今年一季度|根据地区生产总值统一核算结果)")
_OUTPUT_FIGURES = re.compile(r"(?:地区)?生产总值[^。]{0,40}?(?:亿元|同比增长)")


def economy_release(title: str | None, lines: list[str]) -> bool:
    """True for a release of the period's figures: a text opening at its period's words (今年以来, 前三季度) over its
    output figures (生产总值…亿元), either untitled or, under a headline (``某县经济形势新闻发布稿``) or a page's
    field lines, never speaking as its place (我县)."""
    firsts = [line.strip() for line in lines if line.strip()][:4]
    text = "\n".join(lines)
    if not firsts or not _OUTPUT_FIGURES.search(text[:1500]):
        return False
    if title is None and _PERIOD_OPENING.match(firsts[0]):
        return True
    return any(_PERIOD_OPENING.match(line) for line in firsts) and not FIRST_PERSON_PLACE.search(text[:8000])


_ABOUT_BUREAU = re.compile(r"^关于([\u4e00-\u9fff]{2,8}?局)")


def _bodies_in_turn(lines: list[str]) -> bool:
    """Three or more different bodies, each on a line of its own over its part (包头市发展和改革委员会 ⏎ 2020年,…
    包头市科学技术局 ⏎ …): a compilation of several bodies' accounts, none of them the one that opens it."""
    named = {line.strip() for line in lines[:300] if ORG_LINE.match(line.strip()) and has_place(line.strip())}
    return len(named) >= 3
