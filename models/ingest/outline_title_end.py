"""Where a numbered heading's title starts after its label and where it ends (sentence end, colon, run-in body)."""

from __future__ import annotations

import re

from models.ingest.clean_script import t2s_char
from models.ingest.outline_lines import (
    _B,
    _CN,
    _DIG,
    _OCR_ONE,
    BODY_MIN_CHARS,
    HEADING_WORDS,
    TITLE_MAX_CHARS,
    TITLE_TRAIL,
    WS,
    inside_quoted_name,
)
from models.ingest.outline_runin import body_start, run_on_body_start, year_theme_colon
from models.ingest.outline_runin_cut import shaped
from models.ingest.repair_lexicon import COMMON_WORD, word_freq

# A parenthesised Chinese numeral that opens the next heading inside a run-on title (one-line texts).
_EMBEDDED_PAREN = re.compile(rf"[(（](?:{_CN}|{_OCR_ONE})[)）]|〔{_CN}〕")
# The same after a blank, in any line.
_SPACED_PAREN = re.compile(rf"[{WS}]+(?=[(（]{_CN}[)）]|〔{_CN}〕)")
# a chapter title run into its first article after a blank: 第一章　总则　　第一条 …
_SPACED_ARTICLE = re.compile(rf"[{WS}]+(?=第{_B}(?:{_CN}|{_DIG}){_B}条)")
# What may separate a label from its title.
_SEP = re.compile(rf"[{WS}]*(?:[、:：.．﹒](?![0-9０-９]))?[{WS}]*")
_COMMA = re.compile(r"[，,]")
_GOES_ON = "，,、；;：:"  # what a line ends with when its sentence goes on after it
# the first blank of a title line, between Chinese characters, with a clause of five or more characters after it
_BLANK_THEN_BODY = re.compile(rf"(?<=[\u4e00-\u9fff])[{WS}]+(?=[\u4e00-\u9fff][^{WS}，,]{{4,}}[，,。；;])")
# the first blank of a title line between Chinese characters, a clause after it
_BLANK_THEN_CLAUSE = re.compile(rf"(?<=[\u4e00-\u9fff])[{WS}]+(?=[\u4e00-\u9fff][^{WS}，,]*[，,。；;])")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PIECE_END = re.compile(r"\n|[ \t\u3000\xa0]{2,}|\u3000")
# Debris after a blank at the end of a Chinese title: no Chinese in it and some ASCII punctuation (*2m{i:3).
_JUNK_TAIL = re.compile(rf"[{WS}]+[^\u4e00-\u9fff{WS}]*[!-/:-@\[-`{{-~][^\u4e00-\u9fff{WS}]*")
# a pinyin gloss left open at a title's end (增長(zh): a mirror's annotation the copy cut, no part of the title
_CUT_GLOSS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}")
# a bilingual copy's English translation glued after the Chinese title (…完善发展5. We facilitated improvements in…,
# …自身建设VI. Strengthening the…): three English words or more, an item number before them, no Chinese after them
_ENGLISH_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff”」）)])[ \u3000]*(?:(?:[0-9]{1,2}|[IVXL]{1,5})[.．][ \u3000]?)?"
    r"[A-Z][A-Za-z'’]*(?:[ ,，][A-Za-z'’-]+){2,}"
)
_OPEN = "（(《“〔【["
_CLOSE = "）)》”〕】]"
_HEADING_WORD = re.compile("|".join(HEADING_WORDS))


def title_start(text: str, label_end: int, end: int) -> int:
    """Where the title begins after a label (past the blanks and punctuation that separate them)."""
    sep = _SEP.match(text, label_end, end)
    return sep.end() if sep else label_end


