"""Which page dates date a report: a government portal's do, a farm's, store's, aggregator's or news site's never
(made-up pages shaped like the families seen; README "Metadata" and "Posting times of content farms and doc stores")."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_dates import parse_date
from models.ingest.metadata_publisher import bare_date_line, full_year, portal_furniture, update_time_only
from models.types import Metadata

PARA = (
    "今年以来，在县委、县政府的坚强领导下，我局认真贯彻落实各项决策部署，扎实推进各项工作，"
    "全年完成固定资产投资12.5亿元，同比增长8.6%，各项工作取得新成效。"
)


LINES = "\n\n".join([PARA] * 8)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


# ---------------------------------------------------------------- a government portal's page time dates the report


@pytest.mark.parametrize(
    "top",
    [
        # a county portal: welcome banner, 政府信息公开 breadcrumb, a 时间: line mixed with the page's tools
        "你好,欢迎访问某某市某某区人民政府\n设为首页  |  加入收藏  |  无障碍阅读\n"
        "当前位置: 首页  >  政府信息公开  >  法定主动公开内容  >  通知公告  >  正文\n\n"
        "某某乡2022年度部门决算\n\n来源: 时间:2023年10月19日 17:59 点击率:打印 】【 关闭\n\n",
        # a portal's index rows without labels: the index number and the page date alone on their lines
        "无障碍阅读 关怀版 返回首页\n政府信息公开\n某某乡2022年度部门决算\n"
        "113701130042070099-A/2021-4059841\n综合政务\n2023-10-19\n有效\n\n",
    ],
)
def test_a_portal_page_time_dates_a_report_without_a_date_of_its_own(top: str) -> None:
    text = top + "某某乡2022年度部门决算\n\n一、主要职能\n" + PARA * 3
    assert _meta(text).date == "2023-10-19"


def test_a_bare_date_line_under_a_mirrored_title_dates_the_report() -> None:
    # (737) the title twice, then a date alone on its line: the mirrored portal's page date
    text = "某某县教育局2020年工作总结\n某某县教育局2020年工作总结\n2020-11-26\n" + PARA * 3
    assert _meta(text).date == "2020-11-26"


@pytest.mark.parametrize(
    "top",
    [
        # a farm's own 时间: line (keyed, no portal furniture)
        "某局2020年工作总结\n\n时间:2021-08-31\n\n",
        # a farm's bare stamp with its time of day
        "某局2020年工作总结\n\n2022-07-21 09:17:34\n\n",
        # a doc store's bare date under its furniture
        "某局2020年工作总结\n\nVIP专免\n\n999+\n\n2024-05-16\n\n",
    ],
)
def test_a_farm_page_time_gives_no_date(top: str) -> None:
    assert _meta(top + PARA * 3).date is None


def test_a_two_digit_year_on_a_portal_page_reads_one_way() -> None:
    text = (
        "某某政务网 无障碍浏览\n\n某某委召开2023年重点工作调度会\n\n"
        "发布时间:23年11月03日 信息来源: 编辑:某某委\n\n113日,某某委召开2023年重点工作调度会。" + PARA * 2
    )
    assert _meta(text).date == "2023-11-03"


# ---------------------------------------------------------------- a farm's, aggregator's or news site's time never does


@pytest.mark.parametrize(
    "top",
    [
        # a news item rendering the bulletin its lead says was released: the item's day is not the bulletin's (1099)
        "2021年某某省国民经济和社会发展统计公报:GDP同比增长8.8%(图)\n来源:某某产业研究院 发布日期:2022-03-28 10:00\n"
        "某某情报网讯:近日,某某省统计局发布了2021年某某省国民经济和社会发展统计公报。\n",
        # an update time alone over the text
        "更新时间:2024-05-10\n",
        # a farm's repost: its tags line and the original's address
        "当前位置:首页 > 政策资讯\n连续两年!某某县住建局获优秀单位!\n"
        "发布日期:2024-06-17 18:35:03 本文标签:某某县 责任制\n"
        "原文地址:https://jsj.example.gov.cn/art/2024/6/13/art_1.html\n",
    ],
)
def test_a_farm_aggregator_or_news_time_gives_no_date(top: str) -> None:
    assert _meta(top + PARA * 3).date is None


def test_a_news_sites_item_takes_its_page_day() -> None:
    # a newspaper as 来源 on a news site, the item dating nothing itself (255, rulings22)
    top = "某某网 > 文化 > 资讯\n“任务清单” 今年某某这样干\n发布时间:2021-01-21 10:12:00来源: 某某日报\n"
    assert _meta(top + PARA * 3).date == "2021-01-21"


@pytest.mark.parametrize(
    "top",
    [
        # an update time beside a government office as 来源, under a portal's 信息公开 breadcrumb
        "当前位置 : 首页 > 信息公开 > 规划计划 > 年度工作\n某某市气象局2020年工作总结\n"
        "更新时间:2021-02-10 16:20:47 来源: 某某市气象局\n",
        # a newspaper as 来源 on a portal mirror with its article bar
        "二〇〇八年某某省国民经济和社会发展统计公报\n发布时间:2021年02月10日\n"
        "信息来源:某某日报\n【 字体: 】 【打印文章】\n",
    ],
)
def test_a_portal_keeps_its_date_beside_an_update_key_or_a_newspaper(top: str) -> None:
    assert _meta(top + PARA * 3).date == "2021-02-10"


# ---------------------------------------------------------------- the helpers


def test_full_year_puts_the_century_back_on_a_two_digit_year() -> None:
    assert full_year("23年11月03日") == "2023年11月03日"
    assert full_year("2023年11月03日") == "2023年11月03日"


def test_a_bare_date_line_is_a_date_alone_on_its_line_without_a_time() -> None:
    assert bare_date_line("2020-11-26", "标题\n2020-11-26\n正文")
    assert bare_date_line("2023-02-24", "标题\n- 2023-02-24\n")
    assert not bare_date_line("2020-11-26", "标题\n时间:2020-11-26\n")
    assert not bare_date_line("2022-07-21 09:17:34", "标题\n2022-07-21 09:17:34\n")


def test_update_time_only_reads_the_header_keys() -> None:
    assert update_time_only(("更新时间:2024-05-10",))
    assert not update_time_only(("更新时间:2021-01-09 发布时间:2021-01-08",))
    assert not update_time_only(("来源:某局",))


def test_portal_furniture() -> None:
    assert portal_furniture(("当前位置: 首页 > 政府信息公开 > 正文",), (), [])
    assert portal_furniture((), (), ["640522017/2022-00027"])
    assert not portal_furniture(("当前位置:首页 > 工作总结",), ("时间:2021-08-31",), [])


def test_a_government_sites_footer_is_a_portals_furniture() -> None:
    # (1132) only government sites are given a 网站标识码; a footer naming a government as the site's owner
    menu = tuple(f"栏目{k}" for k in range(40))
    assert portal_furniture((*menu, "备案号:某ICP备06034732号 网站标识码:3207230037"), (), [])
    assert portal_furniture(("版权所有:某某县人民政府 某某县人民政府办公室主办",), (), [])
    assert not portal_furniture(("版权所有:某某文库 2005-2030",), (), [])
    text = "某某县2030年三季度工作通报\n\n时间:2030-10-16 10:41  信息来源:某某县\n\n" + PARA * 3
    footer = "\n\n版权所有:某某县人民政府 某某县人民政府办公室主办 < 网站地图 >\n网站标识码:3207230037"
    assert _meta(text + footer).date == "2030-10-16"


def test_a_posting_line_naming_an_office_under_the_title_dates_the_report() -> None:
    # (1073) date, time and the posting office (a 督导室, a 科) under the title, on a portal
    for office in ("某区政府教育督导室", "某县农业农村局办公室综合科"):
        text = "某某区人民政府2022年履行教育职责工作报告\n2023-11-24 11:54   " + office + "\n\n" + PARA * 3
        assert _meta(text).date == "2023-11-24"


def test_an_index_table_row_without_colons_gives_its_page_date() -> None:
    text = (
        "某某县卫生健康局2022年上半年工作总结暨下半年工作计划\n\n"
        "索引号 640522017/2022-00027 文号 生成日期 2022-07-05 16:35:00\n"
        "公开方式 主动公开 所属机构 某某县卫生健康局\n\n" + PARA * 3
    )
    assert _meta(text).date == "2022-07-05"


# ---------------------------------------------------------------- the document's own date over the page's


def test_a_bulletin_masthead_dates_the_issue_over_the_page_date() -> None:
    # (1067) the page title and posting line, then the masthead: its name, its issue line, the office and a date
    # that lost its 日, then the own title over two lines
    text = (
        "关于2022年《政府工作报告》主要任务上半年落实情况的通报\n\n"
        "发布时间:2022-08-23 14:52信息来源:某县人民政府文字大小:[    ] 背景色:\n\n"
        "某县政务督查\n\n20期\n\n某县人民政府督查室           2022年8月19\n\n"
        "关于2022年《政府工作报告》主要任务\n\n上半年落实情况的通报\n\n各乡镇人民政府,县政府各部门:\n\n" + LINES
    )
    assert _meta(text).date == "2022-08-19"


def test_a_signature_date_that_lost_its_day_mark_is_read() -> None:
    text = "某县人民政府关于下达2021年计划的通知\n\n各镇政府:\n" + PARA * 3 + "\n某县人民政府\n\n2021年2月22\n"
    assert _meta(text).date == "2021-02-22"


def test_a_delivery_line_with_zai_before_its_lost_marks_date_beats_the_page_date() -> None:
    # (492) ——在20201223日…: the digits read one way, the page's 日期 a day later
    text = (
        "日期: 2020-12-24\n\n某某区2020年预算执行情况和2021年预算草案的报告\n\n"
        "——在20201223日某某区第十六届人民代表大会常务委员会第三十七次会议上\n\n"
        "区财政局局长   张某某\n\n主任、各位副主任、各位委员:\n" + PARA * 3
    )
    assert _meta(text).date == "2020-12-23"


def test_the_printing_line_closing_a_document_dates_it_below_its_signature() -> None:
    body = "某市人民政府办公室关于印发某某三年行动计划的通知\n\n各区人民政府:\n" + PARA * 3
    printed = "\n某市人民政府办公室    2020年8月10日印发\n"
    assert _meta(body + printed).date == "2020-08-10"
    signed = body + "\n某市人民政府办公室\n2020年8月6日\n" + PARA + printed
    assert _meta(signed).date == "2020-08-06"


@pytest.mark.parametrize("own", ["(二〇二二年四月)", "(2022年4月)", "二〇二二年四月"])
def test_an_own_date_line_without_a_day_gives_no_date_over_the_page(own: str) -> None:
    # (990) the bulletin dates itself by month only: the portal's later page date does not stand in
    text = (
        "某旗2021年国民经济和社会发展统计公报\n发布时间:2022-04-21 16:20:00 来源:某旗统计局\n\n"
        "某旗统计局\n\n" + own + "\n\n" + PARA * 3
    )
    assert _meta(text).date is None


def test_a_news_items_dateline_over_its_reporters_byline_is_no_document_date() -> None:
    # (379) a news app's item on a bureau's half year: date line, bureau, headline, reporters' byline
    text = "2024年08月31日\n\n区住建局\n\n聚焦重点 精准发力\n\n融媒体记者 高 原 刘振兴\n\n" + LINES
    assert _meta(text).date is None
    credit = "区住建局2024年上半年工作总结\n\n2024年08月31日\n\n记者 张三 摄\n\n" + LINES
    assert _meta(credit).date == "2024-08-31"  # a photo credit is no byline


# ---------------------------------------------------------------- titles on news pages


@pytest.mark.parametrize(
    "top",
    [
        # a news site's hotline among its furniture
        "焦点图\n\n联系我们\n\n新闻热线: 13034975678\n\n激活农村发展活力 奋力推进乡村振兴\n\n时间:2021-06-30 16:34\n\n",
        # a newspaper as the page's 来源
        "某某网 > 文化 > 资讯\n\n“任务清单” 今年某某这样干\n\n发布时间:2021-01-21 10:12:00来源: 某某日报\n\n",
    ],
)
def test_a_news_sites_headline_over_another_bodys_work_is_no_title(top: str) -> None:
    lead = "翻开过去一年某某市农业农村局的“记事本”,农业发展活力不断增强,乡村振兴奋力推进,农民持续增收。"
    assert _meta(top + lead + "\n\n" + LINES).title is None


def test_a_bureaus_own_headline_on_its_portal_stays_the_title() -> None:
    text = (
        "某某政务网 无障碍浏览\n\n某某委召开2023年重点工作调度会\n\n发布时间:2023年11月03日 信息来源: 编辑:某某委\n\n"
        "11月3日,某某委召开2023年重点工作调度会,会议深入落实重点工作调度会议精神,研究部署下一阶段重点工作。\n\n" + LINES
    )
    assert _meta(text).title == "某某委召开2023年重点工作调度会"


@pytest.mark.parametrize(
    "lead",
    [
        "某某情报网讯:近日,某某省统计局发布了2021年某某省国民经济和社会发展统计公报。经核算,全年全省地区生产总值增长8.8%。",
        "某某网6月7日消息 某某部发布《2021年度某某事业发展统计公报》(以下简称《公报》)。《公报》显示,就业增加。",
    ],
)
def test_a_news_lead_names_the_bulletin_it_renders(lead: str) -> None:
    text = "某某省GDP同比增长8.8%(图)\n\n" + lead + "\n\n" + LINES
    assert (_meta(text).title or "").startswith("2021年")


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_full_year_reads_every_two_digit_page_year_in_this_century(day: date) -> None:
    written = f"{day.year % 100:02d}年{day.month:02d}月{day.day:02d}日"
    assert parse_date(full_year(written)) == day.isoformat()


def test_a_farm_compilations_bare_date_gives_no_date() -> None:
    text = "镇党委、政府2020年工作总结(精选8篇)\n\n2024-08-10\n\n篇1:镇党委、政府2020年工作总结\n\n" + LINES
    assert _meta(text).date is None


def test_a_bracketed_date_under_the_title_stays_the_reports_beside_a_byline() -> None:
    text = "某某省政府工作报告\n\n(2012年1月10日)\n\n本报记者 张三 李四\n\n各位代表:\n\n" + LINES
    assert _meta(text).date == "2012-01-10"
