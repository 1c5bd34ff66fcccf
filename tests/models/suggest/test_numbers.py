"""The value parser and the indicator finder on single sentences; hypothesis for robustness."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators
from models.suggest.numbers import normalize, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.2万", 12000),
        ("两", 2),
        ("一万", 10000),
        ("百万", 1_000_000),
        ("３１９", 319),
        ("40.68", 40.68),
        ("三千五百", 3500),
        ("十二", 12),
        ("一百零五", 105),
        ("三亿五千万", 350_000_000),
        ("1,200", 1200),
        ("二〇二〇", 2020),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    got = parse_number(text)
    assert got is not None and math.isclose(got, value)


@pytest.mark.parametrize("text", ["10:52.6:37.4", "", "abc", "10-15", "第八", "3月"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("value", "unit", "norm", "base"),
    [
        (262, "亿元", 2.62e10, "元"),
        (2003, "万元", 2.003e7, "元"),
        (215, "万人次", 2.15e6, "人次"),
        (80, "万亩", 8e5, "亩"),
        (40.68, "亿", 4.068e9, "元"),
        (319, "个", 319, "个"),
        (49.8, "%", 49.8, "%"),
        (1300, "万美元", 1.3e7, "美元"),
    ],
)
def test_normalize(value: float, unit: str, norm: float, base: str) -> None:
    got, got_base = normalize(value, unit)
    assert math.isclose(got, norm) and got_base == base


def one(text: str) -> dict:
    found = find_indicators(text)
    assert len(found) == 1, [f.text for f in found]
    return {"text": found[0].text, **found[0].attributes}


def test_decline_alone_is_a_negative_value() -> None:
    # a statement with only a change: value and change both hold the signed change (gold README)
    got = one("1-9月,全市规上工业增加值下降10.3%。")
    assert got["text"] == "规上工业增加值下降10.3%"
    assert (got["name"], got["value"], got["unit"], got["change"], got["change_unit"], got["period"]) == (
        "规上工业增加值",
        -10.3,
        "%",
        -10.3,
        "%",
        "1-9月",
    )


def test_value_with_following_growth_is_one_indicator() -> None:
    got = one("招商引资实际到位资金262亿元,增长32%。")
    assert got["text"] == "招商引资实际到位资金262亿元,增长32%"
    assert (got["value"], got["unit"], got["normalized_value"], got["change"]) == (262, "亿元", 2.62e10, 32)


def test_percentage_points_and_narrowing_decline() -> None:
    got = find_indicators("规上工业增加值下降10.3%,降幅环比收窄1.9个百分点。")[1].attributes
    # the decline (降幅) shrank by 1.9 points
    assert (got["value"], got["unit"], got["change_of"], got["name"]) == (
        -1.9,
        "个百分点",
        "降幅",
        "规上工业增加值降幅",
    )
    widened = find_indicators("出口额下降5%,降幅扩大2个百分点。")[1].attributes
    assert widened["value"] == 2


def test_target_by_cue_and_actual_otherwise() -> None:
    assert one("2021年,力争建设5G基站450个。")["kind"] == "target"
    assert one("全市已安装完成5G基站319个。")["kind"] == "actual"
    assert one("计划2021年定向培养高新技术企业5家。")["kind"] == "target"


def test_target_by_plan_section() -> None:
    text = "一、2020年工作情况\n新增企业3家。\n二、2021年工作计划\n新增企业6家。\n"
    kinds = [s.attributes["kind"] for s in find_indicators(text)]
    assert kinds == ["actual", "target"]


def test_range() -> None:
    got = one("研发投入年均增长10-15%。")
    assert (got["value"], got["value_max"], got["unit"]) == (10, 15, "%")


def test_chinese_numerals_and_fullwidth() -> None:
    assert one("新增两家规上企业。")["value"] == 2
    got = one("日产口罩一万件。")  # the magnitude is part of the unit as written (gold README)
    assert (got["value"], got["unit"], got["normalized_value"]) == (1, "万件", 10000)
    assert find_indicators("保障了全市百万人民的需求。") == []  # rhetoric, not a count
    got = one("建成５Ｇ基站３１９个。")
    assert got["value"] == 319 and got["unit"] == "个"


def test_rank_and_rank_change() -> None:
    got = one("我市在县域经济百强中位列88位,相比上年前进2个位次。")
    assert (got["rank"], got["rank_change"]) == (88, 2)
    assert one("社会消费品零售总额居全州第二位。")["rank"] == 2


def test_ratio() -> None:
    # a structure summing to 100 is one indicator per term, in % (gold README); the ratios stay attached
    found = find_indicators("三产业比重由去年的10:52.6:37.4调整为9.9:50.2:39.9。")
    assert [(s.text, s.attributes["value"], s.attributes["unit"]) for s in found] == [
        ("三产业比重由去年的10:52.6:37.4调整为9.9", 9.9, "%"),
        ("50.2", 50.2, "%"),
        ("39.9", 39.9, "%"),
    ]
    got = found[-1].attributes
    assert got["ratio"] == [9.9, 50.2, 39.9] and got["ratio_from"] == [10, 52.6, 37.4]
    assert one("城乡居民收入比降至2.35∶1。")["value"] == 2.35


def test_value_list_gives_one_suggestion_each() -> None:
    found = find_indicators("民间投资、基础设施投资分别增长14.6%、17.9%。")
    assert [s.attributes["value"] for s in found] == [14.6, 17.9]
    assert [s.attributes["name"] for s in found] == ["民间投资", "基础设施投资"]


@pytest.mark.parametrize(
    "text",
    [
        "3月13日召开会议。",
        "潜政办发〔2020〕19号文件。",
        "2020年是关键的一年。",
        "(一)加强领导",
        "4G信号全覆盖。",
        "时间11:48:45。",
        "“两个维护”",
    ],
)
def test_not_indicators(text: str) -> None:
    assert find_indicators(text) == []


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("0123456789.,:%-万亿元个家两三百千第年月日号〔〕增长下降力争比重由为调整、，。\n（）")
        ),
        max_size=60,
    )
)
def test_find_indicators_never_raises_and_spans_are_exact(text: str) -> None:
    for s in find_indicators(text):
        assert 0 <= s.start < s.end <= len(text)
        assert s.text == text[s.start : s.end]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_parse_number_never_raises(text: str) -> None:
    got = parse_number(text)
    assert got is None or isinstance(got, float)


def test_importing_models_suggest_does_not_import_jieba() -> None:
    code = "import sys, models.suggest, models.suggest.indicators; assert 'jieba' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(__import__("pathlib").Path(__file__).parents[3]))


def test_last_years_figure_and_change_join_the_indicator() -> None:
    got = one("完成社会消费品零售总额为40.68亿,比去年同期56.20亿,下降27.6%。")
    assert got["text"] == "社会消费品零售总额为40.68亿,比去年同期56.20亿,下降27.6%"
    assert (got["value"], got["previous_value"], got["change"], got["normalized_value"]) == (
        40.68,
        56.2,
        -27.6,
        4.068e9,
    )


def test_names_skip_leading_verbs_and_qualifiers() -> None:
    assert one("2021年,力争建设5G基站450个。")["name"] == "5G基站"
    assert one("组织金澳科技等25个亿元以上工业项目申报。")["name"] == "工业项目"
    assert one("共摸底统计了30家有融资需求的企业。")["name"] == "企业"


def test_rank_change_on_its_own() -> None:
    got = find_indicators("地区生产总值增长5.6%,在全市排名上升3位。")[-1].attributes
    # named as the gold names a move alone (444 省级以上开发区综合考核排名上升, 946 生产总值全国位次提升)
    assert (got["rank_change"], got["change"], got["name"]) == (3, 3, "地区生产总值全市排名上升")


def test_share_of_the_annual_plan_is_an_actual() -> None:
    assert one("新开工项目完成年度计划的61%。")["kind"] == "actual"
    assert one("计划新建村级电商服务站30个。")["kind"] == "target"


def test_normalized_value_has_no_float_noise() -> None:
    assert normalize(2474.2, "亿元") == (247420000000.0, "元")
    assert normalize(133.50469, "万元") == (1335046.9, "元")
