"""Session 25 (names25): a share's name read whole, ``X占Y比重``, its base past the scope words (全部, 全县, 全省)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {abs(s.attributes["value"]): s.attributes["name"] for s in find_indicators(text)}


def test_a_scope_word_inside_the_base_keeps_the_numerator() -> None:
    # 社会投资占全部投资比重 (2156), 民间投资占全部投资比重 (1380), 占全县GDP比重 (120), 占全区税收比重 (1404)
    assert _names("社会投资占全部投资比重达到77%。")[77.0] == "社会投资占全部投资比重"
    assert _names("主导产业增加值占全市规上工业增加值比重为41.2%。")[41.2] == "主导产业增加值占全市规上工业增加值比重"


def test_a_share_opening_its_clause_is_the_level_before_it() -> None:
    # 占全区税收的35.6% (1173), 占全省生产总值的54.9% (1033), 占全县国土面积的67.5% (1204)
    names = _names("现代服务业税收12亿元,占全区税收的35.6%,同比上升3.6个百分点。")
    assert names[35.6] == "现代服务业税收占全区税收比重"
    names = _names("非公经济增加值达到120亿元,占全县GDP比重达到52.0%。")
    assert names[52.0] == "非公经济增加值占全县GDP比重"


def test_land_taken_is_no_share() -> None:
    assert _names("项目占地24亩。")[24.0] == "项目占地"
    assert _names("已建成的2个园区占地面积达到300亩。")[300.0] != "占地面积比重"


def test_a_share_already_named_stays() -> None:
    assert _names("全社会研发投入占GDP比重有望达1.6%。")[1.6] == "全社会研发投入占GDP比重"


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["民营经济增加值", "高新技术产业产值", "服务业税收", "外资企业出口额"]),
    st.sampled_from(["全省", "全市", "全县", "全区", "全部", "全旗"]),
    st.sampled_from(["生产总值", "工业总产值", "税收收入", "出口总额"]),
    st.integers(min_value=11, max_value=89),
    st.sampled_from(["的", "比重达到", "的比重为", "比重为"]),
)
def test_any_share_of_a_scoped_whole(numerator: str, scope: str, base: str, share: int, link: str) -> None:
    name = _names(f"{numerator}占{scope}{base}{link}{share}%。")[float(share)]
    assert name.startswith(f"{numerator}占{scope}{base}")
    after = _names(f"{numerator}达到123亿元,占{scope}{base}{link}{share}%。")[float(share)]
    assert after.startswith(f"{numerator}占{scope}{base}")


def test_a_level_of_an_earlier_sentence_owns_no_share() -> None:
    # 1380: 增长面为42.9%。…民间投资比上年增长3.1%,占全部投资比重达42.0%
    names = _names("66种产品实现增长,增长面为42.9%。全年民间投资比上年增长3.1%,占全部投资比重达42.0%。")
    assert not names[42.0].startswith("增长面")
    assert names[42.0].endswith("占全部投资比重")
