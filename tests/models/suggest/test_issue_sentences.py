"""Issue 12 §4 on sentences like the real reports: units, words for figures, ranks, one statement each, rhetoric."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators, parse_indicator_span
from models.suggest.numbers import parse_number


def fields(text: str) -> list[tuple]:
    return [
        (s.attributes["value"], s.attributes["unit"], s.attributes.get("change"), s.attributes.get("kind"))
        for s in find_indicators(text)
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全市地区生产总值增至2.79万亿元。", 2.79, "万亿元"),
        ("新增发放社会保障卡52.4万张。", 52.4, "万张"),
        ("全年粮食产量550亿斤。", 550, "亿斤"),
        ("年末生猪存栏0.9万头。", 0.9, "万头"),
        ("农村公路总里程达到127万公里。", 127, "万公里"),
        ("帮助困难家庭1万6千多户。", 1.6, "万户"),
        ("营养改善计划惠及学生1亿3千多万人。", 1.3, "亿人"),
        ("森林覆盖率达到百分之三十六点九。", 36.9, "%"),
        ("居民消费价格指数上涨零点五个百分点。", 0.5, "个百分点"),
        ("全县三分之一的乡镇完成污水管网改造。", 33.33, "%"),
        ("近六成企业实现盈利。", 60, "%"),
        ("今年引进博士15位。", 15, "位"),
        ("出版地方志书32部。", 32, "部"),
        ("村干部平均年龄45岁。", 45, "岁"),
        ("人均粮食占有量400公斤。", 400, "公斤"),
        ("为农家书屋配送图书1200本。", 1200, "本"),
        ("全年实现GDP28.34亿元。", 28.34, "亿元"),
        ("规上工业增加值增速 2.1%。", 2.1, "%"),
        ("46项市级绩效任务全部完成。", 46, "项"),
    ],
)
def test_value_and_unit_as_written(text: str, value: float, unit: str) -> None:
    (got,) = fields(text)
    assert got[:2] == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("经济总量进至全国第5位。", 5),
        ("增速居中部第1位。", 1),
        ("外贸总额跃居世界第二位。", 2),
        ("综合考核排全市前3。", 3),
    ],
)
def test_ranks(text: str, value: int) -> None:
    assert fields(text) == [(value, "位", None, "actual")]


def test_changes_by_words() -> None:
    assert fields("出口额增加两倍。") == [(200, "%", 200, "actual")]
    assert fields("劳动生产率提高一倍。") == [(100, "%", 100, "actual")]
    assert fields("压减一般性支出30%。")[0][:3] == (-30, "%", -30)
    assert fields("企业开办减时间83%。")[0][:3] == (-83, "%", -83)
    assert fields("实体经济保持20%以上增长。")[0][:3] == (20, "%", 20)
    assert fields("研发投入增速高于全国3.7个百分点。")[0][:3] == (3.7, "个百分点", 3.7)


def test_one_statement_one_indicator() -> None:
    assert fields("城镇化率由54.9%提高到58.2%。") == [(58.2, "%", 3.3, "actual")]
    assert fields("地区生产总值突破4000亿元、达到4211亿元。") == [(4211, "亿元", None, "actual")]
    assert fields("技术合同成交额达到3.1亿元,预计比上年增长41%。") == [(3.1, "亿元", 41, "actual")]
    assert fields("上半年完成固定资产投资23.5亿元,比上年同期增加2.1亿元。") == [(23.5, "亿元", 2.1, "actual")]


def test_list_items_keep_their_unit() -> None:
    got = fields("一般公共预算收入、税收收入分别达到671亿元、86亿元。")
    assert [g[:2] for g in got] == [(671, "亿元"), (86, "亿元")]


@pytest.mark.parametrize(
    "text",
    [
        "严格落实中央八项规定精神。",
        "出台三个“十条”。",
        "着力解决四个问题。",
        "抓好保民生三项。",
        "凝聚起百万人民的力量。",
        "地方一般公共预算收入X亿元、增长X%。",
    ],
)
def test_rhetoric_and_placeholders_are_not_indicators(text: str) -> None:
    assert find_indicators(text) == []


def test_names_are_never_empty_or_one_character() -> None:
    text = "城镇化率由54.9%提高到58.2%。增速高于全国3.7个百分点。过5000家企业。"
    assert all(len(s.attributes["name"]) >= 2 for s in find_indicators(text))


def test_kind() -> None:
    assert fields("预计全年地区生产总值增长6%左右。")[0][3] == "actual"
    assert fields("营养改善计划惠及3600多万学生。")[0][3] == "actual"
    assert fields("力争全年地区生产总值增长6%。")[0][3] == "target"
    text = "一、上半年计划执行情况\n上半年实现地区生产总值212.65亿元,同比增长3%。\n二、下半年工作安排\n新增企业6家。\n"
    assert [s.attributes["kind"] for s in find_indicators(text)] == ["actual", "target"]


def test_hard_wrapped_lines_are_read_whole() -> None:
    line = "全市经济运行稳中有进,主要指标好于预期,第二产业增加值完成377"
    text = "\n".join(
        [
            line,
            ".4亿元,增长11.8%,工业经济运行平稳,重点企业生产稳定,效益明显",
            "提高,全年实现利税总额二十多亿元,同比增长百分之十二。",
        ]
        * 3
    )
    got = [s for s in find_indicators(text) if s.attributes["unit"] == "亿元"]
    assert got and got[0].attributes["value"] == 377.4 and got[0].attributes["change"] == 11.8
    assert all(s.text == text[s.start : s.end] for s in find_indicators(text))


_ALPHABET = list(
    "0123456789.,:%-万亿千百十元个家位名第年月增长下降提高到由为突破达到分之成倍点零一二两三百分之、，。\n“”（） GDPX"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=80))
def test_spans_stay_in_bounds_and_parsing_never_raises(text: str) -> None:
    for s in find_indicators(text):
        assert 0 <= s.start < s.end <= len(text)
        assert s.text == text[s.start : s.end]
    assert isinstance(parse_indicator_span(text), dict)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.万亿千百十点零一二两三四五六七八九")), max_size=12))
def test_number_parser_never_raises(text: str) -> None:
    got = parse_number(text)
    assert got is None or isinstance(got, float)


def test_a_figure_broken_from_its_words_is_read_whole() -> None:
    text = "义务教育阶段入学率保持100%、巩固率达到\n98%,原建档立卡学生巩固率达到100%。\n1.加强师资建设。\n"
    got = [(s.attributes["value"], s.text) for s in find_indicators(text)]
    assert (98, "巩固率达到\n98%") in got


def test_a_share_of_the_plan_stands_between_a_level_and_its_growth() -> None:
    text = "地区生产总值635亿元,完成年计划710亿元的89.4%(主要是二产未达预期),增长2.0%。"
    # gold ruling (session 10): the plan inside the share is its own target
    assert fields(text) == [(635, "亿元", 2.0, "actual"), (89.4, "%", None, "actual"), (710, "亿元", None, "target")]
