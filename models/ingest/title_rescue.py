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
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from models.folding import compact as _compact
from models.ingest.metadata_candidates import (
    ORG_LINE,
    ORG_SUFFIX,
    REPORT_END,
    Choice,
    fragment_ok,
    head_lines,
    issuer_line,
    title_text,
)
from models.ingest.metadata_title_choice import SPEECH_SUBTITLE, choose_title
from models.ingest.title_blocks import (
    CONTINUATION,
    DEBRIS,
    DELIVERY_LINE,
    crumb_over_run_in,
    fuller_line_above,
    own_line_over_delivery,
    run_in_own_title,
    three_line_notice,
    title_block_over_delivery,
    wrapped_into_aside,
    wrapped_over_body,
)

_MARK_TAIL = re.compile(r"(?:[①-⑳⑴-⒇❶-❿*＊※†]|[\[［〔【]\s*(?:\d{1,2}|注)\s*[\]］〕】]|\^\d{1,2})+$")
_PREVIEW_LABEL = re.compile(r"^(?:提\s*纲|目\s*录|内容提要|大\s*纲)\s*[:：]?$")
_PREVIEW_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.．、]|"
    r"第[一二三四五六七八九十\d]{1,3}(?:部分|章|节|篇))"
)
_NOTICE_FORM = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,30})?关于.{4,80}的(?:通知|意见|决定|批复|请示|通报|函|报告|规定|办法)$"
)
# a notice's addressees opening its text (各省、自治区、直辖市财政厅（局）…：)
_ADDRESSEES = re.compile(r"^各[\u4e00-\u9fff、，,（）()]{2,120}[:：]$")
_LETTER_SPACED = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){3,}$")
_YEAR_TAG = re.compile(r"\s*[(（](?:19|20)\d\d\s*年?(?:度|版)?[)）]$")
_NOT_CHROME_TITLE = re.compile(
    r"[>/|｜:：_\[\]【】、]|https?|www\.|\.(?:com|cn|net)|^\d+\s|下载|文库|范文|模板|排行|推荐"
)
# a title a store decorated (全文, a province tag) or joined with the next year's plan (…报告和2019年工作计划)
_DECORATED = re.compile(r"全文|^[(（]|(?:报告|总结)(?:和|及|暨)(?:19|20)\d\d年.{0,12}(?:计划|打算|安排|思路)$")
# a doc store's notice to its readers (本文档由用户上传…, 版权归属…, 网站客服…)
_STORE_NOTICE = re.compile(r"本文档由.{0,6}上传|版权归属|网站客服")
# a farm compilation's label glued before its first piece's title (第一篇:, 篇一:, 【篇一】)
_PIECE_LABEL = re.compile(
    r"^(?:(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})\s*[:：]|【篇[一二三四五六七八九十\d]{1,3}】)\s*"
)
_TRANSMITTAL = re.compile(r"^关于|印发|通知$|转发")
# a page that collects several essays under one label (七篇, 篇(1)) names none of them
_COLLECTION = re.compile(r"[\d一二三四五六七八九十两]+\s*篇|篇\s*[(（]\d+[)）]")
# a text opening as a government work report (各位代表 … 向大会报告工作)
_GOV_REPORT_OPENING = re.compile(r"各位代表.{0,120}?向(?:大会|会议)(?:作)?(?:报告|作)")
# a store's or portal's debris glued to a title line: page counters, 最新修订(可编辑), a province tag,
# an index number, a chunk number, a page number, (全文), a bracket holding a date or a 文号
_LEAD_DEBRIS = re.compile(
    # a doc store's page count glued to the title (8页某局上半年工作报告), as its 页数:8页 field counts them
    r"^(?:\d{1,3}\s*页(?=[\u4e00-\u9fff])|(?:\d{1,3}\s+)+(?=\S)|[(（][\u4e00-\u9fff]{2,4}省[)）]|(?:(?:19|20)\d\d\s*)?最新(?:修订|版)?\s*[(（]?可编辑[)）]?\s*\d{0,3}\s*|(?:监督)?索引号\s*[:：]?\s*[\dA-Za-z/\-]{6,}\s*|\d{1,2}\s*、\s*"
    # a page number glued to the title (1政府工作报告, 6乡镇…总结): one digit, then no measure word
    r"|\d(?=[\u4e00-\u9fff])(?![年月日号个项季届次期批类级份点家条篇名人万亿元倍页]))+"
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
_INFOBOX_NAME = re.compile(r"^[-•·*]?\s*(?:中文名|中文名称|名称)\s*[:：]\s*(.{4,60})$")
_CHAPTER_LABEL = re.compile(r"^第\s*\d+\s*章\s")  # an e-book site's chapter label (第44章 工作报告(7))
_ACCOUNTS_NOTE = re.compile(r"^[^，。,；;：:！？!?]{6,60}(?:决算|预算)(?:公开)?(?:情况)?说明$")


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
    cells = [_CELL.sub(r"\1", line.strip()) for line in lines[:60]]  # | 01关于…的报告 |: a contents table's rows
    labelled = bool(_PREVIEW_LABEL.match(cells[0]))
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
        ):
            break
        k += 1
    # without a label, a run of bare heading lines (no text under any) opening the page is the preview
    enough = k > 1 if labelled else k >= 3
    return lines[k:] if enough else []


