"""The grammar of a page's date and source line (发布时间: 2024-01-02 来源: 某局 浏览次数:), never the body's.

One home for its pieces (the day, the clock time, the source label, the view counter, the posting line's field words)
and for the lines built from them, which the cleaner reads as header strings (``chrome_headers``) or as a site's
posting line (``chrome_posts``) and the metadata reads for the page's date and its headline (``metadata_publisher``,
``metadata_titles``, ``metadata_header``, ``metadata_pages``). Each line keeps the forms its readers were measured
with: a posting line's day may mix 年 and dashes, a farm's upload stamp may space them, a date row's day may space
its dashes.
"""

from __future__ import annotations

import re

# the page's day in digits (2024-01-02, 2010/3/19, 2012.05.08)
DIGIT_DAY = r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
# the same written with dashes only (2024-01-02), as a posting stamp, a 发布于 line or a field's run-on tail types it
DASH_DAY = r"(?:19|20)\d\d-\d{1,2}-\d{1,2}"
# the page's day in digits or written with 年月日 (2024年1月2日)
PAGE_DAY = r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
# the same with dashes or written with 年月日 (2024-01-02, 2024年1月2日), as a portal glues it to its date label
DASH_OR_WRITTEN_DAY = r"(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)"
# a day as a farm types its upload stamp: 年 and dashes mixed, spaces inside (2021 - 07 - 23, 2008 年 11 月 25 日)
TYPED_DAY = r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
# a day without its year (01-19); in a line, never inside a longer figure or a clock time
MONTH_DAY = r"\d{1,2}-\d{1,2}"
YEARLESS_DAY = rf"(?<![\d:]){MONTH_DAY}(?![\d-])"
# the page's clock time to the minute (10:26); with its seconds when it gives them (10:26, 10:26:26)
MINUTE = r"\d{1,2}:\d\d"
CLOCK = rf"{MINUTE}(?::\d\d)?"
# the words a page labels its source with (来源:, 稿源:, 信息来源:, 文章来源:)
SOURCE_WORD = r"(?:来源|稿源)"
SOURCE_LABEL = rf"(?:{SOURCE_WORD}|信息来源|文章来源)\s*[:：]"
# a page's view counter (浏览次数:, 浏览量:, 点击数:, 访问量:)
VIEW_COUNTER = r"(?:浏览次数|浏览量|阅读次数|点击数|点击量|访问量)\s*[:：]"

# a clock time anywhere in a line (a page's stamp, never a report's sentence, writes one)
CLOCK_TIME = re.compile(MINUTE)

