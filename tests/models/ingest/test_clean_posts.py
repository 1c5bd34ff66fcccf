"""A site's posting line over the report leaves the body; a portal's source line, a bare date and the report's
own date and delivery lines stay what they are."""

from __future__ import annotations

import pytest

from models.ingest.chrome_posts import posting_line
from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_TEXT = (
    "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。\n"
    "一、过去五年工作回顾\n五年来，全县生产总值年均增长8.4%，地方财政收入由2600万元增加到5300万元。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "公文搜 2021-07-23 10:26:26 政府报告",
        "某某范文网  2019/3/23 07:35  工作总结",
        "TA的每日心情 开心 2019-3-23 07:35",
        "时间: 01-19",
        "栏目:总结",
        "分类：工作计划",
        "投稿人:苗苗 发布时间:2008/11/25 投稿交换  会员申请 全文3328字",
        "上传者：张三 更新时间：2020-05-06 阅读：235",
        # a farm's column and stamp beside its page tools (2044 总结 时间:2021-08-31 手机版)
        "总结 时间:2021-08-31 手机版",
        "计划 日期：2019-05-12 打印 收藏",
        "时间:2016-3-8 分享到",
    ],
)
def test_a_sites_posting_line_is_recognised(line: str) -> None:
    assert posting_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "2020-11-26",
        "2026-02-03 09:02:33",
        "2021-09-27 15:52 市民政局",
        "发布时间：2022-07-28 来源：万州区政府办公室",
        "发布时间：2022-07-28",
        "2023年12月22日 星期五",
        "——2025年1月15日在克什克腾旗",
        "(2007年2月1日 罗清泉)",
        "刘成金 发布    浏览1135次   2022-12-08发布",
        "2024年3月5日召开全县工作会议，部署全年任务。",
        "发布时间：2022-07-28 市民政局 打印",
        "2023-05-06 县财政局 手机版",
    ],
)
def test_a_portals_header_and_the_reports_own_date_lines_are_no_posting_line(line: str) -> None:
    assert not posting_line(line)


@pytest.mark.parametrize(
    "post", ["公文搜 2021-07-12 11:07:54 农业", "时间: 01-19\n栏目:总结", "投稿人:某某 发布时间:2008/11/25 全文3328字"]
)
def test_a_posting_line_between_the_title_and_the_text_goes(post: str) -> None:
    text = "某县2011年政府工作报告\n" + post + "\n" + _TEXT
    result = clean(text)
    assert result.display_text.replace("\n\n", "\n").startswith("某县2011年政府工作报告\n各位代表：")
    assert post.split("\n")[0] in result.chrome_lines  # 显示原文 shows it
    check_map(text)
