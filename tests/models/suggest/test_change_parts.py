"""A breakdown of a growth by sector or class (从三大门类看:采矿业增长13.3%) names each part with the whole's head."""

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["name"] for s in find_indicators(text)}


def test_sectors_after_a_breakdown_opener_take_the_head() -> None:
    # 1160: 從三大門類看; 1154: 相關指標中; 1267: 其中 after a level with its growth
    names = _names("规模以上工业增加值累计增长8.8%。从三大门类看:采矿业增长13.3%;制造业增长8%。")
    assert names[13.3] == "采矿业增加值"
    assert names[8.0] == "制造业增加值"
    names = _names("全县第三产业增加值完成19.6亿元,增长6.3%。相关指标中,交通运输业增长6.4%,金融业增长3.7%。")
    assert names[6.4] == "交通运输业增加值"
    assert names[3.7] == "金融业增加值"
    names = _names("全县完成工业增加值31.4亿元,同比增长11.1%,其中,规上企业增长11.3%,规下企业增长10.5%。")
    assert names[11.3] == "规上企业工业增加值"


def test_variants_other_places_and_wholes() -> None:
    names = _names("1-6月,全区社会消费品零售总额增长9.2%。分行业看,批发业增长7.1%,餐饮业下降2.4%。")
    assert names[7.1] == "批发业社会消费品零售总额"
    assert names[-2.4] == "餐饮业社会消费品零售总额"


def test_a_part_with_its_own_quantity_keeps_its_name() -> None:
    names = _names("全市一般公共预算收入增长10.2%,其中税收收入增长12.5%,非税收入下降3.1%。")
    assert names[12.5] == "税收收入"
    assert names[-3.1] == "非税收入"


def test_no_opener_no_head() -> None:
    # peers side by side (2356 市本级…,五城区…) are not a breakdown: abstain
    names = _names("市本级一般预算收入增长28.1%,五城区增长46.3%。")
    assert names[46.3] == "五城区"


def test_products_and_components_abstain() -> None:
    # 2201, 651, 1269: products under an industry's value grow in output (产量), which the text never writes
    names = _names("规模以上工业增加值增长8.1%。从主要产品看,粗钢增长1.4%,中成药增长14.1%。")
    assert names[1.4] == "粗钢"
    # 1092: 出口 is written inside 进出口总额, a quantity of its own
    names = _names("进出口总额12.3亿元,同比增长4.1%,其中出口同比增长6.8%。")
    assert names[6.8] == "出口"


def test_sectors_of_a_total_output_take_its_output() -> None:
    # 1380, 1156: 农林牧渔业总产值…,其中林业增长 → 林业产值
    names = _names("全县农林牧渔业总产值42.6亿元,增长3.8%。其中,种植业增长3.4%,畜牧业下降1.3%。")
    assert names[3.4] == "种植业产值"
    assert names[-1.3] == "畜牧业产值"