# a line that is the page's date alone (and its time): 2024-01-02, 2024-01-02 10:26
PAGE_DATE = re.compile(rf"^{DIGIT_DAY}(?:\s+{CLOCK})?$")
# the same with its time of day, nothing else (• 2023-01-20 10:20:42 once its bullet is off)
STAMP = re.compile(rf"^{DIGIT_DAY}\s+{CLOCK}$")
# a site's stamp written as digits, without its clock time (2012-05-08, 2010/3/19)
BARE_DAY = re.compile(rf"^{DIGIT_DAY}$")
# a portal's info line: its date (and time), the publishing office or a weekday, page tools
DATED_INFO = re.compile(rf"^({PAGE_DAY}(?:\s+{CLOCK})?)" r"\s+([\u4e00-\u9fff（）()]{2,20}?)(?:\s+(\S.*))?$")
# a line naming the page's source alone, bracketed or not: (来源:某局)
SOURCE_LINE = re.compile(rf"^[(（]?\s*{SOURCE_LABEL}\s*([^()（）]{{1,30}})[)）]?$")
# a portal's byline: the office or the channel and its source, then the page's date with its clock time, then a
# read counter (上海市统计局 2023-07-21 11:04 840 阅读: 1429; 中国新闻来源:新华社 2017年03月01日 10:12: 1189)
BYLINE = re.compile(
    rf"^([\u4e00-\u9fff]{{2,12}})(?:\s*{SOURCE_WORD}\s*[:：]\s*[\u4e00-\u9fff]{{2,12}})?\s*"
    rf"({PAGE_DAY}\s+{CLOCK})"
    r"(?:\s*\d+\s*(?:次|人)?(?:阅读|浏览))?$"
)
# a page's posting line: its date (and time; 年 and dashes mixed, a full-width colon, as typed), then its source,
# author or counter
POSTING = re.compile(
    r"^(?:19|20)\d\d[-/年.]\d{1,2}[-/月.]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*"
    r"(?:来源|作者|发布|浏览|阅读|点击|编辑)"
)
# a page-date row: the page's date (to the minute or second, or alone) as its own row, unlabelled or labelled only
# 时间/日期, then at most the page's view counter or source (2016年01月11日 10:18:09 访问量:4013, 1514; • 2025-05-21)
ROW_DAY = r"(?:19|20)\d\d(?:\s*-\s*\d{1,2}\s*-\s*\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日)"
PAGE_DATE_ROW = re.compile(
    rf"^[-•·*\s]*(?P<label>(?:时\s*间|日\s*期)\s*[:：]\s*)?(?P<date>{ROW_DAY})(?:\s+{CLOCK})?"
    rf"\s*(?P<tail>(?:{VIEW_COUNTER}|(?:信息)?来源\s*[:：]).*)?$"
)
# a forum post's attachment stamp under its 下载附件 link (Discuz): 2022-2-12 09:26 上传
UPLOAD_STAMP = re.compile(rf"^({DASH_DAY})\s+{CLOCK}\s*上传$")
# a farm's or store's upload time anywhere in its posting line, or a day without its year
POSTED_STAMP = re.compile(rf"{TYPED_DAY}(?:\s*{CLOCK})?|{YEARLESS_DAY}")
# the fields of a farm's posting line (the time, the poster, the column, counters) and the site's words beside them,
# each with its value (the counter's number and 次, a colon or none; a 来源 is no posting line's)
POSTING_FIELD = re.compile(
    r"(?:发布|发表|更新|上传|投稿)?(?:时间|日期)\s*[:：]|投稿人\s*[:：]\s*\S{1,8}|上传者\s*[:：]\s*\S{1,8}|"
    r"栏目\s*[:：]|分类\s*[:：]|(?:浏览|阅读|点击)(?:次数|量)?\s*[:：]?\s*\d*次?|全文\s*\d+\s*字|发布|[|｜\-—·•]"
)
# a posting line's time without its year (时间: 01-19), its column alone (栏目:总结)
YEARLESS_TIME = re.compile(rf"^(?:时间|日期)\s*[:：]\s*{MONTH_DAY}$")
COLUMN_LINE = re.compile(r"^(?:栏目|分类)\s*[:：]\s*\S{1,8}$")
# a portal's posting line without keys: its date (and time), then the office that posted (2021-09-27 15:52  市民政局)
OFFICE_POSTING = re.compile(
    rf"^({DASH_DAY})(?:\s+{CLOCK})?\s+"
    r"([\u4e00-\u9fff（）()]{2,30}?(?:委员会|办公室|人民政府|局|委|办|厅|中心|室|处|科|站|所|队))(?=\s|$)"
)
# a bare posting stamp under the title, its bullet kept (• 2025-02-28 14:50)
BULLET_STAMP = re.compile(rf"^(?:[•·]\s*)?({DASH_DAY})(?:\s+{CLOCK})?$")
# a platform's line under a post, naming who posted it and when (张三 发布 浏览1135次 2022-12-08发布)
POSTED_BY = re.compile(rf"^[\u4e00-\u9fff]{{2,4}}\s*发布\s+浏览\s*\d+\s*次\s+({DASH_DAY})\s*发布$")
# a page's posting line written without the key's colon (发布于 2025-09-26 15:54 来源:…)
POSTED_ON = re.compile(rf"^发布于\s+({DASH_DAY})(?:\s|$)")
# a 来源 field's value with the posting time run on (市国资委2023-09-01 19:39): the office, then the time
SOURCE_TIME = re.compile(rf"^(\S*?[\u4e00-\u9fff])\s*({DASH_DAY}(?:\s*{CLOCK})?)$")
# a site's own address before its stamp, its name before it at most (www.scol.com.cn (2019-03-21 16:38:01)
# 来源:四川在线, 2034; 湖南省政府门户网站 www.hunan.gov.cn 2014-01-23 10:22:00, 2076; http://www.sina.com.cn
# 2005年01月21日17:01 四川新闻网, 378), its day labelled or not (湖南省人民政府门户网站 www.hunan.gov.cn
# 发布时间: 2019-02-20 11:02 【字体:, 2404, 1541; 沅陵县人民政府门户网站 www.yuanling.gov.cn 发布时间:…, 1588)
SITE_STAMP = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,20}\s+)?(?:https?://)?(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/?\s*"
    r"(?:(?:发布|更新)(?:时间|日期)\s*[:：]\s*)?"
    rf"[(（]?\s*(?P<date>{PAGE_DAY})\s*(?:{CLOCK})?\s*[)）]?(?P<tail>(?:\s.*)?)$"
)
