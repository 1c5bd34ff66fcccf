"""A second look for a report's title when the head gave none, or gave one a store or page decorated.

Asked only after ``choose_title`` (and its fallbacks) decided; each rule is written for a family of
web and PDF copies, never for one site:

* **marks on the title line**: a footnote or marker glued to the title (``…统计公报①``, ``…报告*``,
  ``…[1]``) hides the report word; the head is read again without it.
* **an outline preview before the title**: a doc site's ``提纲:`` / ``目录`` list of the document's
  headings, then the title; the head is read after the list.
* **a title running into the first paragraph** (``市水利局2020年工作计划2020年是…``): cut at the report
  word when what follows starts a sentence (a year with 是/以来, 今年, 我局, 在…, 受…).
* **a title removed as page chrome**: a doc store or content farm prints the page title and the
  document repeats it, and the chrome rules take one or both copies; a chrome line near the top that
  names a report (and is not a site label, breadcrumb or category) is the title.
* **a decorated choice**: a title chosen with store debris (``1 2021 最新修订(可编辑)``, a breadcrumb
  ``… >``, ``-某某官网``) gives way to the report's own title line — the line right above the delivery
  line (``——2013年1月22日在…会议上``) or a clean line it contains.

What the cleaner set aside (a store's page title, the line right above the body, a title's second line or its
issuer line) is read by ``title_aside``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from models.folding import compact as _compact
from models.ingest.metadata_candidates import (
    REPORT_END,
    Choice,
    fragment_ok,
    head_lines,
)
from models.ingest.metadata_title_choice import choose_title
from models.ingest.title_aside import (
    ACCOUNTS_NOTE,
    CELL,
    LETTER_SPACED,
    NOTICE_FORM,
    PREVIEW_LABEL,
    from_chrome,
    org_line_over,
    own_line_above,
    split_into_chrome,
    year_unsupported,
)
from models.ingest.title_blocks import (
    CONTINUATION,
    DEBRIS,
    crumb_over_run_in,
    faithful_full_form,
    fuller_copy_with_place,
    fuller_line_above,
    own_line_over_delivery,
    run_in_own_title,
    three_line_notice,
    title_block_over_delivery,
    wrapped_into_aside,
    wrapped_over_body,
)
from models.ingest.title_captions import captioned_title
from models.ingest.title_speech import SPEECH_SUBTITLE

_MARK_TAIL = re.compile(r"(?:[①-⑳⑴-⒇❶-❿*＊※†]|[\[［〔【]\s*(?:\d{1,2}|注)\s*[\]］〕】]|\^\d{1,2})+$")
_PREVIEW_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.．、]|"
    r"第[一二三四五六七八九十\d]{1,3}(?:部分|章|节|篇))"
)
# a notice's addressees opening its text (各省、自治区、直辖市财政厅（局）…：)
_ADDRESSEES = re.compile(r"^各[\u4e00-\u9fff、，,（）()]{2,120}[:：]$")
# a title a store decorated (全文, a province tag) or joined with the next year's plan (…报告和2019年工作计划)
_DECORATED = re.compile(r"全文|^[(（]|(?:报告|总结)(?:和|及|暨)(?:19|20)\d\d年.{0,12}(?:计划|打算|安排|思路)$")
_TRANSMITTAL = re.compile(r"^关于|印发|通知$|转发")
# a store's or portal's debris glued to a title line: page counters, 最新修订(可编辑), a province tag,
# an index number, a chunk number, a page number, (全文), a bracket holding a date or a 文号
_LEAD_DEBRIS = re.compile(
    # a doc store's page count glued to the title (8页某局上半年工作报告), as its 页数:8页 field counts them
    r"^(?:\d{1,3}\s*页(?=[\u4e00-\u9fff])|(?:\d{1,3}\s+)+(?=\S)|[(（][\u4e00-\u9fff]{2,4}省[)）]|(?:(?:19|20)\d\d\s*)?最新(?:修订|版)?\s*[(（]?可编辑[)）]?\s*\d{0,3}\s*|(?:监督)?索引号\s*[:：]?\s*[\dA-Za-z/\-]{6,}\s*|\d{1,2}\s*、\s*"
    # a page number glued to the title (1政府工作报告, 6乡镇…总结): one digit, then no measure word
    r"|\d(?=[\u4e00-\u9fff])(?![年月日号个项季届次期批类级份点家条篇名人万亿元倍页])"
    # a chunk's stray marks before the title (1、.某市政府工作报告), a store's series label with its serial number
    # before a dated title (百强县市【64】2022年…: dropped like a province tag)
    r"|[.．·:：;；,，、]+(?=[\u4e00-\u9fff])|[\u4e00-\u9fff]{2,8}[【\[［]\d{1,4}[】\]］]\s*(?=(?:19|20)\d\d\s*年))+"
)
_TAIL_DEBRIS = re.compile(
    r"(?:\s*[(（]\s*全文\s*[)）]|—+全文|\s*[(（][^()（）]{0,12}(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^()（）]{0,12}[)）]"
    r"|\s*[(（][\u4e00-\u9fff]{1,8}[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d{1,5}\s*号[)）])+$"
)
# a speech's title: 某某在…会议上的讲话 / 所做的政府工作报告(摘要)
_SPEECH_TITLE = re.compile(
    r"^[^，。,；;！？!?：:]{2,30}在[^，。,；;！？!?：:]{4,60}会议上(?:的|所做的|所作的|作的)"
    r"[^，。,；;！？!?：:]{0,12}(?:讲话|报告)(?:摘要版?|[(（](?:摘要|节选|全文)[)）])?$"
)
# a news headline or farm label naming a 政府工作报告 by its speaker (省长某某作政府工作报告, 市长政府工作报告全文):
# it tells of the delivery, never the report's own title, which a speech caption gives with its session (在…会议上)
_SPEAKER_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{0,8}?(?:省|市|县|区|州|旗)长[\u4e00-\u9fff]{0,4}?(?:作|做)?了?(?:的)?政府工作报告(?:全文)?$"
)
# a news headline naming the speaker alone (孙志刚作政府工作报告, 赵永峰做了政府工作报告): no title either, unless the
# report's own delivery line stands in the head (its title line above it is rescued from there: 946)
# (a photo caption writes the office first and whom it is delivered to: 县长李献文向大会作政府工作报告)
# (a session's news headline over two lines: 某某主持大会并宣布开幕 / 某某作政府工作报告)
_NAMED_SPEAKER_LABEL = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}主持(?:大会|会议)(?:并宣布开幕)?\s*)?"
    r"(?:[\u4e00-\u9fff]{0,6}?代?(?:总理|省长|市长|区长|县长|州长|旗长|盟长|镇长|乡长))?[\u4e00-\u9fff]{2,4}"
    r"(?:向(?:大会|会议|全体代表)|在会上)?(?:作|做)了?政府工作报告$"
)
_DELIVERY_LINE = re.compile(r"^[—－-]{1,2}\s*(?:(?:19|20)\d\d|[二〇○]{2})")
_INFOBOX_NAME = re.compile(r"^[-•·*]?\s*(?:中文名|中文名称|名称)\s*[:：]\s*(.{4,60})$")
_CHAPTER_LABEL = re.compile(r"^第\s*\d+\s*章\s")  # an e-book site's chapter label (第44章 工作报告(7))


def _undecorated(line: str) -> str:
    return _TAIL_DEBRIS.sub("", _LEAD_DEBRIS.sub("", line)).strip()


def _title_of(lines: list[str], year: str) -> str | None:
    if not lines:
        return None
    return choose_title(None, head_lines(lines), year=year).value


def _without_marks(lines: list[str]) -> list[str]:
    return [
        _MARK_TAIL.sub("", line).rstrip() if REPORT_END.search(_MARK_TAIL.sub("", line)) else line for line in lines
    ]


def _after_preview(lines: list[str]) -> list[str]:
    """The lines after a doc site's outline preview (``提纲:`` and its heading list) at the top; a labelled
    ``目录`` runs on through a part's label set alone with its title on the next line and through the tables
    it names in book marks (the contents name the document's parts, never its title)."""
    if not lines:
        return []
    cells = [CELL.sub(r"\1", line.strip()) for line in lines[:60]]  # | 01关于…的报告 |: a contents table's rows
    labelled = bool(PREVIEW_LABEL.match(cells[0]))
    k = 1 if labelled else 0
    while k < len(cells) and (k < 40 or labelled) and len(cells[k]) <= 60:
        if labelled and _PART_ALONE.match(cells[k - 1]) and not _PREVIEW_ITEM.match(cells[k]):
            k += 1  # 第一部分 / 2024年度部门预算情况说明: a part's label alone, its title on the next line
            continue
        # a labelled 目录 also numbers its entries bare (01关于…的报告, 02一般公共预算收入决算表) and lists the
        # tables or documents of a part by their names in book marks (《收入支出决算总表》)
        if not (
            _PREVIEW_ITEM.match(cells[k])
            or (labelled and re.match(r"\d{1,2}(?=\s?[^\d\s.．、])", cells[k]))
            or (labelled and _BOOKED_ENTRY.match(cells[k]))
            or (labelled and _attachment(cells, k))  # 附件:1.…自评表 / 2.…评价报告: the attachments it lists
        ):
            break
        k += 1
    # without a label, a run of bare heading lines (no text under any) opening the page is the preview
    enough = k > 1 if labelled else k >= 3
    return lines[k:] if enough else []


# a contents entry that is a part's label alone (第一部分), its title on the next line
_PART_ALONE = re.compile(r"^第\s*[一二三四五六七八九十\d]{1,3}\s*(?:部分|章|篇)$")
# a contents entry naming a table or document in book marks, nothing else on its line (《收入决算表》)
_BOOKED_ENTRY = re.compile(r"^《[^《》]{2,40}》[;；,，、。]?$")
# the contents' attachment list: 附件:1.某表, then 2.某报告 (an attachment's name is never the document's title, 1137)
_ATTACHED = re.compile(r"^(附件\s*[:：]?\s*)?(\d{1,2})\s*[.．、]\s*\S")


def _attachment(cells: list[str], k: int) -> bool:
    """``cells[k]`` opens the contents' attachment list (附件:1.…) or numbers its next entry (2.… after 附件:1.…)."""
    while (m := _ATTACHED.match(cells[k])) is not None and not m.group(1) and k > 0:
        before = _ATTACHED.match(cells[k - 1])
        if before is None or int(before.group(2)) != int(m.group(2)) - 1:
            return False
        k -= 1
    return m is not None and bool(m.group(1))


_DATE_UNDER = re.compile(r"^[(（]\s*(?:19|20)\d\d\s*年[^()（）]{0,12}[)）]$")


def _after_news_lead(lines: list[str], year: str) -> str | None:
    """A news page's lead sentence, then the document's title with its date line under it."""
    if not lines or not re.search(r"[。，,]", lines[0]):
        return None
    for i, line in enumerate(lines[1:4], start=1):
        dated = i + 1 < len(lines) and _DATE_UNDER.match(lines[i + 1])
        if dated and choose_title(None, [line], year=year).value == line:
            return line
    return None


_DRAFT_NOTE = re.compile(r"[(（](?:征求意见稿|送审稿|草案|讨论稿|试行)[)）]")


def _document_the_notice_names(current: str, lines: list[str]) -> str | None:
    """A head line above the choice that is the very document the chosen notice names in its book marks, draft
    note left off (金华市人民政府关于…若干政策意见 over 某局关于《…若干政策意见（征求意见稿）》公开征求意见的公告, 1143:
    the page's links to the consultation under the policy's own title)."""
    named = {_compact(_DRAFT_NOTE.sub("", n)) for n in re.findall(r"《([^《》]{6,80})》", current)}
    for line in lines[:3]:
        if _compact(line) == _compact(current):
            return None
        if _compact(line) in named:
            return line.strip()
    return None


_BULLET = re.compile(r"^[•·●▪■◆]\s*")


def _page_title_wrapped(current: str, lines: list[str], chrome: tuple[str, ...]) -> str | None:
    """The page's title line set aside above the text when two to four head lines, joined, write it whole and the
    choice is only a part of them (贵州省…计划 / 执行情况与2023年国民经济 / 和社会发展计划草案的报告 under the page's
    one-line title, 1103: a title wrapped mid-phrase, whose last lines read as a title of their own)."""
    part = _compact(current)
    for page in chrome[:6]:
        whole = _compact(page)
        if part == whole or part not in whole:
            continue
        for j in range(min(8, len(lines))):
            joined = ""
            for k in range(j, min(j + 4, len(lines))):
                joined += _compact(_BULLET.sub("", lines[k]))
                if not whole.startswith(joined):
                    break
                if joined == whole and k > j:
                    return page.strip()
    return None


_LONE_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*")


def _year_left_above(current: str, above: str | None, lines: list[str]) -> bool:
    """``current`` opens the text with 年 and names a report, its year alone on the line set aside above it."""
    first = bool(lines) and lines[0].strip() == current
    return bool(above and _LONE_YEAR.fullmatch(above) and first and re.match(r"年", current)) and bool(
        REPORT_END.search(_compact(current))
    )


def rescue_title(
    current: str | None,
    lines: list[str],
    chrome: tuple[str, ...],
    *,
    year: str = "",
    above: str | None = None,
    opening: str | None = None,
    block: tuple[str, ...] = (),
    below: Mapping[str, str] | None = None,
) -> Choice | None:
    """A better title than ``current`` by the rules above, or ``None`` to keep ``current``.

    Args:
        current: the title the normal choice found (``None`` when it found none).
        lines: the display lines of the report, stripped, blank lines left out.
        chrome: the page chrome the cleaner set aside, in document order.
        year: the year of the document's own date, when known (a title of another year scores lower).
        above: the line right above the body that the cleaner set aside whole (``None`` when there is none).
        opening: the line naming a document that opens the page above the body, set aside by the cleaner
            (``metadata_page_lines.opening_line_above_body``; ``None`` when there is none).
        block: the last lines of the original above the body, set aside by the cleaner
            (``metadata_page_lines.lines_above_body``).
        below: for a head line, the line right under it that the cleaner set aside
            (``metadata_pages.lines_set_aside_below``).
    """
    if current is not None:
        notices = [line for line in (*block, opening or "") if NOTICE_FORM.match(_compact(line))]
        if notices and lines and _ADDRESSEES.match(lines[0]) and _compact(current) != _compact(notices[-1]):
            # the text opens at its addressees: the 关于…的通知 line the cleaner set aside above them is the notice's
            # own title, over a document it sends or names (868)
            return Choice(notices[-1].strip(), "the notice's own title over its addressees, set aside by the cleaner")
        unmarked = _MARK_TAIL.sub("", current).rstrip()
        if unmarked != current and REPORT_END.search(unmarked):
            return Choice(unmarked, "the title without its footnote mark")
        summary = re.search(r"(?:19|20)\d\d\s*年度?[^，。]{0,20}?(?:总结|述职|回顾)", current)
        if summary and current in chrome and year_unsupported(current, lines, contradicted=True):
            return Choice(None, "a store's label whose years the text never writes is no title")
        if _CHAPTER_LABEL.match(current):
            return Choice(None, "an e-book site's chapter label is no title")
        named_only = _NAMED_SPEAKER_LABEL.match(_compact(current)) and not any(
            _DELIVERY_LINE.match(line.strip()) for line in lines[:12]
        )
        # (a speaker's label right over the report's own delivery line is the title line its site set: 2081)
        over_delivery = any(
            _compact(current) in _compact(lines[k]) and _DELIVERY_LINE.match(lines[k + 1].strip())
            for k in range(min(12, len(lines) - 1))
        )
        if (_SPEAKER_LABEL.match(_compact(current)) and not over_delivery) or named_only:
            return Choice(None, "a label naming a 政府工作报告 by its speaker, without the session, is no title")
        if (rest := (below or {}).get(current)) is not None and (whole := wrapped_into_aside(current, rest, year)):
            return Choice(whole, "a title whose wrapped last words the cleaner set aside below it")
        if (own := _document_the_notice_names(current, lines)) is not None:
            return Choice(own, "the document's own title over a notice naming it (征求意见, 反馈)")
        if (whole := _page_title_wrapped(current, lines, chrome)) is not None:
            return Choice(whole, "the page's title line that the head's lines wrap, whole")
        if (full := faithful_full_form(current, lines, chrome)) is not None:
            return Choice(full, "the full wording the page gives for a title that lost a 年 or a conjunction")
        if (fuller := fuller_line_above(lines, current, year)) is not None:
            return Choice(fuller, "the fuller title line over a short copy")
        if (placed := fuller_copy_with_place(current, [*lines[:12], *chrome[:12]], year)) is not None:
            return Choice(placed, "the own title line writing the place a page's copy of it lost")
        notice = three_line_notice(lines)
        if notice is not None and current != notice and _compact(current) in _compact(notice):
            return Choice(notice, "a notice's title over three lines under its office")
        over = title_block_over_delivery(lines, year)
        if over is not None and over != current and _compact(current) in over:
            return Choice(over, "a 关于…的报告 title set over several lines above its delivery line")
        wrapped = (
            wrapped_over_body(block, lines, year)
            if block and lines and current == lines[0].strip() and CONTINUATION.match(current)
            else None
        )
        if wrapped is not None:
            return Choice(wrapped, "a title wrapped over short lines above the text, set aside by the cleaner")
        if _year_left_above(current, above, lines):
            # 2020⏎年城市管理局工作总结: a hard wrap left the title's year alone on its line, and the cleaner set the
            # bare number aside as a page's (1692; a title wrapped over more lines, 087, is read whole above)
            return Choice(f"{above}{current}".strip(), "a title whose year a wrap left on the line above, set aside")
        if (joined := org_line_over(current, lines, above, year)) is not None:
            return Choice(joined, "a title whose issuer line the cleaner set aside above it")
        own = own_line_over_delivery(lines, current, year)
        if own is not None and not _TRANSMITTAL.search(current):
            return Choice(own, "the report's own title line over its delivery line")
        plain = _undecorated(current)
        if plain != current and len(plain) >= 4 and choose_title(None, [plain], year=year).value == plain:
            return Choice(plain, "the title without a store's or portal's debris")
        if DEBRIS.search(current):
            tail = re.split(r"\s*(?:>|＞|›)\s*", current)[-1].strip()
            if tail != current and choose_title(None, [tail], year=year).value == tail:
                return Choice(tail, "the title after a breadcrumb")
            for line in lines[:8]:
                if (
                    line != current
                    and len(line) >= 4
                    and line in current
                    and choose_title(None, [line], year=year).value == line
                ):
                    return Choice(line, "the clean title line the decorated choice contains")
        return None
    for line in lines[:4]:
        if (rest := (below or {}).get(line)) is not None and (whole := wrapped_into_aside(line, rest, year)):
            return Choice(whole, "a title whose wrapped last words the cleaner set aside below it")
    unmarked_head = _without_marks(lines[:12])
    if unmarked_head != lines[:12] and (title := _title_of(unmarked_head, year)) is not None:
        return Choice(title, "a title line with a footnote mark")
    plain_head = [_undecorated(line) for line in lines[:12]]
    if plain_head != lines[:12] and (title := _title_of(plain_head, year)) is not None:
        return Choice(title, "a title line without a store's or portal's debris")
    if (over := title_block_over_delivery(lines, year)) is not None:
        return Choice(over, "a 关于…的报告 title set over several lines above its delivery line")
    for line in lines[:8]:
        if _SPEECH_TITLE.match(line):
            return Choice(line, "a speech's title (…在…会议上的讲话)")
    if (title := three_line_notice(lines)) is not None:
        return Choice(title, "a notice's title over three lines under its office")
    for line in lines[:6]:
        booked = re.fullmatch(r"《([^《》]{6,80})》\s*(?:全文|[(（]全文[)）])?\s*[:：]?", line)  # 《…报告》全文：
        if booked and choose_title(None, [booked.group(1)], year=year).value == booked.group(1):
            return Choice(booked.group(1), "a title standing alone in book marks")
    if (
        above is not None
        and lines
        and SPEECH_SUBTITLE.match(_compact(lines[0]))
        and fragment_ok(above)
        and not re.search(r"\d", above)
    ):
        # 凝心聚力谋发展 / ——某局2023年工作总结: the title over its subtitle, set aside as a site's motto
        return Choice(_compact(above) if LETTER_SPACED.match(above) else above, "the title over its ——subtitle")
    if above is not None and (title := own_line_above(above, lines, chrome, year)) is not None:
        return Choice(title, "the title line right above the text, set aside as a page's copy")
    if opening is not None and (title := own_line_above(opening, lines, chrome, year, opening=True)) is not None:
        return Choice(title, "the title line opening the page, set aside by the cleaner")
    if block and (title := wrapped_over_body(block, lines, year)) is not None:
        return Choice(title, "a title wrapped over short lines above the text, set aside by the cleaner")
    if (title := split_into_chrome(lines, chrome)) is not None:
        return Choice(title, "a title whose second line the chrome rules took out")
    if (title := _after_news_lead(lines, year)) is not None:
        return Choice(title, "the title after a news page's lead")
    if (title := _title_of(_after_preview(lines), year)) is not None:
        return Choice(title, "the title after an outline preview")
    if (title := captioned_title(chrome, lines)) is not None:
        return Choice(title, "a title running into the text, the doc store's page captions naming it")
    if (title := run_in_own_title(lines, year)) is not None:
        return Choice(title, "a title running into its first paragraph")
    if (title := crumb_over_run_in(chrome, lines, year)) is not None:
        return Choice(title, "a title running into the text, the breadcrumb's last crumb repeating it")
    if (title := from_chrome(chrome, lines, year)) is not None:
        return Choice(title, "a report's title the chrome rules took out")
    for line in lines[:30]:
        if (m := _INFOBOX_NAME.match(line)) and REPORT_END.search(m.group(1)):
            return Choice(m.group(1).strip(), "a wiki infobox's name row (the text has no title)")
    for line in lines[:3]:
        if PREVIEW_LABEL.match(line) or _PREVIEW_ITEM.match(line):
            break  # a contents list or a numbered part (第一部分 2024部门预算说明) opens the text: no title line
        if ACCOUNTS_NOTE.match(line):
            return Choice(line, "the title of a 决算/预算 说明")
    return None
