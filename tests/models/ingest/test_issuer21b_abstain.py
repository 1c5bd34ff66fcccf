"""Wrong guesses where no issuer is written (session 21): an untitled policy text whose preamble names what follows
(现提出…实施意见如下, 特制定如下办法) speaks as 本市 for whoever signs it, never for a government the reader may guess
(1142)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_speaker import speaking_government

_OPINION = (
    "为贯彻《国务院办公厅关于推进电子商务与快递物流协同发展的意见》,进一步提高{place}电子商务与快递物流协同发展水平,"
    "{preamble}\n"
    "一、推动电商快递基础设施合理化布局\n"
    "(一)加强规划协同引领。落实《{place}市电子商务发展规划》,鼓励本市企业在区域开展合作,在全市有条件的社区建设"
    "快递服务站。(责任单位:市商务委)\n"
)


@pytest.mark.parametrize(
    "preamble",
    [
        "现提出本市推进电子商务与快递物流协同发展的实施意见如下:",
        "结合本市实际,制定如下实施办法:",
        "现就进一步加强本市快递管理提出如下意见:",
    ],
)
@pytest.mark.parametrize("place", ["上海", "天津", "杭州"])
def test_an_untitled_opinion_speaks_for_no_government(preamble: str, place: str) -> None:
    assert speaking_government(None, _OPINION.format(place=place, preamble=preamble).splitlines()) is None


def test_a_summary_speaking_as_its_city_still_names_its_government() -> None:
    text = (
        "2023年,杭州市经济平稳增长。\n一、主要工作\n"
        "本市全年实现地区生产总值2万亿元,全市新增就业30万人。杭州将继续努力。\n"
    )
    assert speaking_government(None, text.splitlines()) == "杭州市人民政府"


@pytest.mark.parametrize(
    "trip", ["我市代表团在北京参加了评审会", "我市代表团赴杭州考察", "局领导到上海学习", "我市代表团在天津出席了年会"]
)
def test_a_city_visited_places_no_bureau(trip: str) -> None:
    from models.ingest.metadata_bureau_place import place_of_bureau

    text = f"上半年,市科技局奋力推进创建工作。今年1月,{trip},评委高度评价我市创建工作。\n"
    assert place_of_bureau("市科技局", text.splitlines()) is None
    assert place_of_bureau("市科技局", (text + "襄阳市创新型城市建设迈上新台阶。\n").splitlines()) == "襄阳市科技局"


@pytest.mark.parametrize(
    "name", ["城市管理局", "城市管理综合行政执法局", "都市农业局", "城镇建设局", "住房和城乡建设局"]
)
def test_a_kind_named_by_a_common_word_has_no_place(name: str) -> None:
    from models.ingest.metadata_issuer_names import has_place

    assert not has_place(name)
    assert has_place("城口县" + name[-3:]) and has_place("城阳区城市管理局") and has_place("城关镇人民政府")


@pytest.mark.parametrize("superior", ["岳阳市财政局", "湖南省财政厅", "长沙市财政局"])
def test_a_district_text_naming_its_superior_bureau_is_not_that_bureau(superior: str) -> None:
    from models.ingest.metadata_issuer_bureaus import only_bureau_named

    text = f"{superior}《关于下达2016年均衡性转移支付资金的通知》下达我区资金3116万元。我区将资金用于补发工资。\n"
    assert only_bureau_named(text.splitlines()) is None


@pytest.mark.parametrize("own", ["岳阳市岳阳楼区财政局", "镇平县财政局"])
def test_a_county_text_naming_its_own_bureau(own: str) -> None:
    from models.ingest.metadata_issuer_bureaus import only_bureau_named

    text = f"2016年,我县深化改革。({own} 张三)\n"
    assert only_bureau_named(text.splitlines()) == own


def test_a_county_whose_name_opens_like_a_city_is_no_superior() -> None:
    from models.ingest.metadata_issuer_bureaus import _superior_body

    assert not _superior_body("攸县市场监督管理局") and _superior_body("岳阳市财政局")
