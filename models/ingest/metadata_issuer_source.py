"""The one reading of a page's ``来源``: the office it names (never a newspaper or site), and the bureau a source line
(文章来源: 统计局) or a bracket after the title ((鹿城区发改局)) names, placed by the title."""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.ingest.clean import CleanText
from models.ingest.metadata_candidates import ORG_SUFFIX
from models.ingest.metadata_issuer_names import has_place, without_widget
from models.ingest.metadata_sector_place import sector_words

NOT_ISSUERS = {"本站", "本网", "本网站", "原创", "网站", "转载", "网络", "互联网", "综合", "未知"}
# a county media centre (融媒体中心, since the 2018 reform the county paper and station in one) is a news outlet
_PAPER = re.compile(
    r"(?:日报|晚报|报社|新闻|网|网站|电视台|广播|时报|杂志|在线|频道|客户端|号|融媒体?中心|新闻中心|传媒中心)$"
)


def source_is_issuer(source: str | None) -> bool:
    """A ``来源`` naming an office can issue; a newspaper or web site never does."""
    return bool(source) and not _PAPER.search(source or "") and bool(re.search(rf"(?:{ORG_SUFFIX})$", source or ""))


def source_office(value: str | None) -> str | None:
    """The office a page's ``来源`` value names, the widgets its line runs on into cut (``来源: 区卫健委 关闭页面``);
    ``None`` for a newspaper, a site, ``本站`` or ``转载``."""
    source = without_widget(value)
    if source and (site := _SITE_FIRST.match(source)) is not None:
        source = source[site.end() :]  # 本网 中山市发展和改革局: this site posts what the office wrote (2016)
    return source if source and source not in NOT_ISSUERS and source_is_issuer(source) else None


# a site word, then the office whose item the site posts (信息来源: 本网 某市某局; 来源: 本站 某县统计局)
_SITE_FIRST = re.compile(r"^(?:本网|本站|本网站)\s+(?=[\u4e00-\u9fff])")


_BODY = r"(?P<body>[\u4e00-\u9fff]{2,20}?(?:局|委员会|委))"
# 统计局, XX区统计局, 市发展和改革委员会: a bureau, as a 来源 names it (a site's name, 网友投稿 or 政府办 is no bureau)
_BUREAU = re.compile(_BODY)
# …工作思路(鹿城区发改局): the compiling bureau in brackets closing the title or on a line of its own
_BRACKET = re.compile(r"[(（]" + _BODY + r"[)）]\s*$")
# 游仙区2019年国民经济和社会发展统计公报: the place a title opens with, a year right after it
_TITLE_PLACE = re.compile(r"(?:\d{4}年)?(?P<place>[\u4e00-\u9fff]{2,10}?(?:自治县|区|县|市|旗|州))(?=\d{4}年|上半年)")
_LEVELS = "省市区县州旗"
# a 来源 key the header parser cannot part from what goes before it: glued to the posting time (10:33文章来源:, 1529)
# or after a key it does not know (收录时间:2024-05-22来源:, 1528)
_SOURCE_KEY = re.compile(r"(?:信息|文章|稿件)?来源\s*[:：]")
# (关于三亚市人民代表大会常务委员会…): a bracket of the title's own words, no bureau
_NOT_BUREAU = re.compile(r"^关于|人民代表大会|常务委员会")


def source_bureau(title: str | None, cleaned: CleanText, lines: Sequence[str]) -> str | None:
    """The bureau a source line or a bracket after the title names, placed by the title when the line names only
    the bureau (统计局) or its level (县卫生健康局); ``None`` when neither says where it is.

    The lines searched are the header and chrome the cleaner set aside and the head of the text, each line's
    ``来源`` read as the header parser reads it (``source_office``)."""
    if title and "政府工作报告" in title:
        return None  # a province's 发改委 reposting a county's report: the government issues it (120)
    bodies = []
    for line in [*cleaned.header_lines, *cleaned.chrome_lines[:12], *lines[:6]]:
        if (body := _bureau(_source_of(line))) is not None:
            bodies.append(body)
        elif (bracket := _BRACKET.search(line.strip())) is not None:
            bodies.append(bracket["body"])
    if title and (m := _BRACKET.search(title)):
        bodies.insert(0, m["body"])
    place = m["place"] if title and (m := _TITLE_PLACE.match(title)) else None
    for body in bodies:
        if _NOT_BUREAU.search(body):
            continue
        if has_place(body):
            return body
        if place is None and body[:1] not in _LEVELS and (worked := _place_of_work(title, body)) is not None:
            return worked + body  # 2020年金东区退役军人事务工作总结 + 来源: 退役军人事务局 (1957)
        if place is None or (body[:1] in _LEVELS and not place.endswith(body[0])):
            continue  # 区卫生健康委 under a 北京市 title: another level's office
        return place + (body[1:] if body[:1] in _LEVELS else body)
    return None


def _place_of_work(title: str | None, body: str) -> str | None:
    """The place a title writes with its level right before the line of work a bureau is named by (``2020年金东区
    退役军人事务工作总结`` for 退役军人事务局): the bureau reports on its own work at its own place."""
    stem = re.sub(r"(?:局|委员会|委)$", "", body)
    if len(stem) < 2:
        return None
    m = re.match(
        rf"(?:(?:19|20)\d\d年度?)?(?P<place>[\u4e00-\u9fff]{{2,10}}?(?:自治县|区|县|市|旗|州)){re.escape(stem)}(?:年度)?工作",
        title or "",
    )
    return m["place"] if m is not None and has_place(m["place"]) else None


