"""The marks and line shapes that re-joining wrapped lines reads: sentence ends, heading labels, printed width."""

from __future__ import annotations

import re

from models.ingest.photo_credits import closes_caption

_END = "。！？!?：:"
_QUOTES = "”」』’\"'"
_SOFT_END = "；;"
_OPENING = "《“（(【〔「『〈"
_CLOSING = "》”）)】〕」』〉，。、；！？,;"  # no line opens with these (a page writing ASCII marks too)
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}\s*[、.．](?!\d)|"
    r"第[一二三四五六七八九十]{1,3}(?:部分|章|节|篇)|[一二三四五六七八九十]是|——|[-•·●■◆★]|附件)"
)
_TITLE_END = re.compile(r"(?:报告|总结|计划|要点|方案|通知|意见|规划|决定|办法|规定)[)）》\]】]*$")
_SENTENCE = re.compile(r"[。；;！？!?]")


# the characters printed one column wide: below U+2000, less the ASCII marks a store rewrote from full-width
# punctuation (, ; : ! ? ( ): it was printed wide
_NARROW = re.compile(r"[\x00-\x20\x22-\x27\x2a\x2b\x2d-\x39\x3c-\x3e\x40-\u1fff]+")


def visual_width(text: str) -> int:
    """Printed width: two for a full-width character (or rewritten full-width punctuation), one for ASCII."""
    return len(text) + len(_NARROW.sub("", text))  # every character one column, the wide ones one more


# a space a PDF's text layer set between a Chinese character and a figure or Latin word (增加 6 万亿元, 2024 年): no
# printed column stands there
_WIDE = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
_LAYER_SPACE = re.compile(rf"(?<={_WIDE}) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z%.]) (?={_WIDE})")


def printed_width(text: str) -> int:
    """``visual_width`` of a line as it was printed: without the spaces a PDF's text layer put around its figures."""
    return visual_width(_LAYER_SPACE.sub("", text)) if " " in text else visual_width(text)


# a short note in brackets after a sentence's end: a live text's time stamp ([09:06]), an office in charge
# ((省商务厅负责)), an attachment's reference ((附件1)), applause ((掌声)); the sentence stays ended
_NOTE_AFTER_END = re.compile(r"(?<=[。！？!?])(?:\s*[\[(（【][^\[\]()（）【】]{1,12}[\])）】])+\s*$")


# a content farm's pictographs set after its sentences (…工作报告。🌟, …百分点。🌳🌬️: 1677), with their variation
# selectors and joiners: decoration, the sentence before them stays ended
_PICTOGRAPHS_END = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]+$")


# a table's or chart's unit label alone on its line (单位:亿元、%, 计量单位：万吨: 2361, 1432's tables): the caption's
# last line, never a clause a paragraph runs on from
_UNIT_LABEL = re.compile(r"^\s*(?:计量)?单位\s*[:：]\s*[^\s，,。；;:：]{1,12}\s*$")


def _ends_paragraph(line: str) -> bool:
    body = _NOTE_AFTER_END.sub("", _PICTOGRAPHS_END.sub("", line)).rstrip(_QUOTES)
    return bool(body) and (body[-1] in _END or closes_caption(body) or _UNIT_LABEL.match(body) is not None)


_RUN_IN = re.compile(r"[:：][^:：]*[，,、]")  # a run-in heading's text after its colon (定点屠宰:全县…完成0.9万头,其中)
_LAYOUT = re.compile(r"\S {2,}\S|[|｜]")  # a table row's cells or a page's columns


def _continues(line: str, nxt: str) -> bool:
    """No layout or English word stops ``line`` from running on into ``nxt``: a Latin letter ends it only in an
    anonymised name (《XX ⏎ 县…) or a Chinese sentence's acronym (其他RCEP ⏎ 国家, SO ⏎ 2同比), and one opens
    ``nxt`` only when that acronym or a placeholder figure (x.x%) carries on into Chinese text."""
    if not nxt or _HEADING.match(nxt) or nxt[0].isspace() or "\t" in line or "\t" in nxt:
        return False
    placeholder = _PLACEHOLDER_END.search(line) is not None
    acronym = _ACRONYM_END.search(line) is not None
    if line[-1].isascii() and line[-1].isalpha() and not (placeholder or acronym):
        return False
    return not (nxt[0].isascii() and nxt[0].isalpha()) or bool(
        _PLACEHOLDER_START.match(nxt) or (acronym and _ACRONYM_START.match(nxt))
    )


_PLACEHOLDER_END = re.compile(r"(?:^|[\u4e00-\u9fff《“（(、，,])[Xx]{1,4}$")
_PLACEHOLDER_START = re.compile(r"^[Xx]{1,4}(?:[.．][Xx\d]+)?[%％万亿]")
# an upper-case acronym inside a Chinese sentence, cut by the line's end
_ACRONYM_END = re.compile(r"[\u4e00-\u9fff“（(、，,][A-Z][A-Z0-9]{0,7}$")
_ACRONYM_START = re.compile(r"^[A-Z0-9]{1,8}(?=[\u4e00-\u9fff，,。、）)”])")

_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_CLAUSE = re.compile(r"[，,、；;。！？!?]")
_LABEL = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}\s*[、.．](?!\d))"
)
