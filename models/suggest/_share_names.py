"""A share's name read whole, ``X占Y比重``: its base past the scope words that end other names (占全县GDP比重)."""

from __future__ import annotations

import re

from models.suggest import _names

# 占全区税收的35.6%, 占全部投资比重达到77%, 占全县GDP比重达到52.0%: the base runs from 占 to 的 or the head, scope
# words (全部, 全县, 全省) inside it, the linking verb left out; 占地, 占用, 占有 are verbs of their own, not shares
_SHARE_RE = re.compile(
    r"占(?![地用有据领比])(?P<base>[^，,。；;、：:占比\d%％\s]{1,20}?)(?P<de>的)?(?P<head>比重|比例|份额)?"
    r"(?:已经?|均)?(?:达到了?|达|为|是|约为|超过|提高到|提升到|提高至|提升至|上升到|上升至|稳定在|保持在)?"
    r"\s*(?:约|近|超过)?\s*$"
)


def share_of_base(clause: str, owner: str) -> str | None:
    """The name of the share whose figure ends ``clause`` (the clause before the figure), or None.

    ``社会投资占全部投资比重达到`` → ``社会投资占全部投资比重``; a clause opening with 占 takes ``owner``, the level
    just read in the sentence (``…税收12亿元,占全区税收的`` → ``现代服务业税收占全区税收比重``); with neither, the
    relation and its base alone (``占全区税收比重``), which still say what is measured.
    """
    m = _SHARE_RE.search(clause)
    if not m:
        return None
    before = clause[: m.start()]
    numerator = _names.name_before(before)[0] if before.strip() else owner
    if not before.strip() or len(numerator) >= 2:
        numerator = numerator if len(numerator) >= 2 else ""
    else:
        return None  # a verb or a count before 占 (其中…分别, 12个): the reader's own name stays
    head = (m.group("de") or "") + m.group("head") if m.group("head") else "比重"
    return f"{numerator}占{m.group('base')}{head}"
