"""A scored choice of where a run-in title ends when nothing but the words mark it (一、聚力聚焦,壮大新兴产业xx高新区…).

A reader finds the end of a title run straight into its paragraph from both sides of each possible cut:

* the title's side: a section title of a work report is a short noun phrase, often a theme and a verb phrase
  (``聚力聚焦,壮大新兴产业``, ``融合发展,完善…治理体系``), ending on a noun naming what the section builds or
  achieves (``…体系``, ``…产业``, ``…建设``, ``…成效``, ``…职能``) or on a result word (``…增强``);
* the paragraph's side: its first clause opens a sentence, with a subject (``xx高新区``, ``我局``, ``全县``,
  ``政府``), a connective (``围绕``, ``按照``, ``以…为契机``, ``作为``) or an adverb opening a verb phrase
  (``不断深化``, ``积极``, ``率先``), or names the title's own words again (``…公路绿化建设为全面推进公路绿化建设,``,
  ``“十一五”及…工作回忆“十一五”时期是…``);
* the rest: what follows the cut runs on as a sentence (a comma or the sentence end after it), never one word;
* a title of full clauses (a long theme and its result: ``坚持…为引领,拉开…新格局``) ends only before a connective
  (``紧紧围绕``, ``以…为契机``), never after a subject clause the connective's verb follows (``…,各项建设按照…``).

Each cut scores its evidence; the best cut with evidence on both sides wins, else the title stands as it is.
"""

from __future__ import annotations

import re

# nouns (and result words) a work report's section title ends on: what the section builds, holds or achieves
_TITLE_END = re.compile(
    "(?:体系|机制|建设|产业|成效|能力|水平|环境|质量|服务|局面|突破|格局|底线|防线|关口|基础|保障|工程|平台|活力|"
    "动能|品牌|高地|台阶|作用|职能|设置|职责|回顾|回忆|总结|治理|改革|合力|格局|新篇|篇章|效能|优势|根基|"
    "方向|成就|结合|增强|提升|提高|完善|加快|显现|凸显|增效|见效|发展|和谐)$"
)
# a short title that is a subject and its steady result (粮油生产全面丰收, 林业生产稳步推进, 工业经济迅猛增长): an
# adverb of manner and a result verb after a subject of two characters or more; a verb before the adverb (扎实推动…
# 稳步推进) makes the phrase a verb's, its object the whole place after it (not a title's end)
_STEADY_RESULT = re.compile(
    "(?:全面|稳步|稳中|持续|快速|迅速|迅猛|平稳|显著|明显|大幅|较快|健康|有序|不断|日益|逐步)"
    "(?:丰收|推进|有升|有进|增长|回升|提升|提高|加快|改善|加强|增加|好转|向好|壮大|扩大|优化|发展)$"
)
_VERB_BEFORE = re.compile("(?:推进|推动|促进|实现|确保|保持|抓好|做好|加快|加强|坚持|力争|争取|努力)")
STEADY_SUBJECT_MIN = 2  # characters of the subject before the adverb and result


def _steady(text: str, start: int, k: int) -> bool:
    """``text[start:k]`` is a subject and its steady result (粮油生产全面丰收), no clause, no verb in the subject."""
    m = _STEADY_RESULT.search(text, k - 4, k)
    return (
        m is not None
        and m.start() - start >= STEADY_SUBJECT_MIN
        and _COMMA.search(text, start, k) is None
        and _VERB_BEFORE.search(text, start, m.start()) is None
    )


