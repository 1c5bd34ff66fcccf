"""The name of a figure whose own clause names nothing: the previous clause's noun phrase, else a domain word."""

from __future__ import annotations

import re

from models.suggest import _names
from models.suggest._context import clause_start
from models.suggest._text import sentence_start
from models.suggest.keywords import cut, domain_words

_THRESHOLD_END_RE = re.compile(
    r"(?:突破|超过|跨越|跨过|迈上|跨上|站上|跃上|迈过)[\d.]*[十百千万亿]+[元美]*(?:大关|台阶|关口)?$"
)


def fallback_name(t: str, qstart: int) -> str:
    """A name when the clause has none: the previous clause's noun phrase, else a domain word.

    ``推动园区企业产业关联度,力争达到85%`` → ``园区企业产业关联度``; ``我市位列48位`` → ``县域经济百强``.
    """
    sent = sentence_start(t, qstart)
    cs = clause_start(t, qstart)
    if cs - 1 > sent and t[cs - 1] in "，,（(":
        prev = re.sub(r"在[^，,。；]*的基础上$", "", t[clause_start(t, cs - 1) : cs - 1])
        prev = _THRESHOLD_END_RE.sub("", prev)  # 企业总收入突破万亿元,达10062亿元: the name is before the threshold
        if prev:
            name, _, _ = _names.name_before(prev)
            if len(name) >= 3:
                return name
    best = ""
    for tok in cut(t[sent:qstart]):
        if tok in domain_words() and len(tok) >= 2:
            best = tok
    if not best:
        # 惠及近35万人次: the verb phrase itself, when nothing else names the figure
        verb = re.sub(r"[约近超逾达了共计]+$", "", t[cs:qstart].strip())
        if 2 <= len(verb) <= 8 and not re.search(r"[\d\s]", verb):
            best = verb
    return best
