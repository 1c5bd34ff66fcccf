"""A site's anti-copy stamp glued to line ends: a short ASCII token (``…提出意见。pbY``) or a repeated tail.

Found over the whole page (``stamp_token``), then cut from each line (``stamp_deletions``), also where the page
broke the stamp itself over two lines (``split_stamps``). A unit or an abbreviation is never taken for one.
"""

from __future__ import annotations

import re

from models.ingest.photo_credits import credit_ending

# a token opens with a letter, or with a digit when a letter follows in it (2uD): never a bare figure
_TOKEN = r"((?:[A-Za-z]|\d(?=[A-Za-z0-9]{0,6}[A-Za-z]))[A-Za-z0-9]{1,7})"
_STAMP_END = re.compile(r"(?<=[\u4e00-\u9fff。，,；;：:！？!?）)”])" + _TOKEN + r"\s*$")


# the same stamp inside a one-line copy, where a run of blanks stands for the line break it was glued before
_STAMP_MID = re.compile(r"(?<=[\u4e00-\u9fff。，,；;：:！？!?）)”])" + _TOKEN + r"(?=[ \u3000]{2,}\S)")


def stamp_token(lines: list[str]) -> str | None:
    """A site's anti-copy stamp: one short ASCII token glued to the end of four or more paragraphs of Chinese text
    (the end of a line, or a run of blanks standing for one in a one-line copy: ``…提出意见。IAh   现在,…``) and
    standing alone on two or more lines or glued after two sentence ends or more (``…提出意见。pbY`` ⏎ ``pbY``).
    A unit or an abbreviation never stands alone on a line of its own or after a full stop; a stamp does nothing
    else."""
    ends: dict[str, int] = {}
    closing: dict[str, int] = {}  # glued right after a sentence's end (…提出意见。PZl): no unit or name stands there
    for line in lines:
        found = list(_STAMP_MID.finditer(line))
        if (m := _STAMP_END.search(line)) is not None:
            found.append(m)
        for m in found:
            ends[m.group(1)] = ends.get(m.group(1), 0) + 1
            if line[m.start(1) - 1] in "。！？!?":
                closing[m.group(1)] = closing.get(m.group(1), 0) + 1
    for token, count in sorted(ends.items(), key=lambda kv: -kv[1]):
        alone = sum(1 for line in lines if line.strip() == token)
        if count >= 4 and (alone >= 2 or closing.get(token, 0) >= 2):
            return token
    mixed = [token for token in closing if _MIXED.fullmatch(token)]
    return mixed[0] if len(mixed) == 1 else repeated_tail(lines)


# a stamp's shape that neither a word, a unit, a figure nor an abbreviation has (s0100, hd9, js8, v7R): a letter
# first, letters and digits mixed; glued once after a sentence's full stop it is a stamp as its repeated kin are
_MIXED = re.compile(r"[A-Za-z](?=[A-Za-z]*\d)[A-Za-z0-9]{2,7}")


# what a stamp's tail never holds: a sentence's or clause's punctuation, a table's cell rule, a bracketed note
_NOT_TAIL = re.compile(r"[。；;，,：:、|\t]|^[（(\[【〔<《“\d]")
_TAIL_END = "。！？!?"


_CUT = 4  # characters: the least of a stamp's head the page's end may leave (less is any word's end)


def _last(ends: list[str]) -> int | None:
    return max((k for k, line in enumerate(ends) if line.strip()), default=None)


def _cut_at_end(line: str, stamp: str) -> int | None:
    """How much of the stamp's head closes the text's last line, the page or excerpt cut off there
    (``…回应了群众的期盼和呼声。s12乡村百科-``, 2059): a head of four characters or more, glued after a sentence's
    end or a Chinese character, never the end of a longer ASCII word."""
    for size in range(len(stamp) - 1, _CUT - 1, -1):
        if len(line) > size and line.endswith(stamp[:size]):
            before = line[-size - 1]
            return None if before.isascii() and before.isalnum() else size
    return None