# a paragraph's first words: a subject (our/the whole place, a masked place, the government), a connective, an
# adverb opening a verb phrase
_SUBJECT = re.compile(
    r"(?:[我全本该](?:镇|县|区|市|局|乡|州|省|旗|街道|委|办|院|村|们)"
    r"|[xX×＊*_＿]{1,4}[\u4e00-\u9fff]{0,3}?(?:高新区|开发区|园区|县|区|市|镇|乡|局|街道)"
    r"|[\u4e00-\u9fff]{1,4}?(?:县|区|市|镇|乡)?(?:机构编制委员会|人民政府)|政府(?:内设|下设|共有|现有)"
    # (the level's own government, 镇政府始终把…, 区政府坚持…: not the 政府 of 县委、县政府 or 区委区政府)
    r"|(?<![委、])(?:镇|县|区|市|乡|街道)政府(?=[\u4e00-\u9fff]))"
)
# (an adverb may go before the connective, 紧紧围绕: the cut falls before the adverb, never between them)
_CONNECTIVE_ADVERBS = ("紧紧", "紧密", "始终", "牢牢")
_CONNECTIVE = re.compile(
    rf"(?:{'|'.join(_CONNECTIVE_ADVERBS)})?"
    r"(?:围绕|按照|根据|依据|针对|以[^，,。；]{2,14}?为(?:契机|抓手|重点|核心|目标|引领|主线))"
)
# a clause opening with a determiner or the whole place (各项建设, 全镇各项工作): a subject the connective's verb
# follows in one sentence (…,各项建设按照规划推进), no title's last clause
_SUBJECT_CLAUSE = re.compile(r"(?:各[项类级个]|全[镇县区市乡省村]|所有|我[镇县区市乡局])")
# a paragraph opening by defining its topic, a short subject and 是 (农村公路是支撑…的基础设施, 教育是民族振兴的基石);
# not an adverb or connective before 是 (但是, 就是, 还是, 也是, 正是, 只是) nor 是否
_IS_SUBJECT = re.compile(
    r"(?:(?![是的之])[\u4e00-\u9fff]){2,6}(?<![但总就还也正更都于凡若要只而却可即乃便则])是(?![否非])"
)
_ADVERB = re.compile(r"(?:不断|积极|认真|进一步|切实|率先|着力|全力|始终|持续|深入|扎实|大力|坚决)")
# what cannot end a title or open the paragraph right after it (a word going on across the cut)
_NO_END = "的和与及等之在对为把将以从于并或、"
_MODAL = "要应须需将可能会得"  # a modal verb before a connective: the sentence goes on through it
_NO_START = "的之和与及等中上下内外性化者是了着过地得，,、。；;：:）)”"
TITLE_MIN = 6  # characters of the title before a cut
TITLE_MAX = 34  # characters of the title before a cut
TITLE_LONG = 42  # characters of a title of full clauses before a connective (see _clauses)
CLAUSE_MIN, CLAUSE_MAX, RESULT_MIN = 4, 16, 6  # characters of each clause of such a title, and of its last
REST_MIN = 8  # characters of the paragraph after the cut, to its first comma or sentence end at least
PLAIN_MAX = 16  # characters of a title with no comma before a cut
DOUBLED_MIN = 4  # characters of the title the paragraph names again after the cut
_COMMA = re.compile(r"[，,]")
# a figure a doc-store copy set off with blanks, its unit and the clause's comma after it ( xx 亩, / 92.6 万亩,)
_SPACED_FIGURE = re.compile(r" (?:[xX×*＊]{1,4}|[0-9]+(?:\.[0-9]+)?) ?[\u4e00-\u9fff]{1,2}[，,]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff“\"〝〞”]+")


def _doubled(text: str, start: int, k: int, end: int) -> bool:
    """The paragraph at ``k`` names the title's words again: its opening words, or its last clause after a
    one-character connective (…全面推进公路绿化建设为全面推进公路绿化建设,)."""
    title = text[start:k]
    head = title[:DOUBLED_MIN]
    if (
        len(head) == DOUBLED_MIN
        and text.startswith(head, k)
        and _CJK_RUN.fullmatch(head)
        and _COMMA.search(title) is None
        and _TITLE_END.search(title[-4:]) is not None
    ):
        return True  # (a short title ending on its noun: “十一五”及2023年工作回忆“十一五”时期是…)
    last = _COMMA.split(title)[-1]
    return len(last) >= DOUBLED_MIN and text[k] in "为在对把" and text.startswith(last, k + 1, end)


# a paragraph opening with its year as the subject (…取得新的成就1996年是实施“九五”计划的开局年,)
_YEAR_IS = re.compile(r"(?:19|20)[0-9]{2}年是")
_AS_SUBJECT = re.compile(r"作为[^，,。；;]{2,16}[，,](?:我|全|本)")


