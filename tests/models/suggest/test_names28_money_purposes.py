"""A bare sum opening its clause named by the work the words after it say it paid for."""

from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["name"] for s in find_indicators(text)}


def test_the_verb_and_its_object_after_the_sum_name_it() -> None:
    names = _names("老城区改造成效明显。投资1884万元完成了30栋老旧楼房维修改造。投资650万元建成6座水冲式公厕。")
    assert names[1884.0] == "老旧楼房维修改造投资"
    assert names[650.0] == "水冲式公厕投资"


def test_a_comma_may_stand_between_and_the_count_is_left_out() -> None:
    assert _names("全年计划投资12.7亿元，实施重点商贸流通项目17个。")[12.7] == "重点商贸流通项目投资"
    assert _names("五年累计投资5.1亿元,建成西出口等31条公路。")[5.1] == "公路投资"


def test_the_project_after_de_is_what_the_sum_is_the_cost_of() -> None:
    names = _names("投资5642万元的日处理80吨污泥焚烧厂土建工程开工建设。")
    assert names[5642.0] == "污泥焚烧厂土建工程投资"


def test_a_sum_with_its_own_subject_keeps_its_name() -> None:
    names = _names("镇里投资300万元新建敬老院一所。")
    assert "敬老院" not in names[300.0]


def test_a_class_alone_or_a_clause_with_no_verb_names_nothing() -> None:
    assert _names("投资6349万元,重点实施了第五中学改扩建等5项工程。")[6349.0] == "投资"
    assert _names("全年完成投资15.9亿元，道路、污水、供电等基础设施配套工程基本完成。")[15.9] == "投资"


@given(
    place=st.sampled_from(["县城", "开发区", "某镇", "新区"]),
    work=st.sampled_from(["农村饮水安全工程", "乡村道路硬化", "污水处理厂提标改造", "文化广场"]),
    verb=st.sampled_from(["实施", "建成", "完成了", "新建"]),
    head=st.sampled_from(["投资", "投入资金", "计划投资"]),
)
def test_any_work_any_verb(place: str, work: str, verb: str, head: str) -> None:
    names = _names(f"{place}建设加快。全年{head}2300万元，{verb}{work}。")
    assert names[2300.0].startswith(work)


def test_a_sum_after_another_clause_of_its_sentence_keeps_its_name() -> None:
    names = _names("全面完成植树造林1100亩,投入资金11万元,完成魏庄至张店段道路绿化提升。")
    assert names[11.0] == "投入资金"


def test_a_short_list_is_kept_whole_a_long_one_names_nothing() -> None:
    assert _names("投资3600万元，完成54栋住宅楼、14万平方米既有建筑节能改造。")[3600.0] == "既有建筑节能改造投资"
    names = _names("投资1.9亿元,实施了危房改造、饮水安全、街巷硬化、村屯绿化等工程。")
    assert names[1.9] == "投资"


def test_the_project_the_first_clause_names_owns_the_sum_after_it() -> None:
    names = _names("哈克镇生态奶源基地建设初具规模，完成投资3340万元，建成4个现代化牧场。")
    assert names[3340.0] == "哈克镇生态奶源基地投资"
    names = _names("陡涧河高速路至四清桥段治理工程,总投资8645万元,8月份进行了征迁。")
    assert names[8645.0] == "陡涧河高速路至四清桥段治理工程总投资"


def test_a_first_clause_with_a_figure_or_no_project_names_nothing() -> None:
    assert _names("全面完成植树造林1100亩,投入资金11万元,完成道路绿化提升。")[11.0] == "投入资金"
    assert _names("民生投入持续加大,全年投入14.5亿元,惠及群众。")[14.5] == "投入"


def test_a_project_right_after_the_sum_is_its_own_whatever_the_clause_before() -> None:
    names = _names("与高新区园区共建成功破题,投资5亿元金翔科技高端颜料项目落户宏伟工业园区。")
    assert names[5.0] == "金翔科技高端颜料项目投资"


def test_two_projects_in_the_first_clause_name_nothing() -> None:
    names = _names("独山特色小镇ppp项目西淠河治理生态基础工程一期,投资5463.56万元,已完成35%。")
    assert names[5463.56] == "投资"
