"""Families read from the shape of a sentence or a copy (scope counts, paired lists, cut or wrapped copies)."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _values(text: str) -> list[tuple[Any, ...]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


def test_the_size_of_a_group_the_subject_belongs_to_is_no_indicator() -> None:
    assert _values("我镇是全省12个生态示范镇之一,全年新建公园3个。") == [(3, "个")]
    assert _values("作为全市5个试点单位之一,在会上作交流发言。") == []
    # digits inside the group's description do not end it
    assert _values("入选全区8个连续3年水质改善县之一。") == []


def test_a_count_with_its_own_verb_before_one_of_stays() -> None:
    got = _values("新建4个安置小区是全县重点工程之一。")
    assert (4, "个") in got


def test_among_n_items_m_have_counts_the_part() -> None:
    assert _values("分行业看,38个工业大类行业中有25个行业增加值保持增长。") == [(25, "个")]


def _kinds(text: str) -> list[str]:
    return [s.attributes["kind"] for s in find_indicators(text)]


def test_a_cited_text_that_only_reports_sets_out_no_aim() -> None:
    text = "《公报》指出,去年全县粮食产量48万吨,同比增长2.1%;农民人均纯收入9100元,比上年增长6%。\n"
    assert set(_kinds(text)) == {"actual"}


def test_a_cited_text_that_aims_still_sets_out_aims() -> None:
    text = "《方案》提出,扩大担保基金规模至8亿元,力争新增贷款30亿元。\n"
    assert set(_kinds(text)) == {"target"}


def _pairs(text: str) -> list[tuple[Any, ...]]:
    return [(s.attributes["value"], s.attributes["change"]) for s in find_indicators(text)]


def test_a_list_of_named_levels_pairs_with_a_list_of_as_many_changes() -> None:
    text = "全年粮食产量48万吨、油料产量3.2万吨,同比增长2%、5.5%。"
    assert _pairs(text) == [(48, 2), (3.2, 5.5)]


def test_a_longer_list_of_levels_does_not_say_which_changes_are_whose() -> None:
    text = "甲镇收入10万元、乙镇收入20万元、丙镇收入30万元,增长4%、5%。"
    assert [c for _, c in _pairs(text)][:3] == [None, None, None]


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


def test_a_figure_a_wrap_space_cut_after_its_decimal_point_is_one_figure() -> None:
    assert _read("森林覆盖率达到41. 5%。") == [(41.5, "%")]


def test_a_unit_a_wrap_space_cut_is_one_unit() -> None:
    assert _read("新增城市绿地6平方公 里。") == [(6, "平方公里")]
    assert _read("人均收入约1.2万美 元。") == [(1.2, "万美元")]


def test_a_space_after_a_whole_unit_joins_nothing() -> None:
    assert _read("新建公园3个 二、主要做法") == [(3, "个")]


def test_a_half_width_full_stop_before_a_figure_ends_the_sentence() -> None:
    assert _read("防控工作有序推进.15名干部下沉社区.") == [(15, "名")]
    assert _read("版本号为v2.3个") == []  # a point after a letter or digit is still no full stop


def _kinds_of(text: str) -> list[tuple[Any, str]]:
    from models.suggest import suggest

    return [(s.attributes["value"], s.attributes["kind"]) for s in suggest(text, ()) if s.kind == "指标"]


def test_a_copy_cut_inside_a_review_plans_only_after_its_plan_heading() -> None:
    text = (
        "全镇新建农村公路12公里,改造危房86户,植树造林2300亩,治理水土流失面积5平方公里,全年接待游客4万人次。\n"
        "各项工作扎实推进,群众满意度持续提升,各村集体经济收入均超过10万元,完成了年初确定的各项工作任务。\n"
        "二、2025年工作计划\n"
        "1、新建农村公路15公里,改造危房60户。\n"
    )
    assert _kinds_of(text) == [
        (12, "actual"),
        (86, "actual"),
        (2300, "actual"),
        (5, "actual"),
        (4, "actual"),
        (10, "actual"),
        (15, "target"),
        (60, "target"),
    ]


def test_a_plan_part_heading_without_its_ordinal_counts_only_after_text() -> None:
    # a title line at the very top names the page; the text under it reports
    text = "2025年农业局工作计划\n2024年全区新建蔬菜大棚535亩,同比增长12%,累计达735亩,已新增农机具2769台。\n"
    assert {k for _, k in _kinds_of(text)} == {"actual"}


def test_an_untitled_plan_excerpt_states_its_aims_as_floors() -> None:
    text = (
        "任务\n全市蔬菜种植面积达到65万亩以上,油料产量稳定在12万吨左右。农产品加工业产值达到920亿元以上,"
        "主要农作物耕种收机械化率达到83%以上,农业科技进步贡献率达到66%以上。畜禽规模养殖比重达到75%以上,"
        "水产品产量稳定在8万吨左右,农村居民人均可支配收入达到2.1万元以上。\n"
    )
    assert {k for _, k in _kinds_of(text)} == {"target"}


def test_an_untitled_review_excerpt_with_floors_still_reports() -> None:
    text = (
        "情况\n全市蔬菜种植面积达到65万亩以上,同比增长3%;油料产量12万吨,比上年增加0.5万吨;"
        "农产品加工业产值达到920亿元以上,同比增长8%;累计建成高标准农田30万亩。\n"
    )
    assert {k for _, k in _kinds_of(text)} == {"actual"}


def test_a_slogan_heading_whose_text_reports_is_a_review_without_a_title() -> None:
    from models.ingest.outline import build_outline

    text = (
        "作情况\n"
        "(一)紧盯任务,压实责任,推动工作见效\n"
        "围绕年度目标任务推进。截止10月,累计投入820.5万元,已开工12个,竣工9个;投入资金310万元。\n"
    )
    got = [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text, build_outline(text))]
    assert got and {k for _, k in got} == {"actual"}
