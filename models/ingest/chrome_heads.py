"""A page's copies of the report's title block glued together: over the block itself, or glued to its text.

A farm or a store prints the report's title, delivery line and speaker as one line over the block it copies
(``…政府工作报告——2021年1月27日在…会议上(全文15938字)`` ⏎ ``…政府工作报告`` ⏎ ``——2021年1月27日在…会议上``),
or prints its title line over a text flattened onto one line that opens with the same title (``[某局2019年…汇编]``
⏎ ``某局2019年…汇编   2019年,我局…``), or as its tags, the title's words set apart by blanks (``2022 科技工作 总结`` ⏎
``2022年科技工作总结 今年以来…``). The clerk reads the report's own lines; the page's copy is chrome.
"""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.chrome_titles import PAGE_COUNT, fuzzy_title, loose_title
from models.ingest.metadata_candidates import REPORT_END
from models.ingest.title_contradicted import label_contradicted

_BLOCK_LINE = ("title", "delivery", "speaker", "date", "title piece")
_BRACKETS = re.compile(r"[\[\]〔〕【】]")


def glued_block(lines: list[str], reasons: list[str], i: int) -> bool:
    """``lines[i]`` is the report's own title block right under it glued onto one line, a site's tail after it
    (``…(全文15938字)`` 1683; ``…预算草案的报告(2007年)`` over the title in two pieces, 258). The block names a
    report and holds two to four of the report's own lines."""
    key = loose_title(lines[i])
    for k in (2, 3, 4):
        block = range(i + 1, i + 1 + k)
        if block[-1] >= len(lines) or any(reasons[j] not in _BLOCK_LINE for j in block):
            return False
        glued = loose_title("".join(_compact(lines[j]) for j in block))
        if len(glued) >= 10 and key == glued and any(reasons[j] == "title" for j in block):
            return True
    return False


def glued_blocks(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """Mark the prelude's glued copies of the title block under them as chrome."""
    for i in range(min(start, len(lines))):
        if roles[i] == "body" and reasons[i] in ("title", "delivery") and glued_block(lines, reasons, i):
            roles[i], reasons[i] = "chrome", "page title (the report's title block glued onto one line)"


def _opens_with(line: str, key: str) -> bool:
    """``line`` opens with ``key`` as words of their own: blanks (a lost line break) follow it, then more text."""
    words = line.split()
    for n in range(1, len(words)):
        head = _BRACKETS.sub("", fuzzy_title("".join(words[:n])))
        if head == key:
            return True
        if len(head) >= len(key):
            return False
    return False


_TAG = re.compile(r"[\u4e00-\u9fff]{1,6}|\d{2,4}")
_MODEL_WORD = re.compile(r"范文|范本|模板|模版|例文|精选|大全|精品")
_TAGS_MIN = 3  # words: a store's tags, more than a title in two halves
_TAGS_SHARE = 0.6  # of the tag words the text's own title holds, in order


def _tag_copy(line: str, first: str) -> bool:
    """``line`` is a store's tags for the title the text's first line opens with: its words apart, a year and a
    model-text word besides (``2023 科技 部门 年终 工作总结 计划 范文`` over ``区科技部门年终工作总结及方案 年…``,
    1815; ``2022 科技工作 总结`` over ``2022年科技工作总结 今年以来…``, 998)."""
    words = line.split()
    opening = first.split()
    if len(words) < _TAGS_MIN or len(opening) < 2 or not all(_TAG.fullmatch(w) for w in words):
        return False
    head = _compact(opening[0])
    if not REPORT_END.search(head) and not re.search(r"(?:总结|方案|计划|报告|要点|思路)$", head):
        return False  # the text opens with no title of its own: the tags may be the only title
    named = [w for w in words if not w.isdigit() and not _MODEL_WORD.fullmatch(w)]
    pos, found = 0, 0
    for w in named:
        k = head.find(w, pos)
        if k >= 0:
            pos, found = k + len(w), found + 1
    return found >= 2 and found >= _TAGS_SHARE * len(named)


def titles_glued_to_text(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """A prelude title line that the text's first line, flattened, opens with again (blanks after it): the page's
    copy (1630 ``[…汇编]``, 176 a store's ``2021气象局…思路`` over ``2021 气象局…思路 气象局…``)."""
    if start >= len(lines) or roles[start] != "body":
        return
    for i in range(start):
        if roles[i] != "body" or reasons[i] not in ("title", "text"):
            continue
        key = _BRACKETS.sub("", fuzzy_title(PAGE_COUNT.sub("", lines[i].strip())))
        if len(key) >= 6 and _opens_with(lines[start], key):
            roles[i], reasons[i] = "chrome", "page title (the text's first line opens with the report's title)"
        elif _tag_copy(lines[i], lines[start]):
            roles[i], reasons[i] = "chrome", "a store's tags: the title's words apart over the text opening with it"


def contradicted_labels(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """The one prelude title line, when the report's own speaker sentence rules it out, is the site's wrong label:
    chrome, and the title rules read no title from it (another level: ``昆明市2023年政府工作报告`` over
    ``我代表区人民政府``, 1520; another kind: ``…政府信息公开年度工作报告`` over ``作政府工作报告``, 1621)."""
    titles = [i for i in range(min(start, len(lines))) if roles[i] == "body" and reasons[i] == "title"]
    if len(titles) != 1:
        return  # the label alone over the text: several title lines are the title rules' to weigh
    body = [line for line, role in zip(lines[start:], roles[start:], strict=True) if role == "body"]
    if label_contradicted(lines[titles[0]], body):
        roles[titles[0]], reasons[titles[0]] = "chrome", "a site's label the report's own speaker sentence rules out"
