"""The issuer written in its fullest form: once a body is chosen, the longer name the text writes of the same body.

Gold README, lead's notes of session 13: the issuer is the fullest form of the issuing body's name the text itself
writes. Four ways a short form stands for a longer one:

* a national ministry goes by its official name (``工信部`` → ``工业和信息化部``), from a small table;
* an autonomous prefecture, league or prefecture-level 地区 written short (``延边州`` → ``延边朝鲜族自治州``) when the
  text writes its full name;
* the same name with a place before it that the text writes (``常州高新区统计局`` over ``高新区统计局``);
* a parent place before the body's own place as the document's title writes it (``临沧市临翔区章驮乡2022年度部门决算``:
  ``章驮乡人民政府`` → ``临沧市临翔区章驮乡人民政府``); never from a portal's header, which is not the document's, nor
  from a site's label filing the page by region (``(金华市)金东区澧浦镇…工作总结``, 2059).

A page field's parent place before a township's government or a village's committee is the field's, not the document's
(session 18, 1620 ``新建区大塘坪乡``; 1706 ``蔡河镇牛车湾村村民委员会``): the body as the text names it. A street's
office, the district's agency, keeps its district (1195, 892, 1625).
"""

from __future__ import annotations

import re
from functools import lru_cache

from models.ingest.metadata_gazetteer import gazetteer
from models.ingest.metadata_places import _dictionary, _gazetteer_place

# ministries of the State Council by their colloquial short forms (国务院组成部门, official names as of 2023); the
# forms a ministry writes itself (人力资源社会保障部, 国家发展改革委) stay as the text writes them (306, 654)
_MINISTRIES = {
    "工信部": "工业和信息化部",
    "人社部": "人力资源和社会保障部",
    "住建部": "住房和城乡建设部",
    "文旅部": "文化和旅游部",
    "退役军人部": "退役军人事务部",
    # national administrations under a ministry, by the short name their own texts use (1627)
    "国家医保局": "国家医疗保障局",
    "国家林草局": "国家林业和草原局",
    "国家卫健委": "国家卫生健康委员会",
}

# a township's government or a street's office (章驮乡人民政府: the township 章驮乡)
_TOWNSHIP = re.compile(r"^([\u4e00-\u9fff]{1,8}?(?:乡|镇|街道))(?:人民政府|办事处)$")
_LEVELS = "省市州区县旗盟"
# a zone named by its kind, which takes its city's short name before it (常州高新区, 苏州工业园区)
_ZONE = re.compile(r"^(?:高新|经开|开发|新|工业园|园|保税)区")


def written_in_full(
    issuer: str | None, title: str | None, lines: list[str], fields: tuple[str, ...] = ()
) -> str | None:
    """``issuer`` in the fullest form of the same body that the text (or, for a parent place, the title) writes;
    ``fields`` are the page's header field values (``来源: 三江县财政局``), which write names too."""
    if not issuer or " " in issuer or "、" in issuer:
        return issuer  # joint issuers are named as each line writes them
    if issuer in _MINISTRIES:
        return official_name(issuer)
    text = "\n".join(lines)[:20000]
    issuer = _without_field_parent(_long_place(issuer, text, fields), title, text, fields)
    if (prefixed := _prefixed(issuer, text)) is not None:
        return prefixed
    return (None if _region_tagged(title, lines) else _titled_parent(issuer, title)) or issuer


def official_name(body: str) -> str:
    """A national ministry's official name for its short form (``工信部`` → ``工业和信息化部``); others as given."""
    return _MINISTRIES.get(body, body)