# the paragraph's own short headline sentence and the items it leads right after it
# (…服务质量提高|文化基础设施建设加快。一是…): the lead opens the paragraph, as one does in a text written in lines
_ITEMS_AFTER = re.compile(r"。(?:一是|一要|首先|[(（]一[)）]|1[.、．])")
LEAD_MIN, LEAD_MAX = 6, 16  # characters of such a headline sentence


# a clause ending on its result (…服务质量提高): the title's last clause is whole before the cut, not a noun phrase
# going on into the sentence after it (强化保障,公共文化服务体系|建设加快推进。一是… is one sentence heading)
_RESULT_END = re.compile("(?:增强|提升|提高|完善|加快|显现|凸显|增效|见效)$")
# the headline sentence a subject and its predicate, ending on it (文化基础设施建设加快): not the object a title's verb
# governs (聚焦机制建设,提升|整体高效协同水平。一是…: one title, 1726)
_PREDICATE_END = re.compile(
    "(?:增强|提升|提高|完善|加快|显现|凸显|增效|见效|推进|壮大|扩大|优化|改善|明显|显著|向好|稳定|发展|突破|加强)$"
)


def _led(text: str, k: int, cut: int) -> bool:
    """``text[k:cut]`` is a short headline sentence (no clause) whose items follow its full stop, after a title
    clause ending on its result."""
    return (
        LEAD_MIN <= cut - k <= LEAD_MAX
        and _ITEMS_AFTER.match(text, cut) is not None
        and _RESULT_END.search(text, k - 2, k) is not None
        and _PREDICATE_END.search(text, cut - 2, cut) is not None
    )


def _opens(text: str, start: int, k: int, shaped: bool) -> bool:
    """A sentence opens at ``k``: an adverb only after a theme and its phrase (a short title's adverb is its
    predicate: 农村基础设施建设不断加强)."""
    if any(p.match(text, k) for p in (_SUBJECT, _CONNECTIVE, _IS_SUBJECT)):
        return True
    # (作为 opens a paragraph unless the title governs it, 把农业农村高质量发展作为目标追求; surely when a subject
    # follows its phrase: 作为教育系统“领头人”,我始终…)
    if text.startswith("作为", k) and (_AS_SUBJECT.match(text, k) or not any(ch in "把将" for ch in text[start:k])):
        return True
    return shaped and _ADVERB.match(text, k) is not None


