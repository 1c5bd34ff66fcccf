"""Re-joining hard-wrapped lines (PDF and print text broken every ~28-40 characters) into paragraphs.

A document is hard-wrapped when many of its lines reach one printed width and stop there. In such a
document a line that reaches the width and does not end a sentence continues on the next line
(``…及2010`` ⏎ ``年远景目标``, ``377`` ⏎ ``.4亿元``). A real paragraph break is never joined: a line ending
in ``。！？`` or ``：``, a short last line, a heading, or a next line that opens a numbered item.
Outside wrapped documents only a long paragraph cut mid-sentence is joined to its tail; not a contents
entry ending in its page number, a line ending in a figure before a new paragraph, nor a clause end
(``；``) unless a list of clauses runs on. Anywhere, a verb waiting for its figure (``…巩固率达到`` ⏎
``98%``) joins the next line, and so does a line whose break parts a common word (``与气象部`` ⏎ ``门合作…，``).
"""

from __future__ import annotations

import re

from models.ingest.english_lines import ends_in_english, is_english_line
from models.ingest.rejoin_blanks import blank_cut, opens_clause, punctuated
from models.ingest.rejoin_indent import indented_measure, runs_on
from models.ingest.rejoin_marks import (
    _CJK_CHAR,
    _CLAUSE,
    _CLOSING,
    _HEADING,
    _LAYOUT,
    _OPENING,
    _RUN_IN,
    _SENTENCE,
    _SOFT_END,
    _TITLE_END,
    _continues,
    _ends_paragraph,
)
from models.ingest.rejoin_marks import visual_width as visual_width  # re-exported: width readers import it here
from models.ingest.rejoin_styles import (
    _semicolon_run_on,
    _split_sentence,
    _token_runs_on,
    blank_paragraphs,
    list_items,
    semicolon_breaks,
    token_lines,
)
from models.ingest.rejoin_width import _fills_line, wrap_width
from models.ingest.rejoin_words import _long_word_cut, _short_cut, _word_cut, parts_words, prose_cut
from models.ingest.repair_lexicon import COMMON_WORD, word_freq

# a half-width point after a character, a percent sign or a closing mark ends a sentence; not a label's point
_HALF_STOP = re.compile(r"(?<=[\u4e00-\u9fff%％‰)）”」』])(?<![一二三四五六七八九十])\.(?![\d.])")
# a delivery line's date, also with 年 and 月 lost or turned into spaces (——2018724日在, ——2020 1 7 日在), its dash
# also printed as box-drawing lines (──2008年1月17日在)
_DELIVERY_START = re.compile(r"^[-—－–─━]*\s*(?:19|20)\d\d[\s年]*\d{1,2}[\s月]*\d{1,2}\s*日\s*在")
_DELIVERY_END = re.compile(r"^[^。，,；;]{2,40}(?:会议上|会上)[)）]?$")
# a contents entry ends with its page number: "…产业体系 11", "第二章 总体要求……8"
# a verb that needs its figure: "…巩固率达到" ⏎ "98%,…" is one sentence wherever the line stopped
_FIGURE_VERB = re.compile(
    r"(?:达到|达|为|至|到|增长|下降|提高|降低|增加|减少|保持|占|约|近|超过|突破|完成|实现|累计|合计|共计)$"
)
# a figure at a line's end that waits for its unit (a year before 年度, a magnitude before its measure word)
_CUT_FIGURE = re.compile(r"(?:^|[^\d.])(?:(?:19|20)\d\d|\d+(?:\.\d+)?\s*[万亿千百])$")
# a decimal figure in running text, its magnitude word on the next line (a table's cell "212.65" ⏎ "亿元" is no cut)
_CUT_DECIMAL = re.compile(r"[\u4e00-\u9fff]\d+\.\d+[万亿]$")
_UNIT_START = re.compile(r"^(?:年度|[元户人个项家吨亩台辆套座次件名所间条])")
# a figure a copy masked (巡林*, 等**, 完成XX, 增长××) at a line's end after a word, and the measure word that carries
# its clause on at the next line's start (次、, 个项目, 万元,): a mask stands only for a figure, as a figure waits for
# its unit (1846 县级林长巡林* ⏎ 次、乡级…, 364 …产业园等* ⏎ 个项目深入洽谈中)
_MASKED_END = re.compile(r"[\u4e00-\u9fff](?:[*＊]{1,3}|[×Xx]{1,4})$")
_MASKED_UNIT = re.compile(r"^[万亿千百]?(?:元|平方米|公里|[户人个项家吨亩台辆套座次件名所间条场批天倍])")
# a numbered heading a copy left at a paragraph's end, after its last sentence and a space where the line break was
# (…较上年增长23%。 (一)、农牧业生产方面, …民生福祉持续增进。 一、综 合): it heads the next line's text
_TAIL_HEADING = re.compile(
    r"[。！？!?]\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]、?|[一二三四五六七八九十]{1,3}、)[^。，,；;：:！？!?]{2,20}$"
)
# a paragraph's printed indent: a full-width space or two blanks before the text (a copy not wrapped to a width)
_PARA_INDENT = re.compile(r"^(?:\u3000|[ \u3000]{2,})(?=\S)")
_TOC_ENTRY = re.compile(r"(?:\s|[.…·]{2,})\d{1,3}$")
# what follows a figure in the same sentence: a unit, a mark or a connective
_AFTER_FIGURE = re.compile(
    r"[年月日号时分秒万亿千百元个家人项户所名件条场批天倍位篇吨亩公平米届期次余多岁台辆套座间度%％.．:：,，、;；)）]"
)


