"""Spam pasted inside body sentences: gambling adverts (``开云体育足球官网``), a farm's planted claim, glyph or gloss.

A hijacked copy of a government page carries a gambling site's name in place of a word or glued into a
sentence: a brand (two Chinese characters or a Latin/digit run), the game it sells (体育, 彩票, 投注 …) and a web
suffix (官网, 在线, app下载, the live 比分 …), sometimes with a colon after it. No report writes a game word and a
web suffix together, so the phrase is deleted (with its brand and its colon); the sentence around it reads as it was
written. A sport or lottery word with no web suffix (``体育彩票销售3亿元``, ``彩票网点``) is report text.
A brand written where a place's name stood (``北京市手机彩票网卫生健康委员会``: right after 省, 市, 县 …) stays:
deleting it would make the text name another body (the city's commission for a district's), and the
metadata reads the brand as the sign that the name is lost.
A site's name glued to ``app官网`` and the words of a download page (``伟德app官网下载苹果版安装``,
``爱游戏全站app官网入口``) is the same advert with no game word: report prose never runs a Latin ``app`` into ``官网``.
A gambling site's page title pasted whole, its search phrases joined by underscores
(``365体育投注_365体育直播-竞猜网投``), is deleted from its brand to its last web word: report prose never joins
words with an underscore.
"""

from __future__ import annotations

import re

from models.spans import merged

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

# a site's app download page: its brand, app官网 and the page's words (1285, 1613, 283)
_APP_SPAM = re.compile(
    rf"{_BRAND}[Aa][Pp][Pp](?:官网|官方网站)(?:下载|入口|登录|注册|在线|网址|(?:苹果|安卓|手机|最新|官方)版(?:本)?|安装)*[:：]?"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


# A content farm's stamp planted inside a sentence of the copy it serves: its copyright claim, often splitting a word
# (社会主好范文版权所有!义新农村: 871), or a foreign glyph set between two Chinese characters (对ณ当前, 到❤3月,
# 这一웃任务: 1450). A report claims no copyright mid-sentence, and never writes a Thai letter, a Hangul syllable or a
# heart inside a Chinese word. The claim goes only when the farm says it is a site (网, 站, 文库, 范文, 文档) or
# ends it with ``!``, and the characters either side of it make a word once it is gone (主…义): evidence of where
# the farm's name begins.
_CLAIM = re.compile(r"(?<=[\u4e00-\u9fff])([\u4e00-\u9fff]{1,8}?)版权所有([!！]?)(?=[\u4e00-\u9fff])")
_SITE_NAME = re.compile(r"网|站|文库|范文|文档")
_GLYPH = (
    "\u0e00-\u0e7f\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3"  # Thai, Hangul
    "\u2639\u263a\u263b\u2661\u2665\u2763\u2764\u2765\U0001f300-\U0001faff"  # faces, hearts, emoji
)
_PLANTED_GLYPH = re.compile(rf"(?<=[\u4e00-\u9fff])[{_GLYPH}]{{1,3}}(?=[\u4e00-\u9fff0-9])")
# A farm's English gloss of a Chinese term, its words run together without their blanks
# (新型农村合作医疗(thesystemofruralcooperativemedicalandhealthcareservices)工作: 2142): no writer runs English
# words together, an acronym is capitals (GDP, PPP, MOTOR-DA), an address has dots, a product's CamelCase name is
# short; a gloss written with its blanks (“一带一路”(the Belt and Road Initiative)) is the author's and stays.
_SQUEEZED_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff”\"])[(（]([A-Za-z]{20,})[)）](?=[\u4e00-\u9fff，,。；;、：:])")


