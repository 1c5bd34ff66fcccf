"""An issuer's name put together from the parts a text gives: whether it says where the body is, a short form
of a fuller name, the body's full kind from a title and its place from a field, a field value without widgets,
a name a spam brand broke."""

from __future__ import annotations

import re

from models.folding import compact
from models.ingest.metadata_candidates import SPAM_BRAND
from models.ingest.page_fields import DASH_DAY

# 该省, 本市, 我县, 全区, 该自治区: a demonstrative before a level (全州县, 全椒县, 本溪市 are names: another level
# letter follows, or the gazetteer knows the two letters)
_POINTER = r"[该本我全此各其](?:自治)?(?:[省市区县州旗镇乡盟]|街道)(?![市区县州旗盟])"


def has_place(org: str) -> bool:
    """True when an organisation name says where it is (``洪江市财政局``), not just what (``市科技局``)."""
    if re.match(r"^(?:[省市区县州旗镇乡]{2}|自治[区县州旗]|街道|社区|乡镇)", org):
        return False  # 乡镇政府, 县市区, 自治县教育局, 街道社区发展办: a kind of government, not a place
    if re.match(_POINTER, org) and not _one_letter_place(org[:2]):
        return False  # 该省人民政府, 本市, 我县, 全区: a demonstrative pointing at a place, never its name
    if re.match(r"(?:(?:经济技术|高新技术产业|经济)?开发|高新|经开|新|工业园|园|保税|示范|试验|合作)区", org):
        return False  # 开发区招商局: a zone of any city, named by its kind only
    if org[:1] in "市区县州旗" and not re.match(r"市[中南北]区", org):
        return False  # 市城市管理局, 县城乡建设局: the level, then the bureau (the level is no place's last letter)
    if re.match(
        r"^(?:国家|中央|中华人民共和国)[\u4e00-\u9fff]{2,}|^[\u4e00-\u9fff]{2,10}(?<!宣传|组织|统战|武装|工作)部(?:办公厅)?$"
        r"|^[\u4e00-\u9fff]{1,8}(?<!宣传|组织|统战|武装|工作)部[\u4e00-\u9fff]{1,8}司$"
        r"|^(?:审计署|海关总署)$",  # the State Council's own 署 (1282 审计署审计长 侯 凯 under the delivery line)
        org,
    ):
        return True  # 国家档案局, 商务部办公厅, 卫生部妇社司: a national body is where it is by its name
    if re.match(r"[^\W某][市区县州旗镇乡盟](?![市区县州旗盟])", org) and not _one_letter_place(org[:2]):
        # (某县, the made-up examples' stand-in for a name, is left as it was)
        return False  # 页市科技局 (a store's 8页 glued on), 庆市人民政府 (重 lost): one letter that names no place
    if re.match(r"(?:城市|都市|城镇|住房和城乡)", org):
        return False  # 城市管理局, 都市农业局, 住房和城乡建设局: a kind of body named by a common word, no place (1692)
    if org[:1] in "年度" and not _gazetteer_prefix(org):
        return False  # 2020⏎年城市管理局: a year's tail whose digits the page lost, no place (1692)
    # (兵团: 新疆生产建设兵团, a province-level body whose own bodies are named 兵团… as a province's are 某省…)
    return bool(
        re.match(
            r"^(?:国务院|中共|中国|(?:新疆生产建设)?兵团)"
            r"|^[\u4e00-\u9fff]+?(?:[省市区县州旗镇乡盟]|街道)",
            org,
        )
    )


def _gazetteer_prefix(org: str) -> bool:
    """Whether ``org`` opens with a place the gazetteer knows (年古乡…: a town's name may open with 年)."""
    from models.ingest.metadata_gazetteer import gazetteer

    places = gazetteer()
    return any(org[:k] in places.towns or org[:k] in places.counties or org[:k] in places.cities for k in range(2, 8))