def _masked_cut(line: str, nxt: str) -> bool:
    """A masked figure cut from its measure word (``_MASKED_END``): the unit opens no word of its own (``人员``,
    ``个人``) and its clause runs on to a mark."""
    unit = _MASKED_UNIT.match(nxt)
    if unit is None or not _MASKED_END.search(line) or not _CLAUSE.search(nxt):
        return False
    return len(unit.group()) > 1 or word_freq(nxt[:2]) < COMMON_WORD


def _delivery_split(line: str, nxt: str) -> bool:
    """A delivery line broken in two: its date ⏎ its meeting (——2018年7月24日在 ⏎ …会议上), or its meeting ⏎ the
    kind of speech (——在…会议上的 ⏎ 讲话)."""
    if _SPEECH_CUT.search(line) and _SPEECH.match(nxt.strip()):
        return True
    return (
        bool(_DELIVERY_START.match(line))
        and "会上" not in line
        and "会议上" not in line
        and bool(_DELIVERY_END.search(nxt))
    )


# a particle, a preposition or a lead's 是 that no title, heading or paragraph ends with: its phrase runs on
_DANGLING = re.compile(
    r"(?:(?<!目)的|(?:^|[一二三四五六七八九十])是|关于|对于|以及|并且|而且|或者|按照|根据|围绕|为了|由于)$"
)
# a function word that closes or links a phrase, never a sentence's or a paragraph's first word (等, 的, 和, 以及)
_LINK_START = re.compile(r"^(?:以及|[等的和及与或])")
_MEETING_END = re.compile(r"(?:会议|大会|会)上$")


def _link_opens(line: str, nxt: str) -> bool:
    """``nxt``, running text (a clause's mark in it), opens on a function word that links or closes the phrase ``line``
    stopped in (``…上海交易会`` ⏎ ``等省市农业展会的企业，``, ``…和县委`` ⏎ ``的决策部署,``), not on a word of its own
    that starts with the same character (``和平区``, ``与会人员``, ``及时``), and ``line`` stops on a character, not
    after a delivery line's meeting (``…会议上`` ⏎ ``和林格尔县县长``)."""
    m = _LINK_START.match(nxt)
    if m is None or not _CJK_CHAR.match(line[-1]) or _MEETING_END.search(line) or _HEADING.match(nxt):
        return False
    if _LAYOUT.search(line + nxt) or "\t" in line + nxt:
        return False  # a table's cells
    if len(m.group()) == 1 and word_freq(nxt[:2]) >= COMMON_WORD:
        return False
    return bool(_CLAUSE.search(nxt))


_SPEECH_CUT = re.compile(r"(?:会议|大会|会)上的$")
_SPEECH = re.compile(r"^(?:讲话|报告|工作报告|发言|致辞|主题报告|总结讲话)[)）]?$")


_LABEL_ONLY = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、．])$"
)


def _language_change(line: str, nxt: str) -> bool:
    """An English line (``english_lines``) and a line opening or ending on a Chinese character or mark beside it:
    a translation's paragraph and the original's, never one paragraph (``…for your deliberation.`` ⏎
    ``过去一年的主要工作``, ``Fellow Deputies,`` ⏎ ``现在,我…``, a photo caption's English ⏎ the Chinese title)."""
    if not line or not nxt:
        return False
    if ends_in_english(line):  # an English line, or a caption's English after its Chinese ([中国网] Zhang…)
        return not nxt[0].isascii()
    return is_english_line(nxt) and not line[-1].isascii()


