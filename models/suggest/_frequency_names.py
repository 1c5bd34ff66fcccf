"""A required frequency's name: 每周一份工作提示单 → 每周工作提示单 (the period and what recurs after the count)."""

from __future__ import annotations

import re

# a required frequency's head (县级层面每半个月开展一轮暗查暗访, 坚持每周一份工作提示单): who, how often, then the verb
_FREQUENCY_HEAD_RE = re.compile(
    r"(?P<who>[^，,。；;:：\d\s、和及了]{0,6}?(?:层面|班子|成员|部门|单位))?"
    r"(?P<every>每(?:个)?(?:年度?|半年|半个?月|季度?|月|周|旬))(?:至少|不少于|定期)?[^，,。；;:：\d\s、和及]{0,4}$"
)


def frequency_name(t: str, qstart: int, qend: int) -> tuple[str, int]:
    """每周一份工作提示单 → 每周工作提示单: the period and what recurs after the count (1446, 1455, 1507, 1562), with
    where the name starts; ("", qstart) for other figures."""
    # (每季度至少召开一次…会 keeps the name its clause gives: 会商评估分析会, the period aside, 025, 035)
    if t[qend - 1 : qend] not in ("轮", "期", "份", "堂"):
        return "", qstart
    head = _FREQUENCY_HEAD_RE.search(t, max(0, qstart - 24), qstart)
    what = re.match(r"[^，,。；;:：\d\s(（、和及与]{2,10}", t[qend : qend + 10])
    if head is None or what is None:
        return "", qstart
    who = head.group("who") or ""
    return who + head.group("every") + what.group(0), head.start()