# 某县, 某乡镇, 某市: a store's or farm's stand-in where the place's name stood (某某县, the made-up examples' name, is
# not this: a name of two letters)
_MASKED_PLACE = re.compile(r"^(?:某|[XxＸ×*＊]{1,3})(?:乡镇|[省市县区旗州盟镇乡])(?!某)")


def masked_place(issuer: str | None) -> bool:
    """An issuer whose place is only the page's mask (``某县文化和广电旅游体育局``, ``某乡镇人民政府``): the place is
    never named, so the issuer is unknown (gold README: 1674, 1709; the XX县 rule). The caller asks it of a name
    read from a title (a store's or farm's label)."""
    return bool(issuer) and _MASKED_PLACE.match(issuer or "") is not None


def _one_letter_place(word: str) -> bool:
    """A place named by one letter and its level (沛县, 芒市, 津市 of 津市市) or two letters that are a name
    (福州, 沙市), as the gazetteer and the dictionary know them; any word when the gazetteer is missing."""
    from models.ingest.metadata_gazetteer import gazetteer
    from models.ingest.metadata_issuer_forms import is_prefecture_short
    from models.ingest.metadata_places import _dictionary  # (imported late: that module's importers import this one)

    places = gazetteer()
    if not places.counties:
        return True
    return (
        word in places.counties
        or word + "市" in places.counties
        or word in places.towns
        or word in places.cities
        or word in _dictionary()[0]
        or is_prefecture_short(word)  # 锡盟 (锡林郭勒盟), 海北州
    )


# 来源: 某县某局 【字号: 打印, 来源: 区卫健委 关闭页面: a field's value runs on into the page's widgets
_WIDGET_TAIL = re.compile(rf"\s+(?:[【\[]|关闭|打印|字号|字体|浏览|点击|阅读|分享|{DASH_DAY}(?:\s|$)).*$")
# 信息来源: 镜湖区统计局阅读次数:编辑:某某: a page that lost the spaces between its fields glues the next label on
# (平昌县财政局字体【: the font bar glued on by its bracket, no colon, 1805)
_GLUED_LABEL = re.compile(
    r"(?:(?:阅读次数|浏览次数|访问次数|点击次数|点击数|点击率|责任编辑|编辑|作者|字体|字号)[:：]|(?:字体|字号)[【\[]).*$"
)


def without_widget(value: str | None) -> str | None:
    """A field's value without the page widgets its line runs on into."""
    return _GLUED_LABEL.sub("", _WIDGET_TAIL.sub("", value)).strip() or None if value else value


# the government, or its office, that runs the portal a bureau's page is posted on
_POSTING_OFFICE = re.compile(r"(?:人民)?政府(?:办公室|办公厅)?")


def with_titled_kind(name: str, titled: str | None) -> str:
    """``name`` (a placed body, ``某县退役军人局``) with the fuller kind a title writes without the place
    (``县退役军人事务局``): the place from the one, the body's name from the other (``某县退役军人事务局``)."""
    if not titled or titled[0] not in "省市区县州旗" or has_place(titled):
        return name
    level, kind = titled[0], titled[1:]
    cut = name.find(level)
    if cut < 1:
        return name
    place, rest = name[: cut + 1], name[cut + 1 :]
    if len(kind) > len(rest) and kind[-1] == rest[-1:] and abbreviates(rest, kind) and has_place(place + kind):
        return place + kind
    if _POSTING_OFFICE.fullmatch(rest) and not _POSTING_OFFICE.match(kind) and has_place(place + kind):
        return (
            place + kind
        )  # 某县人民政府(办公室) posts the page of the bureau the title names: the bureau at its place
    return name


def is_of_kind(name: str, kind: str | None) -> bool:
    """``name`` is the bureau a title names by its kind (``科技局`` in 某区科学技术局), or no kind was named."""
    return kind is None or abbreviates(re.sub(r"^[市区县省州旗]", "", kind), name)


def abbreviates(short: str, full: str) -> bool:
    """``short`` is ``full`` with characters left out (a place or 人民政府 dropped), in the same order."""
    it = iter(full)
    return all(ch in it for ch in short)


