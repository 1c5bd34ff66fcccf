"""Which parts of a report are plans: plan documents, plan sections, and lists the text names as aims."""

from __future__ import annotations

import re

from models.ingest.outline_lists import parts_list_items
from models.suggest import _kind_cues, _names
from models.suggest._announced_plans import announced_plan_spans
from models.suggest._text import Spans, all_sections
from models.types import Section

_LIST_LINE_RE = re.compile(r"\s*(?:——|—|-|•|·|\d{1,2}[、.．]|[(（]?[一二三四五六七八九十\d]{1,2}[)）、])")
_AIMS_NAMED_RE = re.compile(r"\s*(?:为了?|为确保|要)?(?:实现|完成|达到)(?:上述|以上|这些)(?:各项)?(?:目标|任务|指标)")


def aims_named_after(t: str, qend: int) -> bool:
    """Whether the list item holding ``qend`` and the list items after it are followed by a sentence naming them
    as aims (``为了实现上述目标``); items end at a line break or, in a page run together, at a full stop."""
    bounds = list(_ITEM_END_RE.finditer(t, max(0, qend - 200), qend))
    start = bounds[-1].end() if bounds else t.rfind("\n", 0, qend) + 1
    if not _LIST_LINE_RE.match(t, start):
        return False
    pos = qend
    for _ in range(12):
        end = _ITEM_END_RE.search(t, pos)
        if end is None:
            return False
        if not _LIST_LINE_RE.match(t, end.end()):
            return _AIMS_NAMED_RE.match(t, end.end()) is not None
        pos = end.end() + 1
    return False


_ITEM_END_RE = re.compile(r"\n|[。；;][ \u3000]*")


# a part of a plan that reviews the period before: 主要成就, 工作回顾, 取得的成效
_PAST_PERIOD_RE = re.compile(r"成就|回顾|(?:取得|主要)(?:的)?(?:成效|成绩)")
_PLAN_OPENING_RE = re.compile(r"总体要求|指导思想|主要预期|预算[(（]?草案")
_BACKGROUND_RE = re.compile(
    r"(?:(?:发展|产业|工作|现实)?(?:基础|背景|现状|形势|环境)[与和及、]?(?:面临的)?(?:机遇|挑战|问题)?){1,3}"
)


# a heading saying its plan's aims were met ahead of time or beyond them (“十五”计划主要预期目标提前实现, 2312;
# 年度目标任务超额完成): a review's heading, whatever plan it names (not one aiming to: 确保…提前完成, 将提前一年实现)
_AIMS_MET_RE = re.compile(r"(?<!确保|力争|争取|保证|努力)(?:提前[一二两三四五六七八九十半]?年?|超额)(?:实现|完成)")


def _plan_title(title: str) -> bool:
    """A heading that names a plan; a sentence taken for a heading says nothing about its section."""
    head = re.split(r"[。；;，,]|(?<=[\u4e00-\u9fff])\.(?!\d)", title, maxsplit=1)[0]  # 显著提升.截止今年…
    if _AIMS_MET_RE.search(head) and not re.search(r"确保|力争|争取|保证|努力|将", head):
        return False
    return len(head) <= 24 and bool(_names.TARGET_SECTION_RE.search(head) or _PLAN_OPENING_RE.search(head))


