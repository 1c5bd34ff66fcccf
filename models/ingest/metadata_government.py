"""The government a 政府工作报告 speaks for: the level its speaker reports for, and the place of that level.

A government's report says whom it is delivered for (``我代表县人民政府向大会报告工作``) even when a page lost
its title, cover and delivery line. The issuer is that government (公文 convention: the report is the
government's, the mayor only delivers it). When the speaker names the place (``我代表某某镇人民政府``) that is
the issuer; when it names only the level (``县人民政府``, ``自治区人民政府``), the place of that level is taken
from the report's own head, strongest evidence first:

* the delivery line (``在某某县第十五届人民代表大会…上``), the fullest form of the name;
* a title line (``某某县人民政府工作报告``) or the speaker line (``某某县县长 张三``);
* the one place of that level the text names (``内蒙古自治区``, ``洞头区``; a known place named bare).

Masked places (``XX县``) give nothing. Text is folded (traditional to simplified) and a PDF's letter debris
glued to lines (``第十五届PZl``) is ignored while matching. Also here: whether a text is a 政府工作报告 and the
government its head names (speaker, delivery and session lines), and the national report that speaks as
``我国`` only (国务院).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from models.folding import compact, fold_text
from models.ingest.metadata_bare_places import formula_place
from models.ingest.metadata_candidates import Choice
from models.ingest.metadata_gazetteer import gazetteer, sole_place
from models.ingest.metadata_issuer_names import abbreviates
from models.ingest.metadata_places import _PROVINCES, MASK, government_of, known_place
from models.ingest.metadata_speaker import _named_place, named_province

# letter runs a PDF or a site glued to lines (PZl, pbY); x/xx alone is a masked place and stays
_DEBRIS = re.compile(r"[a-z]*[a-wyz][a-z]*")
_NUMERAL = "一二三四五六七八九十"
_TERM = rf"(?:第?[{_NUMERAL}]{{1,3}}届)?"
# 我代表县人民政府向大会报告工作, 我代表自治区人民府作工作报告 (a page's typo), 我代表区政府向人大…
_VOICE = re.compile(rf"我代表{_TERM}([\u4e00-\u9fff]{{0,14}}?){_TERM}(?:人民政府|人民府|政府)[\s,，、]*(?:向|作|就)")
# a news lead on the session: 某某代表县人民政府向大会作政府工作报告 (the speaker named, the level his government's);
# an excerpt's source line may name the session between (某某同志代表市人民政府在某市七届人大一次会议上向大会作的
# 工作报告)
_NEWS_VOICE = re.compile(
    r"[\u4e00-\u9fff]{2,4}代表(县|市|区|州|旗|镇|乡)(?:人民)?政府(?:在[^。，,；;]{2,30}?会议上)?向大会作了?的?《?(?:政府)?工作报告"
)
_NATIONAL_VOICE = re.compile(r"我代表(国务院|中央人民政府)[\s,，、]*(?:向|作|就)")
# 我代表某某地区行署向地区人大工委作工作报告: a prefecture's or league's administrative office
_OFFICE_VOICE = re.compile(r"我代表([\u4e00-\u9fff]{2,12}?(?:地区|盟)(?:行署|行政公署))[\s,，、]*(?:向|作|就)")
# (苏木: an Inner Mongolian township, the level of a 镇 or 乡: 我代表白音他拉苏木人民政府, 1447)
_LEVEL = re.compile(r"(自治区|自治州|自治县|自治旗|省|市|区|县|旗|州|盟|镇|乡|苏木)$")
_HEAD_OF = {"自治区": "主席", "省": "省长", "自治州": "州长", "自治县": "县长", "自治旗": "旗长"}
_MASK = re.compile(r"[x×*＊?？]|某")
# the five autonomous regions by their short and full names (the Constitution's own list)
_REGIONS = {"内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区"}
_REGIONS["新疆"] = "新疆维吾尔自治区"
# the congress by its full name or its short one with the session (在某市七届人大一次会议上)
_DELIVERY = re.compile(rf"在{_TERM}([\u4e00-\u9fff]{{2,16}}?){_TERM}(?:人民代表大会|人大[{_NUMERAL}]{{1,3}}次会议)")
_TITLE_PLACE = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:人民)?政府(?:工作)?报告")


def _clean(line: str) -> str:
    return _DEBRIS.sub("", compact(fold_text(line)))


def voice_of_report(lines: list[str]) -> tuple[str, str] | None:
    """What the report's speaker says it reports for: ``("body", 国务院)``, ``("place", 某某镇)`` or
    ``("level", 县)``; None when the text has no such sentence (or masks the place)."""
    text = _clean("\n".join(lines[:120]))[:8000]
    if m := _NATIONAL_VOICE.search(text) or _OFFICE_VOICE.search(text):
        return ("body", m.group(1)) if not _MASK.search(m.group(1)) else None
    for m in _VOICE.finditer(text):
        said = m.group(1)
        level = _LEVEL.search(said)
        if level is None or said.startswith(("本", "这", "上", "新")):
            continue  # 我代表本届政府: no level named
        if _MASK.search(said):
            return None  # 我代表XX镇人民政府: the page hides the place
        return ("level", said) if said == level.group(1) else ("place", said)
    if m := _NEWS_VOICE.search(text[:1000]):
        return ("level", m.group(1))
    return None


def reported_government(title: str | None, head: list[str], lines: list[str], level: str | None = None) -> str | None:
    """The government a report speaks for, by its speaker's sentence (or ``level`` when the caller knows it
    from elsewhere: 我州, 全州 under a 政府工作报告 title); None when the place is not named or is masked."""
    voice = voice_of_report(lines)
    if voice is not None and voice[0] == "body":
        return voice[1]
    if voice is not None and voice[0] == "place":
        return government_of(_fullest(voice[1], head))
    said = voice[1] if voice is not None else level
    if said is None:
        return None
    place = place_of_level(said, title, head, lines)
    if place is None and len(said) == 1 and not re.search(rf"{MASK}{said}", _clean("\n".join(lines[:200]))):
        place = formula_place(_clean("\n".join(lines[:200]))[:12000], said)
    return government_of(place) if place else None


def place_of_level(level: str, title: str | None, head: list[str], lines: list[str]) -> str | None:
    """The place of ``level`` (``县``, ``自治区``) the report's head or text names."""
    text = _clean("\n".join(lines[:200]))[:12000]
    letter = level[-1]
    if re.search(rf"{MASK}{letter}", text):
        return None  # XX县: the text hides its place
    heads = [_clean(line) for line in head[:12]]
    joined = [a + b for a, b in pairwise(heads)]  # a delivery line broken after its 届
    for line in [*heads, *joined]:
        for m in _DELIVERY.finditer(line):
            if (place := _of_level(m.group(1), level)) is not None:
                return _fullest(place, head)  # 在武汉市武昌区第十五届…: with the city the delivery line writes
    boss = _HEAD_OF.get(level, letter + "长")
    for line in [_clean(title or ""), *heads]:
        for m in _TITLE_PLACE.finditer(line):
            if (place := _of_level(m.group(1), level)) is not None:
                return _fullest(place, head)
        speaker = re.match(rf"^([\u4e00-\u9fff]{{2,16}}?)(?:人民政府)?(?:代理?|常务副|副)?{boss}", line)
        if speaker is not None and (place := _of_level(speaker.group(1), level)) is not None:
            return _fullest(place, head)
    if len(level) == 1 and (own := _led_by_own(text, level)) is not None:
        return own  # 在景德镇市委、市政府和乐平市委的坚强领导下: the own committee named after its superiors (1754)
    if level == "自治区":
        named = Counter(_REGIONS[m.group(1)] for m in re.finditer("(" + "|".join(_REGIONS) + ")", text)).most_common(2)
        return named[0][0] if len(named) == 1 or (named and named[0][1] > named[1][1]) else None
    if level == "省":
        found = Counter(m.group(1) for m in re.finditer(r"([\u4e00-\u9fff]{2,3}?)省", text) if m.group(1) in _PROVINCES)
        ranked = found.most_common(2)
        if len(ranked) == 1 or (ranked and ranked[0][1] > ranked[1][1]):
            return ranked[0][0] + "省"
        return named_province(text) or sole_place(text, level)
    if len(level) == 1 and (formula := formula_place(text, level)) is not None and known_place(formula) == formula:
        return formula  # 建设…美丽新玉林: the one known place its fixed phrases name, over a county named in passing
    # last, the one city the text writes at all, once and in passing by its short name (嘱托大连要…: 1415, 1437)
    return _named_place(text, letter, True, dominant=True) or sole_place(text, level)


