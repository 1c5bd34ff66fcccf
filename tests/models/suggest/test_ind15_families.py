"""Families from the discovery set of session 15 (first-sight misses), in made-up snippets."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes["unit"], s.attributes["kind"], text[s.start : s.end])
        for s in find_indicators(text)
    ]


def test_a_disclosure_report_that_complies_with_what_was_asked_is_no_plan() -> None:
    # 政府信息公开工作年度报告 with no title line: 按《条例》要求, 按要求完成答复 comply with a rule,
    # they aim at nothing
    text = (
        "根据《中华人民共和国政府信息公开条例》要求,特向社会公布2023年政府信息公开工作年度报告。\n"
        "一、总体情况\n"
        "深入贯彻落实省、市关于政务公开的工作要求,不断深化政府信息公开。\n"
        "(一)主动公开情况。全年主动公开信息总数4702条,其中公示公告346条。\n"
        "(二)依申请公开情况。本年度共收到依申请公开17条,均按要求完成答复。\n"
        "(三)管理情况。落实“三审三校”制度,确保发布信息准确。\n"
    )
    assert [k for _, _, k, _ in _read(text)] == ["actual", "actual", "actual"]
    # a plan with no title still aims: 要求各部门, 力争, 确保, 目标
    plan = "要求各镇全年新增就业1000人以上,力争招商引资10亿元,确保完成目标,主要目标是新建道路20公里。\n"
    assert "target" in [k for _, _, k, _ in _read(plan)]


def test_air_quality_in_milligrams_per_cubic_metre_keeps_its_unit() -> None:
    # older environment reports give concentrations in mg/m3 (not μg/m3): the unit is not metres
    got = _read("全市二氧化硫年均值为0.023 mg/m3,较上年下降0.002 mg/m3。")
    assert [(v, u) for v, u, _, _ in got][:1] == [(0.023, "mg/m3")]
    assert all(u != "m" for _, u, _, _ in got)
    assert [(v, u) for v, u, _, _ in _read("可吸入颗粒物年均浓度为0.097毫克/立方米。")] == [(0.097, "毫克/立方米")]


def test_a_share_of_a_budget_approved_by_a_long_named_meeting_reads_from_its_verb() -> None:
    # 完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的104.3%: the meeting's name is long, the share is
    # still the share of the approved budget, and the budget is the aim inside it
    text = "一般公共预算收入预计完成39.1亿元,完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的104.3%。"
    got = _read(text)
    assert (104.3, "%", "actual") in [(v, u, k) for v, u, k, _ in got]
    share = next(q for v, _, _, q in got if v == 104.3)
    assert share.startswith("完成区第十八届")
    assert (37.5, "亿元", "target") in [(v, u, k) for v, u, k, _ in got]


def test_a_policy_run_together_on_one_line_is_still_titled_a_policy() -> None:
    # a doc store's one-line copy (lines joined by single spaces): the title is a run between spaces
    from models.suggest._policy_terms import policy_titled

    lines = [
        "东府〔2021〕54号",
        "东莞市人民政府关于贯彻落实《广东省进一步稳定和扩大就业若干政策措施》的实施意见",
        "各镇人民政府(街道办事处),市府直属各单位:",
        "为贯彻落实省政府通知精神,强化就业优先政策,提出如下意见:",
        "一、减负稳岗留工并举 (一)减轻企业负担 1.阶段性下调工伤保险费率50%,对参保职工30人以上的企业给予补贴。",
    ]
    assert policy_titled("\n".join(lines))
    assert policy_titled(" ".join(lines))
    # a review run together on one line whose first part is 主要措施 is no policy
    review = (
        "2023年工作总结 一、主要措施 全年完成固定资产投资12亿元,同比增长8%,新增就业岗位1200个,"
        "引进项目15个,建成道路20公里,改造老旧小区6个,帮扶企业30家。"
    )
    assert not policy_titled(review)


def test_a_rank_aimed_at_under_a_heading_run_into_its_sentence_is_a_target() -> None:
    # a one-line copy: 二、工作目标 力争通过5年创建,我县经济总量居全市第一 (the heading is no longer on its own line)
    text = (
        "特制定如下工作方案。 一、指导思想 全县上下要充分认识创建工作的重要意义。 "
        "二、工作目标 力争通过5年创建,我县经济总量居全市第一,进入全省县域经济20强。"
    )
    found = find_indicators(text)
    ranks = [(s.attributes["value"], s.attributes["kind"]) for s in found if s.attributes["unit"] == "位"]
    assert ranks and all(k == "target" for _, k in ranks)
    # a review's rank after the same heading shape stays what was reached
    review = "二、主要成绩 全年地区生产总值增长8%,经济总量居全市第一。"
    assert [s.attributes["kind"] for s in find_indicators(review) if s.attributes["unit"] == "位"] == ["actual"]


def _names_of(text: str) -> list[str]:
    return [str(s.attributes.get("name")) for s in find_indicators(text)]


def test_a_verb_alone_before_a_count_gives_the_name_to_what_it_acts_on() -> None:
    # 实施832个老旧小区改造, 上马6座…项目, 争创1—2家…集聚区: the verb names nothing, the object after the count does
    assert _names_of("今年实施832个老旧小区改造。") == ["老旧小区改造"]
    assert _names_of("全年上马6座大中型水库洪水预报项目。") == ["大中型水库洪水预报"]
    assert _names_of("争创1—2家省级生产性服务业集聚区。") == ["省级生产性服务业集聚区"]
    # a verb with nothing named after it keeps what it has; a noun before the figure is kept
    assert _names_of("共引进项目15个。") == ["项目"]


def test_a_share_s_percent_sign_ends_the_name_after_it_when_the_full_stop_was_lost() -> None:
    # 建档率城市达到48.7%农村达到38.1%: the % closes the figure before, it opens no name
    names = _names_of("居民健康档案建档率城市达到48.7%农村达到38.1%。")
    assert not any(n.startswith("%") for n in names)


def test_towns_and_countryside_listed_before_one_noun_share_it() -> None:
    # 城镇、农村居民人均可支配收入分别增长…; 城镇和农村常住居民… (the first of the pair is no name of its own)
    pair = ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert _names_of("城镇、农村居民人均可支配收入分别增长7%、8%。") == pair
    assert _names_of("城镇和农村常住居民人均可支配收入分别增长6.1%、8%。") == [
        "城镇常住居民人均可支配收入",
        "农村常住居民人均可支配收入",
    ]


def test_people_sent_or_hired_are_named_by_who_they_are() -> None:
    # 选派3500余名党员干部下沉防疫一线, 招聘120名教师: the verb names nothing, the people after the count do
    assert _names_of("选派328名党员干部下沉防疫一线。") == ["党员干部"]
    assert _names_of("全年招聘120名教师。") == ["教师"]


def test_money_spent_on_works_named_after_it_is_the_works_money() -> None:
    # 投资1.3亿元实施自来水管网改造工程, 投入16.54亿元用于老旧城区基础设施建设
    assert _names_of("投资1.3亿元实施自来水管网改造工程。") == ["自来水管网改造工程投资"]
    assert _names_of("五年累计投入16.54亿元用于老旧城区基础设施建设。") == ["老旧城区基础设施建设投入"]
    assert _names_of("投资3.06亿元实施了供水、供热、污水、雨水等管网改造。") == ["管网改造投资"]
    # a named investment keeps its own name
    assert _names_of("固定资产投资完成12亿元。") == ["固定资产投资"]
