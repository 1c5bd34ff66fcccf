"""Page furniture at the edges of a report, decided by evidence over the page's blocks of lines.

``chrome_blocks`` finds the start of the body and judges the prelude line by line; this module adds
what only the neighbourhood of a line tells:

* **crumbs**: a line of short links joined by ``>`` / ``»`` / ``›`` (a breadcrumb's second line).
* **a portal's column or name**: a line made only of genre words (``计划总结``, ``通知公告``) or an
  organisation's name, first on the page and over the page's navigation or header, with the
  report's own title still to come.
* **a farm's label dating a placeholder text**: a title line that gives a year (``2024年…述职报告``)
  over a text that writes its own year as a placeholder (``XX年``, ``xxxx年``, ``20__年``) and never
  names that year: the site made the label up.
* **chunk numbers**: a doc store's ``1、`` ``2、`` … opening chunks of one size cut anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from models.folding import compact
from models.ingest.chrome_titles import model_text_label
from models.ingest.clean_prelude import HEADING
from models.ingest.clean_site_words import site_word_count
from models.ingest.metadata_candidates import REPORT_END

_CRUMB_SEP = re.compile(r"\s*(?:>|&gt;|»|›)\s*")
_SENTENCE = re.compile(r"[，,。；;！!？?]")
# a two-character link letter-spaced to the width of the four-character links beside it (首 页, 专 题)
_SPACED_LINK = re.compile(r"(?<!\S)([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?!\S)")
_GENRES = (
    r"工作|计划|总结|报告|要点|规划|通知|公告|文件|动态|信息|公开|政策|解读|方案|政务|新闻|意见|部门|本局|本委|综合|"
    r"要闻|资讯|专题|专栏|其他|法规|规范性|财政|预决算|决算|预算|人事|概况|领导|讲话|发布|年度"
)
_GENRE_ONLY = re.compile(rf"^(?:{_GENRES}|与|和|及|、)+$")
_YEAR = re.compile(r"(?:19|20)\d\d(?=\s*年)")
_PLACEHOLDER_YEAR = re.compile(
    r"(?:(?<![A-Za-z])[XxＸｘ×＊*]{2,4}|20[XxＸｘ×＊*_]{2}|_{2,4})\s*年|[XxＸｘ]{2}(?=上半年|下半年|年度)"
)


def is_menu_row(text: str) -> bool:
    """A row of five links or more set apart by blanks (首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心).

    Short words, most of two characters or more (no letter-spaced title), no figure, label, colon or
    sentence mark, with the site's home link or words of four characters or more (no row of names). A
    two-character link letter-spaced to its neighbours' width (``首 页``, ``专 题``: a menu's own typesetting)
    counts as a long one, and with it or the home link a link may run to eight characters (``天南地北开化人``).
    """
    spaced = set(_SPACED_LINK.findall(text))
    words = _SPACED_LINK.sub(r"\1\2", text).split()
    if len(words) < 5 or re.search(r"[\d：:]", text) or _SENTENCE.search(text) or REPORT_END.search(text):
        return False
    home = re.search(r"首页|主页", compact(text)) is not None
    longest = 8 if home or spaced else 6
    if not all(len(w) <= longest and not HEADING.match(w) for w in words) or sum(len(w) >= 2 for w in words) < 3:
        return False
    # its home link, or links named in words of four characters or more (a row of people's names has neither)
    long = sum(len(w) >= 4 for w in words)  # the links the letter-spaced ones are padded to match
    return home or (long >= 3 and all(len(w) >= 4 or tuple(w) in spaced for w in words))


def is_crumb_line(line: str) -> bool:
    """A row of short links joined by breadcrumb arrows (``>政务频道 >政务公开 >本局文件``)."""
    text = line.strip()
    if re.fullmatch(r"(?:网站)?首页(?:\s+[^\s，,。；;！？]{2,12}){2,}", text):
        return True  # a breadcrumb set with spaces: 首页 政务公开 部门文件
    parts = _CRUMB_SEP.split(text)
    leading = parts[0] == ""
    crumbs = [p for p in parts if p]
    if not crumbs or (len(parts) < 3 and not (leading and len(parts) == 2)):
        return False
    if all(len(c) <= 14 and not _SENTENCE.search(c) for c in crumbs):
        return True
    # the trail ends with the page's own title, as long as a title is (… > 年度工作计划 > 镇政府2019年工作总结…)
    head, last = crumbs[:-1], crumbs[-1]
    return (
        len(head) >= 2
        and all(len(c) <= 14 and not _SENTENCE.search(c) for c in head)
        and len(last) <= 60
        and (not _SENTENCE.search(last))
    )


def is_column_name(line: str) -> bool:
    """A portal's column name: genre words and nothing else (``计划总结``, ``通知公告``, ``政策文件``)."""
    text = compact(line)
    return 2 <= len(text) <= 10 and bool(_GENRE_ONLY.match(text))


