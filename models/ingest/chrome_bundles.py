"""A content farm's labels over its bundles of reports (``…工作总结6篇``, ``篇一:``) and the bundle's title over its
first piece: chrome, never a report's title."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.chrome_titles import fuzzy_title
from models.ingest.metadata_candidates import REPORT_END

# A farm's label for a bundle of reports: 投资促进工作总结6篇, …总结(通用5篇), …报告-10篇(第20/30页), 篇一:…;
# a report is never titled by how many pieces a site collected, nor numbered as a site's piece.
_PIECE_COUNT = re.compile(
    r"(?:[(（【\[][\u4e00-\u9fff]{0,4}[\d一二三四五六七八九十]{1,3}篇[)）】\]]|[-—_·]*(?:汇总|合集|大全|精选|通用|集锦)?[\d一二三四五六七八九十]{1,3}篇)"
    r"(?:[(（【\[]?第\d{1,3}/\d{1,3}页[)）】\]]?)?$"
)
_BUNDLE_WORD = re.compile(r"(?:合集|集锦|大全)$")  # a bundle named without its count (…工作总结合集)
_PIECE_NUMBER = re.compile(r"^(?:篇[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}篇)[:：]")


def compilation_label(line: str) -> bool:
    """A content farm's label over a bundle of reports or one piece of it, not a report's own title.

    The line names a kind of report and either counts the pieces after it (``…工作总结6篇``, ``(通用5篇)``,
    ``-10篇(第20/30页)``) or numbers a piece before it (``篇一:…工作报告``, ``第一篇:…工作总结``).
    """
    text = _compact(line)
    if len(text) > 60 or re.search(r"[。；;！!？?]", text):
        return False
    m = _PIECE_COUNT.search(text) or _BUNDLE_WORD.search(text)
    if m and m.start() > 0 and REPORT_END.search(text[: m.start()]):
        return True
    p = _PIECE_NUMBER.match(text)
    if p is not None and REPORT_END.search(text[p.end() :]):
        return True
    # the bundle's title numbering its piece before the piece's own (2015年乡政府工作计划一:2015年乡政府工作计划, 1943):
    # a report's title never ends in a number and a colon with another title after it
    g = _GLUED_PIECE.match(text)
    return g is not None and bool(REPORT_END.search(g.group(1)) and REPORT_END.search(g.group(2)))


_GLUED_PIECE = re.compile(r"^([^:：]{4,40}?)(?:[一二三四五六七八九十]|\d{1,2})[:：]([^:：]{4,40})$")


# a farm's piece number alone on its line (篇一, 篇1, 【篇二】): a 公文 never numbers itself so
_PIECE_ALONE = re.compile(r"^(?:篇[一二三四五六七八九十\d]{1,3}|【篇[一二三四五六七八九十\d]{1,3}】)[:：]?$")


def compilation_labels(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """Mark a farm's bundle labels as chrome: before the body, or anywhere they repeat one seen before it;
    a piece number alone on its line anywhere."""
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if roles[i] == "body" and _PIECE_ALONE.match(_compact(line)):
            roles[i], reasons[i] = "chrome", "a content farm's number for one piece of its bundle"
            continue
        if roles[i] == "body" and compilation_label(line):
            if _alone_naming_its_piece(line, lines, i):
                continue  # the page's only line naming the piece (X一:X): the title the clerk needs, kept
            key = fuzzy_title(line)
            if i < start or key in seen or _PIECE_COUNT.search(_compact(line)):
                roles[i], reasons[i] = "chrome", "a content farm's label for its bundle of reports"
                piece = _PIECE_NUMBER.sub("", _compact(line))
                for j in range(i):  # the page's title over the label is the farm's copy of the piece's name
                    if roles[j] == "body" and _compact(lines[j]) == piece:
                        roles[j], reasons[j] = "chrome", "a content farm's copy of its piece label"
                if _FIRST_PIECE.match(_compact(line)):
                    _bundle_title(lines, roles, reasons, i)
            seen.add(key)
    _collection_label(lines, roles, reasons)


# a farm's mark after its first piece's name (德清县年政府工作报告篇1, 城管局副局长述职报告篇1, …范文(篇一))
_TRAILING_PIECE = re.compile(r"^(.{4,40}?)(?:范文)?[(（【]?篇[一1][)）】]?$")
_PIECE_REACH = 20  # lines: the collection's first piece opens near the page's top
_LONE_YEAR = re.compile(r"(?<![\dXxＸｘ])年")  # a label's 年 left where the farm dropped the year's figures


def _collection_label(lines: list[str], roles: list[str], reasons: list[str]) -> None:
    """A line over a farm's first piece mark (``某某报告篇1``) naming the same report is the collection's label: chrome
    (德清县政府工作报告 ⏎ blurb ⏎ 德清县年政府工作报告篇1: 2325; 2382, 1919, 406, 985). A collection numbers its pieces;
    a report never marks itself 篇1, and the label names the collection, not the piece under it."""
    for i, line in enumerate(lines[:_PIECE_REACH]):
        m = _TRAILING_PIECE.match(_compact(line))
        if m is None or not REPORT_END.search(m.group(1)):
            continue
        name = _LONE_YEAR.sub("", m.group(1))
        for j in range(i):
            if roles[j] == "body" and _LONE_YEAR.sub("", _compact(lines[j])) == name:
                roles[j], reasons[j] = "chrome", "a content farm's label over its collection's first piece"
        return


def _alone_naming_its_piece(line: str, lines: list[str], i: int) -> bool:
    """A glued piece label (``2015年乡政府工作计划一:2015年乡政府工作计划``) with no line above it naming a document:
    set aside, the page would lose its only title (1943 writes the piece's title above it; a bare copy may not)."""
    text = _compact(line)
    if _GLUED_PIECE.match(text) is None or _PIECE_NUMBER.match(text) or _PIECE_COUNT.search(text):
        return False
    return not any(REPORT_END.search(_compact(other)) for other in lines[:i])


# the first piece's number (篇一:, 第一篇:, 篇1:): the page opens its bundle there
_FIRST_PIECE = re.compile(r"^(?:篇[一1]|第[一1]篇)[:：]")


def _bundle_title(lines: list[str], roles: list[str], reasons: list[str], first: int) -> None:
    """The title line over a farm's first piece, with only the page's lines between (its posting line, its
    blurb), names the bundle, not the piece (减贫摘帽半年工作总结 ⏎ 小草范文网 发布于:… ⏎ 篇一:山盆镇2014年…: 1779;
    049, 056, 142, 979): chrome. The piece's own title lines stand under the label."""
    j = first - 1
    while j >= 0 and roles[j] != "body":
        j -= 1
    if j < 0:
        return
    text = _compact(lines[j])
    if len(text) > 60 or not REPORT_END.search(text) or re.search(r"[。；;！!？?]", text):
        return
    if j < first - 1 or _dressed(text, _PIECE_NUMBER.sub("", _compact(lines[first]))):
        roles[j], reasons[j] = "chrome", "a content farm's title over its bundle of reports"


_DRESS = 4  # characters: the most a farm adds round a piece's name in its page title (关于…, …范文)


def _dressed(text: str, piece: str) -> bool:
    """The line right over the first piece is the piece's name with a farm's few characters round it (关于科技局年终
    工作总结 ⏎ 第一篇:科技局年终工作总结: 2257; …工作总结范文 ⏎ 篇一:…工作总结: 2190): the bundle's title; a title
    naming another report, or shorter than the piece's, is not its dressing and stays."""
    return len(piece) >= 6 and piece in text and 0 < len(text) - len(piece) <= _DRESS
