"""Cleaning by family (session 18, round 2): a portal's list of related papers' titles straight over its footer
(1294: ``楚雄市2026年政府预算公开目录`` ⏎ ``楚雄市2026年政府预算解读`` ⏎ …, then 打印本页 关闭窗口 and the footer)."""

from __future__ import annotations

from models.ingest.clean import clean
from tests.models.ingest._reading import kept_lines as _lines

_REPORT = [
    "今年一季度，全区继续深入贯彻落实市委市政府各项部署要求，主要经济指标较快增长，呈现良好发展势头。",
    "各位代表！2026年财政工作，使命如山、任务如磐、责任在肩！我们将锚定目标，为全市发展作出新的更大贡献！",
]
_FILES = [
    "楚雄市2026年政府预算公开目录",
    "楚雄市2026年政府预算解读",
    "楚雄市2026年财政转移支付情况说明",
    "楚雄市2026年政府预算公开表3.2",
]
_FOOTER = ["打印本页关闭窗口", "网站地图", "主办：楚雄市人民政府承办：楚雄市人民政府办公室"]


def test_related_papers_listed_over_the_footer_leave() -> None:
    lines = _lines("\n".join([*_REPORT, *_FILES, *_FOOTER]) + "\n")
    for title in _FILES:
        assert title not in lines
    assert lines[-1].startswith("各位代表")


def test_two_titles_over_the_footer_stay() -> None:
    # two lines may be the report's own closing (a table's title and its note): a list is three or more
    lines = _lines("\n".join([*_REPORT, *_FILES[:2], *_FOOTER]) + "\n")
    assert _FILES[0] in lines and _FILES[1] in lines


def test_titles_closing_the_text_with_no_footer_stay() -> None:
    # no page footer below them: nothing says they are a page's links, not the report's own list
    lines = _lines("\n".join([*_REPORT, *_FILES]) + "\n")
    assert all(title in lines for title in _FILES)


def test_an_attachment_list_over_the_footer_stays() -> None:
    lines = _lines("\n".join([*_REPORT, "附件", *_FILES, *_FOOTER]) + "\n")
    assert all(title in lines for title in _FILES)


def test_portal_tool_bars_the_tool_words_missed_leave() -> None:
    # a portal's login and elder-mode bar (1264), its login link (1273), its font-size buttons (1327)
    from models.ingest.chrome_debris import is_page_debris

    for bar in ("登录 注册 长者版 | 无障碍 I 繁体中文", "登录 注冊 长者版", "用户登录", "字体大小:A+ A A- 分享: 打印"):
        assert is_page_debris(bar), bar
    for text in ("5A级景区", "A+轮融资", "用户登录量同比增长20%。"):
        assert not is_page_debris(text), text


def test_credit_and_location_lines_are_chrome() -> None:
    from models.ingest.chrome_lines import classify_line

    for line in (
        "总监制:黄金杰监制:陈叶静责编:赵海镇编辑:项露露",  # a news video's credits (1280)
        "信息作者:王慧",  # a portal's byline of its item (1272)
        "■ 本页位置:首页新闻中心国内新闻",  # a news page's crumb with its bullet (1177)
        "文件公告    所在位置：",  # the crumb's empty head glued to the column's name (1235)
        "行业动态 hyjj 您现在的位置:首页 > 行业动态 > 行业动态",  # the column's name before the crumb (1430)
    ):
        assert classify_line(line).kind == "chrome", line
    for line in (
        "统筹推进全县重点项目建设",
        "策划:组织开展活动,确保成效。",
        "项目位置:位于城区东部",
        "项目所在位置:位于城区东部",
        "选址位置:",
    ):
        assert classify_line(line).kind == "body", line


_BODY = "今年以来,我局在县委、县政府的正确领导下,按照工作方针,引领全县广大科技工作者开拓进取,各项工作取得新成效。" * 4


def test_a_stores_title_glued_before_the_own_title_in_a_one_line_copy_goes() -> None:
    from models.ingest.inline_titles import leading_store_title

    page, own = "县科学技术局2021年度工作总结范文及2022年度工作安排", "县科学技术局2021年工作总结及2022年工作安排"
    assert leading_store_title(page + own + _BODY) == len(page)  # 993
    text = clean(page + own + _BODY + "\n").display_text
    assert text.startswith(own + "今年以来")
    # a title, a masked date and the same title again (527); a compilation's title over its first piece's (740)
    same = "区卫计局2018年上半年重点工作完成情况总结汇报"
    assert leading_store_title(same + "201X/X/XX" + same + _BODY) == len(same) + len("201X/X/XX")
    compiled = "民政局上年工作总结和下年工作计划与民政局上年总结下年思路汇编"
    assert leading_store_title(compiled + "民政局上年工作总结和下年工作计划" + _BODY) == len(compiled)


def test_an_own_title_before_its_text_stays() -> None:
    from models.ingest.inline_titles import leading_store_title

    own = "县科学技术局2021年工作总结及2022年工作安排"
    assert leading_store_title(own + _BODY) == 0
    # the text opens with the title's words: a sentence, no second title
    assert leading_store_title(own + "县科学技术局2021年,在县委的正确领导下" + _BODY) == 0
    short = "县科学技术局2021年度工作总结范文" + own + "今年以来,工作取得新成效。"
    assert leading_store_title(short) == 0  # no one-line copy


def test_a_sites_mark_after_a_numbered_heading_goes_and_the_heading_stays() -> None:
    from models.ingest.clean_edges import watermark_tail

    line = "一、上半年工作情况 公文汇,办公文档之家"  # 984: the store stamps its slogan after headings too
    assert watermark_tail(line) == line.index("公文汇")
    assert watermark_tail("一、上半年工作情况 2023年") is None  # no site's words after the blank
    assert watermark_tail("(一)加强领导 下载文档") is None  # words a report may say too
    page = [_REPORT[0], line, "公文汇,办公文档之家", _REPORT[1], "(资料图片仅供参考)"]
    text = clean("\n".join(page) + "\n").display_text
    assert "一、上半年工作情况" in text
    assert "办公文档之家" not in text and "资料图片" not in text
