"""Headings whose numbering label a copy lost: the leftover of a label (、经济建设…), a numeral whose 、 was lost
(一党委重视,…), the one unnumbered line where a run skips a number (一、 … 固定资产投资增速趋缓 … 三、) and the
plain-line tests ``outline_plain`` asks of a line: a first item or a skipped one whose label was lost."""

from __future__ import annotations

import re

from models.ingest.outline_lines import (
    DOCUMENT_TITLE,
    PLAIN,
    POINTLESS_LABEL,
    PRIOR,
    SENTENCE_END,
    Candidate,
    Line,
    cn_number,
    points_lost,
)
from models.ingest.outline_title_end import title_end

PLAIN_BASE = -1.2  # the score an unnumbered heading candidate starts from
PLAIN_MAX_CHARS = 25  # characters of an unnumbered heading line

# what a numbering whose numeral the extraction lost leaves at the line's start: 、经济建设… / )健全应急管理机构… /
# ()水旱灾害防御… (a page's font lost the numeral inside its brackets)
LOST_LEFTOVER = re.compile(r"(?:[(（][)）]|[、)）])(?=[\u4e00-\u9fff])")
LOST_LABEL = 1.5  # the leftover of a label opening a line after a paragraph end: a heading whose numeral was lost


def lost_labels(text: str, lines: list[Line], numbered: set[int], prose_at: int, taken: set[int]) -> list[Candidate]:
    """Headings whose numeral a copy lost (``、经济建设和社会事业取得新成绩``, ``)健全应急管理机构,形成责任体系。…``):
    unnumbered headings (label ``""``), the title after the leftover, run-in up to its sentence end."""
    out: list[Candidate] = []
    for i in range(1, len(lines)):
        line, prev = lines[i], lines[i - 1]
        if line.split or i in taken or i in numbered or line.start <= prose_at:
            continue
        left = LOST_LEFTOVER.match(text, line.start)
        if left is None or text[prev.end - 1] not in "。！？!?；;”":
            continue
        end = title_end(text, left.end(), line.end)
        if not 4 <= end - left.end() <= PLAIN_MAX_CHARS + 15:
            continue
        cand = Candidate(i, PLAIN, 1, line.start, line.start, left.end(), end)
        cand.score = PLAIN_BASE + LOST_LABEL
        cand.under = True
        cand.leftover = text[left.end() - 1]
        out.append(cand)
    return out


# a numeral opening a line with its 、 lost (一党委重视,主要领导亲自抓…), not a numeral that makes a word with the
# character after it (一年来, 一要, 一般, 一些, 一是, 三季度, 十分, 九成)
_NUMERAL_WORD = "年月日天周季时要是般些批直切定样旦致同方起次项个级类种份把手流线体律向贯道层步带举心分成度再"
_LOST_SEPARATOR = re.compile(
    f"[一二三四五六七八九十]{{1,3}}(?=[\u4e00-\u9fff])(?![{_NUMERAL_WORD}一二三四五六七八九十])"
)
# the same with a figure whose dot was lost (01坚定不移落实重大国家战略,融入…取得积极成果, 1029), not a count or a
# date (3县区, 10月, 5个)
_AR_WORD = "年月日天周季时个倍万亿千百十元角分吨亩米人户家项件台辆头只名所座条次度成号期批届位级类种份处栋套"
_AR_LOST_SEPARATOR = re.compile(f"0?[1-9](?=[\u4e00-\u9fff])(?![{_AR_WORD}])")
_CLAUSES = re.compile(r"[，,]")
LOST_SEPARATOR_MAX = 32  # characters of the line: a two-clause heading, not a paragraph


_SHORT_TITLE = re.compile("[\u4e00-\u9fff]{2,6}")
SERIES_REACH = 200  # lines either side within which a short part title's neighbour in the series stands


def _lost_at(text: str, lines: list[Line], i: int) -> re.Match[str] | None:
    """The numeral opening line ``i`` with its 、 lost, the line one of its own between a finished sentence and a
    paragraph."""
    line = lines[i]
    if line.split or i == 0 or i + 1 >= len(lines) or not 3 <= line.end - line.start <= LOST_SEPARATOR_MAX:
        return None
    prev, nxt = lines[i - 1], lines[i + 1]
    if text[prev.end - 1] not in "。！？!?；;”" or nxt.end - nxt.start < LOST_SEPARATOR_MAX:
        return None
    return _LOST_SEPARATOR.match(text, line.start, line.end) or _AR_LOST_SEPARATOR.match(text, line.start, line.end)


