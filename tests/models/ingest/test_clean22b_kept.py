"""Report text a cleaning step took for junk or chrome, and a forum's jammer run set before a line's text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.inline_junk import leading_junk
from tests.models.ingest.test_clean_props import check_map

# a forum copy whose lines end in jammer runs (junk mode), some led by one too
_FORUM = (
    "刚刚,省十三届人大五次会议在武汉开幕! 6 p5 _3 P/ x/ p1 h\n"
    "上午9时许,省长代表省人民政府向大会报告工作。 f# N1 J( B( |\n"
    "{lead}2020,湖北,向人民交卷,省长说: ( a' f' k: O- h) h1 ^\n"
    "一年来,在省委坚强领导下,我们克难奋进、砥砺实干。 V4 f' w+ d\n"
    "过去一年主要工作回顾如下。 c3 a; P7 q3 ^\n"
)


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        ("3 M; d/ U% c3 a; P7 q3 ^", "2020,湖北"),  # 1978: the last token glued to the year
        ("6 b8 N0 k6 }' T( c# i7 O% H- b$ Y", "2020,湖北"),  # 1257: glued to the text by a letter
        (": x2 v4 V4 f' w+ ", "2020,湖北"),  # the run set apart by a blank
    ],
)
def test_a_jammer_run_before_a_lines_text_is_cut_in_a_junk_copy(lead: str, kept: str) -> None:
    text = _FORUM.format(lead=lead)
    display = clean(text).display_text
    line = next(ln for ln in display.split("\n") if kept in ln)
    assert line.startswith(kept)
    check_map(text)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("1 2 3 一、总体要求", "1 2 3 一、总体要求"),  # figures, no junk token
        ("A B C 三个方案", "A B C 三个方案"),  # letters of a list
        ("x2 v4 V4 k9 m8", "x2 v4 V4 k9 m8"),  # nothing Chinese after the run
        ("x2 v4 V4 (一)加强党的建设", "(一)加强党的建设"),  # an opening bracket starts the text
        ("x2 v4 V4 “十四五”规划", "“十四五”规划"),
        ("5 D- L0 {! V6 x {(2016年9月2日)", "(2016年9月2日)"),  # 1257: the jammer's brace before the date's bracket
    ],
)
def test_a_lines_opening_that_is_text_is_kept(line: str, text: str) -> None:
    assert line[leading_junk(line) :] == text


@given(st.text(alphabet=st.sampled_from(list("ab12^;' 一二三、(")), max_size=40))
def test_leading_junk_ends_inside_the_line(line: str) -> None:
    start = leading_junk(line)
    assert 0 <= start <= len(line)
    assert start == 0 or any("\u4e00" <= ch <= "\u9fff" for ch in line[start : start + 3])


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # 1285: a hijacked mirror's download advert inside the sentence
        (
            "2023年度我乡在伟德app官网下载苹果版安装信息公开发布平台上主动公开政府信息300余条,",
            "我乡在信息公开发布平台上",
        ),
        ("全年在ABCapp官网入口门户网站发布信息52条。", "全年在门户网站发布"),
        ("我县在某某app官方网站安卓版本政务公开专栏公开文件12件。", "我县在政务公开专栏"),
    ],
)
def test_a_sites_app_download_advert_inside_a_sentence_is_cut(line: str, kept: str) -> None:
    text = f"一、主动公开情况\n{line}\n二、依申请公开情况\n全年未收到申请。\n"
    assert kept in clean(text).display_text
    check_map(text)


@pytest.mark.parametrize(
    "line",
    [
        "群众可通过“赣服通”app、官网下载办事指南。",  # marks between the words: report prose
        "全年政务app下载量达12万次,官网访问量增长20%。",
        "各单位在市政府官网下载申报表格。",
    ],
)
def test_app_and_site_words_in_report_prose_stay(line: str) -> None:
    text = f"一、主动公开情况\n{line}\n二、依申请公开情况\n全年未收到申请。\n"
    assert line in clean(text).display_text


@pytest.mark.parametrize(
    "head",
    [
        "陕西宜君:县农业局召开农业工作会",  # 1981: a news headline read as a field
        "某某县林业局召开2023年林业工作会议",
        "广西某某:县水利局部署汛期安全工作",
    ],
)
def test_a_headline_printed_again_after_the_pages_chrome_is_shown_once(head: str) -> None:
    text = (
        f"范文网,分享全网优秀范文,学习好帮手!\n范文网 > {head}\n\n{head}\n\n时间:2021-10-01 18:30:15\n\n相关推荐\n\n"
        f"{head}\n\n4月17日,全县工作会在局五楼会议室召开。\n\n会上,局长全面总结了全年工作,并对明年工作作出部署。\n"
    )
    display = clean(text).display_text
    assert display.count(head) == 1
    assert "4月17日,全县工作会" in display
    check_map(text)
