"""Session 26 (names26): a project sum opening its clause is the sum of the projects counted or summed before it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {abs(s.attributes["value"]): s.attributes["name"] for s in find_indicators(text)}


def test_a_sum_after_a_count_joined_by_a_comma_mark() -> None:
    # 新增高标准农田项目49个、总投资1.3亿元 (812), 央企新设机构123个、注册资金715.7亿元 (1029)
    assert _names("新增高标准农田项目49个、总投资1.3亿元。")[1.3] == "新增高标准农田项目总投资"
    assert _names("央企新设机构123个、注册资金715.7亿元。")[715.7] == "央企新设机构注册资金"


def test_a_second_sum_takes_the_projects_of_the_first() -> None:
    # 总投资506.08亿元,年度计划投资194.54亿元 (113), 总投资11.95亿元,年度投资2.05亿元 (285)
    names = _names("谋划储备重大专项债项目10项,总投资11.95亿元,年度投资2.05亿元。")
    assert names[2.05].endswith("重大专项债项目年度投资")


def test_the_word_both_say_is_said_once() -> None:
    # 全市重点水运建设项目3个,项目总投资约52亿元 (777)
    assert _names("2023年全市重点水运建设项目3个,项目总投资约52亿元。")[52.0] == "重点水运建设项目总投资"


def test_money_brought_in_stays_its_own() -> None:
    # 全县共引进项目75个,实际到位资金8.9亿元 (655), 累计对接项目124个,到位资金8.78亿元 (187)
    assert _names("全县共引进项目75个,实际到位资金8.9亿元。")[8.9] == "实际到位资金"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["省级重点项目", "城市更新项目", "农村供水工程", "产业招商项目"]),
    st.sampled_from(["、", ","]),
    st.sampled_from(["总投资", "计划总投资", "概算投资"]),
    st.integers(min_value=3, max_value=300),
)
def test_any_projects_and_their_sum(thing: str, mark: str, head: str, count: int) -> None:
    name = _names(f"全市共安排{thing}{count}个{mark}{head}128.6亿元。")[128.6]
    assert name.endswith(f"{thing}{head}") or name.endswith(f"{thing}{head.removeprefix('计划')}")


def test_a_sum_after_a_breakdown_is_not_the_last_parts() -> None:
    # 安排重点项目105个，其中，工业类3个、…、民生社会事业类46个，项目总投资339.9亿元 (318)
    text = "今年我区安排重点项目105个，其中，工业类3个、农业类21个、民生社会事业类46个，项目总投资339.9亿元。"
    assert not _names(text)[339.9].startswith("民生社会事业类")
