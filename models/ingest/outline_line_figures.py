"""The blanks a PDF copy sets inside a long line beside figures and labels that are no line break: a label's dot
(``工程1 .巩固…``), a figure's counter (``1200 万元``), a figure of a list or a decimal amount (``增长 36.8、25%``)."""

from __future__ import annotations

import re

DIGITS = "0123456789０１２３４５６７８９"
# the counters and units written right after a figure
UNIT_AFTER = "年月日天周季时个倍万亿千百十元角分吨亩米人户家项件台辆头只名所座条次度成号期批届位级类种份处栋套"


# a PDF copy's blank beside a figure of a list or a decimal amount inside a clause (分别增长 36.8、25%…, 总投资
# 60.5亿元, …2‰、2.5‰ 予以最高…): the sentence goes on across it; a year (一、总体情况 2022年，…) or a label after it
# (…完成。 2.工业…) is no such figure
_FIGURE_AFTER = re.compile(r"(?:[0-9]+(?:\.[0-9]+)?[%％‰]?、[0-9]|[0-9]+\.[0-9]+[%％‰亿万千百])")
_FIGURE_BEFORE = re.compile(r"、[0-9]+(?:\.[0-9]+)?[%％‰]?$")


def listed_figure(text: str, gap: re.Match[str]) -> bool:
    """The single blank ``gap`` stands between Chinese and a listed or decimal figure, either side of it."""
    a, b = gap.start(), gap.end()
    if b - a != 1 or not ("\u4e00" <= text[a - 1] <= "\u9fff" or "\u4e00" <= text[b : b + 1] <= "\u9fff"):
        return False
    if "\u4e00" <= text[a - 1] <= "\u9fff":
        return _FIGURE_AFTER.match(text, b) is not None
    return _FIGURE_BEFORE.search(text[max(0, a - 12) : a]) is not None


def spaced_label_dot(text: str, at: int, blank: int, after: int) -> bool:
    """A single blank between an item number glued after Chinese or a stop and its dot (``工程1 .巩固…``,
    ``帮扶。2 .大力…``): a PDF copy's blank inside a label, no line break."""
    return (
        after - blank == 1
        and text[after : after + 1] in (".", "．")
        and blank - at >= 2
        and text[blank - 1] in DIGITS
        and ("\u4e00" <= text[blank - 2] <= "\u9fff" or text[blank - 2] in "。；;")
        and "\u4e00" <= text[after + 1 : after + 2] <= "\u9fff"
    )


def figure_before_counter(text: str, at: int, blank: int, after: int) -> bool:
    """A single blank between a figure glued to the words before it and its counter (``湛财农〔2021〕65 号``,
    ``资金1200 万元``): a PDF copy's figure spacing inside a sentence, never a line break the copy lost."""
    if after - blank != 1 or after >= len(text) or text[after] not in UNIT_AFTER:
        return False
    k = blank
    while k > at and text[k - 1] in DIGITS:
        k -= 1
    return 1 <= blank - k <= 4 and k > at and ("\u4e00" <= text[k - 1] <= "\u9fff" or text[k - 1] in "〕）)")
