"""A page's furniture left in the body (session 26, body26b): its staff's credit lines under the text
(网络编辑:某, 信息审核:某: 2259, as 1693's 初审编辑), its greeting glued to today's date (2280, 1482, 588), its
Latin buttons (Previous Next: 2231, as 497's Print, 1380's TOP), its 本文来源 field printed again after the text
(2299), a lone clause mark closing the page (2300). Each is told by its shape and place; a report's sentence of the
same words stays."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest.chrome_lines import classify_line
from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_TEXT = (
    "  2014年,市科技局承担的省考指标任务共四项,分别是专利申请量280件、专利授权量80件,均超额完成目标任务。\n"
    "  截至目前,全市专利申请量达到310件,占全年目标任务的110.7%,在全省排名第二,各项工作稳步推进。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "网络编辑:张志珍",
        "信息审核:张志珍",
        "初审编辑:李泽",
        "网站编辑：王某某",
        "文字编辑: 赵六",
        "信息审核：刘某 网络编辑：陈某",
        "(网络编辑:周某)",
    ],
)
def test_a_staff_credit_line_is_chrome(line: str) -> None:
    assert classify_line(line).kind == "chrome"
    display = clean(f"{_TEXT}\n{line}\n").display_text
    assert line.strip("()") not in display
    assert "各项工作稳步推进。" in display


@pytest.mark.parametrize(
    "line",
    [
        "信息审核:要严格落实三审三校制度,确保信息准确。",
        "网络编辑要对稿件质量负责,做到三审三校。",
        "二是加强信息审核,严把政治关。",
    ],
)
def test_a_sentence_about_editing_stays(line: str) -> None:
    assert classify_line(line).kind == "body"


@pytest.mark.parametrize(
    "line",
    [
        "欢迎光临江苏常熟国家农业科技园官方网站 今天是2024.04.30 星期二",
        "欢迎光临庆阳档案信息网! 今天是",
        "今天是:2024年05月17日 星期五     欢迎光临四川省自贡市大安区人民政府",
        "您好,欢迎访问某县统计局网站! 今天是2021-03-02 星期二",
    ],
)
def test_a_greeting_with_todays_date_is_chrome(line: str) -> None:
    assert classify_line(line).kind == "chrome"
    display = clean(f"{line}\n\n某园区2014年度工作总结\n\n{_TEXT}").display_text
    assert "欢迎" not in display
    assert "各项工作稳步推进。" in display


def test_a_welcome_in_the_text_stays() -> None:
    line = "今天是2024年1月8日,欢迎各位代表来到会场,共商全市发展大计。"
    assert classify_line(line).kind == "body"


@pytest.mark.parametrize("line", ["打印整页 打印内容 分享", "打印正文 关闭窗口", "【打印文章】 【关闭】"])
def test_a_print_bar_is_chrome(line: str) -> None:
    # a portal's tool bar under its title (2215, 382): what to print, then share
    assert classify_line(line).kind == "chrome"
    assert line not in clean(f"某街道2022年工作总结\n字号:\n{line}\n{_TEXT}").display_text


@pytest.mark.parametrize("line", ["Previous Next", "PreviousNext", "Print", "TOP", "Prev | Next", "Share Print Close"])
def test_a_line_of_latin_buttons_is_chrome(line: str) -> None:
    assert classify_line(line).kind == "chrome"
    display = clean(f"{line}\n{_TEXT}").display_text
    assert line not in display
    assert "2014年,市科技局" in display


@pytest.mark.parametrize("line", ["Next Generation Access", "Top 500", "Home Appliances to the Countryside"])
def test_latin_words_that_are_no_buttons_stay(line: str) -> None:
    assert classify_line(line).kind == "body"


@pytest.mark.parametrize("label", ["本文来源: 档案局", "本文来源:县统计局", "本文来源：市商务局"])
def test_a_source_field_printed_again_after_the_text_is_chrome(label: str) -> None:
    text = f"某县档案局启动档案上密集架工作安排\n04.06.2015 20:48\n{label}\n{_TEXT}{label}\n04.06.2015 20:48\n"
    display = clean(text).display_text
    assert "本文来源" not in display
    assert display.rstrip().endswith("各项工作稳步推进。")
    check_map(text)


@pytest.mark.parametrize("mark", [";", "；", ",", ":"])
def test_a_lone_mark_closing_the_page_is_chrome(mark: str) -> None:
    text = f"{_TEXT}\n{mark}\n"
    display = clean(text).display_text
    assert display.rstrip().endswith("各项工作稳步推进。")
    check_map(text)


def test_a_mark_a_wrap_pushed_onto_its_own_line_stays() -> None:
    # the paragraph's own closing mark, wrapped alone: it ends the sentence (no sentence end before it)
    text = "  全市专利申请量达到310件,占全年目标任务的110.7%,在全省排名第二,各项工作稳步推进\n。\n"
    assert clean(text).display_text.rstrip().endswith("推进。")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["网络编辑:张三", "欢迎光临某网 今天是2020-01-02 星期四", "Previous Next", ";", "本文来源: 某局", "", "  "]
        ),
        max_size=4,
    ),
    st.booleans(),
)
def test_the_map_stays_exact(extra: list[str], before: bool) -> None:
    chrome = "\n".join(extra)
    check_map(f"{chrome}\n{_TEXT}" if before else f"{_TEXT}\n{chrome}\n")


@pytest.mark.parametrize("tags", ["Tag:年终总结,个人年终总结,年终总结ppt", "Tags: 工作总结 工作计划", "TAG:工作报告"])
def test_a_tag_line_after_the_text_is_chrome_in_any_case(tags: str) -> None:
    # a farm's tags under its piece (2226), written Tag as 标签 is (772, 292): the page's words, no report's
    display = clean(f"{_TEXT}\n{tags}\n").display_text
    assert tags not in display
    assert display.rstrip().endswith("各项工作稳步推进。")
