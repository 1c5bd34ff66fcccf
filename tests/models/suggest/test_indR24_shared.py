"""Session 24: one figure or one rank a list of quantities shares (均突破, 双双突破, 均继续居, A及B均居), one each."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _named(text: str) -> list[tuple[str, float, str]]:
    return [(s.attributes["name"], s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


# 2080 地区生产总值、全社会固定资产投资、金融机构存贷款余额均突破2万亿元; 1010 新能源和…產業規模雙雙突破2000億元;
# 2008 存贷款余额均突破2万亿元 (the contracted pair: deposits and loans)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "地区生产总值、全社会固定资产投资、金融机构存贷款余额均突破2万亿元,人均地区生产总值突破6000美元。",
            [
                ("地区生产总值", 2.0, "万亿元"),
                ("全社会固定资产投资", 2.0, "万亿元"),
                ("金融机构存贷款余额", 2.0, "万亿元"),
            ],
        ),
        ("全县财政收入和税收收入双双突破10亿元。", [("财政收入", 10.0, "亿元"), ("税收收入", 10.0, "亿元")]),
        ("全市生产总值与固定资产投资均超过500亿元。", [("生产总值", 500.0, "亿元"), ("固定资产投资", 500.0, "亿元")]),
        ("年末全省存贷款余额均突破2万亿元。", [("存款余额", 2.0, "万亿元"), ("贷款余额", 2.0, "万亿元")]),
        # places sharing one threshold: one level each (2376 collectors' ruling, session 27; was an abstention)
        ("甲镇、乙镇财政收入均超过1000万元。", [("甲镇财政收入", 1000.0, "万元"), ("乙镇财政收入", 1000.0, "万元")]),
    ],
)
def test_a_level_a_list_shares_is_a_level_of_each(text: str, expected: list[tuple[str, float, str]]) -> None:
    got = _named(text)
    for e in expected:
        assert e in got


@pytest.mark.parametrize(
    "text",
    [
        "煤化和有色集团分别突破300亿元。",  # bodies, not quantities: no split
        "全市钢铁和有色产业均突破300亿元。",
    ],
)
def test_a_list_of_bodies_is_not_split(text: str) -> None:
    assert len(find_indicators(text)) <= 1


@given(
    a=st.sampled_from(["地区生产总值", "一般公共预算收入", "社会消费品零售总额", "进出口总额"]),
    b=st.sampled_from(["固定资产投资", "规上工业总产值", "金融机构贷款余额", "外贸进出口额"]),
    joint=st.sampled_from(["、", "和", "及", "与"]),
    word=st.sampled_from(["均突破", "双双突破", "均超过", "均达到", "都迈上"]),
    n=st.integers(2, 9),
)
def test_shared_level_variants(a: str, b: str, joint: str, word: str, n: int) -> None:
    got = _named(f"2019年,全州{a}{joint}{b}{word}{n}00亿元。")
    assert (a, float(n * 100), "亿元") in got
    assert (b, float(n * 100), "亿元") in got


def test_pair_of_deposits_and_loans_reads_each_after_fenbie() -> None:
    got = _named("存贷款余额分别达到10659.3亿元和8000亿元。")
    assert [g[0] for g in got] == ["存款余额", "贷款余额"]


def _ranks(text: str) -> list[str]:
    return [s.attributes["name"] for s in find_indicators(text) if s.attributes.get("unit") == "位"]


# 2085 實際利用外資、專利授權量均繼續居全國第一; 2125 项目签约数及投资额均居全市第一;
# 1377 …和A股在审企业数量均居全省首位; 1975 …总量达2003家,均居全省地级市首位
@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("實際利用外資、專利授權量均繼續居全國第一。", 2),
        ("实际利用外资、出口总额均仍居全省第一。", 2),
        ("项目签约数及投资额均居全市第一。", 2),
        ("新增A股上市公司和A股在审企业数量均居全省首位。", 2),
        ("全市国家高新技术企业总量达2028家,高新技术企业培育入库总量达2003家,均居全省地级市首位。", 2),
        ("粮食产量均居全市首位。", 1),
    ],
)
def test_a_rank_a_list_shares_is_a_rank_of_each(text: str, n: int) -> None:
    assert len(_ranks(text)) == n


def test_no_rank_in_a_word_holding_ju() -> None:
    assert _ranks("两县人均居住面积均居民中。") == []


def _counts(text: str) -> list[tuple[str, float, str]]:
    return [(s.text, s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


# counts in words: 2069 示范点三个、示范单位三个; 777/1579 新建水利枢纽一座; 2049 成立十六個專責指揮部;
# 2033 成立四个路政执法组
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("新建珍贵树种示范林三片、示范点三个、示范单位三个。", 3.0, "个"),
        ("新建珍贵树种示范林三片、示范点三个。", 3.0, "片"),
        ("成立十六個專責指揮部,統籌推進。", 16.0, "个"),
        ("全县组建四个路政执法组。", 4.0, "个"),
        ("扩建乡镇卫生院两所。", 2.0, "所"),
    ],
)
def test_a_count_in_words_of_what_was_set_up(text: str, value: float, unit: str) -> None:
    assert value in [v for _, v, u in _counts(text) if u in (unit, "個")]


@pytest.mark.parametrize(
    "text",
    [
        "建设一个,带动一片。",  # a slogan
        "坚持一个中心、两个基本点。",  # rhetoric: the count before its noun
        "这是其中之一个。",
        "把握好四个。",
        "要做到四个一:一个中心。",
        "全省唯一一家。",
        "抓好保民生三项。",  # items of work (README: rhetoric)
        "认真落实省委十一届三次、四次全会精神。",  # a session's number
        "试行以一人一座、点到点的快线。",
        "分为美食街区、精品花卉区等六个片区。",  # the noun inside the unit, after 等
    ],
)
def test_rhetoric_in_words_is_no_count(text: str) -> None:
    assert _counts(text) == []


# 2096 户籍人口210084人。其中,男108374人,女101710人; 2099 …20.93万人,…。按性别分:男10.71万人,女10.22万人
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("年末户籍人口210084人。其中,男108374人,女101710人;出生人口1290人。", ["户籍人口男性", "户籍人口女性"]),
        (
            "年末全县总户籍人口为20.93万人,比上年末增加0.04万人。按性别分:男10.71万人,女10.22万人。",
            ["户籍人口男性", "户籍人口女性"],
        ),
        ("年末全市常住人口64.33万人,其中男性32.9万人,女性31.43万人。", ["常住人口男性", "常住人口女性"]),
    ],
)
def test_population_parts_by_sex_take_the_whole(text: str, names: list[str]) -> None:
    got = [s.attributes["name"] for s in find_indicators(text)]
    assert got[-2:] == names or all(n in got for n in names)


def test_sex_parts_of_no_population_are_left_as_read() -> None:
    got = [s.attributes["name"] for s in find_indicators("参赛选手120人,其中男60人,女60人。")]
    assert not any("男性" in n or "女性" in n for n in got)


def test_a_part_naming_its_own_population_or_after_a_part_is_left_as_read() -> None:
    text = "全县户籍人口为112635人。其中,城镇人口54715人,乡村人口57920人;男性人口57753人,女性人口54882人。"
    got = [s.attributes["name"] for s in find_indicators(text)]
    assert "男性人口" in got and "女性人口" in got
