"""A hijacked mirror's adult search words set apart by commas (disc17 1543, 1430), and a forum member's panel under
the post's date (disc17 1522): page chrome; a report's sentence with commas and a short line under a date stay."""

from __future__ import annotations

from models.ingest.chrome_spam import adult_title
from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map


def test_adult_search_words_listed_with_commas_are_a_hijacked_title() -> None:
    assert adult_title("黄色片一级免费,国产网址在线,亚洲午夜网站,黄色在线播放网址")
    assert adult_title("精品一区二区三区在线观看视频,又粗又猛又黄又爽无遮挡,中文字幕亚洲码在线,国产精品一区在线观看")
    assert not adult_title("拓展欧美市场,深耕日韩客户,开拓亚洲新兴市场,打造国产精品视频品牌。")
    assert not adult_title("推进国产化替代,打造精品视频,拓展亚洲和欧美市场")  # regions are a report's markets


def test_a_forum_members_panel_under_the_posts_date_leaves() -> None:
    panel = [
        "设为首页收藏本站",
        "查看: 1352|回复: 0",
        "[四川] 2020年某区政府工作报告",
        "[复制链接]",
        "• TA的每日心情",
        "开心",
        "2019-3-11 08:54",
        "• 签到天数: 9 天",
        "[LV.3]偶尔看看II",
        "1575",
        "主题",
        "1584",
        "帖子",
        "发表于 2021-1-8 10:45:42 | 显示全部楼层 |阅读模式",
    ]
    body = [
        "2020年某区政府工作报告",
        "各位代表:",
        "现在,我代表区人民政府,向大会报告工作,请予审议,并请其他列席人员提出意见。",
        "一、2019年政府工作回顾",
        "2019年,我们高举习近平新时代中国特色社会主义思想伟大旗帜,在市委市政府和区委坚强领导下,全区经济实力迈上新台阶。",
    ]
    text = "\n".join(panel + body) + "\n"
    out = clean(text)
    check_map(text)
    assert "签到天数" not in out.display_text and "偶尔看看" not in out.display_text
    assert body[2] in out.display_text
