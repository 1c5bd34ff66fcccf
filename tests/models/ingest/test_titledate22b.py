"""Titles and dates left after session 22's first round: a doc store's page captions naming the title its one-line
preview runs into (1853, 1960; 1150, 1813 of other stores already read so)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.title_captions import captioned_title
from models.ingest.title_edges import undoubled
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


BODY = (
    "一、{year}年工作开展情况{year}年,{place}事业在区委、区政府的坚强领导下,突出生态建设这条主线,"
    "重点实施生态林场建设和绿化工程,为加快生态文明建设做出了积极贡献。(一)实施重大生态工程,加快生态建设步伐。"
    "一是增绿工程成效显著。自启动增绿工程以来,重点实施了中心城防护林、干线公路绿化等6项工程。"
)


def _store_page(title: str, opening: str, *, debris: str = "", captions: int = 5) -> str:
    pages = "\n".join(f"{title}_第{k}页" for k in range(1, captions + 1))
    return (
        f"{pages}\n{debris}\n下载本文档\n\n版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n\n"
        f"文档简介\n\n{opening}"
    )


@pytest.mark.parametrize(
    ("title", "mark", "place", "debris"),
    [
        ("区林业局2016年工作总结及2017年工作打算", "1/5", "东营区林业", "全文预览已结束"),  # 1853: the page mark
        ("县教育局2024年工作总结及2025年工作思路", "", "全县教育", "已阅读5页,还剩3页未读, 继续免费阅读"),  # 1960
        ("某镇人民政府2023年工作总结和2024年工作计划", "1/8", "全镇各项", ""),
        ("市统计局2019年上半年工作总结", "", "全市统计", "全文预览已结束"),
    ],
)
def test_a_store_captions_name_the_title_its_preview_runs_into(title: str, mark: str, place: str, debris: str) -> None:
    year = title[title.index("20") : title.index("20") + 4]
    text = _store_page(title, mark + title + BODY.format(year=year, place=place), debris=debris)
    assert _read(text).title == title


def test_a_caption_the_text_does_not_open_with_names_nothing() -> None:
    # the store's caption names another document than the text opens with (a farm's label): no title from it
    lines = ["文档简介", "2/5某区林业局2016年工作总结" + BODY.format(year="2016", place="东营区林业")]
    assert captioned_title(("乡镇林业局年度林业生产工作总结_第1页",), lines) is None
    # a sentence before the caption's words: the text did not open with them
    lines = ["本文档共5页,欢迎下载。", "乡镇林业局年度林业生产工作总结" + BODY.format(year="2016", place="东营区林业")]
    assert captioned_title(("乡镇林业局年度林业生产工作总结_第1页",), lines) is None
    assert captioned_title(("乡镇林业局年度林业生产工作总结_第1页",), lines[1:]) == "乡镇林业局年度林业生产工作总结"


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("12023年街道2023年工作规划", "街道2023年工作规划"),  # 1322: a chunk number, the store's year
        ("2023年市科技局2023年工作要点", "市科技局2023年工作要点"),  # 368
        ("32019年某县水利局2019年工作总结", "某县水利局2019年工作总结"),
        ("2021年某镇人民政府2021年上半年工作总结", "某镇人民政府2021年上半年工作总结"),
        # a title naming two periods or two documents keeps its years
        ("2023年度县科技局工作总结及2023年工作计划", "2023年度县科技局工作总结及2023年工作计划"),
        ("2022年工作总结和2022年工作计划", "2022年工作总结和2022年工作计划"),
        ("2020年某局工作总结及2021年工作计划", "2020年某局工作总结及2021年工作计划"),
        ("2024年政府工作报告", "2024年政府工作报告"),
    ],
)
def test_a_stores_year_written_again_before_the_title(label: str, title: str) -> None:
    assert undoubled(label) == title


@pytest.mark.parametrize(
    ("label", "own"),
    [
        # 1166: the store's file name writes 2022, the text's own first words 2023, a table glued after them
        ("重庆市梁平区林业局2022年度部门整体绩效自评表", "重庆市梁平区林业局2023年度部门整体绩效自评表"),
        ("某县交通运输局2019年工作总结", "某县交通运输局2019年工作总结"),
        ("市文化和旅游局2023年工作总结及2024年重点工作安排", "市文化和旅游局2023年工作总结及2024年重点工作安排"),
    ],
)
def test_a_store_blurb_names_the_title_the_text_opens_with(label: str, own: str) -> None:
    chrome = (f"《{label}.docx》由会员分享,可在线阅读,更多相关《{label}.docx(2页珍藏版)》请在文库网上搜索。",)
    lines = [own + "主管部门某局部门联系人张三联系电话自评总分(分)97.93年初预算数全年(调整)预算数全年执行数执行率得分"]
    assert captioned_title(chrome, lines) == own
    # a text opening with other words than the blurb's file name takes nothing from it
    assert captioned_title(chrome, ["某区林业局工作总结" + lines[0][len(own) :]]) is None


NEWS_BODY = "报告说,2014年全省地方一般公共预算收入达到5026.71亿元,比上年增长10.2%。全省一般公共预算支出增长9.8%。\n" * 3


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (  # 1413
            "本报济南1月27日讯今天提交省十二届人大四次会议审查的关于山东省2014年预算执行情况和2015年预算草案的报告显示,",
            "关于山东省2014年预算执行情况和2015年预算草案的报告",
        ),
        (
            "本报讯 昨天提请市十五届人大三次会议审议的《关于某市2020年国民经济和社会发展计划执行情况的报告》指出,",
            "关于某市2020年国民经济和社会发展计划执行情况的报告",
        ),
        (
            "新华社北京3月5日电 提交十三届全国人大四次会议审查的关于2020年中央和地方预算执行情况的报告提出,",
            "关于2020年中央和地方预算执行情况的报告",
        ),
    ],
)
def test_a_news_lead_naming_the_report_submitted_to_a_session(lead: str, title: str) -> None:
    assert _read(lead + NEWS_BODY).title == title


def test_a_news_lead_on_a_session_hearing_reports_names_none() -> None:
    # the session heard reports: the lead names no one document as its subject
    lead = "本报讯 昨天,市十五届人大三次会议审议了政府工作报告和计划报告、预算报告,代表们认为,"
    assert _read(lead + NEWS_BODY).title is None


@pytest.mark.parametrize(
    "credit",
    ["每日新报记者 季岩", "本报记者 张三", "新华社记者 李四", "扬子晚报全媒体记者 王五 ", "□商报首席记者 赵六"],
)
def test_a_papers_reporter_credited_before_the_lead_makes_it_a_news_item(credit: str) -> None:
    # 1834: a news site's headline over a paper's item on another body's meeting is no title (README's news ruling)
    text = (
        "天津在线\n\n首页> 资讯中心> 天津> 正文\n\n2016年高新区核心区地区生产总值增长11.8%左右\n\n"
        f"{credit} 昨日,从高新区管委会召开的2017年工作会议上获悉,2016年高新区核心区地区生产总值增长11.8%左右。\n\n"
        "完成工业总产值1821亿元,同比增长15.7%;实现财政总收入169亿元,同比增长39.7%。\n"
    )
    assert _read(text).title is None
