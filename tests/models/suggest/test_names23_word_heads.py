"""A name is never cut inside a word, and a count's subject is named by what the clause says it did (names23)."""

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["name"] for s in find_indicators(text)}


def test_a_letter_the_segmenter_split_off_stays_with_its_word() -> None:
    assert _names("全年一般债务还本支出11.07亿元。")[11.07] == "一般债务还本支出"
    assert _names("省本级专项债务还本支出3.2亿元。")[3.2].endswith("专项债务还本支出")
    assert _names("全市新能源并网装机4037万千瓦。")[4037.0] == "新能源并网装机"
    assert _names("全县新增并网光伏装机12万千瓦。")[12.0].endswith("并网光伏装机")
    assert _names("解决农村人畜饮水23700人。")[23700.0] == "农村人畜饮水"


def test_a_coverb_or_a_measure_word_stays_out() -> None:
    assert _names("全年为企业减税降费3.2亿元。")[3.2] == "企业减税降费"
    assert "在" not in _names("从业人员在岗职工平均工资8.2万元。")[8.2][:1]


def test_disposable_income_is_one_term() -> None:
    assert _names("城镇居民可支配收入20000元,农民人均纯收入7750元。")[20000.0] == "城镇居民可支配收入"
    assert _names("农村常住居民可支配收入预计实现19171元,同比增长7%。")[19171.0] == "农村常住居民可支配收入"


def test_a_count_is_named_by_what_its_members_did() -> None:
    assert _names("全年共有11个项目开工建设。")[11.0] == "开工建设项目"
    assert _names("等5个项目正式签约。")[5.0] == "正式签约项目"
    assert _names("全区3400余名医护人员坚守一线。")[3400.0] == "坚守一线医护人员"
    assert _names("全市2400名党员干部主动请缨。")[2400.0] == "主动请缨党员干部"


def test_the_noun_alone_when_the_clause_goes_on() -> None:
    assert _names("253家规上企业进行技术改造。")[253.0] == "规上企业"
    assert _names("全年新引进企业12家。")[12.0] == "企业"


def test_a_relative_clause_before_de_is_part_of_the_name() -> None:
    assert _names("销售收入超亿元的非公企业达到20家。")[20.0] == "销售收入超亿元的非公企业"
    assert _names("全县产值达到10亿元的企业21家。")[21.0] == "产值达到10亿元的企业"
    assert _names("参加义务植树的干部职工达103.2万人。")[103.2] == "参加义务植树的干部职工"
    assert _names("全年用于民生的财政支出达到9.7亿元。")[9.7] == "用于民生的财政支出"


def test_scope_words_before_de_name_nothing() -> None:
    assert _names("全市的GDP达到500亿元。")[500.0] == "GDP"


def test_a_count_after_a_verb_is_that_verbs_object() -> None:
    assert _names("完成149个村庄规划报批。")[149.0] == "村庄规划报批"
    assert _names("9座危桥改造。")[9.0] == "危桥改造"


def test_a_lone_verb_before_a_count_acts_on_what_follows() -> None:
    assert _names("市县两级共组建了238个服务队。")[238.0] == "组建服务队"
    assert _names("组建13支理论宣讲小分队。")[13.0] == "组建理论宣讲小分队"
    assert _names("累计签约15个重大合作项目。")[15.0] == "签约重大合作项目"
    assert _names("辖8个行政村。")[8.0] == "行政村"
    # money put in is named by the works it pays for (names25b; gold 318, 010, 560, 1706)
    assert _names("投资5亿元建设污水厂。")[5.0].endswith("污水厂投资")


def test_a_degree_word_is_no_letter_of_a_name() -> None:
    names = _names("专业服务业和现代物流业保持较快增长,分别同比增长20.1%和31.2%。")
    assert not any("较快" in n for n in names.values())


def test_a_relative_clause_starts_after_a_time_word() -> None:
    assert _names("财政和金融全年来源于佛冈的财政总收入11.8亿元。")[11.8] == "来源于佛冈的财政总收入"
    assert _names("完成以“机器换人”为主的技术改造投资543.30亿元。")[543.3] == "技术改造投资"
    assert "全县" in _names("全部工业增加值占全县GDP的比重为42.8%。")[42.8]
    assert "年末" in _names("城镇常住人口占年末常住人口的比重为54.81%。")[54.81]
