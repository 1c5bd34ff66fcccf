"""The issuer in the fullest form of the same body the text writes (gold README, lead's notes of session 13)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.metadata_bodies import national_body_in_lead
from models.ingest.metadata_body_names import settled_name
from models.ingest.metadata_issuer_forms import written_in_full


def test_a_ministry_named_by_its_colloquial_short_form_goes_by_its_official_name() -> None:
    lines = ["12月27日,工信部召开全国工业和信息化工作会议。", "会议指出,今年以来……"]
    assert national_body_in_lead(lines) == "工业和信息化部"
    assert written_in_full("人社部", None, ["人社部发布统计公报"]) == "人力资源和社会保障部"
    # the forms a ministry writes itself stay as the text writes them
    assert written_in_full("人力资源社会保障部", None, ["人力资源社会保障部举行新闻发布会"]) == "人力资源社会保障部"


def test_an_autonomous_prefecture_written_short_takes_the_full_name_the_text_writes() -> None:
    lines = ["关于2024年延边州全面推进乡村振兴情况的报告", "——在延边朝鲜族自治州第十六届人民代表大会常务委员会会议上"]
    assert written_in_full("延边州人民政府", None, lines) == "延边朝鲜族自治州人民政府"
    # a league's usual short form stays when the text never writes the full name
    assert written_in_full("锡盟统计局", None, ["1月28日,锡盟统计局召开述职大会"]) == "锡盟统计局"
    # the full place with the body written only bare (盟统计局) composes the long form
    assert written_in_full("锡盟统计局", None, ["锡林郭勒盟2021年统计公报", "盟统计局"]) == "锡林郭勒盟统计局"


def test_a_body_written_whole_with_its_short_place_keeps_that_form() -> None:
    # 1281: 来源: 三江县财政局 under a title writing 三江侗族自治县 (gold README, set 84: never composed)
    lines = ["三江侗族自治县2022年财政预算执行情况和2023年财政预算(草案)的报告", "县财政局局长  陈远熙"]
    assert written_in_full("三江县财政局", None, lines, ("三江县财政局",)) == "三江县财政局"
    assert written_in_full("三江县财政局", None, lines) == "三江侗族自治县财政局"
    # written whole on a line of the text, likewise
    assert written_in_full("锡盟统计局", None, ["锡林郭勒盟2021年统计公报", "锡盟统计局"]) == "锡盟统计局"


def test_a_short_form_not_of_the_prefecture_is_left_alone() -> None:
    # 大理市 is a city inside 大理白族自治州, not a short form of it
    lines = ["大理白族自治州大理市2022年工作总结"]
    assert written_in_full("大理市人民政府", None, lines) == "大理市人民政府"


def test_the_same_name_with_its_place_before_it_is_the_fuller_form() -> None:
    lines = ["近期,常州市统计局发布通报,常州高新区统计局被评为先进地区。", "2023年,区统计局将……"]
    assert written_in_full("高新区统计局", None, lines) == "常州高新区统计局"
    # a sentence's preposition before the place is no part of the name
    assert written_in_full("西山乡人民政府", None, ["由洱源县西山乡人民政府负责"]) == "洱源县西山乡人民政府"


def test_a_township_takes_the_parent_places_its_own_title_writes() -> None:
    title = "临沧市临翔区章驮乡2022年度部门决算"
    lines = [title, "第一部分 临沧市临翔区章驮乡概况"]
    assert settled_name("章驮乡人民政府", title, lines) == "临沧市临翔区章驮乡人民政府"
    assert written_in_full("西山乡人民政府", "洱源县西山乡2023年度部门决算", []) == "洱源县西山乡人民政府"


def test_a_bureau_takes_no_parent_place_from_a_title_about_its_place() -> None:
    # the title names the district whose plan it is; the bureau under the delivery line is named as written
    title = "关于合肥市瑶海区2021年国民经济和社会发展计划执行情况及2022年计划草案的报告"
    lines = [title, "——2021年12月28日在合肥市瑶海区 第五届人民代表大会第一次会议上", "瑶海区发展和改革委员会"]
    assert written_in_full("瑶海区发展和改革委员会", title, lines) == "瑶海区发展和改革委员会"


def test_joint_issuers_are_left_as_each_line_writes_them() -> None:
    lines = ["某市统计局 国家统计局某市调查队"]
    assert written_in_full("蒙城县统计局 国家统计局蒙城调查队", None, lines) == "蒙城县统计局 国家统计局蒙城调查队"


@given(st.text(alphabet="省市县区乡镇局统计人民政府常州延边高新", min_size=0, max_size=30))
def test_a_fuller_form_never_drops_the_name_it_started_from(noise: str) -> None:
    for issuer in ("高新区统计局", "西山乡人民政府", "某县财政局"):
        full = written_in_full(issuer, noise, [noise])
        assert full is not None and full.endswith(issuer[-3:]) and len(full) >= len(issuer)
