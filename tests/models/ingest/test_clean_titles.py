"""A content farm's labels for its bundles of reports leave the body; a report's own titles and parts stay."""

from __future__ import annotations

import re

import pytest

from models.ingest.chrome_bundles import compilation_label
from models.ingest.chrome_titles import loose_title
from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_TEXT = (
    "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。\n"
    "一、过去五年工作回顾\n五年来，全县生产总值年均增长8.4%，地方财政收入由2600万元增加到5300万元。\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "投资促进工作总结6篇",
        "2023政务中心工作总结(通用5篇)",
        "2024年述职报告【精选12篇】",
        "乡2023年政府工作报告-10篇(第20/30页)",
        "工作计划汇总十篇",
        "篇一:乡镇人大会,政府工作报告",
        "第二篇：文化广电新闻出版局上半年工作总结",
    ],
)
def test_a_farms_bundle_label_is_recognised(label: str) -> None:
    assert compilation_label(label)


@pytest.mark.parametrize(
    "line",
    [
        "第一篇 总体要求",
        "第二篇:推进高质量发展的主要任务",
        "关于印发三篇文章的通知",
        "某县2011年政府工作报告",
        "全年发表论文5篇。",
    ],
)
def test_a_reports_own_lines_are_no_bundle_label(line: str) -> None:
    assert not compilation_label(line)


@pytest.mark.parametrize(
    "head",
    [
        "某县2011年政府工作报告6篇\n",
        "某县2011年政府工作报告（通用5篇）\n某县2011年政府工作报告\n",
        "某县政府工作报告-10篇(第20/30页)\n",
        "某县人代会,政府工作报告\n【www.example.com--报告】\n篇一:某县人代会,政府工作报告\n某县2011年政府工作报告\n",
    ],
)
def test_bundle_labels_and_the_farms_copy_of_the_piece_name_leave_the_body(head: str) -> None:
    text = head + _TEXT
    result = clean(text)
    assert result.display_text.replace("某县2011年政府工作报告\n", "").startswith("各位代表：")
    assert any("篇" in c for c in result.chrome_lines)  # 显示原文 shows it
    check_map(text)


def test_a_later_pieces_label_inside_the_bundle_stays_unless_it_counts_pieces() -> None:
    text = "第一篇:某县2011年政府工作报告\n" + _TEXT + "第二篇:某区2011年政府工作报告\n" + _TEXT
    shown = clean(text).display_text
    assert "第一篇" not in shown and "第二篇:某区2011年政府工作报告" in shown


@pytest.mark.parametrize(
    ("page", "own"),
    [
        ("区生态环境分局2024年一季度工作总结(20240412)", "区生态环境分局202x年一季度工作总结"),
        ("2022110103林业局2022年工作总结及2023年工作计划", "林业局2022年工作总结及2023年工作计划"),
        ("6乡镇年度林业站农林工作总结", "乡镇年度林业站农林工作总结"),
        ("1 2021 年荣县政府工作报告(全文)", "2021年荣县政府工作报告"),
        ("东阳镇2010年度总结(终)", "东阳镇20XX年度总结"),
    ],
)
def test_a_pages_copy_of_a_title_compares_equal_to_the_reports_own(page: str, own: str) -> None:
    assert loose_title(page) == loose_title(own)


def test_a_figure_opening_a_line_is_no_page_number() -> None:
    assert loose_title("2021年工作总结") != loose_title("年工作总结")
    assert loose_title("30个重点项目").startswith("30")


@pytest.mark.parametrize("mask", ["202x", "20XX", "20**", "xxxx"])
def test_a_farms_dated_page_title_goes_and_the_templates_own_title_with_a_masked_year_stays(mask: str) -> None:
    text = "某某范文网 首页\n区生态环境分局2024年一季度工作总结(20240412)\n2024-12-09 某某范文网\n"
    text += f"区生态环境分局{mask}年一季度工作总结\n" + _TEXT
    shown = clean(text).display_text
    assert shown.startswith(f"区生态环境分局{mask}年一季度工作总结\n"), shown[:80]
    assert "20240412" not in shown
    check_map(text)


