"""A site's contact banner over the article: its phone lines, and the honours it prints under them.

An institution's site (a hospital's, a school's, a bureau's) opens its pages with its phone numbers
(``24小时应诊电话:0830-3103108``, ``预约挂号电话:…(接电话时间…)``, a bare mobile number) and the titles it holds
(``国家三级甲等中医医院`` ⏎ ``国家级胸痛中心、国家级心衰中心``), then the article. Before the report's title a
line that is only phone numbers is the site's; so is a short run of plain phrases right under them that stops at
a title opening on its own (a year, ``关于``): no first half of that title, no issuer line (those stand under no
phone line).
"""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.clean_prelude import names_report

_NUMBER = r"(?:(?:\(?0\d{2,3}\)?[-—－\s]?)?\d{7,8}|1[3-9]\d{9}|400[-—－]?\d{3}[-—－]?\d{4}|12345)"
# a number with no label must read as a phone's (an area code and a dash, a mobile's eleven digits): 2021319 is a date
_BARE = r"(?:\(?0\d{2,3}\)?[-—－]\d{7,8}|1[3-9]\d{9}|400[-—－]\d{3}[-—－]\d{4})"
_LABEL = r"[\u4e00-\u9fffA-Za-z\d]{0,12}?(?:电话|热线|专线|手机|传真|座机|联系方式)\s*[:：]?\s*"
_NOTE = r"(?:\s*[(（][^()（）]{0,40}[)）])?"  # (接电话时间8:00-11:30)
_ONE = rf"(?:{_LABEL}{_NUMBER}(?:\s*[、/,，]\s*{_NUMBER})*|{_BARE}){_NOTE}"
# a footer's address field before its phone (单位地址:广元市嘉陵南路65号 电话:0839-3262453, 2107; 1967): one field
_ADDRESS = r"(?:(?:单位|联系|通讯|办公|机关)?地址\s*[:：]\s*[^\s,，。；;:：]{2,40}\s+)?"
PHONE_LINE = re.compile(rf"^{_ADDRESS}{_ONE}(?:\s+{_ONE})*[;；]?$")
PHONE_REASON = "a site's phone line over the article"
_HONOUR_MAX = 30  # characters: an honour or a slogan is a phrase, not a paragraph
_HONOURS_MAX = 6  # lines
_PHRASE = re.compile(r"^[\u4e00-\u9fff、·\s]+$")  # words alone: no figure, no sentence, no field
_OPENING_TITLE = re.compile(r"^(?:(?:19|20)\d\d\s*年|关于)")


def phone_line(line: str) -> bool:
    """The line is phone numbers and their labels and nothing else."""
    return PHONE_LINE.match(line.strip()) is not None


def contact_banners(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """Mark the prelude's phone lines, and the run of honours right under them over an opening title, as chrome."""
    for i in range(min(start, len(lines))):
        if roles[i] == "body" and phone_line(lines[i]):
            roles[i], reasons[i] = "chrome", PHONE_REASON
    for i in range(min(start, len(lines))):
        if reasons[i] != PHONE_REASON or (i + 1 < len(lines) and reasons[i + 1] == PHONE_REASON):
            continue
        j = i + 1
        while (
            j < min(start, len(lines))
            and j - i <= _HONOURS_MAX
            and roles[j] == "body"
            and reasons[j] in ("text", "organisation")
            and len(_compact(lines[j])) <= _HONOUR_MAX
            and _PHRASE.match(lines[j].strip())
            and not names_report(lines[j])
        ):
            j += 1
        if j == i + 1 or j - i > _HONOURS_MAX or j >= len(lines):
            continue
        if roles[j] != "body" or (reasons[j] == "title" and _OPENING_TITLE.match(_compact(lines[j]))):
            for k in range(i + 1, j):
                roles[k], reasons[k] = "chrome", "a site's honours under its phone lines"
