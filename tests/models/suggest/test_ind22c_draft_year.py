"""Kind family of session 22 (ind22c): in a report on a year carried out and the next year's draft, the sentences
headed by the draft's year state what the draft sets (corpus 1991, 1994, 1995; the same shape in 887, 1413)."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> list[tuple[float, str]]:
    return [(abs(s.attributes["value"]), s.attributes["kind"]) for s in find_indicators(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "大洋网讯 《武汉市2022年预算执行情况和2023年预算草案的报告》书面提请人大审查。《报告》透露,"
            "2023年市本级一般公共预算收入1050亿元,增长6%。加上上级补助收入、上年结转等资金后,市级一般公共预算总收入"
            "1985.3亿元。",
            1985.3,
        ),
        (
            "本报讯 市发改委主任向大会书面提交了《关于泰州市2018年国民经济和社会发展计划执行情况与2019年"
            "计划草案的报告》。"
            "报告提出了2019年全市发展指标安排,具体为:地区生产总值增长7%左右;固定资产投资增长8%以上。质量效益方面,"
            "获批高新技术企业60家;城镇登记失业率控制在3%以内。",
            60,
        ),
        (
            "本报讯 市发改委主任向大会书面提交了《关于泰州市2018年国民经济和社会发展计划执行情况与2019年"
            "计划草案的报告》。"
            "报告提出了2019年全市发展指标安排,具体为:地区生产总值增长7%左右;固定资产投资增长8%以上。",
            7,
        ),
        (
            "東南網訊 昨日,廣東省2016年預算執行情況與2017年預算草案提交省人大審議。2016年,全省一般公共預算收入"
            "10390億元,完成年初預算的102%。2017年,廣東省一般公共預算收入11100億元,同比增長6.8%。",
            11100,
        ),
        (
            "昨日,江西省2019年預算執行情況及2020年預算草案提交審議。今年,省級主要支出項目安排情況:教育支出98.6億元,"
            "農林水支出75.2億元。",
            75.2,
        ),
    ],
)
def test_a_sentence_headed_by_the_draft_year_states_a_target(text: str, value: float) -> None:
    assert (value, "target") in _kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the year carried out, headed by its own year, reports
        (
            "東南網訊 昨日,廣東省2016年預算執行情況與2017年預算草案提交省人大審議。2016年,全省一般公共預算收入"
            "10390億元,完成年初預算的102%。2017年,廣東省一般公共預算收入11100億元,同比增長6.8%。",
            10390,
        ),
        # the draft year's first months report what was done so far
        (
            "《某县2022年计划执行情况与2023年计划草案的报告》。2023年1-2月,全县规上工业增加值增长5.6%。",
            5.6,
        ),
        # a next sentence naming a period of its own leaves the draft
        (
            "《某市2020年预算执行情况和2021年预算草案的报告》提请审查。2021年市本级一般公共预算收入300亿元,增长5%。"
            "去年,市本级一般公共预算收入285亿元,增长3%。",
            285,
        ),
    ],
)
def test_the_year_carried_out_and_its_months_stay_actual(text: str, value: float) -> None:
    assert (value, "actual") in _kinds(text)


def test_a_report_without_the_draft_title_is_left_alone() -> None:
    text = "2019年全市工作总结。2019年,全市一般公共预算收入300亿元,增长5%。"
    assert (300, "actual") in _kinds(text)


# --- a line saying, headed by its year, what will be done and ending in a colon leads a list of things to do
# (corpus 197 `2022年縣政府將繼續…重點抓好10件民生實事:` then (1)…(10))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "报告指出,2023年县政府将继续优先保障民生投入,重点办好8件民生实事:\n(1)新增城镇就业3200人以上。\n(2)改造农村危桥6座。\n",
            6,
        ),
        ("會議強調,明年全區要集中力量辦好以下實事：\n1.新建幼兒園3所。\n2.硬化村組道路42.5公里。\n", 42.5),
        ("2024年，市住建局将重点推进以下工作：\n——改造老旧小区25个；\n——新增停车位1800个。\n", 1800),
    ],
)
def test_the_items_under_a_lead_that_says_what_will_be_done_are_targets(text: str, value: float) -> None:
    assert (value, "target") in _kinds(text)


def test_the_items_under_a_lead_that_reports_stay_actual() -> None:
    text = "2023年县政府已办好8件民生实事:\n(1)新增城镇就业3200人。\n(2)改造农村危桥6座。\n"
    assert (6, "actual") in _kinds(text)


# --- the share of an aim reached, its 的 left out (corpus 1852 `新招引5个,完成全年目标45.5%`)


@pytest.mark.parametrize(
    "text",
    ["1-5月份,亿元以上项目新开工3个,完成全年目标37.5%。", "上半年新增市场主体820户,完成年度任务62.4%。"],
)
def test_a_share_of_the_aim_reached_without_its_de_is_actual(text: str) -> None:
    assert [k for v, k in _kinds(text) if v in (37.5, 62.4)] == ["actual"]
