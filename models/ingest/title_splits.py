"""A title the page split over lines: where the halves of a 关于 title, a plan's period line, a title wrapped twice
and one parted by a stray blank at its conjunction join, where a body's line is none of a title's halves, and the
heading of a two-part title's first part (split out of ``metadata_title_choice``, whose head reading asks these
questions of each pair of lines); the setting line under a title that is no title of its own."""

from __future__ import annotations

import re
from itertools import pairwise

from models.folding import compact as _compact
from models.ingest.metadata_candidates import (
    ORG_LINE,
    OTHER_KIND,
    REPORT_END,
    issuer_line,
    title_score,
    title_text,
)
from models.ingest.metadata_dates import find_dates, is_date_line
from models.ingest.title_edges import PAGE_TAIL

# a sentence's marks: a title holds none of them
SENTENCE_MARK_IN = re.compile(r"[，。,；;！？!?：:]")

# the end of a 关于 title: 的 and its kind (…的报告, …的审计工作报告, …的通知)
_OF_KIND_END = re.compile(r"的[\u4e00-\u9fff]{0,6}(?:报告|通知|意见|决定|请示|函|批复|说明|汇报|决议|方案)$")


def runs_on_to_kind(parts: list[str]) -> bool:
    """A 关于 title the page broke at a blank (``关于某县…计划 执行情况…的报告``): a part opens a 关于 title
    it does not close, and the next part closes it with 的 and the kind, never opening one of its own."""
    return any(
        "关于" in part and not _OF_KIND_END.search(part) and "关于" not in nxt and _OF_KIND_END.search(nxt)
        for part, nxt in pairwise(parts)
    )


def closes_about(line: str, nxt: str) -> bool:
    """``nxt`` closes the 关于 title ``line`` opens and leaves open (no 的 and kind at its end): one title, never
    a sentence, a field (``标题:``) or a second 关于 title on the next line."""
    line, nxt = _compact(line), _compact(nxt)
    return (
        "关于" in line
        and not _OF_KIND_END.search(line)
        and "关于" not in nxt
        and _OF_KIND_END.search(nxt) is not None
        and not SENTENCE_MARK_IN.search(line + nxt)
        and len(line + nxt) <= 100
    )


# a plan's period on a line of its own under its title (…三年行动计划 / (2018—2020年), 1145): the title's last part
_PERIOD_LINE = re.compile(r"^[(（]\s*(?:19|20)\d\d\s*年?\s*[—\-－–~～至]{1,2}\s*(?:19|20)\d\d\s*年?\s*[)）]$")


def with_period_line(text: str, head: list[str], i: int) -> str:
    """``text`` (read from ``head[i]``, or from it and the next line) with the bracketed period right under it."""
    spans_two = i + 1 < len(head) and bool(_compact(head[i + 1])) and _compact(text).endswith(_compact(head[i + 1]))
    below = i + 2 if spans_two else i + 1
    if below >= len(head) or not _PERIOD_LINE.match(head[below].strip()) or re.search(r"[)）]$", text.strip()):
        return text
    return text.rstrip() + head[below].strip()


_LINE_BULLET = re.compile(r"^[•·●▪■◆]\s*")
# a line that goes on from the one above it (a title never opens so)
GOES_ON = re.compile(r"^(?:执行情况|情况|草案|和(?!谐)|及(?!时)|与(?!时)|暨|以及)")


def _cut_mid_title(line: str) -> bool:
    """``line`` may open or go on with a title wrapped after it: a phrase ending no title, no sentence, date,
    body's name, page words or bracket."""
    text = _compact(line)
    return (
        4 <= len(text) <= 40
        and not REPORT_END.search(text)
        and not OTHER_KIND.search(text)
        and not SENTENCE_MARK_IN.search(text)
        and not ORG_LINE.match(text)
        and not issuer_line(line)
        and not is_date_line(line)
        and not find_dates(line)
        and not PAGE_TAIL.search(line)
        and not re.search(r"[()（）《》【】〔〕\[\]|｜/]", text)
        and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 4
    )