def placeholder_year_labels(lines: list[str], titles: list[int], start: int) -> list[int]:
    """Title lines dating a text whose own year is a placeholder the text never resolves.

    Args:
        lines: all the page's lines.
        titles: indexes of the prelude lines read as the report's title.
        start: where the body begins.
    """
    body = "\n".join(lines[start:])
    if not _PLACEHOLDER_YEAR.search(body):
        return []
    out = []
    for i in titles:
        years = set(_YEAR.findall(lines[i]))
        if years and not any(y in body for y in years):
            out.append(i)
    return out


_OWN = ("delivery", "doc-number", "date", "speaker")
# a portal's name and its service links, first on the page (兵团政务网 无障碍浏览, 某市政府门户网站 政务邮箱)
_PORTAL_BAR = re.compile(
    r"^[\u4e00-\u9fff]{2,14}(?:网|网站)"
    r"(?: (?:无障碍浏览|无障碍|政务邮箱|长者模式|关怀版|适老化|English|手机版|登录|注册|繁体|简体|网站地图)){1,4}$"
)


def compact_spaces(line: str) -> str:
    """The line with each run of blanks as one space."""
    return re.sub(r"\s+", " ", line.strip())


def portal_heads(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """Mark a portal's column or name over the page, and a farm's label dating a placeholder text, as chrome."""
    prelude = [i for i in range(min(start, len(lines))) if roles[i] != "chrome"]
    titles = [i for i in prelude if reasons[i] == "title" and roles[i] == "body"]
    for i in prelude:
        if roles[i] != "body" or any(roles[j] == "body" for j in range(i)):
            continue  # only the first of the page's own lines can be the portal's
        later_title = any(t > i for t in titles)
        if is_column_name(lines[i]) and later_title:
            roles[i], reasons[i] = "chrome", "a portal's column name"
        elif _PORTAL_BAR.match(compact_spaces(lines[i])):
            roles[i], reasons[i] = "chrome", "a portal's name with its service links"
        elif reasons[i] == "organisation" and later_title and i + 1 < len(lines) and roles[i + 1] == "chrome":
            roles[i], reasons[i] = "chrome", "a portal's name over its navigation"
        break
    body = "\n".join(lines[start:])
    for i in prelude:  # a farm's model-text label over a template (its year a placeholder, in it or in the text)
        line = lines[i]
        placeholder = _PLACEHOLDER_YEAR.search(line) or _PLACEHOLDER_YEAR.search(body)
        if roles[i] == "body" and reasons[i] in ("title", "text") and model_text_label(line) and placeholder:
            roles[i], reasons[i] = "chrome", "a farm's label for a template (…范文, …例文)"
    if any(reasons[i] in _OWN for i in prelude):
        return
    for i in placeholder_year_labels(lines, [t for t in titles if roles[t] == "body"], start):
        roles[i], reasons[i] = "chrome", "a farm's label dating a text whose year is a placeholder"


_CHUNK = re.compile(r"^(\d{1,3})\s*[、.．]")


def chunk_prefixes(lines: list[str]) -> dict[int, int]:
    """A doc store's chunk numbers: the length of the ``1、`` ``2、`` … opening each chunk, by line index.

    A store cuts a long text into chunks of one size and numbers them; a chunk may cut a word
    (``…产业开展在优化结`` ⏎ ``3、构中展现…``). Every line opens with its own ordinal, and all the
    chunks but the last are long and of one length, and most end mid-sentence: a numbered list is neither.
    The chunks may also close a page that opens with the store's own lines (its uploader line, its abstract:
    1150, 1675); then every chunk but the last is a long one cut mid-sentence (``…区域绿化`` ⏎ ``2、美化…``).
    """
    found = _chunks(lines, 0, 100)
    if found:
        return found
    start = next((k for k in range(len(lines) - 1, 0, -1) if (m := _CHUNK.match(lines[k])) and m.group(1) == "1"), 0)
    found = _chunks(lines, start, _TAIL_CHUNK) if start else {}
    if not found:
        return {}
    cut = all(line.rstrip()[-1] not in "。！？；;!?”" for line in lines[start:-1])
    store = any(site_word_count(line) for line in lines[:start])  # the page speaks as a store above the chunks
    return found if cut and store else {}


_TAIL_CHUNK = 200  # characters: a store's chunk after its own lines (a list item is seldom so long)


def _chunks(lines: list[str], start: int, shortest: int) -> dict[int, int]:
    """``lines[start:]`` as numbered chunks of one size (``shortest`` characters at least), by line index."""
    found: dict[int, int] = {}
    for k, line in enumerate(lines[start:]):
        m = _CHUNK.match(line)
        if not m or int(m.group(1)) != k + 1:
            return {}
        found[start + k] = m.end()
    sizes = [len(line) for line in lines[start:-1]]
    if len(lines) - start < 2 or min(sizes) < shortest or max(sizes) > min(sizes) * 1.1:
        return {}
    cut = sum(1 for line in lines[start:-1] if line.rstrip()[-1] not in "。！？；;!?”")
    same = len(sizes) >= 2 and len(set(sizes)) == 1  # chunks of exactly one size
    return found if cut * 2 >= len(sizes) or same else {}  # a store cuts anywhere; list items end their sentences


# what a licence or copyright notice says (a wiki's 本作品…属于公有领域 block, a site's 版权所有)
_LICENCE = re.compile(
    r"本作品|公有领域|[Pp]ublic [Dd]omain|著作权法|版权所有|[Cc]opyright|©|知识共享|[Cc]reative [Cc]ommons|"
    r"CC[- ]BY|许可协议|授权许可|维基|[Ww]ikisource|[Ww]ikipedia"
)
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_LICENCE_TAIL = 800  # characters: a licence block is a short notice, never a part of the report


def licence_tail(lines: list[str], roles: list[str], reasons: list[str]) -> None:
    """A licence block closing the page (本作品…属于公有领域, Public domain, its flags) is chrome to the end.

    It opens at a line already judged chrome, below a sentence of the report, that says a licence word, names
    two licence words or more in all, and is short; its lines in between (the links the notice was split at) go with it.
    """
    for i, line in enumerate(lines):
        if roles[i] != "chrome" or not _LICENCE.search(line):
            continue
        if not any(roles[j] == "body" and _SENTENCE_END.search(lines[j]) for j in range(i)):
            # a wiki's header over the text (维基文库 banner, 本作品收录于《…), not a block after it: no sentence of
            # the report above it, only the title (or a narrow wrap's piece of it: 1976)
            continue
        tail = lines[i:]
        said = {m.group().lower() for t in tail for m in _LICENCE.finditer(t)}
        if len(said) >= 2 and sum(len(t) for t in tail) <= _LICENCE_TAIL:
            for j in range(i + 1, len(lines)):
                if roles[j] == "body":
                    roles[j], reasons[j] = "chrome", "a licence block after the text"
            return


_QUOTE_LINE = re.compile(r"^\s*[>＞]\s*\S")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+\S")


def licence_note_over_title(lines: list[str], roles: list[str], reasons: list[str]) -> None:
    """A markdown copy's quoted note over the document's ``# `` title that names a licence (``> 依《著作权法》
    第五条第一项…``, ``> 本文由…提取，仅供查阅``) is the copy's own notice, like a wiki's licence block below the text.

    The whole quote block goes when one of its lines says a licence word and the next non-empty line is a
    ``#`` heading; a quotation inside the report (no heading under it, no licence word) stays.
    """
    i = 0
    while i < len(lines):
        if not _QUOTE_LINE.match(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _QUOTE_LINE.match(lines[j]):
            j += 1
        k = j
        while k < len(lines) and not lines[k].strip():
            k += 1
        block = lines[i:j]
        headed = k < len(lines) and bool(_MD_HEADING.match(lines[k]))
        if headed and any(_LICENCE.search(t) for t in block) and sum(len(t) for t in block) <= _LICENCE_TAIL:
            for m in range(i, j):
                roles[m], reasons[m] = "chrome", "a copy's licence note over the title"
        i = j


_PREVIEW_LABEL = re.compile(
    r"^(?:目\s*录\s*[/／、]\s*)?(?:提纲|大纲|文章提纲|内容提纲|文章大纲)\s*[:：]?\s*(?:[.。…⋯]{2,})?$"
)
_OUTLINE_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[.．、](?!\d))\s*\S"
)
# a lead's opening the preview cut (二是深入开展…, 二要严密防范…: a lead says 是 or 要 after its number, 1614)
_LEAD_SNIPPET = re.compile(r"^[一二三四五六七八九十]{1,2}[是要]\S")
_ELLIPSIS_LINE = re.compile(r"^[.。…⋯·]{2,}$")


