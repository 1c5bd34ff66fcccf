"""Which of the title lines before a report's body are the page's own copies, a farm's labels or links elsewhere.

A page often prints its own title over the report's (a store's copy, a farm's invented label, a mirror's
heading with ``(全文)``), and a mirror lists the reports of other years beside it; the last title line that
is the report's own stays, the others are chrome.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from models.folding import compact as _compact
from models.ingest.clean_site_words import site_word_count, tool_coverage, weak_count
from models.ingest.metadata_candidates import REPORT_END


def fuzzy_title(line: str) -> str:
    """A title compared across copies: no blanks, no placeholders, no ``第一篇:`` prefix or brackets."""
    text = re.sub(r"^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]", "", _compact(line))
    return re.sub(r"[*Xx×＊【】\[\]]", "", text)


_YEAR_TITLE = re.compile(r"(?:19|20)\d\d(?=年)")
# a year as a template masks it (202x年, 20XX年, 20**年, xxxx年) or writes it
_ANY_YEAR = re.compile(r"(?:(?:19|20)[\dxX×*＊]{2}|[xX×*＊]{4})(?=年)")
# a page or file number glued to a title (1 2021年…, 6乡镇…, 2022110103林业局…), never a figure's own
_LEAD_NUMBER = re.compile(r"^\d+?(?=(?:19|20)\d\d年)|^\d+(?![年月日号届次个项万亿元])(?=[\u4e00-\u9fff])")
_PLACE_TAG = re.compile(
    r"^[(（【\[][\u4e00-\u9fff]{2,6}(?:省|市|自治区)[)）】\]]"
)  # a mirror's (安徽省) before a title
# (a store's or aggregator's pager after the report's name, …政府工作报告(19), …统计公报(4): 2216, 733)
_SITE_TAIL = re.compile(
    r"(?:[(（][^()（）]*(?:\d{4,}|全文|可编辑|终|定稿)[^()（）]*[)）]|(?<=[告结划报点案])[(（]\d{1,3}[)）]|—*全文|[。.])+$"
)


# a store's page count set apart after the title it labels (教育局2019年工作总结 9页, 1631): no report counts its pages
PAGE_COUNT = re.compile(r"\s+共?\d{1,4}\s*页$")


def loose_title(line: str) -> str:
    """A title compared across a page's copies: no page or file number before it, no site's tail after it
    (``(20240412)``, ``(全文)``, ``(终)``, `` 9页``), years and their template masks alike."""
    text = _LEAD_NUMBER.sub("", _PLACE_TAG.sub("", _compact(PAGE_COUNT.sub("", line.strip()))))
    text = _SITE_TAIL.sub("", text)
    return _ANY_YEAR.sub("Y", text)


# a farm's or a store's word for a model text, after the report's name (…总结报告范本, …工作计划模板)
_MODEL_TAIL = re.compile(
    r"(?:范文|范本|模板|模版|例文|样本|样文|精选|大全|全文)(?:[(（]?[\d一二三四五六七八九十]{1,2}篇[)）]?)?$"
)


_YEARLESS = re.compile(r"Y年?")
# a kind of report named before the farm's word (…工作总结开头结尾模板范文, …工作计划例文)
_KIND = re.compile(r"报告|总结|计划|要点|方案|规划|公报|思路|安排|打算|述职")


def model_text_label(line: str) -> bool:
    """A farm's label: a kind of report named, then the farm's word for a model text ending the line
    (``…工作总结范本``, ``…下半年工作计划例文``, ``…模板范文``); no office titles its own report a model."""
    text = _compact(line)
    if len(text) > 60 or re.search(r"[，,。；;！!？?：:]", text):
        return False
    m = _MODEL_TAIL.search(text)
    return (
        m is not None
        and m.group().startswith(("范文", "范本", "模板", "模版", "例文"))
        and bool(_KIND.search(text[: m.start()]))
    )


def _decorated_copy(line: str, later_titles: list[str]) -> bool:
    """``line`` is a later title of the report's own with a farm's model-text word after it."""
    text = _compact(line)
    m = _MODEL_TAIL.search(text)
    if m is None or m.start() < 6:
        return False
    bare = _YEARLESS.sub("", loose_title(text[: m.start()]))  # the page's copy may leave the year out
    return any(bare == _YEARLESS.sub("", loose_title(t)) for t in later_titles)


_SITE_TITLE = re.compile(r"—+全文$|全文$|范文|【模板】|精选|[(（][^()（）]*篇[)）]$")


def _shortened(key: str, other: str) -> bool:
    """``key`` is ``other`` with words left out and nothing of its own (当雄县农业农村局2020工作总结 under
    当雄县农业农村局2020年工作总结及2021年工作计划): a page's short copy of the report's title."""
    if len(other) <= len(key):
        return False
    rest = iter(other)
    return all(ch in rest for ch in key)


def _year_key(line: str) -> str:
    """A title compared across scripts: its year in Arabic or Chinese numerals alike (2011年, 二○一一年)."""
    return _CHINESE_YEAR.sub("Y", loose_title(line))


def _near_in_other_script(line: str, later: list[str]) -> bool:
    """``line`` is a store's copy of a later own title that writes its year in Chinese numerals, a word or two
    respelt (``杨村镇2011年烤烟生产工作小结`` over ``杨村镇二○一一年烤烟生产工作总结``, 1451)."""
    key = _year_key(line)
    if len(key) < 8 or key == _compact(line) or not REPORT_END.search(key):
        return False
    return any(
        _CHINESE_YEAR.search(_compact(o)) and SequenceMatcher(None, key, _year_key(o)).ratio() >= 0.85 for o in later
    )


_YEAR_TAG = re.compile(r"\s+(?:19|20)\d\d$")  # an aggregator's year tag set apart after a title (…统计公报 2019)


def _shortened_block(lines: list[str], reasons: list[str], i: int, later: list[int]) -> bool:
    """``lines[i]`` (without an aggregator's year tag after it) is a shortened copy of a later own title printed
    over two lines (``2019年长顺县…发展 统计公报 2019`` over ``2019年贵州省长顺县…发展`` ⏎ ``统计公报``, 962)."""
    key = fuzzy_title(_YEAR_TAG.sub("", lines[i].strip()))
    if len(key) < 8 or not REPORT_END.search(key):
        return False
    for j in later:
        pair = reasons[j] == "title" and j - 1 > i and reasons[j - 1] == "text"
        if pair and _shortened(key, fuzzy_title(lines[j - 1]) + fuzzy_title(lines[j])):
            return True
    return False


def _own_fuller_or_blocked(lines: list[str], reasons: list[str], later: list[int], key: str) -> bool:
    """A later title line names the same report as ``key``, one the other's tail, and is the report's own: it
    says more (政府工作报告 ⏎ … ⏎ 2016年某市政府工作报告), or it heads the report's title block (a delivery,
    date or speaker line right under it) and is no second half of a title split over two lines."""
    for j in later:
        if reasons[j] != "title":
            continue
        other = loose_title(lines[j])
        short, long_ = sorted((key, other), key=len)
        if short == long_ or len(short) < 4 or not long_.endswith(short) or not REPORT_END.search(short):
            continue
        if other == long_:
            return True
        piece = reasons[j - 1] in ("short prelude line", "year", "title piece", "text", "organisation", "")
        split = j > 0 and len(_compact(lines[j - 1])) <= 8 and piece  # 某县二〇 ⏎ 国民经济…统计公报
        # a delivery, date or speaker line right under it (or split after its dash: —— 在…第十八届 ⏎ …会议上)
        under = [j + 1, j + 2] if j + 1 < len(lines) and re.match(r"^[-—－–]{1,4}", lines[j + 1]) else [j + 1]
        block = any(m < len(lines) and reasons[m] in ("delivery", "date", "speaker") for m in under)
        if block and not split:
            return True
    return False


_DASH = re.compile(r"[-—－–]{1,4}")
_KICKER = re.compile(r"[\u4e00-\u9fff]{2,12}(?:[ 　，,、][\u4e00-\u9fff]{2,12}){0,2}")  # a kicker: phrases, no clause
_MEETING_TAIL = re.compile(r"在.{2,40}?(?:会议|大会|常委会|会)上的(?:讲话|报告|工作报告|发言|致辞|总结讲话)$")


def _names_later_block(line: str, deliveries: list[str]) -> bool:
    """A page's title naming the report that a later title block of the report's own names again.

    A news page titles a speech by its speaker and meeting (``某某在全国档案局长馆长会议上的报告``) over the
    speech's own title and its delivery line (``——在全国档案局长馆长会议上的报告``); a mirror prints its
    title (``县政府工作报告``) over the report's own title with its delivery glued on (``政府工作报告——2006年…``).
    """
    key = _compact(line)
    for other in deliveries:
        text = _compact(other)
        parts = [p for p in _DASH.split(text) if p]
        if not parts:
            continue
        tail = parts[-1] if text.startswith(("-", "—", "－", "–")) else ""
        words = _DASH.sub("", other.strip(), count=1).split() if tail else []
        if words and len(key) >= 6 and REPORT_END.search(key) and _compact(words[0]) == key and len(words) > 1:
            return True  # the page's title restates the subtitle before its speaker (——…会议报告 某厅长 某某: 1653)
        if tail and _MEETING_TAIL.search(key) and key.endswith(tail) and len(key) - len(tail) <= 6:
            return True  # the speaker's name (and office) before the delivery's own words
        head = parts[0] if not tail and len(parts) > 1 else ""
        if head and REPORT_END.search(head) and len(head) >= 4 and key != head and key.endswith(head):
            return len(key) - len(head) <= 8  # the page adds the place or the year to the report's own title
    return False


def _invented(title: str) -> bool:
    """A title a content farm made up: no year, no place, not a government work report."""
    text = _compact(title)
    if (
        "政府工作报告" in text
        or _ANY_YEAR.search(text)
        or re.search(r"(?:19|20)\d\d|[〇○零][一二三四五六七八九〇○零]", text)
    ):
        return False
    return not re.match(r"^[\u4e00-\u9fff]+?[省市区县州旗镇乡]", text)


def _owned(before: list[str]) -> bool:
    """The report's own lines (issuer, date, fields, a first half of a title) stand before this one."""
    return bool({"organisation", "date", "field", "speaker", "delivery", "doc-number"} & set(before)) or (
        bool(before) and before[-1] == "text"
    )


