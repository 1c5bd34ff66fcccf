"""Session 26 (names26): the rate of a deed done to the things just counted takes their subject."""

from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {abs(s.attributes["value"]): s.attributes["name"] for s in find_indicators(text)}


def test_a_handling_rate_after_a_count_is_the_counted_things() -> None:
    # 解决涉林矛盾纠纷23起,办结率100% (707), 注册农民信箱3.3万户,启用率超过97% (682),
    # 处置闲置土地面积3230亩,处置率51.06% (2032), 239座厕所革命改造项目,竣工率100% (738)
    name = _names("全年受理群众信访事项312件,办结率98.7%。")[98.7]
    assert name.endswith("群众信访事项办结率")
    assert _names("注册农民信箱3.3万户,启用率超过97%。")[97.0] == "注册农民信箱启用率"
    # the deed said again as the subject's verb is said once, at the rate (处置闲置土地面积…,处置率)
    assert _names("处置闲置土地面积3230亩,处置率51.06%。")[51.06] == "闲置土地面积处置率"


def test_a_deed_the_name_already_ends_with_is_said_once() -> None:
    # 县长信箱答复183条,答复率达100% (1356), 调解成功907起,调解成功率99.8% (546)
    assert _names("市长热线转办诉求560件,转办诉求办结532件,办结率95%。")[95.0].endswith("办结率")
    assert "办结办结" not in _names("市长热线转办诉求560件,转办诉求办结532件,办结率95%。")[95.0]


def test_a_statistic_that_names_its_own_population_stays_bare() -> None:
    # 出生人口2457人,出生率5.28‰ (840), 森林蓄积量…、森林覆盖率 (1493), 常住人口…,城镇化率 (453)
    assert _names("全年出生人口2457人,出生率为5.28‰。")[5.28] == "出生率"
    assert _names("全县常住人口45.6万人,城镇化率52.3%。")[52.3] == "城镇化率"


def test_a_rate_after_peers_is_left_to_them_all() -> None:
    # (their joined names are given by _listed_items; the last peer alone is never the subject)
    assert _names("已办结6件,正在办理16件,完成率95%。")[95.0] != "正在办理完成率"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["重点项目", "农村公路改造工程", "老旧小区改造项目", "产业园区基础设施项目"]),
    st.sampled_from([("新开工", "开工率"), ("竣工", "竣工率"), ("完成", "完成率")]),
    st.integers(min_value=12, max_value=400),
)
def test_any_works_and_their_rate(thing: str, deed: tuple[str, str], count: int) -> None:
    verb, rate = deed
    name = _names(f"今年全县{verb}{thing}{count}个,{rate}达到87.5%。")[87.5]
    assert name.endswith(rate) and thing in name


def test_the_head_a_rate_repeats_is_said_once() -> None:
    # 实现到位资金9.88亿元,资金到位率41.17% (124); 重点工程项目完成投资…,投资完成率 (319)
    assert "资金资金" not in _names("西博会项目实现到位资金9.88亿元,资金到位率41.17%。")[41.17]
    assert "投资投资" not in _names("重点工程项目完成投资12.5亿元,投资完成率122.6%。")[122.6]


def test_a_time_is_no_subject() -> None:
    # 今年以来完成…,完成率为93.33% (753)
    assert not _names("今年以来完成棚户区改造28套,完成率为93.33%。")[93.33].startswith("今年以来")
