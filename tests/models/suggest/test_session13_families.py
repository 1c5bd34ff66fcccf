"""Families from the held-back sets 1051–1100 scored before anyone saw them (session 13), in made-up snippets."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(s.text, s.attributes["name"], s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


def test_a_list_whose_first_item_is_negative_names_every_item() -> None:
    # 贡献率分别为-0.7%、31.6%、69.1%: the sign opens the first item, it names nothing
    got = _read("一、二、三产业对地区生产总值的贡献率分别为-0.7%、31.6%、69.1%。")
    assert [(g[2], g[3]) for g in got] == [(-0.7, "%"), (31.6, "%"), (69.1, "%")]
    assert [g[1] for g in got] == [
        "第一产业对地区生产总值的贡献率",
        "第二产业对地区生产总值的贡献率",
        "第三产业对地区生产总值的贡献率",
    ]
    assert got[0][0].endswith("分别为-0.7%")
    got = _read("分季度看,一季度、上半年、前三季度、全年增速分别为-2.1%、0.5%、3.5%和4.5%。")
    assert [g[2] for g in got] == [-2.1, 0.5, 3.5, 4.5]
    assert all("-" not in g[1] for g in got)


def test_a_unit_written_in_brackets_after_its_figure_is_the_unit() -> None:
    # a livestock report's table turned into text: 出栏3323(头/只), 奶产量6789.20(吨)
    got = _read("牲畜出栏3323(头/只);幼畜出生74818(头/只/匹);奶产量6789.20(吨);皮张3761(张)。")
    assert [(g[2], g[3]) for g in got] == [(3323, "(头/只)"), (74818, "(头/只/匹)"), (6789.2, "(吨)"), (3761, "(张)")]
    # several alternatives after a unit: 存栏53.8万头(只、匹)
    assert [(g[2], g[3]) for g in _read("各类牲畜存栏53.85万头(只、匹)。")] == [(53.85, "万头(只、匹)")]


def test_brackets_that_are_no_unit_after_a_figure_stay_apart() -> None:
    # a year, a note or a list label in brackets is no unit
    assert _read("完成投资3323(万元)。")[0][2:] == (3323, "(万元)")
    assert all(g[3] != "(一)" for g in _read("项目3323(一)期。"))
    assert _read("其中2020(年)。") == []


def test_a_count_after_gong_you_keeps_its_subject() -> None:
    # 各类农牧民专业合作组织共有179家: 共有 ends the name, it does not empty it
    got = _read("备案登记的各类农牧民专业合作组织共有179家,注册资金共计19.65亿元。")
    assert got[0][2:] == (179, "家") and "合作组织" in got[0][1]
    # a span of years before 共有 is no subject: the noun after the count names it
    got = _read("五年共有29所学校晋级标准化学校。")
    assert got[0][2:] == (29, "所") and "学校" in got[0][1]


def test_an_inclusive_bound_of_a_policy_class_is_no_indicator() -> None:
    # N人(含)以下的企业, 超过…3倍(含)的, 500万元以上(含)的: who a rule applies to, nothing reached
    text = (
        "将免征范围由在职职工总数20人(含)以下小微企业,调整为在职职工总数30人(含)以下的企业。"
        "工商注册登记未满3年、在职职工总数30人(含)以下的企业,可免征。"
        "设备投资额达到500万元以上(含)的项目竣工后,给予补助。"
    )
    assert _read(text) == []
    # a level that happens to be followed by a bracketed note stays
    assert [g[2:] for g in _read("全年新增就业3200人(含返乡创业)。")] == [(3200, "人")]


def test_a_benchmark_value_in_brackets_is_no_indicator_and_the_gap_after_it_is_a_change() -> None:
    # 增速高于全省(8%)3.9个百分点, 增速低于预期目标(4.8%)5.4个百分点: the benchmark's own figure in brackets
    got = [(g[2], g[3]) for g in _read("规上工业增加值同比增长11.9%,增速高于全省(8%)3.9个百分点。")]
    assert got == [(11.9, "%"), (3.9, "个百分点")]
    text = "全区生产总值下降0.6%,增速低于预期目标(4.8%)5.4个百分点。"
    changes = [s.attributes["change"] for s in find_indicators(text)]
    assert changes == [-0.6, -5.4]


def test_a_change_after_its_basis_is_the_levels() -> None:
    # 扣除留抵退税因素后增长1.3%: the only change stated, on an adjusted basis
    found = find_indicators("一般公共预算收入713.7亿元,扣除留抵退税因素后增长1.3%。")
    got = [(s.attributes["value"], s.attributes["change"]) for s in found]
    assert got == [(713.7, 1.3)]


def test_a_list_of_changes_after_as_many_levels_of_one_sentence_pairs_them() -> None:
    # 接待游客544万人次,旅游总收入63.30亿元,同比下降37.9%和36.9%: the order pairs them, as 分别 would say
    found = find_indicators("全县累计接待游客544万人次,旅游总收入63.30亿元,同比下降37.9%和36.9%。")
    got = [(s.attributes["value"], s.attributes["unit"], s.attributes["change"]) for s in found]
    assert got == [(544, "万人次", -37.9), (63.3, "亿元", -36.9)]
    # a level of an earlier clause of the sentence leaves the pairing unsaid
    found = find_indicators("全县生产总值80亿元,接待游客544万人次,旅游总收入63.30亿元,同比下降37.9%和36.9%。")
    assert found[0].attributes["change"] is None


def test_a_change_against_the_census_is_the_levels() -> None:
    # 常住人口4517.4万人,比2020年第七次全国人口普查减少1.5万人: the census is the base of the change
    found = find_indicators("年末全省常住人口4517.4万人,比2020年第七次全国人口普查减少1.5万人。")
    got = [(s.attributes["value"], s.attributes["change"], s.attributes["change_unit"]) for s in found]
    assert got == [(4517.4, -1.5, "万人")]


def test_figures_a_news_headline_repeats_from_the_body_are_not_read_there() -> None:
    # 人社部:…就业人员74652万人 / 统计公报:GDP同比增长8.8%(图): the headline over a news item is no body (README)
    text = (
        "人社部:截至2021年末全国就业人员74652万人,农民工总量29251万人\n"
        "人力资源和社会保障部发布公报。截至2021年末全国就业人员74652万人,其中城镇就业人员46773万人。"
        "全年农民工总量29251万人。\n"
    )
    got = [(s.start, s.attributes["value"]) for s in find_indicators(text)]
    first_line = text.index("\n")
    assert [v for s, v in got if s < first_line] == []
    assert [v for s, v in got if s > first_line] == [74652, 46773, 29251]
    # a lead line with its own figure, said nowhere else, stays
    text = "巴蜀在线 2020年,全市供销系统去年销售1447亿元\n据了解,全系统坚持改革。\n"
    assert [s.attributes["value"] for s in find_indicators(text)] == [1447]


def test_measure_words_of_rural_and_water_work_are_units() -> None:
    # 水窖2059口, 158口骨干山塘, 应对10轮强降雨, 治理危旧住宅25幢, 骆驼5000峰, 畜群2800群, 收缴烤烟4049担
    text = (
        "建成水窖2059口,整治158口骨干山塘,应对10轮强降雨,治理危旧住宅25幢,"
        "骆驼存栏5000峰,标准化畜群2800群,收缴烤烟4049担。"
    )
    assert [(g[2], g[3]) for g in _read(text)] == [
        (2059, "口"),
        (158, "口"),
        (10, "轮"),
        (25, "幢"),
        (5000, "峰"),
        (2800, "群"),
        (4049, "担"),
    ]
    # rounds and groups named by an ordinal or a slogan are no counts
    ordinal = _read("落实第二轮土地承包,做优“两群”,推进土地二轮延包,九峰街道,G20峰会。")
    assert all(g[3] not in ("轮", "群", "峰") for g in ordinal)
    assert all(g[3] not in ("万群", "口", "轮") for g in _read("让54.13万群众喝上放心水,全家5口人,顺利完成二轮延包。"))


def _ranks(text: str) -> list[tuple[str, Any]]:
    return [(s.text, s.attributes["value"]) for s in find_indicators(text) if s.attributes.get("unit") == "位"]


def test_a_place_among_the_top_n_of_a_board_is_a_rank() -> None:
    # 进入全省县域经济20强 (as 进入全市前五), 入围全省十强, 跨进省级以上开发区三十强: the threshold is the rank
    assert [v for _, v in _ranks("力争进入全省县域经济20强。")] == [20]
    assert [v for _, v in _ranks("县域特色经济竞争力入围全省十强。")] == [10]
    assert [v for _, v in _ranks("推动县经开区跨进省级以上开发区三十强。")] == [30]
    # a list one enters (百强县, 世界500强) is no rank, nor a group of top names (十强县)
    assert _ranks("入围全国县域经济基本竞争力百强,引进世界500强企业,跻身中国果菜十强县。") == []
    aim = find_indicators("县经开区以“十四五”期间跨进省级以上开发区三十强为发展目标,着力推进项目建设。")
    assert [s.attributes["kind"] for s in aim if s.attributes.get("unit") == "位"] == ["target"]


def test_the_items_a_task_is_broken_into_are_no_indicator() -> None:
    # 共分解为14项, 细化分解20项…, 责任目标为2项, 牵头工作有3项: what the plan holds, nothing done
    text = (
        "出台了目标责任分解意见,共分解为14项,落实到人。考核我局的责任目标为2项,即专利和技术合同。"
        "政府工作报告中我局牵头工作有3项。"
    )
    assert _read(text) == []
    # what was done of them is counted
    assert [g[2] for g in _read("全年完成重点任务12项。")] == [12]


def test_a_doubling_named_as_a_slogan_is_no_indicator() -> None:
    # “一个翻番、两个突破”, “两年翻番县”, 两个翻番实现程度: a count of aims or a category's label
    text = "努力实现“一个翻番、两个突破、三个建成”的发展目标。在“两年翻番县”中排位。其中:两个翻番实现程度100.0%。"
    assert [g[2] for g in _read(text)] == [100.0]
    # a named growth goal with its years is a target (README, 624)
    assert [g[2] for g in _read("紧紧围绕“三年翻两番”工业发展目标,推进项目。")] == [300]
    # a doubling stated of a quantity stays
    assert [g[2] for g in _read("地方财政收入比2015年翻了一番。")] == [100]


def test_a_count_in_words_before_a_quoted_name_is_rhetoric() -> None:
    # 六张“高新名片”, 两个“单打冠军”, 三个“突破年”行动: a count in words that names a slogan's parts
    assert _read("紧紧围绕“532”发展战略和六张“高新名片”,服务发展。培育两个“单打冠军”。") == []
    # a count in figures before a quoted name counts what was done
    assert [g[2] for g in _read("全年新认定6家“专精特新”企业。")] == [6]
