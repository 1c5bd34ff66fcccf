"""Where an unplaced bureau stands: ``区科技局`` at the place the text names; the bureau a ``我局`` text is."""

from __future__ import annotations

import re
from collections import Counter

from models.folding import compact as _compact
from models.folding import fold_text
from models.ingest.metadata_bare_places import bare_place, city_named_bare, formula_place
from models.ingest.metadata_bureau_place import place_of_bureau
from models.ingest.metadata_gazetteer import gazetteer
from models.ingest.metadata_government import place_of_level
from models.ingest.metadata_issuer_full import short_forms
from models.ingest.metadata_places import MASK
from models.ingest.metadata_sector_place import sector_place

# 我局…，水务工作取得了显著成绩: the summary sentence names the bureau's own line of work
# (the clause's subject, from the comma on: 交通运输工作取得… names 交通运输, not 运输)
_OWN_WORK = re.compile(
    r"(?:^|[，,；;。：:])(?:(?:我|全|本)[市县区])?([\u4e00-\u9fff]{2,4}?)工作(?:取得|再上|实现|成效)"
)
# quantifiers and qualifiers that stand before 工作 in any report: no line of work
_NO_DOMAIN = re.compile(
    r"^(?:各项|全面|整体|总体|重点|全年|本职|日常|相关|这些|一些|年度|今年|上述|各类|两项|多项|一项)$"
)
_LEVEL_WORD = re.compile(r"(?:我|全|本)([市县区])|([市县区])(?:委|政府)")


def bureau_of_own_work(lines: list[str]) -> str | None:
    """A bureau that speaks as ``我局`` and names its own work (``水务工作取得…``), at the level its text speaks
    of (``全市``, ``市委``), with the one place of that level the text names; None when any of it is missing."""
    text = "\n".join(lines)[:8000]
    if text.count("我局") < 2:
        return None
    found = (re.sub(r"^(?:我|本)[局委]", "", m.group(1)) for m in _OWN_WORK.finditer(text))  # 我局水利工作
    domains = Counter(d for d in found if len(d) >= 2 and not _NO_DOMAIN.match(d))
    if not domains:
        return _bureau_of_sector(text, lines)
    ranked = domains.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # two lines of work as often: no telling whose bureau
    levels = Counter(m.group(1) or m.group(2) for m in _LEVEL_WORD.finditer(text)).most_common(2)
    if not levels or (len(levels) > 1 and levels[0][1] == levels[1][1]):
        return None
    return placed_name(levels[0][0] + ranked[0][0] + "局", lines)


# the lines of work a bureau is named by (统计局, 审计局): the word its own text keeps writing
_SECTORS = ("统计", "审计", "财政", "民政", "林业", "水利", "水务", "商务", "司法", "档案", "气象", "粮食")


def _bureau_of_sector(text: str, lines: list[str]) -> str | None:
    """A ``我局`` text whose one line of work fills it (``统计`` five times or more and three times any other
    sector's word: 938 ``发挥统计工作辅政参谋作用``, 1070 ``审计项目``), at the level it speaks as (``我区`` over
    the ``全市`` of its awards), in the place it names."""
    counts = Counter({sector: text.count(sector) for sector in _SECTORS}).most_common(2)
    if counts[0][1] < 5 or counts[0][1] < 3 * counts[1][1]:
        return None
    level = spoken_level(text)
    return placed_name(level + counts[0][0] + "局", lines) if level else None


def spoken_level(text: str) -> str | None:
    """The level a text speaks at: the one ``我市``/``我县``/``我区`` it writes, else the most frequent of ``全县``,
    ``县委``, ``县政府`` … (None on a tie)."""
    own = {m.group(1) for m in re.finditer(r"我([市县区])", text)}
    if len(own) == 1:
        return own.pop()
    levels = Counter(m.group(1) or m.group(2) for m in _LEVEL_WORD.finditer(text)).most_common(2)
    if not levels or (len(levels) > 1 and levels[0][1] == levels[1][1]):
        return None
    return levels[0][0]


