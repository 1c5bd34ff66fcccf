"""Round-2 chrome of session 15 at a portal page's end: prev/next links set under their label, menus one a line."""

from __future__ import annotations

from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_BODY = [
    "关于2025年预算执行情况和2026年预算草案的报告",
    "各位代表：",
    "受市人民政府委托，现将2025年预算执行情况和2026年预算草案提请大会审议，并请市政协各位委员提出意见。",
    "一、2025年预算执行情况",
    "2025年，全市财税部门坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党中央决策部署，财政运行总体平稳。",
    "各位代表，做好2026年财政工作任务艰巨、责任重大，我们将在市委的坚强领导下，奋力完成全年目标任务。",
]


def test_the_titles_under_a_prev_next_label_alone_on_its_line_are_chrome() -> None:
    # 1292: 上一篇： ⏎ its title ⏎ 下一篇： ⏎ its title, then the portal's footer
    tail = [
        "关闭",
        "打印",
        "上一篇：",
        "关于盘锦市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告",
        "下一篇：",
        "盘锦市中级人民法院工作报告",
        "版权所有：盘锦市人民代表大会常务委员会 主办单位：盘锦市人民代表大会常务委员会",
    ]
    text = "\n".join(_BODY + tail) + "\n"
    check_map(text)
    shown = clean(text).display_text.split("\n")
    assert "盘锦市中级人民法院工作报告" not in shown
    assert not any(line.startswith("关于盘锦市2025年国民经济") for line in shown)
    assert shown[-1].startswith("各位代表，做好2026年")


def test_a_menu_set_one_item_a_line_with_trailing_bars_is_the_footers() -> None:
    # 1293: 首页 | ⏎ 新闻中心 | ⏎ 政府信息公开 | ⏎ 在线服务 | ⏎ 网站地图 over the portal's owner lines
    tail = [
        "首页 |",
        "新闻中心 |",
        "政府信息公开 |",
        "在线服务 |",
        "网站地图",
        "黄石市财政局版权所有 网站标识码：4202000046 鄂ICP备05026187号 主办单位：黄石市财政局",
        "返回首页",
        "官方微信",
        "监督举报",
        "回到顶部",
    ]
    text = "\n".join(_BODY + tail) + "\n"
    shown = clean(text).display_text.split("\n")
    assert shown[-1].startswith("各位代表，做好2026年")


def test_a_tables_cells_one_a_line_with_trailing_bars_closing_the_page_stay() -> None:
    # 925's shape: a table flattened one cell a line, each cell followed by its bar
    tail = ["指 标 |", "单位 |", "2021年 |", "地区生产总值 |", "亿元 |", "91.3 |", "第一产业 |", "亿元 |", "6.2 |"]
    text = "\n".join(_BODY + tail) + "\n"
    shown = clean(text).display_text
    assert "地区生产总值" in shown and "第一产业" in shown


def test_a_sites_category_menu_one_bulleted_item_a_line_is_chrome_whole() -> None:
    # disc15b 1321: an essay site's 22-item menu; the items naming a kind of report (工作总结) are its links too
    menu = ["工作总结", "工作计划", "心得体会", "述职报告", "申请书", "演讲稿", "讲话稿", "领导发言", "读后感"]
    menu += ["事迹材料", "党建材料", "策划方案", "调查报告", "疫情防控", "自查报告", "工作汇报", "党史学习"]
    lines = [f"  • {item}" for item in menu] + ["  • 当前位置: 达达文档网 > 文档下载 > 工作计划 > 正文"]
    lines += ["2024年度全市农业农村系统工作要点", *_BODY[1:]]
    shown = clean("\n".join(lines) + "\n").display_text.split("\n")
    assert not [line for line in shown if line.lstrip(" •") in menu]
    assert "2024年度全市农业农村系统工作要点" in shown


def test_a_bulleted_title_alone_stays() -> None:
    # 448, 1103: a page renders the report's own title as a list item
    lines = ["  • 政府工作报告", "  • ——2001年2月16日在内蒙古自治区第九届人民代表大会第四次会议上", *_BODY[1:]]
    shown = clean("\n".join(lines) + "\n").display_text
    assert "政府工作报告" in shown.split("\n")[0]


def test_a_farms_blurb_inviting_to_read_and_borrow_is_chrome() -> None:
    # disc15b 1321: a sentence lifted from the text, then the farm's 以下是…分享的内容,欢迎阅读与借鉴 (144: 欢迎阅读)
    blurb = "加强统筹协调,每季度组织1次领导小组会议,研究三农重点工作。以下是达达文档网分享的内容,欢迎阅读与借鉴。"
    lines = ["2024年度全市农业农村系统工作要点", blurb, *_BODY[1:]]
    shown = clean("\n".join(lines) + "\n").display_text
    assert "欢迎阅读" not in shown and "受市人民政府委托" in shown


def test_a_news_pages_comment_widget_closing_the_page_is_chrome() -> None:
    # disc15b 1329: the comment block under a news item
    widget = ["评论一下", "评论 0人参与,0条评论", "还没有评论,快来抢沙发吧!", "最热评论", "最新评论"]
    widget += ["已有0人参与,点击查看更多精彩评论"]
    shown = clean("\n".join(_BODY + widget) + "\n").display_text.split("\n")
    assert shown[-1].startswith("各位代表，做好2026年")


def test_an_encyclopedias_short_section_list_and_its_content_label_are_chrome() -> None:
    # disc15b 1369: 简介,内容, names the two labels that split the article (内容 between items 3 and 4)
    lines = [
        "2009年靖江市靖城街道办事处工作总结",
        "基本介绍",
        "  • 中文名:2009年靖江市靖城街道办事处工作总结",
        "简介,内容,",
        "简介",
        "经过改造,城区环境面貌得到明显改善。主要表现在以下五个方面:",
        "1、基础设施不断完善。坚持把硬化小街背巷道路、健全雨污水管网、完善路灯设施作为改造的重要内容。",
        "内容",
        "2、社区管理职能进一步强化。全面推进社区管理体制改革,规范了社区干部的工作职责和考核办法。",
    ]
    shown = clean("\n".join(lines) + "\n").display_text.split("\n")
    assert "简介,内容," not in shown and "内容" not in shown
    assert "1、基础设施不断完善。坚持把硬化小街背巷道路、健全雨污水管网、完善路灯设施作为改造的重要内容。" in shown
