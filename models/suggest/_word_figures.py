"""Figures in words that are no indicators (ordinals, 八项规定, slogans' parts, 三门县); a people named by number."""

from __future__ import annotations

import re
from functools import lru_cache

from models.ingest.metadata_gazetteer import gazetteer
from models.suggest._named_counts import own_units
from models.suggest._scope_counts import counted_after_examples
from models.suggest._text import in_quotes
from models.suggest.numbers import UNITS, parse_number

# counting units that read as rhetoric after a Chinese numeral (八项规定, 四个问题, 三大…)
_CN_OK = frozenset("家户人名处座所台辆张头") | {"人次", "倍"}
# (正文共两个部分:⏎第一部分…: the parts of a document, announced)
_ANNOUNCES_LIST_RE = re.compile(r"(?:工作|任务|事|部分|方面)?[:：。，,]\s*(?:一是|第一|首先|一、|1[、.])")
# (成立十六个专责指挥部, 组建四个路政执法组: the bodies set up are counted)
_DONE_COUNT_BEFORE_RE = re.compile(r"(?:[\u4e00-\u9fff](?<![为除])了|共计?|累计|先后|完成|建成|成立|组建|新建)$")
# 成功签约三个项目,分别是…的动漫产业园、… (1945): a deed's count opens the statement, its names follow and restate
# nothing said before: counted (lead's ruling, session 26; as 567, and 1674 建成两家…驿站--A、B); names after 即, or of
# abstract items (三个统一,即…; 五个方面分别是…), name no deed and stay rhetoric
_DEED_BEFORE_RE = re.compile(r"(?:签约|签订|引进|引入|招引|落地|新建|建成|开工|竣工|投产|创建|获批|培育|认定)$")
_NAMES_AFTER_RE = re.compile(
    r"[^\d,，。；;:：()（）“”]{1,10}?[,，]\s?分别(?:是|为)[:：]?(?![\d零〇一二两三四五六七八九十百])"
)
# meetings held so many times: 召开四次专题会 (十五大召开两件大事: the congress convenes, the count is rhetoric)
_HELD_COUNT_BEFORE_RE = re.compile(r"(?:召开|举办)$")
# the figure (replaced by NUL) written as a place with its level: 三门县, 四会市 (两处市民公园, 三台区域: no level)
_PLACE_NAMED_RE = re.compile("\0(?:县(?![域城级])|市(?![场民级值容貌])|区(?![域位块间划段级])|旗(?![帜]))")
# a count in words of things finished: 三条主干道路建成通车, 两座桥梁竣工
_BUILT_AFTER_RE = re.compile(
    r"[^\d,，。；;、]{1,10}?(?:建成|竣工|通车|投用|投入使用|投产|完工|开工|交付"
    # 两个项目获批…, 两项工作入选…, 四个问题全面完成整改, 四个行政村已全部退出…: the things counted reached a result
    r"|获批|入选|全面完成|全部完成|已全部|已经获得?立项)"
)
# a count in words written after its noun, closing the clause (示范点三个、示范单位三个; 新建水利枢纽一座。): a ledger's
# figure; numbered rhetoric puts its count before the noun (四个问题, 八项规定)
# (抓好保民生三项: items of work, abstract however written, stay rhetoric)
# (省委十届三次、四次全会: a session's number)
_ITEM_UNITS = frozenset("项条点类批句字招次届")
_COUNT_CLOSES_RE = re.compile(r"\s?(?:[,，。；;、]|$)")
_NOUN_END_RE = re.compile(
    r"[\u4e00-\u9fff](?<![零〇一二两三四五六七八九十百千万亿第之其约近逾超余多共是为有好到了着过成等])$"
)
_LEVEL_RE = re.compile("[县市区旗]")
_CN_DIGITS = frozenset("零〇一二两三四五六七八九十百千万亿")
# a formula of numbered units, each a numeral and one noun (一室三部, 一室四处, 一办五局, 两站一中心): an organisation's
# or a plan's shape named in words (gold 2280, 765, 1213, 1757), no count; a period (两年一次) is no unit of one
# (一是两个…, 二要三项…, 一方面: an enumeration's marker or a function word after the numeral, no unit)
_FORMULA_PAIR_BEFORE_RE = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千万亿第每])[一二两三四五六七八九十]"
    r"[\u4e00-\u9fff](?<![零〇一二两三四五六七八九十百千万亿年月日天周季次倍是要则些直起同定般切旦致并样边方个项条])$"
)


