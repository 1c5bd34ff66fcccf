"""The government a report of its own speaks for when no line writes its place in full: the level it speaks at (its
speaker's 我代表市人民政府, its own congress 县十四届人大, a news item's 市长…作政府工作报告) and the one place of that
level its text, its headline or the page's own label of the report (``合肥市2008年政府工作报告``) names."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from models.ingest.clean import CleanText
from models.ingest.metadata_gazetteer import _ZONE, gazetteer
from models.ingest.metadata_places import MASK, _dictionary, government_of, known_place
from models.ingest.metadata_words import _common_words, _two_letter_words

# what only a government's own report (or a news item retelling it) writes: the report's name, the deputies it
# addresses, its own term, the targets its congress set
_GOV_REPORT = re.compile(r"政府工作报告|各位代表|本届政府|人大[^。\n]{0,12}次会议(?:确定|提出)的")
# the text retelling the report (作政府工作报告, 在《政府工作报告》中说, 政府工作报告提出), not citing it as a task
# (落实政府工作报告的部署: a bureau's news item); the head delivering it 代表州人民政府向大会报告工作 (2222)
_RETOLD = re.compile(
    r"(?:作|做)《?政府工作报告|政府工作报告》?(?:中|提出|指出|显示|说)|各位代表|本届政府|人大[^。\n]{0,12}次会议(?:确定|提出)的"
    r"|代表(?:省|市|县|区|州|旗)(?:人民)?政府向大会报告(?:政府)?工作"
)
# 我代表市人民政府: the level the speaker reports for, its place left out
_VOICE = re.compile(r"我?代表(省|市|县|区|州|旗)(?:人民)?政府")
# 县十四届人大一次会议, 市第七届人民代表大会: the congress of the government's own level (the one it reports to)
_CONGRESS = re.compile(
    r"(?<![省市县区州旗盟镇乡城郊矿新])(省|市|县|区|州|旗)(?:第)?[一二三四五六七八九十]{1,3}届(?:人大|人民代表大会)"
)
# 市长刘革安代表…作《政府工作报告》, 代市长陈冬昨日在政府工作报告中: the head of the level delivering it
_HEAD = re.compile(
    r"(?:(?<=代)|(?<=代理)|(?<![\u4e00-\u9fff]))(省|市|县|区|州|旗)长[\u4e00-\u9fff]{2,3}[^。\n]{0,16}?政府工作报告"
)
# 宁夏回族自治区主席咸辉作政府工作报告, 贵州省代省长某某作政府工作报告: the head delivering it written with the place
# he heads in full (the place and the head's title of one level): whose report it is, whatever else the item names
_PLACED_HEAD = re.compile(
    r"([\u4e00-\u9fff]{2,12}?(?:自治区|自治州|省|市|州|县|区|旗))(?:人民政府)?代?(主席|省长|市长|州长|县长|区长|旗长)"
    r"[\u4e00-\u9fff·]{2,4}(?:向大会)?作了?《?政府工作报告"
)
# 吕祖善省长指出, 省长某某强调: a text opening on its head speaking (a news rendering of his report or speech)
_SPEAKING_HEAD = re.compile(
    r"^(?:[\u4e00-\u9fff·]{2,4}?)?(省|市|县|区|州|旗)长(?:[\u4e00-\u9fff·]{2,4}?)?(?:在[^。，,\n]{2,24}?)?(?:指出|强调|说|表示)"
)
_HEAD_OF_LEVEL = {"主席": ("自治区",), "省长": ("省",), "市长": ("市",), "州长": ("州",), "县长": ("县",)}
_HEAD_OF_LEVEL |= {"区长": ("区",), "旗长": ("旗",)}
# 我县, 全区上下, 本市: the level a text speaks as
_SPOKEN = re.compile(r"(?:我|全|本)(省|市|县|区|州|旗)(?![第首前排平均级])")
# 在省委、省政府和市委的坚强领导下: the superiors a report names as leading it, never its own place
_LED = re.compile(r"在[^。；;\n]{0,40}?(?:领导|指导|关怀)下")
# a page line naming the report itself (合肥市2008年政府工作报告【完整版】, 广东省政府工作报告篇1): the words before
# the report's name
_LABEL = re.compile(r"([^,，。;；:：!！?？\s]{2,16}?)(?:(?:19|20)\d\d年?度?)?政府工作报告")
# 与…合作, 赴…, 对口帮扶…: a partner or a place visited
_PARTNER = re.compile(r"(?:与|和|同|向|赴|到|帮扶|对口|援助|支援|援建|学习|借鉴)(?:[\u4e00-\u9fff]{2,8}、){0,6}$")


def own_place_government(
    title: str | None, head: list[str], lines: list[str], cleaned: CleanText | None = None, *, decided: bool = False
) -> str | None:
    """``某某市人民政府`` for a government's own report (or a news item retelling it) whose level is known (the
    speaker's, its congress's, its head's; else the one it speaks as, 全县, twice and more than any other) and whose
    text, headline or page label names exactly one place of that level, or one at least twice and twice as often as
    any rival; None when the text masks its place, names none, or two compete. Of the lines ``cleaned`` set aside
    (chrome, header fields) only those naming the report itself count (``某市2008年政府工作报告``). ``decided``: the
    order found the text names no one (a budget's, a release's): no answer unless its title names a 政府工作报告 (a
    work report citing a 财政决算 is no budget)."""
    if decided and "政府工作报告" not in (title or ""):
        return None
    labels = [*cleaned.chrome_lines, *cleaned.header_lines] if cleaned is not None else []
    text = "\n".join(lines)[:12000]
    own = [title or "", *head[:6]]
    if re.search(rf"{MASK}(?:[省市县区州旗镇乡]|街道)", text):
        return None  # (东莞市xx镇召开…人大…镇长作政府工作报告: the town's own report, its name hidden, 2441)
    labels = [*own, *labels]
    if (office := _prefecture_office(text)) is not None:
        return office
    if not (_GOV_REPORT.search("\n".join(own)) or _RETOLD.search(text)):
        return _speaking_head(title, text, labels)
    if (headed := _placed_head(text)) is not None:
        return government_of(headed)
    if (level := _level(text)) is not None:
        place = _chosen(text, labels, level, least=1)
        return government_of(_as_written(place, "\n".join([text, *labels]))) if place else None
    # no level said or spoken clearly (全省 and 全县 alike, or none): the one level whose one place the report keeps
    # naming, three times or more, twice as often as any rival of its level (舟曲 over the counties visiting it)
    found = {place for level in _LEVELS if (place := _chosen(text, labels, level, least=3))}
    return government_of(_as_written(found.pop(), "\n".join([text, *labels]))) if len(found) == 1 else None


# 在地委的坚强领导下,在地区人大工委的监督指导下: a 地区's (盟's) administrative office, led by the prefecture's party
# committee and overseen by its congress's working committee (a 地区 has no congress of its own, only the province's
# 人大工委), speaking of its year's work
_PREFECTURE_LED = re.compile(r"在(地|盟)委[^。；;]{0,12}?领导下")
_PREFECTURE_CONGRESS = re.compile(r"(地区|盟)人大工委")


def _prefecture_office(text: str) -> str | None:
    """``某某地区行政公署`` for a report led by ``地委`` and overseen by ``地区人大工委`` (or 盟委, 盟人大工委), the
    office no 地区 but its 行署 answers to them as, in the one prefecture of that kind the text names (``塔城口岸``);
    None when it names none or two."""
    led, overseen = _PREFECTURE_LED.search(text[:3000]), _PREFECTURE_CONGRESS.search(text[:3000])
    if led is None or overseen is None or led.group(1) != overseen.group(1)[0]:
        return None
    kind = "地区" if led.group(1) == "地" else "盟"
    named = {
        full
        for full, short in gazetteer().cities.items()
        if full.endswith(kind)
        and any(form in text for stem in short.split("/") for form in (stem, full) if len(form) >= 2)
    }
    return named.pop() + "行政公署" if len(named) == 1 else None


def _speaking_head(title: str | None, text: str, labels: list[str]) -> str | None:
    """A title-less text opening on the head of a level speaking (``吕祖善省长指出``: a page's rendering of his
    report or speech, gold README: the speaker line ``…市长…`` gives that place's 人民政府), speaking as that level
    (全省) and no other, and naming one place of that level: its government."""
    head = _SPEAKING_HEAD.match(text[:40])
    if title or head is None or _level(text) != head.group(1):
        return None
    place = _chosen(text, labels, head.group(1), least=1)
    return government_of(_as_written(place, text)) if place else None


def _as_written(place: str, text: str) -> str:
    """An autonomous prefecture the text never writes in full in the short form it uses (``恩施州``, ``迪庆`` with
    ``州人民政府``: gold README, session-13 note and 2049), any other place as the gazetteer names it."""
    if not place.endswith("自治州") or place in text or not (short := gazetteer().cities.get(place)):
        return place
    return short + "州"


def _placed_head(text: str) -> str | None:
    """The one known place whose head, written with it, delivers the 政府工作报告 (``宁夏回族自治区主席某某作…``)."""
    found = {
        m.group(1)
        for m in _PLACED_HEAD.finditer(text)
        if m.group(1).endswith(_HEAD_OF_LEVEL[m.group(2)]) and known_place(m.group(1)) == m.group(1)
    }
    return found.pop() if len(found) == 1 else None


def _chosen(text: str, labels: list[str], level: str, least: int) -> str | None:
    """The place of ``level`` the text and the page's labels of the report name ``least`` times or more: the only
    one, or one named at least twice and twice as often as any rival."""
    named = _places(text, level)
    # the page's own label of this report, and a title naming it: evidence for its place, twice a mention's weight
    for line in labels:
        for m in _LABEL.finditer(line):
            for place, count in _places(m.group(1)[-10:], level).items():
                named[place] += 2 * count
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < least:
        return None
    place, count = ranked[0]
    if len(ranked) > 1 and (count < 2 or count < 2 * ranked[1][1]):
        return None  # a neighbour, a partner or a superior of the same level named as often: no telling
    return place


def _level(text: str) -> str | None:
    """The level the report speaks at: its speaker's, its congress's or its head's (all agreeing), else the one it
    speaks as twice or more and more than twice as often as any other."""
    said = {m.group(1) for pattern in (_VOICE, _CONGRESS, _HEAD) for m in pattern.finditer(text)}
    if len(said) == 1:
        return said.pop()
    if said:
        return None
    spoken = Counter(m.group(1) for m in _SPOKEN.finditer(text)).most_common(2)
    if not spoken or spoken[0][1] < 2 or (len(spoken) > 1 and spoken[0][1] < 2 * spoken[1][1]):
        return None
    return spoken[0][0]


_LEVELS = "省市县区旗州"


@lru_cache(maxsize=1)
def _stems() -> tuple[dict[str, list[tuple[str, str, str]]], dict[str, frozenset[int]], frozenset[str]]:
    """The gazetteer's places of every level as the text may write them: each stem (the short name where it names
    its place bare, else the full name) → (level, full name, short name); the stems' lengths by first letter; every
    known place's full name."""
    places = gazetteer()
    named: dict[str, str] = {full: short for full, short in places.provinces.items() if full.endswith("省")}
    named.update({full: short for full, short in places.cities.items() if full[-1] in _LEVELS[1:]})
    named.update({full: seat[0] for full, seat in places.counties.items() if full[-1] in _LEVELS[1:]})
    stems: dict[str, list[tuple[str, str, str]]] = {}
    for full, short in named.items():
        stem = short if _bare_name(short) else full
        if _ZONE.search(full) or (len(stem) <= 2 and stem == full):
            continue  # 开发区, 示范区: no government; 高县: a one-letter name is read by the speaker's rules
        stems.setdefault(stem, []).append((full[-1], full, short))
    sizes: dict[str, set[int]] = {}
    for stem in stems:
        sizes.setdefault(stem[0], set()).add(len(stem))
    other = frozenset(places.counties) | frozenset(places.cities) | frozenset(places.provinces)
    return stems, {k: frozenset(v) for k, v in sizes.items()}, other