def _preview_item(line: str) -> bool:
    return bool(_OUTLINE_ITEM.match(line) or _LEAD_SNIPPET.match(line)) and len(line) <= 60 and "。" not in line


def _names_title(line: str, names_report: Callable[[str], bool]) -> bool:
    """A title line, or a one-line copy's line opening with the title (a run of blanks stands for its line break)."""
    return names_report(line) or names_report(re.split(r"\s{1,3}", line.strip(), maxsplit=1)[0])


_CONTENTS_LABEL = re.compile(r"^目\s*录")
_PART_LINE = re.compile(r"^第[一二三四五六七八九十\d]{1,3}\s*[部篇章编]分?\s*\S")


def _inside_contents(lines: list[str], i: int) -> bool:
    """Whether the run at ``i`` continues a contents list (目录) over it: only its entries (numbered items, the
    parts' ``第X部分`` lines) stand between the label and the run, as in a 决算's list of its parts and tables."""
    k = i - 1
    while k >= 0 and (_preview_item(lines[k]) or _PART_LINE.match(lines[k].strip())) and "。" not in lines[k]:
        k -= 1
    return k >= 0 and bool(_CONTENTS_LABEL.match(lines[k].strip()))


def outline_preview(lines: list[str], names_report: Callable[[str], bool], limit: int = 40) -> set[int]:
    """A doc site's outline of the document printed before its title (提纲: and the headings), as line indices.

    A run of three or more heading lines (no sentence end, no page number; the openings of ``一是…`` leads
    may stand among them, an ellipsis may close them), opened by a ``提纲:`` label or by the page itself,
    standing right over a title line, whose headings recur after the title: its first two, half of them,
    or only its first when an excerpt stops before the rest (none of the others recurs). Under the site's label
    and closed by its ellipsis the list needs no recurrence: the site holds the text back (a paywall), and the
    openings of its leads are items too. A contents list (目录) is the document's own and stays.
    """
    for i in range(min(limit, len(lines))):
        first = i + 1 if _PREVIEW_LABEL.match(lines[i].strip()) else i
        j = first
        while j < len(lines) and _preview_item(lines[j]):
            j += 1
        labelled = first == i + 1
        # under the site's own label the openings of 一是… leads count as the list's items too
        items = [
            compact(re.split(r"[:：]", lines[k])[0])
            for k in range(first, j)
            if labelled or _OUTLINE_ITEM.match(lines[k])
        ]
        closed = j > first and j < len(lines) and bool(_ELLIPSIS_LINE.match(lines[j].strip()))
        if closed:
            j += 1
        if (
            len(items) < 3
            or j >= len(lines)
            or not _names_title(lines[j], names_report)
            or not (_OUTLINE_ITEM.match(lines[first]) or labelled)
        ):
            if labelled:
                return set()  # 提纲: without its list over a title: nothing to say
            continue
        if _inside_contents(lines, i):
            return set()
        later = compact("\n".join(lines[j:]))  # a one-line copy runs its text on after the title
        found = [it in later for it in items]
        cut_short = found[0] and not any(found[1:])  # the excerpt stops inside the first part
        paywalled = labelled and closed  # the site's label and its closing ellipsis: a preview of a text it holds back
        if not (found[0] and found[1]) and sum(found) * 2 < len(items) and not cut_short and not paywalled:
            return set()  # the first headings recur (an excerpt may stop before the rest), or half of them
        return set(range(i, j))
    return set()


_MARKED_TAIL = re.compile(r"(?<=[。！？!?”])[ \t\u3000]+(\S[^。！？!?]{0,39})$")
_BLANK_TAIL = re.compile(r"[ \t\u3000]+(\S[^。！？!?\s]{0,39})$")


def watermark_tail(line: str) -> int | None:
    """Where a site's watermark appended to a paragraph starts (…等工作。 稿子汇 www.example.com), or None.

    The mark stands after the paragraph's last sentence end and a blank, says what only a site says, and
    what precedes it is a paragraph of the report (twenty characters or more, no site words of its own).
    """
    m = _MARKED_TAIL.search(line)
    if m is None:  # a numbered heading carries the mark too (一、上半年工作情况 公文汇,办公文档之家: 984)
        m = _BLANK_TAIL.search(line)
        if m is None or not HEADING.match(line[: m.start()]) or len(compact(line[: m.start()])) < 4:
            return None
        head = line[: m.start()]
        return m.start(1) if site_word_count(m.group(1)) and not site_word_count(head) else None
    if not site_word_count(m.group(1)):
        return None
    head = line[: m.start()]
    return m.start(1) if len(head) >= 20 and not site_word_count(head) else None
