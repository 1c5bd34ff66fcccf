"""Chrome families of session 12, each in its shape: a short text a page of the family would print."""

from __future__ import annotations

import pytest

from models.ingest.chrome_lines import classify_line
from models.ingest.clean import clean


@pytest.mark.parametrize(
    "line",
    [
        "图片1.jpg",  # an image's name where the page showed it (a statistics site's chart)
        "image.png",
        "丨     网站无障碍 丨 关怀版 丨  gablogo.png关爱版",  # a portal's tool bar with its logo's name
        "ico-crumb.png 首页 > 常委会会议 > 常委会会刊 > 16届常委会第37次会议",  # a breadcrumb's icon
        "微信 ![]() |",  # a share block's QR codes, their sources lost
        "手机APP ![]() |",
        "-" * 80,  # a plain-text copy's rule between the page's head and the document
        "==========",
    ],
)
def test_image_file_name_lines_are_chrome(line: str) -> None:
    assert classify_line(line).kind == "chrome"


@pytest.mark.parametrize(
    "line",
    [
        "附件:现场照片.jpg",  # the document's own attachment line names its file
        "图1为2023年全县地区生产总值增长情况,详见附图chart.png。",  # a sentence naming a file stays text
        "全年共拍摄宣传照片1200余张,制作展板photo.jpg等宣传材料,覆盖全县各乡镇和重点企业的生产车间",
    ],
)
def test_text_naming_an_image_file_stays_body(line: str) -> None:
    assert classify_line(line).kind == "body"


def test_image_name_inside_the_body_leaves_the_display_and_the_paragraphs_keep_their_break() -> None:
    text = (
        "哈尔滨市2020年国民经济和社会发展统计公报\n\n"
        "全年全市实现地区生产总值5183.8亿元,比上年增长0.3%。\n"
        "图片1.jpg\n"
        "第三产业增加值占地区生产总值的比重为22.7%。\n"
    )
    out = clean(text)
    assert "图片1.jpg" not in out.display_text
    assert "图片1.jpg" in out.chrome_lines
    assert "增长0.3%。\n第三产业" in out.display_text.replace("\n\n", "\n")
    start = out.display_text.index("第三产业")
    assert text[out.offset_map.to_original(start)] == "第"


def test_a_short_heading_under_an_image_name_stays_text() -> None:
    """An image stands in the text's flow: the short heading after it is the text's, not a tool bar's word."""
    text = (
        "哈尔滨市2020年国民经济和社会发展统计公报\n\n一、综合\n\n经济总量\n\n"
        "全年全市实现地区生产总值5183.8亿元,比上年增长0.3%。\n\n图片1.jpg\n\n图片2.jpg\n\n人口\n\n"
        "年末全市户籍总人口948.5万人。其中,城镇人口528.4万人。\n"
    )
    lines = clean(text).display_text.split("\n")
    assert "人口" in lines
    assert "图片2.jpg" not in lines


@pytest.mark.parametrize(
    "head",
    [
        "(陕西省)2018年某县人民政府工作报告(全文)\n某站 2021-07-27 17:09:26 政府报告\n政府工作报告\n",
        "购物车\n2019年某县政府工作报告(全文)\n加入Vip免费下载 立即下载\n"
        "政府工作报告 ——2019年1月12日在某县第八届人民代表大会第四次会议上\n",
    ],
)
def test_a_sites_full_text_heading_over_the_reports_own_title_is_chrome(head: str) -> None:
    text = head + "各位代表:\n现在,我代表县人民政府,向大会报告政府工作,请予审议。\n一、2018年工作回顾\n"
    out = clean(text)
    assert "(全文)" not in out.display_text
    assert any("(全文)" in c for c in out.chrome_lines)
    assert "政府工作报告" in out.display_text.split("\n")[0]


def test_a_full_text_heading_with_no_shorter_own_title_under_it_stays() -> None:
    """A portal printing only 某市政府工作报告(全文) over the text: nothing else titles the report."""
    text = "2021年某市政府工作报告(全文)\n各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n"
    assert clean(text).display_text.startswith("2021年某市政府工作报告(全文)")


def test_a_farms_summary_under_its_full_text_heading_goes_and_the_own_title_stays() -> None:
    """A farm prints its heading, then the opening run together under it, then the heading again over the text."""
    text = (
        "(河北省)2017年某县人民政府工作报告(全文)\n"
        "某站 2021-07-23 10:26:26 政府报告\n"
        "(河北省)2017年某县人民政府工作报告(全文) 政府工作报告pbY pbY 2017年2月22日在某县第十七届人民代表大会"
        "第一次会议上pbY\n"
        "(河北省)2017年某县人民政府工作报告(全文)\n"
        "政府工作报告pbY\n"
        "pbY\n"
        "2017年2月22日在某县第十七届人民代表大会第一次会议上pbY\n"
        "各位代表:pbY\n"
        "现在,我代表县人民政府,向大会报告政府工作,请予审议。pbY\n"
    )
    out = clean(text)
    assert "(全文)" not in out.display_text
    assert out.display_text.startswith("政府工作报告")
    assert sum("(全文)" in c for c in out.chrome_lines) == 3
