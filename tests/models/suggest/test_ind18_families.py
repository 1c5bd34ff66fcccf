"""First-sight families of session 18: units as a grammar, comparisons as a grammar, flat and better changes."""

from typing import Any

from models.suggest.indicators import find_indicators


def _by_value(text: str) -> dict[float, dict[str, Any]]:
    return {s.attributes["value"]: s.attributes for s in find_indicators(text)}


def test_square_spoken_for_square_metres() -> None:
    found = _by_value("完成沥青修补路面1938平方,清理路肩73751平方,完成清表15.7万平方。")
    assert found[1938.0]["unit"] == "平方"
    assert found[73751.0]["unit"] == "平方"
    assert found[15.7]["unit"] == "万平方"


def test_any_measure_word_counts_times() -> None:
    found = _by_value("检查车辆880辆次,排查隐患320条次,机耕3万亩次。")
    assert found[880.0]["unit"] == "辆次"
    assert found[320.0]["unit"] == "条次"
    assert found[3.0]["unit"] == "万亩次"


def test_a_word_starting_with_ci_is_no_times_unit() -> None:
    found = _by_value("全年9条次干道路开工建设。")
    assert found[9.0]["unit"] == "条"


def test_bare_flat_after_a_level_is_no_change() -> None:
    found = _by_value("全年农作物总播种面积96万亩,持平;粮食播种面积57.7万亩,持平。")
    assert found[96.0]["change"] == 0.0
    assert found[57.7]["change"] == 0.0


def test_compared_with_last_period_in_other_words() -> None:
    text = (
        "PM10均值55微克/立方米,与去年同期比较下降3.51%;"
        "工业增加值占全区规上工业增加值65.7%,比上月止累计提高2.1个百分点。"
    )
    found = _by_value(text)
    assert found[55.0]["change"] == -3.51
    assert found[65.7]["change"] == 2.1
    assert -3.51 not in found and 2.1 not in found


def test_improvement_signed_by_what_it_means() -> None:
    text = "PM2.5平均浓度为44μg/m3,同比去年改善13.6%;优良天数比例为82.8%,较去年改善8个百分点。"
    found = _by_value(text)
    assert found[44.0]["change"] == -13.6
    assert found[82.8]["change"] == 8.0


def test_over_plan_share_after_a_level_is_its_change() -> None:
    found = _by_value("完成固定资产投资15.2亿元,超额完成4%;招商引资到位资金3亿元。")
    assert found[15.2]["change"] == 4.0
    assert 4.0 not in found


def test_pollutant_codes_stay_in_names() -> None:
    text = (
        "PM10均值55微克/立方米,与去年同期比较下降3.51%;细颗粒物(PM2.5)浓度25μg/m3;"
        "全年全市PM2.5年平均浓度47微克/立方米;可吸入颗粒物(PM10)年均值68微克/立方米。"
    )
    names = {v: a["name"] for v, a in _by_value(text).items()}
    assert names[55.0] == "PM10均值"
    assert names[25.0] == "细颗粒物(PM2.5)浓度"
    assert names[47.0].endswith("PM2.5年平均浓度")
    assert names[68.0] == "可吸入颗粒物(PM10)年均值"


def test_other_abbreviations_still_leave_the_name() -> None:
    names = {v: a["name"] for v, a in _by_value("全年地区生产总值(GDP)221.23亿元,增长6%。").items()}
    assert names[221.23] == "地区生产总值"
