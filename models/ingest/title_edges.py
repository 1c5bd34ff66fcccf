"""What a copy glues to a title's edges: a gazette's issue number before it, a mirror's lost glyphs after it or its
garbled region tag before it, a posting's office in brackets after it, a hijacker's keyword chain where the place's
name stood, a forum's jammer run after it, a store's anti-copy token after each head line."""

from __future__ import annotations

import re

from models.ingest.inline_junk import is_junk_token

# a gazette's or bulletin's issue number before the title (2019年第43号(总第221号), 2020年第5期): the issue the
# document was printed in, never a part of its title (the year with it: 第1号总河长令 is a title of its own)
_ISSUE_PREFIX = re.compile(
    r"^(?:19|20)\d\d\s*年\s*第\s*\d{1,4}\s*[号期]\s*(?:[(（]\s*总第\s*\d{1,5}\s*[号期]\s*[)）])?\s*(?=[\u4e00-\u9fff])"
)
# glyphs a mirror could not encode, printed as half-width question marks after the title's last letter (政府工作报告?,
# …会议上??)
_LOST_GLYPHS = re.compile(r"(?<=[\u4e00-\u9fff])\?+$")


# a mirror's region tag before its page label ((浙江省)2025年…) with its last glyphs garbled: 省) and the year's first
# digit decoded as ?。? (1114, 199, the same mirror). The tag goes; the label keeps the ? the text shows for its digit
_GARBLED_REGION = re.compile(r"^[(（][\u4e00-\u9fff]{2,6}\?。(?=\?\d{3}年)")
# a year whose first digit a mirror lost (?025年): no question mark, when the text shows it so
LOST_YEAR_DIGIT = re.compile(r"^\?(?=\d{3}年)")


def without_garbled_region(text: str) -> str:
    """``text`` without a mirror's garbled region tag before its label (``(浙江?。?025年…`` → ``?025年…``)."""
    return _GARBLED_REGION.sub("", text)


def without_issue_number(text: str) -> str:
    """``text`` without a gazette's issue number before it, when a title of eight letters or more is left."""
    rest = _ISSUE_PREFIX.sub("", text)
    return rest if len(rest) >= 8 else text


def without_lost_glyphs(text: str, kind: re.Pattern[str]) -> str:
    """``text`` without the lost glyphs after it when what is left ends with a kind of document (``kind``): after a
    kind a ``?`` is never a question (a farm's ``…财政健康度如何?`` is one, and stays, 1347)."""
    rest = _LOST_GLYPHS.sub("", text)
    return rest if rest != text and kind.search(rest) else text


# …工作要点(林业局), …工作思路(鹿城区发改局): the posting's attribution of the office that compiled the document, in
# brackets after the title (on its line or the next); an office's name ends with its kind of office. Never a draft's,
# digest's or period's note ((草案), (摘要), (征求意见稿), (2021年)) nor a zone's ((高新区)): they are the title's own
_ATTRIBUTION = re.compile(
    r"\s*[(（]\s*[\u4e00-\u9fff]{0,16}?(?:局|委员会|委|办公室|办|厅|人民政府|政府|党组|中心|事务所|站)\s*[)）]$"
)


def without_attribution(text: str | None) -> str | None:
    """``text`` without an office's name in brackets closing it, when a title of six letters or more is left."""
    if text is None:
        return None
    rest = _ATTRIBUTION.sub("", text)
    return rest if len(rest) >= 6 else text


def without_copy_marks(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines without a doc store's anti-copy token (the same two to four letters ending most lines of the head,
    ``政府工作报告PZl`` / ``人民代表大会第五次会议上PZl``), which hides each line's last word from the rules."""
    # (a token may hold a digit among its letters: 2uD, v7R)
    token_end = r"(?<=[\u4e00-\u9fff])((?=\d?[A-Za-z])[0-9A-Za-z]{2,4})$"
    ends = [m.group(1) for _pos, line in lines[:12] if (m := re.search(token_end, line))]
    if len(ends) < 3:
        return lines
    token = max(set(ends), key=ends.count)
    if ends.count(token) < 3:
        return lines
    mark = re.compile(rf"(?<=[\u4e00-\u9fff]){re.escape(token)}(?=\s|$)")
    return [(pos, mark.sub("", line)) for pos, line in lines]


