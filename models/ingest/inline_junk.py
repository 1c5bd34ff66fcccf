"""Anti-copy junk tokens: which tokens no language writes, and which documents are stamped with them.

Forum copies append a random token to most lines (``政府工作报告 LsMq&a-j2``) or a jammer run of tiny tokens
(``f3 S+ }! ^1 @ k``), and some set a jammer run before a line too (``3 M; d/ … q3 ^2020,湖北``). A document is in
junk mode when a good share of its lines end in such a token; then ``inline_debris`` removes the trailing and
leading tokens and ``clean`` takes lines made only of them out of the body.
"""

from __future__ import annotations

import re
from itertools import takewhile

_NORMAL_TOKEN = re.compile(
    r"^(?:[A-Za-z][a-z]*(?:'[a-z]+)?|[A-Z]+|[a-z]+(?:-[a-z]+)*|\d+(?:[.,:]\d+)*%?|[A-Za-z](?:\.[A-Za-z])+\.?|-+|—+|[|｜]+)$"
)
_EDGE = "\"'“”‘’()（）[]《》.,;:!?"

_HALF_MARKS = frozenset(".,;:")  # not "?": a lone ? after a space is a character the copy lost


def is_junk_token(token: str) -> bool:
    """A token no language writes (``LsMq&a-j2``, ``6lr<``, ``{k7Nw``)."""
    if not token or not token.isascii() or len(token) > 16:
        return False
    core = token.strip(_EDGE)
    if not core:  # a half-width copy's sentence mark set off by a space (…的成绩 .) is no junk
        return len(token) <= 2 and token not in ("()", '""') and token not in _HALF_MARKS
    return not _NORMAL_TOKEN.match(core)


_PAIRS = {")": "(", "]": "["}


def closes_bracket(before: str, token: str) -> bool:
    """A lone closing bracket set off by a space that closes a bracket the line opened (a contents list's spaced
    page number ``…说明......( 5 )``, a PDF's ``( 2 )``): a character of the text, not a stamp's junk."""
    opener = _PAIRS.get(token)
    return opener is not None and before.count(opener) > before.count(token)


def trailing_junk(line: str, *, cjk_line: bool) -> int:
    """Where the trailing junk of a line starts (``len(line)`` when there is none)."""
    end = len(line)
    cut = end
    tokens = 0
    while True:
        head = line[:cut].rstrip(" \t")
        sp = head.rfind(" ")
        if sp < 0:
            break
        token = head[sp + 1 :]
        if closes_bracket(head[:sp], token):
            break
        # a figure of one or two digits leading a jammer run of three tokens or more is the run's (… 4 K, n N0 C)
        tiny = tokens >= 3 and len(token) <= 2 and token.isascii()
        if is_junk_token(token) or tiny or (cjk_line and token.isascii() and not re.fullmatch(r"[\d.%]+", token)):
            cut = sp
            tokens += 1
            continue
        break
    if tokens >= _RUN and (glued := _glued_marks(head := line[:cut].rstrip(" \t"))):
        cut = len(head) - glued
    return cut


_RUN = 3  # tokens: a jammer run, not a stray token
# marks no sentence of Chinese writing ends with (never . , ; : ! ? % ) ] " ' : the text's own)
_GLUED = frozenset("+/\\^{}<>~`$#&=@_|")


def _glued_marks(head: str) -> int:
    """How many characters of a jammer run's first token are glued to the text's end (``…的势头。+ c6 o( D+``:
    one), as the run before a line may end glued to the text (``q3 ^2020``): one or two marks no sentence ends
    with, after a character of the text."""
    n = 0
    while n < 2 and n < len(head) - 1 and head[-1 - n] in _GLUED:
        n += 1
    before = head[-1 - n] if n < len(head) else ""
    if not n or before in _GLUED or (before.isascii() and before.isalnum()):
        return 0
    return n


def _text_start(token: str) -> int:
    """Where the text starts in the token after a jammer run: after one or two marks or letters glued before a CJK
    character, a figure, or an opening bracket or quote before one (``^2020``, ``Y一、``, ``{(2016年``, ``(一)``)."""
    for p in range(3):
        if p == len(token) or not token[:p].isascii() or any(ch.isdigit() for ch in token[:p]):
            break
        ch, after = token[p], token[p + 1 : p + 2]
        if not ch.isascii() or ch.isdigit() or (ch in "([\"'" and after and (not after.isascii() or after.isdigit())):
            return p
    return 0


def leading_junk(line: str) -> int:
    """Where the text of a line starts after a jammer run of tiny tokens set before it (0 when there is none).

    The run is three tokens or more of one or two ASCII characters, two of them at least no word (``6 b8 N0 k6 }'
    … Y一、要深刻领会``); its last token may be glued to the text (``q3 ^2020,湖北``: the ``^`` goes, the year
    stays). A line led by a list of short words
    or figures (``1 2 3``, ``A B C``) has no junk token among them and keeps them.
    """
    tokens = list(re.finditer(r"\S+", line))
    run = list(takewhile(lambda m: len(m.group()) <= 2 and m.group().isascii(), tokens))
    if len(run) < 3 or len(run) == len(tokens) or sum(is_junk_token(m.group()) for m in run) < 2:
        return 0
    nxt = tokens[len(run)]
    if not re.search(r"[\u4e00-\u9fff]", nxt.group()):
        return 0  # the text after the run is no Chinese writing: no line of a Chinese report to free
    return nxt.start() + _text_start(nxt.group())


def _ends_in_junk(line: str) -> bool:
    """A line ending in a junk token, or in a forum's jammer run of tiny tokens (``f3 S+ }! ^1 @ k``: its last
    token may be a bare letter, the run around it is junk all the same)."""
    tokens = line.split()
    if tokens and closes_bracket(line.rstrip()[: -len(tokens[-1])], tokens[-1]):
        return False
    if tokens and is_junk_token(tokens[-1]):
        return True
    tail = list(takewhile(lambda t: len(t) <= 2 and t.isascii(), reversed(tokens)))
    return len(tail) >= 3 and sum(map(is_junk_token, tail)) >= 2


def junk_mode(lines: list[str]) -> bool:
    """True when enough lines end in a junk token to call the document a junk-stamped copy."""
    worded = [ln for ln in lines if " " in ln.strip()]
    hits = sum(1 for ln in worded if _ends_in_junk(ln))
    return hits >= 3 and hits * 4 >= len(worded)


def is_junk_line(line: str) -> bool:
    """In junk mode: a line made only of junk tokens (``{k7Nw``, ``+``)."""
    tokens = line.split()
    return bool(tokens) and all(is_junk_token(t) or (len(t) <= 2 and t.isascii()) for t in tokens)
