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


def test_paired_lists_parted_by_a_pause_mark() -> None:
    found = _by_value("城乡常住居民人均可支配收入分别达到37462元和17597元、增长7%和10%。")
    assert found[37462.0]["change"] == 7.0
    assert found[17597.0]["change"] == 10.0
    assert 7.0 not in found and 10.0 not in found


def test_output_at_full_production_is_aimed_at() -> None:
    found = _by_value("项目计划投资金额400万元,固定投资金额100万元,预估达产年产值700万元,达产年税收13万元。")
    assert found[700.0]["kind"] == "target"
    assert found[13.0]["kind"] == "target"


def test_a_plan_with_its_deadline_governs_the_figures_after_it() -> None:
    text = "建成公共停车场6座,新增车位2900余个,并计划于今年年底完成xx路停车场的建设,新增车位400余个。"
    found = _by_value(text)
    assert found[2900.0]["kind"] == "actual"
    assert found[400.0]["kind"] == "target"


def test_casualties_carry_the_accidents_counted_before_them() -> None:
    text = "工矿商贸事故13起、死亡14人;全市工矿商贸领域发生生产安全事故40起,死亡35人,受伤16人。"
    names = {v: a["name"] for v, a in _by_value(text).items()}
    assert names[14.0] == "工矿商贸事故死亡人数"
    assert names[35.0].endswith("事故死亡人数")
    assert names[16.0].endswith("事故受伤人数")


def test_deaths_without_accidents_before_them_keep_their_name() -> None:
    names = {v: a["name"] for v, a in _by_value("全年出生1200人,死亡800人。").items()}
    assert "事故" not in names[800.0]


def test_three_sectors_share_out_their_names() -> None:
    text = "民营经济三次产业对民营经济增加值的贡献率分别为4.8%、48.7%、46.5%。"
    names = [s.attributes["name"] for s in find_indicators(text)]
    assert names == [f"民营经济第{n}产业对民营经济增加值的贡献率" for n in "一二三"]


def test_an_amount_added_then_the_level_reached() -> None:
    found = _by_value("全县城乡低保标准增加30元达到180元,医保人均财政补助标准提升30元至700元。")
    assert found[180.0]["change"] == 30.0
    assert found[700.0]["change"] == 30.0
    assert 30.0 not in found


def test_a_band_of_project_sizes_names_the_class() -> None:
    found = _by_value("其中500万元以上项目累计投资4.86亿元,10至500万元项目累计投资0.54亿元。")
    assert 10.0 not in found
    assert found[0.54]["unit"] == "亿元"


def test_a_programme_named_plan_pays_out_what_was_done() -> None:
    found = _by_value("发放特惠性学生生活补助及雨露计划补助411.59万元,惠及3304人次。")
    assert found[411.59]["kind"] == "actual"


def test_tools_counted_by_ba() -> None:
    found = _by_value("为全区18家农贸市场配发额温枪38把。")
    assert found[38.0]["unit"] == "把"