def _places(text: str, level: str) -> Counter[str]:
    """The places of ``level`` ``text`` names, full or short, counted."""
    return _all_places(text).get(level, Counter())


@lru_cache(maxsize=16)
def _all_places(text: str) -> dict[str, Counter[str]]:
    """The places of each level ``text`` names, full or short, counted (not where it names its superiors leading
    it, a partner, or another place whose name opens or ends with the same letters: 长沙县 is not 长沙市)."""
    stems, sizes, other = _stems()
    led = [m.span() for m in _LED.finditer(text)]
    found: dict[str, Counter[str]] = {}
    for start, letter in enumerate(text):
        for size in sorted(sizes.get(letter, ()), reverse=True):
            stem = text[start : start + size]
            if stem not in stems:
                continue
            end = start + size
            if _aside(text, start, end, led, other):
                break
            for level, full, short in stems[stem]:
                ends = range(min(len(text), end + 6), end, -1)
                written = next((text[start:k] for k in ends if text[start:k] in other), None)
                if written is not None and written != full:
                    continue  # 长沙县 for 长沙市, 兴安盟 for 兴安区
                if stem == short and _quoted(text, start, end):
                    continue  # 美丽“滨城”建设: a nickname or a brand in quotes, not the place's own name
                found.setdefault(level, Counter())[full] += 1
            break
    return found