_CELL = re.compile(r"^\|\s*([^|]*?)\s*\|$")
# a contents entry that is a part's label alone (第一部分), its title on the next line
_PART_ALONE = re.compile(r"^第\s*[一二三四五六七八九十\d]{1,3}\s*(?:部分|章|篇)$")
# a contents entry naming a table or document in book marks, nothing else on its line (《收入决算表》)
_BOOKED_ENTRY = re.compile(r"^《[^《》]{2,40}》[;；,，、。]?$")


def _fragment(text: str) -> bool:
    """A piece of a title wrapped over chrome lines (``和其他财政收支的审计工作报告``) or a category."""
    return bool(re.match(r"[和及与的其]|.{0,8}的通知$", text)) or (
        "的" in text and not re.search(r"关于|在.+的|印发", text)
    )


def _year_unsupported(title: str, lines: list[str], *, contradicted: bool = False) -> bool:
    """A store's label whose years the text never writes (a farm dating an undated or older text);
    with ``contradicted``, only when the text writes other years instead."""
    years = set(re.findall(r"(?:19|20)\d\d", title))
    if not years:
        return False
    rest = "\n".join(line for line in lines if _compact(line) != _compact(title))
    if any(y in rest for y in years):
        return False
    return not contradicted or bool(re.search(r"(?:19|20)\d\d\s*年", rest))


def _from_chrome(chrome: tuple[str, ...], lines: list[str], year: str) -> str | None:
    """A report's title that the chrome rules took out near the top (a store's page title and its copy)."""
    if any(_COLLECTION.search(line) for line in [*chrome[:10], *lines[:2]]):
        return None
    gov_report = bool(_GOV_REPORT_OPENING.search("".join(lines[:4])))
    found: list[str] = []
    for k, raw in enumerate(chrome[:10]):
        text = _YEAR_TAG.sub("", raw.strip())
        if _LETTER_SPACED.match(text):
            text = _compact(text)  # 政 府 工 作 报 告: a title set letter-spaced
        elif k + 1 < len(chrome) and len(chrome[k + 1].strip()) <= 3 and not REPORT_END.search(text):
            text += chrome[k + 1].strip()  # 政府工作报 / 告: a title a page broke inside its last word
        text = title_text(text)[0]  # a store's suffix or anti-copy letters after it (政府工作报告pbY)
        if not 6 <= len(text) <= 60 or _NOT_CHROME_TITLE.search(text) or not REPORT_END.search(text):
            continue
        if re.search(r"[，。,；;！？!?]", text) or (gov_report and "工作报告" not in text):
            continue  # a farm's label that calls a government work report a speech or 汇报 is not its title
        if _fragment(text) or _year_unsupported(text, lines, contradicted=True):
            continue
        if choose_title(None, [text], year=year).value == text:
            found.append(text)
    if not found:
        return None
    if lines and DELIVERY_LINE.match(lines[0]):
        return found[-1]  # the text opens at its delivery line: the title stood right above it

    # a contents list opening the text names the document's parts, never a copy of its title
    opening = [] if lines and _PREVIEW_LABEL.match(_CELL.sub(r"\1", lines[0].strip())) else lines[:3]

    # a page title with its copy (or one the text's first lines repeat); a related-links list names each once
    # (a line holding a longer title found here backs that one, never the shorter words inside it: 半年工作总结
    # under 某局上半年工作总结 and its copy is the store's cut label)
    def evidence(t: str) -> int:
        def backs(line: str) -> bool:
            return t in line and not any(t in u and t != u and u in line for u in found)

        return sum(backs(_YEAR_TAG.sub("", c)) for c in chrome[:10]) + sum(backs(line) for line in opening)

    # a title in the 公文 form (关于…的通知) is no site's label: one copy is enough
    backed = [
        t for t in found if evidence(t) >= 2 or any(t in line for line in opening) or _NOTICE_FORM.match(_compact(t))
    ]
    if not backed:
        return None
    return max(backed, key=lambda t: (evidence(t), -backed.index(t)))


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