# 在景德镇市委、市政府和乐平市委的坚强领导下: superiors first, the place's own party committee last
_LED_BY = re.compile(
    r"在[^。；;！!]{0,40}?(?:和|及|、)(?:中共)?((?:(?![和及与])[\u4e00-\u9fff]){2,8}?)([市县区旗])委的?(?:坚强|正确|有力|统一)*领导下"
)


def _led_by_own(text: str, level: str) -> str | None:
    """The place of ``level`` whose party committee a 在…领导下 phrase names last, after its superiors (``合肥市委、
    市政府和巢湖市委``, ``吕梁市委、市政府和交口县委``): a government works under its own committee, so that is
    its place; the one known place so named, or None."""
    found = {
        m.group(1) + m.group(2)
        for m in _LED_BY.finditer(text)
        if m.group(2) == level and known_place(m.group(1) + m.group(2)) == m.group(1) + m.group(2)
    }
    return found.pop() if len(found) == 1 else None


def _of_level(words: str, level: str) -> str | None:
    """The place of ``level`` ending ``words`` (``2020年大埔县`` → 大埔县): the longest known place, else the words
    after a year or bracket when they end in the level; None for the level alone or another level."""
    if not words.endswith(level) or _MASK.search(words):
        return None
    if level == "区" and words.endswith("自治区"):
        return None
    if (known := known_place(words)) is not None and len(known) > len(level):
        return known
    tail = re.sub(r"^.*(?:\d|年|度|[)）】\]])", "", words)
    tail = re.sub(r"^(?:在|于|和|与|全|我|本|原)", "", tail)
    return tail if len(tail) >= len(level) + 2 else None