def _aside(text: str, start: int, end: int, led: list[tuple[int, int]], other: frozenset[str]) -> bool:
    """A name at ``start:end`` that is not the text's own mention of a place: the letters ending another place's
    name, a superior leading it, a partner, a head's title glued to his name."""
    if any(text[start - k : e] in other for k in range(1, min(start, 8) + 1) for e in (end, end + 1)):
        return True  # 定西市 holds 西市, 大兴安岭 兴安: the letters end another place's name
    known = _dictionary()[0]
    if any(text[start - k : end] in known for k in (1, 2) if start >= k):
        return True  # 潮白河工业区 holds 白河: the letters end a longer place name jieba knows (a river, a town)
    if any((name := text[start : end + k]) in known and name not in other for k in (1, 2)):
        return True  # 祁连山南麓 holds 祁连: the letters open a longer place name (a mountain), not the county's
    if _in_a_roll_of_names(text, start, end):
        return True  # 执行主席陈全国、罗东川、张春林: a person's name in a roll of names holds 东川
    if any(a <= start < b for a, b in led) or _PARTNER.search(text[max(start - 60, 0) : start]):
        return True  # (与泰州、无锡联合: each place of a partner's list)
    # 市长葛某某: the 长 is the head's title, the letters after it his name (长葛)
    return text[start] == "长" and start > 0 and text[start - 1] in "省市县区州旗镇乡"