def _break_inside(line: str, nxt: str) -> bool:
    line, nxt = _compact(line), _compact(nxt)
    return bool(re.search(r"(?:\d|[和及与暨的])$", line) or re.match(r"(?:\d|年)", nxt) or GOES_ON.match(nxt))


def wrapped_twice(head: list[str], i: int) -> str | None:
    """A long title wrapped twice, neither of its first two lines ending it (贵州省2022年国民经济和社会发展计划 /
    执行情况与2023年国民经济 / 和社会发展计划草案的报告, a PDF's or a page's centred title: 1103), joined; its last two
    lines alone read as a title too, which would take it in part (the 1319 family)."""
    if i + 2 >= len(head):
        return None
    first, second, last = (_LINE_BULLET.sub("", line).strip() for line in head[i : i + 3])
    # (the first line may end on a kind's word the next line goes on from: …发展计划 / 执行情况与…)
    goes_on = GOES_ON.match(_compact(second)) is not None
    opens = _cut_mid_title(first) or (goes_on and _cut_mid_title(re.sub(r"(?:计划|规划|预算|决算)$", "", first)))
    if not (opens and _cut_mid_title(second) and title_score(first) is not None):
        return None
    tail = _compact(last)
    if not (REPORT_END.search(tail) or OTHER_KIND.search(tail)) or SENTENCE_MARK_IN.search(tail) or len(tail) > 30:
        return None
    # each break falls inside a phrase: after a figure or a conjunction, before 年, a conjunction or 执行情况
    if not all(_break_inside(a, b) for a, b in ((first, second), (second, last))):
        return None
    joined = _compact(first + second + last)
    return joined if len(joined) <= 90 else None


# a standing committee's name broken before 常务委员会 (某县人民代表大会 / 常务委员会工作报告, 政协某区…第一次会议
# / 常务委员会工作报告: 1737, 1744; delivery lines break there too: …人民代表大会 / 常务委员会第三十六次会议上,
# 386, 492, 1282)
_BODY_BROKEN = re.compile(r"(?:人民代表大会|委员会|会议)$")
_BODY_GOES_ON = re.compile(r"^(?:常务委员会|常委会)")
# the national body whose name opens a local committee's (中国人民政治协商会议 某市第十四届委员会…, 1741): never a
# site's words before a title
NATIONAL_BODY = re.compile(r"^(?:中国人民政治协商会议|中国共产党)$")


def body_name_goes_on(line: str, nxt: str) -> bool:
    """``nxt`` goes on with the body's name ``line`` ends with (…人民代表大会 / 常务委员会工作报告): one title."""
    line, nxt = _compact(line), _compact(nxt)
    return (
        _BODY_BROKEN.search(line) is not None
        and _BODY_GOES_ON.match(nxt) is not None
        and (REPORT_END.search(nxt) is not None or OTHER_KIND.search(nxt) is not None)
        and not SENTENCE_MARK_IN.search(line + nxt)
        and len(line + nxt) <= 60
    )


# a report's setting without its subject (在某镇第十七届人民代表大会第五次会议上的报告): the line under the own title
# (``2024年某镇人民政府工作报告`` / speaker / setting), a title of its own only when no other line names one (057, 1257)
SUBJECTLESS_CAPTION = re.compile(r"^在.{2,60}?(?:会议|大会|会)上的(?:讲话|报告|工作报告|主题报告|发言|致辞)$")
# a conjunction opening a piece of a line (和2024年工作安排, 及下一步打算): the title goes on across a stray blank
_CONJUNCTION_START = re.compile(r"(?:以及|和(?!谐)|及(?!时)|暨|与(?!时))")


_CONJUNCTION_END = re.compile(r"(?:以及|和|及|暨|与)$")


def joined_at_conjunctions(parts: list[str]) -> list[str]:
    """The blank-parted pieces of a line, a piece opening with a conjunction joined to the one before
    (``某局2023年工作总结 和2024年工作安排``: one title, never two), or a piece ending with one to the next."""
    out: list[str] = []
    for part in parts:
        if out and _CONJUNCTION_START.match(part) and REPORT_END.search(out[-1]):
            out[-1] += part
        elif out and (m := _CONJUNCTION_END.search(out[-1])) and REPORT_END.search(out[-1][: m.start()]):
            out[-1] += " " + part  # …工作总结与 2023年度工作计划: the blank after the conjunction (1632, 1591)
        else:
            out.append(part)
    return out