@pytest.mark.parametrize(
    ("page", "run_in"),
    [
        (
            "生态环境局2024年工作总结及2025年工作计划",
            "生态环境局2024年工作总结及2025年工作计划2024年以来,区分局认真贯彻落实。",
        ),
        (
            "生态环境局2024年工作总结及2025年工作计划",
            "生态环境局202x年工作总结及2025年工作计划202x年以来,区分局认真贯彻落实。",
        ),
        ("6乡镇年度林业站农林工作总结", "乡镇年度林业站农林工作总结 2010年,镇林业站在区林业局的领导下,努力实践。"),
        (
            "某市推进林业产业化工作情况汇报",
            "某市推进林业产业化工作情况汇报 一、基本情况 某市作为全省林业重点山区县之一,林业用地28万亩。",
        ),
        ("某县文旅体育局2020年工作总结", "某县文旅体育局2020年工作总结工作总结:2020年以来,我局在县委的领导下。"),
        ("某县文旅体育局2020年工作总结", "某县文旅体育局2020年工作总结范文：2020年以来,我局在县委的领导下。"),
    ],
)
def test_a_page_title_over_a_text_that_opens_with_the_reports_own_title_goes(page: str, run_in: str) -> None:
    text = page + "\n" + run_in + "\n" + _TEXT
    result = clean(text)
    assert result.display_text.startswith(run_in.split(" ")[0][:8]) and page in result.chrome_lines
    check_map(text)


def test_a_title_over_a_paragraph_that_only_names_the_report_stays() -> None:
    text = "某县2011年政府工作报告\n某县2011年政府工作报告已经县人民政府第5次常务会议通过，现予公布。\n" + _TEXT
    assert clean(text).display_text.startswith("某县2011年政府工作报告\n")


@pytest.mark.parametrize(
    "page",
    [
        "(安徽省)某县人民政府工作报告(2025年)",
        "【河北省】某县人民政府工作报告(全文)",
        "（湖北省）2025年某县政府工作报告",
    ],
)
@pytest.mark.parametrize(
    "delivery",
    ["—— 在某县第十八届\n人民代表大会第四次会议上\n", "——2025年1月9日在某县第十八届人民代表大会第四次会议上\n"],
)
def test_a_mirrors_decorated_heading_over_the_reports_own_title_block_goes(page: str, delivery: str) -> None:
    text = "导航菜单\n" + page + "\n政 府 工 作 报 告\n" + delivery + "县人民政府县长 某某\n" + _TEXT
    result = clean(text)
    assert page not in result.display_text and page in result.chrome_lines
    assert "政 府 工 作 报 告" in result.display_text or "政府工作报告" in result.display_text
    check_map(text)


def test_a_page_title_over_a_cut_copy_and_the_text_that_both_open_with_the_title_goes() -> None:
    page = "(湖北省)2017年某县人民政府工作报告(全文)"
    cut = page + " 政 府 工 作 报 告 2016年12月16日在某县第十六届人民代表大会第一次会议上 县长 某某 各位代"
    full = (
        cut + "表: 现在,我代表县人民政府向大会报告工作,请予审议。一、过去五年工作回顾 五年来,全县生产总值年均增长8.4%。"
    )
    text = "会员登录 新用户注册 退出\n" + page + "\n公文搜 2021-07-23 10:38:42 政府报告\n" + cut + "\n" + full + "\n"
    result = clean(text)
    assert page in result.chrome_lines and not result.display_text.startswith(page + "\n")
    assert "年均增长8.4%" in result.display_text
    check_map(text)


_SPEECH = (
    "同志们：\n这次会议的主要任务是，总结去年工作，部署今年任务。\n"
    "一、关于2022年工作\n去年全系统完成档案接收12万卷，同比增长8%。\n"
)


@pytest.mark.parametrize(
    ("page_title", "own"),
    [
        ("陆国强在全国档案局长馆长会议上的报告", "全面贯彻落实党的二十大精神\n——在全国档案局长馆长会议上的报告"),
        ("张三在全市经济工作会议上的讲话", "坚定信心 真抓实干\n—— 在全市经济工作会议上的讲话"),
        ("李四局长在全县教育大会上的工作报告", "办好人民满意的教育\n－在全县教育大会上的工作报告"),
    ],
)
def test_a_news_pages_speaker_title_over_the_speechs_own_block_goes(page_title: str, own: str) -> None:
    text = f"当前位置：首页 >> 工作动态 >> 正文\n{page_title}\n来源：某局官网 日期：2023年02月27日\n{own}\n{_SPEECH}"
    result = clean(text)
    assert page_title not in result.display_text.split("\n")
    assert own.split("\n")[0] in result.display_text and "一、关于2022年工作" in result.display_text
    assert page_title in result.chrome_lines
    check_map(text)


