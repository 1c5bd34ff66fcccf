"""Names carried across a list: the verb of a 、 series (种植三华李…、茶叶…), the institutions counted first."""

from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["name"] for s in find_indicators(text)}


def test_a_listed_figure_takes_the_verb_of_the_first() -> None:
    names = _names("4月份扩大种植三华李300亩、茶叶270亩,长势良好。")
    assert names[300.0] == "种植三华李"
    assert names[270.0] == "种植茶叶"


def test_every_figure_of_the_series_takes_it() -> None:
    names = _names("共改造小区立面1.4万平方米、小区道路2600平方米,增设充电设施70个、消防设施90套。")
    assert names[2600.0] == "改造小区道路"
    assert names[90.0] == "增设消防设施"


def test_a_noun_before_the_verb_is_no_verb_of_the_series() -> None:
    names = _names("其中绩效考评奖金6938万元、年终考核奖金1033万元、交通补助199万元。")
    assert names[1033.0] == "年终考核奖金"


def test_unlike_figures_share_no_verb() -> None:
    names = _names("全市共投入水利建设资金22.73亿元、劳动工日4020万个。")
    assert names[4020.0] == "劳动工日"


def test_a_figure_with_its_own_verb_keeps_it() -> None:
    names = _names("沿江化工生产企业签约关停31家、安全拆除19家。")
    assert "关停" not in names[19.0]


def test_a_comma_ends_the_series() -> None:
    names = _names("全县种植水稻300亩,茶叶产量270吨。")
    assert not names[270.0].startswith("种植")


def test_no_verb_in_the_first_name_changes_nothing() -> None:
    names = _names("新认定国家高新技术企业3家、省工程研发中心1家。")
    assert names[1.0] == "省工程研发中心"


@given(
    verb=st.sampled_from(["种植", "新建", "改造", "增设", "上缴"]),
    first=st.sampled_from(["水稻", "学校", "道路", "设施"]),
    second=st.sampled_from(["玉米", "医院", "桥梁", "管网"]),
)
def test_any_verb_and_objects(verb: str, first: str, second: str) -> None:
    names = _names(f"今年全县{verb}{first}12处、{second}34处。")
    if names.get(12.0, "").startswith(verb):
        assert names[34.0] == verb + second


def test_people_of_the_institutions_counted_first() -> None:
    names = _names("高等专科学校2所，招生9087人，在校学生24979人，毕业生8228人。")
    assert names[9087.0] == "高等专科学校招生"
    assert names[24979.0] == "高等专科学校在校学生"
    assert names[8228.0] == "高等专科学校毕业生"


def test_beds_and_residents_of_the_homes() -> None:
    names = _names("投入使用的养老服务机构57所，有床位5923张，入住人数2146人。")
    assert names[2146.0] == "养老服务机构入住人数"


def test_a_count_of_the_same_unit_is_a_part_not_an_attribute() -> None:
    names = _names("确定重要工作任务579项,已完成550项,正在办理29项。")
    assert names[29.0] == "重要工作任务正在办理"  # the whole's, as 1134's gold (names27b), not an attribute


def test_a_new_sentence_or_a_verb_ends_the_carry() -> None:
    names = _names("全市有初级中学461所。毕业生14.49万人，新招录教师300人。")
    assert names[14.49].find("初级中学") < 0


def test_the_people_after_a_breakdown_are_the_wholes() -> None:
    names = _names("辖区有幼儿园80所,其中公办园26所,民办园54所,在园幼儿14519人,教职工2252人。")
    assert not names[2252.0].startswith("民办园")


def test_a_head_that_says_whose_it_is_stays() -> None:
    names = _names("其中，环境监测站17所，环境监测人员172人；监察机构17所，监察人员186人。")
    assert names[186.0] == "监察人员"


def test_offices_counted_hold_no_people_of_their_own() -> None:
    names = _names("现有基层党组织9个,党员361名,干部职工43人。")
    assert names[361.0] == "党员"