def part_languages(lines: list[str], joins: list[bool]) -> None:
    """Undo in ``joins`` (changed in place) any join, whoever proposed it, of a line in one language onto a line
    in the other (``_language_change``): a bilingual copy's ``Fellow Deputies,`` ⏎ ``现在,我受…`` is two
    paragraphs though the comma reads as a clause cut."""
    for i, joined in enumerate(joins[: len(lines) - 1]):
        if joined and _language_change(lines[i], lines[i + 1]):
            joins[i] = False


def _label_only(line: str, nxt: str) -> bool:
    """A section label alone on its line (``一、``, ``（二）``) before its title (a bare ``一`` stays apart: joined,
    it would no longer read as a label)."""
    if _HEADING.match(nxt) or _LABEL_ONLY.match(nxt) or not _CJK_CHAR.match(nxt[0]):
        return False
    if re.fullmatch(r"[一二三四五六七八九十\d]+", nxt.strip()):
        return False  # labels listed one a line
    return bool(_LABEL_ONLY.match(line.strip()))


def _link_before_mark(lines: list[str], adjacent: list[bool], k: int) -> bool:
    """Line ``k`` is a short phrase with no sentence in it whose sentence carries on with a closing mark."""
    if k + 1 >= len(lines) or not adjacent[k] or not lines[k + 1] or lines[k + 1][0] not in _CLOSING:
        return False
    return len(lines[k]) <= 20 and not _SENTENCE.search(lines[k]) and not _HEADING.match(lines[k])