_PIECE_LABEL = re.compile(r"^第[一二三四五六七八九十\d]{1,3}篇(?:\s*[:：]\s*|\s+)")  # a farm's piece number (第一篇:)
_WORD_COUNT = re.compile(r"\d+字$")


def prelude_titles(
    lines: list[str], roles: list[str], reasons: list[str], cuts: dict[int, list[tuple[int, int]]]
) -> None:
    """Among the prelude's title lines, mark the page's own copies and links to other reports as chrome."""
    titles = [i for i, r in enumerate(reasons) if r in ("title", "delivery", "heading") and roles[i] == "body"]
    debris = " ".join(fuzzy_title(lines[i]) for i, r in enumerate(reasons) if r == "site words")
    last_of: dict[str, int] = {}
    copies: dict[str, int] = {}
    for i in titles:
        last_of[fuzzy_title(lines[i])] = i
        copies[fuzzy_title(lines[i])] = copies.get(fuzzy_title(lines[i]), 0) + 1
    # a content farm or doc store says what only such sites say (小编, 下载, 会员, 文库…); a portal's tool bar
    # (无障碍浏览, 长者模式, 扫一扫) is a government site's, whose title is the report's own
    # (a portal's font-size tool, 收藏 字号：大 中 小, says 字号： among tool words only: no farm's word either)
    said = [0 if tool_coverage(line) >= 0.9 else site_word_count(line) + weak_count(line) for line in lines]
    farm = any(r == "site words" and n for r, n in zip(reasons, said, strict=False))
    # a line printed twice in a row over the text, whatever kind of report it names (…工作设想): the first is the
    # page's copy (a title wrapped over lines and printed again is the title rules' to judge, as a block); the
    # page's date and source line, or its chrome, may stand between the two (headline ⏎ 2013-01-22 来源:… ⏎
    # headline: 1288; headline ⏎ 时间:… ⏎ 相关推荐 ⏎ headline: 1981)
    for i in range(len(lines) - 1):
        key = fuzzy_title(lines[i])
        if (
            roles[i] != "body"
            or reasons[i] not in ("text", "field")
            or len(key) < 6
            or re.search(r"[，,。；;！!？?]", lines[i])
        ):
            continue
        j = i + 1
        while j < len(lines) - 1 and (roles[j] == "header" or (roles[j] == "chrome" and reasons[j] != "blank")):
            j += 1  # the page's date line, or its chrome (a 相关推荐 heading before the headline printed again: 1981)
        if roles[j] == "body" and j > i + 1 and _KICKER.fullmatch(lines[j].strip()) and j + 1 < len(lines):
            j += 1  # a paper's kicker over its headline (headline ⏎ 02.03.2015 01:39 ⏎ 抓牢难得机遇 再谋发展大计 ⏎
            # headline: 2309), the page's stamp between: the page printed its title over the paper's headline block
        if roles[j] == "body" and fuzzy_title(lines[j]) == key:
            roles[i], reasons[i] = "chrome", "page title (the report's copy follows)"
    for k, i in enumerate(titles):
        key = fuzzy_title(lines[i])
        later_lines = [j for j in titles[k + 1 :] if reasons[j] in ("title", "delivery")]
        later = [fuzzy_title(lines[j]) for j in later_lines]
        quoted = len(key) >= 6 and key in debris
        if reasons[i] == "title" and quoted and copies[key] > 1:
            roles[i], reasons[i] = "chrome", "a content farm's title (repeated and quoted by the site)"
        elif reasons[i] == "title" and farm and not later and _invented(lines[i]) and not _owned(reasons[:i]):
            roles[i], reasons[i] = "chrome", "a content farm's title (no year, no place)"
        elif last_of[key] != i and len(key) >= 4:
            roles[i], reasons[i] = "chrome", "page title (the report's copy follows)"
        elif _names_later_block(lines[i], [lines[j] for j in later_lines if reasons[j] == "delivery"]):
            roles[i], reasons[i] = "chrome", "page title (the report's own title block follows)"
        elif reasons[i] != "title" or not later:
            continue  # the last title stands: it is the report's own
        elif quoted:
            roles[i], reasons[i] = "chrome", "page title quoted by the site"
        elif _SITE_TITLE.search(lines[i]):
            roles[i], reasons[i] = "chrome", "a doc site's page title"
        elif (
            any(len(o) >= 8 and SequenceMatcher(None, key, o).ratio() >= 0.85 for o in later)
            or (len(loose := loose_title(lines[i])) >= 6 and loose in {loose_title(lines[j]) for j in later_lines})
            or _near_in_other_script(lines[i], [lines[j] for j in later_lines if reasons[j] == "title"])
        ):
            roles[i], reasons[i] = "chrome", "page title (a near copy follows)"
        elif (
            len(key) >= 6
            and REPORT_END.search(key)
            and any(_shortened(key, fuzzy_title(lines[j])) for j in later_lines if reasons[j] == "title")
        ) or _shortened_block(lines, reasons, i, later_lines):
            roles[i], reasons[i] = "chrome", "page title (a shortened copy; the report's own title follows)"
        elif any(len(o) >= 4 and re.fullmatch(r"(?:19|20)\d\d年度?" + re.escape(o), key) for o in later):
            roles[i], reasons[i] = "chrome", "page title (the report's own follows without the page's year)"
        elif (
            ":" not in lines[i]
            and "：" not in lines[i]
            and _own_fuller_or_blocked(lines, reasons, titles[k + 1 :], loose_title(lines[i]))
        ):
            roles[i], reasons[i] = "chrome", "page title (the report's own names the same report more or less fully)"
    own = [j for j, r in enumerate(reasons) if r == "title" and roles[j] == "body"]
    for i in range(len(lines)):
        if (
            roles[i] == "body"
            and reasons[i] in ("title", "text")
            and _decorated_copy(lines[i], [lines[j] for j in own if j > i])
        ):
            roles[i], reasons[i] = "chrome", "a farm's decorated copy of the report's title (…范本, …模板)"
    for i in range(len(lines)):
        if roles[i] == "body" and reasons[i] != "" and (m := _PIECE_LABEL.match(lines[i])):
            # the label with a colon or blanks, a farm's word count after the copy (第一篇 某某述职报告2150字: 1585)
            key = _WORD_COUNT.sub("", fuzzy_title(lines[i][m.end() :]))
            others = {fuzzy_title(lines[j]) for j in range(len(lines)) if j != i}
            if len(key) >= 4 and (any(o.startswith(key) for o in others if o) or key in debris):
                roles[i], reasons[i] = "chrome", "a site's article number over the title"
    # Links to the reports of other years (a mirror's previous / next): the document's year is its own date's.
    year = ""
    for i, r in enumerate(reasons):
        if r in ("delivery", "date") and (m := re.search(r"(?:19|20)\d\d", lines[i])):
            year = m.group()
            break
    if not year:
        return
    for i in titles:
        if roles[i] != "body":
            continue
        parts = list(re.finditer(r"\S+", lines[i]))
        other = [m for m in parts if (y := _YEAR_TITLE.match(m.group())) and y.group() != year and len(m.group()) <= 14]
        if not other:
            continue
        if len(other) == len(parts):
            roles[i], reasons[i] = "chrome", "link to another year's report"
        else:
            cuts[i] = [(m.start(), min(m.end() + 1, len(lines[i]))) for m in other]


