"""Session 25 (names25b): a verb alone before a figure takes its object after it, a name never ends in an adverb,
a structure of three shares names the sectors."""

from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {abs(s.attributes["value"]): s.attributes["name"] for s in find_indicators(text)}


def test_a_verb_the_tagger_calls_a_noun_takes_its_object() -> None:
    # 新装100套移动抓拍电子监控设备 (026), 曝光了74条问题河涌 (1687), 再建27公里农村道路 (1227),
    # 改扩建4条市政道路 (1294)
    assert _names("今年新装100套移动抓拍电子监控设备。")[100.0] == "新装移动抓拍电子监控设备"
    assert _names("共巡查2939条河湖段,曝光了74条问题河涌。")[74.0] == "曝光问题河涌"
    assert _names("再建27公里农村道路。")[27.0] == "再建农村道路"
    assert _names("改扩建4条市政道路。")[4.0] == "改扩建市政道路"


def test_money_after_a_verb_is_spent_on_its_object() -> None:
    # 发行1万亿元抗疫特别国债 (003, 1282), 调拨1257万元防疫资金 (1517)
    assert _names("同时发行1万亿元抗疫特别国债。")[1.0] == "发行抗疫特别国债"
    assert _names("调拨1257万元防疫资金。")[1257.0] == "调拨防疫资金"


def test_a_noun_before_its_own_figure_stays() -> None:
    assert _names("其中餐饮类3000万元,零售类2000万元。")[3000.0] == "餐饮类"
    assert _names("全县种植小麦30.68万亩。")[30.68] == "种植小麦"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["新装", "改扩建", "再建", "新创建", "补建"]),
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["条", "个", "座", "套"]),
    st.sampled_from(["乡村公路", "污水处理设施", "示范社区", "农贸市场"]),
)
def test_any_deed_and_its_object(verb: str, count: int, measure: str, thing: str) -> None:
    assert _names(f"全年{verb}{count}{measure}{thing}。")[float(count)] == f"{verb}{thing}"


def test_an_adverb_ends_no_name() -> None:
    # 全部财政收入一举突破 (569), 投资就达 (099), 区领导先后8次 (984), 产业规模双双突破 (1010)
    assert _names("全部财政收入一举突破10亿元大关。")[10.0].endswith("财政收入")
    assert _names("用于农业的投资就达500多万元。")[500.0] == "用于农业的投资"
    assert _names("市领导先后12次召开专题会议。")[12.0] == "市领导"


def test_a_structure_the_sentence_gives_the_sectors_names_them() -> None:
    # 三次产业协调发展,结构比由…演进为11:64:25 (1111), 三次产业比演进至 (1036), 三大业结构比为 (264),
    # 县域经济结构 (1873)
    names = _names("三次产业协调发展,结构比由2005年的14:68:18演进为11:64:25。")
    assert names[64.0] == "第二产业占比"
    names = _names("三次产业增加值结构为9.3、41.0、49.6。")
    assert names[49.6] == "第三产业增加值占比"
    names = _names("县域经济结构为5.6:58.1:36.3。")
    assert names[58.1] == "县域经济第二产业占比"
    names = _names("粮经作物比例已由1999年的80.8:19.2调整为65.7:34.3。")
    assert names[65.7] == "粮经作物比例第1项"


def test_a_task_sized_or_a_count_opened_by_you_is_no_deed() -> None:
    # 产量507万吨任务 (498), 已有投保农户30户申请赔保 (740)
    assert _names("落实粮食种植面积1253万亩、产量507万吨任务。")[507.0] == "产量"
    assert _names("到6月底,已有投保农户30户申请赔保。")[30.0] == "投保农户"


def test_a_sectors_measure_names_each_term() -> None:
    # 三次产业对地区生产总值的贡献率分别为26.0:6.1:67.9 (990)
    names = _names("三次产业对地区生产总值的贡献率分别为26.0:6.1:67.9。")
    assert names[6.1] == "第二产业对地区生产总值的贡献率"


def test_money_put_in_is_named_by_the_works_after_it() -> None:
    # 投入212.96億元持續改善城市居住品質 (1283), 投入9万元修建四组下水道 (1706), 投入635.4亿元保障和改善民生 (1995)
    assert _names("投入212.96亿元持续改善城市居住品质。")[212.96] == "持续改善城市居住品质投入"
    assert _names("投入9万元修建四组下水道。")[9.0] == "修建四组下水道投入"