def _fullest(place: str, head: list[str]) -> str:
    """``place`` as the delivery line writes it in full (东乌旗 → 东乌珠穆沁旗, 七星关区 → 毕节市七星关区), without the
    province it may open with."""
    return _below_province(_written_in_full(place, head))


def _written_in_full(place: str, head: list[str]) -> str:
    heads = [_clean(line) for line in head[:12]]
    for line in [*heads, *(a + b for a, b in pairwise(heads))]:
        for m in _DELIVERY.finditer(line):
            full = m.group(1)
            if len(full) > len(place) and full[-1] == place[-1] and abbreviates(place, full) and full[0] == place[0]:
                return full
            if len(full) > len(place) and full.endswith(place) and known_place(full) is not None:
                return _below_province(full)
    # 2025年遵义市播州区政府工作报告 over 在播州区第二届…: the title writes the city (1523, 1499)
    for line in heads[:3]:
        titled = re.search(rf"([\u4e00-\u9fff]{{2,10}}?[市州盟]){re.escape(place)}(?:人民)?政府工作报告", line)
        if titled is not None and (city := _city_of(titled.group(1), place)) is not None:
            return city + place
    return place


# 江西省, 广西壮族自治区 opening a delivery line's place: its province
_PROVINCE_NAMES = "|".join(sorted(_PROVINCES, key=len, reverse=True))
_PROVINCE_PREFIX = re.compile(rf"^(?:{_PROVINCE_NAMES})(?:省|[\u4e00-\u9fff]{{0,4}}自治区)?")