_RHETORIC_AFTER_RE = re.compile(  # 运送600多万名农民工 is counted
    r"人口|中国人|人民(?!币)|群众|农民(?!工)|各族|(?:干部群众|干群)(?=[^\d,，。；;]{0,4}?(?:同心|众志|齐心|团结|同舟|一心))"
    r"|[\u4e00-\u9fff]{2,3}人民(?!币|医院|银行|政府|法院|检察院|代表|调解|来信|警察|日报|广场|路|公园|大会|团体|武装)"
)  # 740多万玉林人民翘首以盼, 4.6万名干群同心同德 (2282): the people of a place, named by their number
# the people called by a kinship word (全县35万父老乡亲, 7100万江淮儿女, 1.2亿齐鲁儿女): an address, never a count
_KIN_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:儿女|兒女|父老|同胞)")
_UNITED_AFTER_RE = re.compile(r"[^\d,，。；;]{1,6}?(?:同心|众志|眾志|齐心|齊心|团结|團結|同舟|一心)")


def population_named(t: str, e: int, num: str, unit: str) -> bool:
    """Whether the figure ending at ``e`` in 万 or 亿 names the people of a place (14亿人口, 亿万群众, 35万父老乡亲): an
    address, no count; with decimals only when they are said to stand as one (运送161.73万农民工 is counted)."""
    if not unit.startswith(("亿", "万")):
        return False
    if _RHETORIC_AFTER_RE.match(t, e) and ("." not in num or _UNITED_AFTER_RE.match(t, e)):
        return True
    return unit in ("亿", "万") and _KIN_AFTER_RE.match(t, e) is not None


@lru_cache(maxsize=4)
def _before_levels(t: str) -> frozenset[str]:
    """Every run of up to 10 characters opening on a numeral and standing right before a level (县 市 区 旗), read once
    per text: a long report holds hundreds of counts in words, and a scan of the whole text for each was quadratic."""
    return frozenset(
        t[i - k : i]
        for m in _LEVEL_RE.finditer(t)
        for i in (m.start(),)
        for k in range(1, min(10, i) + 1)
        if t[i - k] in _CN_DIGITS
    )


def _written_as_place(t: str, word: str) -> bool:
    """Whether the text writes ``word`` (a figure in words: 三门) as a place with its level (三门县, 四会市, 六合区; not
    两处市民公园)."""
    if len(word) > 10 or word[:1] not in _CN_DIGITS:
        if not any(word + level in t for level in "县市区旗"):
            return False
    elif word not in _before_levels(t):
        return False
    return bool(_PLACE_NAMED_RE.search(t.replace(word, "\0")))


@lru_cache(maxsize=1)
def _numeral_places() -> dict[str, str]:
    """The gazetteer's city- and county-level names of three letters or more that open on a numeral (七台河, 五家渠,
    三门峡, 六盘水), short and full, each to its full name."""
    g = gazetteer()
    pairs = [(short, full) for full, short in g.cities.items()] + [(v[0], full) for full, v in g.counties.items()]
    return {
        name: full
        for short, full in pairs
        for name in (short, full)
        if len(name) >= 3 and name[:1] in _CN_DIGITS and full.startswith(short)
    }


def _opens_place_name(t: str, s: int, e: int) -> bool:
    """Whether a place's name of the gazetteer opens at ``s`` and runs past the figure ``t[s:e]`` (七台 of 七台河, 五家
    of 五家渠), the text writing the place in full somewhere (七台河市): a name, no count (2053)."""
    places = _numeral_places()
    for k in range(e - s + 1, min(e - s + 6, len(t) - s) + 1):
        full = places.get(t[s : s + k])
        if full is not None and full in t:
            return True
    return False


# a few people in words said again (陈腾…候选人,两人均当选: the two just named) or a compound's number (三人舞,
# “四人小组”): who the story is about or what a thing is called, never how many were reached (2341, 2273, 421)
_PEOPLE_AGAIN_RE = re.compile(r"均|都|各自|分别|一起|同时|共同|舞|小组|组(?!织|建|成|件)")


