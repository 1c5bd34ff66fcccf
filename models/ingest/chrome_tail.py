"""The page's end after the report's last paragraph: its link lists, tags, sidebar and footer, decided in one place.

Below the report's last paragraph a page prints what only a page prints: the articles listed under a list's head
(``相关文章``), a sidebar's links, a portal's footer (its name, mailbox, a row of links in any separator). The report's
own closing lines stand there too: a signature (an office's name), a date, a bracketed 公开 note, a 附件 or 抄送 line.
One classifier judges that block from two kinds of evidence: what a line is (a short label without a sentence mark,
a link with its date, one of the report's own lines) and where it stands (under a list's head, in a run of labels
reaching the page end, below or between the footer's chrome lines).
"""

from __future__ import annotations

import re

from models.folding import compact
from models.ingest.chrome_pages import PAGE_FURNITURE
from models.ingest.clean_prelude import HEADING
from models.ingest.clean_site_words import tool_coverage
from models.ingest.metadata_candidates import REPORT_END
from models.ingest.metadata_dates import find_dates

__all__ = ["last_paragraph", "page_tail"]

_SENTENCE = re.compile(r"[，,。；;！!？?]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_RATE = re.compile(r"\d\s*[%％‰]")
_NUMERALS = re.compile(r"[\d〇○一二三四五六七八九十]{2,}|\d")
_LABEL_MAX = 30  # characters: a footer's line (a portal's name, a row of links) is never a paragraph
_LINK_MAX = 10  # characters: a sidebar link's label (流动党员之家, 机关党建)
_LINKS_MIN = 3  # labels: a run this long closing the page is its links, with no chrome line among them
_LISTED_MAX = 40  # characters: an article's title listed under a list's head
_BAR = re.compile(r"[|｜]")  # a row of cells under a row of cells is a table's, not a bar of links
# what a portal's footer line says: links set apart by bars, a Latin tag (IPv6, ICP), a site's name or its mailbox
# or its owner's contact fields (版权所有 地址:…, 电话:… 传真:…)
_PORTAL = re.compile(
    r"[|｜]|[A-Za-z]{2,}|(?:网|网站|门户|邮箱|信箱|平台|地图|热线)(?=\s|$)|版权所有|(?:地址|传真|邮编)\s*[:：]"
)
_PORTAL_WORD = re.compile(r"网站|门户|邮箱|信箱|网站地图|热线")  # a portal names itself in its footer
# the report's own closing lines: a signature (an office's name), a 公开 note in brackets, a 附件 line; a web
# site (国务院部门网站, 区县政府网站) is a portal's link, never an office signing (a 站 is: 农技站, 气象站)
_SIGNATURE = re.compile(
    r"(?:委员会|办公室|办公厅|政府|局|委|中心|厅|院|部|处|科|所|(?<!网)站|镇|乡|街道|公司|小组|党委|党组)$"
)
_OWN_NOTE = re.compile(r"^[(（【\[].*[)）】\]]$|^附件|^抄送|^主题词|^联系人|^印发")
_LIST_HEAD = re.compile(
    r"相关(?:文章|链接|阅读|新闻|推荐|文档)|猜你喜欢|延伸阅读|热门(?:文章|推荐|新闻|排行|文档)|精彩推荐|推荐阅读|"
    r"最新(?:文章|发布|动态|文档)|友情链接|新闻推荐|推荐新闻|相关报道|更多新闻|"
    r"附件下载|下载附件|"  # a portal's download links to the files the text's own 附件 list names (1376)
    # a link to more of the site's items on the subject (更多关于 大连 的邮政新闻: disc21 1880; 更多 今日话题: 943)
    r"更多(?:关于)?[\u4e00-\u9fff]{0,10}?的?(?:新闻|信息|资讯|文章|报道|动态|话题)"
)
_TEASER_CUT = re.compile(r"(?:\.{3,}|…+|⋯+)$")  # a listed item's teaser the list cut short (…,1月...)
# a page's prev/next label alone on its line (上一篇： ⏎ its article's title): the one line under it is its link
_PREV_NEXT = re.compile(r"(?:上一|下一)(?:篇|条|页)\s*[:：]?")
_INNER_BAR = re.compile(r"\S\s*[|｜]\s*\S")  # a bar between two cells: a table's row (a menu's item ends with its bar)
_LINK_DATE = re.compile(r"[\[(（]?(?:19|20)\d\d[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?[\])）]?$")


def last_paragraph(lines: list[str], start: int) -> int:
    """The last line of the body that ends a paragraph; ``len(lines)`` when there is none.

    A long line with a full stop does; in a text wrapped short (a PDF's copy, no line reaches 30
    characters) the last line ending in a full stop does.
    """
    n = len(lines)
    found = max((i for i in range(start, n) if len(lines[i]) >= 30 and "。" in lines[i]), default=n)
    if found == n:
        found = max((i for i in range(start, n) if len(lines[i]) >= 10 and lines[i].rstrip().endswith("。")), default=n)
    if found == n:  # an excerpt cut mid-sentence: its last long line of sentences
        found = max((i for i in range(start, n) if len(lines[i]) >= 30 and _SENTENCE.search(lines[i])), default=n)
    return found


def _label(line: str) -> bool:
    """A short line of words a page prints, not the report's own closing line (signature, date, note, heading)."""
    text = compact(line)
    return (
        2 <= len(text) <= _LABEL_MAX
        and len(_CJK.findall(text)) >= 2  # a page's labels are words; 82% is a paragraph's tail a paywall cut
        and not _RATE.search(text)
        and not _SENTENCE.search(text)
        and not find_dates(line)
        and not HEADING.match(text)
        and (not _SIGNATURE.search(text) or tool_coverage(text) >= 1.0)  # 回到顶部 ends as 局部 does: a tool
        and not _OWN_NOTE.search(text)
        and not REPORT_END.search(text)
    )


# a page widget's Latin word alone on its line (a map's Baidu ⏎ map, a button's Print, TOP): a word of three letters or
# more in lower or mixed case (a masked name XX, a code NN stays a label's business, not this)
_WIDGET_WORD = re.compile(r"[A-Za-z][a-z]{2,11}|[A-Z]{3,6}")


def _widget_word(line: str) -> bool:
    """A widget's Latin word under the text (``Baidu``, ``map``): it joins the footer block as a label does."""
    return _WIDGET_WORD.fullmatch(compact(line)) is not None


def _listed(line: str) -> bool:
    """An article's title as a list prints it: a short line with no sentence end, its date after it or not."""
    text = _LINK_DATE.sub("", line.strip()).strip()
    if _TEASER_CUT.search(text) and not re.search(r"[。！？]", text):
        return True  # another item's teaser, cut with an ellipsis however long (1413's 新闻推荐)
    if re.search(r"[。！？；]", text):
        return False
    # several titles a list printed on one line, parted by blanks (一名加拿大籍男子在澳门被捕 加外长:与此前…: 1762)
    return all(len(item) <= _LISTED_MAX for item in re.split(r"\s+", text))


def _barred_run(lines: list[str], i: int) -> list[str]:
    """The lines next to line ``i`` that hold a bar, with it: a table's cells or a menu's items set one a line."""
    a, b = i, i
    while a > 0 and _BAR.search(lines[a - 1]):
        a -= 1
    while b + 1 < len(lines) and _BAR.search(lines[b + 1]):
        b += 1
    return lines[a : b + 1]


# a portal's directory of offices over its footer: its heads (市政府部门, 县区政府网站, 旗县区, 各盟市) and entries
_DIRECTORY_HEAD = re.compile(r"(?:部门|网站|单位|机构)$|^各[\u4e00-\u9fff]{1,3}$|^(?:旗县区|县区|区县|县市区)$")
_OFFICE = re.compile(r"(?:人民政府|委员会|办公室|局|院|中心|社|区|县|旗|市|盟)$")
_DIRECTORY_MIN = 8  # offices: a joint notice signs with fewer, and its date, not the footer, follows them


def _directory(lines: list[str], roles: list[str], reasons: list[str], last: int) -> None:
    """A directory of offices right over the footer (市政府部门 ⏎ 市教育局 ⏎ … ⏎ 县区政府网站 ⏎ 东湖区人民政府 …):
    a run of short office names with a head naming the directory, the page's chrome alone below it."""
    i = len(lines) - 1
    while i > last and roles[i] == "chrome":
        i -= 1
    if i == len(lines) - 1:
        return
    run: list[int] = []
    while i > last and roles[i] == "body" and not reasons[i]:
        text = compact(lines[i])
        if not (2 <= len(text) <= _LABEL_MAX and len(_CJK.findall(text)) >= 2) or _SENTENCE.search(text):
            break
        if re.search(r"\d", text) or find_dates(lines[i]):
            break
        run.append(i)
        i -= 1
    heads = [j for j in run if _DIRECTORY_HEAD.search(compact(lines[j])) and j + 1 in run]
    if not heads:
        return
    run = [j for j in run if j >= min(heads)]  # the directory opens with its head: the report's lines stand above
    offices = [j for j in run if _OFFICE.search(compact(lines[j]))]
    if len(offices) >= _DIRECTORY_MIN and len(offices) >= 0.6 * len(run):
        _mark(roles, reasons, run, "a portal's directory of offices over its footer")


# a document's title as a portal lists it: what kind of paper it is closes it (…情况说明, …预算解读, …公开表3.2)
_FILE_KIND = re.compile(
    r"(?:说明|报告|解读|目录|通知|通报|决议|决定|公告|公报|方案|意见|办法|规划|纲要|总结|计划|批复|函|表(?:\d+(?:[.．-]\d+)*)?)"
    r"(?:[(（][^()（）]{1,8}[)）])?$"
)
_FILES_MIN = 3  # titles: a report's own closing never lists three papers' titles straight over the footer
_FILE_TITLE_MAX = 80  # characters: a long 关于…的决议 is still one title


def _file_title(line: str) -> bool:
    """A title a portal lists (楚雄市2026年政府预算解读): no sentence mark or colon, a kind of paper closing it."""
    text = compact(line)
    return (
        6 <= len(text) <= _FILE_TITLE_MAX
        and len(_CJK.findall(text)) >= 4
        and not re.search(r"[，,。；;！!？?:：]", text)
        and not HEADING.match(text)
        and not _OWN_NOTE.search(text)
        and not find_dates(line)
        and bool(_FILE_KIND.search(text))
    )


def _related_files(lines: list[str], roles: list[str], reasons: list[str], last: int) -> None:
    """Other papers' titles listed straight over the page's footer (楚雄市2026年政府预算公开目录 ⏎ …预算解读 ⏎ …):
    a portal's links to its related files, three or more, the footer's chrome alone below them."""
    i = len(lines) - 1
    while i > last and roles[i] == "chrome":
        i -= 1
    if i == len(lines) - 1:
        return  # no footer below: a list ending the text may be the report's own
    run: list[int] = []
    while i > last and roles[i] == "body" and not reasons[i] and _file_title(lines[i]):
        run.append(i)
        i -= 1
    above = compact(lines[i]) if i >= 0 else ""
    if len(run) >= _FILES_MIN and not above.startswith("附件"):
        _mark(roles, reasons, run, "a related file's title listed over the page's footer")


_TAG_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")
_TAGS_MIN = 3  # words: a page's tags, more than a name and its office


def _headline_tags(lines: list[str], roles: list[str], reasons: list[str], last: int) -> None:
    """A page's tag line after the text: its headline's words set apart by blanks (``县市场监管局 抽检 监管 提升
    食品安全`` under ``县市场监管局:以抽检促监管,提升食品安全工作效能``, 1731). A report's line never lists its own
    title's words so; a portal's menu bar (首页 新闻中心 政务公开) is not one line's words."""
    for i in range(last + 1, len(lines)):
        if roles[i] != "body" or reasons[i]:
            continue
        words = lines[i].split()
        if len(words) < _TAGS_MIN or not all(_TAG_WORD.fullmatch(w) for w in words):
            continue
        if any(all(w in lines[j] for w in words) for j in range(last + 1) if len(lines[j]) <= 2 * _LISTED_MAX):
            roles[i], reasons[i] = "chrome", "a page's tags: its headline's words apart"


_LONE_MARKS = re.compile(r"[;；,，:：、|｜/\\]{1,3}")
_ENDED = re.compile(r"[。！？!?”」』)）]$")


def _lone_marks(lines: list[str], roles: list[str], reasons: list[str], last: int) -> None:
    """A clause mark alone on its line after the report's last paragraph (``;`` closing the page: 2300), the body line
    before it ending its sentence: a page's stray mark, carrying no word (a mark a wrap pushed off its sentence follows
    a line left open, and stays)."""
    for i in range(last + 1, len(lines)):
        if roles[i] != "body" or reasons[i] or not _LONE_MARKS.fullmatch(compact(lines[i])):
            continue
        before = next((j for j in range(i - 1, -1, -1) if roles[j] == "body"), None)
        if before is not None and _ENDED.search(lines[before].rstrip()):
            roles[i], reasons[i] = "chrome", "a lone mark closing the page"


def _mark(roles: list[str], reasons: list[str], lines: list[int], why: str) -> None:
    for i in lines:
        roles[i], reasons[i] = "chrome", why


def page_tail(lines: list[str], roles: list[str], reasons: list[str], last: int) -> None:
    """Decide the lines after the report's last paragraph: a page's links and footer become chrome.

    * **under a list's head** (a chrome line saying 相关文章, 推荐阅读 …): the articles listed, to the first line
      that is not one;
    * **the block reaching the page end**, made of chrome lines and labels (``_label``):
      - a run of three labels or more closing it, each a few words with no figure (a sidebar's links:
        流动党员之家 ⏎ 机关党建 ⏎ 讲文明树新风), is links even with no chrome line among them;
      - the labels below its first chrome line go with the footer when it holds two chrome lines or the line
        right above is chrome (网站支持IPv6, 某某网|某某台|网站地图);
      - above its first chrome line only a label saying what a portal says joins (a bar of links, a Latin tag,
        a site's name, a mailbox); with no chrome line, two such labels or more naming the portal are its footer.

    The report's own closing lines (a signature, a date, a bracketed 公开 note, a 附件 line) are no labels: they
    end the block.
    """
    n = len(lines)
    _lone_marks(lines, roles, reasons, last)
    for i in range(last + 1, n):  # a list's head alone on its line after the text (a doc store's 相关文档)
        if roles[i] == "body" and not reasons[i] and _LIST_HEAD.fullmatch(compact(lines[i]).rstrip(":：")):
            roles[i], reasons[i] = "chrome", "a list's head after the text"
    for i in range(last + 1, n):
        if roles[i] != "chrome" or not _LIST_HEAD.search(lines[i]):
            continue
        for j in range(i + 1, n):
            if roles[j] == "chrome":
                continue
            if roles[j] != "body" or not _listed(lines[j]):
                break
            roles[j], reasons[j] = "chrome", "a link listed under " + lines[i][:8]

    for i in range(last + 1, n - 1):
        nxt = i + 1
        if roles[i] == "chrome" and _PREV_NEXT.fullmatch(compact(lines[i])) and roles[nxt] == "body":
            title = compact(lines[nxt])
            if len(title) <= 2 * _LISTED_MAX and not re.search(r"[。！？；]", title) and not _SIGNATURE.search(title):
                roles[nxt], reasons[nxt] = "chrome", "a link under " + lines[i][:4]

    def in_block(i: int) -> bool:
        if roles[i] == "chrome":
            return True
        table_row = bool(_BAR.search(lines[i]) and i > 0 and roles[i - 1] == "body" and _BAR.search(lines[i - 1]))
        if table_row and not _INNER_BAR.search(lines[i]):  # cells one a line, each ending with its bar: a table's
            # figures stand among them (925), a menu's items (首页 | ⏎ 新闻中心 |) hold none (1293)
            table_row = any(re.search(r"\d", line) for line in _barred_run(lines, i))  # a menu's hold no figure
        return roles[i] == "body" and not reasons[i] and not table_row and (_label(lines[i]) or _widget_word(lines[i]))

    block: list[int] = []
    for i in range(n - 1, last, -1):
        if not in_block(i):
            break
        block.append(i)
    block.reverse()
    links: list[int] = []
    for i in reversed(block):
        if roles[i] == "chrome":
            continue
        text = compact(lines[i]).rstrip(":：")
        if len(text) > _LINK_MAX or _NUMERALS.search(text) or not _label(lines[i]):
            break  # a widget's Latin words go only with a footer's chrome lines (an English closing is no link)
        links.append(i)
    if len(links) >= _LINKS_MIN:
        _mark(roles, reasons, links, "a link closing the page (footer or sidebar)")
    chrome = [i for i in block if roles[i] == "chrome" and reasons[i] not in PAGE_FURNITURE]
    said = [i for i in block if roles[i] == "body" and _PORTAL.search(lines[i])]
    if not chrome and len(said) == len(block) >= 2 and any(_PORTAL_WORD.search(lines[i]) for i in said):
        _mark(roles, reasons, said, "a portal's footer closing the page")  # 某某门户网站 政务邮箱 ⏎ 网站支持IPv6
    for i in block if chrome else []:
        if roles[i] != "body":
            continue
        if i < chrome[0]:
            if _PORTAL.search(lines[i]):  # above the footer's first chrome line: only what a portal says
                roles[i], reasons[i] = "chrome", "a portal's line over the page's footer"
        elif len(chrome) >= 2 or (roles[i - 1] == "chrome" and reasons[i - 1] not in PAGE_FURNITURE):
            roles[i], reasons[i] = "chrome", "below the page's footer"
    _directory(lines, roles, reasons, last)
    _related_files(lines, roles, reasons, last)
    _headline_tags(lines, roles, reasons, last)
