"""Kind families of session 27 (kind27): a text whose title names a review and the plan after it
(工作总结和…工作计划) is no plan document, and an assessment system's name (目标责任考核) or a requirement met
(达到…考核要求) is no aim word."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["kind"] for s in find_indicators(text)}


@pytest.mark.parametrize(
    "title",
    [
        # 2074 平阳气象局2019年工作总结和2020年计划; the shape of 030, 069, 1075, 1622 (总结暨…计划)
        "平阳气象局2019年工作总结和2020年计划",
        "xx县水利局2022年工作总结及2023年工作计划",
        "某镇2021年上半年工作总结和下半年工作打算",
        "市农业农村局2024年工作总结暨2025年工作思路",
    ],
)
def test_a_review_and_plan_title_makes_no_plan_of_its_review(title: str) -> None:
    text = (
        f"{title}\n加强党建,认真落实年度学习计划\n"
        "制定年度学习计划和主体责任清单。纪检组全面开展不定期检查17次,谈心谈话16人次。\n"
        "狠抓基本业务\n按计划完成设备检修,全年发布预警信息230条,上门服务45次。"
    )
    kinds = _kinds(text)
    assert kinds and set(kinds.values()) == {"actual"}


@pytest.mark.parametrize(
    "text",
    [
        # 2275 永寿 生态环境分局 (a news item on the year's assessment); 目标管理 and 目标考核 name the system too
        "7月12日,永寿县召开2022年度目标责任考核总结表彰大会,通报了全县目标责任考核工作情况,该局荣获目标责任考核"
        "优秀单位。\n2022年,全县空气优良天数达到305天,PM2.5平均浓度为32微克/立方米。主要污染物排放量均达到了考核要求,"
        "断面水质达到考核要求。",
        "3月5日,某区召开2023年度目标管理考核总结大会,通报目标考核结果和目标管理工作情况,该局获评目标考核先进单位。\n"
        "2023年,全区空气优良天数达到312天,PM2.5平均浓度为29微克/立方米,达到考核要求。",
    ],
)
def test_an_assessment_system_named_is_no_aim(text: str) -> None:
    kinds = _kinds(text)
    assert kinds and set(kinds.values()) == {"actual"}


def test_a_plan_still_aims() -> None:
    text = (
        "某县2024年工作计划\n一、主要目标\n力争全年新增规上企业20家,确保粮食播种面积稳定在60万亩以上,"
        "计划新建高标准农田3万亩,目标是空气优良天数达到300天。"
    )
    assert set(_kinds(text).values()) == {"target"}


@pytest.mark.parametrize(
    "text",
    [
        # 1136 涪陵 town accounts, 1548 佛坪 county accounts; the shape of 1379 (人代会批准的…收入预算250.3亿元), 393
        "镇四届人大一次会议批准的镇人民政府2023年地方财政一般公共预算收入为3522万元,2023年实际完成年初预算的127%。",
        "2021年初,县人大审议通过的全县一般公共预算支出77538万元,加上预算执行中上级财政增加转移支付补助。",
        "区人民代表大会审查批准的2022年区级一般公共预算支出合计8.6亿元。",
        "经市人大常委会批准的2020年政府性基金预算收入为12.4亿元。",
    ],
)
def test_a_budget_line_the_congress_approved_is_a_target(text: str) -> None:
    first = find_indicators(text)[0]
    assert first.attributes["kind"] == "target"


def test_what_was_done_against_the_approved_budget_stays_actual() -> None:
    text = "全县一般公共预算收入完成3002万元,完成县人大批准的预算收入的100.1%。"
    assert set(_kinds(text).values()) == {"actual"}


def test_a_plan_title_naming_its_review_after_stays_a_plan() -> None:
    # 031: a content farm's plan page (双拥工作计划和总结(2023年科技局计划范文)) plans
    text = (
        "双拥工作计划和总结(2023年科技局计划范文)\n力争全年新增高新技术企业20家,确保研发投入增长10%以上,"
        "计划新建创新平台5个,目标是技术合同成交额达到3亿元。"
    )
    assert set(_kinds(text).values()) == {"target"}