def _long_place(issuer: str, text: str, fields: tuple[str, ...] = ()) -> str:
    """``延边州人民政府`` → ``延边朝鲜族自治州人民政府`` when the text writes ``延边朝鲜族自治州``: a prefecture,
    league or 地区 (or an autonomous county) whose short form opens the issuer and whose full name the text writes.

    Never when the text (or a page field) writes the issuer itself whole, short place and body together:
    ``来源: 三江县财政局`` under a title writing ``三江侗族自治县`` is issued by ``三江县财政局`` (1281; gold
    README, set 84: the fullest form the text writes is never composed); 1074's ``州人民政府`` is written without
    its place, and composed."""
    if not re.search(r"自治[州县旗]|盟|地区", text):
        return issuer  # (the gazetteer is read only when the text writes such a name)
    if issuer in fields or re.search(rf"(?<![\u4e00-\u9fff]){re.escape(issuer)}", text):
        return issuer
    places = gazetteer()
    full_names = [*places.cities, *(c for c in places.counties if c.endswith(("自治县", "自治旗")))]
    for full in full_names:
        if issuer.startswith(full) or full not in text:
            continue
        for form in _short_forms(full):
            if issuer.startswith(form) and form != full:
                return full + issuer[len(form) :]
    return issuer


@lru_cache(maxsize=1)
def _prefecture_shorts() -> frozenset[str]:
    places = gazetteer()
    return frozenset(f for full in places.cities for f in _short_forms(full))


def is_prefecture_short(word: str) -> bool:
    """A prefecture's or league's short form that keeps its level (锡盟, 延边州, 海北州)."""
    return word in _prefecture_shorts()


def _short_forms(full: str) -> list[str]:
    """The short forms of a prefecture's or autonomous county's name that keep its level (延边州, 锡盟, 长阳县)."""
    places = gazetteer()
    short = places.cities.get(full) or places.counties[full][0]
    forms = []
    if not full.endswith(("自治州", "盟", "自治县", "自治旗")):
        return []  # 常州市 (short 常州): a city's short form drops its level
    for stem in short.split("/"):
        if stem.endswith(("州", "盟")):
            forms.append(stem)  # 海南州, 兴安盟
        elif full.endswith("自治州"):
            forms.append(stem + "州")
        elif full.endswith("盟"):
            forms += [stem + "盟", stem[0] + "盟"]  # 锡林郭勒盟: 锡林郭勒盟, 锡盟
        elif full.endswith(("自治县", "自治旗")):
            forms.append(stem + full[-1])  # 长阳土家族自治县: 长阳县
    return [f for f in forms if len(f) >= 2]


def _is_place(token: str, *, bare: bool = False) -> bool:
    places, leveled = _dictionary()
    if token.startswith("自治") or len(token) < 2:
        return False
    if token[-1] in _LEVELS and (token in leveled or token[:-1] in places or _gazetteer_place(token)):
        return True  # (三沙市, 邵东市: the gazetteer's names jieba's word list lacks)
    return bare and token in _short_names()  # 常州 (常州高新区): a city's short name before a zone's


@lru_cache(maxsize=1)
def _short_names() -> frozenset[str]:
    """Cities' and provinces' short names (常州, 江苏): a place written bare before a body's name (常州高新区)."""
    g = gazetteer()
    shorts = [*g.cities.values(), *g.provinces.values()]
    return frozenset(s for short in shorts for s in short.split("/") if len(s) >= 2)


def _place_run(words: str, *, bare: bool = False) -> str:
    """The longest run of places ending ``words`` (``为临沧市临翔区`` → ``临沧市临翔区``); ``""`` when none;
    ``bare``: a city's short name may end it (常州, before a zone's name)."""
    end, start = len(words), len(words)
    while start > 0:
        last = start == end and bare
        step = next((k for k in range(min(start, 12), 1, -1) if _is_place(words[start - k : start], bare=last)), 0)
        if not step:
            break
        start -= step
    return words[start:end]


# a province alone before a body already placed in its city or county (辽宁省 / 朝阳市工业和信息化局)
_PROVINCE_RUN = re.compile(
    r"(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃"
    r"|青海|台湾)省?|(?:内蒙古|广西|西藏|宁夏|新疆)(?:自治区)?"
)
_OWN_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:市|县|州|盟|旗)(?!委|政府)")


