"""A bare head opening its clause (占比, 总投资, 投资) takes the subject of the figure just before it."""

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["name"] for s in find_indicators(text)}


def test_total_investment_of_the_projects_counted_before_it() -> None:
    names = _names("1-10月份,新签约项目29个,总投资171.85亿元。")
    assert names[171.85] == "签约项目总投资"


def test_share_of_the_level_before_it() -> None:
    names = _names("工业研发投入4.82亿元,占比2%;工业税收完成入库5.40亿元。")
    assert names[2.0] == "工业研发投入占比"


def test_each_sentence_carries_its_own_subject() -> None:
    names = _names("已办结6件,占比27%;正在办理16件,占比73%。")
    assert names[27.0].endswith("办结占比")
    assert names[73.0] == "正在办理占比"


def test_figure_after_peers_belongs_to_them_all() -> None:
    names = _names("已办结6件,正在办理16件,完成率95%。")
    assert not names[95.0].startswith("正在办理")


def test_money_does_not_follow_money() -> None:
    names = _names("全年完成工业总产值12亿元,总投资3亿元。")
    assert not names[3.0].startswith("工业总产值")


def test_a_sectors_next_measure_keeps_its_subject() -> None:
    names = _names("上半年全县农林牧渔业总产值14.47亿元,同比增长7.8%,实现增加值8.24亿元,增长6.8%。")
    assert names[8.24] == "农林牧渔业增加值"


def test_a_sibling_measure_in_another_sentence_keeps_its_name() -> None:
    names = _names("全县规模以上工业完成总产值60.44亿元。增加值20亿元,增长5%。")
    assert names[20.0] == "增加值"


def test_a_crops_yield_after_its_area() -> None:
    text = "全市夏粮播种面积121.23万亩,产量24.88万吨,分别增长0.1%和0.7%;油菜籽播种面积90.77万亩,产量12.35万吨。"
    names = _names(text)
    assert names[24.88] == "夏粮产量"
    assert names[12.35] == "油菜籽产量"
