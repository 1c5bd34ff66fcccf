"""Anti-copy junk tokens: which tokens no language writes, and which documents are stamped with them.

Forum copies append a random token to most lines (``政府工作报告 LsMq&a-j2``) or a jammer run of tiny tokens
(``f3 S+ }! ^1 @ k``). A document is in junk mode when a good share of its lines end in such a token; then
``inline_debris`` removes the trailing tokens and ``clean`` takes lines made only of them out of the body.
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
    while True:
        head = line[:cut].rstrip(" \t")
        sp = head.rfind(" ")
        if sp < 0:
            break
        token = head[sp + 1 :]
        if closes_bracket(head[:sp], token):
            break
        if is_junk_token(token) or (cjk_line and token.isascii() and not re.fullmatch(r"[\d.%]+", token)):
            cut = sp
            continue
        break
    return cut


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
