"""Session 19 (ind19b): a name whose own words are joined by 和/及/与 is read whole, not cut at the conjunction."""

from typing import Any

from models.suggest.indicators import find_indicators


def _by_value(text: str) -> dict[float, dict[str, Any]]:
    return {s.attributes["value"]: s.attributes for s in find_indicators(text)}


def test_budget_heading_joined_by_he_stays_whole() -> None:
    # 社会保障和就业支出 (1136, 1191, 1232, 276): a budget class is one name
    found = _by_value("社会保障和就业支出744万元,增长14.11%。")
    assert found[744.0]["name"] == "社会保障和就业支出"


def test_industry_class_joined_by_he_stays_whole() -> None:
    # 电气机械和器材制造业 (996, 1269), 科学研究和技术服务业 (1187)
    found = _by_value("规模以上工业中,电气机械和器材制造业增加值增长3.8%。")
    assert found[3.8]["name"].startswith("电气机械和器材制造业")


def test_price_class_joined_by_ji_stays_whole() -> None:
    # 教育文化及娱乐类 (1100), 医疗保健及个人用品类 (282), 生活用品及服务 (763)
    found = _by_value("八大类商品价格五涨三降,教育文化及娱乐类上涨0.3%。")
    assert found[0.3]["name"].startswith("教育文化及娱乐类")


def test_two_quantities_with_their_own_figures_are_not_joined() -> None:
    # 工业增加值12亿元和服务业增加值8亿元: the conjunction separates two statements, each with its figure
    found = _by_value("实现工业增加值12亿元和服务业增加值8亿元。")
    assert found[8.0]["name"] == "服务业增加值"