def join_points(lines: list[str], adjacent: list[bool], printed: list[str] | None = None) -> list[bool]:
    """For each line, whether it joins the next one.

    Args:
        lines: the body lines as they will be shown (junk and wrap spaces already removed).
        adjacent: ``adjacent[i]`` is True when nothing (no blank or removed line) stands between
            line ``i`` and line ``i + 1``.
        printed: each line as the file printed it (``wrap_width``); the lines themselves when not given.
    """
    printed = printed or lines
    lines = [_HALF_STOP.sub("。", line) for line in lines]  # a copy writing 。 as "." ends its sentences so
    n = len(lines)
    joins = [False] * n
    width = wrap_width(lines, printed)
    # an indent marks a paragraph only where some lines go without it (a Word copy indents every line: 738, 775)
    indent_tells = any(p.strip() and not _PARA_INDENT.match(p) for p in printed)
    blanks = blank_paragraphs(lines, adjacent)
    tokens = not blanks and token_lines(lines)
    semis = semicolon_breaks(lines, adjacent)
    items = list_items(lines, adjacent)
    indented = indented_measure(lines, printed) if width is not None else None
    several = width is not None and not indented and _sentences_run_on(lines, printed, width)
    marked = punctuated(lines)
    parted = width is None and parts_words(lines, adjacent)
    para = ""
    for i in range(n - 1):
        para = para + lines[i] if i and joins[i - 1] else lines[i]
        line, nxt = lines[i], lines[i + 1]
        if _language_change(line, nxt):
            continue  # a bilingual copy: no line in one language runs on into a line in the other
        if _delivery_split(line, nxt):
            joins[i] = True  # a delivery line broken over two lines, a blank between them or not
            continue
        if not adjacent[i]:
            if line and nxt and not _ends_paragraph(line) and _open_quote(line, nxt, reach=20):
                joins[i] = True  # a title broken inside its book title, a blank line between (《…发展 ⏎⏎ 规划》的通知)
            elif line and nxt and not _ends_paragraph(line) and _title_middle(para, lines, i):
                joins[i] = joins[i + 1] = True  # …主动仗 ⏎⏎ 实现…政策 ⏎⏎ 措施》实施方案: over three lines
            elif line and nxt and _link_opens(line, nxt) and not (_HEADING.match(line) and not _SENTENCE.search(line)):
                joins[i] = True  # a page's blank inside a phrase (…按市委、市政府 ⏎⏎ 及上级业务主管部门的工作部署,)
            elif marked and line and nxt and blank_cut(line, nxt):
                joins[i] = True  # a page's blank inside a clause of a copy that ends its paragraphs with marks
            continue
        if indented and runs_on(line, nxt, printed[i], printed[i + 1], indented, first=not (i and joins[i - 1])):
            joins[i] = True  # a full line follows: no indent opens a paragraph there
            continue
        if several and line and nxt and _full_stop_run_on(line, nxt, width, printed[i]):
            joins[i] = True  # a printed line the wrap filled to its last column with a sentence's end
            continue
        if not line or not nxt or _ends_paragraph(line):
            continue
        if width is None and indent_tells and line[-1] in _SOFT_END + "…" and _PARA_INDENT.match(printed[i + 1]):
            continue  # unwrapped text: after a clause's end, a line printed indented opens a paragraph
        if width is None and _TAIL_HEADING.search(line.rstrip()):
            continue  # unwrapped text: the heading left at the line's end stands on its own (a page break or not)
        heading_alone = bool(_HEADING.match(line)) and not _SENTENCE.search(line)
        if _label_only(line, nxt):
            joins[i] = True  # a section label alone on its line, its title on the next (一、 ⏎ 稳中求进)
            continue
        if _DANGLING.search(line) and _CJK_CHAR.match(nxt[0]) and not _HEADING.match(nxt):
            joins[i] = True  # a word that never ends a line of its own (一是 ⏎ 发行…, 1985年的 ⏎ 工资改革)
            continue
        if _link_opens(line, nxt) and not heading_alone:
            joins[i] = True  # a phrase's link opens the line (…上海交易会 ⏎ 等省市农业展会的企业，): it runs on
            continue
        if line[-1] in _OPENING or (nxt[0] in _CLOSING and not heading_alone):
            joins[i] = True  # no line ends opening a bracket, none starts closing one (《 ⏎ 国防法 ⏎ 》)
            continue
        if _open_quote(para, nxt):
            joins[i] = True  # a quotation the line break cut: its closing mark is on the next line
            continue
        if _link_before_mark(lines, adjacent, i + 1) and not heading_alone:
            joins[i] = True  # a wiki's link set on a line of its own inside a sentence (所作的 ⏎ 政府工作报告 ⏎ 。)
            continue
        if blanks and _split_sentence(lines, adjacent, i, para):
            joins[i] = True
            continue
        if tokens and _token_runs_on(para, line, nxt):
            joins[i] = True
            continue
        if i in items:
            continue  # an item of a list set one a line (精煤产量…; ⏎ 发电量…;)
        if semis and _semicolon_run_on(line, nxt) and not heading_alone:
            joins[i] = True  # a page that breaks its paragraphs after every clause (…100%; ⏎ 累计投入…)
            continue
        if not _continues(line, nxt):
            continue
        if _FIGURE_VERB.search(line) and re.match(r"\d", nxt) and not _HEADING.match(line):
            joins[i] = True
            continue
        cut_figure = _CUT_FIGURE.search(line) and _UNIT_START.match(nxt)
        if (cut_figure or _CUT_DECIMAL.search(line + nxt[:1])) and not (
            _HEADING.match(line) and not _RUN_IN.search(line)
        ):
            joins[i] = True  # a figure cut from its unit: 发放 2023 ⏎ 年度…, 农户16.8 万 ⏎ 户, 县城0.36 ⏎ 万头
            continue
        if _masked_cut(line, nxt) and not heading_alone:
            joins[i] = True  # a masked figure cut from its measure word: 县级林长巡林* ⏎ 次、乡级…
            continue
        if (_word_cut(line, nxt) or _long_word_cut(line, nxt)) and not heading_alone:
            joins[i] = (
                True  # the break parts a word, whatever the line's width (与气象部 ⏎ 门合作…, 市委的直 ⏎ 接领导下)
            )
            continue
        if width is not None:
            if _fills_line(line, width, printed[i]) or (_short_cut(line, nxt, width, printed[i]) and not heading_alone):
                joins[i] = True
            elif nxt[0] in "，,。、；;%％）)" or (nxt[0] == "." and nxt[1:2].isdigit()):
                joins[i] = True  # a line never starts with these: the break fell before them
            continue
        short_tail = re.fullmatch(r"[\u4e00-\u9fff]{1,4}", nxt) and _HEADING.match(nxt) is None
        if _HEADING.match(line) and len(line) >= 20 and short_tail:
            joins[i] = True  # a numbered heading whose last characters fell on the next line
            continue
        toc_entry = _TOC_ENTRY.search(line) and not _AFTER_FIGURE.match(nxt)
        if re.search(r"\S {2,}\S|[|｜]", line) or _TITLE_END.search(line) or toc_entry:
            continue  # a table row, a title or a contents entry is not a cut paragraph
        if line[-1].isdigit() and not _AFTER_FIGURE.match(nxt):
            continue  # a figure ends the statement and a new paragraph opens
        if line[-1] == "…":
            continue  # unwrapped text: an ellipsis ends its statement (…跳出全省谋划…… ⏎ 元旦前后,…)
        listing = len(re.findall(r"[；;]", line)) >= 2 or re.search(r"[；;]", nxt)
        if line[-1] in _SOFT_END and not (len(nxt) < len(line) and listing):
            continue  # a clause ends the line; only a list of clauses running on (…；…；) continues
        if (len(line) >= 60 and not _HEADING.match(line)) or (
            _cut_clause(line, nxt) and not (marked and _bare_sentence(line))
        ):
            joins[i] = True
        elif parted and prose_cut(line, nxt) and not heading_alone:
            joins[i] = True  # a copy that parts words breaks inside clauses too (…合作,推动预警 ⏎ 信息及时发布…)
    return joins


