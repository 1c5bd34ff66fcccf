"""Session 26 gold rulings the reader follows: N强 boards and honour lists, counts named after, noun rates alone,
contributions in points, 净增 alone, 持平 of a rate (tests/corpus/gold/README.md, "Lead's notes, session 26")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[str, float, str, object, object]]:
    return [
        (
            s.attributes["name"],
            s.attributes["value"],
            s.attributes["unit"],
            s.attributes["change"],
            s.attributes["change_unit"],
        )
        for s in find_indicators(text)
    ]


def _ranks(text: str) -> list[float]:
    return [v for _, v, u, _, _ in _read(text) if u == "位"]


# ---------------------------------------------------------------- 1. N强 boards (N ≤ 50) and honour lists


# 013 跨入全省“十強區”行列, 823 入选“2024安徽省县域综合实力三十强”, 2173 位列全省城区经济社会发展五强区,
# 371 进入全市30强
@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("综合实力快速提升,成功跨入全省“十强区”行列。", 10.0),
        ("综合实力快速提升,成功跨入全省十强区行列。", 10.0),
        ("社会大局稳定,入选“2024安徽省县域综合实力三十强”。", 30.0),
        ("连续九年位列全省城区经济社会发展五强区,谱写了新篇章。", 5.0),
        ("全镇财政收入进入全市30强。", 30.0),
        ("县域特色经济竞争力入围全省十强。", 10.0),
    ],
)
def test_a_top_n_of_a_board_is_a_rank(text: str, rank: float) -> None:
    assert _ranks(text) == [rank]


@given(
    verb=st.sampled_from(["进入", "入围", "跨入", "迈入", "入选", "位列"]),
    scope=st.sampled_from(["全省", "全市", "全国", "2023年河南省", "江西省"]),
    board=st.sampled_from(["", "县域经济", "城区综合实力", "开发区"]),
    n=st.sampled_from([("十", 10.0), ("20", 20.0), ("三十", 30.0), ("五", 5.0), ("50", 50.0)]),
    peers=st.sampled_from(["", "县", "区", "市"]),
)
def test_top_n_board_variants(verb: str, scope: str, board: str, n: tuple[str, float], peers: str) -> None:
    assert _ranks(f"2022年,我县综合实力{verb}{scope}{board}{n[0]}强{peers}。") == [n[1]]


# 1500 跻身全国科学发展百强县, 1930 入围中国城市GDP百强, 2224 跻身世界上市公司500强, 683 十强县荣誉称号,
# 885 茶叶十强县称号, 1999 被评为…十强县: an honour list or title one enters, no rank
@pytest.mark.parametrize(
    "text",
    [
        "连续两年跻身全国科学发展百强县,连续10年进入中部百强县行列。",
        "经济总量入围中国城市GDP百强。",
        "三一重工跻身世界上市公司500强。",
        "全县进入全国县域经济80强。",
        "我县荣获全省十强县荣誉称号。",
        "成功入选全省茶叶十强县称号。",
        "我县被评为全省旅游十强县。",
        "全县入选全省县域经济十强县殊荣。",
    ],
)
def test_an_honour_list_is_no_rank(text: str) -> None:
    assert _ranks(text) == []


# 1129 进入全国同类医院十强、排名第9: the place within the top group is the one rank
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("开工5个医院建设项目;市中西医结合医院“国考”进入全国同类医院十强、排名第9。", 9.0),
        ("完成投资5亿元;全县综合实力进入全省二十强,位列第12位。", 12.0),
    ],
)
def test_a_top_group_followed_by_its_place_is_the_place(text: str, place: float) -> None:
    got = _ranks(text)
    assert place in got and not [r for r in got if r in (10.0, 20.0)]


# ---------------------------------------------------------------- 2. counts whose names follow


# 1945 成功签约三个项目,分别是…; 1674 建成两家省一级旅游驿站--A、B; 567 2家企业入选…(吴中集团、东山精密)
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全年外出招商7次,成功签约三个项目,分别是投资1亿元的动漫产业园、1.2亿元的LED产业园项目。", 3.0, "个"),
        ("今年新建两所幼儿园,分别是城东幼儿园和城西幼儿园。", 2.0, "所"),
        ("建成两家省一级旅游驿站--某咖啡之窗驿站、祯埠千帆驿站。", 2.0, "家"),
        ("全年引进四家企业,分别为甲公司、乙公司、丙公司、丁公司。", 4.0, "家"),
    ],
)
def test_a_count_whose_names_follow_is_counted(text: str, value: float, unit: str) -> None:
    assert any(v == value and u == unit for _, v, u, _, _ in _read(text))


# ---------------------------------------------------------------- 3–5. rates, contributions, 净增, 持平


@pytest.mark.parametrize(
    "text",
    [
        "地方一般公共预算收入增速达30.9%。",
        "一季度农村居民人均可支配收入增速8.8%。",
        "规上工业增加值增幅12.5%。",
        "居民消费价格涨幅2.1%。",
    ],
)
def test_a_noun_rate_alone_is_a_level(text: str) -> None:
    got = _read(text)
    assert len(got) == 1 and got[0][3] is None and got[0][2] == "%"


# 019 项目建设带动投资增长11个百分点, 2120 拉动园区规上工业产值增长17.1个百分点, 1872 帶動經濟增長7.0個百分點
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("项目建设带动投资增长11个百分点。", 11.0),
        ("拉动园区规上工业产值增长17.1个百分点。", 17.1),
        ("新投产项目带动全县工业增长3.5个百分点。", 3.5),
        ("工业投资拉动全县投资增长5.2个百分点。", 5.2),
    ],
)
def test_a_contribution_in_points_is_a_level(text: str, value: float) -> None:
    got = [g for g in _read(text) if g[2] == "个百分点"]
    assert [(v, c) for _, v, _, c, _ in got] == [(value, None)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("目前净增高企551家。", 551.0, "家"), ("全年净增市场主体1200户。", 1200.0, "户")],
)
def test_a_net_addition_alone_is_a_change(text: str, value: float, unit: str) -> None:
    got = _read(text)
    assert [(v, u, c, cu) for _, v, u, c, cu in got] == [(value, unit, value, unit)]


# 1728 重度污染天数为1天(无严重污染天数),同比持平: a level's 持平 is 0 %
def test_a_level_flat_is_zero_percent_also_after_a_bracket() -> None:
    got = _read("重度污染天数为1天(无严重污染天数),同比持平。")
    assert [(v, u, c, cu) for _, v, u, c, cu in got] == [(1.0, "天", 0.0, "%")]


# 1291 居民消费价格(CPI)涨幅与上年持平; 1186 增速较上月持平: a rate with no level, 0 points
@pytest.mark.parametrize(
    "text",
    [
        "全年全市居民消费价格(CPI)涨幅与上年持平。",
        "全市固定资产投资增速与上年持平。",
        "限上住宿业营业额降幅与1-4月基本持平。",
        "全年商品房销售价格涨幅与去年持平。",
    ],
)
def test_a_rate_alone_flat_is_zero_points(text: str) -> None:
    got = _read(text)
    assert len(got) == 1 and got[0][1:] == (0.0, "个百分点", 0.0, "个百分点")
    assert got[0][0].endswith(("涨幅", "增速", "降幅"))
    assert len(got[0][0]) > 2


def test_a_quantity_flat_stays_zero_percent() -> None:
    assert [(v, u) for _, v, u, _, _ in _read("粮食总产量与上年持平。")] == [(0.0, "%")]


# 474 拉动GDP增长3.4个百分点,比去年同期提高0.6个百分点; 1873 拉动力提高了25.9个百分点: the contribution's own change
@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("全年消费拉动GDP增长3.4个百分点,比去年同期提高0.6个百分点。", 3.4, 0.6),
        ("投资拉动GDP增长3.4个百分点,比上年回落1.2个百分点。", 3.4, -1.2),
        ("对经济增长的拉动力提高了25.9个百分点。", 25.9, 25.9),
    ],
)
def test_a_change_of_the_contribution_is_its_change(text: str, value: float, change: float) -> None:
    assert [(v, c) for _, v, u, c, _ in _read(text) if u == "个百分点"] == [(value, change)]
