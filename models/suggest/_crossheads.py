"""Figures of a heading the body under it says again: a news headline on the first line, a crosshead, a subtitle."""

from __future__ import annotations

import re
from bisect import bisect_right

from models.folding import cjk_bigrams
from models.suggest._context import Item

# a news item's headline: its source or subject, a colon, a short statement with no full stop (人社部:截至…74652万人;
# …统计公报:GDP同比增长8.8%(图))
# or a statement with no punctuation at all that states a result (我市46个…产业集群实现营业收入5676.67亿元)
_HEADLINE_RE = re.compile(
    r"\s*[^\s,，:：。；;！？!?]{2,30}[:：][^\n。；;！？!?:：]{4,60}\n"
    r"|\s*[^\s,，:：。；;！？!?、]{4,30}?(?:实现|完成|达到?|突破|增长|超过?)[^\s,，:：。；;！？!?、]{0,20}\d[^\s,，:：。；;！？!?、]{0,10}\n"
)
_FIGURE_RE = re.compile(r"-?\d[\d.,]*[^\d\s,，。；;()（）]{0,3}")


def drop_headline_figures(t: str, items: list[Item]) -> None:
    """Drop the figures of a news headline on the text's first line that the body below repeats: the headline is
    no body (README, 1099; 160 and 1054 alike). A figure the headline alone gives stays."""
    m = _HEADLINE_RE.match(t)
    if m is None or not items:
        return
    body = t[m.end() :]

    def repeated(it: Item) -> bool:
        figure = _FIGURE_RE.match(t, it.qty_start)
        number = re.match(r"-?\d[\d.,]*", t[it.qty_start :])
        # (46个县域…: the body may say the figure with its unit in other words, 全市46个特色产业集群)
        unit = str(it.attrs.get("unit") or "")
        said = number is not None and bool(unit) and f"{number.group(0)}{unit}" in body
        return figure is not None and (figure.group(0) in body or said)

    items[:] = [it for it in items if it.qty_start >= m.end() or not repeated(it)]


# a line standing alone as a heading: no clause punctuation, a few words (a subtitle's dash and spaces allowed)
_HEADING_LINE_RE = re.compile(r"[^\n,，。；;！？!?:：]{4,40}")
_PARAGRAPH_RE = re.compile(r"[^\n]{20,}?[。；;]")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_SPACE_RE = re.compile(r"\s*")
_LONGEST = 60  # the widest a heading line is read, its indent included
_REACH = 3000  # how far the paragraphs under a heading are read for its figure


def _heading_line(t: str, at: int) -> tuple[int, int] | None:
    """The line holding ``at`` when it stands alone as a heading over a paragraph: short, no clause punctuation,
    words of its own beside the figure, and the next line with text a sentence (a table's cells are none)."""
    lo = t.rfind("\n", max(0, at - _LONGEST), at) + 1
    hi = t.find("\n", at, at + _LONGEST)
    if (lo == 0 and at > _LONGEST) or (hi < 0 and at + _LONGEST < len(t)):
        return None  # a line longer than any heading (a paragraph, a one-line copy): never searched to its ends
    hi = len(t) if hi < 0 else hi
    line = t[lo:hi].strip()
    if _HEADING_LINE_RE.fullmatch(line) is None or len(_CJK_RE.findall(line)) < 4:
        return None
    space = _SPACE_RE.match(t, hi)
    if _PARAGRAPH_RE.match(t, space.end() if space else hi) is None:
        return None
    return lo, hi


def _key(it: Item) -> tuple[object, object]:
    """A figure's value and unit, a magnitude of money with its 元 or without (a headline's ``從2萬億到突破3萬億`` over
    the body's ``從接近2萬億元到突破3萬億元``, 2397)."""
    unit = it.attrs.get("unit")
    if isinstance(unit, str) and unit in ("万元", "亿元", "万亿元"):
        unit = unit[:-1]
    return it.attrs.get("value"), unit


def drop_crosshead_figures(t: str, items: list[Item], original: str, keep: list[int] | None) -> None:
    """Drop a figure of a crosshead or a headline's subtitle standing alone over paragraphs that say it again:
    the heading is no body (README line ~360, session-27 ruling). 2241 ``2013年全省生产总值21910亿元`` over
    ``初步预计,2013年全省生产总值21910亿元,增长11%``; 2210 ``去年竣工项目37个``; 2362 ``固定资产投资增速全省第一`` over
    ``…增速居全省第一``; 2340 ``——…考核第一名`` over ``获得全州排名第一``. The repeat is the same value and unit, said
    of the same thing (a word of the name shared), in the paragraphs under the heading; a figure the heading alone
    gives stays.

    Lines are read in ``original``, the text before wrapped lines were joined (``keep`` maps ``t`` into it): a
    heading with no full stop would otherwise be read as the first half of the paragraph under it."""

    def at(pos: int) -> int:
        return keep[pos] if keep is not None and pos < len(keep) else pos

    # the figures by value and unit, each list in the order of the text: a heading looks up its own figure's repeats
    # under it, not every item again
    placed: dict[tuple[object, object], list[tuple[int, Item]]] = {}
    for other in items:
        placed.setdefault(_key(other), []).append((at(other.qty_start), other))
    for same in placed.values():
        same.sort(key=lambda p: p[0])
    drop: set[int] = set()
    for k, it in enumerate(items):
        span = _heading_line(original, at(it.qty_start))
        if span is None:
            continue
        same = placed[_key(it)]
        words = cjk_bigrams(str(it.attrs.get("name") or "") + original[span[0] : at(it.qty_start)])
        for pos, other in same[bisect_right(same, span[1], key=lambda p: p[0]) :]:
            if pos >= span[1] + _REACH:
                break
            said = str(other.attrs.get("name") or "") + original[max(span[1], at(other.start) - 12) : pos]
            if words & cjk_bigrams(said):
                drop.add(k)
                break
    if drop:
        items[:] = [it for k, it in enumerate(items) if k not in drop]