def planted_spans(line: str) -> list[tuple[int, int]]:
    """The spans of ``line`` that are a content farm's claim, glyph or squeezed English gloss planted inside a
    sentence."""
    spans = [(m.start(), m.end()) for m in _PLANTED_GLYPH.finditer(line)]
    for m in _SQUEEZED_GLOSS.finditer(line):
        word = m.group(1)
        if sum(ch.islower() for ch in word) >= 0.8 * len(word) and not re.search(r"[A-Z]{2}", word):
            spans.append((m.start(), m.end()))
    if "版权所有" not in line:
        return spans
    from models.ingest.metadata_words import _common_words, _two_letter_words

    for m in _CLAIM.finditer(line):
        name = m.group(1)
        if not (m.group(2) or _SITE_NAME.search(name)):
            continue
        start = m.start(1) + len(name)  # where the claim's name ends
        seams = {start - k: line[start - k - 1] + line[m.end()] for k in range(1, len(name) + 1)}
        seams = {i: w for i, w in seams.items() if w in _two_letter_words()}
        if len(seams) > 1:  # 主…义 or 文…义: the word the text uses often
            seams = {i: w for i, w in seams.items() if w in _common_words()}
        if len(seams) == 1:
            spans.append((next(iter(seams)), m.end()))
    return sorted(spans)


def spam_spans(line: str) -> list[tuple[int, int]]:
    """The spans of ``line`` that are a gambling site's pasted name, in order."""
    # an app advert inside a sentence (the text runs on after it); one ending the line is a page title's label, the
    # title rules' to judge
    found = [*_SPAM.finditer(line), *(m for m in _APP_SPAM.finditer(line) if _CJK.match(line, m.end()))]
    spans = [(m.start(), m.end()) for m in found if line[m.start() - 1 : m.start()] not in _PLACE_END]
    spans = merged(spans)
    if "_" in line:
        spans = merged(spans + _chain_spans(line))
    return spans


# A gambling site's page title pasted whole: its search phrases joined by underscores (and dashes), each a
# brand, a game and a web word (365体育投注_365体育直播-竞猜网投: 1755; beat365官方网站手机版_365三式投注_…: 1367;
# 1165, 260). Report prose never joins words with an underscore; the chain's first phrase starts at its brand
# (a Latin or digit run) and its last ends at a web word, so the words of the sentence on either side stay.
_WORD = r"[A-Za-z0-9\u4e00-\u9fff]+"
# a run of words and joins, tried once from its start (a line's long runs are read once each)
_CHAIN = re.compile(rf"(?<![A-Za-z0-9\u4e00-\u9fff_\-])[_\-]*{_WORD}(?:[_\-]+{_WORD})*")
_GAME = re.compile(rf"{_SPORT}|{_BET}|网投|竞猜|[Bb][Ee][Tt]")
_WEB_END = re.compile(
    rf"^[A-Za-z0-9]*[\u4e00-\u9fffA-Za-z0-9]{{0,12}}?(?:{_STRONG_SUFFIX}|网站|平台|下载|直播|网投|应用|手机版|多少|封号)+"
)
_BET_WORD = re.compile(rf"{_BET}$")  # a betting word ending the chain's first phrase
_TAIL = re.compile(rf"(?:[¥￥$]?(?:{_STRONG_SUFFIX}|网站|网|平台|下载|游戏|手机版|直播))*[:：]?")
# a brand's Latin or digit run, never a figure with its unit (2009年365三式投注: the year is the sentence's)
_BRAND_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?![A-Za-z0-9]|[年月日号届次个项万亿元%])")


