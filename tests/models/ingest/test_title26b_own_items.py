"""A body's item on its own meeting or work (lead's ruling, session 26): who wrote it decides. The body's own 来源 keeps
the headline as the title; another body's 来源 (a superior bureau's or the government office's portal), an interview
(``——访…局长``), a correspondent's credit or an author the page calls its 记者 make it news: title null (2235, 2259,
2176, 2265, 2302, 1693)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.title_own_item import another_body_source

LEAD = (
    "{day},{body}召开2024年工作会议。会议回顾总结了2023年主要工作情况,并谋划了2024年工作思路和主要任务。"
    "全年完成固定资产投资12.5亿元,同比增长8.6%,新建项目14个。\n\n"
    "会议要求,要进一步增强工作责任感和紧迫感,抓实有效地做好2024年各项工作。\n"
)


def _title(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).title


def _item(headline: str, source: str, body: str) -> str:
    return f"{headline}\n来源:{source} / 录入时间:2024-02-12 / 点击数:1605\n" + LEAD.format(
        day="2024年2月10日下午", body=body
    )


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("奉贤区水务局", "上海市水务局(上海市海洋局)"),
        ("资源县农业农村局", "广西壮族自治区农业农村厅"),
        ("江宁区统计局", "南京市统计局"),
        ("市科技局", "市政府办"),
        ("县交通运输局", "县人民政府办公室"),
    ],
)
def test_another_bodys_source_makes_the_headline_news(body: str, source: str) -> None:
    assert _title(_item(f"{body}召开2024年工作会议", source, body)) is None


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("奉贤区水务局", "奉贤区水务局"),
        ("武汉市科创办", "武汉市科技创新局"),
        ("薛城区工信局", "薛城区工业和信息化局"),
        ("市发展改革局", "本网 中山市发展和改革局"),
        ("县档案局", "档案局"),
    ],
)
def test_the_bodys_own_source_keeps_the_headline(body: str, source: str) -> None:
    headline = f"{body}召开2024年工作会议"
    assert _title(_item(headline, source, body)) == headline


@pytest.mark.parametrize(
    ("headline", "source"),
    [
        ("平江县召开上半年经济运行调度会", "县统计局"),  # a place acts: no body to compare
        ("经开区召开2018年度工作会议", "自然资源和规划分局"),
        ("2022年全市统计调查工作会议召开", "市统计局"),
        ("市科技局召开工作会议", "铜川日报"),  # a paper is no body (the newspaper rule's business)
    ],
)
def test_no_acting_body_or_no_source_body_abstains(headline: str, source: str) -> None:
    assert not another_body_source(headline, source)


@pytest.mark.parametrize(
    "deck",
    ["——访县工业和信息化局局长常怡生", "—访市统计局局长王明", "——专访区发改委主任李华"],
)
def test_an_interviews_deck_makes_the_headline_news(deck: str) -> None:
    text = (
        f"推动工业经济更好更快发展\n{deck}\n记者:2013年,全县工业经济持续快速发展,工业发展都取得了哪些成绩?\n"
        "答:2013年,全年完成工业增加值80.6亿元,同比增长15.1%;完成工业固定资产投资100亿元,增长39.5%。\n"
    )
    assert _title(text) is None


@pytest.mark.parametrize("credit", ["(通讯员:杨树兴)", "(通讯员 王培林)", "(记者 李明 通讯员 张丽)"])
def test_a_correspondents_credit_makes_the_headline_news(credit: str) -> None:
    text = (
        "巍山县水利化程度明显改善\n"
        "去年,巍山县牢固树立“富民强县,必先兴水”的思想,不断加大资金投入力度,全县累计完成水利投资34750万元,"
        "新增灌溉面积0.88万亩,改善灌溉面积3万亩。\n"
        f"全面完成巍宝山水库工程和灌区改造工程建设,61件小(二)型水库除险加固工程已完工41件。\n{credit}\n"
    )
    assert _title(text) is None


def test_an_author_the_page_calls_its_reporter_makes_the_headline_news() -> None:
    text = (
        "东平县召开民生系列新闻发布会住建局专场\n\n2024-12-23 17:00:31 来源: 泰安网 作者: 杨飞\n\n"
        "12月20日,东平县召开民生系列新闻发布会。县住房和城乡建设局介绍了今年以来城乡项目建设等重点工作。\n\n"
        "发布会现场(记者 杨飞 摄)\n\n"
        "2024年度,县住建局坚持以重点项目为支撑,建筑业产值突破10亿元,完成税收2.4亿元,全县建筑工地保持安全平稳态势。\n"
    )
    assert _title(text) is None


@pytest.mark.parametrize(
    ("body", "source"),
    [("资源县农业农村局", "广西壮族自治区农业农村厅"), ("江宁区统计局", "南京市统计局")],
)
def test_the_refused_headlines_body_still_issues_the_item(body: str, source: str) -> None:
    text = _item(f"{body}召开2024年工作部署会", source, "该局")
    assert extract_metadata(clean(text), (), source_name="file.txt", original=text).issuer == body
