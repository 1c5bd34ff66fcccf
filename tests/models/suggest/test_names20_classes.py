"""Session 20 (names20): a name keeps the class it was cut from — an industry of the national classification written
with 、, a size or level class (亿元以上, 省级以上, 60岁及以上) standing right before the head."""

from typing import Any

import pytest

from models.suggest.indicators import find_indicators


def _by_value(text: str) -> dict[float, dict[str, Any]]:
    return {s.attributes["value"]: s.attributes for s in find_indicators(text)}


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # 1237, 1723, 651, 473, 532 (电力、热力、燃气及水生产和供应业); 1187, 282 (交通运输、仓储和邮政业); 1269, 1433
        ("规模以上工业中,电力、热力、燃气及水生产和供应业增长3.9%。", 3.9, "电力、热力、燃气及水生产和供应业"),
        ("服务业中,交通运输、仓储和邮政业增长2.5%。", 2.5, "交通运输、仓储和邮政业"),
        ("電力、熱力生產和供應業增長6.3%。", 6.3, "电力、热力生产和供应业"),
        ("全县信息传输、软件和信息技术服务业增加值8.2亿元。", 8.2, "信息传输、软件和信息技术服务业增加值"),
        ("文化、体育和娱乐业营业收入3.2亿元,下降4.1%。", 3.2, "文化、体育和娱乐业营业收入"),
    ],
)
def test_an_industry_written_with_dunhao_is_named_whole(text: str, value: float, name: str) -> None:
    assert _by_value(text)[value]["name"] == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # 1175, 501, 994, 839 (实施亿元以上重大项目); 1460, 1523 (5000万元以上项目); 1647, 039 (省级以上, 市级以上)
        ("全年实施亿元以上重大项目21个。", 21.0, "亿元以上重大项目"),
        ("全年建设5000万元以上项目186个。", 186.0, "5000万元以上项目"),
        ("新增省级以上创新平台61家。", 61.0, "省级以上创新平台"),
        # 1504, 453 (60岁及以上人口); 008 (三级及以上航道里程); 1748 (500万元及以上技改项目)
        ("全县60岁及以上人口19.35万人。", 19.35, "60岁及以上人口"),
        ("力争三级及以上航道里程达到1200公里。", 1200.0, "三级及以上航道里程"),
        ("新增500万元及以上技改项目388个。", 388.0, "500万元及以上技改项目"),
        ("全镇新开工20层以上高层住宅13栋。", 13.0, "20层以上高层住宅"),
    ],
)
def test_a_size_or_level_class_before_the_head_stays_in_the_name(text: str, value: float, name: str) -> None:
    assert _by_value(text)[value]["name"] == name


def test_a_bound_of_the_figure_before_is_no_class_of_the_name() -> None:
    # 增长10%以上,企业…: a comma parts the bound from the next name
    found = _by_value("产值增长10%以上,规上企业达到45家。")
    assert found[45.0]["name"] == "规上企业"