def target_ranges(t: str, sections: tuple[Section, ...]) -> Spans:
    """Spans of sections whose title names a plan (计划, 要点, 打算, 工作重点 …)."""
    out = []
    flat = all_sections(t, sections)
    if not sections:
        # the fallback headings (一、 inside a line) may be the parts a news item lists for the report it describes
        # (报告共分四个部分：一、2024年工作回顾。二、2025年…目标…): the outline leaves them out, and so does the plan
        listed = parts_list_items(t)
        flat = [s for s in flat if s.start not in listed]
    reviews = [r for r in flat if _names.REVIEW_SECTION_RE.search(r.title[:30])]
    reviewed_text = _review_document(t)
    for s in flat:
        if (
            _plan_title(s.title)
            and not _names.REVIEW_SECTION_RE.search(s.title[:30])
            and not _reports_only(t, s)
            and not _reached_aim(s, reviews, reviewed_text)
        ):
            out.append((s.start, s.end))
    if plan_document(t, flat):
        # a plan's background (发展基础, 现状与形势) says where things stand: what it reports is no aim
        # and so does its review of the period before (“十三五”时期…发展的主要成就, 2020年工作回顾)
        top = min((s.level for s in flat), default=1)
        cut = sorted(
            (s.start, s.end)
            for s in flat
            if _BACKGROUND_RE.fullmatch(s.title.strip())
            or (s.level == top and _PAST_PERIOD_RE.search(s.title[:40]) and not _plan_title(s.title))
        )
        # a policy's preamble (家禽业…2003年总产值约为80亿元。…现作如下通知:) says where things stand
        pos = policy_preamble_end(t, flat)
        for start, end in cut:
            if start > pos:
                out.append((pos, start))
            pos = max(pos, end)
        out.append((pos, len(t)))
        return Spans.merged(out)
    top = min((s.level for s in flat), default=1)
    reviewed = planning = False
    reviewed_year = 0
    for s in flat:
        if s.level != top:
            continue
        title = s.title[:30]
        if _names.REVIEW_SECTION_RE.search(title):
            reviewed, planning = True, False
            reviewed_year = max(reviewed_year, _heading_year(title))
        elif (
            (_plan_title(title) and not _reached_aim(s, [], reviewed_text)) or 0 < reviewed_year < _heading_year(title)
        ) and not _reports_only(t, s):
            planning = reviewed
            out.append((s.start, s.end))
        elif planning:
            out.append((s.start, s.end))
    for m in _PLAN_PART_LINE_RE.finditer(t):
        # a plan part's heading line the outline did not take (a copy cut inside the review: …活立木蓄积量588万立方米⏎
        # 二、2021年工作计划⏎1、…): the plan runs from it to the next review heading or the end
        # (a title at the top, 2014年农业局工作计划 范文, names the page, not a part: a part's heading carries its
        # ordinal or comes after text)
        if not _names.REVIEW_SECTION_RE.search(m.group(0)) and (m.group("ordinal") or m.start() >= 200):
            ends = [r.start for r in reviews if r.start > m.end()]
            out.append((m.start(), min(ends, default=len(t))))
    out.extend(_plan_year_parts(t))
    out.extend(_task_tables(t))
    out.extend(_kind_cues.will_lead_lists(t))
    out.extend(announced_plan_spans(t))  # (汇报了…2022年工作计划 … 2022年,…投资67.08亿元: the year planned)
    # (a review part's own sentence on the draft year, 2026年…压减项目资金8.33亿元, reports how the draft was made)
    out.extend(s for s in _kind_cues.plan_year_sentences(t) if not any(r.start <= s[0] < r.end for r in reviews))
    return Spans.merged(out)


# a flattened task table's header: a task column and an owner or deadline column, each cell on its own line
_TASK_COLUMN_RE = re.compile(
    r"^[ \u3000]*(?:\d{4}年)?(?:工作任务|目标任务|主要任务|重点任务|预期目标|工作目标|任务目标)[ \u3000]*$", re.M
)
_OWNER_COLUMN_RE = re.compile(
    r"^[ \u3000]*(?:责任单位|牵头单位|责任领导|责任股室|责任部门|完成时限|完成时间|时间节点)[ \u3000]*$", re.M
)

_PROGRESS_COLUMN_RE = re.compile(r"^[ \u3000]*(?:\S{0,6}(?:进展|完成|落实|推进|执行)情况|进度|完成率)[ \u3000]*$", re.M)


def _task_tables(t: str) -> list[tuple[int, int]]:
    """A flattened task table (序号⏎指标⏎工作任务⏎完成时限⏎责任领导…, 1512; 2022年预期目标⏎责任单位, 1086): every
    cell below its header is a task set for the year, to the text's end."""
    for m in _TASK_COLUMN_RE.finditer(t):
        owner = _OWNER_COLUMN_RE.search(t, m.end(), m.end() + 60)
        # (a progress table, 工作任务⏎责任单位⏎进展情况, reports what was done)
        progress = _PROGRESS_COLUMN_RE.search(t, max(0, m.start() - 60), m.end() + 120)
        if owner is not None and t.count("\n", m.end(), owner.start()) <= 4 and progress is None:
            return [(m.start(), len(t))]
    return []