# 华容县政府, 合肥市政府: a place's government by its everyday name (not its office: 某区政府办公室 is that office's)
_EVERYDAY_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{1,12}[省市县区州旗盟])政府")


def formal_office(name: str) -> str:
    """A body by its formal name where the text calls it by its everyday short form: ``某某街道办`` is the
    ``某某街道办事处`` (the district's agency a 街道 issues through, as 公文 write it), ``某某县政府`` its
    ``某某县人民政府``."""
    if (everyday := _EVERYDAY_GOVERNMENT.fullmatch(name)) is not None and "委" not in everyday.group(1):
        return everyday.group(1) + "人民政府"
    return name + "事处" if name.endswith("街道办") else name


def branded(name: str, lines: list[str]) -> bool:
    """The head line a title's body comes from holds a spam brand inside that name (the title reads it without)."""
    for line in lines[:6]:
        c = compact(line)
        if SPAM_BRAND.search(c) and not c.startswith(name) and SPAM_BRAND.sub("", c).startswith(name):
            return True
    return False


# the kinds of zone (and street) a page masks by its place: XXX开发区, xxxx新城, 某街道
_ZONE_KIND = r"(?:经济技术开发区|高新技术产业开发区|开发区|高新区|经开区|新区|新城|园区|工业园|街道)"
# (a lone 某 masks a name: 2020年度某街道; 某某 is how made-up examples write a name, the tests' convention)
_MASK_MARK = r"(?:[XxＸ×*＊]{1,6}|(?<!某)某(?!某))"


def masked_zone(issuer: str | None, lines: list[str]) -> bool:
    """An issuer that is a zone or street (and whatever body it issues through) the page writes masked: the name
    holds a mask (``某街道办事处``) or the text writes the zone with one (``XXX开发区``, ``xxxx新城``) where the
    issuer has a word in its place (``有关开发区``, a farm's lead-in): the zone is unknown (gold README)."""
    zone = re.fullmatch(rf"(.{{0,12}}?)({_ZONE_KIND})(?:管委会|管理委员会|工作委员会|办事处|办)?", issuer or "")
    if zone is None:
        return False
    stem, kind = zone.group(1), zone.group(2)
    if re.search(_MASK_MARK, stem):
        return True
    lines = [line.replace(" ", "") for line in lines[:200]]
    hidden = rf"{_MASK_MARK}(?:{re.escape(kind)}{'|' + re.escape(stem) if len(stem) >= 2 else ''})"
    masked = any(re.search(hidden, line) for line in lines)
    # the name written unmasked inside a sentence of the text (not only in a title line the page may have made)
    said = any(stem + kind in line and re.search(r"[，,。；;]", line) for line in lines)
    return masked and not said


# a template's mask standing for a name, not a figure or a year: 数字XX建设, 打造XX“慧优政”, 与xx信息产业 (never XX年,
# XX亿元, 党的XX大), after a letter of the sentence
_NAME_MASK = re.compile(
    r"(?<=[\u4e00-\u9fff“”\"、，,。：:])(?<![A-Za-z0-9])[XxＸ]{2,3}(?=[\u4e00-\u9fff“\"「])"
    r"(?![年月日万亿元个家人项户次届大号期座所条件台辆名批公有集企])"  # (XX有限公司, XX集团: a firm's, no place)
)


def guessed_behind_masks(issuer: str | None, lines: list[str]) -> bool:
    """True for a body (not a government) the text never writes as named, in a text masking names twice or more
    (``数字XX建设`` ×6 + 市大数据局 + a 平度市 it lists among others): the place was the template's blank (1699;
    the corpus's masked templates, 009, 1257, 1642 … are all unknown)."""
    if not issuer or issuer.endswith(("人民政府", "政府")):
        return False
    text = "\n".join(lines[:300])[:8000]
    return len(_NAME_MASK.findall(text)) >= 2 and compact(issuer) not in compact(text)
