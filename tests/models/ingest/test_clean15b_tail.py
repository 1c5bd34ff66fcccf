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
