"""Session 26 (names26b): the progress of named projects (完成投资, 投资完成率, 开工率 …) is said of those projects."""

from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {abs(s.attributes["value"]): s.attributes["name"] for s in find_indicators(text)}


def test_the_sums_and_the_progress_of_a_project_list() -> None:
    # 重点建设项目71个,总投资…,年度计划完成投资…,1-6月份累计完成投资… (1954); 概算投资…,投资完成率… (584)
    names = _names("计划实施重点建设项目71个,总投资337.13亿元,年度计划完成投资56.21亿元,1-6月份累计完成投资35.9亿元。")
    assert names[35.9] == "重点建设项目1-6月份累计完成投资"
    names = _names("市级重点工程项目12个,概算投资221.76亿元,全年完成投资26.4亿元,投资完成率116.45%。")
    assert names[116.45] == "市级重点工程项目投资完成率"


def test_a_rate_between_passes_the_projects_on() -> None:
    # 西博会开工项目…,开工率60%,实现到位资金9.88亿元,资金到位率23.31% (124)
    names = _names("长封一体化项目总投资166.25亿元,开工率81.8%,实现到位资金9.88亿元,资金到位率23.31%。")
    assert names[81.8] == "长封一体化项目开工率"
    assert names[9.88] == "长封一体化项目到位资金"
    assert names[23.31] == "长封一体化项目资金到位率"


def test_things_not_called_projects_stay_as_they_were() -> None:
    # 一般公共预算收入…,完成率…: a sum that names no project lends nothing
    names = _names("全市一般公共预算收入总投资12.5亿元,完成投资10.2亿元。")
    assert not names[10.2].startswith("一般公共预算收入")


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["省重点项目", "城市更新项目", "农村供水工程", "技改项目"]),
    st.sampled_from(["年度计划投资", "概算投资", "总投资"]),
    st.sampled_from(["完成投资", "累计完成投资", "上半年完成投资"]),
    st.sampled_from(["投资完成率", "开工率"]),
)
def test_any_projects_and_their_progress(thing: str, sum_: str, done: str, rate: str) -> None:
    names = _names(f"今年安排{thing}{sum_}48.6亿元,{done}30.2亿元,{rate}62.1%。")
    assert names[30.2].endswith(f"{thing}{done}")
    assert names[62.1].endswith(f"{thing}{rate}")
