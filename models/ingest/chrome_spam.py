"""Gambling adverts a hijacked mirror pasted inside body sentences (``围绕开云体育足球官网“三县…”``).

A hijacked copy of a government page carries a gambling site's name in place of a word or glued into a
sentence: a brand (two Chinese characters or a Latin/digit run), the game it sells (体育, 彩票, 投注 …) and a web
suffix (官网, 在线, app下载, the live 比分 …), sometimes with a colon after it. No report writes a game word and a
web suffix together, so the phrase is deleted (with its brand and its colon); the sentence around it reads as it was
written. A sport or lottery word with no web suffix (``体育彩票销售3亿元``, ``彩票网点``) is report text.
A brand written where a place's name stood (``北京市手机彩票网卫生健康委员会``: right after 省, 市, 县 …) stays:
deleting it would make the text name another body (the city's commission for a district's), and the
metadata reads the brand as the sign that the name is lost.
"""

from __future__ import annotations

import re

# the games a gambling site sells; the sports words need a strong web suffix, the betting words any
_SPORT = r"(?:体育|足球|篮球|电竞|真人|棋牌|娱乐)"
_BET = r"(?:彩票|博彩|投注|下注|百家乐|赌场|老虎机)"
_STRONG_SUFFIX = r"(?:官网|官方网站|在线|网址|入口|登录|注册|比分|[Aa][Pp][Pp])"  # 比分: a betting site's live scores
_ANY_SUFFIX = rf"(?:{_STRONG_SUFFIX}|网站|网(?![点络格民友上页])|平台|下载)"
_BRAND = r"(?:[A-Za-z0-9]{2,10}|[\u4e00-\u9fff]{2})?"
_PLACE_END = frozenset("省市县区州旗盟镇乡")
_SPAM = re.compile(
    rf"{_BRAND}(?:{_SPORT}+(?:{_BET}+)?{_STRONG_SUFFIX}|{_SPORT}*{_BET}+{_ANY_SUFFIX})"
    rf"(?:{_ANY_SUFFIX}|{_SPORT}|{_BET})*[:：]?"
)


def spam_spans(line: str) -> list[tuple[int, int]]:
    """The spans of ``line`` that are a gambling site's pasted name, in order."""
    return [(m.start(), m.end()) for m in _SPAM.finditer(line) if line[m.start() - 1 : m.start()] not in _PLACE_END]
