"""Shapes of statement read in session 12, round 2 (ind12b), each in a short made-up sentence of its shape."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.text, s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


# --- a change parted from its level by a qualifier of the change (实际, a named plan period)


def test_a_real_growth_after_a_level_is_the_levels_change() -> None:
    assert [g[1:] for g in _read("全县旅游总收入368.5亿元,实际增长12.4%;")] == [(368.5, "亿元", 12.4, "%")]


def test_a_real_growth_shared_out_with_fenbie_pairs_the_levels() -> None:
    got = _read("职工平均工资52100元、灵活就业人员月均收入2980元,实际分别增长6.1%和4.8%。")
    assert [g[1:] for g in got] == [(52100, "元", 6.1, "%"), (2980, "元", 4.8, "%")]


def test_a_yearly_growth_over_a_named_plan_period_is_the_levels_change() -> None:
    got = _read("全镇税收收入完成3.6亿元,“十四五”时期年均增长5.7%。")
    assert [g[1:] for g in got] == [(3.6, "亿元", 5.7, "%")]
    got = _read("粮食产量达到41万吨,“十二五”期间年均增长3.1%。")
    assert [g[1:] for g in got] == [(41, "万吨", 3.1, "%")]


# --- a change named by its subject word with a bound (增幅超过N%) after a level


def test_a_growth_rate_said_above_a_bound_after_a_level_is_the_levels_change() -> None:
    assert [g[1:] for g in _read("社会消费品零售额实现5.2亿元,增幅超过18℅;")] == [(5.2, "亿元", 18, "%")]


def test_a_growth_rate_above_a_bound_with_no_level_before_stays_a_figure() -> None:
    assert [g[1:] for g in _read("全年工业用电量降幅超过6%。")] == [(6, "%", None, None)]


# --- a 分别-list of changes, then the list of levels reached (分别增长a%和b%,分别达X元和Y元)


def test_a_list_of_changes_then_a_list_of_levels_pairs_them_in_order() -> None:
    got = _read("城乡居民人均存款分别增长7%和11%,分别达52310元和18402元。")
    assert [g[1:] for g in got] == [(52310, "元", 7, "%"), (18402, "元", 11, "%")]
    got = _read("工业产值、税收收入、社会消费品零售总额年均分别增长12.5%、9.1%和8%,达310亿元、21.6亿元和95亿元。")
    assert [g[1:] for g in got] == [(310, "亿元", 12.5, "%"), (21.6, "亿元", 9.1, "%"), (95, "亿元", 8, "%")]
    assert got[1][0].endswith("21.6亿元")


def test_changes_then_levels_of_another_count_stay_apart() -> None:
    # two changes, three levels: the lists do not pair
    got = _read("工业产值和税收收入分别增长12.5%和9.1%,达310亿元、21.6亿元和95亿元。")
    assert [g[3] for g in got][:2] == [12.5, 9.1]


def test_a_doubling_said_of_all_the_levels_is_a_second_change_of_each() -> None:
    got = _read("粮食产量、工业产值和税收收入年均分别增长3%、12.5%和9.1%,达80万吨、310亿元和21.6亿元,均比上年翻一番。")
    assert [g[1:] for g in got] == [
        (80, "万吨", 3, "%"),
        (100, "%", 100, "%"),
        (310, "亿元", 12.5, "%"),
        (100, "%", 100, "%"),
        (21.6, "亿元", 9.1, "%"),
        (100, "%", 100, "%"),
    ]
    assert [g[0][:4] for g in got] == ["粮食产量", "粮食产量", "工业产值", "工业产值", "税收收入", "税收收入"]


# --- a whole of three sectors split into shares, named by 三次产业 and a verb to its terms


def test_three_sector_shares_after_a_verb_to_them_are_three_indicators() -> None:
    got = _read("全县三次产业比演变至12.5:40.1:47.4。")
    assert [g[1:3] for g in got] == [(12.5, "%"), (40.1, "%"), (47.4, "%")]
    got = _read("三次产业对经济增长的贡献率分别为8.2:51.3:40.5。")
    assert [g[1:3] for g in got] == [(8.2, "%"), (51.3, "%"), (40.5, "%")]


def test_a_clock_time_in_a_sentence_on_three_sectors_is_no_ratio() -> None:
    assert _read("三次产业座谈会定于9:30召开。") == []


# --- a rank, then how many places it moved since a base (比上年前移3位, 比 2017 年提高了 24 位), up negative


def test_a_rank_then_its_move_in_places_since_a_base_is_its_change() -> None:
    assert [g[1:] for g in _read("综合实力居全省第8位,比上年前移3位。")] == [(8, "位", -3, "位")]
    got = _read("全县在百强县中的位次上升至第 31 位,比 2019 年提高了 12 位。")
    assert [g[1:] for g in got] == [(31, "位", -12, "位")]


# --- a count of standing units whose own amount is the figure (gold README, "Counts that set a scope")


def test_a_count_of_firms_whose_output_is_the_figure_sets_the_scope() -> None:
    got = _read("全镇14家规模以上企业实现产值9.6亿元,同比增长7%。")
    assert [g[1:3] for g in got] == [(9.6, "亿元")]
    got = _read("52家市级龙头企业年销售收入30.5亿元。")
    assert [g[1:3] for g in got] == [(30.5, "亿元")]
    got = _read("全区9个农业产业园实现综合产值41亿元。")
    assert [g[1:3] for g in got] == [(41, "亿元")]


def test_a_count_of_projects_with_their_investment_is_two_indicators() -> None:
    got = _read("全年46个重点项目完成投资38.2亿元。")
    assert [g[1:3] for g in got] == [(46, "个"), (38.2, "亿元")]


def test_a_count_of_firms_that_were_added_is_still_counted() -> None:
    got = _read("新增规模以上企业12家,实现产值3.1亿元。")
    assert (12, "家") in [g[1:3] for g in got]


# --- a rank aimed at in a sentence that opens on its aim (力争…,我县…居全市第一)


def test_a_rank_in_a_sentence_opening_on_an_aim_is_a_target() -> None:
    got = find_indicators("力争用3年时间,全县工业总量居全省第五,税收增长10%。")
    assert [s.attributes["kind"] for s in got if s.attributes["unit"] == "位"] == ["target"]
    got = find_indicators("去年全县工业总量居全省第五,税收增长10%。")
    assert [s.attributes["kind"] for s in got if s.attributes["unit"] == "位"] == ["actual"]
