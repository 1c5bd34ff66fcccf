"""A statement is kept when its name is only hidden behind the words between it and its figure: an aim or an
estimate (力争, 预计, 要), a deadline (至2020年), a bound (不低于), a reducing verb (压减)."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("2022年我镇税收预计1700余万元,同比增长10%。", "我镇税收", 1700),
        ("国家卫生区创建比例力争达到80%。", "国家卫生区创建比例", 80),
        ("重点项目年内开工率要达到60%以上。", "重点项目年内开工率", 60),
        ("职业教育全日制在校生至2020年达1.2万人。", "职业教育全日制在校生", 1.2),
        ("非重点项目支出压减不低于10%。", "非重点项目支出", -10),
        ("大陆自然岸线保有率不低于35%。", "大陆自然岸线保有率", 35),
        ("年度投资计划193.22亿元。", "年度投资计划", 193.22),
    ],
)
def test_the_name_behind_the_words_before_the_figure(text: str, name: str, value: float) -> None:
    got = find_indicators(text)
    assert [(s.attributes["name"], s.attributes["value"]) for s in got][:1] == [(name, value)]


def test_one_change_said_for_all_the_levels_of_a_sentence() -> None:
    got = find_indicators("全区旅游人数突破370万人次,旅游收入达到38亿元,分别增长20%。")
    assert [(s.attributes["value"], s.attributes["change"]) for s in got] == [(370, 20), (38, 20)]


def test_a_list_item_with_a_qualifier_stays_in_the_list() -> None:
    got = find_indicators("截至目前共计排查13.3万余车次、近15.2万人次。")
    assert [(s.attributes["value"], s.attributes["unit"]) for s in got] == [(13.3, "万车次"), (15.2, "万人次")]
