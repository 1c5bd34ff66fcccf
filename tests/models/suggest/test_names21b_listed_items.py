"""Names of a list's figures, one subject to each: subjects joined by 和/与/及 before 分别, a head written once."""

from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {abs(s.attributes["value"]): s.attributes["name"] for s in find_indicators(text)}


def test_the_last_subject_after_a_joiner_is_one_of_the_list() -> None:
    names = _names("农民人均纯收入和城镇居民人均可支配收入分别达到9807元和18817元。")
    assert names[9807.0] == "农民人均纯收入"
    assert names[18817.0] == "城镇居民人均可支配收入"


def test_three_subjects_with_a_joiner_before_the_last() -> None:
    names = _names("义务教育巩固率、高中阶段毛入学率和高等教育毛入学率分别达到98%、92%和60%。")
    assert names[98.0] == "义务教育巩固率"
    assert names[92.0] == "高中阶段毛入学率"


def test_a_joiner_inside_a_name_leaves_the_list_alone() -> None:
    # 有色金属冶炼和压延加工业: reading 和 as a separator makes three subjects for two figures
    names = _names("有色金属冶炼和压延加工业、酒饮料和精制茶制造业分别同比增长31.4%、38.3%。")
    assert names[31.4] != "有色金属冶炼"
    assert names[31.4] != "压延加工业"


def test_a_head_written_once_is_every_subject_s() -> None:
    names = _names("装备制造业、钢铁工业和石化工业增加值分别同比增长27.8%、11.4%、3.3%。")
    assert names[27.8] == "装备制造业增加值"
    assert names[11.4] == "钢铁工业增加值"
    names = _names("批发业、零售业商品销售额分别比上年同期增长10.0%、12.1%。")
    assert names[10.0] == "批发业商品销售额"


def test_a_paired_bare_head_takes_its_partner_s_modifier() -> None:
    names = _names("一般公共预算收入和支出分别达4.78亿元、20.2亿元。")
    assert names[20.2] == "一般公共预算支出"


@given(
    a=st.sampled_from(["粮食总产量", "油料产量", "生猪出栏量", "棉花产量"]),
    b=st.sampled_from(["蔬菜产量", "水果产量", "禽蛋产量"]),
    joiner=st.sampled_from("和与及"),
)
def test_any_pair_of_subjects(a: str, b: str, joiner: str) -> None:
    names = _names(f"今年全县{a}{joiner}{b}分别达到12.5万吨、3.4万吨。")
    assert names[12.5] == a
    assert names[3.4] == b


def test_joiners_inside_names_leave_the_list_alone() -> None:
    text = "高技术服务、电子及通信设备制造业、航空航天器及设备制造业投资分别增长92.0%、67.5%、12.1%。"
    names = _names(text)
    assert names[67.5] != "航空航天器"


def test_a_per_head_word_is_no_shared_head() -> None:
    names = _names("其中上海市、北京市分别达到人均49.9元、29.4元。")
    assert names[49.9] != "上海市人均"


def test_a_bare_head_takes_the_subjects_the_clause_before_lists() -> None:
    names = _names("汽车制造业、电气机械和器材制造业、通用设备制造业增长较快,产值同比分别增长21.3%、37.5%、22.7%。")
    assert names[21.3] == "汽车制造业产值"
    assert names[37.5] == "电气机械和器材制造业产值"
    assert names[22.7] == "通用设备制造业产值"


def test_the_place_of_the_report_is_no_subject() -> None:
    names = _names("全县粮食、油料、蔬菜喜获丰收,产量分别达到12万吨、3万吨、20万吨。")
    assert names[12.0] == "粮食产量"


def test_as_many_subjects_as_figures_or_none() -> None:
    names = _names("汽车及装备、电子信息产业链发展较快,规上工业增加值分别增长30.7%、16.9%、14.8%。")
    assert not names[30.7].startswith("汽车")


@given(
    subjects=st.permutations(["新材料产业", "电子信息产业", "航空航天产业", "生物医药产业"]),
    head=st.sampled_from(["增速", "产值", "营业收入"]),
)
def test_any_listed_subjects(subjects: list[str], head: str) -> None:
    a, b, c = subjects[:3]
    names = _names(f"{a}、{b}、{c}保持增长,{head}分别为4.6%、2.2%和0.5%。")
    assert [names[4.6], names[2.2], names[0.5]] == [a + head, b + head, c + head]


def test_a_per_head_measure_is_a_shared_head() -> None:
    names = _names("城镇居民和农村居民人均可支配收入分别达到42270元、18270元。")
    assert names[42270.0] == "城镇居民人均可支配收入"


def test_a_head_after_a_run_of_figures_is_theirs() -> None:
    text = "全区0-17岁人口8.36万人,18-59岁人口43.38万人,60岁及以上人口19.35万人,占总人口比重分别为11.8%、61%、27.2%。"
    names = _names(text)
    assert names[11.8] == "0-17岁人口占总人口比重"
    assert names[27.2] == "60岁及以上人口占总人口比重"


def test_more_figures_than_the_list_leave_it_alone() -> None:
    names = _names("城镇人口30万人,乡村人口20万人,外来人口5万人,占比分别为60%、40%。")
    assert names[60.0] != "乡村人口占比"
    assert names[60.0] != "城镇人口占比"


def test_a_list_said_before_its_own_respectively_is_not_the_run_s() -> None:
    text = (
        "全年实现生产总值18171.86亿元,增长8%,地方财政收入2059.87亿元,增长12.1%,"
        "城乡居民收入达到26420元和8689元,分别增长8.4%和9.5%。"
    )
    names = _names(text)
    assert "生产总值" not in names[26420.0]