def lost_separator(text: str, lines: list[Line], i: int) -> Candidate | None:
    """A heading numbered ``一`` whose 、 a copy lost, on a line of its own between a finished sentence and a
    paragraph, its title two clauses (一党委重视,主要领导亲自抓春季造林工作; 四以打造…为着力点,社区建设渐入佳境。)."""
    m = _lost_at(text, lines, i)
    if m is None:
        return None
    line = lines[i]
    if m.group(0)[-1].isdigit():  # (a figure: only the two-clause title, not a bulletin's short part names)
        end = title_end(text, m.end(), line.end)
        if end < line.end - 1 or not _CLAUSES.search(text, m.end(), end):
            return None
        return Candidate(i, "ar_dot", int(m.group(0)), line.start, m.end(), m.end(), end)
    value = cn_number(m.group(0))
    if value and _SHORT_TITLE.fullmatch(text, m.end(), line.end):
        # a bulletin's short part titles (一综合 ⏎ … ⏎ 二农业): only in a series from 一 numbered alike, at least
        # two (a slogan may open with a numeral: 三农工作, 四风整治)
        values = {
            cn_number(n.group(0))
            for j in range(max(1, i - SERIES_REACH), min(len(lines), i + SERIES_REACH))
            if (n := _lost_at(text, lines, j)) is not None and _SHORT_TITLE.fullmatch(text, n.end(), lines[j].end)
        }
        series = set(range(1, max(value, 2) + 1)) <= values
        return Candidate(i, "cn_bare", value, line.start, m.end(), m.end(), line.end) if series else None
    end = title_end(text, m.end(), line.end)
    if not value or end < line.end - 1 or not _CLAUSES.search(text, m.end(), end):
        return None  # (a sentence end inside the line: a paragraph, not a heading)
    return Candidate(i, "cn_bare", value, line.start, m.end(), m.end(), end)


POINTLESS_TITLE_MAX = 40  # characters of such an item's title, to its sentence end


def lost_point(text: str, lines: list[Line], i: int) -> Candidate | None:
    """An item whose dot a copy lost with every decimal point of the text (``1 经济发展平稳。全年…``, 1777): the
    figure opens a line or a piece of a report run together right after a sentence end; its title runs to its own."""
    line = lines[i]
    m = POINTLESS_LABEL.match(text, line.start, line.end)
    if m is None or i == 0 or text[lines[i - 1].end - 1] not in SENTENCE_END or not points_lost(text):
        return None
    end = title_end(text, m.end(), line.end)
    if not 2 <= end - m.end() <= POINTLESS_TITLE_MAX:
        return None
    return Candidate(i, "ar_dot", int(m.group(1)), line.start, m.end(1), m.end(), end)


# a run-in item whose figure lost its 、 and is glued to its title (1抗疫防汛共克时艰。今年年初,…, 1857; 1387's
# 1产业发展提速增效。工业经济…): the figure opens a paragraph line, its title one short sentence with no comma, the
# paragraph going on after it on the line; not a count (3大攻坚战, 8县区) or a period (1季度)
_GLUED_WORD = _AR_WORD + "大县区市镇乡村省"
_GLUED_ITEM = re.compile(f"([1-9])(?=[\u4e00-\u9fff])(?![{_GLUED_WORD}])([^，,。；;：:！？!?\n]{{4,16}})。")
GLUED_REST_MIN = 20  # characters of the paragraph after the item's title on its line


def lost_glued(text: str, lines: list[Line], i: int) -> Candidate | None:
    """A run-in item numbered with a figure glued to its title, its 、 lost (``1稳住经济基本盘。今年以来,…``): the
    figure opens a physical line after a finished sentence or a lead-in colon; the title runs to its full stop."""
    line = lines[i]
    if i == 0 or text[lines[i - 1].end - 1] not in SENTENCE_END + "：:":
        return None  # (after a finished sentence or the lead-in naming the items: …主要做了以下几方面的工作:)
    if text[text.rfind("\n", 0, line.start) + 1 : line.start].strip(" \u3000\t"):
        return None  # (a physical line's start, its indent aside, however long the line)
    m = _GLUED_ITEM.match(text, line.start, line.end)
    if m is None or (line.end - m.end() < GLUED_REST_MIN and i != len(lines) - 1):
        return None  # (the text's last line: an excerpt cut its paragraph short, 1完善产业发展规划。围绕推动)
    return Candidate(i, "ar_dot", int(m.group(1)), line.start, m.end(1), m.end(1), m.end(2))


