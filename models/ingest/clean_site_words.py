"""The words only a web site or a doc store says, and the words of its page tools: counted per line."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.page_fields import DASH_DAY

# Words only a web site or a doc store says (never a report) ...
SITE_WORDS = re.compile(
    r"小编|网友(?:上传|投稿)|(?:来源|出处)\s*[:：]\s*(?:网络整理|网络收集|网络|互联网)(?=\s|$|[|｜])|本站观点|范文|供大家(?:阅读|学习)?参考|为大家(?:整理|带来|精选|收集)的|欢迎参考|欢迎阅读(?:与|和|并)?(?:借鉴|参考)|文库|[Vv][Ii][Pp]|加入我们|QQ群|会员群|购物车|我的足迹|此处隐藏|"
    r"可在线阅读|全文阅读|阅读全文|内容阅读|快捷搜索|标签\s*[:：]|Original URL|https?://|www\.|\.com\b|\.cn\b|"
    r"共\s*\d+\s*页|第\s*\d+\s*页|\d+(?:\.\d+)?\s*[KM]B\b|收录于|本作品|导语\s*[:：]|简介\s*[:：]|省略\d+字|"
    r"下载后|免费下载|立即下载|上传人|上传时间|文档编号|由会员分享|正式会员|^(?:资源|文档)(?:描述|简介)\s*[:：]|"
    # a share or copyright footer and a farm's blurb: 微信扫一扫在手机阅读, 不允许二次传播, 为您带来了七篇…
    r"扫一扫|手机(?:上)?阅读|版权声明|二次传播|禁止转载|为您(?:带来|整理|精选|收集)|有所帮助|序论\s*[:：]|^篇\s*[(（]\d+[)）]$|"
    # a farm's blurb (以下是…网分享的, 希望能帮助到大家), collection label, piece number (精品(七篇), 范文五篇, 篇1)
    r"以下是[^,，。]{0,20}?(?:网|站|小编|为大家|为您|给大家)[^,，。]{0,10}?(?:分享|整理|收集|精选|推荐|带来)的|"
    r"希望(?:能|可以)?帮助到(?:大家|您)|"
    r"[(（【\[]\s*[一二三四五六七八九十\d]{1,3}\s*篇\s*[)）】\]]$|范文[一二三四五六七八九十\d]{1,3}篇|"
    r"\S\s*篇\s*[(（]?[一二三四五六七八九十\d]{1,2}[)）]?$|"
    # an e-paper's edition line and news list, an audio player over the text
    r"^第\s*[A-Z]?\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[:：]|本版新闻|语音朗读|(?:点击|在线)收听|收听全文|朗读全文|"
    r"上一版|下一版|上一期|下一期|版面导航|返回目录|往期回顾|选择日期|版面概览|标题导航|新闻热线|"
    r"第\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：]\S{1,10})?\s+第\s*[A-Z]?\d{1,3}\s*版|"
    # the heads of a page's link lists, a store's disclaimers and counters, a reprint's original headline
    r"^相关(?:文章|链接|阅读|新闻|推荐)|猜你喜欢|延伸阅读|热门(?:文章|推荐|新闻|排行)|精彩推荐|推荐阅读|"
    r"阅读已结束|自发贡献|观点仅代表|自愿上传|如有侵权|侵权投诉|关注我们|视频加载|进入专题|位访客|访问量\s*[:：]|"
    r"网站标识码|发布者\s*[:：]|原标题\s*[:：]|(?<!文)字号\s*[:：]|评论\s*[(（]\d+[)）]|欢迎访问|^今天是\s*[:：]|设为首页|"
    # a site's greeting (欢迎来到某某网!) and a doc store's footer slogan (精选优质文档-倾情为你奉上)
    r"欢迎(?:来到|光临)\S{0,12}?网|倾情为(?:你|您)奉上|"
    # a news page's comment widget (评论一下, 0人参与,0条评论, 快来抢沙发吧!, 最热评论)
    r"抢沙发|\d+\s*人参与|\d+\s*条评论|^(?:评论一下|我要评论|发表评论|(?:最热|最新|热门|全部|精彩)评论)$|"
    # a doc store's and a farm's page fields, a public account's byline, picture credits
    r"文档贡献者|贡献于|预览已?结束|下载本文档|已被下载|精品文档|^推荐度\s*[:：]|^热度\s*[:：]|^字数\s*[:：]|"
    r"^(?i:tags?)\s*[:：]|收录于合集|蓝字关注|发表于\S{0,6}$|图片来源\s*[:：]|查看大图|^党政机关$|找错|"
    # a news page's stock-photo note ((资料图片仅供参考), 图片来自网络: 292) and a store's slogan (办公文档之家: 984)
    r"资料图片|图片仅供参考|图片(?:来自|来源于|源于)网络|文档之家|"
    # a doc store's notices to its users (本文档由用户上传, 版权归属用户, 网站客服QQ:, 下载前请仔细阅读) and fields
    r"用户上传|版权归属|只能预览|下载原文档|(?:网站)?客服\s*(?:QQ|电话|热线)?\s*[:：]|本站不保证|下载前请|付费(?:完成|之前|下载)|"
    r"^温馨提示\s*[:：]$|^文章标题\s*[:：]|"
    rf"^[-–•·]\s*{DASH_DAY}\s*发布(?:于\S{{0,8}})?\s*[|｜]?$|"
    # a legal database's citation code, a farm's cut notice and counters, share and feedback tools, a lone crumb head
    r"法宝引证码|\bCLI\.\d+\.\d+|全文共\d+字|当前显示\d+字|请认真阅读下面的提示|人气\s*[:：]|"
    # a page's word count and reading time (本文共9296字: 672; 共计5398个字,预计阅读时长18分钟: 1612;
    # 〔此文共1749字〕: 1610)
    r"(?:本文|此文|全文|本篇(?:文章)?)\s*共(?:计|有)?\s*\d+\s*个?字|共计\s*\d+\s*个字|阅读时长|读完(?:约|大约)?\s*\d+\s*分钟|"
    rf"^[•·]\s*约?\d+(?:\.\d+)?\s*千?字$|^[•·]\s*{DASH_DAY}\s*发布于|"
    r"扫描二维码|分享(?:至|到)(?:好友|朋友圈)|(?:意见反馈){2}|顶\s*踩|\d+小时排行榜|channelId|适老化模式|无障碍阅读|^(?:您的)?当前位置\s*[:：]?$|"
    # a store's edit label and lead box, an e-book site's chapter label (第44章 工作报告(7)), follow buttons
    r"[(（]可编辑[)）]|最新修订|^文章导读$|^第\d+章\s*\S{2,12}[(（]\d+[)）]$|^关注\s*[·•]|"
    # a link's own words: click to see, read or get more (点击查阅更多…, 点击此处下载)
    r"点击\s*(?:查看|查阅|进入|阅读|浏览|下载|这里|此处)|"
    # a page's widget: a button that opens or closes a panel (点击关闭详细目录信息: 1511), a viewer's width in
    # screen pixels (页面宽度(px):, 页面宽度范围为200至2000: 276); a report has no panels and no pixels
    r"点击\s*(?:关闭|展开|收起|隐藏|打开)|[(（]\s*px\s*[)）]|^页面宽度[^。，,；;]{0,16}$|"
    # a site's browser advice (建议使用1024 X 768分辨率，IE8.0以上版本浏览器浏览本站: 1238, 1292, 1380)
    r"分辨率[^。；;]{0,24}?浏览|浏览器浏览|\d{3,4}\s*[*×xX]\s*\d{3,4}\s*分辨率|"
    # a login box (忘记密码 > 还没有账号? 点击注册 >, captcha, 验证码:: 1429, 785)
    r"忘记密码|(?:还)?没有账号|已有账号|^captcha$|^验证码\s*[:：]?$|"
    # a news page's reprint, follow and copyright notices (欢迎转载,转载请注明原文网址:…; 欢迎关注某某公众号; 郑重声明:
    # 本文版权归原作者所有,转载文章仅为传播…: disc17 1538, 1545, 1537): a report never asks to be followed or reprinted
    r"欢迎转载|转载请注明|转载请(?:附上|保留)[^。；;]{0,12}?(?:出处|链接|声明)|版权归原作者|转载(?:文章|本文)?仅为|欢迎关注[^，。,；;]{0,16}?(?:公众号|微信|微博|头条号|视频号|抖音)|"
    # a site's series label and the article's place in it (本文隶属:某专题(第52/188篇): disc20 1759); a report is no
    # article of a site's series and never numbers itself among the site's pieces
    r"^本文(?:隶属|所属|归属|属于)(?:专题|栏目|合集|系列)?\s*[:：]|[(（]\s*第\s*\d+\s*/\s*\d+\s*篇\s*[)）]|"
    # a comment widget's disclaimer (评论仅代表个人意见,本网站保持中立: disc21 1885, with 1329's widget; (以下评论仅代表
    # 网友意见,与本站立场无关): 2342): a site speaks of its readers' comments and of itself, a report of neither
    r"(?:评论|留言|言论)仅代表(?:网友|个人)|(?:本网站?|本站)保持中立|与本(?:网站?|站)(?:观点|立场)无关|"
    # an uploader's blurb to the reader (…由我整理,希望给你工作、学习、生活带来便利,猜你可能喜爱: 2060): a report
    # hopes to serve 群众 or 企业, never its reader's own work and study, and guesses no reader's taste
    r"希望(?:能|可以)?(?:给|为)(?:你|您|大家)的?(?:工作|学习|生活)[^。；;]{0,10}?(?:带来便利|有所帮助)|猜你(?:可能)?(?:喜爱|喜欢)|"
    # a store's fields over the article (本文关键词:…, 本文简介:…, 本文内容:: disc21 1838), as 文章标题: above
    r"本文(?:关键词|关键字|简介|内容|摘要|标签)\s*[:：]|"
    # a portal's validity badge alone on its line (文件已失效: 1808); its 有效性: row is header, the badge tells the
    # reader of the page, never a sentence of the text
    r"^(?:该|本|此)?文件已(?:失效|废止)$|"
    # a farm's offer of the text to its readers (以下提供一篇工作报告给大家参考!: 2033, as 供大家参考 of 412, 775, 1812)
    # and a store's plea for a tip (整理文档很辛苦,赏杯茶钱您下走!: 2027; 整理不易): a report is handed to 代表
    # or a superior for 审议, never offered to "大家" for reference, and asks its reader for no money
    r"(?:给|与|送给)(?:大家|您|你们?|各位)(?:阅读|学习)?参考|赏(?:杯|个|点)?\S{0,2}?茶钱|整理不易|"
    # a store's reading progress bar over its preview (已阅读5页,还剩42页未读 继续免费阅读: 2143; the 下载后继续阅读
    # of 468): a report counts no pages its reader has left
    r"还剩\s*\d+\s*页(?:未读)?|继续免费阅读|已阅读\s*\d+\s*页"
)
# ... and words a site says that a report may say too (下载, 文档, 会员): they count only beside the others.
_WEAK_SITE_WORDS = re.compile(r"下载|文档|上传|会员|预览|首页|原创|参考|整理|QQ|举报|客服|相关|本站")
# Page tools and navigation words; when they cover most of a short line, the line is chrome.
TOOL_WORDS = re.compile(
    r"(?:回到|返回)顶部|首页|主页|网站首页|打印(?:本页|本文|文章)?|关闭(?:窗口|本页)?|(?:点击)?(?:已|取消)?收藏|放大|缩小|分享(?:到)?|全屏|字体|字号|默认|"
    r"大|中|小|浏览(?:量|次数)?|阅读(?:量|次数)?|点击(?:量|数)?|次|语音播报|无障碍浏览|无障碍|适老化|搜索|"
    r"标签|返回|相关|详细信息|正文|下载|立即下载|举报|购物车|我的足迹|登录|注[册冊]|上一篇|下一篇|更多|"
    r"(?:个人|用户|会员)中心|(?:内容|全文|文档)?预览|更新|保存(?:为\s*(?:[Ww]ord|WORD|[Pp]df|PDF))?|"
    r"加入|免费|热门|推荐|栏目|导航|点赞|评论|转发|打赏|长辈版|关怀版|长者版|老人版|大字版|长者模式|老年模式|"
    r"(?:繁體|繁体|简体)(?:中文|版)?|English|手机版|(?:用户|会员)登录|A[+＋]|A[-－]|"
    r"扫码|站内|请输入|关键字|关键词|微信|微博|关于我们|联系我们|网站地图|网站声明|隐私政策|使用帮助|网站纠错|"
    r"已阅|阅读原文|在看|展开全文|查看全文|加载更多|打开|APP|App|内|[#>»›/|｜×【】〖〗\[\]:：\-·•\d\s]"
)


_URL = re.compile(r"(?:https?://|www\.)[\w.-]+(?:/[\w./?=&%-]*)?|[\w-]+(?:\.[\w-]+)*\.(?:com|cn)\b[\w./?=&%-]*")


# a report's own contact block (地址: 邮编: 电话: 传真:) and its e-mail line, whose domain is no web address
_CONTACT = re.compile(r"^(?:联系|办公)?(?:地址|电话|传真|邮编|邮政编码|联系人|联系方式)\s*[:：]")
_MAIL_LINE = re.compile(r"^(?:电子)?(?:邮箱|信箱|邮件)\s*[:：]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[;；。.]?$")


# a body line ending on an address's key (…;电话:83172086;电邮: ⏎ tjgk@bjstats.gov.cn)。) and the address opening the
# next line: a wrap parted the key from its value
_ADDRESS_KEY_END = re.compile(r"(?:电邮|邮箱|信箱|电子邮件|邮件|[Ee]-?mail|网址|网站)\s*[:：]$")
_ADDRESS_START = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)")


def own_contact(lines: list[str], roles: list[str], i: int) -> bool:
    """An e-mail line closing a contact block the body kept (地址:…; 电话:…; ⏎ 电子邮箱:…@qq.com), or the address
    a wrap carried under its key (电邮: ⏎ tj@….cn)。): the report's own contact paragraph (an open-government
    report's), not a site's footer."""
    if i <= 0 or roles[i - 1] != "body":
        return False
    line, before = lines[i].strip(), lines[i - 1].strip()
    return bool(
        (_MAIL_LINE.match(line) and _CONTACT.match(before))
        or (_ADDRESS_KEY_END.search(before) and _ADDRESS_START.match(line))
    )


def site_word_count(line: str) -> int:
    """How many distinct site-only words a line says (one web address says one, however it is written)."""
    words = {m.group().lower() for m in SITE_WORDS.finditer(_URL.sub(" http:// ", line))}
    return len(words)


def weak_count(line: str) -> int:
    """How many distinct weak site words a line says besides its site-only words."""
    return len({m.group() for m in _WEAK_SITE_WORDS.finditer(SITE_WORDS.sub(" ", line))})


def tool_coverage(line: str) -> float:
    """The share of a line's characters that are page-tool words and separators."""
    text = _compact(line)
    if not text:
        return 0.0
    rest = TOOL_WORDS.sub("", text)
    return 1.0 - len(rest) / len(text)