def title_end(text: str, start: int, end: int, run_on: bool = False, blanks: frozenset[int] = frozenset()) -> int:
    """Where a heading's title ends: its first sentence end or lead-in colon, else the end of its line.

    A colon or semicolon inside brackets (``（牵头领导：张三;责任处室：办公室）``) or a colon in a clock time
    (9:30) does not end it. A line longer than
    ``TITLE_MAX_CHARS`` with no sentence end is a paragraph run in after its heading: cut at its first comma.
    ``run_on`` (a heading inside a report run together on one line) also cuts where the next parenthesised
    heading opens, where a year follows a heading word (its body starts with the year), where a first item
    ``1.`` is glued to the title and, past
    ``TITLE_MAX_CHARS``, after the last heading word before the first comma (not when the title is one sentence
    the next item follows at once: the whole item, as the lined copy reads it); first, at a display offset in
    ``blanks`` (a line break the copy wrote as a blank that cleaning took out).
    """
    cut = end
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN:
            depth += _closes(text, i, end)
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif (
            ch in "。！？!?"
            or (
                ch in "；;：:"
                and depth == 0
                and not _clock(text, i)
                and not year_theme_colon(text, start, i)
                and not _doubled_token(text, i)
            )
            or _cjk_stop(text, i, end)
        ):
            cut = i
            break
    spaced = _SPACED_PAREN.search(text, start + 2, cut) or _SPACED_ARTICLE.search(text, start + 1, cut)
    if spaced is not None:
        cut = spaced.start()  # 一、基本职能 (一)贯彻执行…: a parenthesised heading run on after a blank
    elif not run_on:
        cut = _before_blank_body(text, start, cut, end)
    if not run_on:
        cut = body_start(text, start, cut, run_on=False)
    if run_on:
        inner = _EMBEDDED_PAREN.search(text, start + 2, cut)
        if inner is not None:
            cut = inner.start()
        # (one sentence standing as the whole item, 5.拟订…，负责…工作。 6.…: its title, however long, as in the lined
        # copy; not when a bracket or quote left open hides a semicolon that would have ended it)
        sentence = (
            cut < end
            and text[cut] in "。！？!?"
            and not any(ch in "；;" for ch in text[start:cut])
            and _ends_item(text, cut + 1, end)
        )
        cut = run_on_body_start(text, start, cut, blanks)
        if cut - start > TITLE_MAX_CHARS and not sentence:
            comma = _COMMA.search(text, start, cut)
            stop = comma.start() if comma is not None else min(cut, start + TITLE_MAX_CHARS)
            words = [m.end() for m in _HEADING_WORD.finditer(text, start, stop)]
            if words:
                cut = words[-1]
            elif comma is not None:
                cut = comma.start()
    elif cut == end and end - start > TITLE_MAX_CHARS and text[end - 1] in _GOES_ON:
        # a long line that stops inside a sentence (…完成投资158亿元，): a paragraph going on, its first clause the
        # title; a long item ending on its last word (…建立科普教育基地3处、义务植树基地2处) is one whole item, its
        # title to its end as it has no sentence end (the gold rule)
        comma = _COMMA.search(text, start, end)
        if comma is not None:
            cut = comma.start()
    cut = _without_translation(text, start, cut)
    tail = _JUNK_TAIL.search(text, start, cut)
    if tail is not None and tail.end() == cut and _CJK.search(text, start, tail.start()):
        cut = tail.start()
    gloss = _CUT_GLOSS.search(text, start, cut)
    if gloss is not None and gloss.end() == cut and _CJK.search(text, start, gloss.start()):
        cut = gloss.start()  # …持续增长(zh: a pinyin gloss a mirror glued after a character, cut by the copy's end
    while cut > start and text[cut - 1] in TITLE_TRAIL:
        cut -= 1
    return cut


_NEXT_LABEL = re.compile(rf"[{WS}]*(?:{_DIG}+[、.．]|{_CN}、|[(（](?:{_CN}|{_DIG}+)[)）]|〔{_CN}〕)")


def _without_translation(text: str, start: int, cut: int) -> int:
    """The title ``text[start:cut]`` without the English translation a bilingual copy glued after it: no Chinese
    title holds an English sentence (a name such as ``China Joy`` inside it has Chinese after it)."""
    english = _ENGLISH_TAIL.search(text, start, cut)
    if english is None or not _CJK.search(text, start, english.start()) or _CJK.search(text, english.start(), cut):
        return cut
    return english.start()


def _ends_item(text: str, at: int, end: int) -> bool:
    """Nothing but the next numbered item follows a sentence end at ``at`` (the item is that one sentence)."""
    rest = text[at:end]
    return not rest.strip() or _NEXT_LABEL.match(text, at, end) is not None


def _doubled_token(text: str, i: int) -> bool:
    """The semicolon at ``i`` is one of a doubled pair (;;), a token a content farm writes for each quote mark or
    dash (打好;;三大攻坚战;;,为…): read through like the marks it stands for, never a clause's end."""
    return text[i] in "；;" and (text[i + 1 : i + 2] in ("；", ";") or text[i - 1 : i] in ("；", ";"))


def _cjk_stop(text: str, i: int, end: int) -> bool:
    """A half-width full stop between Chinese characters with a paragraph after it (…成绩显著.计划生育工作始终…): a
    sentence end as typed; before a short rest it separates two phrases of one title (初见成效.农村经济稳定增长).
    The rest runs to the end of its line, or of its piece (``end``) of a line run together: a single blank there
    stands for a line break."""
    if (
        text[i] != "."
        or not 0 < i < len(text) - 1
        or _CJK.match(text, i - 1) is None
        or _CJK.match(text, i + 1) is None
    ):
        return False
    piece = _PIECE_END.search(text, i)  # the end of its line, or of its piece of a line run together
    return min(len(text) if piece is None else piece.start(), end) - i > BODY_MIN_CHARS