def _bureau(value: str | None) -> str | None:
    """The bureau a ``来源`` value names (统计局, XX区统计局), never another office, a site or a paper."""
    office = source_office(value)
    return office if office is not None and _BUREAU.fullmatch(office) else None


def _source_of(line: str) -> str | None:
    """The ``来源`` value a line holds, as the header parser reads it (the row from its 来源 key on when the parser
    reads none in the whole line)."""
    from models.ingest.metadata_header import header_fields  # (imported late: it imports this module's importer)

    fields = header_fields((line,))
    if "来源" not in fields and (key := _SOURCE_KEY.search(line)) is not None:
        fields = header_fields((line[key.start() :],))  # the row from its 来源 key on
    return fields.get("来源")


# a portal's footer naming the body that owns the site: 版权所有:某局 or 某局版权所有 (1209, 1293); its welcome line
# naming it (欢迎访问十堰市经济和信息化局官方网站, 1946; 欢迎访问广元市统计局, 2024)
_FOOTER_OWNER = re.compile(
    r"版权所有\s*[:：]?\s*©?\s*(?P<a>[\u4e00-\u9fff]{2,24}?(?:局|厅|委员会))(?![\u4e00-\u9fff])"
    r"|(?P<b>[\u4e00-\u9fff]{2,24}?(?:局|厅|委员会))\s*版权所有"
    r"|欢迎(?:访问|光临|来到)(?P<c>[\u4e00-\u9fff]{2,24}?(?:局|厅|委员会))(?:官方|门户)?(?:网站|网|[!！]|$)"
)
# the place a body's name opens with, to its level letter (锡林郭勒盟, 黄石市)
_OWNER_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,10}?(自治区|省|市|州|盟|县|区|旗)")


def _site_owner(chrome: Sequence[str]) -> tuple[str, str, str] | None:
    """(the placed bureau a portal's footer or welcome line names as the site's owner, its place, its level); None for a
    government's or a congress's portal (they post every office's reports, 1132)."""
    for line in chrome:
        m = _FOOTER_OWNER.search(line)
        if m is None:
            continue
        owner = m.group("a") or m.group("b") or m.group("c")
        place = _OWNER_PLACE.match(owner)
        if place is None or "政府" in owner or "人大" in owner or "人民代表大会" in owner or not has_place(owner):
            return None
        return owner, place.group(0), place.group(1)
    return None


def footer_owner(chrome: Sequence[str], text: str) -> str | None:
    """The bureau whose own portal posts the page, as its footer or welcome line names the site's owner, when the
    text speaks at that bureau's level (我盟, 全市); never a government's portal nor a congress's."""
    if (owner := _site_owner(chrome)) is None:
        return None
    return owner[0] if re.search(rf"[我全本]{owner[2]}", text) else None


def own_site_body(chrome: Sequence[str], body: str | None) -> str | None:
    """The body an item opens with by its level alone (``市经信委``), placed where its own site's owner is (欢迎访问
    十堰市经济和信息化局…): the site's owner at that level doing that line of work, named as the item names itself
    (``十堰市经信委``; a bureau's own item on its own site, 1946)."""
    from models.ingest.metadata_issuer_full import issuer_in_full

    if body is None or len(body) < 3 or body[0] not in "市区县州旗盟" or (owner := _site_owner(chrome)) is None:
        return None
    name, place, level = owner
    if level != body[0]:
        return None
    placed = place + body[1:]
    work = re.compile(r"(?:局|委员会|委)$")
    return placed if work.sub("", issuer_in_full(placed) or placed) == work.sub("", name) else None


# a breadcrumb, the path to the page (首页 > 政府信息公开 > 部门信息公开目录 > 某市某中心 > 工作总结)
_CRUMB_MARK = re.compile(r"当前位置|您的位置|所在位置|首页")
_CRUMB_BODY = re.compile(r"^[\u4e00-\u9fff]{2,30}?(?:局|厅|委员会|委|办公室|中心|人民政府|管委会|办事处)$")
# a folder below a body's: a township, street, community or village of it (吉根乡 under 乌恰县人民政府)
_LOWER_FOLDER = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:乡|镇|街道|社区|村)$")


def breadcrumb_body(chrome: Sequence[str], text: str) -> str | None:
    """The body a portal's breadcrumb files the page under (部门信息公开目录 > 中卫市机关事务服务中心 >), named in full
    with its place, when no folder of a township or street below it follows and the text writes the body's kind
    (市机关事务服务中心): the page's own body, as the portal files it. None for a bare kind (市交通运输局) or a place
    alone (菁芜洲镇)."""
    for line in chrome:
        if ">" not in line or _CRUMB_MARK.search(line) is None:
            continue
        parts = [re.sub(r"^.*?(?:当前位置|您的位置|所在位置)\s*[:：]?", "", part).strip() for part in line.split(">")]
        found = [k for k, part in enumerate(parts) if _CRUMB_BODY.match(part) and has_place(part)]
        if len(found) != 1 or any(_LOWER_FOLDER.match(part) for part in parts[found[0] + 1 :]):
            return None
        body = parts[found[0]]
        place = _OWNER_PLACE.match(body)
        kind = body[place.end() :] if place is not None else ""
        if len(kind) < 2:
            return None
        # 恩阳区商务局 over a text writing 恩阳区 and 商务系统: its place and its line of work stand for its name
        works = sector_words(kind) if place is not None and place.group(0) in text else ()
        return body if kind in text or body in text or any(work in text for work in works) else None
    return None
