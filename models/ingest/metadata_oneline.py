"""Title and date of a one-line copy (a doc store's: every line break a blank), read from the run-on line."""

from __future__ import annotations

import re

from models.ingest.metadata_candidates import DELIVERY, ORG_SUFFIX
from models.ingest.metadata_dates import find_dates

__all__ = ["is_one_line", "one_line_date", "one_line_page_date", "one_line_title"]

# the words a report's title ends on
_WORDS = ("报告", "总结", "计划", "要点", "方案", "通知", "意见", "规划", "决算", "汇报", "说明", "情况")
# a title's last word, also spaced out as a store prints a heading (政 府 工 作 报 告)
_TITLE_WORD = re.compile("(?:" + "|".join(r"\s?".join(word) for word in _WORDS) + r")(?:[(（][^()（）]{1,12}[)）])?")
_DATE = r"(?:19|20)\d\d\s*年|[〇○零一二三四五六七八九]{4}\s*年"
# what follows a title on its line: a delivery line, a date in brackets, a speaker, the salutation, the first
# section or the opening sentence, a page's date field
_AFTER_TITLE = re.compile(
    rf"^\s*(?:[!-~]{{2,12}}\s+)?"  # a doc store's anti-copy token between the title and what follows
    rf"(?:[-—－–─]{{1,4}}\s*(?:{_DATE})[^。；]{{0,12}}?日\s*在"
    rf"|[(（]\s*(?:{_DATE})"
    r"|各位代表|各位委员"
    r"|一、|[(（]一[)）]|(?:19|20)\d\d年(?:[,，]|以来|是)"  # the first section, or the body's opening (2020年,在…)
    r"|[\u4e00-\u9fff]{2,24}?(?:总理|省长|市长|区长|县长|州长|旗长|镇长|乡长|局长|主任|书记)\s+[\u4e00-\u9fff]"
    r"|(?:印发日期|发布日期|发布时间|成文日期|更新时间|时间|日期)\s*[:：])"
)
# the delivery line (——2021年1月4日在…会议上) or a bracketed date ((2021年1月4日)) right after the title
_DELIVERY_AFTER = re.compile(r"^\s*(?:[!-~]{2,12}\s+)?[-—－–─]{1,4}\s*([^—。；]{6,80}?(?:会议|大会|常委会)上)")
_BRACKETED_AFTER = re.compile(r"^\s*(?:[!-~]{2,12}\s+)?[(（]\s*([^()（）]{6,60}?)\s*[)）]")
# the signature at the very end: an organisation, then the date (二〇二一年一月二十六日 too)
_SIGNATURE_END = re.compile(rf"[\u4e00-\u9fff（）()]{{2,30}}(?:{ORG_SUFFIX})\s*(\S{{8,16}}日)\s*$")

_SECTION = re.compile(
    r"(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|第[一二三四五六七八九十]+[部章节])"
)


def is_one_line(text: str) -> bool:
    """True when most of the text is one line of at least 400 characters (the rest, if any, page chrome)."""
    lines = text.split("\n")
    longest = max((len(line.strip()) for line in lines), default=0)
    return longest >= 400 and longest * 2 >= len(text.strip())


def _title_at(line: str) -> tuple[str, int] | None:
    """The title opening ``line`` (blanks taken out) and where it ends, when a title's end is found in its first
    hundred and twenty characters."""
    for m in _TITLE_WORD.finditer(line[:120]):
        if not _AFTER_TITLE.match(line[m.end() :]):
            continue
        title = re.sub(r"\s+", "", line[: m.end()])
        if not 4 <= len(title) <= 80 or re.search(r"[。；！？:：|，,]", title) or _SECTION.match(title):
            return None  # a sentence, a field row or a section's heading, not a title
        half = len(title) // 2
        if len(title) % 2 == 0 and title[:half] == title[half:]:
            title = title[:half]  # a store prints the page title, then the report's own
        return title, m.end()
    return None


def _head_lines(text: str) -> list[str]:
    return [s for line in text.split("\n")[:12] if len(s := line.strip()) >= 12]


def one_line_title(text: str) -> str | None:
    """The title a one-line copy opens with (run on into its delivery line, bracketed date, speaker or salutation),
    or None when the text is not one line or no title's end is found."""
    if not is_one_line(text):
        return None
    for line in _head_lines(text):
        if (found := _title_at(line)) is not None:
            return found[0]
    return None


def one_line_date(text: str) -> str | None:
    """The document's own date in a one-line copy: the delivery line or a bracketed date right after the title,
    else the signature date ending the text; None when the text is not one line or dates itself nowhere."""
    if not is_one_line(text):
        return None
    for line in _head_lines(text):
        if (found := _title_at(line)) is None:
            continue
        rest = line[found[1] :]
        delivered = _DELIVERY_AFTER.match(rest)
        if delivered is not None and DELIVERY.search(delivered.group(1)) and (on := find_dates(delivered.group(1))):
            return on[0][2]
        bracketed = _BRACKETED_AFTER.match(rest)
        if bracketed is not None and (on := find_dates(bracketed.group(1))) and on[0][0] == 0:
            return on[0][2]
        break
    signed = _SIGNATURE_END.search(text.strip()[-60:])
    if signed is not None and (on := find_dates(signed.group(1))):
        return on[-1][2]
    return None


# a page's date field run into the head of a one-line copy (日期:2022-07-28 来源:…); never a bare 时间: (a page time)
_PAGE_DATE = re.compile(
    r"(?:成文日期|发文日期|印发日期|发布日期|发布时间|发布于|更新时间|(?<![\u4e00-\u9fff])日期)\s*[:：]\s*"
    r"((?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))"
)


def one_line_page_date(text: str) -> str | None:
    """The page's date field in the head of a one-line copy (for a text that dates itself nowhere), or None."""
    if not is_one_line(text):
        return None
    for line in _head_lines(text)[:3]:
        if (m := _PAGE_DATE.search(line[:200])) is not None and (on := find_dates(m.group(1))):
            return on[0][2]
    return None
