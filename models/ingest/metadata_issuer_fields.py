"""Who a page's fields and 公文 title say issues it: a byline office, the red head, an index row, a field's place."""

from __future__ import annotations

import re

from models.ingest.metadata_candidates import ORG_LINE, ORG_SUFFIX
from models.ingest.metadata_gazetteer import short_form
from models.ingest.metadata_issuer_names import has_place
from models.ingest.metadata_places import government_of, known_place


def _office_byline(author: str | None) -> str | None:
    """A portal's byline naming an office, not a person (``作者: 市工信局``): the office wrote the item."""
    author = (author or "").strip()
    return author if ORG_LINE.match(author) and re.search(rf"(?:{ORG_SUFFIX})$", author) else None


# the body a 公文 title opens with: 发文机关 + 关于/转发/印发 + 事由 + 文种
_TITLE_BODY = re.compile(rf"([\u4e00-\u9fff]{{2,30}}?(?:{ORG_SUFFIX}))(?:关于|转发|印发)")
# a notice's whole 公文 title: its issuing body, then 关于/印发 … 的通知 (or 通报, 决定, 批复)
_NOTICE_TITLE = re.compile(
    rf"^([\u4e00-\u9fff]{{2,30}}?(?:{ORG_SUFFIX}))(?:关于|印发|转发).{{4,80}}的(?:通知|通报|决定|批复)$"
)


# words that make a title's opening run two bodies or a forwarded document (湖北省人民政府批转省发展改革委关于…,
# 中共某省委某省人民政府关于…): no single body opens it
_NOT_ONE_BODY = re.compile(
    r"批转|转发|印发|、|[局委厅府办室][和与及]|^中共|委员会办公[室厅].+办公[室厅]|人民政府(?!办公[厅室]$).+(?:局|委|厅|政府)$"
)


def titled_body(title: str | None, lines: list[str]) -> str | None:
    """The one placed body a 公文 title opens with before 关于 (``某县人民政府关于…决算的报告``,
    ``某区财政局关于…预算执行情况的报告``): the document's 发文机关, whoever delivers or posts it; in the fuller form
    a red-head line of its own writes it (锡林郭勒盟行政公署 → 内蒙古自治区锡林郭勒盟行政公署, 227)."""
    m = re.match(rf"^([\u4e00-\u9fff]{{2,30}}?(?:{ORG_SUFFIX}))关于", title or "")
    if m is None or not has_place(m.group(1)) or _NOT_ONE_BODY.search(m.group(1)):
        return None
    body = m.group(1)
    if re.search(r"某|[XxＸ×*]", body):
        return None  # 某某区人民政府办公室关于…: a masked place names no one (the signature may)
    for line in lines[:40]:
        own = line.strip()
        if len(own) > len(body) and own.endswith(body) and _PARENT_PLACE.match(own[: -len(body)]):
            return own
    return body


def _red_head_issuer(title: str | None, lines: list[str]) -> str | None:
    """The body a 公文 title opens with (``某县人民政府关于…``) when it also stands alone on a line of the text (the
    red-head issuer line or the signature): who issued the document, whatever office the portal credits."""
    m = _TITLE_BODY.match(title or "")
    if m is None or not has_place(m.group(1)):
        return None
    if m.group(1).endswith("人民政府"):
        return m.group(1)  # 某县人民政府关于…的报告: a government's own document, posted by one of its bureaus (680)
    return m.group(1) if any(line.strip() == m.group(1) for line in lines) else None


# a portal's index table flattened into rows of the text: 文件编号 公开时限 长期公开 发布机构 某某街道办事处
_INDEX_ROW = re.compile(rf"(?:^|\s)(?:发布机构|所属机构)\s+([\u4e00-\u9fff()（）]{{2,30}}?(?:{ORG_SUFFIX}))(?=\s|$)")


def _index_row_publisher(lines: list[str]) -> str | None:
    """The 发布机构/所属机构 an index table's row names (892, 1071, 186 print it as ``key value`` pairs in a row)."""
    for line in lines:
        if (m := _INDEX_ROW.search(line)) is not None:
            return m.group(1)
    return None


# the parent places a portal's field may write before a body's own name (天津市 + 某区发展和改革委员会)
_PARENT_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:省|市|自治区|自治州|州|盟|地区)$")
# the district or county a street office is the agency of (福田区, 某县): kept before its name (session 23)
_STREET_PARENT = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:区|县|市)$")


def _with_field_place(name: str, fields: dict[str, str]) -> str:
    """``name`` with the parent place a portal's 发布机构/发布者 or 来源 field writes before the very same body
    (``发布者:天津市和平区发展和改革委员会`` over the delivery line's ``和平区发展和改革委员会``): the fullest form the
    page gives of the same body (gold README: a bureau's fullest name the text gives)."""
    for key in ("发布机构", "来源"):
        value = (fields.get(key) or "").strip()
        if len(value) > len(name) and value.endswith(name) and _PARENT_PLACE.match(value[: -len(name)]):
            return value
        office = name if name.endswith("办事处") else f"{name}办事处"
        if office.endswith("街道办事处") and value.endswith(office) and _STREET_PARENT.match(value[: -len(office)]):
            return value  # 来源:福田区香蜜湖街道办事处: a street office keeps its district (session 23, 2116)
        if value and value != name and short_form(name) == value:
            return value  # 来源: 三江县财政局 for 三江侗族自治县财政局: the page writes the same body by its short name
    return name


# a 文号 line of its own (许政 [2020] 20号, 长府发〔2001〕15号): the issuing body's abbreviation before the year
_NUMBER_LINE = re.compile(r"^([\u4e00-\u9fff]{1,6}?)\s*[〔\[［(（【]\s*(?:19|20)\d\d\s*[〕\]］)）】]\s*\d{1,4}\s*号$")
# a red head (某市人民政府文件), standing alone or glued into a sentence by a store (重许昌市人民政府文件许政…)
_RED_HEAD = re.compile(r"([\u4e00-\u9fff]{2,16}?人民政府)文件")


def red_head_of_number(lines: list[str], written: str | None = None) -> str | None:
    """The government whose red head (``某市人民政府文件``) the text writes anywhere, when a 文号 line of its own
    abbreviates a body by a letter of that place's name (许政 ↔ 许昌市, 长府发 ↔ 长兴镇). One such head only;
    ``written`` is the text as written (a cleaner drops a glued head from the lines as debris)."""
    number = next((m for line in lines[:6] if (m := _NUMBER_LINE.match(line.strip())) is not None), None)
    if number is None:
        return None
    found = set()
    for m in _RED_HEAD.finditer(written[:20000] if written is not None else "\n".join(lines)[:20000]):
        words = m.group(1)[:-4]
        # the longest known place ending the words (重许昌市 → 许昌市): a sentence the head is glued into left out
        place = next((words[k:] for k in range(len(words) - 1) if known_place(words[k:]) == words[k:]), None)
        if place is not None:
            found.add(government_of(place))
    if len(found) != 1:
        return None
    head = found.pop()
    return head if number.group(1)[0] in head[:-4] else None