def _sentences_run_on(lines: list[str], printed: list[str], width: int) -> bool:
    """The document's paragraphs hold several sentences: a ``。`` inside a line is at least twice as common as a
    line ending with one short of the width (a paragraph's end). Then a ``。`` the wrap set at the last column
    is more likely a sentence inside its paragraph than the paragraph's end (1282: 215 to 70; 094: 7 to 1)."""
    inner = sum(line[:-1].count("。") for line in lines)
    ends = sum(1 for line, p in zip(lines, printed, strict=True) if line.endswith("。") and visual_width(p) < width - 2)
    return inner >= 2 * max(ends, 1)


def _full_stop_run_on(line: str, nxt: str, width: int | None, printed: str) -> bool:
    """In hard-wrapped text, a line ending with ``。`` that fills the printed width to its last column, before a line
    of running text (no heading, no item label), in a document whose paragraphs hold several sentences: the wrap
    fell after a sentence inside the paragraph (1282 ten times, 094)."""
    if width is None or line[-1] != "。" or visual_width(printed) < width - 2:
        return False
    if _HEADING.match(nxt) or _LABEL_ONLY.match(nxt) or _RUN_IN_LEAD.match(nxt) or not _continues(line, nxt):
        return False
    return bool(_CJK_CHAR.match(nxt[0]) or nxt[0].isdigit())


# a paragraph's run-in lead: a short claim of words alone, no figure, no comma (经济运行稳中向好。, GDP保持快速增长。),
# the text going on after it on the same line
_RUN_IN_LEAD = re.compile(r"^[\u4e00-\u9fffA-Z]{4,14}。(?=\S)")


_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"))


def _title_middle(para: str, lines: list[str], i: int) -> bool:
    """Line ``i + 1`` is the middle piece of a title whose book title opened on line ``i`` and closes on line
    ``i + 2``: a short run of words with no mark, no heading."""
    nxt = lines[i + 1]
    if i + 2 >= len(lines) or len(nxt) > 30 or _CLAUSE.search(nxt) or _HEADING.match(nxt):
        return False
    if any(mark in nxt for pair in _PAIRS for mark in pair) or not any(left in para for left, _ in _PAIRS):
        return False
    return _open_quote(lines[i] + nxt, lines[i + 2], reach=20)


def _open_quote(para: str, nxt: str, reach: int = 40) -> bool:
    """The paragraph so far leaves a quotation (or a bracket, a book title) open, and the next line, no heading,
    closes it before it opens another: the page broke the line inside the quotation (“大交通、新作为; ⏎ 大畅通”)."""
    if _HEADING.match(nxt) or len(para) < 10:
        return False
    for left, right in _PAIRS:
        if para.count(left) <= para.count(right) or para.rfind(left) < para.rfind(right):
            continue
        close, reopen = nxt.find(right), nxt.find(left)
        if 0 <= close <= reach and (reopen < 0 or close < reopen):
            return True
    return False


def _bare_sentence(line: str) -> bool:
    """The line's last sentence, begun after a full stop, runs to the line's end with no clause mark: in a copy that
    ends its paragraphs with their marks it is a whole sentence that lost its own (a caption glued after a paragraph,
    ``…王淑娅。大会主席团成员在主席台就坐`` ⏎ ``大会首先听取了…``: 2319), not a clause the wrap cut (``…。截止11月底,全
    镇实现`` ⏎ ``财政收入…``, ``…,规模以上`` ⏎ ``工业增加值…``: 732, 1916)."""
    stop = max(line.rfind(mark) for mark in "。！？")
    tail = line[stop + 1 :]
    # a figure in it is a measure still running (…购买竣工验收3年 ⏎ 以上的商用楼宇…: 543)
    return stop >= 0 and not _CLAUSE.search(tail) and not re.search(r"\d", tail)


def _cut_clause(line: str, nxt: str) -> bool:
    """A short line of running text cut inside a clause (1、…显著提升。截止11月底,全镇实现 ⏎ 财政收入…): a full
    sentence ends inside it, so it is no title or heading alone, and it stops on a word while the next line's
    paragraph carries on."""
    if not _CJK_CHAR.match(line[-1]) or not re.search(r"[。！？]", line[:-1]):
        return False
    return len(nxt) >= 20 and opens_clause(nxt) and not _HEADING.match(nxt) and bool(_CLAUSE.search(nxt))