def repeated_tail(lines: list[str]) -> str | None:
    """A stamp glued to the end of several lines, headings included (``…总结如下。Xy站名--口号`` ⏎
    ``一、工作总结Xy站名--口号``): the same tail of four characters or more ending three lines or more, glued on one
    of them after a sentence's full stop, found nowhere but at line ends, and itself no clause (no clause
    punctuation, no bracketed note); a phrase of the text cut at a hard wrap runs on inside other lines too. A report
    never closes a finished sentence with a fragment it then repeats after its headings; the longest such tail the
    lines share is the stamp. The third copy may be the one the text's end cut (``_cut_at_end``: 2059, 483's farm)."""
    ends = [line.rstrip() for line in lines]
    shared: dict[str, set[int]] = {}
    for size in range(4, 41):
        for k, line in enumerate(ends):
            if len(line) > size:
                shared.setdefault(line[-size:], set()).add(k)
    best: str | None = None
    last = _last(ends)
    for tail, rows in shared.items():
        if len(rows) < 2 or _NOT_TAIL.search(tail) or tail != tail.strip() or credit_ending(tail):
            continue
        if sum(1 for c in tail if c.isalnum()) < 4:
            continue
        if not any(ends[k][-len(tail) - 1] in _TAIL_END for k in rows):
            continue
        if len(rows) < 3 and (last is None or last in rows or _cut_at_end(ends[last], tail) is None):
            continue
        if sum(line.count(tail) for line in ends if line.strip() != tail) > len(rows):  # runs on inside lines: text
            continue
        if best is None or len(tail) > len(best):
            best = tail
    return best


def split_stamps(lines: list[str], stamp: str) -> tuple[dict[int, tuple[int, int]], set[int]]:
    """A stamp the page split over two lines (``…基地。PZ`` ⏎ ``l``): the head to cut from the end of each first line,
    and the second lines, made only of the stamp's tail; and the head of the copy the text's end cut off."""
    cuts: dict[int, tuple[int, int]] = {}
    tails: set[int] = set()
    for k in range(len(lines) - 1):
        rest = lines[k + 1].strip()
        line = lines[k].rstrip()
        if rest and rest != stamp and stamp.endswith(rest) and line.endswith(stamp[: -len(rest)]):
            head = stamp[: -len(rest)]
            before = line[: -len(head)][-1:]
            if not (before.isascii() and before.isalnum()):  # the head is no end of a longer word
                cuts[k] = (len(line) - len(head), len(line))
                tails.add(k + 1)
    ends = [line.rstrip() for line in lines]
    last = _last(ends)
    if last is not None and last not in cuts and (size := _cut_at_end(ends[last], stamp)) is not None:
        cuts[last] = (len(ends[last]) - size, len(ends[last]))
    return cuts, tails


def stamp_deletions(line: str, stamp: str) -> list[tuple[int, int]]:
    """Spans of every standalone copy of the stamp in a line, with the blank after it; a run of blanks standing for
    a line break in a one-line copy stays."""
    pattern = re.compile(r"(?<![A-Za-z0-9])" + re.escape(stamp) + r"(?![A-Za-z0-9])(?:\s*$|\s(?=\S))?")
    return [(m.start(), m.end()) for m in pattern.finditer(line)]


def unstamped(line: str, stamp: str) -> str:
    """The line without the stamp glued to its end, for classifying it (a stamp's site words make no heading chrome);
    the line itself when the stamp is not glued there or stands alone."""
    end = line.rstrip()
    if end == stamp.strip() or not end.endswith(stamp):
        return line
    before = end[: -len(stamp)]
    return line if before[-1:].isascii() and before[-1:].isalnum() else before


# A 公文's red head (发文机关标志 and 文号) that a store glued inside a sentence where its PDF page turned
# (对有明确时间节点的重许昌市人民政府文件许政〔2020〕21号大工作实行…): the issuer's name opens with the character
# the 文号's code opens with (许昌市… 许政, 南京市… 宁政 aside), and the sentence's words close round it.
_HEAD_NUMBER = re.compile(
    r"(?:人民政府|委员会|办公厅|办公室|局|厅)文件(?P<code>[\u4e00-\u9fff]{1,6})\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号"
)
_CITED_BEFORE = (
    "根据",
    "按照",
    "依据",
    "依照",
    "参照",
    "落实",
    "贯彻",
    "执行",
    "转发",
    "印发",
    "见",
    "据",
    "即",
    "和",
    "及",
    "与",
)
_CITED_AFTER = re.compile(r"^(?:精神|要求|规定|的|和|及|与|等|文件|通知|意见|办法|有关|中|为|是)")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def glued_heads(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` that are a red head glued inside a sentence (never a 文件 the sentence cites)."""
    spans: list[tuple[int, int]] = []
    for m in _HEAD_NUMBER.finditer(line):
        start = line.rfind(m.group("code")[0], max(0, m.start() - 20), m.start())
        if start <= 0 or m.start() - start < 2 or m.end() >= len(line):
            continue
        before, after = line[:start], line[m.end() :]
        if not (_CJK_CHAR.match(before[-1]) and _CJK_CHAR.match(after[0])):
            continue  # a mark on either side: a head on its own, or a 文件 cited in brackets
        if before.endswith(_CITED_BEFORE) or _CITED_AFTER.match(after):
            continue  # 根据许昌市人民政府文件许政〔2020〕21号精神: the sentence cites it
        spans.append((start, m.end()))
    return spans