# a heading line standing alone (no sentence in it): 2025年全市预算执行情况, 2026年市级收支预算
_HEADING_LINE_RE = re.compile(
    r"^[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])?[^\n。，,；;：:！？]{4,30}$",
    re.M,
)
# a period that reports (2026年1-2月, 2026年一季度, 上半年): no plan year's part
_PERIOD_REPORTED_RE = re.compile(r"\d{1,2}\s*[-—至~]\s*\d{1,2}\s*月|\d{1,2}月|季度|上半年|前三季度|以来")


def _plan_year_parts(t: str) -> list[tuple[int, int]]:
    """Parts headed by a line naming a year after the one a review heading line names (2025年全市预算执行情况 …
    2026年市级收支预算): the plan year's part runs to the next review heading line or the end. Read from the lines,
    since the outline may miss unnumbered heading lines."""
    out: list[tuple[int, int]] = []
    reviewed_year = reviewed_at = 0
    start = -1
    for m in _HEADING_LINE_RE.finditer(t):
        line = m.group(0)
        year = _heading_year(line)
        if _names.REVIEW_SECTION_RE.search(line):
            if start >= 0:
                out.append((start, m.start()))
                start = -1
            reviewed_year, reviewed_at = max(reviewed_year, year), m.end()
        elif (
            start < 0
            and 0 < reviewed_year < year
            and not _PERIOD_REPORTED_RE.search(line)
            # the review's text comes between (a title on two lines, …2022年…执行情况⏎及2023年…草案的报告, heads none)
            and "。" in t[reviewed_at : m.start()]
        ):
            start = m.start()
    if start >= 0:
        out.append((start, len(t)))
    return out


def _heading_year(title: str) -> int:
    """The year a heading names (2026年预算收支安排 → 2026), 0 when none."""
    m = re.search(r"((?:19|20)\d{2})\s*年(?!以来)", title)
    return int(m.group(1)) if m else 0


# what a section's text says when it reports: a comparison with a past period, a completed aspect (解决了)
_REPORTED_RE = re.compile(
    r"同比|同期相比|比上年|较上年|比去年|较去年|已经?|完成了|实现了|累计|截[至止]|[\u4e00-\u9fff](?<![为除])了(?!解)"
)


def _reports_only(t: str, s: Section) -> bool:
    """A section whose heading names an aim (招引目标明确; 聚焦核心任务,扎实推进…) while its own text reports what
    was done (同比增长28%, 解决了…) and aims at nothing (no 力争, 确保, 目标 …; the share of an aim reached,
    完成年度目标任务的99.27%, aims at nothing): a review's slogan heading, not a plan. A slogan heading (紧盯目标,
    履行职责,…) needs its text to aim more than it reports, whatever the title (a copy cut below it has none)."""
    slogan = bool(re.search(r"[,，]", s.title))
    return text_reports_only(t[max(s.start, s.heading_end) : s.end], slogan)


def text_reports_only(text: str, slogan: bool = False) -> bool:
    """Whether a text reports what was done (同比增长28%, 解决了…) and aims at nothing (no 力争, 确保, 目标 …; the
    share of an aim reached aims at nothing); with ``slogan``, it needs only to report more than it aims."""
    body = _AIM_REACHED_RE.sub("", _SHARE_OF_AIM_RE.sub("", text))
    aims = max(len(_AIM_RE.findall(body)), len(_names.TARGET_RE.findall(body)))
    reports = len(_REPORTED_RE.findall(body))
    return reports >= 1 and (aims == 0 or (slogan and reports > aims))


# an aim said to be reached (达到了预期目的, 实现了预期目标) reports what was done
_AIM_REACHED_RE = re.compile(r"(?:达到|实现|完成)了[^，,。；;\d]{0,4}(?:预期|目标|计划)[^，,。；;\d]{0,4}")