# a year written in Chinese numerals (二○○四年), read as a year like 2004年 when copies are compared
_CHINESE_YEAR = re.compile(r"[一二三四五六七八九〇○零Ｏ]{4}(?=年)")
_COPY_TAIL = re.compile(r"[，,。.？?\s]+$")
_SENTENCE_INSIDE = re.compile(r"[，,。；;！!？?：:]")


def _copy_key(line: str) -> str:
    """A title line compared with the page's decorated copies of it: no trailing comma or full stop, no page
    number before it, no site's tail, any year alike (``2022110103林业局2022年…。``, ``某局2017年工作报告,``)."""
    return _CHINESE_YEAR.sub("Y", loose_title(_COPY_TAIL.sub("", line)))


def _plain(line: str) -> bool:
    """The line carries none of a page's decorations: it reads as the report's own title."""
    text = _compact(line)
    return loose_title(text) == _ANY_YEAR.sub("Y", text) and not _COPY_TAIL.search(line.strip())


def opening_title_copies(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """Decorated copies of the report's title among the opening lines, over its plain own title, are chrome.

    A page prints its own copy of the title (a file code or page number before it, a comma or full stop after
    it, a wrong year) over the report's title, in the prelude or in the first lines of the text: a title line
    that names a report and reads as a later plain title line once those decorations are set aside is the
    page's. The opening ends at the first line that reads as a sentence. Identical copies are the title
    rules' to judge (a page's title over the same title is header, not chrome).
    """
    opening: list[int] = []
    for i, line in enumerate(lines):
        if roles[i] != "body":
            continue
        text = line.strip()
        if len(text) > 60 or _SENTENCE_INSIDE.search(_COPY_TAIL.sub("", text)):
            if i >= start:
                break
            continue
        opening.append(i)
    for k, i in enumerate(opening):
        key = _copy_key(lines[i])
        if len(key) < 6 or not REPORT_END.search(key):
            continue
        for j in opening[k + 1 :]:
            if _copy_key(lines[j]) == key and _compact(lines[j]) != _compact(lines[i]) and _plain(lines[j]):
                roles[i], reasons[i] = "chrome", "page title (a decorated copy; the report's own follows)"
                break


_SLOGAN_SEP = re.compile(r"[，,、!！?？\-—·|｜\s]+")
_NOT_SLOGAN = re.compile(r"[。；;：:\d０-９年月日号]")
_RUNS_ON = re.compile(r"(?:关于|对|的|和|与|及)$")  # a line ending in a word that needs the next line: no phrase


def slogans_over_title(lines: list[str], roles: list[str], reasons: list[str], titled: list[int]) -> None:
    """A site's slogan printed at the top of the page, over the report's title, is chrome.

    It opens the page (nothing of the body before it), is a short phrase or two with no sentence end,
    figure or date (``看你所看,想你所想``, ``某某神器! 立即了解``), names no report, and a title line follows it.
    """
    for i, line in enumerate(lines):
        if roles[i] == "body" and reasons[i] != "text":
            return  # the page's own lines have begun
        if roles[i] != "body":
            continue
        text = _compact(line)
        later_title = any(j > i for j in titled)
        if not later_title or len(text) > 30 or _NOT_SLOGAN.search(text) or REPORT_END.search(text):
            return
        parts = [p for p in _SLOGAN_SEP.split(line.strip()) if p]
        repeated = re.fullmatch(r"(.{2,6}?)\1+", text) is not None  # a site's name printed over and over
        if not repeated and (len(parts) < 2 or any(len(p) < 2 for p in parts) or "《" in text):
            return  # one phrase: an issuer, a red head or a title's first half
        if _RUNS_ON.search(text):
            return  # issuers whose title runs on (国家发展改革委 市场监管总局关于 ⏎ …的指导意见, 1323): no slogan
        if i + 1 < len(lines) and re.match(r"\s*(?:——|－－|--)", lines[i + 1]):
            return  # a main title over its ——subtitle (着力推进精准扶贫 全面建设小康社会 ⏎ ——山盆镇…工作总结: 1779)
        roles[i], reasons[i] = "chrome", "a site's slogan over the title"
