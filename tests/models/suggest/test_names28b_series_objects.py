"""A figure with a bare verb before it takes what the figure before it, in the same sentence, names."""

from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["name"] for s in find_indicators(text)}


def test_the_object_of_the_first_deed_is_the_later_deeds() -> None:
    names = _names("法治建设有序推进,审议通过地方性法规41件、修改50件、废止25件,制定政府规章45件。")
    assert names[50.0] == "修改地方性法规"
    assert names[25.0] == "废止地方性法规"
    assert names[45.0] == "制定政府规章"


def test_a_project_stage_in_brackets_takes_the_projects() -> None:
    names = _names("全县共实施交通建设项目14个(其中续建3个,新开工11个),预计全年完成投资25亿元。")
    assert names[3.0] == "续建交通建设项目"


def test_a_verb_after_the_noun_is_replaced_and_the_people_follow() -> None:
    names = _names("城市低保新增276户462人,退出374户714人。")
    assert names[374.0] == "城市低保退出"
    assert names[714.0] == "城市低保退出"


def test_a_clause_with_its_own_subject_or_another_unit_is_left_alone() -> None:
    names = _names("全年查处案件41件,法院受理60件。排查隐患228处,化解矛盾217起。")
    assert names[60.0] != "受理案件"
    assert names[217.0] == "化解矛盾"


@given(
    first=st.sampled_from(["排查风险隐患", "受理信访事项", "摸排矛盾纠纷", "征集群众意见", "检查食品经营单位"]),
    verb=st.sampled_from(["化解", "办结", "认定", "废止", "整改"]),
    sep=st.sampled_from(["、", ",", "，"]),
)
def test_any_first_deed_any_later_verb(first: str, verb: str, sep: str) -> None:
    names = _names(f"各项工作扎实推进,全年{first}228件{sep}{verb}217件。")
    obj = first[2:]  # after a comma the subject pass carries the first name before the verb (排查风险隐患化解): kept
    carried = obj in names[217.0] and names[217.0].endswith(verb) and sep != "、"
    assert names[217.0] == verb + obj or carried


def test_a_task_after_a_light_verb_a_stock_or_a_shared_head_gives_no_object() -> None:
    names = _names("共有编制13人,其中行政编制8人,工勤编制1人,事业编制4人,借调6人。")
    assert names[6.0] == "借调"


def test_a_task_after_a_light_verb_or_a_stock_gives_no_object() -> None:
    names = _names(
        "今春完成成片造林110亩,育苗30亩。机关现有干部职工128人(编制169人)。城区下水道安装2000米,疏通5000余米。"
    )
    assert names[30.0] == "育苗"
    assert names[169.0] == "编制"
    assert names[5000.0] == "城区下水道疏通"
