"""A figure listed after another with 、 shares the verb the first one's name opens with (种植三华李300亩、茶叶270亩)."""

from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["name"] for s in find_indicators(text)}


def test_a_listed_figure_takes_the_verb_of_the_first() -> None:
    names = _names("4月份扩大种植三华李300亩、茶叶270亩,长势良好。")
    assert names[300.0] == "种植三华李"
    assert names[270.0] == "种植茶叶"


def test_every_figure_of_the_series_takes_it() -> None:
    names = _names("共改造小区立面1.4万平方米、小区道路2600平方米,增设充电设施70个、消防设施90套。")
    assert names[2600.0] == "改造小区道路"
    assert names[90.0] == "增设消防设施"


def test_an_adverb_before_the_verb_goes_with_it() -> None:
    names = _names("签约亿元以上项目27个,实际使用内资30.2亿元、外资381万美元。")
    assert names[381.0] == "实际使用外资"


def test_a_figure_with_its_own_verb_keeps_it() -> None:
    names = _names("沿江化工生产企业签约关停31家、安全拆除19家。")
    assert "关停" not in names[19.0]


def test_a_comma_ends_the_series() -> None:
    names = _names("全县种植水稻300亩,茶叶产量270吨。")
    assert not names[270.0].startswith("种植")


def test_no_verb_in_the_first_name_changes_nothing() -> None:
    names = _names("新认定国家高新技术企业3家、省工程研发中心1家。")
    assert names[1.0] == "省工程研发中心"


@given(
    verb=st.sampled_from(["种植", "新建", "改造", "增设", "上缴"]),
    first=st.sampled_from(["水稻", "学校", "道路", "设施"]),
    second=st.sampled_from(["玉米", "医院", "桥梁", "管网"]),
)
def test_any_verb_and_objects(verb: str, first: str, second: str) -> None:
    names = _names(f"今年全县{verb}{first}12处、{second}34处。")
    if names.get(12.0, "").startswith(verb):
        assert names[34.0] == verb + second