def word_figure_excluded(t: str, s: int, e: int, num: str, unit: str) -> bool:
    """Whether the figure ``t[s:e]``, its number ``num`` written in words (三, 两, 十余), is no indicator."""
    if num[0].isdigit():
        return False
    prev = t[s - 1] if s else ""
    if unit in ("人", "名") and len(num) == 1 and _PEOPLE_AGAIN_RE.match(t, e):
        return True
    if unit == "家" and re.match(r"(?:领导)?班子|(?:領導)?班子", t[e : e + 4]):
        return True  # 市四家班子领导 (2379; 四套班子 039, 1370): the leading bodies' name, no count
    if len(num) >= 2 and not re.search(r"[十百千万亿点]", num):
        return True  # 一二三次产业, 二三产业: digits in a row name ordinals, no figure
    if _FORMULA_PAIR_BEFORE_RE.search(t, max(0, s - 3), s):
        return True  # 管委会下设一室三部: the second unit of a formula
    if t.startswith("“", e):
        return True  # 六张“高新名片”, 两个“单打冠军”: a count in words naming a slogan's parts (README, rhetoric)
    # 解决问题百余个, 开展集体活动十余次, 教育资料二十余部, 栽植一千多棵绿化苗木 (2281), 三百多棵: about so many
    round_ = re.fullmatch(r"[二三四五六七八九]?十|[一两二三四五六七八九]?[百千万]", num) is not None
    about = round_ and t[s + len(num) : s + len(num) + 1] in (
        "余",
        "多",
    )
    ok = about or unit in _CN_OK or (unit[0] in "万亿" and len(unit) > 1) or UNITS[unit].kind in ("percent", "points")
    ok = (
        ok
        or (num[-1] in "万亿" and len(num) > 1)
        or (len(num) >= 3 and (parse_number(num) or 0) >= 100)  # 建成了一千一百个大中型项目: a count in full words
        # 人均GDP已近八千美元 (2381), 超过四千美元 (2238): a sum of money in round words is a figure, never rhetoric
        or (
            UNITS[unit].kind == "money"
            and re.fullmatch(r"[二两三四五六七八九][百千]", num) is not None
            and not re.match(r"[级級]", t[e : e + 1])  # 6个五百亿级产业集群: the class counted (092, 1421)
        )
        or bool(_BUILT_AFTER_RE.match(t, e) and not re.search(r"、[^,，。；;、]{1,8}$", t[max(0, s - 12) : s]))
        # 共包装了两个项目, 完成三个党支部整合组建: a count of what was done, after a perfective verb
        or bool(unit in ("次", "场") and _HELD_COUNT_BEFORE_RE.search(t, max(0, s - 2), s))
        or bool(_DEED_BEFORE_RE.search(t, max(0, s - 2), s) and _NAMES_AFTER_RE.match(t, e))
        or (unit in ("个", "個") and own_units(t, s, e))  # 下设三个事业编制机构: the office's own units (session 27)
        # …等六项主要经济指标: the indicators the examples before 等 open, counted (lead's session-25 ruling)
        or (unit in ("项", "個", "个", "項") and counted_after_examples(t, s, e))
        or bool(
            UNITS[unit].kind == "count"
            and len(unit) == 1  # (等六个片区: the noun inside the unit, counted before it)
            and unit not in _ITEM_UNITS
            and _COUNT_CLOSES_RE.match(t, e)
            and _NOUN_END_RE.search(t, max(0, s - 1), s)
            and not in_quotes(t, s)
        )
        or bool(
            _DONE_COUNT_BEFORE_RE.search(t, max(0, s - 4), s)
            and num != "一"
            and not _ANNOUNCES_LIST_RE.match(t, e)  # 承担了两项。一是…: a bare count announcing a list
        )
    )
    if not ok or in_quotes(t, s):
        return True
    if unit != "个" and (_written_as_place(t, t[s:e]) or _opens_place_name(t, s, e)):
        return True  # 三门污水治理工作入选… where the text writes 三门县: a place's name, no count (四会市, 六合区)
    if prev and prev in "零〇一二两三四五六七八九十百千万亿第几上数":
        return True
    return (num in ("十", "百", "千", "万", "百万", "千万", "亿", "万亿") and not about) or unit == "万"
