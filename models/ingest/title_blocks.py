"""Titles a page set over several lines: a 公文 title over three lines under its office, a 关于…的报告 title wrapped
above its delivery line, a title wrapped over short lines the cleaner set aside above the body, and the report's
own title line over (or under) a decorated or shortened copy of it; and a title running into its first paragraph
(where it ends: a sentence opening, or the breadcrumb's last crumb repeating it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from models.folding import compact as _compact
from models.ingest.metadata_candidates import (
    ORG_LINE,
    REPORT_END,
    SESSION_COVER,
    SESSION_FILES,
    title_score,
    title_text,
)
from models.ingest.metadata_dates import is_date_line
from models.ingest.metadata_title_choice import choose_title
from models.ingest.title_speech import DELIVERY_LINE

SENTENCE_MARK = _SENTENCE_MARK = re.compile(r"[，。,；;！？!?：:]")
DEBRIS = _DEBRIS = re.compile(
    r">|＞|›|官网|可编辑|最新修订|精品文档|^\d+\s+\d|[-—－]\s*[\u4e00-\u9fff]{0,12}(?:网|官网|平台|文库)|"
    r"\|"
)
_DELIVERY_LINE = DELIVERY_LINE


_NOTICE_END = re.compile(r"的[\u4e00-\u9fff]{0,4}(?:报告|通知|意见|决定|请示|函|批复|说明|汇报)$")


def title_block_over_delivery(lines: list[str], year: str) -> str | None:
    """A ``关于…的报告`` title wrapped over two to four lines right above its delivery line
    (``——2025年4月9日在…会议上``) or the salutation: the lines from the one opening with 关于 down, joined."""
    for i, line in enumerate(lines[1:15], start=1):
        if not (_DELIVERY_LINE.match(line) or re.match(r"(?:各位代表|各位委员)\s*[:：]?$", line)):
            continue
        for k in range(2, 5):
            if i - k < 0:
                break
            block = [part.strip() for part in lines[i - k : i]]
            if any(len(part) > 40 or _SENTENCE_MARK.search(part) or _DEBRIS.search(part) for part in block):
                break
            joined = _compact("".join(block))
            if not joined.startswith("关于"):
                continue
            if any(_NOTICE_END.search(_compact(part)) for part in block[:-1]):
                break  # 关于…的审计工作报告 / 审计工作报告: a whole title over a copy of its kind, not one title
            if REPORT_END.search(joined) and choose_title(None, [joined], year=year).value == joined:
                return joined
            break
        return None
    return None


# what continues a title wrapped onto the next line: its year's 年, a conjunction, the kind's last words
CONTINUATION = _CONTINUATION = re.compile(r"^(?:年|和|及|与|暨|的|以及)")


def _breaks_inside(line: str, nxt: str) -> bool:
    """The break between ``line`` and ``nxt`` falls inside one title: at a figure, before 年, after a conjunction."""
    line, nxt = _compact(line), _compact(nxt)
    return bool(re.search(r"(?:\d|[和及与暨的年度])$", line) or re.match(r"(?:\d|[年和及与暨的度])", nxt))


def wrapped_over_body(block: Sequence[str], lines: list[str], year: str) -> str | None:
    """A title the page wrapped over short lines right above the body (``某局 2020 年工作总结和 2021 年`` /
    ``工作重点``; a PDF wrapping at each figure: ``县农业农村局`` / ``2023`` / ``年工作总结和`` / ``2024`` /
    ``年工作思路``), the cleaner setting the pieces aside: the pieces joined, with a last piece left at the top
    of the text."""
    pieces: list[str] = []
    for part in reversed(block):
        if len(part) > 40 or _SENTENCE_MARK.search(part) or _DEBRIS.search(part) or re.search(r"[:：]|^[-•·]", part):
            break
        pieces.insert(0, part)
    tail = lines[0].strip() if lines and len(lines[0]) <= 20 and _CONTINUATION.match(lines[0].strip()) else ""
    for k in range(len(pieces), 1 if not tail else 0, -1):
        parts = pieces[-k:] + ([tail] if tail else [])
        if _CONTINUATION.match(parts[0]) or re.fullmatch(r"\d+", parts[0]):
            continue  # the block must start where the title starts
        joined = _compact("".join(parts))
        if len(joined) > 60 or (title_score(joined) or 0) < 4:
            continue  # the joined lines must name a kind of document
        # each line but the last is a piece, not a title of its own (a page title over its copy is no wrap)
        if any(REPORT_END.search(_compact(p)) and not p.endswith(("和", "及", "与")) for p in parts[:-1]):
            continue
        # and the page broke each line where the words go on (a figure, its 年, a conjunction), never between
        # two lines each whole (网站首页 / 工作动态 / 某局2023年工作总结 is a crumb over a title)
        if not all(_breaks_inside(a, b) for a, b in pairwise(parts)):
            continue
        if choose_title(None, [joined], year=year).value == joined:
            return joined
    return None


def wrapped_into_aside(first: str, below: str, year: str) -> str | None:
    """A title wrapped after its first line whose last words the cleaner set aside below it (``…统计公报(20`` /
    ``22年更新)``, ``…社会发展统`` / ``计公报``): the two joined, when the break falls inside the title (a bracket
    left open, or a kind of document only the two together name)."""
    if len(below) > 20 or _SENTENCE_MARK.search(below) or _DEBRIS.search(below):
        return None
    joined = first + below
    opened = first.count("(") + first.count("（") > first.count(")") + first.count("）")
    closed = joined.count("(") + joined.count("（") == joined.count(")") + joined.count("）")
    named = REPORT_END.search(_compact(joined)) and not REPORT_END.search(_compact(first))
    if not ((opened and closed) or named):
        return None
    title = choose_title(None, [joined], year=year).value
    return title if title is not None and len(title) > len(first) - 4 else None


# a line opening with a conjunction continues the line above it: it cannot start a title
_CONJUNCTION_START = re.compile(r"^(?:和|及|与|暨|以及)")
# a line a wrapped title may run over: words, figures, brackets and quotes, never page furniture (丨, |, a .png name)
_TITLE_TEXT = re.compile(r"^[\u4e00-\u9fff0-9０-９（）()《》〈〉“”、·—\-\s]+$")


def own_line_over_delivery(lines: list[str], chosen: str, year: str) -> str | None:
    """The report's own title line right above its delivery line, when the choice only decorates it."""
    for i, line in enumerate(lines[1:15], start=1):
        if not _DELIVERY_LINE.match(line):
            continue
        above = lines[i - 1].strip()
        if above == chosen or _compact(above) not in _compact(chosen):
            return None
        if _CONJUNCTION_START.match(above):
            return None  # 和2021年预算草案的报告: the last line of a wrapped title, never a title of its own
        if any(
            _compact("".join(lines[j:i])) == _compact(chosen)
            and all(_TITLE_TEXT.match(t.strip()) for t in lines[j : i - 1])
            for j in range(max(0, i - 3), i - 1)
        ):
            return None  # 某县人民政府关于…社会 / 发展计划…的报告: the choice joins the lines above, a title wrapped
        if choose_title(None, [above], year=year).value == above:
            return above
        return None
    return None


