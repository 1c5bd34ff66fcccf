"""Line classifier: page chrome and metadata headers leave the body; body sentences never do."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.ingest.chrome_lines import classify_line
from models.ingest.clean import clean

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "clean"


@pytest.mark.parametrize(
    "line",
    [
        "当前位置:首页 > 政府信息公开 > 县直",
        "当前位置：首页 》 新闻中心",
        "您当前的位置：首页 > 政务公开",
        "您现在的位置: 首页 > 通知公告",
        "您现在所在的位置: 网站首页> 市农业农村局> 规划计划",
        "你目前所处的位置：首页 > 政务公开",
        "首页 > 政务公开 > 规划计划",
        "字体:加大 减小",
        "【字体：大 中 小】【打印】【关闭】",
        "字体：【大】【中】【小】 打印本页 关闭窗口",
        "扫一扫在手机上查看当前页面",
        "扫一扫在手机打开当前页",
        "我要纠错 关闭窗口",
        "打印本页",
        "【打印】【关闭】",
        "分享到:",
        "分享到：微信 微博 QQ空间",
        "责任编辑:",
        "责任编辑：张三",
        "【责任编辑：李四】",
        "编辑：王五 审核：赵六",
        "附件:",
        "附件：",
        "上一篇：关于做好春节期间工作的通知",
        "版权所有：某某市人民政府 主办单位：某某市人民政府办公室",
        "鄂ICP备12345678号-1",
        "浏览次数：123",
    ],
)
def test_chrome(line: str) -> None:
    assert classify_line(line).kind == "chrome"


@pytest.mark.parametrize(
    ("line", "header", "chrome"),
    [
        ("发布日期:2020-12-24 11:48", "发布日期:2020-12-24 11:48", ""),
        (
            "发布时间:2021-01-18 15:00 来源:县科经局 作者: 字体:加大 减小",
            "发布时间:2021-01-18 15:00 来源:县科经局 作者:",
            "字体:加大 减小",
        ),
        ("索 引 号: 011396186/2020-170341 主题分类: 其他", "索 引 号: 011396186/2020-170341 主题分类: 其他", ""),
        ("文  号:无", "文 号:无", ""),
        ("来源:县科经局", "来源:县科经局", ""),
        ("来源：市经信局　作者：　【打印】", "来源：市经信局 作者：", "【打印】"),
        ("发布机构：\xa0市经信局", "发布机构： 市经信局", ""),
        ("名称：市经信局2020年工作总结和2021年工作计划", "名称：市经信局2020年工作总结和2021年工作计划", ""),
        ("时间：2021-01-18", "时间：2021-01-18", ""),
        ("成文日期：二〇二一年一月十五日", "成文日期：二〇二一年一月十五日", ""),
    ],
)
def test_header(line: str, header: str, chrome: str) -> None:
    result = classify_line(line)
    assert (result.kind, result.header, result.chrome) == ("header", header, chrome)


@pytest.mark.parametrize(
    "line",
    [
        "资金来源:财政拨款",
        "项目资金来源包括中央预算内投资、地方政府专项债券和社会资本。",
        "来源渠道包括财政拨款和社会资本。",
        "来源：市统计局。全市规上工业增加值增长8%。",
        "时间：全年",
        "附件：1.2021年重点项目清单",
        "一、2020年主要工作情况",
        "(一)加大力度坚决打好疫情防控战役",
        "本次打印 关闭",
        "分享到各乡镇的经验做法，包括发动群众、依靠群众，取得了明显成效，值得在全县范围内推广。" * 2,
        "首页设计要简洁",
        "责任编辑要对稿件质量负责，做到三审三校。",
        "当前位置不佳的企业要及时调整。",
        "",
    ],
)
def test_body(line: str) -> None:
    assert classify_line(line).kind == "body"


def test_fixture_page_with_one_field_per_line() -> None:
    result = clean((FIXTURES / "page_fields_per_line.txt").read_text(encoding="utf-8"))
    assert result.header_lines == (
        "索引号：11420000MB1234567X/2021-00012",
        "主题分类：综合政务",
        "发布机构：某某市发展和改革委员会",
        "成文日期：2021年01月15日",
        "文号：某发改发〔2021〕3号",
        "效力状态：有效",
    )
    display = result.display_text
    assert display.startswith("某某市发展和改革委员会2020年工作总结和2021年工作打算\n\n2020年，在市委")
    assert "项目资金来源包括中央预算内投资" in display
    assert "数据来源：市统计局、市政务服务中心。" in display
    assert display.endswith("某某市发展和改革委员会\n二〇二一年一月十五日")
    for gone in ("位置", "字体", "附件", "分享", "上一篇", "下一篇", "版权所有", "ICP"):
        assert gone not in display
    assert len(result.chrome_lines) == 8


def test_fixture_traditional_page() -> None:
    result = clean((FIXTURES / "traditional_pinyin_qmarks.txt").read_text(encoding="utf-8"))
    assert result.script == "traditional"
    assert result.header_lines == ("发布时间：2021-01-05 09:30 来源：某某镇人民政府 作者：",)
    assert result.chrome_lines == (
        "当前位置：首页 > 政务公开 > 乡镇动态",
        "字体：加大 减小",
        "责任编辑：王某",
        "打印本页 关闭窗口",
    )
    display = result.display_text
    assert "（GDP增长6%）" in display
    assert "5G（5G）" in display
    assert "一、主要工作（一）" in display
    assert "（Town Office）" in display
    assert display.endswith("某某镇人民政府\n\n2020年12月28日")


@pytest.mark.parametrize("line", ["【大】【中】【小】", "[大] [中] [小] 打印 关闭"])
def test_bare_font_size_buttons(line: str) -> None:
    assert classify_line(line).kind == "chrome"


def test_bare_publication_time_before_fields() -> None:
    result = classify_line("2021-01-18 15:00 来源：县科经局 浏览次数：35")
    assert (result.kind, result.header, result.chrome) == ("header", "2021-01-18 15:00 来源：县科经局", "浏览次数：35")


def test_the_column_headers_of_a_table_flattened_one_cell_a_line_stay_in_the_body() -> None:
    text = (
        "当前位置：首页 > 规划计划\n某县2023年重点工作任务推进情况表\n发布时间：2023-07-01 来源：县发改委\n\n"
        "序号\n\n重点任务\n\n责任单位\n\n完成情况\n\n备注\n\n一、经济发展类任务(共9项)\n\n1\n\n"
        "地区生产总值增长6%\n\n县统计局\n\n上半年全县地区生产总值增长6.2%，完成年度目标。\n"
    )
    display = clean(text).display_text
    for cell in ("序号", "重点任务", "责任单位", "完成情况", "备注"):
        assert cell in display.splitlines()


def test_a_tool_bar_whose_cells_say_more_than_a_word_is_page_debris() -> None:
    from models.ingest.chrome_debris import is_page_debris

    assert is_page_debris("放大字体 | 缩小字体 | 已收藏,点击取消收藏 点击收藏 | 打印 |")
    assert not is_page_debris("序号 | 任务 | 完成情况", edge=False)


def test_a_date_widget_over_the_page_does_not_open_the_body() -> None:
    text = (
        "今天是:\n关闭\n某区2022年计划执行情况的报告\n来源:某区发展和改革局 时间:2023-02-06 17:01\n"
        "放大字体 | 缩小字体 | 已收藏,点击取消收藏 点击收藏 | 打印 |\n各位代表:\n"
        "受区人民政府委托，现将计划执行情况报告如下，请予审议。\n"
    )
    assert "放大字体" not in clean(text).display_text


@pytest.mark.parametrize("mark", ["............", "…………", "……", "⋯⋯⋯", "。。。。。。", "···"])
def test_an_omission_mark_on_a_line_of_its_own_is_chrome_and_one_closing_a_sentence_stays(mark: str) -> None:
    assert classify_line(mark).kind == "chrome"
    text = "一、工作完成情况\n全年完成投资45亿元，同比增长12%" + mark + "\n" + mark + "\n二、存在问题\n"
    result = clean(text)
    assert "同比增长12%" + mark in result.display_text
    assert mark in result.chrome_lines and "\n" + mark + "\n" not in result.display_text


@pytest.mark.parametrize("greeting", ["欢迎来到自查报告网!", "欢迎光临某某范文网", "精选优质文档-----倾情为你奉上"])
def test_a_sites_greeting_or_slogan_over_the_report_is_chrome(greeting: str) -> None:
    text = greeting + "\n某县交通运输局2023年工作总结\n2023年,县交通运输局聚焦项目建设,全年完成投资12亿元。\n"
    text += "一、2023年工作开展情况\n全年新建农村公路85公里,同比增长12%。\n"
    result = clean(text)
    assert result.display_text.startswith("某县交通运输局2023年工作总结")
    assert greeting in result.chrome_lines


def test_a_welcome_inside_the_report_stays() -> None:
    text = "某县2023年政府工作报告\n各位代表:\n我们真诚欢迎来到我县投资兴业的各界朋友,全年新签约项目32个。\n"
    assert "欢迎来到我县投资兴业" in clean(text).display_text


def test_a_forum_members_counters_between_page_furniture_leave_the_prelude() -> None:
    page = (
        "收藏本站\n查看: 1520|回复: 3\n[复制链接]\n楼主\n签到天数: 35 天 [LV.5]常来常往II\n2\n帖子\n"
        "Rank: 4Rank: 4\n积分\n发表于 2024-5-6 10:11:12 | 只看该作者\n"
        "某某县2023年工作总结\n"
        "2023年，全县上下齐心协力，经济社会发展取得新成效，全年地区生产总值增长百分之六。\n"
    )
    display = clean(page).display_text
    for furniture in ("查看", "签到天数", "Rank", "LV.5"):
        assert furniture not in display
    assert display.startswith("某某县2023年工作总结")


def test_a_field_with_a_figure_between_report_lines_stays() -> None:
    page = "某某县统计局\n统计公报\n报告期：2023\n2023年，全县上下齐心协力，生产总值增长百分之六。\n"
    result = clean(page)
    assert "报告期" in result.display_text or "报告期" in " ".join(result.header_lines)


# a farm sets its previous/next links as list items (2056 ``- 下一篇:区工商联五年工作总结``), as stores and portals set
# their page fields (736 ``- 文档编号:…``, 1055 ``• 发布机构:…``): the bullet changes nothing
@pytest.mark.parametrize(
    "line",
    ["- 下一篇:区工商联五年工作总结", "• 上一篇：某县2020年政府工作报告", "· 下一条:镇政府工作总结", "» 上一篇: 无"],
)
def test_a_bulleted_previous_or_next_link_is_chrome(line: str) -> None:
    assert classify_line(line).kind == "chrome"


def test_a_bulleted_sentence_naming_the_next_part_is_no_link() -> None:
    assert classify_line("- 下一步:我们将继续加大投入力度,确保完成全年目标任务。").kind != "chrome"
