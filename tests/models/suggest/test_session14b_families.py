"""Families from the second discovery set of session 14 (round 2: what round 1 did not carry over), in made-up
snippets."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> list[tuple[Any, ...]]:
    return [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text)]


def test_a_budget_report_s_draft_for_next_year_is_aimed_at_even_when_estimated() -> None:
    # 关于…2025年预算执行情况和2026年预算草案的报告 (and its congress committee's review): the year under review is
    # what was done, the draft for the next year is what the budget sets out to raise and spend, its 预计 included
    text = (
        "一、2025年预算执行情况\n"
        "全市一般公共预算收入170.3亿元,增长21.7%;预计全年支出386.1亿元,增长0.1%。\n"
        "二、2026年预算草案\n"
        "预计全市一般公共预算收入175.4亿元,增长3.0%,加上上级补助收入等,收入总计504.0亿元。\n"
    )
    assert _kinds(text) == [(170.3, "actual"), (386.1, "actual"), (175.4, "target"), (504.0, "target")]
    # a plan-execution report's draft plan reads the same way
    plan = (
        "一、2021年国民经济和社会发展计划执行情况\n全区地区生产总值增长8.1%,预计全年固定资产投资增长5%。\n"
        "二、2022年国民经济和社会发展计划草案\n预计地区生产总值增长6%左右,固定资产投资增长8%。\n"
    )
    assert [k for _, k in _kinds(plan)] == ["actual", "actual", "target", "target"]


def test_a_part_naming_the_year_after_the_review_is_that_year_s_plan() -> None:
    # 一、2022年财政预算执行情况 … 二、2023年财政收支预算: a top-level part for the year after the one reviewed
    text = (
        "一、2022年财政预算执行情况\n全县一般公共预算收入7.6亿元,增长5.2%。\n"
        "二、2023年财政收支预算\n全县一般公共预算收入预计8.1亿元,增长6.6%。\n"
    )
    assert [k for _, k in _kinds(text)] == ["actual", "target"]
    # a part of that year that only reports (一季度…同比增长) stays what was done
    news = (
        "一、2022年工作总结\n全县生产总值增长5.2%。\n"
        "二、2023年一季度经济运行\n一季度全县生产总值同比增长4.1%,已完成投资3亿元。\n"
    )
    assert [k for _, k in _kinds(news)] == ["actual", "actual", "actual"]


def test_what_a_policy_commits_to_is_aimed_at_past_its_preamble() -> None:
    # 若干措施, 若干政策, 实施意见: the funds it will spend and the things it will build are aims (its grants and caps
    # are terms, no indicators); its preamble says where things stand
    text = (
        "关于进一步提升消费信心的若干措施\n"
        "家禽业产值占全市畜牧业产值的四分之一,2003年总产值约为80亿元。为稳定发展,特制定如下措施:\n"
        "一、鼓励促销\n"
        "政府依托线上平台发放6000万元电子消费券。2010年前投资4亿元,完成江北地区1700名医技人员的培训。\n"
        "各区培育1—2个休闲消费示范街区。对社会资本投资部分按改造投资额的10%予以补助,单个街区最高不超过300万元。\n"
    )
    got = _kinds(text)
    assert got == [
        (25.0, "actual"),
        (80.0, "actual"),
        (6000.0, "target"),
        (4.0, "target"),
        (1700.0, "target"),
        (1.0, "target"),
    ]
    # a committee's review opinion and a news item on a policy are no policy
    review = "关于2023年预算的审查意见\n一、总体评价\n全县一般公共预算收入7.6亿元,增长5.2%。\n"
    assert [k for _, k in _kinds(review)] == ["actual"]
    news = "扬州市出台《关于促进中小企业稳定发展的政策意见》\n一、主要内容\n今年已为3万户企业减免税费27.2亿元。\n"
    assert {k for _, k in _kinds(news)} == {"actual"}


def test_a_change_whose_percent_sign_a_store_lost_is_read_in_percent() -> None:
    # 比上年增长12.5 at a clause's end, every % of the copy gone: a growth rate, read in % (disc gold of the doc-store
    # copy, as the README reads a change)
    got = find_indicators(
        "粮食产量达到 53.85 亿斤,比上年增长12.5;实现产值 23 亿元,实现税金 8000 万元,分别比上年增长 21 和 9.4。"
    )
    assert [(s.attributes["change"], s.attributes["change_unit"]) for s in got] == [(12.5, "%"), (21, "%"), (9.4, "%")]


def test_the_year_s_plan_stated_at_a_sentence_s_head_governs_its_clauses() -> None:
    # a half-year summary states the year's tasks first (今年我区计划完成造林0.8万亩,封滩育林1.8万亩,…森林覆盖率达
    # 20.31%。): 计划完成 is the aim, not a thing done, and the year needs no comma after it; in a page run together
    # the sentence starts past the heading inside it
    text = (
        "区林业局上半年工作总结 现将上半年工作总结如下: 一、重点林业项目进展情况 今年我区计划完成造林0.8万亩,"
        "封滩育林1.8万亩,森林覆盖率达20.31%。目前,造林工作已全面完成,实际完成种植面积1.1万亩。"
    )
    assert _kinds(text) == [(0.8, "target"), (1.8, "target"), (20.31, "target"), (1.1, "actual")]
    # what was done in the year stays done
    assert [k for _, k in _kinds("今年我区完成造林0.8万亩,封滩育林1.8万亩。")] == ["actual", "actual"]


def _names_of(text: str) -> list[Any]:
    return [s.attributes["name"] for s in find_indicators(text)]


def test_a_town_and_country_pair_names_each_figure() -> None:
    # 城乡居民人均可支配收入分别增长4.6%和7.1% (a clerk's ledger showed both as 城乡…): the towns' figure, then the
    # countryside's, as the gold of 011, 019, 187, 852 and a dozen other reports names them
    pair = ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert _names_of("城乡居民人均可支配收入分别增长4.6%和7.1%。") == pair
    assert _names_of("城乡常住居民人均可支配收入分别达36913元和17017元,分别增长7.1%和8.9%。") == [
        "城镇常住居民人均可支配收入",
        "农村常住居民人均可支配收入",
    ]
    # a ratio between them, and two changes with no 分别, keep the shared name
    assert _names_of("城乡居民收入比缩小到2.1:1。") == ["城乡居民收入比"]
    assert set(_names_of("城乡居民人均可支配收入增长7%和8%。")) == {"城乡居民人均可支配收入"}
