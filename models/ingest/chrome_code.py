"""A page's script and style sheet left in a text copy: a line of JavaScript or CSS is page chrome, never report text.

A page saved as text with its tags stripped keeps what its ``<script>`` and ``<style>`` elements held
(``var _hmt = _hmt || [];``, ``s.parentNode.insertBefore(hm, s);``, ``line-height: 32px;``,
``table.cssTable .cssTdTitle{FONT-WEIGHT: bolder; …}``, ``// 执行实例的init方法``). A line is code when, with its
string literals and trailing comment set aside, what is left is written in the syntax of code and in ASCII:
a statement (a keyword, an assignment or a method call, ending as a statement ends), CSS declarations whose
properties are CSS's own, a selector opening a rule, a lone brace or a comment line. Report prose has
Chinese text outside quotes, so it never reads as code; a line of figures (``2.4%;``) names no property.
"""

from __future__ import annotations

import re

_STRING = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")
_TRAILING_COMMENT = re.compile(r"(?<![:/])//.*$|/\*.*?\*/")
_COMMENT_LINE = re.compile(r"^\s*(?://|/\*|\*/)")
_BRACES = re.compile(r"^[\s{}()\[\];,]*[{}][\s{}()\[\];,]*$")
_PROSE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){3}")  # four words in a row: an English sentence, not a statement
_CSS_PROPERTY = (
    r"(?:min-|max-)?(?:width|height)|margin(?:-\w+)?|padding(?:-\w+)?|border(?:-\w+)*|font(?:-\w+)?|color|"
    r"background(?:-\w+)?|text-(?:align|decoration|indent|overflow)|line-height|letter-spacing|display|float|"
    r"clear|position|top|left|right|bottom|z-index|overflow(?:-[xy])?|opacity|cursor|valign|align|"
    r"vertical-align|white-space|list-style(?:-\w+)?|zoom|filter|outline|box-sizing|content|visibility"
)
_DECLARATION = rf"(?:{_CSS_PROPERTY})\s*[:=]\s*[^;{{}}:=]*"
_CSS = re.compile(
    rf"^(?:[\w.#*>:\s,\-\[\]=]*\{{)?\s*(?:{_DECLARATION}(?:;\s*|$))+\s*\}}?\s*$",
    re.IGNORECASE,
)
_SELECTOR = re.compile(r"^[.#]?[A-Za-z][\w\-]*(?:\s*[\s.#>:,]\s*[A-Za-z][\w\-]*)*\s*\{\s*$")
_KEYWORD = re.compile(r"\b(?:var|let|const|function|return|if|else|new|typeof)\b")
_CALL = re.compile(r"(?:[\w\])]|^\$)\s*\.\s*[A-Za-z_$][\w$]*\s*\(|^\$\(")
_ASSIGN = re.compile(r"^[\w$.\[\]]+\s*=[^=]")
_STATEMENT_END = re.compile(r"(?:[;{},(]|\)\s*)$")
_CJK_PUNCTUATION = re.compile(r"[，。、；！？“”]")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def is_code_line(line: str) -> bool:
    """A line of a page's script or style sheet (see the module's docstring)."""
    text = line.strip()
    if not text:
        return False
    if _COMMENT_LINE.match(text):
        return not text.startswith("//www.") and len(text) <= 120
    if _CSS.match(text) and not _CJK_PUNCTUATION.search(text):
        return True  # a font's name may be Chinese (FONT-FAMILY: 宋体), a clause never stands in a declaration
    bare = _TRAILING_COMMENT.sub("", _STRING.sub('""', text)).strip()
    if not bare or _CJK.search(bare) or not bare.isascii():
        return False
    if _BRACES.match(bare) or _SELECTOR.match(bare):
        return True
    if not _STATEMENT_END.search(bare) or _PROSE.search(bare):
        return False
    return bool(_KEYWORD.search(bare) or _CALL.search(bare) or _ASSIGN.match(bare))
