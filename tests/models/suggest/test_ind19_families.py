"""First-sight families of session 19: kinds (a cited report, an aim inside a sentence), changes, counts, units."""

from typing import Any

from models.suggest.indicators import find_indicators


def _by_value(text: str) -> dict[float, dict[str, Any]]:
    return {s.attributes["value"]: s.attributes for s in find_indicators(text)}


def test_cited_report_aims_without_figures_leave_its_figures_actual() -> None:
    # 《报告》指出,…紧扣…目标,…较好完成了…确定的各项目标任务。全年预计实现…: the aims name no figure
    text = (
        "《报告》指出,县人民政府紧扣建成全面小康社会目标,较好完成了县十三届人大一次会议确定的各项目标任务。"
        "全年预计实现地方生产总值25.23亿元,同比增长8.5%;全社会固定资产投资达到45亿元。"
    )
    found = _by_value(text)
    assert found[25.23]["kind"] == "actual"
    assert found[45.0]["kind"] == "actual"


def test_cited_policy_aim_with_figure_stays_target() -> None:
    found = _by_value("《意见》提出,到2025年全市数字经济核心产业增加值达到500亿元。")
    assert found[500.0]["kind"] == "target"


def test_aim_verb_inside_a_sentence_governs_the_clauses_after_it() -> None:
    # 经济高质量发展,确保GDP增长7%,财政收入增长6%: 确保 opens the second clause and governs the list after it
    found = _by_value("经济高质量发展,确保GDP增长7%,财政收入增长6%,城乡居民人均可支配收入分别增长8%和9%。")
    assert found[7.0]["kind"] == "target"
    assert found[6.0]["kind"] == "target"
    assert found[9.0]["kind"] == "target"


def test_aim_verb_inside_a_sentence_then_a_done_clause() -> None:
    # …,确保新学校投入使用,吸引了近4万人次: what follows the aim was done
    found = _by_value("全力办好赛事,确保活动安全有序,共举办体育赛事86项,吸引了近4万人次参与。")
    assert found[4.0]["kind"] == "actual"


def test_the_year_before_said_in_full_is_the_base_of_a_change() -> None:
    # 比上一年增加166% (disc 1700), 比上一年增长百分之三十三 (corpus 875): 上年 said 上一年 / 上一年度
    found = _by_value("全年新增应用50个,比上一年增加166%;全市生产总值100亿元,比上一年度增长5%。")
    assert found[50.0]["change"] == 166.0
    assert found[100.0]["change"] == 5.0
    assert 166.0 not in found


def test_negative_growth_is_a_decline() -> None:
    # 同比负增长3.4% (disc 1718; the word as in corpus 517 限上批发业持续负增长): the change is negative
    found = _by_value("6月全县实现规上工业产值20.67亿元,同比负增长3.4%;规上企业出口交货值同比负增长7.1%。")
    assert found[20.67]["change"] == -3.4
    assert found[-7.1]["change"] == -7.1
    assert 3.4 not in found


def test_a_count_of_indicators_is_no_indicator() -> None:
    # 3项指标增速全市第一 (disc 1717), the list names them all
    found = find_indicators("工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一。")
    assert not [s for s in found if s.attributes.get("unit") == "项"]


def test_a_count_of_indicators_beyond_the_names_is_kept() -> None:
    # 限上商品销售额、科技服务业营收等8项主要经济指标 (corpus 1535): 等 counts more than the list names
    found = find_indicators("限上商品销售额、科技服务业营收等8项主要经济指标增速分列全市各区前3。")
    assert [s.attributes["value"] for s in found if s.attributes.get("unit") == "项"] == [8.0]


def test_a_rank_shared_by_a_list_closed_by_its_count_in_digits() -> None:
    # A、B、C3项指标增速全市第一 (disc 1717) as A、B、C三项指标总量全市第一 (corpus 1599): one rank per named quantity
    found = find_indicators("工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一。")
    ranks = [s for s in found if s.attributes.get("unit") == "位"]
    assert [s.attributes["name"] for s in ranks] == ["工业增加值", "工业投资", "地方一般公共预算收入"]
    assert all(s.attributes["value"] == 1.0 for s in ranks)