_STRONG_PLAN_RE = re.compile(r"计划|要点|打算|思路|安排|部署|明年|下一步|下步|今后|工作重点")


def _reached_aim(s: Section, reviews: list[Section], reviewed_text: bool = False) -> bool:
    """A heading that names an aim only by 目标/任务 (林业“两防”目标有效控制) inside a reviewed part (2020年工作总结)
    or in a text that says it reviews (述职报告, 现将…情况报告如下: 抓好脱贫攻坚这一中心任务): an aim reached, not a
    plan; 下步打算 under 工作情况 stays a plan."""
    head = re.split(r"[。；;，,]", s.title, maxsplit=1)[0]
    if _STRONG_PLAN_RE.search(head):
        return False
    return reviewed_text or any(r.start <= s.start and s.end <= r.end and r is not s for r in reviews)


# the title of a review (镇长个人述职报告, 2020年工作总结; not …总结及2021年工作计划)
_REVIEW_TITLE_RE = re.compile(r"述职报告|工作总结|工作汇报|情况汇报")


def _review_document(t: str) -> bool:
    """Whether the text says it reviews: its opening sentence (现将…总结如下) or a title line at the top naming a
    review and no plan."""
    if _SELF_REVIEW_RE.search(t[:600]):
        return True
    head = [line.strip() for line in t[:300].splitlines() if line.strip()][:3]
    return any(len(line) <= 60 and _REVIEW_TITLE_RE.search(line) and not _STRONG_PLAN_RE.search(line) for line in head)


# 计划 names a document or a plan's share (计划执行情况, 计划草案, 完成年度计划的114%) as often as an aim
# (科技计划98项, 星火计划2项: a programme's name counted, no aim)
# (要求 as what a rule or a superior asked, 按要求, 《条例》要求, 的工作要求, is complied with, not aimed at)
# (目标责任考核, 目标管理 name how a year's work is assessed; 达到…考核要求 a requirement met: no aim)
_AIM_RE = re.compile(r"力争|确保(?!了)|目标(?!责任|考核|管理)|计划(?!执行|草案|的|\d)|预期|(?<![按照》的作核])要求|拟")
# a title naming a review and the plan after it (工作总结和2021年工作计划, 上半年总结及下半年计划; one line, no menu)
# (双拥工作计划和总结(2023年科技局计划范文) names a plan first: a plan, 031)
_REVIEW_THEN_PLAN_TITLE_RE = re.compile(
    r"(?:总结|總結)(?:和|及|暨|与|與|并|、|(?=\d{4}\s?年))\S{0,16}?(?:计划|計劃|打算|思路|安排|要点)"
)
_DONE_WORDS_RE = re.compile(
    r"同比|同期相比|比上年|较上年|比去年|较去年|已经|已|完成了|实现了|累计|截[至止]|上半年|增长了|执行情况|超前完成|超额完成"
    r"|完成率|回顾|确保了"  # 投资完成率122.6%, 对2021年工作作了全面回顾, 确保了…的完成: what was done, reported
)
# the share of an aim reached (完成省目标任务的130.26%) reports what was done: its 目标 aims at nothing
_SHARE_OF_AIM_RE = re.compile(r"完成[^，,。；;\d]{0,14}(?:目标|计划|任务)[^，,。；;\d]{0,4}的\s?\d")
# aims stated as met (各项目标任务高质量全面完成) report the year, unless the clause still aims (确保…全面完成)
_AIM_MET_RE = re.compile(r"(?:目标|任务)[^，,。；;\d]{0,8}完成(?!率)")
_AIM_VERB_RE = re.compile(r"力争|确保|争取|保证|努力|要|将|拟|推动|推进|加快")
# (a policy reads as a plan: what it commits to is aimed at; a committee's 审查意见 is a review)
_PLAN_TITLE_RE = re.compile(
    r"计划|要点|方案|工作安排|工作打算|工作思路|规划(?![局院处科所馆委])|(?<!审查)(?<!审议)(?<!评价)意见|措施|政策|办法|细则"
)
_NOT_PLAN_TITLE_RE = re.compile(r"总结|报告|情况|回顾|公报|执行|自评|决算|述职|成效|出台|发布|解读")


