"""Issuer lines set over a title that names none: bodies stacked one to a line, a body with its ``(本级)`` note or
over a department's accounts, a session over its resolution (gold README, 1022 ruling); read by ``head_candidates``."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.metadata_candidates import ORG_SUFFIX, OTHER_KIND, REPORT_END, RESOLUTION, issuer_line

# a congress session's line (某市第一届人民代表大会第八次会议): the issuer of a resolution set over its 关于 line
_SESSION_LINE = re.compile(
    r"^[\u4e00-\u9fff]{0,20}?第[一二三四五六七八九十]+届(?:全国)?人民代表大会(?:常务委员会)?第[一二三四五六七八九十]+次会议$"
)
# what a red-head may print under an issuer's name: (本级), （机关本级）
_ISSUER_NOTE = re.compile(r"^[(（][\u4e00-\u9fff]{1,6}[)）]$")
# a title that names no issuer: 关于…, 印发…, or a year and a kind (2021年度部门决算公开说明)
_OPENS_WITHOUT_ISSUER = re.compile(r"^(?:关于|印发|(?:19|20)\d\d\s*年)")


_DEPARTMENT_ACCOUNTS = re.compile(r"^(?:19|20)\d\d年度?部门(?:决算|预算)")


def _issuer_block(head: list[str], i: int) -> str | None:
    """The issuer lines set over the title line ``head[i]``, joined, when they are more than one line (bodies
    stacked one to a line, a body with its ``(本级)`` note) or a session over its resolution; one body alone over
    a title is read by the pair rules."""
    k, bodies, session, notes = i, 0, False, 0
    while k > 0 and i - k < 4:
        above = head[k - 1].strip()
        if _ISSUER_NOTE.match(above) and k - 1 > 0 and issuer_line(head[k - 2].strip()):
            notes += 1
        elif _SESSION_LINE.match(_compact(above)) and not bodies:
            session = True
        elif issuer_line(above) and not session:
            bodies += 1
        else:
            break
        k -= 1
    # one body over a department's accounts that name no department (某统战部 / 2021年度部门决算公开说明)
    accounts = bodies == 1 and _DEPARTMENT_ACCOUNTS.match(_compact(head[i])) is not None
    if not (bodies >= 2 or session or (bodies and (notes or accounts))):
        return None
    return "".join(_compact(line) for line in head[k:i])


# an office forwarding a document, its line broken right after 转发 (天津市人民政府办公厅转发 / 市政府征兵办等六部门关于
# 给予 / …的通知, 1121): the lines under it, to the 的通知, are the rest of one title (873 keeps the bodies on the line)
_FORWARDING = re.compile(rf"^(?!.*关于)[\u4e00-\u9fff（）()、]{{2,30}}?(?:{ORG_SUFFIX})转发$")
_NOTICE_END = re.compile(r"的(?:通知|意见|决定|批复|通报)$")


def _forwarded_title(head: list[str], i: int) -> list[tuple[str, str]]:
    """The whole title when ``head[i]`` is a forwarding office's line broken after its 转发."""
    if not _FORWARDING.match(_compact(head[i])):
        return []
    joined = _compact(head[i])
    for k in range(i + 1, min(i + 4, len(head))):
        joined += _compact(head[k])
        if _NOTICE_END.search(joined):
            return [(joined, "the issuer lines over a title naming none")] if "关于" in joined else []
    return []


def issuer_block_titles(head: list[str], i: int) -> list[tuple[str, str]]:
    """Titles that open without their issuer (``关于…``, ``2021年度部门决算公开说明``) under a block of issuer lines:
    the block and the title joined (1022: an issuer line over 关于印发…的通知 belongs to the title), the title's
    last words wrapped onto a short line under it too; a forwarding office's line broken after its 转发 and the rest."""
    if forwarded := _forwarded_title(head, i):
        return forwarded
    line = head[i].strip()
    if not _OPENS_WITHOUT_ISSUER.match(line) or (block := _issuer_block(head, i)) is None:
        return []
    if _SESSION_LINE.match(_compact(head[i - 1])) and not RESOLUTION.match(block + _compact(line)):
        return []  # a session's line over anything but its resolution is a cover line
    texts = [line]
    last = head[i + 1].strip() if i + 1 < len(head) else ""
    if 2 <= len(last) <= 6 and (REPORT_END.search(_compact(line + last)) or OTHER_KIND.search(_compact(line + last))):
        texts.insert(0, line + last)  # 2021年度部门决算 / 公开说明: the whole first (of equal scores)
    return [(block + _compact(text), "the issuer lines over a title naming none") for text in texts]
