"""Families of session 27 (indP27): figures that set the frame of a statement rather than measure it. A year that
opens the next clause after a list's last figure (`年均增长15.2%、2016年达到105.67亿元`), the board a rank is taken
over written without 中 (`在xx市15个区县排名第10位`)."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _values(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


# --- a year after 、 is the date of the next clause, never a list item (2377 财政总收入年均增长15.2%、2016年达到
# 105.67亿元): a year is no quantity (_durations), in a list or alone


def _levels(text: str) -> list[tuple[float, str, float | None]]:
    return [(s.attributes["value"], s.attributes["unit"], s.attributes.get("change")) for s in find_indicators(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("财政总收入年均增长15.2%、2016年达到105.67亿元。", [(105.67, "亿元", 15.2)]),
        ("城镇居民人均可支配收入年均增长8.1%、2023年达到41250元。", [(41250.0, "元", 8.1)]),
        ("粮食产量年均增长3%、1998年达到52万吨。", [(52.0, "万吨", 3.0)]),
    ],
)
def test_a_year_after_a_listed_figure_opens_the_next_clause(
    text: str, expected: list[tuple[float, str, float | None]]
) -> None:
    assert _levels(text) == expected  # the rate is the level's growth, as with a comma (2377 生产总值…,2016年达到…)


def test_a_list_of_figures_still_parts() -> None:
    assert _values("农业、工业增加值分别增长4.2%、8.5%。") == [(4.2, "%"), (8.5, "%")]


# --- the board a rank is taken over, its size written before the rank verb with no 中 (2266 在xx市15个区县排名第10位,
# 2275 在关中地区64个县市(区)排名第9): its size, not a count of work (as 在参评的127个…城市中, 位居15个副省级城市第一)


@pytest.mark.parametrize(
    "text",
    [
        "空气质量综合指数在全市15个区县排名第10位。",
        "空气质量综合指数3.77,在关中地区64个县市(区)排名第9。",
        "营商环境评价在全省21个地市排名第3位。",
        "县域经济综合实力在全区14个旗县位列第2。",
    ],
)
def test_the_board_before_a_rank_verb_is_no_count(text: str) -> None:
    assert not [v for v in _values(text) if v[1] in ("个", "個")]


def test_a_count_before_a_verb_that_is_no_rank_stays() -> None:
    assert (15.0, "个") in _values("在全市15个村开展人居环境整治。")


# --- the deputies a session's news counts, named by their place and gathered in its hall (2381 四百余名南京市人大代表
# 今日齐集南京人民大会堂; gold: 1040, 1115, 1120, 1176, 2000, 2050, 2311… all in not_indicators, no deputy counted)


@pytest.mark.parametrize(
    "text",
    [
        "四百余名南京市人大代表今日齐集南京人民大会堂,听取市长所作的政府工作报告。",
        "326名嘉兴市人大代表齐集市会展中心,共商发展大计。",
        "三百多名天水市秦州区人大代表汇聚一堂,共商发展大计。",
        "来自全县各地的180名县政协委员出席大会。",
    ],
)
def test_deputies_gathered_for_a_session_are_no_count(text: str) -> None:
    assert not [v for v in _values(text) if v[1] in ("名", "人", "位")]


def test_deputies_a_work_reached_stay() -> None:
    assert (120.0, "名") in _values("全年组织120名市人大代表开展专题视察。")


# --- the firms of the jurisdiction whose own output the clause states (2290 辖区187户规模工业企业总产值312.68亿元;
# 其中:区属107户规模工业产值增长11.6%): 辖区 and 区属 say "all of the place's", as 全区 does (1270 全市484家…增加值)


@pytest.mark.parametrize(
    "text",
    [
        "前三季度,辖区187户规模工业企业总产值312.68亿元,同比增长17.4%。",
        "其中:区属107户规模工业产值增长11.6%,市属3户工业产值增长5.3%。",
        "1-6月,县属45家规上企业实现营业收入58.2亿元。",
    ],
)
def test_the_jurisdictions_firms_framing_their_output_are_no_count(text: str) -> None:
    assert not [v for v in _values(text) if v[1] in ("户", "家")]


def test_a_park_s_firms_stay_counted() -> None:
    assert (10.0, "户") in _values("园区10户规上企业实现工业总产值22.37亿元。")  # 1020: gold counts them


# --- a few people in words said again, or the number of a compound (2341 …候选人,两人均当选; 2273 三人舞《返乡》;
# 421 “四人小组”制度): who the story is about, what a thing is called


@pytest.mark.parametrize(
    "text",
    [
        "推荐退役士兵陈腾为市级“最美退役军人”候选人,两人均当选。",
        "编排节目分别获二等奖和三等奖,三人舞《返乡》获二等奖。",
        "张某、李某被评为优秀志愿者,二人都受到表彰。",
        "建立“四人小组”接送制度。",
    ],
)
def test_people_said_again_or_in_a_compound_are_no_count(text: str) -> None:
    assert not [v for v in _values(text) if v[1] in ("人", "名")]


def test_people_reached_in_words_stay() -> None:
    assert (3.0, "人") in _values("全年共选派三人赴外地挂职。")


@pytest.mark.parametrize(
    "text",
    [
        "廖和明、黄坚等市四家班子领导以及大会主席团其他成员在主席台就坐。",
        "县五家领导班子成员深入企业调研。",
    ],
)
def test_the_leading_bodies_named_by_number_are_no_count(text: str) -> None:
    assert _values(text) == []  # 四家班子, 四套班子 (039, 1370 in not_indicators): a name in political language


# --- a rank's move said with 同比 (2266 排名第31位,同比去年后退9位): the rank's change, as 比去年同期提升3位 (1329)


def _ranks(text: str) -> list[tuple[float, float | None]]:
    return [
        (s.attributes["value"], s.attributes.get("change"))
        for s in find_indicators(text)
        if s.attributes["unit"] == "位"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("综合指数在西咸渭46个区县排名第31位,同比去年后退9位。", [(31.0, 9.0)]),
        ("增速居全市第5位,同比上年前进2位。", [(5.0, -2.0)]),
        ("增速居全省第2位,比去年同期提升3位。", [(2.0, -3.0)]),
    ],
)
def test_a_ranks_move_after_tongbi_is_its_change(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert _ranks(text) == expected
