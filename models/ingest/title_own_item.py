"""Who wrote the item a headline opens (the own-items ruling, session 26, line ~1448): another body's 来源 than the
body the headline says acted, an interview (``——访…局长``), a correspondent's credit, an author called 记者."""

from __future__ import annotations

import re

from models.folding import compact

# a body's name: a place (named, or its level alone: 市, 县), the body's own words, its kind (奉贤区水务局, 市科技局,
# 广西壮族自治区农业农村厅, 市政府办); the own words stop before a verb of the headline (平江县召开… names no body)
_PLACE = r"(?P<place>(?:[\u4e00-\u9fff]{0,6}?(?:自治区|自治州|自治县|省|市|区|县|州|旗|盟))?)"
_CORE = r"(?P<core>(?:(?!召开|举行|举办|启动|承担|完成|开展|部署|召集|组织|的|在|为|对|与|以)[\u4e00-\u9fff]){1,10}?)"
_KIND = r"(?P<kind>委员会|办公室|分局|局|委|厅|办)"
_BODY = re.compile(rf"^{_PLACE}{_CORE}{_KIND}")
# what a 来源 wraps round the body (本网 中山市发展和改革局, 上海市水务局(上海市海洋局) /)
_SOURCE_WRAP = re.compile(r"^(?:本网|本站)\s*|\s*[(（][^()（）]*[)）].*$|\s*[/|].*$")
# the words of a body's name its short forms drop (发展和改革 → 发展改革 → 发改)
_LINKS = re.compile(r"[和与及]")
_LEVEL = re.compile(r"(?:自治区|自治州|自治县|省|市|区|县|州|旗|盟)$")
# a government's own office posts its government's news (市政府办 for 市政府)
_GOVERNMENT_OFFICE = re.compile(r"^(?:人民)?政府$")


def _subsequence(short: str, full: str) -> bool:
    chars = iter(full)
    return all(ch in chars for ch in short)


def _body(text: str) -> tuple[str, str] | None:
    if (m := _BODY.match(text)) is None:
        return None
    return m["place"], _LINKS.sub("", m["core"])


def _same_place(one: str, other: str) -> bool:
    if not one or not other:
        return True  # a body named without its place (档案局) may be any place's
    if len(one) > 2 and len(other) > 2:
        return one == other or one.endswith(other) or other.endswith(one)
    level_one, level_other = _LEVEL.search(one), _LEVEL.search(other)
    return bool(level_one and level_other and level_one[0] == level_other[0])


def another_body_source(headline: str, source: str | None) -> bool:
    """True when the page's 来源 names a body other than the one the headline opens with as acting
    (奉贤区水务局召开… under 来源 上海市水务局, 市科技局承担的… under 来源 市政府办, 资源县农业农村局召开…
    under 来源 广西壮族自治区农业农村厅): another body's portal writing about it, news (2235, 2259, 2176).
    A short form of the same body (科创办 of 科技创新局, 工信局 of 工业和信息化局) is the body's own; a
    headline opening with a place (平江县召开…) or a source naming no body abstains."""
    if not source:
        return False
    acting, own = _body(compact(headline)), compact(_SOURCE_WRAP.sub("", source.strip()))
    if acting is None or (m := _BODY.fullmatch(own)) is None:
        return False
    place, core = m["place"], _LINKS.sub("", m["core"])
    if not _same_place(acting[0], place):
        return True
    if _GOVERNMENT_OFFICE.match(core) and _GOVERNMENT_OFFICE.match(acting[1]):
        return False
    return not (_subsequence(acting[1], core) or _subsequence(core, acting[1]))


# an interview's deck under (or after) its headline: ——访县工业和信息化局局长常怡生, 专访…; a reporter asks
_INTERVIEW = re.compile(r"^(?:[—－-]{1,2}\s*(?:专)?访[\u4e00-\u9fff]|专访)|[—－-]{1,2}\s*(?:专)?访[\u4e00-\u9fff]{2,}$")
# a correspondent's credit closing the item ((通讯员:杨树兴), (记者 某某 通讯员 某某)): filed to a paper or site
_CORRESPONDENT = re.compile(r"[(（]\s*(?:[^()（）]{0,20})?通讯员\s*[:：/]?\s*[\u4e00-\u9fff]{2,4}[^()（）]{0,20}[)）]")
# the page's author field (作者: 杨飞) and a 记者 credit naming the same person elsewhere (记者 杨飞 摄)
_AUTHOR = re.compile(r"作者\s*[:：]\s*([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")


def interview(headline: str, lines: list[str]) -> bool:
    """True when the headline or the line under it is an interview's deck (``——访…局长``): a journalist's item."""
    return bool(_INTERVIEW.search(compact(headline))) or any(_INTERVIEW.search(compact(x)) for x in lines[:3])


def correspondent_credit(lines: list[str]) -> bool:
    """True when a correspondent's credit closes the item (``(通讯员:杨树兴)``): filed to a paper or site, news
    unless the page is the body's own portal (2302; the bylined items 2030, 2194, 2282, 2304 credit correspondents)."""
    return any(_CORRESPONDENT.search(line) for line in lines[-8:])


def reporter_author(lines: list[str], chrome: tuple[str, ...], header: tuple[str, ...]) -> bool:
    """True when the page's author (``作者: 杨飞``) is called 记者 on the page (``(记者 杨飞 摄)``): a reporter
    wrote the item, news on any site (1693)."""
    fields = [*header, *chrome[:8], *lines[:5]]
    names = {m[1] for line in fields for m in _AUTHOR.finditer(line)}
    page = [*chrome, *header, *lines[:3], *lines[-3:]]
    return any(re.search(rf"记者\s*[:：/]?\s*{name}", line) for name in names for line in page)