def fuller_line_above(lines: list[str], chosen: str, year: str) -> str | None:
    """The title line right above a short copy of it: 某县二〇二三年…统计公报 over …统计公报, or
    a title split so that only its report word (``统计公报``) was chosen."""
    for i, line in enumerate(lines[1:12], start=1):
        if line != chosen:
            continue
        if i + 1 < len(lines) and _DELIVERY_LINE.match(lines[i + 1]):
            return None  # the report's own title over its delivery line: the line above is the page's
        above = lines[i - 1]
        if _DEBRIS.search(above) or (REPORT_END.search(above) and not above.endswith(chosen)):
            return None
        if is_date_line(above.strip("()（） ")) or SESSION_FILES.search(_compact(above)) or SESSION_COVER.search(above):
            return None  # a page's date line over the title (2011年12月29日 / 政府工作报告): no part of it
        fuller = above if above.endswith(chosen) else above + chosen
        added = fuller[: len(fuller) - len(chosen)]
        if not 2 <= len(added) <= 40 or not re.search(r"[\u4e00-\u9fff]", added) or re.search(r"[，。,；;：:]", added):
            return None
        if len(chosen) > 8 and not above.endswith(chosen):
            return None  # only a bare report word is joined to the line above
        if choose_title(None, [fuller], year=year).value == fuller:
            return fuller
        return None
    return None