def _below_province(full: str) -> str:
    """``full`` without a province opening it (在江西省南昌市第十六届… → 南昌市): the province is the place's address,
    a city before a county or district (毕节市七星关区) is kept (gold README, 1748)."""
    rest = _PROVINCE_PREFIX.sub("", full)
    return rest if rest != full and len(rest) >= 3 and known_place(rest) is not None else full


def _city_of(words: str, place: str) -> str | None:
    """The city ending ``words`` that the gazetteer puts ``place`` (a county or district) under; None for any other
    words (a year, a site's label) or a city it is not under."""
    counties = gazetteer().counties
    for k in range(len(words) - 1):
        city = words[k:]
        if city in gazetteer().cities and (place not in counties or counties[place][1] == city):
            return city
    return None


_SPOKEN = re.compile(r"(?:我|全|本)(自治区|省|市|县|区|旗|州|盟|镇|乡)(?![第首前排平均])")


def spoken_level(lines: list[str]) -> str | None:
    """The level a report speaks as (``我州``, ``全州``) clearly more often than any other, or None."""
    text = _clean("\n".join(lines[:200]))[:8000]
    ranked = Counter(m.group(1) for m in _SPOKEN.finditer(text)).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


# the speaker line (区长 余 松: a two-character name may be spaced out); a region's 主席 keeps 自治区 in its place
# (内蒙古自治区(人民政府)主席 巴特尔 -> 内蒙古自治区人民政府, never 内蒙古人民政府)
_GOV_SPEAKER = re.compile(
    r"^(.*?)(?:人民政府)?(?:代理?|(?:常务)?副)?(?:(?<![局委办])市长|区长|县长|州长|旗长|省长|总理"
    r"|(?:(?<=自治区)|(?<=自治区人民政府)|(?<=自治区代)|(?<=自治区人民政府代))主席)\s*(?:[\u4e00-\u9fff]\s*){0,4}$"
)
# 在某县第十八届人民代表大会, or a title glued to it by a dash (政府工作报告——某区第十七届人民代表大会…); a
# sentence may leave out 第 (在区十七届人民代表大会): the number is never part of the place
_DELIVERY_PLACE = re.compile(
    r"(?:在|—+\s*在?)(?:第?[一二三四五六七八九十]+届)?((?:(?!第?[一二三四五六七八九十]+届)[\u4e00-\u9fff]){2,12}?)"
    r"(?:第?[一二三四五六七八九十]+届)?人民代表大会"
)


def is_gov_report(title: str | None, head: list[str]) -> bool:
    """A 政府工作报告 (by its title, or a head delivered to a 人民代表大会 by a mayor or premier)."""
    if title and "政府工作报告" in compact(title):
        return True
    return any(_GOV_SPEAKER.match(line) for line in head) and any("人民代表大会" in line for line in head)


def government_issuer(title: str | None, head: list[str]) -> Choice:
    """The government that delivers a 政府工作报告."""
    for line in head:
        m = _GOV_SPEAKER.match(line.strip())
        if m:
            place = compact(m.group(1))
            if "国务院" in place or line.strip().startswith("国务院") or "总理" in line:
                return Choice("国务院", "speaker line")
            if re.search(r"报告|讲话|作|[：:、，,]", place) or len(place) > 16:
                continue  # 张三作政府工作报告 省长 张三: a caption naming the speaker, not a place
            if len(place) >= 2 and "×" not in place and "X" not in place.upper():
                place = re.sub(r"(?:人民)?政府$", "", place)  # 眉山市政府市长: the place, its government word off
                for other in head:  # 在某市某区…人民代表大会 over 某区人民政府区长: the city prefix the text gives
                    d = _DELIVERY_PLACE.search(other)
                    if d and _shortens(place, d.group(1)):
                        return Choice(government_of(d.group(1)), "delivery line with the speaker's place")
                return Choice(government_of(place), "speaker line")
    for line in [*_with_next(head), title or ""]:
        m = _DELIVERY_PLACE.search(line)
        if m:
            place = m.group(1)
            if place.startswith("全国"):
                return Choice("国务院", "delivery line")
            return Choice(government_of(_fullest(place, [title or "", *head])), "delivery line")
    for line in [*head, title or ""]:
        if m := _SESSION_LINE.match(compact(line)):
            return Choice(government_of(m.group(1)), "the session line over the report")
    if title and (
        m := re.match(
            r"^(?:(?:19|20)\d\d年)?([\u4e00-\u9fff]{2,10}?[省市区县州旗镇乡])(?:人民政府)?(?:(?:19|20)\d\d年)?政府工作报告",
            title,
        )
    ):
        return Choice(government_of(m.group(1)), "title")
    return Choice(None, "no place named")


