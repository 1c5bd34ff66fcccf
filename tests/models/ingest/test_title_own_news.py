"""An office's own news item keeps its headline as its title: a headline naming the acting body before a colon
(``交通局:…``), a headline with its ``——`` subtitle; a news agency's dateline in the lead says someone else wrote it."""

from __future__ import annotations

import pytest

from models.ingest.metadata_titles import headline

LEAD_TRANSPORT = (
    "近日,县交通运输局召开2023年交通运输工作总结暨作风建设推进会,表彰先进典型,动员系统上下进一步振奋精神、"
    "转变作风、开拓进取,争先创优,为我县交通运输事业高质量发展作出新的更大贡献。"
)
LEAD_FORESTRY = (
    "2021年,区林业局落实经费80余万元,扎实开展森林防火巡护工作,以巡护促保护,全年未发生较大森林火灾,"
    "森林防火工作效能持续提升。"
)
LEAD_ENVIRONMENT = (
    "4月2日上午,某某生态环境分局召开2021年大气污染防治工作会议,部署全年大气污染防治工作。局长在主题报告中"
    "回顾了2020年度工作,要求全局上下打好蓝天保卫战,守护城市好空气。"
)


@pytest.mark.parametrize(
    ("head", "lead", "title"),
    [
        # the acting body before a colon, then what it did (its short name, with or without its level)
        (["交通局:争先创优取得新成效"], LEAD_TRANSPORT, "交通局:争先创优取得新成效"),
        (["区林业局:以巡护促保护,提升森林防火工作效能"], LEAD_FORESTRY, "区林业局:以巡护促保护,提升森林防火工作效能"),
        (["市水务局：以巡护促保护"], LEAD_FORESTRY.replace("区林业局", "市水务局"), "市水务局：以巡护促保护"),
        # a two-part headline: the theme, then the ——subtitle saying who did what (a portal's cell mark after it)
        (
            ["打好蓝天保卫战 守护城市好空气——某某生态环境分局部署2021年大气污染防治工作 |"],
            LEAD_ENVIRONMENT,
            "打好蓝天保卫战 守护城市好空气——某某生态环境分局部署2021年大气污染防治工作",
        ),
    ],
)
def test_an_offices_own_news_headline_is_its_title(head: list[str], lead: str, title: str) -> None:
    assert headline([*head, lead]).value == title


@pytest.mark.parametrize(
    ("head", "lead"),
    [
        # a news agency's dateline and reporter: the item is the agency's, about the ministry's conference
        (
            "工信部:预计全年规上工业增加值同比增长5.7%左右",
            "人民网北京12月27日电 (记者张三)12月26日至27日,全国工业和信息化工作会议在京召开。会议指出,规上工业"
            "增加值预计全年同比增长5.7%左右。",
        ),
        (
            "农业农村厅:全年粮食产量保持稳定",
            "新华社长沙1月5日电(记者李四)记者从湖南省农业农村厅获悉,全年粮食产量保持稳定,粮食生产形势总体向好。",
        ),
        # a subtitle that is a sentence, not a line of a headline
        (
            "打好蓝天保卫战——某某生态环境分局部署工作,要求全局上下守护城市好空气。",
            LEAD_ENVIRONMENT,
        ),
    ],
)
def test_no_headline_title_from_an_agencys_item_or_a_sentence(head: str, lead: str) -> None:
    assert headline([head, lead]).value is None


@pytest.mark.parametrize(
    "lead",
    [
        "记者从近日召开的县统计局新闻发布会上获悉,今年以来,全县上下凝心聚力,经济运行稳中提质,上半年主要指标好于预期。",
        "记者日前从市农业农村局了解到,今年以来,全市春耕生产稳步推进,粮食播种面积稳中有增,农资供应充足。",
    ],
)
def test_a_reporters_item_learned_from_a_body_takes_no_title_from_its_headline(lead: str) -> None:
    assert headline(["上半年 我县经济实现稳中提质", lead]).value is None