@pytest.mark.parametrize(
    ("page_title", "own"),
    [
        ("县政府工作报告", "政府工作报告——2006年2月20日在县第十四届人民代表大会第三次会议上"),
        ("2006年某县政府工作报告", "政府工作报告—2006年2月20日在某县第十四届人民代表大会第三次会议上"),
    ],
)
def test_a_mirrors_title_over_the_reports_title_with_its_delivery_goes(page_title: str, own: str) -> None:
    text = f"{page_title}\n栏目：工作报告 发布：2006-08-23\n{own}\n{_TEXT}"
    result = clean(text)
    assert page_title not in result.display_text.split("\n") and own in result.display_text
    check_map(text)


@pytest.mark.parametrize(
    ("title", "delivery"),
    [
        ("某县政府工作报告", "——2020年1月7日在某县第十八届人民代表大会第五次会议上"),
        ("在全市经济工作会议上的讲话", "——2023年2月16日在全市经济工作会议上"),
        ("政府工作报告", "政府工作报告——2006年2月20日在县第十四届人民代表大会第三次会议上"),
    ],
)
def test_the_reports_own_title_over_its_delivery_line_stays(title: str, delivery: str) -> None:
    text = f"{title}\n{delivery}\n{_TEXT}"
    assert title in clean(text).display_text.split("\n")


@pytest.mark.parametrize(
    ("page_title", "own"),
    [
        ("县教育体育局年终工作总结报告范本", "2020县教育体育局年终工作总结报告"),
        ("某镇2023年工作计划模板", "某镇2023年工作计划"),
        ("区林业局上半年工作总结例文", "区林业局20XX年上半年工作总结"),
        ("某市民政局2023年度工作总结范文(3篇)", "某市民政局2023年度工作总结"),
    ],
)
def test_a_farms_decorated_copy_of_the_reports_title_goes(page_title: str, own: str) -> None:
    text = f"当前位置:首页 > 公文范文 > {page_title}\n{page_title}\n时间:2023-09-12 12:30:33\n{own}\n{_TEXT}"
    result = clean(text)
    shown = result.display_text.split("\n")
    assert page_title not in shown and own in shown
    check_map(text)


@pytest.mark.parametrize("label", ["第一篇:水利局长供职发言", "第二篇：财政局长供职发言", "第1篇:县长述职报告"])
def test_a_sites_piece_number_over_the_title_goes_whatever_the_line_reads_as(label: str) -> None:
    own = re.sub(r"^第.{1,3}篇\s*[:：]", "", label)
    text = f"{label}\n{own}\n本次会议对我拟任职务的议案进行审议，如果通过任命，我将恪尽职守、勤奋工作。\n{_TEXT}"
    shown = clean(text).display_text.split("\n")
    assert label not in shown and own in shown


@pytest.mark.parametrize("site", ["腾讯文库", "某某文库", "www.example.com "])
def test_the_page_head_repeated_after_a_sites_name_goes(site: str) -> None:
    title = "某市推进林业产业化工作情况汇报"
    text = f"{title}\n{_TEXT}{site}{title}\n"
    shown = clean(text).display_text.split("\n")
    assert shown.count(title) == 1 and not any(site.strip() in line for line in shown)


def test_a_reports_own_model_text_title_stays() -> None:
    text = f"关于印发《某县政府工作报告范本》的通知\n{_TEXT}"
    assert "关于印发《某县政府工作报告范本》的通知" in clean(text).display_text


@pytest.mark.parametrize("line", ["某镇上半年工作总结及下半年工作设想", "某省人民政府办公厅文件"])
def test_a_head_line_printed_twice_over_the_text_leaves_once(line: str) -> None:
    # the page's copy and the document's own, whatever kind of report the line names: one copy stays
    text = f"{line}\n{line}\n今年以来，我镇认真贯彻上级决策部署，全镇经济社会发展稳中有进，各项工作取得新成效。\n"
    result = clean(text)
    assert result.display_text.count(line) == 1
    assert line in result.chrome_lines
