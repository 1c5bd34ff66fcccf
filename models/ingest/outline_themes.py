"""A 政府工作报告 review's period themes (这一年，我们…; 五年来，…): the theme lines it sets over its paragraphs."""

from __future__ import annotations

import re

from models.ingest.outline_lines import Candidate, Line

# the theme line of a 政府工作报告's review, opening with the period it reviews and written as a title, without its
# full stop (这一年，我们…; ——这五年，是…的五年): the genre's own form of a subheading, whatever the paragraph after
# it opens with
# (any period its review counts from: 疫情发生以来，我们…; 换届以来，我们…)
# (or the year it reviews, set as what that year was: ——2009年，是我区…的一年)
PERIOD_THEME = re.compile(
    r"(?:——|--)?(?:(?:这一年|这五年|这几年|过去一年|过去五年|一年来|五年来|[^，,。；;：:！？!?“”]{1,10}以来)[，,](?:我们|是)"
    r"|(?:19|20)[0-9]{2}年[，,]是)"
)
THEME_MAX = 40  # characters of a theme line (a longer line is the paragraph's first sentence)


THEME_SERIES_MIN = 2  # lead lines opening with the same period theme (这一年，我们…。 twice): parallel subheads


def theme_series(text: str, found: list[Candidate]) -> list[Candidate]:
    """The lead lines of ``found`` that open with one period theme, two or more of them (这一年，我们迎难而上稳大盘，…。
    ⏎ paragraph ⏎ 这一年，我们大抓实体兴产业，…。): the review's parallel subheads, however few an excerpt keeps;
    the repeated opening is the series' own evidence (a dash-led theme is a lead-in, never one)."""
    by_theme: dict[str, list[Candidate]] = {}
    for c in found:
        m = PERIOD_THEME.match(text, c.start, c.heading_end)
        if m is not None and text[c.start] not in "—-":
            by_theme.setdefault(re.sub(r"[，,]", "，", m.group()), []).append(c)
    return [c for group in by_theme.values() if len(group) >= THEME_SERIES_MIN for c in group]


def theme_piece(text: str, lines: list[Line], i: int, prose_end: str) -> bool:
    """Piece ``i`` of a report run together is a review's period theme written as a title (这一年，我们…, no stop,
    two clauses at most) after a finished sentence (``prose_end``); whether a paragraph follows is the caller's."""
    line, prev = lines[i], lines[i - 1]
    if line.end - line.start > THEME_MAX or text[line.end - 1] in "。！？!?；;" or "。" in text[line.start : line.end]:
        return False
    if PERIOD_THEME.match(text, line.start, line.end) is None or text[prev.end - 1] not in prose_end:
        return False
    return text.count("，", line.start, line.end) + text.count(",", line.start, line.end) <= 2


THEME_SENTENCE_MAX = 40  # characters of a theme written as one sentence over the points it sums up
THEME_CLAUSES_MAX = 3  # its clauses after the period (一年来，我们竞进有为，不折不扣深化…，医卫力量有新提升。)
# a sentence counting or announcing what follows (着力抓好六方面工作, 主要做了以下工作): a lead-in, never a theme
_ANNOUNCING = re.compile(r"以下|如下|[一二三四五六七八九十两几0-9]+(?:个|项|条|件|大|方面)")
_POINT = re.compile(r"[一二三四五六七八九十]+[是要](?=[\u4e00-\u9fff“])")  # 一是… (a speech's 一要…)


THEME_SENTENCE_LONG = 60  # characters of such a sentence over headlined paragraphs (1027's: 56)
THEME_CLAUSES_LONG = 4  # its clauses after the period (五年来，我们坚持…，深度融入…，爬坡过坎…，…实现新突破。)


def theme_sentence(text: str, line: Line, longest: int = THEME_SENTENCE_MAX, clauses: int = THEME_CLAUSES_MAX) -> bool:
    """``line`` is a review's period theme in the report's own voice written as one sentence of a few clauses
    (五年来，我们坚持…，深度融入…，爬坡过坎创新竞进，发展质量效益实现新突破。), not one counting or announcing what
    follows (一年来，我们着力抓好六方面工作。); whether it governs what follows is the caller's."""
    m = PERIOD_THEME.match(text, line.start, line.end)
    s = text[line.start : line.end]
    return (
        m is not None
        and m.group().endswith("我们")
        and s.endswith("。")
        and s.count("。") == 1
        and len(s) <= longest
        and len(re.findall(r"[，,]", s)) <= clauses
        and _ANNOUNCING.search(s) is None
    )


def theme_over_points(text: str, line: Line, nxt: Line) -> bool:
    """``line`` is a review's period theme in the report's own voice written as one sentence (一年来，我们竞进有为，
    不折不扣深化医药卫生体制改革，医卫力量有新提升。) and the paragraph after it opens its 一是… points: the tier above
    the points it sums up, as over headlined paragraphs; not a sentence counting or announcing them
    (一年来，我们着力抓好六方面工作。)."""
    return theme_sentence(text, line) and _POINT.match(text, nxt.start, nxt.end) is not None