# the numbering styles whose label ends with each leftover: 、 is what 一、 leaves, ) what （一） or (1) leaves
LEFTOVER_STYLES = {"、": ("cn_dun",), ")": ("cn_paren", "ar_paren"), "）": ("cn_paren", "ar_paren")}


def mark_leftovers(text: str, plain: list[Candidate]) -> None:
    """Note on each unnumbered heading that opens with the leftover of a lost numeral (、重点工作) what it left."""
    for c in plain:
        if c.style == PLAIN and c.title_start > c.start and (left := LOST_LEFTOVER.match(text, c.start)) is not None:
            c.leftover = text[left.end() - 1]


def continues_run(c: Candidate, sibling_style: str) -> bool:
    """A heading whose numeral a copy lost, beside an open heading of the style its leftover names (一、总体思路 …
    、重点工作): the next item of that run, not a subheading of it."""
    return sibling_style in LEFTOVER_STYLES.get(c.leftover, ())


GAP_FILLED = 1.0  # the only unnumbered line between 一、 and 三、 of one run: the 二、 whose label a copy lost


def mark_gaps(text: str, lines: list[Line], numbered: list[Candidate], plain: list[Candidate]) -> None:
    """Mark the unnumbered heading that alone stands where a run skips one number (一、… ⏎ 固定资产投资增速趋缓 ⏎ …
    三、…): a copy that dropped the label of 二、. Only between headings standing alone on their lines."""
    heads = [
        c for c in numbered if c.score > 0 and c.start == lines[c.line].start and _whole_line(text, lines[c.line], c)
    ]
    for k, a in enumerate(heads):
        # the next heading of its style, past the items under it (（一）… 1.… 2.… ⏎ 机构设置。 ⏎ （三）…)
        rank = PRIOR.get(a.style, 100)
        b = next((c for c in heads[k + 1 :] if c.style == a.style or PRIOR.get(c.style, 100) <= rank), None)
        if b is None or b.style != a.style or b.value != a.value + 2:
            continue
        between = [c for c in plain if a.start < c.start < b.start]
        if len(between) == 1 and not between[0].named and between[0].value != DOCUMENT_TITLE:
            c = between[0]
            # (its title may be one short sentence, its stop outside the title: 机构设置。)
            if _whole_line(text, lines[c.line], c) and not lines[c.line].split:
                c.fills_gap = True
                c.score += GAP_FILLED


def _whole_line(text: str, line: Line, c: Candidate) -> bool:
    """The heading takes its whole line, or all of it but the stop of a one-sentence title (（一）职能职责。)."""
    return c.heading_end == line.end or (c.heading_end == line.end - 1 and text[line.end - 1] == "。")


LOST_FIRST_REACH = 8  # lines from a sub-head to the second item that shows its own label was lost


def lost_first(numbered: list[Candidate], i: int, alone: dict[int, bool]) -> bool:
    """Line ``i`` is right under a heading line and the first numbered candidate after it is a second item of a
    style conventionally below the heading's (（二） under 一、) near it: line ``i`` is the first item, label lost."""
    parent = next((c for c in numbered if c.line == i - 1), None)
    if parent is None or not alone.get(i - 1):
        return False  # (not right under a heading line)
    after = next((c for c in numbered if c.line > i and c.score > 0), None)
    # (a second item of the heading's own style or one above it is no child: （一）… ⏎ a sentence ⏎ （二）…)
    return (
        after is not None
        and after.value == 2
        and PRIOR.get(after.style, 100) > PRIOR.get(parent.style, 100)
        and after.line - i <= LOST_FIRST_REACH
    )


GAP_SENTENCE_MAX = 12  # characters of a one-sentence line that stands where a run skips a number


def in_gap(text: str, lines: list[Line], numbered: list[Candidate], i: int) -> bool:
    """Line ``i`` (a short sentence with no comma) lies between two headings of one style alone on their lines
    numbered n and n + 2, no other heading of that style between: the n + 1 whose label a copy lost."""
    line = lines[i]
    if line.end - line.start > GAP_SENTENCE_MAX or _CLAUSE_MARK.search(text, line.start, line.end):
        return False
    alone = [
        c for c in numbered if c.score > 0 and c.start == lines[c.line].start and c.heading_end >= lines[c.line].end - 1
    ]
    before = [c for c in alone if c.line < i]
    for a in reversed(before):
        after = next((c for c in alone if c.line > i and c.style == a.style), None)
        if after is not None and after.value == a.value + 2:
            return True
        if PRIOR.get(a.style, 100) <= PRIOR["cn_paren"]:
            break
    return False


_CLAUSE_MARK = re.compile(r"[，,、；;：:]")