# 某市某区第十四届人民代表大会 over 政府工作报告: the cover's session line, the place before its 届
_SESSION_LINE = re.compile(r"^([\u4e00-\u9fff]{2,12}?[省市区县州旗镇乡])第[一二三四五六七八九十]{1,3}届人民代表大会")


def _with_next(head: list[str]) -> list[str]:
    """Each head line, then each joined to the next: a page breaks a delivery line after its 届
    (``—— 在某县第十八届`` / ``人民代表大会第四次会议上``)."""
    joined = [compact(a) + compact(b) for a, b in pairwise(head)]
    return [*head, *joined]


def _shortens(short: str, full: str) -> bool:
    """``short`` is the speaker line's form of the delivery line's ``full`` place: the city prefix left off
    (七星关区 of 毕节市七星关区) or the name cut to its usual short form (东乌旗 of 东乌珠穆沁旗)."""
    if len(full) <= len(short) or full[-1] != short[-1]:
        return False
    return full.endswith(short) or (full[0] == short[0] and abbreviates(short, full))


# the local levels a report to a congress may speak as; a national one speaks as 我国 only
_LOCAL_VOICE = re.compile(r"(?:我|全)(?:省|市|县|区|州|旗|盟|镇|乡)(?![第首前排平均])")
# a congress hears other national reports too: its standing committee's, the courts', the budget (财政部)
_OTHER_NATIONAL = re.compile(r"常务委员会|人民法院|人民检察院|受国务院委托|预算|决算")


def national_government(lines: list[str]) -> str | None:
    """``国务院`` for a report to a congress (opening ``各位代表``) that speaks as the whole country (``我国``,
    ``国务院决定``) and as no local level: a national 政府工作报告 whose page lost title and delivery line."""
    if not any(_clean(line).startswith("各位代表") for line in lines[:3]):
        return None
    text = _clean("\n".join(lines[:200]))[:12000]
    if _OTHER_NATIONAL.search(text[:3000]) or _LOCAL_VOICE.search(text) or "国务院" not in text:
        return None
    return "国务院" if text.count("我国") >= 3 else None


# 静海区2023年度法治政府建设情况报告, 2020年静海区法治政府建设情况报告: a place's yearly report on building the rule of
# law in its government, which the government files by statute (法治政府建设与责任落实督察工作规定)
_RULE_OF_LAW_TITLE = re.compile(
    r"^(?:(?:19|20)\d\d年度?)?([\u4e00-\u9fff]{2,12}?(?:省|自治区|市|区|县|旗|镇|乡))(?:(?:19|20)\d\d年度?)?"
    r"法治政府建设(?:工作)?(?:情况|年度)?(?:报告)"
)


def rule_of_law_government(title: str | None) -> str | None:
    """The government of the place a 法治政府建设 report's title opens with (``静海区2023年度…`` → 静海区人民政府),
    whatever office posts it (来源: 区政府办公室, 司法局); None when the title opens with a body (某省司法厅…)."""
    m = _RULE_OF_LAW_TITLE.match(compact(title or ""))
    if m is None or _MASK.search(m.group(1)) or m.group(1)[0] in "省市区县旗镇乡本我全某该":
        return None
    place = m.group(1)
    if place[-1] not in "镇乡" and known_place(place) != place:
        return None  # a place the dictionary does not know by this very name (a body's words before 区)
    return government_of(place)
