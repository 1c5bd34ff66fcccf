"""Page debris judged line by line: a line only a web page or a doc store would print (links, crumbs, tool bars,
a store's listing), and the section sentences that name a site yet are the document's own."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.clean_edges import is_crumb_line, is_menu_row
from models.ingest.clean_prelude import HEADING
from models.ingest.clean_site_words import SITE_WORDS, TOOL_WORDS, site_word_count, tool_coverage, weak_count
from models.ingest.inline_debris import OMISSION, PAGE_MARKER
from models.ingest.metadata_candidates import REPORT_END
from models.ingest.page_ticker import is_ticker
from models.ingest.rejoin import visual_width

# script delimiters, attributes written as markup writes them, a code fence's marks
_CODE_DEBRIS = re.compile(r"<%|%>|<\?php|\?>|\b[A-Za-z][\w-]*\s*=\s*\"[^\"]*\"|^[`~^]{1,6}$")
_FILE_SIZE = re.compile(r"\d+(?:\.\d+)?\s*[KMG]B(?![A-Za-z])", re.IGNORECASE)
# a page's counter: a count word and its number (or a dash for none yet), set apart by blanks
_COUNTER = re.compile(r"(?:下载|浏览|收藏|点赞|评分|阅读|评论|访问)\s*[:：]?\s*(?:\d+|-)(?=\s|$)")
_ITEM = re.compile(r"^\s*\d{1,2}\s*[、.．]\s*\S")  # a numbered item: a notice lists its attachments so
_SENTENCE = re.compile(r"[，,。；;！!？?]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_REPORT_WORD = REPORT_END  # a line that ends naming a kind of report (with brackets after it)


# (formats) a section of the document naming a site: `四、项目在…网站上（http://…）进行在线申报。`
_SECTION_LABEL = re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、．]")


def is_section_sentence(line: str) -> bool:
    """A sentence under a 公文 section label (一、): the document's own text, never a page's links."""
    text = line.strip()
    return bool(_SECTION_LABEL.match(text)) and len(_CJK.findall(text)) >= 20 and text.endswith("。")


# a web address a sentence gives in brackets after its own words (not a markdown link's ](…))
_WEB_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])[(（]\s*(?:https?://|www\.)[^()（）\s]{1,80}\s*[)）]")
_LIST_MARK = re.compile(r"^\d{1,2}\.\s+(?=\S)")
_CRUMB_HEAD = re.compile(r"^(?:[您你]的?)?(?:当前|所在)的?位置\s*[:：]")


# a file's name closing a line: a store's page title, a portal's link to its table (…决算报表.xls: disc19 1739)
_ATTACHED = re.compile(r"附件\s*\d*\s*[:：]")
_NUMBERED_FILE = re.compile(r"号\.[A-Za-z]+$")
_FILE_TITLE = re.compile(r"\.(?:docx?|pdf|wps|txt|xlsx?|et|ofd)$", re.IGNORECASE)


def is_page_debris(line: str, *, edge: bool = True) -> bool:
    """A line that only a web page or a doc store would print.

    Args:
        line: the line.
        edge: True before the body or after its last paragraph, where a row of short cells is a
            bar of links; inside the body such a row is a table and stays.
    """
    text = line.strip()
    if edge and is_ticker(text):
        return True  # a news site's ticker of its latest headlines over the article (2078)
    if edge and (listed := _LIST_MARK.match(text)):
        crumb = text[listed.end() :]  # a site's breadcrumb set as a numbered list (<ol>: 1. 当前位置: ⏎ 2. 首页 > …)
        if is_crumb_line(crumb) or _CRUMB_HEAD.match(crumb):
            return True
    unmarked = OMISSION.sub("", PAGE_MARKER.sub("", text))
    if unmarked != text and len(_CJK.findall(unmarked)) >= 6:
        text = unmarked.strip()  # a store's page marker or paywall notice inside text: the rest decides (it is cut)
    if text.endswith(("。", "！", "？")):
        aside_free = _WEB_ASIDE.sub("", re.sub(r"[(（][^()（）]{0,20}[)）]", "", text))
        if aside_free != text and not site_word_count(aside_free) and len(_CJK.findall(aside_free)) >= 4:
            # a sentence naming a site word only in an aside: 工作成效(VIP)明显。, 上传本委网站(http://….com)。
            return False
    if text.endswith("-->") and not _SENTENCE.search(text):
        return True  # a commented-out block's text closed by the comment's mark (…content_127222.html …/enpproperty-->)
    if not _CJK.search(text) and _CODE_DEBRIS.search(text):
        return True  # a server page's script or markup left in the text (%@LANGUAGE="VBSCRIPT" CODEPAGE="65001"%>)
    if len(text) <= 80 and _FILE_SIZE.search(text) and re.search(r"下载|\d\s*页", text) and "。" not in text:
        return True  # a doc store's listing: the file's size with its pages or a download button (30 页 4.6 MB下载文档)
    if len(_COUNTER.findall(text)) >= 3 and not _SENTENCE.search(text):
        return True  # a doc store's listing: the file's counters (下载0 浏览106 收藏0 点赞0), whatever words lead it
    cells = [c.strip() for c in re.split(r"[|｜]", text)]
    if edge and len(cells) >= 3 and all(len(c) <= 14 and not _SENTENCE.search(c) for c in cells):
        return True  # a bar of links
    if edge and is_crumb_line(text):
        return True  # a breadcrumb, or its second line
    if edge and is_menu_row(text):
        return True  # a site's menu, its links set apart by blanks
    if edge and len(cells) >= 3 and tool_coverage(text) >= 0.9 and "。" not in text:
        return True  # a tool bar whose cells say more (已收藏,点击取消收藏 点击收藏)
    if is_section_sentence(text):
        return False  # (formats) a section sentence naming a site is the document's, not the page's
    n_site = site_word_count(text)
    n_weak = weak_count(text)
    compact = _compact(text)
    attached = _ATTACHED.match(text) and not _NUMBERED_FILE.search(text)
    if _FILE_TITLE.search(text) and len(text) <= 80 and not _ITEM.match(text) and not attached:
        return True  # a doc store's page title is the file's name (a numbered or 附件 one is a notice's attachment;
        # one named by its 文号 is the original's scan, whose number the header reads: test_metadata_families)
    if n_site >= 2 and len(text) <= 200:
        return True
    if n_site >= 1 and (n_weak >= 1 or SITE_WORDS.match(text)) and len(text) <= 200:
        return True
    if n_site >= 1 and (len(compact) <= 30 or not _SENTENCE.search(text)) and not _REPORT_WORD.search(text):
        return True
    if n_weak >= 1 and len(compact) <= 16 and not _SENTENCE.search(text) and not _REPORT_WORD.search(text):
        # 下载 相关 举报 (a bar of tools) / 紫微星座网首页 (a link home)
        return (tool_coverage(text) >= 0.6 and not HEADING.match(text)) or text.endswith("首页")
    if len(compact) <= 24 and "\t" not in text and tool_coverage(text) >= 0.75 and not HEADING.match(text):
        leftover = _CJK.findall(TOOL_WORDS.sub("", compact))
        return not leftover and bool(re.search(r"[\u4e00-\u9fff【】〖〗#>»|×]", compact))
    # thumbnail captions of a doc store: "<title>.docx_第3页", "第1页 / 共4页", "- 20.63 KB"
    return bool(
        re.search(r"_第\s*\d+\s*页$|^第\s*\d+\s*页\s*/?\s*共\s*\d+\s*页$|^[-–—]\s*\d+(?:\.\d+)?\s*[KM]B$", text)
    )


_CLAUSE = re.compile(r"[，,、；;]")  # a clause's marks inside a line of prose
_WRAP_SLACK = 4  # half-width cells: a hard wrap's lines are of one printed width, give or take a mark


def wrapped_debris(line: str, after: str) -> bool:
    """Page debris on a line that is no hard-wrapped line of a paragraph: a line cut at the width of the line
    after it, mid-sentence, is judged with that line (a farm's label run into the opening, then wrapped at 36
    cells: ``2020年某局工作总结范文2021年是…的一个重要`` ⏎ ``里程碑。根据…``): the paragraph stays, its text is
    no debris."""
    line, after = line.strip(), after.strip()
    if not is_page_debris(line):
        return False
    if not after or len(line) < 20 or line[-1] in "。！？!?:：；;" or _SENTENCE.search(line[-1]):
        return True
    if not _CLAUSE.search(line) or is_page_debris(after):
        return True  # a menu or a link cut at the width by chance says no clause (首页走进某县新闻中心…)
    if abs(visual_width(after) - visual_width(line)) > _WRAP_SLACK or HEADING.match(after):
        return True
    return is_page_debris(line + after)


_SENTENCE_END = re.compile(r"[。！？!?]")
_OWN_PARAGRAPH = 20  # characters: a paragraph of the report before a notice glued to it
_NOTICE_SENTENCE = 80  # characters: a site's notice is one short sentence or a few


def notice_tail(line: str) -> int | None:
    """Where a site's notice glued to the end of a paragraph starts (…作出新的更大贡献。(吴越) 该文观点仅代表作者
    本人,…如有侵权,请联系本网及时删除。), or None: the line's last sentences each say what only a site says (a
    byline in brackets goes with them), and what precedes them is a paragraph of the report (twenty characters or
    more, ending its sentence, no site word of its own). The paragraph stays, the notice is cut. Read after the
    text has begun only: before it, a line holding a site's words is the site's blurb, whatever it opens with."""
    text = line.rstrip()
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
    if bounds[-1] < len(text):
        bounds.append(len(text))
    cut = None
    for k in range(len(bounds) - 1, 0, -1):  # from the last sentence back, while each is the site's
        sentence = text[bounds[k - 1] : bounds[k]].strip()
        if len(_compact(sentence)) > _NOTICE_SENTENCE or not (site_word_count(sentence) or weak_count(sentence)):
            break  # (a long sentence holding a site word is the text a farm's blurb was run into: 270)
        cut = bounds[k - 1]
    if not cut:
        return None
    head = text[:cut].strip()
    if len(_compact(head)) < _OWN_PARAGRAPH or site_word_count(head) or is_page_debris(head):
        return None
    if not site_word_count(text[cut:]):
        return None
    while cut < len(text) and text[cut].isspace():
        cut += 1
    return cut