def under_national_body(head: list[str], found: list[tuple[float, str, str, int]]) -> list[tuple[float, str, str, int]]:
    """中国人民政治协商会议 alone on its line over 某市第十四届委员会 / 常务委员会工作报告 (1740, 1741): the
    committee's name opens on the line above, the whole title prefixed with it."""
    out = []
    for score, text, why, k in found:
        above = _compact(head[k - 1]) if k else ""
        if NATIONAL_BODY.match(above) and _compact(text).startswith(_compact(head[k])[:4]):
            out.append((score + 0.5, above + text, why, k - 1))
    return out


def names_itself_below(head: list[str], i: int) -> bool:
    """The title two lines under the body's line ``head[i]`` opens with that body's name and names a report (the
    portal's name, its page label, then the report's own title naming its issuer): the body's line is no title's."""
    if i + 2 >= len(head):
        return False
    body, own = _compact(head[i]), _compact(title_text(head[i + 2])[0])
    return len(own) > len(body) >= 4 and own.startswith(body) and REPORT_END.search(own) is not None


# a part reviewing a year's work, unnumbered (2016年工作总结, 2016年度工作回顾)
_YEAR_REVIEW = re.compile(r"((?:19|20)\d\d)年度?(?:主要)?工作(?:总结|回顾)")


def first_part_of(text: str, above: str) -> bool:
    """``text`` is the heading of the first part of the two-part title ``above`` (…总结 under …总结和…要点),
    or a store's short copy of it, its letters all in ``above`` in order (2021工作总结2021工作方案 under
    某局2021年工作总结及2021年工作方案)."""
    whole = _compact(title_text(above)[0])
    short = _compact(text)
    if len(short) < 4 or not REPORT_END.search(whole):
        return False
    review = _YEAR_REVIEW.fullmatch(short)
    if review and str(int(review.group(1)) + 1) in whole and whole.endswith("工作报告"):
        return True  # 2016年工作总结 under 2017年某街道政府工作报告: its review of the year before, its first part
    at = whole.find(short)
    if 0 <= at <= 20 and re.match(r"(?:和|及|暨|与|以及)\S{4,}", whole[at + len(short) :]):
        return True  # 2023年工作总结 under 某局2023年工作总结和2024年工作要点: the organisation before it too
    # a page title adding words around the report's own (乡政府工作报告 over 政府工作报告) holds it whole:
    # only a copy with letters dropped inside (2021年 -> 2021, 及 left out) is the store's
    letters = iter(whole)
    return short not in whole and all(ch in letters for ch in short)


_ORGAN_END = re.compile(r"(?:人民政府|政府|办事处|管理委员会|管委会)$")


def names_body_place(line: str, nxt: str) -> bool:
    """``nxt`` opens with the place of the body ``line`` names (``某某街道办事处`` / ``某某街道2022年工作总结``): the
    title names its body itself, the body's line above is a field's or the red head's, no first half of it."""
    place = _ORGAN_END.sub("", _compact(line))
    return len(place) >= 2 and place != _compact(line) and _compact(nxt).startswith(place)


# a site's menu row: four or more words (首 页, 综合新闻, 县外媒体看开化) parted by blanks, none a kind of report
_MENU_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}")


def menu_row(line: str) -> bool:
    """``line`` is a site's navigation row (``专 题   综合新闻   电视新闻   生活资讯``, 2320; 086, 1115, 972 over
    their own titles), a field row (``组配分类 部门工作 发布机构 霞浦街道``) or a slogan row: words parted by
    blanks, the page's furniture, never the first half of a title split over two lines. A title set letter-spaced
    (``政 府 工 作 报 告``) parts single letters, none of them words."""
    items = re.sub(r"(?<=^[\u4e00-\u9fff]) (?=[\u4e00-\u9fff](?:\s|$))", "", line.strip()).split()
    return (
        len(items) >= 4
        and all(_MENU_ITEM.fullmatch(item) for item in items)
        and not any(REPORT_END.search(item) or item.startswith(("关于", "印发")) for item in items)
    )
