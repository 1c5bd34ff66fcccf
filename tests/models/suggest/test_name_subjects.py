"""A name keeps the subject the clause split off it: a verb between subject and head (实现, 完成), a share's
numerator and base (X占Y的比重), the project a sum of investment belongs to (总投资…的某某项目)."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _names(text: str) -> list[tuple[str, float]]:
    return [(s.attributes["name"], s.attributes["value"]) for s in find_indicators(text)]


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("全县规模以上工业实现增加值88.6亿元,增长7.1%。", "规模以上工业增加值", 88.6),
        ("今年第二产业完成增加值51.2亿元。", "第二产业增加值", 51.2),
        ("全年水利建设累计完成投资6.4亿元。", "水利建设投资", 6.4),
    ],
)
def test_a_verb_between_the_subject_and_the_head(text: str, name: str, value: float) -> None:
    assert _names(text)[:1] == [(name, value)]


def test_a_counted_object_before_the_verb_is_no_subject() -> None:
    got = _names("为36所乡村学校发放营养补助210万元。")
    assert got[-1][0] != "所乡村学校营养补助"


def test_a_share_keeps_its_numerator_and_base() -> None:
    got = _names("民营经济占全县经济总量的比重达到61.5%。")
    assert got[:1] == [("民营经济占全县经济总量的比重", 61.5)]


def test_a_share_whose_numerator_is_the_level_before_it() -> None:
    got = _names("数字经济核心产业增加值达到120亿元,占地区生产总值的比重为9.8%。")
    assert got[-1] == ("数字经济核心产业增加值占地区生产总值的比重", 9.8)


def test_the_investment_of_the_project_named_after_it() -> None:
    got = _names("总投资12亿元的滨江文旅综合体项目开工建设。")
    assert got[:1] == [("滨江文旅综合体项目总投资", 12)]


def test_an_agent_keeps_its_own_verb() -> None:
    got = _names("各区气象台共发布暴雨预警56次。")
    assert got[:1] == [("各区气象台发布暴雨预警", 56)]


def test_a_preposition_s_object_is_no_subject() -> None:
    got = _names("为低收入老人发放取暖补贴85万元。")
    assert got[:1] == [("取暖补贴", 85)]


def test_the_total_length_of_the_road_after_it() -> None:
    got = _names("新建总长度8.2公里的滨河景观道路。")
    assert got[:1] == [("滨河景观道路总长度", 8.2)]


def test_a_share_written_from_its_base_only() -> None:
    got = _names("城镇人口8.6万人,占总人口的41.2%。")
    assert got[-1] == ("城镇人口占总人口", 41.2)


def test_a_two_year_average_is_the_level_s() -> None:
    got = _names("全镇工业产值12.5亿元,增长6.1%,两年平均增长4.3%。")
    assert got[-1] == ("工业产值两年平均", 4.3)


def test_a_list_of_subjects_before_the_verb_names_each_item() -> None:
    got = _names("一、二、三产业分别实现增加值12.1亿元、40.6亿元和33.9亿元。")
    assert [n for n, _ in got] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]


def test_a_contribution_of_the_three_sectors() -> None:
    got = _names("三次产业对经济增长的贡献率分别为5.2%、41.0%和53.8%。")
    assert got[1] == ("第二产业对经济增长的贡献率", 41.0)


def test_a_contribution_keeps_its_relation() -> None:
    got = _names("消费对经济增长的贡献率达到58.3%。")
    assert got[:1] == [("消费对经济增长的贡献率", 58.3)]


def test_a_list_whose_subjects_run_past_a_conjunction_is_left_alone() -> None:
    got = _names("食品、新材料与装备制造、现代物流分别完成营业收入120、85和64亿元。")
    assert "现代物流营业收入" not in [n for n, _ in got[:2]]


def test_the_report_s_own_place_is_no_subject() -> None:
    got = _names("我镇共有耕地面积3.2万亩。")
    assert got[:1] == [("耕地面积", 3.2)]


def test_a_pull_of_each_listed_sector() -> None:
    got = _names("第一、二、三产业分别拉动GDP增长0.4、3.1和2.7个百分点。")
    assert [n for n, _ in got] == ["第一产业拉动GDP", "第二产业拉动GDP", "第三产业拉动GDP"]


def test_a_sum_after_a_count_is_the_counted_items() -> None:
    got = _names("实施文旅融合项目9个,完成投资3.6亿元。")
    assert got[-1] == ("文旅融合项目投资", 3.6)


def test_a_giving_verb_after_a_count_carries_no_subject() -> None:
    got = _names("走访困难群众320户,发放慰问金18万元。")
    assert got[-1][0] != "困难群众慰问金"


def test_a_sum_that_names_its_own_items_keeps_its_name() -> None:
    # 其中技改项目9个,完成技改投资3358万元: the sum is already the 技改 one; only a bare head (投资)
    # takes the items of the count before it
    from models.suggest import suggest

    text = "全年入统工业投资项目35个,其中技改项目9个,完成技改投资3358万元,同比增长15.9%。"
    names = {s.text: s.attributes.get("name") for s in suggest(text) if s.kind == "指标"}
    assert [n for t, n in names.items() if "3358" in t] == ["技改投资"]