def _prefixed(issuer: str, text: str) -> str | None:
    """The issuer with the place the text writes right before the very same name (``常州高新区统计局``)."""
    best: str | None = None
    zone = bool(_ZONE.match(issuer))
    for m in re.finditer(re.escape(issuer), text):
        if _store_label(text[text.rfind("\n", 0, m.start()) + 1 : m.start()]):
            continue  # (江苏?。?024年常州市金坛区人民政府政府工作报告: the store's label, not how the text names it
        run = _place_run(text[max(0, m.start() - 16) : m.start()], bare=zone)
        if run and _PROVINCE_RUN.fullmatch(run) and _OWN_PLACE.match(issuer):
            continue  # 辽宁省朝阳市工业和信息化局 in a sentence: a province only as the own lines write it (1107)
        if run and not issuer.startswith(run) and (best is None or len(run) + len(issuer) > len(best)):
            best = run + issuer
    return best


def _titled_parent(issuer: str, title: str | None) -> str | None:
    """The parent places the title writes before a township's own name (``洱源县西山乡2023年度部门决算``): the
    township is the body whose document it is. (A bureau's title names the place it reports on, not the bureau:
    ``关于合肥市瑶海区…计划…的报告`` by ``瑶海区发展和改革委员会`` takes no ``合肥市``.)"""
    m = _TOWNSHIP.match(issuer)
    if not title or m is None:
        return None
    own = m.group(1)
    at = "".join(title.split()).find(own)
    if at <= 0:
        return None
    run = _place_run("".join(title.split())[:at])
    return run + issuer if run else None


# a site's region tag before a label it files the page under ((金华市)…, (四川省)关于资阳市乐至县…: 2059, 033, 1231)
_REGION_TAG = re.compile(r"^\s*[(（\[［]([\u4e00-\u9fff]{2,6})[)）\]］]\s*")


# the same tag as a mirror garbles it: 省) and the year's first digit decoded as ?。? ((江苏?。?024年…: 1114, 199, 2318)
_GARBLED_TAG = re.compile(r"^\s*[(（][\u4e00-\u9fff]{2,6}[?？]。[?？]")


def _store_label(before: str) -> bool:
    """True when a line opening with ``before`` is a site's or store's label filed under a region tag (``(湖南省)``,
    ``(江苏?。?``): its places are the store's filing, not how the text names its body (2318, 665, 033)."""
    if _GARBLED_TAG.match(before):
        return True
    m = _REGION_TAG.match(before)
    return m is not None and _is_place(m.group(1), bare=True)


def _region_tagged(title: str | None, lines: list[str]) -> bool:
    """True when the title stands on the page as a site's label: a place in brackets before it (``(金华市)``)."""
    own = "".join((title or "").split())
    for line in lines[:8]:
        m = _REGION_TAG.match(line)
        if m and own and "".join(line[m.end() :].split()).startswith(own) and _is_place(m.group(1), bare=True):
            return True
    return False


# a township's government or a village's or community's committee: a body named by its own place alone
_OWN_PLACE_BODY = re.compile(
    r"^([\u4e00-\u9fff]{1,8}?(?:乡|镇|村|社区))(?:人民政府|村民委员会|居民委员会|村委会|居委会)$"
)
# a page's field line (信息来源:…, 发布机构 …): its words are the page's, not the text's
_FIELD_LINE = re.compile(r"来源|发布机构|发文机关|所属机构|发布单位")


def _without_field_parent(issuer: str, title: str | None, text: str, fields: tuple[str, ...]) -> str:
    """``issuer`` without the parent places a field writes before a township's or village's own body, when the
    title or the text names that body's place without them and never with them outside the page's fields."""
    for k in range(2, len(issuer) - 3):
        run, m = issuer[:k], _OWN_PLACE_BODY.match(issuer[k:])
        if m is None or not _parent_run(run):
            continue
        own = m.group(1)
        if not any(value.startswith(run + own) for value in fields):
            return issuer
        written = "\n".join(line for line in [title or "", *text.splitlines()] if not _FIELD_LINE.search(line))
        if run + own in "".join(written.split()) or own not in written:
            return issuer
        return issuer[k:]
    return issuer


def _parent_run(run: str) -> bool:
    """A run of parent places (新建区, 南江县, 蔡河镇, 临翔区蔡河镇): counties and cities, a gazetteer's town last."""
    town = next((run[k:] for k in range(len(run) - 2) if run[k:] in gazetteer().towns), "") if run[-1] in "乡镇" else ""
    rest = run[: len(run) - len(town)]
    return bool(town or rest) and (not rest or _place_run(rest) == rest)