# a forum's anti-copy jammer run after the title (Discuz: …动员会上的讲话 ' ^2 _& f3 S+ }! ^1 @ k): three or more tiny
# ASCII tokens between blanks, two of them at least no language writes (inline_junk), after the title's last letter
_JAMMER_TAIL = re.compile(r"^(.*[\u4e00-\u9fff)）》”])((?:\s+[!-~]{1,2}){3,})\s*$")


def without_jammer(text: str) -> str:
    """``text`` without a forum's jammer run after it (a ``5G`` or a year after a blank is no run: tokens of one
    or two letters, three at least, two of them junk)."""
    m = _JAMMER_TAIL.match(text)
    if m is None or sum(map(is_junk_token, m.group(2).split())) < 2:
        return text
    return m.group(1)


# the same run before a line's text, its last token glued to the text (5 D- L0 {! V6 x {(2016年9月2日), 1257)
_JAMMER_HEAD = re.compile(r"^((?:[!-~]{1,2}\s+){3,})[!-~]?(?=[(（\u4e00-\u9fff])")


def without_jammer_edges(text: str) -> str:
    """``text`` without a forum's jammer runs before and after it (the date line under a jammed title)."""
    m = _JAMMER_HEAD.match(text)
    if m is not None and sum(map(is_junk_token, m.group(1).split())) >= 2:
        text = text[m.end() :]
    return without_jammer(text)


# a hijacked mirror's keyword chain where the place's name stood (365彩票手机app下载_365bet官网网址多少_
# office365桌面应用林业局, 2009年365三式投注__365商城怎么下载国民经济…): search keywords joined by underscores, the
# first opening on a brand's Latin letters or digits (never a year); the match runs on into the words after it
_CHAIN = re.compile(
    r"(?<![A-Za-z\d])(?!(?:19|20)\d\d年)[A-Za-z\d]+[\u4e00-\u9fffA-Za-z\d]*?(?:_+[\u4e00-\u9fffA-Za-z\d]+)+"
)


def spam_chain(lines: list[str]) -> str | None:
    """The keyword chain a hijacker put where the place's name stood, when the lines write it at least twice before
    different words (its end is where they part: the place's name was replaced the same way each time); None when
    the lines write none, or only once (its end unknown)."""
    found = [m.group() for line in lines for m in _CHAIN.finditer(line)]
    if len(found) < 2:
        return None
    common = found[0]
    for other in found[1:]:
        k = 0
        while k < min(len(common), len(other)) and common[k] == other[k]:
            k += 1
        common = common[:k]
    items = [item for item in common.split("_") if item]
    branded = sum(bool(re.search(r"[A-Za-z]{2}|\d{3}", x)) for x in items)
    if common.endswith("_") and items and re.search(r"[A-Za-z]{2}", common):
        return common  # ky开元app下载_: the cleaner took the keyword after the last underscore out
    # (a brand's letters or digits in two keywords at least: a file name's 2021_工作总结 is no chain)
    if len(items) < 2 or len(items[-1]) < 2 or branded < 2:
        return None
    return common


def without_spam_chain(lines: list[str], page: str) -> list[str]:
    """``lines`` with a hijacker's keyword chain (``spam_chain``) taken out where it stands: the chain the ``page``'s
    opening writes (before the cleaner set any copy aside: the words after each copy tell where it ends), then the
    one the lines write (the cleaner may have taken a keyword out of it: 365三式投注__365商城怎么下载)."""
    if "_" not in page[:6000]:
        return lines
    for seen in (page[:6000].splitlines(), lines):
        if (chain := spam_chain(seen)) is not None:
            lines = [line.replace(chain, "") for line in lines]
    return lines