# the heading a review-and-plan report opens its plan part with (2021年工作计划, 下一步工作打算, 明年工作思路)
_YEAR_PLAN_HEADING_RE = re.compile(
    r"(?:\d{4}|[\d*＊×X]{4}|[今明]年|下一步|下步|今后)[^，,。；;]{0,8}?(?:计划|打算|思路|安排|要点|重点)"
)
_PLAN_PART_LINE_RE = re.compile(
    r"^[ \u3000]*(?P<ordinal>[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])?[ \u3000]*"
    r"[^\n。，,；;：:]{0,12}?"
    r"(?:\d{4}|[\d*＊×X]{4}|[今明]年|下一步|下步|今后)[^\n。，,；;：:\d]{0,8}?(?:计划|打算|思路|安排|要点)[^\n。，,；;\d]{0,6}$",
    re.M,
)
_ORDINAL_RE = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[部章篇])"
)
_SELF_EVALUATION_RE = re.compile(r"自评|绩效(?:评价|报告)|决算")

_BREADCRUMB_RE = re.compile(r"(?:[^\s>›»]{1,16}\s*[>›»]\s*){2,}[^\s>›»]{1,16}")


def _annexed(s: Section, flat: list[Section]) -> bool:
    """A table's title (…重点工作任务分解表) or a heading under 附件2: an attachment's, no plan part of a review."""
    return s.title.rstrip().endswith("表") or any(
        a.label.startswith("附件") and a.start <= s.start < a.end for a in flat
    )


def plan_document(t: str, flat: list[Section]) -> bool:
    """Whether the title lines at the top name a plan (工作计划, 实施方案, 工作要点) and nothing reviewed."""
    # in a page run together on one line, runs of spaces stand for its line breaks
    head = [line.strip() for line in re.split(r"\n|[ \u3000]{2,}", t[:400]) if line.strip()][:5]
    if head and len(head[0]) > 60:
        # a page flattened to one line (农林局 2024 年工作计划 一、完善…): the title runs up to the first item
        run_ins = [
            re.match(r"(.{4,40}?)\s*(?:一、|第一[章部条]|[(（]一[)）])", head[0]),
            # or up to the first space after a plan's name (1、乡镇2023年工作要点 2023年是…: a chunk's title), or
            # into its first sentence's year (科技局2017年工作计划2017年,*科技局要…; a template site's 范文 between)
            re.match(
                r"([^\s。，,；;]{2,40}?(?:计划|要点|方案|安排|打算|思路))(?:范文|全文)?(?:\s|\d{4}年[，,])", head[0]
            ),
        ]
        head[:0] = [m.group(1) for m in run_ins if m]
    # (二、2021年工作计划 is a part's heading: a title carries no Chinese ordinal; 2、 may number a site's chunks)
    titles = [
        line
        for line in head
        if len(line) <= 60
        and _PLAN_TITLE_RE.search(line)
        and not re.search(r"[。，,；;]", line)
        and not _ORDINAL_RE.match(line)
    ]
    # a sentence under the title (现印发给你们，请认真贯彻执行。) is no title naming a review
    title_like = [line for line in head if len(line) <= 60 and not re.search(r"[。，,；;]", line)]
    if titles and not any(_NOT_PLAN_TITLE_RE.search(line) for line in title_like):
        body = t
        for line in titles:
            body = body.replace(line, "", 1)
        aims, done = _aims_and_done(body)
        # a farm's plan label over a text that never aims and reports what was done (2014年农业局工作计划 范文 over
        # 2013年…新建…累计达…) is a review
        return aims > 0 or done < 3
    leads = [m.group(0) for m in [re.match(r"[^。，,；;]{4,60}", head[0] if head else "")] if m]
    if not titles and any(_SELF_EVALUATION_RE.search(line) for line in title_like + leads):
        return False  # 整体支出绩效自评报告, 部门决算: its 绩效目标 are what the budget set, evaluated
    if any(_REVIEW_THEN_PLAN_TITLE_RE.search(line) for line in title_like):
        return False  # 2019年工作总结和2020年计划: the text reviews first; its plan part opens under its own heading
    # no telling title: a text that only aims (力争, 确保, 目标) and never reports (同比, 比上年, 已) is a plan
    if any(_names.REVIEW_SECTION_RE.search(s.title[:30]) for s in flat):
        return False
    if any(_YEAR_PLAN_HEADING_RE.search(s.title[:30]) and s.start >= 200 and not _annexed(s, flat) for s in flat):
        return False  # a copy starting inside a review: the year's plan opens partway, what precedes it is no plan
    if _REVIEW_AND_PLAN_RE.search(t[:400]):
        return False  # 《关于…计划执行情况与…计划草案的报告》 at the top: a text that reviews the year, then plans
    if _SELF_REVIEW_RE.search(t[:600]):
        return False  # 现将一年来农业农村工作总结如下: the text says it reviews, whatever its plan figures
    aims, done = _aims_and_done(t)
    # a level set as a floor or a round figure (达到920亿元以上, 稳定在70亿斤左右) is how a plan states its aims;
    # a review states what was reached: two such levels weigh as one aim word
    aims += len(_FLOOR_LEVEL_RE.findall(t)) // 2
    return aims >= 4 and done * 5 <= aims