def scored_cut(text: str, start: int, cut: int, *, siblings_cut: bool = False) -> int:
    """The end of the title ``text[start:cut]`` when its paragraph runs on after it with no punctuation between
    them (the best-scored cut with evidence on both sides), else ``cut``. ``siblings_cut``: the heading's siblings
    were cut so (outline_runin_siblings): a title of their shape ending on its noun needs no opening word after it,
    and the last such cut before the paragraph's first comma wins (…“两翼一体”机制联动成效党建引领,…)."""
    if cut - start < TITLE_MIN + REST_MIN:
        return cut
    # (or a doc-store copy's blank before a spaced figure, the sentence going on: …退耕还林 xx 亩,占计划…)
    sentence_end = cut < len(text) and (text[cut] in "。；;！？!?" or _SPACED_FIGURE.match(text, cut) is not None)
    best, best_score = cut, 0.0
    for k in range(start + TITLE_MIN, min(cut - REST_MIN, start + TITLE_LONG) + 1):
        left, right = text[k - 1], text[k]
        if not ("\u4e00" <= left <= "\u9fff" or left in '”"〞') or left in _NO_END or right in _NO_START:
            continue
        if text[k - 2 : k] in _CONNECTIVE_ADVERBS:
            continue  # (the adverb goes with the connective after it: 紧紧|围绕)
        if quote_open(text, start, k):
            continue  # (inside a quoted name the title opened: 制定出台“加快|全市…实施意见, its mark lost or not)
        if not ("\u4e00" <= right <= "\u9fff" or right in 'xX×＊*_＿“"〝12'):
            continue
        rest = _COMMA.search(text, k, cut)
        if rest is None and not sentence_end:
            continue  # a heading line on its own: no paragraph after it
        if (rest.start() if rest is not None else cut) - k < 4:
            continue  # the paragraph's first clause is more than a word
        noun = _TITLE_END.search(text, k - 4, k) is not None or _steady(text, start, k)
        doubled = _doubled(text, start, k, cut)
        shaped = _shaped(text, start, k)
        opens = _opens(text, start, k, shaped)
        # (a one-sentence item names its words again and opens clauses with 全区, 积极…: only a title's shape, a
        # theme and one phrase, or one short phrase, makes a noun before an opening a title's end)
        plain = _COMMA.search(text, start, k) is None and k - start <= PLAIN_MAX
        year = _YEAR_IS.match(text, k) is not None
        # (a connective opening the paragraph after a theme and its phrase: the title ends there whatever its noun,
        # …构建城市综合管理指挥中枢根据市、区两级的统一部署,…)
        # (not after a modal verb that governs it: “十一五”期间,市级财政要根据…原则, a sentence going on)
        connective_opens = left not in _MODAL and _CONNECTIVE.match(text, k) is not None
        if connective_opens and _SUBJECT_CLAUSE.match(_COMMA.split(text[start:k])[-1]):
            continue  # (…,各项建设按照规划推进: the clause is the subject the connective's verb follows)
        connective = shaped and connective_opens
        titled = opens and (noun or connective) and (shaped or plain)
        # (a title of full clauses, a long theme and its result, before a connective: 坚持…为引领,拉开…新格局紧紧围绕…)
        clausal = connective_opens and noun and _clauses(text, start, k)
        if k - start > TITLE_MAX and not clausal:
            continue
        # (a title's last clause ending on its noun before the paragraph's headline sentence and its items; the
        # shortest such sentence is the headline: the clause before it is the title's)
        # (the title's last clause a subject and its result, 公共文化服务质量提高; a verb alone, 加快|推动…, is an
        # adverb going on into the clause: 深化…改革,加快推动…落地见效。一是…, 1282)
        comma = _COMMA.search(text, max(start, k - LEAD_MIN), k)
        led = noun and rest is None and _led(text, k, cut) and _COMMA.search(text, start, k) is not None
        led = led and comma is None
        if not (doubled or year or titled or clausal or led or (siblings_cut and noun and shaped)):
            continue
        score = 1.0 + noun + 1.5 * (doubled or year or led) + opens + 0.5 * shaped
        if score > best_score or ((siblings_cut or led) and score == best_score):
            best, best_score = k, score
    return best


def quote_open(text: str, start: int, k: int) -> bool:
    """A quote opened in ``text[start:k]`` is not closed there (a spinner's 〞 closes as ” does: “十一五〞)."""
    opened = text.count("“", start, k) + text.count("〝", start, k)
    return opened > text.count("”", start, k) + text.count("〞", start, k)


def _clauses(text: str, start: int, k: int) -> bool:
    """The title before ``k`` is two or three clauses of a title's length, the last a result of some length (围绕…建设,
    农业结构和基础设施不断完善,发展后劲得以增强), none a subject."""
    parts = _COMMA.split(text[start:k])
    return (
        2 <= len(parts) <= 3
        and all(CLAUSE_MIN <= len(p) <= CLAUSE_MAX for p in parts)
        and len(parts[-1]) >= RESULT_MIN
        and _SUBJECT_CLAUSE.match(parts[-1]) is None
    )


def shaped(text: str, start: int, k: int) -> bool:
    """The title ``text[start:k]`` is a theme or two and a phrase after them (for outline_runin_siblings)."""
    return _shaped(text, start, k)


def _shaped(text: str, start: int, k: int) -> bool:
    """The title before ``k`` is a short theme or two and a phrase after them (聚力聚焦,壮大新兴产业; 强化理论武装,
    筑牢思想根基,把稳教育发展政治方向)."""
    *themes, last = _COMMA.split(text[start:k])
    return 1 <= len(themes) <= 2 and all(2 <= len(t) <= 8 for t in themes) and len(last) >= 4