def _chain_spans(line: str) -> list[tuple[int, int]]:
    """The underscore-joined chains of ``line`` that are a gambling site's page title."""
    spans: list[tuple[int, int]] = []
    for m in _CHAIN.finditer(line):
        chain = m.group().lstrip("_-")
        if "_" not in chain:
            continue
        parts = re.split(r"[_\-]+", chain)
        first, last = parts[0], parts[-1]
        # the first phrase from its brand: the first Latin or digit run whose phrase names a game or a web word
        starts = [
            b.start()
            for b in _BRAND_START.finditer(first)
            if _GAME.search(first[b.start() :]) or _WEB_END.match(first[b.start() :])
        ]
        if not starts and m.group() == line.strip() and _GAME.search(first):
            starts = [
                0
            ]  # the whole line is the chain, its brand in Chinese (雷速体育_188比分直播-在线app下载: 1897, 335)
        if not starts and (bet := _BET_WORD.search(first)):
            # a Chinese brand before a betting word opens the chain inside a sentence
            # (受最新老虎机_即时比分网…委托: 1827), the brand's two characters as _SPAM reads them
            starts = [max(0, bet.start() - 2)]
        end = _WEB_END.match(last)
        if starts and end is None and _whole_title(line, m.group(), parts):
            spans.append((m.start(), m.end()))
            continue
        if not starts or end is None or not _GAME.search(m.group()):
            continue
        stop = m.end() - len(last) + end.end()
        # the page title's last words a money sign split from the chain (…比分网¥游戏手机版平台), its colon too
        stop = _TAIL.match(line, stop).end()  # type: ignore[union-attr]
        spans.append((m.end() - len(chain) + starts[0], stop))
    return spans


def _whole_title(line: str, chain: str, parts: list[str]) -> bool:
    """The whole line is a gambling site's page title ending on its brand and game, its web word in a middle phrase
    that ends on it (欧洲足球锦标赛_靠谱的滚球app下载-外围体育: 2425)."""
    if chain != line.strip() or len(parts) < 3 or not _GAME.search(parts[-1]):
        return False
    return any(_WEB_END.fullmatch(p) for p in parts[1:-1])


# A hijacked domain's own page title pasted over the copied report: a string of adult-video search words joined
# by underscores or bars (久久…精品亚洲78_国产一区…_伊人久久大香线蕉…), or a video's catalogue code with its
# actress and 在线 (SSNI-242吉沢明歩在线). No report line holds three such words with no sentence mark.
_ADULT = re.compile(
    r"久久|亚洲|欧美|日韩|内射|麻豆|无码|有码|伊人|大香蕉|午夜|一区|二区|三区|[Aa][Vv](?![A-Za-z])|在线观看|在线播放|"
    r"国产|精品|视频|影院|高清|成人|免费"
)
_STRONG_ADULT = re.compile(r"久久|亚洲|欧美|日韩|内射|麻豆|无码|伊人|大香蕉|午夜|一区|二区|[Aa][Vv](?![A-Za-z])")
_REGIONS = frozenset(("亚洲", "欧美", "日韩"))  # strong words a report may say of its markets
_VIDEO_CODE = re.compile(r"^[A-Z]{2,6}-?\d{3,4}[\u3040-\u30ff\u4e00-\u9fff]{2,8}(?:在线|观看|播放|视频)\S{0,6}$")
_CLAUSE_MARK = re.compile(r"[。；;，,：:！!？?]")


def adult_title(line: str) -> bool:
    """The line is a hijacked domain's adult-video title (its search words, or a video's code and 在线)."""
    text = line.strip()
    if _VIDEO_CODE.match(text):
        return True
    if len(text) > 160:
        return False
    if _CLAUSE_MARK.search(text):
        # the search words may come as a list of short phrases set apart by commas (黄色片一级免费,国产网址在线,亚洲午夜
        # 网站,…: disc17 1543; 精品一区二区三区在线观看视频,…: 1430); a sentence has a clause longer, or another mark
        phrases = re.split(r"[,，]", text)
        if _CLAUSE_MARK.search(re.sub(r"[,，]", "", text)) or len(phrases) < 3 or max(map(len, phrases)) > 30:
            return False
        if not set(_STRONG_ADULT.findall(text)) - _REGIONS:
            return False  # a report lists its markets with commas (拓展亚洲和欧美市场): a strong word besides a region
    return len(_ADULT.findall(text)) >= 4 and len(set(_STRONG_ADULT.findall(text))) >= 2
