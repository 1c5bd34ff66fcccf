"""Families of session 24 (indP24): figures read as indicators that are not, in made-up sentences."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _values(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


# --- a count of monitored or standing objects whose own figure follows in the clause only frames that figure
# (gold README "Counts that set a scope": 1295 42个…断面水质优良比例, 1300 20个…断面, 2058 3个…水源地水质达标率,
# 1270 484家规上工业企业增加值, 2018 611户规模以上企业实现工业总产值, 1001 105家…企业营收, 1873 7个县(市、区)…贡献率)


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("全州42个国控、省控地表水考核断面（国控断面20个）水质优良比例为100%。", 42),
        ("今年以来，全省18个省控地表水考核断面水质优良比例为94.4%。", 18),
        ("全县6个县级以上集中式饮用水水源地水质达标率始终保持100%。", 6),
        ("1—5月份,全区312家规上工业企业增加值同比增长6.2%。", 312),
        ("上半年,全县208户规模以上企业实现工业总产值96.3亿元,同比增长8.4%。", 208),
        ("全市57家规上服务业企业营业收入43.1亿元,增长9.6%。", 57),
        ("以上5个县(市、区)对全市经济贡献率达到68.1%。", 5),
    ],
)
def test_a_count_framing_its_objects_own_figure_is_no_indicator(text: str, scope: float) -> None:
    got = _values(text)
    assert got, text
    assert all(v != scope for v, _ in got), got


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the count of what passed a bar or what grew is the result (README 1291, 1187, 1429)
        ("全市8户企业产值超过10亿元。", 8),
        ("17个省级以上地表水目标考核断面全部达到目标值要求。", 17),
        ("35个工业行业中有28个行业产值实现同比增长。", 28),
        # objects reached by an action (README "Counts that set a scope")
        ("对全市253家规上企业进行全覆盖走访。", 253),
        # a count with no figure of its own after it
        ("全市27家省市级龙头企业整体运行平稳。", 27),
    ],
)
def test_a_count_that_is_the_result_stays(text: str, count: float) -> None:
    assert any(v == count for v, _ in _values(text)), _values(text)


# --- money then (及)以上 and a noun: the size class a statistic or a rule covers, never a result (1179 全县500万元以上
# 固定资产投资, 1295's footnotes 年主营业务收入2000万元及以上工业企业, 1381 对投资额60万元以上的…项目, 1778)


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("全县500万元以上固定资产投资完成18.2亿元,增长6.1%。", 500),
        ("[3]规模以上工业统计口径为年主营业务收入2000万元及以上工业企业。规模以上工业增加值增长5.1%。", 2000),
        (
            "限额以上单位是指年主营业务收入2000万元及以上的批发业企业、500万元及以上的零售业企业。社会消费品零售总额"
            "增长4.2%。",
            500,
        ),
        ("对投资额100万元以上的政府投资项目实施评审,全年审减资金1.2亿元。", 100),
        ("计划总投资500万元及以上的固定资产项目投资增长3.3%。", 500),
    ],
)
def test_money_bounding_a_class_is_no_indicator(text: str, bound: float) -> None:
    got = _values(text)
    assert got, text
    assert all(not (v == bound and u.endswith("元")) for v, u in got), got


def test_money_reached_with_at_least_stays() -> None:
    # 以上 closing the clause or an aim after it: the figure itself (at least so much)
    assert (100, "亿元") in _values("全年完成固定资产投资100亿元以上,增长10%。")
    assert any(v == 50 for v, _ in _values("力争全县地区生产总值达到50亿元以上目标。"))


# --- a place's name of the gazetteer that opens on a numeral and runs past the figure (2053 七台河: 七台 read as seven
# machines): a name, when the text writes the place in full


@pytest.mark.parametrize(
    "text",
    [
        "七台河市人民政府向人民代表报告工作。一年来,七台河经济总量增长9.5%。",
        "五家渠市2023年政府工作报告。五家渠工业增加值增长12.1%。",
        "六盘水市政府工作报告:奠定了六盘水发展的基础,全年生产总值增长8%。",
    ],
)
def test_a_place_opening_on_a_numeral_is_no_count(text: str) -> None:
    got = _values(text)
    assert got, text
    assert all(u.endswith("%") for _, u in got), got


def test_the_same_letters_without_the_place_stay_a_count() -> None:
    # the text never names 五家渠市: 五家 counts firms
    assert any(v == 5 for v, _ in _values("全年新增五家上市企业,拓展五家渠道商。"))


# --- the set a rank or a view is taken over, opened by 在/从 and closed by 中/看, however long its name (2143 在参评的
# 127个全国文明城市和提名资格城市中, 1388 在全国400个地级市及百强县定位排名中, 1380 从全市8条制造业重点产业链看)


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("在参评的 96个全国文明城市和提名资格城市中,我市排名第12位。", 96),
        ("在全省58个县(市、区)高质量发展综合考核中,我县位列第3位。", 58),
        ("从全区6条重点产业链看,新能源产业链产值增长31.2%。", 6),
    ],
)
def test_the_set_a_rank_is_taken_over_is_no_indicator(text: str, scope: float) -> None:
    got = _values(text)
    assert got, text
    assert all(v != scope for v, _ in got), got


def test_a_count_of_what_was_done_in_the_set_stays() -> None:
    assert any(v == 3 for v, _ in _values("在3个乡镇开展试点,覆盖农户1.2万户。"))


# --- the deputies a session's news item counts, gathered or attending (1040 162名代表汇聚一堂, 1120 300多名人大代表汇聚
# 一堂, 2050 三百多名人大代表…参加…人民代表大会第七次会议): the session's roll call (README 1881), no result


@pytest.mark.parametrize(
    "text",
    [
        "大会在县影剧院隆重开幕,来自全县各条战线的215名代表汇聚一堂,共商发展大计。全县生产总值增长7.5%。",
        "四百多名市人大代表满怀着全市人民的重托,出席市第十六届人民代表大会第三次会议。全市生产总值增长6.1%。",
        "280余名政协委员齐聚一堂,建言献策。全区一般公共预算收入增长4.4%。",
    ],
)
def test_deputies_gathered_for_the_session_are_no_indicator(text: str) -> None:
    got = _values(text)
    assert got, text
    assert all(u == "%" for _, u in got), got


def test_deputies_counted_for_what_they_did_stay() -> None:
    assert any(v == 120 for v, _ in _values("组织120名人大代表开展集中视察,提出意见建议46条。"))