# a title opening with a bare level letter (区农业农村局…, 县…): a page's copy that lost the place's name before it
_BARE_LEVEL = re.compile(r"^(?:19|20)?\d{0,2}年?[省市区县州旗镇乡](?![市区县州旗])")
# the place's name, or its mask, that the fuller copy writes before it (X区, XX县, 某区, 鹿城区)
_PLACE_NAME = re.compile(r"[XxＸ×*＊]{1,4}|某{1,2}|[\u4e00-\u9fff]{1,6}")


def fuller_copy_with_place(chosen: str, lines: Sequence[str], year: str) -> str | None:
    """The text's own title line (or the one the cleaner set aside as a repeat) that writes the chosen title whole,
    its place's name (or mask) before it: ``X区农业农村局…`` under a farm's page title ``区农业农村局…`` (1612)."""
    if not _BARE_LEVEL.match(chosen):
        return None
    for line in lines:
        line = line.strip()
        if line == chosen or not line.endswith(chosen):
            continue
        if (
            _PLACE_NAME.fullmatch(line[: len(line) - len(chosen)])
            and choose_title(None, [line], year=year).value == line
        ):
            return line
    return None


def three_line_notice(lines: list[str]) -> str | None:
    """A 公文 title over three lines: the office, ``关于…``, the rest ending in the kind (or office and 关于 on one)."""
    for i in range(min(len(lines) - 2, 8)):
        org, first, last = lines[i], lines[i + 1], lines[i + 2]
        if not ORG_LINE.match(org) or not re.match(r"关于|印发|转发", first) or REPORT_END.search(first):
            continue
        if len(last) <= 30 and REPORT_END.search(last) and not _SENTENCE_MARK.search(first + last):
            return org + first + last
    for i in range(min(len(lines) - 2, 8)):
        # 某某办公厅关于印发某市 / 降低…成本2017年 / 第二批政策措施的通知: the office and 关于 on the first line
        first, middle, last = lines[i], lines[i + 1], lines[i + 2]
        if not re.match(r"^[\u4e00-\u9fff]{0,30}?关于[\u4e00-\u9fff《》]", first) or len(first) > 40:
            continue
        if any(REPORT_END.search(x) or len(x) > 30 for x in (first, middle)) or not REPORT_END.search(last):
            continue
        if len(last) <= 30 and not _SENTENCE_MARK.search(first + middle + last):
            return first + middle + last
    return None


