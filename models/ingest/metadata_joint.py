"""Joint issuers: bodies that issue one document together (head or signature lines, the title's opening)."""

from __future__ import annotations

import re

from models.ingest.metadata_candidates import ORG_LINE, ORG_SUFFIX
from models.ingest.metadata_dates import is_date_line
from models.ingest.metadata_issuer_names import abbreviates

_ORG = rf"(?:中共中央|[\u4e00-\u9fff]{{2,20}}?(?:{ORG_SUFFIX}))"
# 中共中央 国务院关于…, 某市发展改革委、某市财政局关于…: the bodies the title opens with, before 关于
_TITLE_ORGS = re.compile(rf"^({_ORG})(?:\s+|、)({_ORG})(?:(?:\s+|、)({_ORG}))?(?=关于|印发)")

_LINE_ORGS = re.compile(rf"(?:^|\s)({_ORG})\s+({_ORG})(?:\s+({_ORG}))?(?=关于印发《|印发《|转发《)")


# the words a title writes before its 关于/印发 (成都市发展和改革委员会 中共成都市委社会工作部 … 关于印发…)
_TITLE_OPENING = re.compile(r"^(\S.*?)\s*(?=关于|印发)")


def _title_bodies(title: str) -> list[str]:
    """Four or more bodies side by side opening a title, each a name alone between blanks or ``、``
    (the three-body regex above stops at three)."""
    if (m := _TITLE_OPENING.match(title)) is None:
        return []
    parts = [p for p in re.split(r"[\s\u3000]+|、", m.group(1)) if p]
    return parts if len(parts) >= 2 and all(re.fullmatch(_ORG, p) for p in parts) else []


def orgs_of_line(line: str) -> list[str]:
    """The bodies a line names and nothing else: one (``某市  统  计 局``, spaced out) or several side by side."""
    text = line.strip()
    parts = re.split(r"[\s\u3000]+", text)
    if len(parts) >= 2 and all(ORG_LINE.match(p) for p in parts):
        return parts
    joined = re.sub(r"[\s\u3000]+", "", text)
    return [joined] if ORG_LINE.match(joined) else []


# a cover's or signature's date, the day left off (二〇一〇年十二月)
_DATEISH = re.compile(
    r"^(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?$"
)


def _run_in_signers(line: str) -> list[str]:
    """Bodies side by side, then their date, inside a one-line text whose spaces stand for line breaks
    (``… 中共某镇委员会 某镇人民政府 二〇一〇年十二月 …``): the signers of its cover or signature."""
    tokens = line.split()
    if len(tokens) < 4:
        return []
    for i, token in enumerate(tokens):
        if not (_DATEISH.match(token) or is_date_line(token)):
            continue
        k = i
        while k > 0 and ORG_LINE.match(tokens[k - 1]):
            k -= 1
        if i - k >= 2:
            return list(dict.fromkeys(tokens[k:i]))
    return []


def joint_issuer(lines: list[str], title: str | None) -> list[str]:
    """Two or more bodies issuing together: the title's opening, or a block of body lines under the title
    (a bulletin's 统计局 and 调查队) or over the signature date. ``[]`` when the document has one issuer."""
    if title and (m := _TITLE_ORGS.match(title)) is not None:
        return [g for g in m.groups() if g]
    if title and (names := _title_bodies(title)):
        return names
    for line in lines[:2]:
        # 中共某区委办公室 某区人民政府办公室印发《…》的通知 opening the text over the document it sends (1145), after a
        # page's label: the notice's joint issuers are the document's
        if (m := _LINE_ORGS.search(line.strip())) is not None and "》" in line[m.end() :]:
            return [g for g in m.groups() if g]
    i = 0
    while i < len(lines):
        j = i
        block: list[str] = []
        while j < len(lines) and (orgs := orgs_of_line(lines[j])):
            block += orgs
            j += 1
        if j == i:
            i += 1
            continue
        names = list(dict.fromkeys(block))
        signs = j < len(lines) and is_date_line(lines[j].strip())
        if len(names) >= 2 and (i <= 3 or signs):
            return names
        i = j
    for line in lines[:3]:
        if names := _run_in_signers(line):
            return names
    return []


def with_joint_issuers(issuer: str | None, lines: list[str], title: str | None) -> str | None:
    """``issuer`` widened to all the bodies that issue with it (``None`` taken as any of them)."""
    names = joint_issuer(lines, title)
    if not names:
        return issuer
    if issuer is None or any(issuer == n or abbreviates(issuer, n) or abbreviates(n, issuer) for n in names):
        return " ".join(names)
    if _short_forms_of(re.sub(r"\s", "", issuer), names):
        return " ".join(names)  # 省委科技工委 省科技厅 (the title's) under 中共陕西省委科技工委 陕西省科学技术厅 (1758)
    return issuer


def _short_forms_of(issuer: str, names: list[str]) -> bool:
    """Whether ``issuer`` is the joint names written short one after another (``省委科技工委省科技厅`` of 中共陕西省委
    科技工委 and 陕西省科学技术厅): each piece in the order of its name's letters, each at least three letters."""
    if not names:
        return not issuer
    first, rest = names[0], names[1:]
    return any(
        abbreviates(issuer[:k], first) and _short_forms_of(issuer[k:], rest)
        for k in range(3, len(issuer) - 3 * len(rest) + 1)
    )