def _split_into_chrome(lines: list[str], chrome: tuple[str, ...]) -> str | None:
    """A title split over two lines whose second line (the kind of document) the chrome rules took out."""
    if not lines or not re.match(r"^(?:(?:19|20)\d\d\s*年度?)?[\u4e00-\u9fff（）()]{4,40}$", lines[0]):
        return None
    if not ORG_LINE.match(re.sub(r"^(?:19|20)\d\d\s*年度?", "", lines[0])):
        return None
    for label in chrome[:3]:
        joined = lines[0] + label.strip()
        if len(label.strip()) > 12:
            continue
        if _ACCOUNTS_NOTE.match(joined) or (
            REPORT_END.search(label.strip()) and choose_title(None, [joined]).value == joined
        ):
            return joined
    return None


def _own_line_above(
    above: str, lines: list[str], chrome: tuple[str, ...], year: str, *, opening: bool = False
) -> str | None:
    """The report's own title standing right over its text, which the cleaner took for a copy of the page's
    heading (951): the page prints the same title before it (its heading), and the line names a report;
    never a collection label, nor a label calling a 政府工作报告 something else."""
    piece = _PIECE_LABEL.sub("", above)  # 第一篇:某某工作报告: a farm compilation's first piece, labelled
    labelled_here = piece != above
    above = piece
    text = title_text(above)[0]
    if _COLLECTION.search(above) or re.search(r"[，。；;！？!?]", text) or not REPORT_END.search(text):
        return None
    if _GOV_REPORT_OPENING.search("".join(lines[:4])) and "工作报告" not in text:
        return None  # 区政府工作会议的讲话 over 各位代表…向大会作工作报告: a farm's label
    copies = sum(title_text(_YEAR_TAG.sub("", c.strip()))[0] == text for c in chrome[:10])
    at = next((k for k, c in enumerate(chrome[:12]) if c.strip() == above.strip()), None)
    # a farm's piece label right before it (某某述职报告篇1): the piece's own title (406)
    labelled = at is not None and at > 0 and bool(re.search(r"篇\s*[(（]?\d{1,2}[)）]?$", chrome[at - 1].strip()))
    # a doc store's page: its upload and copyright notices set aside just before the line (846, 942)
    stored = at is not None and any(_STORE_NOTICE.search(c) for c in chrome[max(0, at - 8) : at])
    if opening and copies < 2 and _year_unsupported(text, lines):
        return None  # a farm's label dating a text that never writes its year (2024年… over XX年): chrome
    if copies < 2 and not (labelled or labelled_here or stored or opening):
        return None  # the line is among the chrome: the page's heading is the other copy
    return text if choose_title(None, [text], year=year).value == text else None