def test_points_beyond_an_aim_or_behind_a_benchmark_are_a_change() -> None:
    # 超…考核任务28.0个百分点 (disc 1702), 超目标任务1个百分点 (1610), 超序时109个百分点 (1654),
    # 落后于全市平均水平1.4个百分点 (1237), 降幅较去年同期缩窄1.2个百分点 (1269): points are a difference
    found = _by_value(
        "超南通“四个全面”考核任务28.0个百分点。全县地区生产总值增速落后于全市平均水平1.4个百分点。"
        "规上工业增加值降幅较去年同期缩窄1.2个百分点。"
    )
    assert found[28.0]["change"] == 28.0
    assert found[-1.4]["change"] == -1.4
    assert found[-1.2]["change"] == -1.2


def test_points_pulled_stay_a_contribution() -> None:
    found = _by_value("第一产业拉动GDP增长0.5个百分点。")
    assert found[0.5]["change"] is None


def test_rates_listed_then_counted_share_one_figure() -> None:
    # 义务段公办学校覆盖率、义务教育免费率两个100% (corpus 039), 见面率、办结率、满意率三个100% (1664)
    found = find_indicators("代表建议实现见面率、办结率、满意率三个100%。")
    assert [(s.attributes["name"], s.attributes["value"]) for s in found] == [
        ("见面率", 100.0),
        ("办结率", 100.0),
        ("满意率", 100.0),
    ]


def test_a_count_of_hundreds_with_no_list_is_a_slogan() -> None:
    # 十二个100%硬任务中的三个100% (235): rhetoric, no list of rates names them
    found = find_indicators("全面完成十二个100%硬任务中的三个100%。")
    assert not [s for s in found if s.attributes.get("name") in ("硬任务", "中的")]


def test_flat_against_the_budget_or_kept_flat() -> None:
    # 赤字33400亿元,与预算持平 (corpus 1282), 粮食产量3.07万吨,与去年保持持平 (1503): a change of 0 %
    found = _by_value("赤字33400亿元,与预算持平。全年粮食产量3.07万吨,与去年保持持平。")
    assert (found[33400.0]["change"], found[33400.0]["change_unit"]) == (0.0, "%")
    assert (found[3.07]["change"], found[3.07]["change_unit"]) == (0.0, "%")


def test_compound_units_of_turnover_energy_and_doses() -> None:
    # 货物周转量962.97亿吨公里, 旅客周转量36.73亿人公里 (corpus 1291, 1295, 931), 用电量2.61亿千瓦小时 (1059),
    # 11937340千伏安时 (1295), 疫苗746万毫升, 3万头份 (1490): the unit as written, whole
    found = _by_value(
        "货物周转量962.97亿吨公里,增长9.6%;旅客周转量36.73亿人公里,增长6.2%;工业用电量2.61亿千瓦小时,增长18.5%;"
        "铅酸蓄电池11937340千伏安时;领用禽流感疫苗746万毫升,小反刍兽疫疫苗3万头份。"
    )
    assert found[962.97]["unit"] == "亿吨公里"
    assert found[36.73]["unit"] == "亿人公里"
    assert found[2.61]["unit"] == "亿千瓦小时"
    assert found[11937340.0]["unit"] == "千伏安时"
    assert found[746.0]["unit"] == "万毫升"
    assert found[3.0]["unit"] == "万头份"


def test_an_ownerless_change_after_a_longer_aside_is_the_levels() -> None:
    # 423.46亿元,总量稳居南宁市县域第一、全区县域前列,增长5.4% (corpus 1014), 8141.69亿元，跨越八千亿新台阶，按不变价格
    # 计算，比上年增长4.7% (1380): a change with no subject continues the level's statement
    found = _by_value(
        "全市地区生产总值完成423.46亿元,总量稳居南宁市县域第一、全区县域前列,增长5.4%。"
        "全市地区生产总值8141.69亿元,跨越八千亿新台阶,按不变价格计算,比上年增长4.7%。"
    )
    assert found[423.46]["change"] == 5.4
    assert found[8141.69]["change"] == 4.7
    assert 5.4 not in found and 4.7 not in found