def _before_blank_body(text: str, start: int, cut: int, end: int) -> int:
    """A run-in title set off from its body by a blank (（一）加强组织领导　各单位要高度重视，…) ends at the blank."""
    # (a blank inside 《…》 separates joint issuers in a quoted name, 《中共中央 国务院关于…》: the name goes on)
    body = next(
        (
            m
            for m in _BLANK_THEN_BODY.finditer(text, start, cut)
            if not inside_quoted_name(text, start, m.start()) and not _parts_word(text, m.start(), m.end())
        ),
        None,
    )
    if body is not None and body.start() - start >= 2 and not _COMMA.search(text, start, body.start()):
        return body.start()
    # (a title with a comma only when it has a title's shape, a theme or two and a phrase, and the first blank ends
    # it: 围绕中心,服务大局,政治协商逐步规范 五年来,…; else the blank is a stray one inside a sentence)
    first = next(
        (m for m in _BLANK_THEN_CLAUSE.finditer(text, start, cut) if not _parts_word(text, m.start(), m.end())), None
    )
    if (
        first is not None
        and _COMMA.search(text, start, first.start())
        and shaped(text, start, first.start())
        and _paragraph_after(text, first.end(), end)
    ):
        return first.start()  # (its paragraph runs on: the first sentence after the blank is no short tail)
    # (or the one sentence after the blank, up to the stop that ends the line, names the title's words again:
    # …,强化党建引领 坚持党建引领的核心地位。, the section's first sentence restating its title)
    again = next((m for m in _BLANK_THEN_CLAUSE.finditer(text, start, min(end, cut + 1)) if m.start() < cut), None)
    if (
        again is not None
        and _COMMA.search(text, start, again.start())
        and shaped(text, start, again.start())
        and not _parts_word(text, again.start(), again.end())
        and _names_title_again(text, start, again.start(), again.end())
    ):
        return again.start()
    return cut


def _parts_word(text: str, a: int, b: int) -> bool:
    """The blank ``text[a:b]`` (one or two spaces) parts a word (文件安 排下达): a wrap a copy wrote as a blank, not a
    title's end. The two letters across it make a common word, commoner than any word the blank would end or open
    (队伍建设 立足: 设立 is a word, 建设 a commoner one, so the blank may end the title)."""
    if b - a > 2 or text[a:b].strip(" "):
        return False
    across = word_freq(t2s_char(text[a - 1]) + t2s_char(text[b]))
    if across < COMMON_WORD:
        return False
    edges = (text[max(0, a - 2) : a], text[max(0, a - 3) : a], text[b : b + 2], text[b : b + 3])
    return all(across > word_freq("".join(map(t2s_char, w))) for w in edges)


NAMED_AGAIN_MIN = 4  # characters of the title's last clause the sentence after the blank names again


def _names_title_again(text: str, start: int, blank: int, at: int) -> bool:
    """The sentence after the blank names the title's last clause again (…,强化党建引领 坚持党建引领的核心地位。):
    the section's first sentence restating its title, not the title's tail."""
    last = _COMMA.split(text[start:blank])[-1]
    stop = _SENTENCE_END.search(text, at, at + BODY_MIN_CHARS)
    sentence = text[at : stop.start() if stop is not None else at + BODY_MIN_CHARS]
    return any(last[k : k + NAMED_AGAIN_MIN] in sentence for k in range(len(last) - NAMED_AGAIN_MIN + 1))


_FIGURE = re.compile(r"[0-9０-９]")
RUNS_ON_MIN = 10  # characters of the line after the first stop past the blank: a paragraph going on


def _paragraph_after(text: str, at: int, end: int) -> bool:
    """A paragraph runs on after the blank at ``at``, not a title's short tail (认真组织 实施，确保取得实效。): no stop
    within ``BODY_MIN_CHARS``, or a first clause stating figures (大发展 预计今年全区总诊疗1079969人次,同比增长1.5%;
    出院…) with more of the line after its stop; a title's tail reports no figures."""
    stop = _SENTENCE_END.search(text, at, at + BODY_MIN_CHARS)
    if stop is None:
        return True
    return _FIGURE.search(text, at, stop.start()) is not None and end - stop.end() >= RUNS_ON_MIN


def _closes(text: str, i: int, end: int) -> bool:
    """The bracket or quote opening at ``i`` closes before its sentence's end (a copy that lost the closing mark,
    制定出台“加快…实施意见,带动…;搞好…。, hides no semicolon inside it)."""
    stop = text.find("。", i, end)
    reach = end if stop < 0 else min(end, stop + 2)
    closers = "”〞" if text[i] == "“" else _CLOSE[_OPEN.index(text[i])]  # (a spinner's 〞 closes “: “十一五〞)
    return any(text.find(ch, i + 1, reach) >= 0 for ch in closers)


def _clock(text: str, i: int) -> bool:
    """The colon at ``i`` is in a clock time such as 9:30."""
    return text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()
