"""A count said by its status alone (完成43项, 正在办理1项) after its whole takes the whole's subject."""

from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["name"] for s in find_indicators(text)}


def test_statuses_after_the_whole_take_its_subject() -> None:
    names = _names("县政府第六次常务会确定事项44项,完成43项,正在办理1项。")
    assert names[43.0].endswith("确定事项完成")
    assert names[1.0].endswith("确定事项正在办理")


def test_other_offices_and_statuses() -> None:
    names = _names("今年共受理群众来信120件,已办结96件,正在办理24件。")
    assert names[96.0] == "群众来信已办结"
    assert names[24.0] == "群众来信正在办理"
    names = _names("69个扩大内需项目中,全年实施扩大内需项目69个,已建成31个,在建29个。")
    assert names[29.0].endswith("扩大内需项目在建")


def test_a_task_word_stays_with_the_task() -> None:
    names = _names("农村改厕任务3828座,完成3864座,完成率101%。")
    assert names[3864.0] == "农村改厕完成"


def test_a_status_with_its_own_object_keeps_its_name() -> None:
    names = _names("确定事项44项,完成投资3.5亿元。")
    assert names[3.5] != "确定事项完成"


def test_a_status_in_another_sentence_is_no_part() -> None:
    names = _names("确定事项44项。完成43项。")
    assert names[43.0] == "完成"


def test_a_different_unit_is_no_part() -> None:
    names = _names("新建公厕44座,完成投资120万元。")
    assert "公厕完成" not in names[120.0]


@given(
    st.sampled_from(["重点工程", "民生实事", "督办事项", "建议提案"]),
    st.sampled_from(["项", "件", "个"]),
    st.sampled_from(["完成", "已完成", "办结", "已建成"]),
)
def test_any_whole_and_status(whole: str, unit: str, status: str) -> None:
    names = _names(f"全年确定{whole}58{unit},{status}41{unit}。")
    assert names[41.0] == f"{whole}{status}"


def test_outcomes_and_finished_works_are_peers_not_wholes() -> None:
    names = _names("全年共收到行政复议3件,维持结果2件,尚未办结1件。")
    assert not names[1.0].startswith("维持")
    names = _names("小型水库除险加固工程61件,已完工41件,正在实施20件。")
    assert not names[20.0].startswith("完工")


def test_a_part_with_its_own_status_is_left_alone() -> None:
    names = _names("纳入重点工业项目25个,其中计划开工项目18个,已开工14个,未开工4个。")
    assert names[14.0] in ("开工", "已开工")
