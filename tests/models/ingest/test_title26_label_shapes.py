"""Labels a farm, store or portal set where a title stands, judged by their shape (session 26): a site's domain
(``【www.16maker.com--工作总结】``, 2212), a township's 局 (``乡镇年度科技局工作总结``: a township has no bureau,
2190, 1248), a summary's years the text's opening rules out (``…2022年上半年工作总结`` over ``2007年上半年,…``,
2184) — no title; a body's line over a title naming the body itself is no first half of it (2215)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata

BODY = (
    "{opening}我们在上级的正确领导下,认真贯彻各项决策部署,扎实推进各项工作,较好地完成了全年目标任务。现总结如下。\n\n"
    "一、主要工作情况\n\n(一)招商引资成效显著。全年引进项目12个,签约资金18亿元,竣工投产5个,完成工业增加值9.7亿元。\n\n"
    "(二)项目建设稳步推进。基础设施建设投资完成3.2亿元,同比增长15%,新增规上企业4家。\n\n"
    "二、存在的问题\n\n一是项目落地偏慢;二是要素保障不足。\n"
)


def _title(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).title


@pytest.mark.parametrize(
    "label",
    ["【www.16maker.com--工作总结】", "www.diyifanwen.com 工作总结", "【http://www.xuexila.com/--述职报告】"],
)
def test_a_sites_domain_label_is_no_title(label: str) -> None:
    text = f"{label}\n\n" + BODY.format(opening="我乡党委、政府高度重视精准扶贫工作,")
    assert _title(text) is None


@pytest.mark.parametrize(
    "label",
    ["乡镇年度科技局工作总结", "乡镇林业局年度林业生产工作总结", "乡镇财政局上半年工作总结"],
)
def test_a_township_bureau_label_is_a_farms(label: str) -> None:
    text = f"{label}\n\n时间:2021-08-31\n\n{label}范文\n\n" + BODY.format(opening="今年以来,我局在区委、区政府领导下,")
    assert _title(text) is None


def test_a_county_bureau_named_for_township_enterprises_stays() -> None:
    label = "乡镇企业局2005年工作总结"
    assert _title(f"{label}\n\n" + BODY.format(opening="2005年,")) == label


@pytest.mark.parametrize(
    ("label", "opening"),
    [
        ("市环保局分局2022年上半年工作总结", "2007年上半年,"),
        ("某县水利局2018年工作总结", "2015年,"),
        ("xx镇2024年工作总结及2025年工作计划", "2016年,"),
    ],
)
def test_a_summary_label_whose_years_the_opening_rules_out(label: str, opening: str) -> None:
    text = f"{label}\n\n" + BODY.format(opening=opening)
    assert _title(text) is None


@pytest.mark.parametrize(
    ("label", "opening"),
    [
        ("工业园区2019年工作总结及2020年工作计划", "2019年,X工业园区在市经信局的关怀、指导下,"),
        # one year off: a plain title whose year only disagrees with the body's stays (780, 947; 2213 gold differs)
        ("乡镇2020年工作总结和2021年工作计划", "2019年,xx镇党委、政府在市委、市政府的坚强领导下,"),
        ("2023年市交通运输局过去五年工作总结及工作计划", "2018年以来,在省交通运输厅的大力支持下,"),  # a span (080)
        ("2021年肇源县人民政府工作报告", "2020年,"),  # a year's 工作报告 reviews the year before (1456)
        ("市环保局2022年上半年工作总结", "今年上半年,"),  # no year in the opening: nothing rules it out
        ("某县水利局2018年工作总结", "2015年以来,特别是2018年,"),  # the label's year is the text's too
    ],
)
def test_a_summary_label_the_text_agrees_with_stays(label: str, opening: str) -> None:
    text = f"{label}\n\n" + BODY.format(opening=opening)
    assert _title(text) == label


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("中大槐树街道办事处", "中大槐树街道2022年工作总结"),
        ("某某县人民政府", "某某县2021年政府信息公开工作年度报告"),
        ("高新技术产业开发区管委会", "高新技术产业开发区2020年工作总结"),
    ],
)
def test_a_bodys_line_over_a_title_naming_it_is_no_half(body: str, title: str) -> None:
    text = (
        f"政府信息公开\n\n{title}\n\n1137010400419034XU/2023-5407598\n\n{body}\n\n2023-01-16\n\n{title}\n\n字号:\n\n"
        + BODY.format(opening=f"{title[-10:-6]}年,")
    )
    assert _title(text) == title
