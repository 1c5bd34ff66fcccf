"""Session 24 (names24): one figure after a run of names joined by 、/和/及, or after examples and their class (等)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {abs(s.attributes["value"]): s.attributes["name"] for s in find_indicators(text)}


def test_one_count_after_a_run_of_nouns_names_them_all() -> None:
    # 城乡低保、特困对象597名 (914), 发放招商宣传画册、光碟300余份 (124), 公路、村屯、矿区绿化3920亩 (330)
    assert _names("全县共有城乡低保、特困对象597名。")[597.0] == "城乡低保、特困对象"
    assert _names("今年发放招商宣传画册、光碟300余份。")[300.0] == "招商宣传画册、光碟"
    assert _names("实施公路、村屯、矿区绿化3920亩。")[3920.0] == "公路、村屯、矿区绿化"


def test_examples_and_their_class_name_the_figure() -> None:
    # 税收返还和转移支付等资金 (1330), 资源勘探信息等支出 (1829, 1380, 1803), 教育费附加等专项收入 (1232)
    assert _names("上级下达税收返还和转移支付等资金27.23亿元。")[27.23] == "税收返还和转移支付等资金"
    assert _names("资源勘探信息等支出1996万元,增长186.8%。")[1996.0] == "资源勘探信息等支出"
    assert _names("完善行政管理、内控、党建等制度45项。")[45.0] == "行政管理、内控、党建等制度"


def test_a_joiner_before_a_one_letter_word_keeps_both_names() -> None:
    # 充电桩及车棚 (379), 消费券及消费补贴 (1109)
    assert _names("已建成充电桩及车棚646个。")[646.0] == "充电桩及车棚"


def test_figures_one_to_one_keep_their_own_names() -> None:
    names = _names("粮食、油料产量分别达到120万吨、8万吨。")
    assert names[120.0] != "粮食、油料产量"
    names = _names("新建学校3所、医院2家。")
    assert names[2.0] == "医院"
    names = _names("达标率、优良率均为100%。")
    assert names[100.0] != "达标率、优良率"


def test_a_run_of_deeds_is_no_run_of_names() -> None:
    # only the last deed has the figure: 加强监管、查处案件30起
    assert _names("加强市场监管、查处违法案件30起。")[30.0] == "查处违法案件"


def test_a_heading_label_is_no_item_of_a_run() -> None:
    assert _names("二、粮食总产量12万吨。")[12.0] == "粮食总产量"


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["城乡低保", "农村五保", "优抚对象", "残疾人员"]),
    st.sampled_from(["特困对象", "孤儿", "困难职工"]),
    st.integers(min_value=12, max_value=9000),
    st.sampled_from(["名", "人", "户"]),
)
def test_any_run_of_two_groups_counted_once(first: str, second: str, count: int, unit: str) -> None:
    names = _names(f"全年救助{first}、{second}{count}{unit}。")
    assert names[float(count)] == f"{first}、{second}"


def test_a_count_of_the_run_or_its_examples_already_in_the_name_add_nothing() -> None:
    # 基本养老保险、失业保险、工伤保险三项社会保险基金收入 (160): the count restates the run
    name = _names("基本养老保险、失业保险、工伤保险三项社会保险基金收入合计68205亿元。")[68205.0]
    assert name.startswith("工伤保险三项") or name.startswith("三项")
    # a long class names itself: its examples only illustrate it (国家级荣誉, 1497)
    assert _names("获评义务教育基本均衡区等国家级荣誉10余项。")[10.0] == "国家级荣誉"
