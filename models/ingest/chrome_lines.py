"""Classifying lines of a saved web page: body text, page chrome (breadcrumb, share, print) or metadata header.

The rules are conservative: a line is chrome only when it is made entirely of chrome phrases (or
matches a whole-line chrome pattern such as a breadcrumb), and a header only when it is made
entirely of ``key: value`` fields. A body sentence that merely contains 来源 or 打印 stays body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from models.ingest.chrome_code import is_code_line
from models.ingest.chrome_spam import adult_title
from models.ingest.metadata_fields import normalise_spaces, parse_fields
from models.ingest.page_fields import PAGE_DAY

LineKind = Literal["body", "chrome", "header"]

_BRACKETS = r"[【\[［(（]?"
_CLOSE = r"[】\]］)）]?"
_SIZES = r"(?:超大|特大|大|中|小|加大|减小|放大|缩小|增大|默认|标准|\+|-|A\+|A-)"

# Whole-line chrome patterns (applied to the space-normalised, simplified line).
_OMISSION = re.compile(r"^(?:[.·…⋯。]{3,}|[…⋯]{2})$")  # a site's omission mark (…………, ......)
# a mirror's stamp written day first with its clock time (18.02.2015  15:14: 1970, 1272): Chinese writing puts the
# year first, so a day-first date is a foreign-built news mirror's posting time, never the report's
DAY_FIRST_STAMP = re.compile(r"^\d{1,2}([./])\d{1,2}\1(?:19|20)\d\d\s+\d{1,2}:\d\d(?::\d\d)?$")
# a site's greeting (您好,欢迎访问某某网!) and its date widget (今天是:2024年05月17日 星期五, or its date left empty)
_GREETING = r"(?:[您你]好\s*[,，!！]?\s*)?欢迎[您你]?(?:访问|光临|来到|浏览)[^，。；;\s]{1,30}[!！]?"
_TODAY = rf"今天是\s*[:：]?(?:\s*{PAGE_DAY}\s*(?:星期|礼拜|周)[一二三四五六日天](?:\s*农历\s*\S{{2,8}})?)?"
# a page's buttons in English (Previous Next: 2231; Print: 497; TOP: 1380), their blanks and bars maybe lost: a Chinese
# report never writes a line of them
_BUTTONS = re.compile(
    r"^(?:(?:Previous|Prev|Next|Print|Close|Top|Back|Home|Share|More|Menu|Search|Login|Register)\s*[|｜/]?\s*){1,6}$",
    re.IGNORECASE,
)
_WHOLE_LINE = [
    # breadcrumb with its label (a news page's ■ 本页位置: 首页新闻中心…, 1177), or a bare one starting at 首页/主页
    re.compile(
        r"^[■□●◆▶►•·]?\s*(?:[您你]?(?:当前|现在|目前|本页)?(?:所在|所处)?的?(?:所在)?位置|当前所在位置|你的位置|您所在的位置)"
        r"\s*[:：>].*"
    ),
    # the crumb's head after its column's name, empty (文件公告 所在位置:, 1235) or over crumbs from 首页 (1430, 1543)
    re.compile(
        r"^[\u4e00-\u9fff]{2,6}(?:\s+[A-Za-z]{1,8})?\s*(?:[您你]?(?:现在的|当前)?所在|[您你]?当前|[您你]现在的)位置\s*[:：]"
        r"(?:\s*首页\s*(?:>|＞|›|»|/).*)?$"
    ),
    re.compile(r"^(?:网站)?(?:首页|主页)\s*(?:[>›»→/]|&gt;).*"),
    # a short trail ending at the article's own page (某某文件 > 正文阅览, 政务动态 › 详情)
    re.compile(r"^[^。，,；;！!？?]{0,40}(?:>|&gt;|»|›)\s*(?:正文|正文阅览|详情|详情页|内容)$"),
    # the same trail, or a portal's menu bar, with blanks between its crumbs (首页 理论教育 某某回顾-某县年鉴)
    re.compile(r"^(?:网站)?首页(?:\s+[^\s。，,；;！!？?]{1,24}){1,8}$"),
    # an empty attachment line (附件： over download links); a bare 附件 opens an attachment page in 公文 layout
    re.compile(r"^附件\s*[:：]$"),
    # a portal's head of a list of links or files, alone on its line: its list is the page's, not the report's
    re.compile(
        r"^(?:(?:相关|关联)(?:稿件|文件|链接|附件)(?:链接|列表)?|(?:政策)?解读(?:文件)?链接|附件(?:列表|下载))\s*[:：]?$"
    ),
    # its label over the links to a policy's readings, left empty by the copy (政策解读: 1574, 相关解读: 1439, 1376)
    re.compile(r"^(?:相关|关联|政策|文件|图文|图片|图解|视频|专家|部门)?解读(?:文件|材料)?\s*[:：]$"),
    # editor / reviewer lines, with or without names
    re.compile(
        r"^(?:"
        + _BRACKETS
        # a news site's or paper's name may come first: (某某在线编辑:王某), 某某网责任编辑:
        + r"(?:本版|[\u4e00-\u9fff]{2,8}(?:网|在线|日报|晚报|新闻))?"
        # a news video's credits too (总监制:某 监制:某 责编:某), a portal's byline of its item (信息作者:某); a
        # portal's staff named by their desk or stage (网络编辑:某 ⏎ 信息审核:某: 2259; 初审编辑:某, 1693)
        r"(?:网络|网站|信息|文字|图片|视频|新媒体|初审|复审|终审)?"
        r"(?:责任编辑|编辑|审核|校对|审校|初审|复审|终审|核稿|签发|编审|监制|责编|美编|主编|值班编辑|"
        r"总监制|总编辑|总策划|策划|统筹|摄影|摄像|剪辑|信息作者)"
        r"\s*[:：]"
        r"[^。，,；;]{0,20}" + _CLOSE + r"\s*)+(?:[|｜]\s*)?$"
    ),
    # scan-with-phone and share widgets
    re.compile(r"^(?:手机)?扫一扫.{0,20}$"),
    re.compile(r"^(?:用)?手机(?:扫码|扫描二维码|打开|浏览|查看).{0,16}$"),
    re.compile(r"^分享到\s*[:：]?.{0,40}$"),
    # previous/next article links
    re.compile(r"^(?:[-–—•·▪■◆>»]\s*)?(?:上一篇|下一篇|上一条|下一条)\s*[:：].{0,80}$"),  # a list item's too (2056)
    # footer
    re.compile(
        r"^(?:版权所有|Copyright|©|主办单位|承办单位|维护单位|主办\s*[:：]|承办\s*[:：]|技术支持|网站标识码|网站地图)"
        r".{0,120}$",
        re.IGNORECASE,
    ),
    re.compile(r"^.{0,80}(?:ICP备|公网安备|备案号\s*[:：]?)\s*\d.{0,60}$"),
    # an image left as a markdown reference on its own line: ![](…jpg) (its brackets maybe normalised)
    re.compile(
        r"^![\[〔［【][^\]〕］】]{0,40}[\]〕］】]\s*\([^()\s]{1,300}\.(?:jpe?g|png|gif|bmp|webp)\)$", re.IGNORECASE
    ),
    # a rule drawn with dashes or equals signs between a page's parts (a plain-text copy's separator)
    re.compile(r"^(?:[-=_~*─━]\s*){8,}$"),
    # the same rule with its label written inside (------分隔线-----------: disc17 1538)
    re.compile(r"^(?:[-=_~*─━]\s*){3,}(?:分隔线|分割线|分界线)(?:\s*[-=_~*─━]){3,}$"),
    # a portal's search bar with its popular words (热门搜索: 养老保险  身份证办理, • 搜索热词: 社保 赫章)
    # (热点查询:长治黎城旅游, 1476: the newer words need their colon)
    re.compile(r"^[•·]?\s*(?:热门搜索|搜索热词|热门关键词|热搜词)\s*[:：]?(?:\s*\S{1,12}){0,8}$"),
    re.compile(r"^[•·]?\s*(?:热点查询|热门查询)\s*[:：](?:\s*[^\s，,。；;！!？?]{1,12}){0,8}$"),
    # a site's greeting and its IPv6 badge (您好,欢迎访问某某文档, 欢迎来到某某网!, 网站支持IPv6 某某政府 欢迎您!)
    re.compile(r"^(?:[您你]好\s*[,，!！]?\s*)?欢迎[您你]?(?:访问|光临|来到|浏览)[^，。；;]{1,30}[!！]?$"),
    # the greeting and the date widget on one line, either first (欢迎光临某某官方网站 今天是2024.04.30 星期二: 2280;
    # 欢迎光临某某网! 今天是: 1482; 今天是:2024年05月17日 星期五 欢迎光临某某区…: 588): today's date, frozen when saved
    re.compile(rf"^(?:{_GREETING}\s*{_TODAY}|{_TODAY}\s*{_GREETING})$"),
    # the site's name, then its greeting (伊金霍洛旗人民政府欢迎您!, 盘锦人大信息网欢迎您！: 1448, 1292)
    re.compile(r"^[^，。；;,！!？?：:]{2,30}?\s*欢迎[您你]\s*[!！]?$"),
    re.compile(r"^[^，。；;]{0,30}(?:网站|本站)支持\s*IPv6[^，。；;]{0,40}$", re.IGNORECASE),
    # an accessibility bar's notice and its colour tool (本站已启用无障碍浏览系统,欢迎点击访问!, 保护视力色:…)
    re.compile(r"^本站已?(?:启用|开通|支持)(?:无障碍|适老化)(?:浏览|阅读)?(?:系统|功能|服务|模式)[^。；;]{0,20}$"),
    re.compile(r"^(?:保护视力色|视力保护色)\s*[:：].{0,40}$"),
    # a portal's date widget: today's date and weekday after the site's name or its 今天是 label, frozen when the page
    # was saved (天津市静海区人民政府 2019年12月3日星期二 over a 2024 page, 1397; 今天是:2019年10月31日 星期三 农历…,
    # 1128); a bare date with its weekday is an e-paper's issue date (204) and a paper's masthead names a 报
    re.compile(
        r"^(?:今天是\s*[:：]?|[\u4e00-\u9fff]{2,20}(?:政府|网站|网|门户|人大|政协)\s*)\s*"
        rf"{PAGE_DAY}\s*(?:星期|礼拜|周)[一二三四五六日天]"
        r"(?:\s*农历\s*\S{2,8})?$"
    ),
    # a portal's weather widget: the day's date and weekday, then the temperatures and the air (2020年12月18日 星期五
    # -2℃~ -14℃ PM2.5 13mg/m³: 1378); no report writes a weekday beside a temperature range
    re.compile(
        rf"^{PAGE_DAY}\s*(?:星期|礼拜|周)[一二三四五六日天]\s*"
        r"[-−]?\d{1,2}\s*(?:℃|°C?)\s*[~～至/-]\s*[-−]?\d{1,2}\s*(?:℃|°C?)"
        r"(?:\s*(?:PM2\.5|AQI|空气质量)\s*[:：]?\s*\d{0,4}\s*(?:[μu]g|mg)?(?:/m[³3])?)?\s*\S{0,6}$",
        re.IGNORECASE,
    ),
    DAY_FIRST_STAMP,
    _BUTTONS,
    # a site's search box left as its label (站内检索:, 站内搜索)
    re.compile(r"^站内(?:检索|搜索)\s*[:：]?$"),
    # a news page's reading-time counter (本篇文章2875字,读完约7分钟, 全文共3200字，阅读大约需要8分钟)
    re.compile(
        r"^(?:本篇文章|本文|全文)共?\s*\d+\s*字\s*[,，]?\s*(?:读完|阅读)(?:大约|大概|约|需要|需)*\s*\d+\s*分钟$"
    ),
    # a site's omission mark on a line of its own (…………, ......): it says nothing of the report
    _OMISSION,
    # a doc store's empty label over the text it shows (文档简介: 1853, 文檔簡介: 1960, 文档介绍: 176, 897): a report
    # speaks of itself as no 文档 or 资源
    re.compile(r"^(?:文档|资源)(?:简介|介绍|描述)\s*[:：]?$"),
    # a public account's run of pointing hands, arrows or emoji between its parts (☟☟☟: 2121; 👇👇👇, ↓↓↓, ★★★): glyphs
    # and no word; the squares and circles a copy prints for lost or masked characters (□□□, ○○) are not among them
    re.compile(r"^(?:[\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]\ufe0f?\s*){2,}$"),
]

# Chrome phrases that may share a line with each other or with header fields.
_INLINE = re.compile(
    r"(?:^|(?<=[\s】\]］|｜]))(?:"
    + "|".join(
        [
            # 字体:【大 中 小】, 字体:【 默认 超大 | (a bracket's blank inside it, the bar's cell mark after it)
            _BRACKETS
            + r"(?:字体|字号|文字)\s*[:：]?\s*(?:"
            + _BRACKETS
            + r"\s*"
            + _SIZES
            + _CLOSE
            + r"\s*){1,4}"
            + _CLOSE,
            _BRACKETS + r"\s*(?:打印本页|打印本文|打印页面|打印整页|打印内容|打印正文|打印文章|打印|"
            r"关闭窗口|关闭本页|关闭|我要纠错|纠错|收藏本页|"
            r"收藏|返回顶部|返回首页|返回列表|返回|保存本页|视力保护色|分享|背景色|繁体|简体|繁體|无障碍|适老化|"
            r"设为首页|设为主页|加入收藏|联系客服|加入会员|我要投稿|以稿换稿)"
            r"\s*" + _CLOSE,
            r"扫一扫在?手机上?(?:查看|打开|浏览|阅读)?(?:当前|本)?(?:页面|页|文章)?",
            r"(?:[【\[［]\s*(?:大|中|小)\s*[】\]］]\s*){2,3}",
            # the three sizes in one bracket with no label (【小 中 大】: 2342, 1847): a font widget, no report's words
            r"[【\[［]\s*(?:大|中|小)(?:\s*(?:大|中|小)){2}\s*[】\]］]",
            r"(?:浏览|阅读|访问|点击)(?:次数|量|数)\s*[:：]?\s*\d*\s*次?",
            # the counter's label alone with its unit, the figure a script filled in lost (访问:次, 浏览: 次)
            r"(?:浏览|阅读|访问|点击)\s*[:：]\s*\d*\s*次",
            # or with no colon, parted by the blank the lost figure left (阅读 次: 2342, 1847)
            r"(?:浏览|阅读|访问|点击)\s+次",
            # a page's read-aloud tool (人工智能朗读:, 语音朗读, 智能朗读全文)
            r"(?:人工智能|智能|语音|在线)朗读(?:全文|本文)?\s*[:：]?",
        ]
    )
    + r")(?=$|[\s【\[［|｜])"
)
_SEPARATORS = re.compile(r"[\s|｜/·•]+")
# an image's file name left where the page showed the image (its alt or src text): report prose never holds one
_IMAGE_NAME = re.compile(
    r"[\w\-.]*\.(?:jpe?g|png|gif|bmp|webp|svg)(?![A-Za-z])"
    r"|!\s*[\[〔［【][^\]〕］】]{0,40}[\]〕］】]\s*\([^()\s]{0,300}\)",  # a markdown image (its source maybe lost)
    re.IGNORECASE,
)
_ICON = re.compile(r"^[\w\-.]+\.(?:jpe?g|png|gif|bmp|webp|svg)\s+", re.IGNORECASE)
_LINK_MARKS = re.compile(r"[\s|｜丨/·•>›»→]+")
_CLAUSE_MARK = re.compile(r"[，,。；;：:！!？?]")
_LINK_WORDS = 30  # characters: what a row of links (a tool bar, a breadcrumb) holds beside an image's name


IMAGE_LINE = "an image's file name (its neighbours are the text's)"


def omission_mark(text: str) -> bool:
    """A line that only marks an omission (……): chrome, but no tool bar (a table's elided cell may stand by it)."""
    return bool(_OMISSION.match(text.strip()))


def image_line(text: str) -> bool:
    """A line made of an image's file name and at most a few link words beside it (``图片1.jpg``, a tool bar's
    ``丨关怀版丨gablogo.png关爱版``, a breadcrumb's ``ico-crumb.png 首页 > …``, a share block's ``微信 ![]() |``): no
    clause of text, no attachment."""
    if not _IMAGE_NAME.search(text) or text.startswith("附件"):
        return False
    rest = _LINK_MARKS.sub("", _IMAGE_NAME.sub("", text))
    return len(rest) <= _LINK_WORDS and not _CLAUSE_MARK.search(rest)


@dataclass(frozen=True)
class LineClass:
    """How a line was classified, with its header and chrome parts (space-normalised)."""

    kind: LineKind
    header: str = ""
    chrome: str = ""


def classify_line(line: str) -> LineClass:
    """Classify one line (already free of pinyin annotations and simplified).

    Returns:
        ``body`` for report text, ``chrome`` for page furniture, ``header`` for a
        metadata line; a header line may carry chrome too (``发布时间:… 字体:加大 减小``),
        returned in ``chrome``.
    """
    text = normalise_spaces(line)
    if not text or (len(text) > 120 and "。" in text):
        return LineClass("body")  # a long line with a sentence end is a paragraph
    # an icon's file name a page left before its breadcrumb (dingwei.png 当前位置: > 要闻动态)
    bare = _ICON.sub("", text, count=1)
    for rx in _WHOLE_LINE:
        if rx.match(text) or (bare != text and rx.match(bare)):
            return LineClass("chrome", chrome=text)
    if image_line(text) or adult_title(text) or is_code_line(text):
        return LineClass("chrome", chrome=text)
    chrome_parts = [m.group().strip() for m in _INLINE.finditer(text)]
    residue = normalise_spaces(_INLINE.sub(" ", text)) if chrome_parts else text
    chrome = " ".join(p for p in chrome_parts if p)
    if chrome_parts and not _SEPARATORS.sub("", residue):
        return LineClass("chrome", chrome=text)
    # a counter's cell before the fields, parted by a bar (浏览量:286 | 发布时间:2024-06-12: 1852)
    residue = residue.strip(" |｜") if chrome_parts else residue
    if parse_fields(residue) is not None:
        return LineClass("header", header=residue, chrome=chrome)
    return LineClass("body")