# what opens a sentence right after a title that runs into its text
_SENTENCE_OPEN = re.compile(
    r"(?:(?:19|20)[\dXx]{2}|[Xx]{4})\s*年(?:度)?(?:是|以来|上半年|[,，]|,)|二〇[一二三四五六七八九〇○]{2}年是|今年|去年|上半年以来|"
    r"一年来|半年来|近年来|近几年|(?:今年)?[上下]半年[,，]|在[^。，,；]{0,16}?(?:领导|指导|关心|支持)|受[\u4e00-\u9fff]{2,20}委托|"
    r"我(?:局|委|办|市|县|区|镇|乡|省|厅|中心|街道|单位|部门)|根据|按照|为(?:深入|全面|认真|进一步|切实)|"
    r"过去的?[一二三四五两几]年|自[^，。,]{2,20}以来|(?:各位代表|各位委员|同志们)\s*[:：]"
)
# what a store, farm or portal puts around or in place of a title
_FIRST_HEADING = re.compile(r"一\s*、|[(（]一[)）]|第一部分")
_SUBJECT = re.compile(
    r"[本该此现特各]|根据|按照|今年|去年|近年|为了|围绕|通过|坚持|认真|在"
)  # a sentence's subject opens the line, not a title
_STORE_LEAD = re.compile(
    r"^(?:-[^-\s]{2,12}-\s*|编号\s*[:：]\s*\d{5,}\s*"
    # a doc store's slogan printed over every document (精选优质文档-倾情为你奉上, 下载后可任意编辑)
    r"|精选优质文档\s*[-—－]*\s*倾情为你奉上\s*|(?:word)?(?:文档)?下载后可(?:任意)?编辑(?:修改)?\s*)",
    re.IGNORECASE,
)
_TEMPLATE_DATE = re.compile(r"(?:19|20)[\dXx]{2}/[\dXx]{1,2}/[\dXx]{1,2}")  # a template's date slot: 201X/X/XX


def run_in_own_title(lines: list[str], year: str) -> str | None:
    """A title that runs into its first paragraph on one line, cut where the sentence (or the first
    ``一、`` heading) starts; a doc store's chunk number (``1、``) before it is dropped."""
    for raw in lines[:2]:
        line = re.sub(r"^\d{1,2}\s*、\s*", "", raw)
        line = _STORE_LEAD.sub("", line)  # -精品合同推荐- , 编号:682553579: a store's tag before the title
        if len(line) < 40:
            continue
        for end in re.finditer(REPORT_END.pattern.rstrip("$"), line[:80]):
            title, rest = line[: end.end()], line[end.end() :]
            rest = re.sub(r"^(?:\d{2,5}字)?(?:供(?:借鉴|参考)|范文)", "", rest)  # a store's note between them
            if len(title) < 6 or SENTENCE_MARK.search(title) or re.search(r"\s", title) or _SUBJECT.match(title):
                continue
            if (bound := re.search(r"汇编|合集|大全", title)) is not None and len(title) - bound.end() >= 6:
                title = title[
                    bound.end() :
                ]  # …与…思路汇编民政局…工作计划: a store's compilation label, the first piece
            # …工作汇报林业局系县政府组成部门: the text opens by naming again the body the title starts with
            restated = len(rest) > 2 and re.match(r"[\u4e00-\u9fff]{2}", title) and rest.startswith(title[:2])
            opens = _SENTENCE_OPEN.match(rest) or _FIRST_HEADING.match(rest) or _TEMPLATE_DATE.match(rest) or restated
            if not opens or not re.search(r"[。，,；]", rest[:80]):
                continue
            if (chosen := choose_title(None, [title], year=year).value) is not None and title.endswith(chosen):
                return chosen  # the own title, when a page's title glued before it repeats its start
    return None


_CRUMBS = re.compile(r"\s*[>＞›»]+\s*")


