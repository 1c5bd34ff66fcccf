"""The later steps of the issuer rule's order, to its end: the government a speaker reports for, a budget's office, the
受…委托 principal, the body or place the text opens with or speaks as, when no title, delivery line, field or signature
names one; then a one-line copy's signature, and last what the page around the text names (``page_steps``): the
body a news lead says released the document, the ministry at work in a news item, a 督查 bulletin's office, the
bureau whose portal heads the page, a store's title line of the same 政府工作报告, the bureau a 来源 line or a
bracket names, the bureau owning the portal by its footer."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from models.folding import compact as _compact
from models.ingest.clean import CleanText
from models.ingest.metadata_bodies import (
    audit_office,
    audited_body,
    finance_body,
    is_audit_report,
    national_body_in_lead,
    national_conference_body,
    one_line_signature,
    zone_of_city,
)
from models.ingest.metadata_body_names import (
    fullest_name,
    opening_bureau,
    opening_place_government,
    reporting_bureau,
    self_described_town,
)
from models.ingest.metadata_candidates import ORG_LINE, Choice
from models.ingest.metadata_government import national_government, reported_government, voice_of_report
from models.ingest.metadata_issuer_bureaus import delivering_bureau, only_bureau_named, sector_bureau, voiced_body
from models.ingest.metadata_issuer_enterprise import working_enterprise
from models.ingest.metadata_issuer_fields import red_head_of_number
from models.ingest.metadata_issuer_finance import is_budget_report
from models.ingest.metadata_issuer_head import issuer_from_text
from models.ingest.metadata_issuer_inspection import inspection_office
from models.ingest.metadata_issuer_names import has_place, is_of_kind
from models.ingest.metadata_issuer_news import convening_body, news_body
from models.ingest.metadata_issuer_place import own_place_government
from models.ingest.metadata_issuer_reasons import ReasonKind
from models.ingest.metadata_issuer_reasons import Step as _Step
from models.ingest.metadata_issuer_reasons import found_by as _found_by
from models.ingest.metadata_issuer_reasons import kinded as _kinded
from models.ingest.metadata_issuer_source import breadcrumb_body, footer_owner, own_site_body, source_bureau
from models.ingest.metadata_issuer_stored import stored_title_government
from models.ingest.metadata_issuer_voice import guided_bureau, spoken_sector_bureau, voiced_bureau
from models.ingest.metadata_not_spoken import not_its_voice
from models.ingest.metadata_own_work import bureau_of_own_work, placed_name, sector_title_bureau
from models.ingest.metadata_pages import entrusting_government, speaker_government
from models.ingest.metadata_places import simplified
from models.ingest.metadata_publisher import site_owner_of_title
from models.ingest.metadata_speaker import FIRST_PERSON_PLACE, speaking_government
from models.ingest.metadata_survey import is_statistical_bulletin
from models.ingest.photo_credits import supplied_credit

# 我受中共中央和国务院的委托: a speaker entrusted by the party committee and the government speaks for both
_ENTRUSTED_BY_TWO = re.compile(
    r"我受(中共中央|中共[\u4e00-\u9fff]{2,12}?委员会|[\u4e00-\u9fff]{2,12}?[省市区县]委)和"
    r"(国务院|[\u4e00-\u9fff]{2,12}?人民政府)的?委托"
)


# 受市人民政府委托 / 受区政府的委托: a level's government, its place left to the text
_ENTRUSTED_BY_LEVEL = re.compile(r"(?<![\u4e00-\u9fff])受(省|市|区|县|州|旗)(?:人民)?政府的?委托")


@dataclass(frozen=True)
class Page:
    """The page around the text, for the last steps: what the cleaner set aside, the text as written, the report's
    own lines and title as read (not simplified), the title filed and the document a news lead says was released."""

    cleaned: CleanText
    written: str
    lines: list[str]
    own_title: str | None
    title: str | None
    released: tuple[str, str] | None


def later_steps(
    title: str | None, head: list[str], lines: list[str], bureau: Choice, read: list[str], page: Page | None = None
) -> list[_Step]:
    """The rule's order once no body is named by the title, the delivery line, a field or a signature: each step
    gives ``(issuer, reason)`` (``(None, reason)`` decides there is none) or ``None`` to pass to the next. ``read``
    are the text's lines as read (``lines`` simplified, site chrome out); the page's steps (``page_steps``) close
    the order when ``page`` is given."""
    # a title naming its bureau by kind alone (关于科技局…工作总结): another kind of bureau the text names is not it
    kind = bureau.value if bureau.reason == "title" and bureau.value and not has_place(bureau.value) else None
    if kind is None and (about := _ABOUT_BUREAU.match(_compact(title or ""))) and not has_place(about.group(1)):
        kind = about.group(1)

    # who supplied the pictures, named on credit lines the cleaner set aside (青岛市住房和城乡建设局 供图)
    suppliers = tuple(b for c in (page.cleaned.chrome_lines if page else ()) if (b := supplied_credit(c)) is not None)

    def reported() -> tuple[str | None, str] | None:
        if voice_of_report(lines) is not None and (spoken := reported_government(title, head, lines)) is not None:
            return spoken, "我代表…人民政府: the government the speaker reports for, at its place"
        return None

    def finance() -> tuple[str | None, str] | None:
        # a budget's, its final accounts' or its audit's report to a congress, with no line saying who delivers
        # it: the finance or audit office of the place its title names (公文 convention; the government only
        # entrusts it)
        if (body := finance_body(title, lines) or audited_body(title, lines)) is not None:
            return body, "a budget, final-accounts or audit report to a congress: the office of its place"
        return None

    def from_text() -> tuple[str | None, str] | None:
        last = issuer_from_text(title, lines)
        return (last.value, last.reason) if last.value and not re.search(r"[XxＸ×*]", last.value) else None

    def entrusted_by_two() -> tuple[str | None, str] | None:
        if (both := _ENTRUSTED_BY_TWO.search("\n".join(lines[:6]))) is not None:
            return f"{both.group(1)} {both.group(2)}", "受…和…的委托: the party committee and the government"
        return None

    def entrusting() -> tuple[str | None, str] | None:
        if (
            (government := entrusting_government(lines)) is None
            and (by_level := _ENTRUSTED_BY_LEVEL.search("\n".join(lines[:6])))
            and not is_budget_report(title, lines)
        ):
            # 受市人民政府委托 and the one city the text writes (对重庆提出的…: 1437), as a speaker's 我代表市政府; a
            # plan-execution report's only (a budget's names its finance office or nobody: 1469; lead, session 18)
            government = reported_government(title, head, lines, level=by_level.group(1))
        if government is None:
            return None
        if is_audit_report(title, lines) and (audit := audit_office(government)) is not None:
            return audit, "受…人民政府委托 to report its audit: that government's audit office"
        return government, "受…人民政府委托"

    def speaker() -> tuple[str | None, str] | None:
        found = speaker_government(lines)
        return (found, "我代表…向大会报告工作") if found is not None else None

    def opening() -> tuple[str | None, str] | None:
        found = opening_bureau(lines) if not _bodies_in_turn(lines) else None
        if (
            found is not None
            and is_of_kind(found, kind)
            and (placed := found if has_place(found) or _BRANCH.match(found) else placed_name(found, lines))
        ):
            return fullest_name(placed, lines), "the bureau opening the report"
        return None

    def of_kind(find: Callable[[], str | None], reason: str) -> _Step:
        def step() -> tuple[str | None, str] | None:
            found = find()
            return (found, reason) if found is not None and is_of_kind(found, kind) else None

        return step

    # a text that names no one of its own (an economy release, a budget's abstract): the steps reading its voice
    # are passed over, the signature and the page's steps still asked; none naming one, it is decided unknown
    voiceless: list[str] = []

    def undecidable() -> tuple[str | None, str] | None:
        if economy_release(title, lines):
            # 今年上半年,某县… 生产总值…同比增长: a release of the period's figures with no signature, whoever
            # wrote it (the statistics office, the government's site) names itself nowhere (1186, 1190; 1057, 1181;
            # 1264, 651 under a headline); a page's 来源 line may (1529 文章来源: 统计局)
            voiceless.append("")
        elif _unsigned_notice(title, lines):
            # 各县(市、区)人民政府,…市政府各部门: ⏎ 《…计划》…现印发给你们: a notice opening at its salutation, no title
            # naming its sender: the voice of what it prints (全市) is not the sender's (disc19 1724; 130, 1575)
            voiceless.append("a notice opening at its salutation with no sender named: unknown")
        elif is_budget_report(title, lines):
            # a budget's abstract speaking of 全市 with no line saying who delivers it: its finance office reports
            # it, never the government (1378); no office named, no issuer
            voiceless.append("a budget report naming no finance office: unknown")
        return None

    def voiced(step: _Step) -> _Step:
        return lambda: None if voiceless else step()

    def decided() -> tuple[str | None, str] | None:
        return (None, voiceless[0]) if voiceless else None

    def signature() -> tuple[str | None, str] | None:
        # the signature or accounts heading a one-line copy's spaces or a split line still set apart
        signed = one_line_signature([simplified(line) for line in read])
        if signed and has_place(signed) and not re.search(r"[XxＸ×*]|[(（]略[)）]", signed):
            return signed, "落款单位 of a one-line copy"
        return None

    def spoken_for() -> tuple[str | None, str] | None:
        # (a 统计公报 is issued by its statistics office, named on its issuer line: never its government by 全县)
        if is_statistical_bulletin(lines) or (spoken := speaking_government(title, lines)) is None:
            return None
        if is_audit_report(title, lines) and (audit := audit_office(spoken)) is not None:
            return audit, "an audit report speaking for its place: that place's audit office"
        if not_its_voice("\n".join(lines)[:8000], spoken):
            return None  # a body under the government it names, or a sector's meeting in the news (1851, 1280)
        return spoken, "the government the text speaks as (我县, 全区), at the place it names"

    def opened_by_place() -> tuple[str | None, str] | None:
        # (a 统计公报 opening 2023年,某县全面贯彻… is its statistics office's, never its government's: 841)
        if "公报" in (title or "") or is_statistical_bulletin(lines):
            return None
        found = opening_place_government(lines)
        return (
            (found, "the place the report's opening sentence has as its subject (2024年,某区在…领导下)")
            if found
            else None
        )

    # what the text says of itself, in order (the signature, the page and the decision follow)
    told: list[_Step] = [
        reported,
        finance,
        from_text,
        entrusted_by_two,
        _found_by(lambda: delivering_bureau(lines), "the bureau whose head delivers the report 受…人民政府委托"),
        entrusting,
        speaker,
        opening,
        _found_by(lambda: convening_body(title, lines), "the body a news headline says convened the meeting, placed"),
        of_kind(lambda: reporting_bureau(lines), "the bureau whose head reports its work in a news item's lead"),
        of_kind(
            lambda: news_body(title, lines, suppliers),
            "the body a news item has convene its own meeting, or its sector's, or its reporter learned from",
        ),
        _found_by(lambda: zone_of_city(title, lines), "a zone named by its kind, in the one city the text names"),
        of_kind(lambda: sector_bureau(lines), "the bureau speaking of its place's sector system (某地人社系统)"),
        of_kind(lambda: voiced_bureau(title, lines), "the bureau (局党组) of its system at its level (全市人社系统)"),
        of_kind(lambda: spoken_sector_bureau(lines), "我委/我局 of the one line of work it names as its own"),
        of_kind(lambda: only_bureau_named(lines, title), "the one bureau the text names"),
        of_kind(lambda: voiced_body(lines), "the one placed body of the kind the text speaks as (我馆 → 某市档案馆)"),
        _found_by(
            lambda: sector_title_bureau(title, lines),
            "我局 under a title naming its level's line of work (县林业工作总结), in the place it names",
        ),
        _found_by(lambda: bureau_of_own_work(lines), "我局 whose own work the text names, in the place it names"),
        of_kind(
            lambda: guided_bureau(lines),
            "led by its level, guided by its line's bureau one level up (在市司法局的指导下)",
        ),
        _found_by(
            lambda: national_conference_body(title, lines),
            "a national head's speech at the national conference of the body's own system",
        ),
        _found_by(
            lambda: working_enterprise(lines),
            "the grid company, hospital or bank a news item retells, subject of its sentences (该局, 本公司)",
        ),
        undecidable,
        voiced(spoken_for),
        voiced(
            _found_by(
                lambda: national_government(lines),
                "各位代表 and 我国 with no local voice: the national government's report",
            )
        ),
        voiced(opened_by_place),
        voiced(
            _found_by(
                lambda: self_described_town(lines),
                "the township the report's basic situation describes (某某是…的一个乡)",
            )
        ),
        _found_by(
            lambda: own_place_government(title, head, lines, page.cleaned if page else None, decided=bool(voiceless)),
            "a government's own report: the one place of its level its text or the page's label of it names",
        ),
        _found_by(
            lambda: red_head_of_number(lines, simplified(page.written) if page is not None else None),
            "a red head (某市人民政府文件) agreeing with the 文号 line, glued into a sentence or not",
        ),
    ]
    return [
        *_kinded(ReasonKind.TEXT, told),
        *_kinded(ReasonKind.SIGNATURE, [signature]),
        *(page_steps(page) if page is not None else []),
        *_kinded(ReasonKind.UNKNOWN, [decided]),
    ]


def page_steps(page: Page) -> list[_Step]:
    """The last steps: what the page around the text names."""

    def released() -> tuple[str | None, str] | None:
        body = page.released
        if body is not None and body[0] == page.title and body[1][0] not in "省市区县州旗":
            return body[1], "the body a news item's lead says released the document"
        return None

    def ministry() -> tuple[str | None, str] | None:
        found = national_body_in_lead(page.lines) if page.released is None else None
        return (found, "the ministry a news item's headline or lead names at work") if found else None

    headers, chrome = page.cleaned.header_lines, page.cleaned.chrome_lines
    steps: list[_Step] = [
        released,
        ministry,
        _found_by(
            lambda: inspection_office(page.lines, headers, page.written),
            "a 督查 bulletin's inspection office, placed by a page field",
        ),
        _found_by(
            lambda: site_owner_of_title(page.cleaned, page.own_title),
            "the bureau whose own portal the page heads, named by the title's work",
        ),
        _found_by(
            lambda: stored_title_government(page.own_title, chrome),
            "the government a store's set-aside title of the same report names",
        ),
        _found_by(
            lambda: source_bureau(page.own_title, page.cleaned, page.lines),
            "the bureau a source line or a bracket after the title names",
        ),
        _found_by(
            lambda: own_site_body(chrome, opening_bureau(page.lines)),
            "the bureau the item opens with, at its own site's place (欢迎访问某市某局, 版权所有)",
        ),
        _found_by(
            lambda: footer_owner(chrome, "\n".join(page.lines)[:8000]),
            "the bureau whose own portal's footer names it owner, the text speaking at its level",
        ),
        _found_by(
            lambda: breadcrumb_body(chrome, "\n".join(page.lines)[:8000]),
            "the placed body a portal's breadcrumb files the page under, its kind written in the text",
        ),
    ]
    return _kinded(ReasonKind.PAGE, steps)


# a city bureau's branch named by its work and its district (生态环境高陵分局, 1126), never a bare level
# (区生态环境分局, 068)
_BRANCH = re.compile(r"^(?![市区县州旗])[\u4e00-\u9fff]{2,10}分局$")


# 关于科技局目标任务完成情况工作总结: a summary's title naming, after 关于, the bureau whose work it sums up
# the period's opening words of an economy release and the figures it gives (1186 今年以来…前三季度…生产总值)
_PERIOD_OPENING = re.compile(r"^(?:今年以来|今年上半年|上半年|前三季度|一季度|今年一季度|根据地区生产总值统一核算结果)")
_OUTPUT_FIGURES = re.compile(r"(?:地区)?生产总值[^。]{0,40}?(?:亿元|同比增长)")


# a news dateline and the reporter's words before the lead (香格里拉网讯 (记者 某某) 据初步测算,: 1867)
_DATELINE = re.compile(r"^(?:[\u4e00-\u9fff]{2,10}讯\s*[(（][^)）]{0,20}[)）]\s*)?(?:据[^,，。]{2,10}[,，])?")


def economy_release(title: str | None, lines: list[str]) -> bool:
    """True for a release of the period's figures: a text opening at its period's words (今年以来, 前三季度) over its
    output figures (生产总值…亿元), either untitled or, under a headline (``某县经济形势新闻发布稿``) or a page's
    field lines, never speaking as its place (我县)."""
    firsts = [rest for line in lines if (rest := _DATELINE.sub("", line.strip()))][:4]
    text = "\n".join(lines)
    if not firsts or not _OUTPUT_FIGURES.search(text[:1500]):
        return False
    if title is None and _PERIOD_OPENING.match(firsts[0]):
        return True
    return any(_PERIOD_OPENING.match(line) for line in firsts) and not FIRST_PERSON_PLACE.search(text[:8000])


# a notice's salutation to the bodies under its sender (各县(市、区)人民政府,市直各单位:) and its transmitting words
_SALUTATION = re.compile(r"^各[^。；;]{2,100}?(?:人民政府|政府|部门|单位|机构|局)[^。；;]{0,60}[:：]$")
_TRANSMITS = re.compile(r"(?:现|特)(?:予)?(?:印发|转发|下达)给你们")


def _unsigned_notice(title: str | None, lines: list[str]) -> bool:
    """True for a text that opens at a notice's salutation (no title line) and transmits a document."""
    firsts = [line.strip() for line in lines if line.strip()][:3]
    return (
        title is None
        and bool(firsts)
        and _SALUTATION.match(firsts[0]) is not None
        and any(_TRANSMITS.search(line) for line in firsts[1:])
        # (已经市政府第48次常务会议研究通过, 经市政府同意, 现印发给你们: the sender names itself, 092)
        and not any(re.search(r"政府[^。]{0,16}(?:会议|同意)", line) for line in firsts[1:])
    )


_ABOUT_BUREAU = re.compile(r"^关于([\u4e00-\u9fff]{2,8}?局)")


def _bodies_in_turn(lines: list[str]) -> bool:
    """Three or more different bodies, each on a line of its own over its part (包头市发展和改革委员会 ⏎ 2020年,…
    包头市科学技术局 ⏎ …): a compilation of several bodies' accounts, none of them the one that opens it."""
    named = {line.strip() for line in lines[:300] if ORG_LINE.match(line.strip()) and has_place(line.strip())}
    return len(named) >= 3
