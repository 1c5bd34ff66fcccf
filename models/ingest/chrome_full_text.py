"""A site's ``(全文)`` heading over the report's own shorter title, its summary of the opening, its 全文 labels."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.chrome_titles import loose_title
from models.ingest.clean_site_words import site_word_count

_SENTENCE_INSIDE = re.compile(r"[，,。；;！!？?：:]")

# a site's tail on its heading: a report never calls itself 全文 (…县人民政府工作报告(全文), …报告——全文)
_FULL_TEXT_TAIL = re.compile(r"(?:[(（【\[]全文[)）】\]]|—+全文)$")
# the report's own short title opening a line (政府工作报告, 政府工作报告 ——2019年…在…会议上, 政府工作报告v7R)
_OWN_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:报告|总结|计划|要点|方案|意见|规划|公报)")
_OPENING_REACH = 8  # lines: a heading, the site's posting and download lines, then the report's title block


def full_text_headings(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """A site's heading with a ``(全文)`` tail over the report's own shorter title is the page's copy.

    A mirror or a store heads its page ``(陕西省)2018年某县人民政府工作报告(全文)``; when a line below it, before
    any sentence that is not the title's own, opens with the title that heading ends with (``政府工作报告``,
    alone, with a junk token or with its delivery line run on), the report's own title follows and the
    heading is chrome (as many times as the page prints it); so is the site's summary of the opening that
    runs on from the heading into that title (``…报告(全文) 政府工作报告 2021年2月4日在…``). The own title,
    standing in the prelude, is the title (no furniture between chrome lines).
    """
    for i in range(min(start, len(lines))):
        heading = _compact(lines[i])
        if roles[i] == "header" or not _FULL_TEXT_TAIL.search(heading):
            continue  # a heading another rule made chrome already still shows the site's summary under it
        key = loose_title(lines[i])
        for j in range(i + 1, min(len(lines), i + _OPENING_REACH)):
            if roles[j] != "body" or _compact(lines[j]).startswith(heading):
                continue  # the page's chrome, or its heading again with the text's opening glued on
            own = _OWN_OPENING.match(_compact(lines[j]))
            if own and len(own.group()) < len(key) and key.endswith(own.group()):
                if roles[i] == "body":
                    roles[i], reasons[i] = "chrome", "a site's (全文) heading (the report's own title follows)"
                if j < start and reasons[j] == "text" and _compact(lines[j]) == own.group() + _junk_tail(lines[j]):
                    reasons[j] = "title"
                _summaries(lines, roles, reasons, start, heading, own.group())
                break
            if _SENTENCE_INSIDE.search(lines[j]) and not _FULL_TEXT_TAIL.search(_compact(lines[j])):
                break
    full_text_labels(lines, roles, reasons, start)
    store_labels(lines, roles, reasons, start)


def _junk_tail(line: str) -> str:
    """What follows the own title on its line: nothing, or an anti-copy token of ASCII letters and digits."""
    m = re.search(r"[A-Za-z0-9]{0,6}$", _compact(line))
    return m.group() if m else ""


def _summaries(lines: list[str], roles: list[str], reasons: list[str], start: int, heading: str, own: str) -> None:
    """The prelude's lines that open with the site's heading and run on into the report's own title."""
    for k in range(min(start, len(lines))):
        text = _compact(lines[k])
        if roles[k] == "body" and text.startswith(heading) and text[len(heading) :].startswith(own):
            roles[k], reasons[k] = "chrome", "a site's summary of the opening under its (全文) heading"


# a site's label of a report with its 全文 tail run on, no dash (…政府工作报告全文, …报告全文【解读】(2)): a report
# never calls itself 全文, and the title rules cut only a dashed tail (…报告—全文); a quoted 《…》全文 is a news line's
_LABEL_TAIL = re.compile(r"(?<=[告结划点案见报])全文(?:[【〔\[]解读[】〕\]])?(?:[(（]\d{1,2}[)）])?$")


def full_text_labels(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """A prelude line naming a report with a run-on ``全文`` tail (a site's tags and pager after it) is the site's label
    (134 ``市长政府工作报告全文``, 1840 ``2017年陕西省政府工作报告全文【解读】(2)``; 017, 195 dash theirs)."""
    for i in range(min(start, len(lines))):
        text = _compact(lines[i])
        if roles[i] != "body" or reasons[i] not in ("title", "text") or "《" in text or len(text) > 60:
            continue
        if _LABEL_TAIL.search(text) and not _SENTENCE_INSIDE.search(text):
            roles[i], reasons[i] = "chrome", "a site's label of the report (its 全文 tail run on)"


# what only a store or a farm prints over its copy: its members' login, its own name as a 文库 or 公文之家, its abstract
_STORE_MARK = re.compile(r"会员|文库|文档之家|公文之家|范文")
_STORE_REASONS = ("a copy of the text's opening over it (a store's abstract)",)


def store_labels(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """On a store's or farm's page, its label over the report's own shorter title of the same kind is the store's
    (``2020年常德市石门县政府工作报告`` over ``政府工作报告——2020年4月22日在…``: 2063; 889, 2062 on the same site,
    2131 a doc store): chrome, the own title stands. A government portal prints its own heading so (1599, 1825, 189): it
    stays, for a portal says none of a store's words."""
    head = range(min(start, len(lines)))
    if not any(
        reasons[k] not in ("title", "delivery", "heading")
        and (site_word_count(lines[k]) or _STORE_MARK.search(lines[k]) or reasons[k] in _STORE_REASONS)
        for k in head
    ):
        return
    for i in head:
        if roles[i] != "body" or reasons[i] != "title" or _SENTENCE_INSIDE.search(lines[i]):
            continue
        key = loose_title(lines[i])
        for j in range(i + 1, min(len(lines), i + _OPENING_REACH)):
            if roles[j] != "body" or not lines[j].strip():
                continue
            own = _OWN_OPENING.match(_compact(lines[j]))
            if (
                own
                and len(own.group()) < len(key)
                and key.endswith(own.group())
                and not _compact(lines[j]).startswith(key)
            ):
                roles[i], reasons[i] = "chrome", "a store's label (the report's own title follows)"
            break