def leveled_kind(kind: str, lines: list[str]) -> str | None:
    """A bureau a title names by its kind only (``教育局2022工作总结``, ``年建设局工作总结``: the year's digits lost)
    at the level its text speaks at (``我市``) and in the place it writes with that level (``寿光市教育局``)."""
    kind = re.sub(r"^(?:\d+|[年度])+", "", kind)
    # 市区科技局, 县区教育局: two levels run together where the names were (2113): the one the text speaks as
    pair = re.match(r"([市县区])(?!\1)([市县区])", kind)
    allowed, kind = (pair.group(0), kind[2:]) if pair else ("市县区", kind)
    if len(kind) < 3 or kind[0] in "市区县州旗省" or not kind.endswith("局"):
        return None
    text = "\n".join(lines)[:8000]
    level = spoken_level(text)
    if level is None or level not in allowed or len(re.findall(rf"(?:我|全|本){level}|{level}(?:委|政府)", text)) < 2:
        return None  # 全市 once (040: 成都市新优质学校 in a district's summary): no level the text speaks at
    # the place written with its level (溧水县年国民经济…, 寿光市职业学校), never a bare word (强农惠农富农, 813)
    if (placed := place_of_bureau(level + kind, lines)) is not None:
        return placed
    # else, for a county's or district's bureau, the one place of that level the text names bare (建设美丽淳化,
    # 打造质量新鄞州: 1614, 2113), when the gazetteer knows it at that level and the text writes it once outside a
    # slogan's parallel words (a city's bare name is place_of_bureau's: 新余 inside 美丽新余杭 is no city)
    # (a bureau's kind is a short name: 气象局年终工作总结和来年工作思路气象局, a title's run-together copies, is none)
    named = len(kind) <= 10 and re.search(r"工作|总结|计划|思路|要点", kind) is None
    placed = placed_name(level + kind, lines) if level in "县区" and named else None
    place = placed[: len(placed) - len(kind)] if placed is not None and placed.endswith(kind) else None
    return placed if place is not None and _known_at_level(place, level) and _stands_free(place[:-1], text) else None


def _known_at_level(place: str, level: str) -> bool:
    """Whether the gazetteer lists ``place`` (淳化县, 株洲市, 瑞安市) as a place of ``level``."""
    known = gazetteer()
    return place in known.counties or (level == "市" and place in known.cities)


def _stands_free(stem: str, text: str) -> bool:
    """Whether ``stem`` is written once not as an item of a parallel slogan, whose words end in the same letter
    (强农惠农富农: 惠农 after 强农 is the slogan's word, not 惠农区)."""
    return any(i == 0 or text[i - 1] != stem[-1] for i in (m.start() for m in re.finditer(re.escape(stem), text)))


# 2008年县林业工作总结: the level, then the line of work its bureau reports on
_SECTOR_TITLE = re.compile(r"^(?:(?:19|20)\d\d年度?)?([市县区])([\u4e00-\u9fff]{2,6}?)工作(?:总结|要点|计划|报告|汇报)")


def sector_title_bureau(title: str | None, lines: list[str]) -> str | None:
    """``肥东县林业局`` for a title ``县林业工作总结`` over a text that speaks as ``我局`` and names its county."""
    text = "\n".join(lines)[:8000]
    m = _SECTOR_TITLE.match(_compact(title or ""))
    if m is None and "我局" in text and (any_level := _SECTOR_ANYWHERE.search(_compact(title or ""))) is not None:
        # 生态县建设林业工作总结: the sector's work in the title, the level from the text (全县, 县委)
        levels = Counter(m.group(1) or m.group(2) for m in _LEVEL_WORD.finditer(text)).most_common(2)
        if levels and (len(levels) == 1 or levels[0][1] > levels[1][1]):
            return placed_name(levels[0][0] + any_level.group(1) + "局", lines)
    if m is None or "我局" not in text or m.group(2).endswith(("政府", "人大", "政协")):
        return None
    return placed_name(m.group(1) + m.group(2) + "局", lines)


_SECTOR_ANYWHERE = re.compile(
    r"(林业|水利|水务|统计|财政|审计|商务|教育|民政|司法|气象|粮食|公安|档案)(?:年度|上半年|下半年|全年)?工作"
    r"(?:总结|要点|计划|报告|汇报)"  # 民政年度工作总结: the period may stand between the line of work and 工作
)


# a figure or year a template masks with x (xx.x亿元, xxxx年, xxx吨)
_MASKED_FIGURE = re.compile(r"(?<![A-Za-z])[xX]{1,4}(?:\.[xX]+)?(?:年|万|亿|元|吨|个|%|人)")


