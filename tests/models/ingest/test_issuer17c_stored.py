"""The government a store's set-aside title line of the same 政府工作报告 names (1311, 1178)."""

from models.ingest.metadata_issuer_stored import stored_title_government


def test_store_title_with_edition_mark_names_the_government() -> None:
    chrome = ("滨城区2007年政府工作报告【完整版】", "时间:2023-05-27 11:00:10 来源:网友投稿")
    assert stored_title_government("政府工作报告", chrome) == "滨城区人民政府"


def test_bracketed_province_and_autonomous_county() -> None:
    chrome = ("(湖南省)2020年新晃侗族自治县政府工作报告(全文)",)
    assert stored_title_government("政府工作报告", chrome) == "新晃侗族自治县人民政府"


def test_session_word_before_the_province_is_not_part_of_it() -> None:
    assert stored_title_government("政府工作报告", ("2008两会四川省政府工作报告",)) == "四川省人民政府"


def test_masked_or_generic_place_names_nobody() -> None:
    for line in ("2022年x镇政府工作报告", "2023年县政府工作报告", "某县2020年政府工作报告"):
        assert stored_title_government("政府工作报告", (line,)) is None


def test_only_for_a_government_report() -> None:
    assert stored_title_government("2020年工作总结", ("滨城区2007年政府工作报告",)) is None
    assert stored_title_government(None, ("滨城区2007年政府工作报告",)) is None


def test_a_site_heading_or_sentence_is_not_a_title_line() -> None:
    chrome = ("当前位置:首页 > 办公文档 > 2008年江西省政府工作报告", "滨城区政府工作报告一文来源于网友上传")
    assert stored_title_government("政府工作报告", chrome) is None


def test_two_places_disagree_names_nobody() -> None:
    chrome = ("滨城区2007年政府工作报告", "沾化县2007年政府工作报告")
    assert stored_title_government("政府工作报告", chrome) is None
