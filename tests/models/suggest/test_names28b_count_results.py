"""A count opening its clause, its noun, then what befell the things counted: the result names them."""

from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["name"] for s in find_indicators(text)}


def test_the_result_after_the_noun_names_the_things_counted() -> None:
    names = _names("科技创新成效明显,87项专利获得国家授权,99个项目建成投用,11个项目竣工投产。")
    assert names[87.0] == "获得国家授权专利"
    assert names[99.0] == "建成投用项目"
    assert names[11.0] == "竣工投产项目"


def test_adverbs_and_le_between_are_left_out() -> None:
    names = _names("就业形势稳定,744名高校毕业生实现了稳定就业;共有19家企业成功完成“对标达标”。")
    assert names[744.0] == "实现稳定就业高校毕业生"
    assert names[19.0] == "完成对标达标企业"


def test_a_result_with_a_figure_or_not_reached_keeps_the_noun() -> None:
    names = _names("服务业稳步发展,30家企业实现利润总额1.55亿元;3个项目未完成。")
    assert names.get(30.0, "企业") == "企业"
    assert "完成" not in names[3.0]


def test_a_count_with_a_subject_before_it_is_left_alone() -> None:
    names = _names("省科技厅认定高新技术企业,其中宏达公司3个产品通过认定。")
    assert names.get(3.0, "") != "通过认定产品"


@given(
    noun=st.sampled_from(["企业", "村庄", "学校", "科研成果", "合作社"]),
    result=st.sampled_from(["获评省级示范单位", "入选国家级名单", "通过验收", "荣获省科技进步奖", "纳入省级规划"]),
    unit=st.sampled_from(["个", "家", "项", "所"]),
    opening=st.sampled_from(["", "有", "共有", "其中"]),
)
def test_any_noun_any_result(noun: str, result: str, unit: str, opening: str) -> None:
    names = _names(f"各项工作稳步推进,{opening}23{unit}{noun}{result}。")
    assert names[23.0] == result + noun