def crumb_over_run_in(chrome: tuple[str, ...], lines: list[str], year: str) -> str | None:
    """A one-line copy's title run into its first sentence where the page's breadcrumb ends with the same title:
    the last crumb says where the title ends (``首页 > 总结 > 某局工作总结`` over ``某局工作总结2023年,…``); a crumb
    the page cut short (``某局2023年工作总结及2024...``) says where it starts, and it ends at the next report word
    that no conjunction carries on."""
    trail = [line for line in (*chrome[:12], *lines[:2]) if len(_CRUMBS.split(line.strip())) >= 3]
    glued = next((line for line in lines[:3] if line not in trail), None)
    if glued is None:
        return None
    glued = _compact(re.sub(r"^\d{1,2}\s*、\s*", "", glued))  # a doc store's chunk number before it
    for line in trail:
        crumb = _compact(_CRUMBS.split(line.strip())[-1])
        cut = re.sub(r"(?:\.{2,}|…+)$", "", crumb)
        if len(cut) < 6 or not glued.startswith(cut) or len(glued) < len(cut) + 20:
            continue  # the text does not open with the crumb, or the line is the title alone (read as a head line)
        if cut != crumb:  # cut short: the title goes on to a report word (…工作计划), not to a conjunction after it
            ends = (m.end() for m in re.finditer(REPORT_END.pattern.rstrip("$"), glued[: len(cut) + 30]))
            crumb = next((glued[:e] for e in ends if e >= len(cut) and not _CONJUNCTION.match(glued[e:])), "")
        text = title_text(crumb)[0]  # a store's farm word after the crumb's title (…工作计划范例)
        if text and choose_title(None, [text], year=year).value == text:
            return text
    return None


_CONJUNCTION = re.compile(r"(?:和|及|与|暨|以及|并)")


_DIGITS = re.compile(r"(?:19|20)\d\d")
# a body's name or a place already ends here: no letter lost before the year (某市2022年… is never 某市委2022年…)
_NAME_ENDS = "局委厅办府会院省市县区州旗盟镇乡村"


def _lost_letters_pattern(text: str) -> re.Pattern[str]:
    """``text`` as a pattern allowing what a page drops around a year: the 年 after it, the conjunction before
    a year that opens the second clause (…执行情况⏎2021年… for …执行情况和2021年…), and the last letter of the
    body's name before the year (市工业和信息化2022年… for …信息化局2022年…, 1416)."""
    out, k = [], 0
    while k < len(text):
        if (m := _DIGITS.match(text, k)) is not None:
            cjk = k and re.match(r"[\u4e00-\u9fff]", text[k - 1])
            suffix = "(?:局|委|厅|办)?" if cjk and text[k - 1] not in _NAME_ENDS else ""
            before = suffix + "(?:和|与|及|暨)?" if cjk else ""
            after = "" if text[m.end() : m.end() + 1] == "年" else "年?"
            out.append(before + re.escape(m.group(0)) + after)
            k = m.end()
            continue
        out.append(re.escape(text[k]))
        k += 1
    return re.compile("".join(out))


def faithful_full_form(current: str, lines: list[str], chrome: tuple[str, ...]) -> str | None:
    """The full wording the same page gives for a title that lost a year's 年 or the conjunction before a year
    (``城口县2024财政预算执行情况2025财政预算草案的报告`` for ``…2024年…情况与2025年…``; a title split over two lines
    whose 和 the page lost, the full form in its heading): a choice among what the page writes, never a repair.
    A title whose only difference is a year without its 年 stands as written: writers set a year straight before
    the noun it dates (``陕西省2012政府工作报告`` under a repost's ``…2012年…`` heading, 2158; 1861, 1726, 1201)."""
    at = next((k for k, line in enumerate(lines[:15]) if line.strip() == current), None)
    forms = [current] if at is None or at == 0 else [current, lines[at - 1].strip() + current]
    if at is not None and at + 1 < len(lines):
        forms.append(current + lines[at + 1].strip())  # the first line chosen, the second (…草案的报告) under it
    for form in forms:
        form = _compact(form)
        if len(form) < 10 or not _DIGITS.search(form):
            continue
        pattern = _lost_letters_pattern(form)
        for line in (*chrome[:10], *lines[:80]):
            found = pattern.search(_compact(line))
            if found is None or found.group(0) == form or not REPORT_END.search(found.group(0)):
                continue
            if found.group(0).replace("年", "") == form.replace("年", ""):
                continue  # a year before its noun without 年 (陕西省2012政府工作报告, 2018抓基层党建…) is no loss
            return found.group(0)
    return None