_POLICY_ONLY_TITLE_RE = re.compile(r"(?:(?<!工作)意见|措施|政策|办法|细则)》?(?:的通知)?$")
# the sentence that leads into a policy's items: 现作如下通知:, 特制定如下措施：, 提出以下政策意见：
_POLICY_LEAD_RE = re.compile(r"[^。！？\n]{0,40}(?:如下|以下)[^。！？，,\n]{0,10}[:：]")


def policy_preamble_end(t: str, flat: list[Section]) -> int:
    """Where the items of a policy (若干措施, 实施意见, 政策的通知; not a plan) start, past its preamble that says why
    and where things stand: the lead into its items (现作如下通知:) or its first heading; 0 for other texts."""
    head = [line.strip() for line in t[:400].splitlines() if line.strip()][:5]
    titles = [line for line in head if len(line) <= 80 and not re.search(r"[，,。；;]", line)]
    if not any(_POLICY_ONLY_TITLE_RE.search(line) for line in titles) or any(
        re.search(r"计划|要点|方案|规划|安排", line) for line in titles
    ):
        return 0
    lead = _POLICY_LEAD_RE.search(t, 0, 3000)
    ends = [lead.end()] if lead else []
    ends += [s.start for s in flat[:1]]
    return min(ends, default=0)


_FLOOR_LEVEL_RE = re.compile(
    r"(?:达到|稳定在|保持在|实现)[^，,。；;\d]{0,4}\d[\d.]*\s?[^\d\s，,。；;]{0,4}(?:以上|左右)"
)


# the opening sentence of a summary or a report on the work done (现将一年来…工作总结如下, 现将有关情况汇报如下, 现将
# 本人…述职如下)
_SELF_REVIEW_RE = re.compile(r"(?:总结|汇报|述职|情况报告)如下")
_REVIEW_AND_PLAN_RE = re.compile(r"执行情况[^。；;\n]{0,4}(?:与|和|及)[^。；;\n]{0,16}(?:计划|预算)(?:草案)?")


def _aims_and_done(t: str) -> tuple[int, int]:
    """How often a text aims (力争, 确保, 目标 …) and how often it reports what was done (同比, 已, 累计 …)."""
    body = _BREADCRUMB_RE.sub("", t)  # 首页 > 信息公开 > 规划计划 > …: a site's menu names no aim
    shares = len(_SHARE_OF_AIM_RE.findall(body))
    body = _SHARE_OF_AIM_RE.sub("", body)
    met = [c for c in re.split(r"[，,。；;\n]", body) if _AIM_MET_RE.search(c) and not _AIM_VERB_RE.search(c)]
    shares += len(met)
    for clause in met:
        body = body.replace(clause, "", 1)
    return len(_AIM_RE.findall(body)), len(_DONE_WORDS_RE.findall(body)) + shares