def _org_line_over(current: str, lines: list[str], above: str | None, year: str) -> str | None:
    """``镇政府`` / ``2019年工作总结及2020年工作安排``: a title split after its body's short name, the name's line
    set aside above the text; the two joined (as a split head is read)."""
    if above is None or not lines or current != lines[0].strip():
        return None
    name = above.strip()
    if re.match(r"关于", current) and len(name.split()) >= 2 and issuer_line(name):
        # 中共某省委 某省人民政府 / 关于…的意见: a red-head joint issuer line the cleaner took for a site's name (862)
        joined = name + current
        return joined if choose_title(None, [joined], year=year).value == joined else None
    if not re.match(r"(?:19|20)\d\d", current):
        return None
    if len(name) > 12 or not re.fullmatch(rf"[\u4e00-\u9fff（）()]{{1,10}}?(?:{ORG_SUFFIX})", name) or "网" in name:
        return None
    joined = name + current
    return joined if choose_title(None, [joined], year=year).value == joined else None


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
            (``metadata_pages.opening_line_above_body``; ``None`` when there is none).
        block: the last lines of the original above the body, set aside by the cleaner
            (``metadata_pages.lines_above_body``).
        below: for a head line, the line right under it that the cleaner set aside
            (``metadata_pages.lines_set_aside_below``).
    """
    if current is not None:
        notices = [line for line in (*block, opening or "") if _NOTICE_FORM.match(_compact(line))]
        if notices and lines and _ADDRESSEES.match(lines[0]) and _compact(current) != _compact(notices[-1]):
            # the text opens at its addressees: the 关于…的通知 line the cleaner set aside above them is the notice's
            # own title, over a document it sends or names (868)
            return Choice(notices[-1].strip(), "the notice's own title over its addressees, set aside by the cleaner")
        unmarked = _MARK_TAIL.sub("", current).rstrip()
        if unmarked != current and REPORT_END.search(unmarked):
            return Choice(unmarked, "the title without its footnote mark")
        summary = re.search(r"(?:19|20)\d\d\s*年度?[^，。]{0,20}?(?:总结|述职|回顾)", current)
        if summary and current in chrome and _year_unsupported(current, lines, contradicted=True):
            return Choice(None, "a store's label whose years the text never writes is no title")
        if _CHAPTER_LABEL.match(current):
            return Choice(None, "an e-book site's chapter label is no title")
        if (rest := (below or {}).get(current)) is not None and (whole := wrapped_into_aside(current, rest, year)):
            return Choice(whole, "a title whose wrapped last words the cleaner set aside below it")
        if (fuller := fuller_line_above(lines, current, year)) is not None:
            return Choice(fuller, "the fuller title line over a short copy")
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
        if (joined := _org_line_over(current, lines, above, year)) is not None:
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
        return Choice(_compact(above) if _LETTER_SPACED.match(above) else above, "the title over its ——subtitle")
    if above is not None and (title := _own_line_above(above, lines, chrome, year)) is not None:
        return Choice(title, "the title line right above the text, set aside as a page's copy")
    if opening is not None and (title := _own_line_above(opening, lines, chrome, year, opening=True)) is not None:
        return Choice(title, "the title line opening the page, set aside by the cleaner")
    if block and (title := wrapped_over_body(block, lines, year)) is not None:
        return Choice(title, "a title wrapped over short lines above the text, set aside by the cleaner")
    if (title := _split_into_chrome(lines, chrome)) is not None:
        return Choice(title, "a title whose second line the chrome rules took out")
    if (title := _after_news_lead(lines, year)) is not None:
        return Choice(title, "the title after a news page's lead")
    if (title := _title_of(_after_preview(lines), year)) is not None:
        return Choice(title, "the title after an outline preview")
    if (title := run_in_own_title(lines, year)) is not None:
        return Choice(title, "a title running into its first paragraph")
    if (title := crumb_over_run_in(chrome, lines, year)) is not None:
        return Choice(title, "a title running into the text, the breadcrumb's last crumb repeating it")
    if (title := _from_chrome(chrome, lines, year)) is not None:
        return Choice(title, "a report's title the chrome rules took out")
    for line in lines[:30]:
        if (m := _INFOBOX_NAME.match(line)) and REPORT_END.search(m.group(1)):
            return Choice(m.group(1).strip(), "a wiki infobox's name row (the text has no title)")
    for line in lines[:3]:
        if _PREVIEW_LABEL.match(line) or _PREVIEW_ITEM.match(line):
            break  # a contents list or a numbered part (第一部分 2024部门预算说明) opens the text: no title line
        if _ACCOUNTS_NOTE.match(line):
            return Choice(line, "the title of a 决算/预算 说明")
    return None
