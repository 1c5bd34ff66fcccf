"""A clause with no subject of its own takes the subject the sentence's verb split off (names21c)."""

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["name"] for s in find_indicators(text)}


def test_the_next_heads_share_the_subject_before_the_verb() -> None:
    names = _names("全区规模以上工业企业实现主营业务收入1362.52亿元,利润总额达23.26亿元,上缴税金18.6亿元。")
    assert names[23.26] == "规模以上工业企业利润总额"
    assert names[18.6] == "规模以上工业企业上缴税金"


def test_the_subject_runs_over_a_change_of_the_level() -> None:
    names = _names("全县8家市级农业龙头企业实现产值8417万元,增长65.3%,上缴税金18万元。")
    assert names[18.0] == "市级农业龙头企业上缴税金"


def test_other_places_and_sectors() -> None:
    names = _names("全市软件和信息服务业实现销售额214.9亿元,同比增长13.96%,实现税收11.5亿元,同比增长16.18%。")
    assert names[11.5] == "软件和信息服务业税收"
    names = _names("今年以来，全旗限额以上批发企业完成销售额32.1亿元，利润总额1.2亿元。")
    assert names[1.2] == "限额以上批发企业利润总额"


def test_the_subject_stops_at_the_sentence_end() -> None:
    names = _names("全区规模以上工业企业实现增加值80亿元。利润总额达23亿元。")
    assert names[23.0] == "利润总额"
    names = _names("全区规模以上工业企业实现增加值80亿元；利润总额达23亿元。")
    assert names[23.0] == "利润总额"


def test_a_clause_with_its_own_subject_stops_it() -> None:
    names = _names("全区规模以上工业企业实现增加值80亿元,建筑业企业完成产值12亿元,利润总额3亿元。")
    assert not names[12.0].startswith("规模以上")
    assert not names[3.0].startswith("规模以上")


def test_a_verb_the_name_keeps_is_the_clauses_own() -> None:
    names = _names("各县气象局发布预警信号29次,覆盖32万人次。")
    assert not names[32.0].startswith("各县气象局")


def test_what_stands_before_you_is_a_place() -> None:
    names = _names("辖区有幼儿园80所,其中公办园26所,民办园54所。")
    assert names[26.0] in ("公办园", "幼儿园公办园")
    names = _names("目前,某某乡共有领导干部65名,其中行政编26人,事业编制34人。")
    assert "乡" not in names[34.0]


def test_a_prepositional_phrase_is_no_subject() -> None:
    names = _names("共开展全面谈心谈话2轮,根据实际情况开展集体谈话10人,谈话提醒5人,批评教育6人。")
    assert names[5.0] == "谈话提醒"
    assert names[6.0] == "批评教育"