def placed_name(name: str, lines: list[str]) -> str | None:
    """``区科技局`` with the place the text gives it: named with its level, else (for a district's or county's
    bureau) the one known place of that level the text names bare (``赋能瓯海产业`` → 瓯海区科技局)."""
    text = "\n".join(lines)[:8000]
    if name.startswith("省") and name.endswith(("厅", "局", "委", "委员会")):
        # 省发展和改革委员会受省政府委托…: a province's body, in the one province the text names most; a province
        # named only inside a cited regulation (《江苏省数据条例》, 288) places no body (171/153), the report the body
        # delivers (作《关于安徽省…的报告》, 887) does
        cited = [re.sub(r"《(?!关于[^》]{2,80}报告》)[^》]{0,80}》", "", line) for line in lines]
        province = place_of_level("省", None, [], cited)
        return province + name[1:] if province else None
    if re.match(r"市(?:政(?!府|务)|场|容)", name):  # (市政府, 市政务服务…: the level, then the body)
        # 市政局, 市场监管局: a line of work that starts with 市, no level; the level the text speaks at (区委、区政府)
        levels = Counter(m.group(1) or m.group(2) for m in _LEVEL_WORD.finditer(text)).most_common(2)
        if not levels or (len(levels) > 1 and levels[0][1] == levels[1][1]):
            return None
        name = levels[0][0] + name
    if (placed := place_of_bureau(name, lines)) is not None:
        return placed
    if len(name) < 3 or name[0] not in "市区县" or not name.endswith(("局", "委", "委员会")):
        return None  # 区办公室: an office of any district
    # 厚植钟楼工业, 福州科技工作: the place named before the bureau's own line of work, even in a text that masks
    # its figures or a copy of its name (xx市科技工作 beside 福州科技工作: the farm missed one)
    if (placed := sector_place(name, text)) is not None:
        return placed
    if re.search(rf"{MASK}{name[0]}", fold_text(text)):
        return None  # XX区: the text hides its place
    if len(_MASKED_FIGURE.findall(text)) >= 5:
        return None  # a template masking its figures (xx.x亿元, xxxx年): a bare word names no place (大田管理, 575)
    if name[0] != "市" and (stem := bare_place(text, name[0], True)) is not None:
        return stem + name[1:]
    # “…建设新溧阳”总要求: the place its government's own phrases give, a known place of the bureau's level
    place = formula_place(text, name[0], known_only=True) or _district_of_period(text, name[0])
    if place is None and name[0] == "市":
        place = city_named_bare(text)  # 我市…服务海东科学发展: the one city it names, once is enough (1894)
    return place + name[1:] if place is not None else None


# 新城区1至10月就业…: a district the gazetteer lists under a name that is also a common noun (新城区, the new town
# anywhere else) is the place only where the text writes a period of its own right after it, as of a place's figures
_DISTRICT_PERIOD = re.compile(
    r"([新老旧][\u4e00-\u9fff]区)(?=(?:\d{1,2}[至到\-—~]\d{1,2}月|今年|上半年|前三季度|第?[一二三]季度|(?:19|20)\d\d年))"
)


def _district_of_period(text: str, level: str) -> str | None:
    if level != "区":
        return None
    named = {m.group(1) for m in _DISTRICT_PERIOD.finditer(text) if m.group(1) in gazetteer().counties}
    return named.pop() if len(named) == 1 else None


def kind_at_level(kind: str, lines: list[str]) -> str | None:
    """A bureau a portal's field names by its kind alone (``发布机构: 商务局``, the department list of a city's own
    portal) at the one level the text writes before that kind (``市商务局``), in the place the text gives it
    (``义乌市商务局``); None when the text writes the kind at no level or at two."""
    if len(kind) < 3 or kind[0] in "省市区县州旗" or not kind.endswith(("局", "委员会", "委", "办公室")):
        return None
    text = "\n".join(lines)[:8000]
    # 人民防空办公室 over a text writing 区人防办: the kind in its standard short form counts as written
    written = "|".join(re.escape(k) for k in (kind, *short_forms(kind)))
    levels = {m.group(1) for m in re.finditer(rf"([市区县])(?:{written})", text)}
    if len(levels) > 1 and kind.endswith("办公室"):
        # 在区委、区政府和市人防办的领导下 … 区人防办: the office one level up leads; the text's own is at the level
        # it speaks as (我区)
        levels &= {spoken_level(text)}
    if len(levels) != 1:
        return None
    return placed_name(levels.pop() + kind, lines)
