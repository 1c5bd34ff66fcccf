"""A news page's boilerplate around the article, whatever the site (disc17 1537, 1538, 1545; 1448, 1292): its
greeting after the site's name, its reprint and follow notices, its copyright disclaimer, a labelled rule and a
read counter beside its tools: chrome; a report's sentence naming the same things stays."""

from __future__ import annotations

from models.ingest.chrome_lines import classify_line
from models.ingest.clean import clean
from models.ingest.clean_site_words import site_word_count, tool_coverage
from tests.models.ingest.test_clean_props import check_map

_BODY = [
    "会议强调，要深入学习贯彻党的二十大精神，扎实推进科技创新工作，全年完成各项目标任务。",
    "会议要求，各单位要加强统筹协调，确保各项工作落到实处，为全省高质量发展作出新的贡献。",
]


def test_a_sites_greeting_after_its_name_is_chrome() -> None:
    for line in ("伊金霍洛旗人民政府欢迎您!", "盘锦人大信息网欢迎您！", "某某市人民政府 欢迎你"):
        assert classify_line(line).kind == "chrome", line
    assert classify_line("各位代表，欢迎您对政府工作提出意见和建议！").kind == "body"


def test_a_rule_with_its_label_is_chrome() -> None:
    assert classify_line("------分隔线----------------------------").kind == "chrome"
    assert classify_line("==========分割线==========").kind == "chrome"
    assert classify_line("----附件说明----").kind == "body"  # a label the report may own stays


def test_reprint_follow_and_copyright_notices_say_site_words() -> None:
    assert site_word_count("欢迎转载,转载请注明原文网址:http://www.example.com/a/1.html") >= 2
    notice = "郑重声明:本文版权归原作者所有,转载文章仅为传播更多信息之目的,如有侵权行为,请联系我们。"
    assert site_word_count(notice) >= 2
    assert site_word_count("欢迎关注湖北科技公众号") == 1
    assert site_word_count("开通政务微信公众号，及时发布政务信息。") == 0
    assert tool_coverage("已阅 0  打印   关闭") == 1.0


def test_a_news_pages_notices_after_the_article_leave_the_display_text() -> None:
    tail = [
        "附件:",
        "",
        "欢迎关注湖北科技公众号",
        " 已阅 0  打印   关闭 ",
        "郑重声明:本文版权归原作者所有,转载文章仅为传播更多信息之目的,如有侵权行为,请第一时间联系我们修改或删除,多谢。",
        "欢迎转载,转载请注明原文网址:http://www.shangqiuzx.com/sqly/89126.html",
        "------分隔线----------------------------",
    ]
    text = "\n".join(["某某市召开2024年科技工作会议", *_BODY, "", *tail]) + "\n"
    out = clean(text)
    check_map(text)
    for line in tail:
        assert line.strip() not in out.display_text.split("\n"), line
    assert "欢迎关注" not in out.display_text and "转载" not in out.display_text
    assert _BODY[1] in out.display_text


def test_a_pages_greeting_over_the_title_leaves() -> None:
    text = "\n".join(["伊金霍洛旗人民政府欢迎您!", "政府工作报告", "各位代表：", *_BODY]) + "\n"
    out = clean(text)
    check_map(text)
    assert "欢迎您" not in out.display_text
    assert "政府工作报告" in out.display_text


def test_a_portals_weather_widget_and_its_related_files_head_are_chrome() -> None:
    assert classify_line("2020年12月18日 星期五  -2℃~ -14℃ PM2.5 13mg/m³").kind == "chrome"
    assert classify_line("2024年7月1日 星期一 22℃~31℃ 多云").kind == "chrome"
    assert classify_line("相关文件链接").kind == "chrome"
    assert classify_line("2024年7月1日星期一，全县最高气温达到38℃，各部门做好防暑降温工作。").kind == "body"
