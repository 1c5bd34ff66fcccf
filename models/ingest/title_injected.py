"""A hijacked mirror's injected name opening a filed title: the word its 发布机构 writes where the place stood."""

from __future__ import annotations

import re

from models.ingest.metadata_candidates import ORG_SUFFIX

# the page's publishing office with a word set apart before it where its place stood (金宝博 发展和改革委员会, 1990):
# a place ends with its level (某市, 某县, 某街道), a word that does not is no place but the hijacker's name
_INJECTED_OFFICE = re.compile(
    rf"^(?P<word>[A-Za-z0-9\u4e00-\u9fff]{{2,8}})[ \u3000\xa0]+[\u4e00-\u9fff（）()]{{2,20}}(?:{ORG_SUFFIX})$"
)
_PLACE_END = re.compile(r"(?:省|市|区|县|州|旗|盟|镇|乡|街道|社区|村|自治[区州县旗]|地区|新区|林区)$")


def without_injected_name(title: str | None, fields: dict[str, str]) -> str | None:
    """``title`` without the word a hijacked mirror wrote over its place's name (金宝博 2020年…的报告, 1990), when
    the page's 发布机构 sets the same word apart before the office (金宝博 发展和改革委员会): a place's name ends
    with its level, so a word that does not, standing where the place stood in both, is the hijacker's; the lost
    place is not restored (README: URL is not text)."""
    office = re.sub(r"\s+", " ", fields.get("发布机构", "").strip())
    m = _INJECTED_OFFICE.match(office)
    if not title or m is None or _PLACE_END.search(word := m["word"]) or re.search(rf"(?:{ORG_SUFFIX})$", word):
        return title
    rest = title[len(word) :] if title.startswith(word) else None
    if rest is None or not rest[:1].isspace() or len(rest := rest.strip()) < 6:
        return title
    return rest