_ROLL_ITEM_RE = re.compile(r"[\u4e00-\u9fff·]{2,4}")
_ROLL_STOP = "、，,；;：:。\n "


def _in_a_roll_of_names(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` ends a short name of a 、-list of names (a presidium, a roll call): letters of a
    person's name, at least one letter before them (a surname), its neighbours names of the same length, no level."""
    a = start
    while a > 0 and start - a < 4 and text[a - 1] not in _ROLL_STOP:
        a -= 1
    b = end
    while b < len(text) and b - end < 2 and text[b] not in _ROLL_STOP:
        b += 1
    if a == start or not ((a > 0 and text[a - 1] == "、") or (b < len(text) and text[b] == "、")):
        return False
    items = re.split(r"、", text[max(0, a - 30) : b + 30])
    names = [i for i in items if _ROLL_ITEM_RE.fullmatch(i) and i[-1] not in "省市县区州旗盟镇乡村"]
    return _ROLL_ITEM_RE.fullmatch(text[a:b]) is not None and len(names) >= 4


def _quoted(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1] in '“"「『' and text[end] in '”"」』'


def _bare_name(short: str) -> bool:
    """A short name that names its place when written bare: three letters or more (张家界), or two that jieba knows
    as a place (江阳, 深圳) or not as a word at all; never a common word (白云, 和平, 东方) or a word such as 双城
    (双城经济圈), nor a direction's feature (新城, 南湖)."""
    if len(short) < 2:
        return False
    if len(short) >= 3:
        return True
    if re.fullmatch(r"[新老东西南北中上下大小前后][城湖山江河港洲岗园桥关门坪口]", short):
        return False  # 新城, 南湖, 中山: a direction's or a size's feature, any new town or south lake, bare
    return short in _dictionary()[0] or (short not in _common_words() and short not in _two_letter_words())
