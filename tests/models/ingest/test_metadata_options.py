"""The options the 信息 panel offers for title, issuer and date: ranked, sourced, located in the display text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest import parse_bytes
from models.ingest.metadata_options import metadata_options, options_for_parsed
from models.types import Metadata

REPORT = (
    "某县统计局2022年工作总结\n"
    "某县统计局\n"
    "2022年，我局在县委、县政府的领导下，认真做好统计调查工作，全年完成各项调查任务。\n"
    "一、主要工作\n"
    "完成了第五次经济普查的准备工作，统计数据质量进一步提高。\n"
    "某县统计局\n"
    "2023年1月10日\n"
)


def test_the_readers_choice_comes_first_and_the_signature_is_offered() -> None:
    parsed = parse_bytes(REPORT.encode("utf-8"), "统计局总结.txt")
    options = options_for_parsed(parsed)
    title = options.title[0]
    assert title.chosen and title.value == parsed.metadata.title == "某县统计局2022年工作总结"
    assert title.source == "首行" and (title.start, title.end) == (0, len(title.value))
    assert any(o.value == "某县统计局" and o.source in ("落款", "单位行", "标题") for o in options.issuer)
    dated = [o for o in options.date if o.value == "2023-01-10"]
    assert dated and dated[0].source == "落款"
    assert parsed.display_text[dated[0].start : dated[0].end] == "2023年1月10日"


def test_a_report_without_a_title_still_offers_its_head_lines() -> None:
    text = "各位代表：\n现在我代表县人民政府向大会报告工作，请予审议。\n"
    options = metadata_options(
        "关于2021年全县农业农村工作的情况报告\n" + text, Metadata(None, None, None), source_name="x.txt"
    )
    assert options.title and not options.title[0].chosen
    assert options.title[0].value == "关于2021年全县农业农村工作的情况报告"


def test_a_file_name_that_reads_as_a_title_is_offered_last() -> None:
    options = metadata_options("正文一句话。\n", Metadata(None, None, None), source_name="12_某镇2020年工作总结.docx")
    assert [(o.value, o.source) for o in options.title] == [("某镇2020年工作总结", "文件名")]


def test_options_are_unique_and_json_ready() -> None:
    options = options_for_parsed(parse_bytes(REPORT.encode("utf-8"), "a.txt"))
    data = options.as_json()
    assert set(data) == {"title", "issuer", "date"}
    for name, items in data.items():
        values = [item["value"] for item in items]
        assert len(values) == len(set(values)), name
        assert all(item["source"] for item in items)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="某县局年月日工作总结报告关于的一二三〇0123456789\n，。：、 ", max_size=200))
def test_offsets_always_point_at_the_value(text: str) -> None:
    options = metadata_options(text, Metadata(None, None, None))
    for name in ("title", "issuer"):
        for option in options.of(name):
            if option.start is not None:
                assert text[option.start : option.end] == option.value
    for option in options.date:
        assert len(option.value) == 10 and option.value[4] == "-"


def test_an_area_named_as_issuer_is_offered_with_its_bodys_formal_name() -> None:
    meta = Metadata("某街道2021年工作总结", "延安街道", None)
    issuers = [(o.value, o.chosen) for o in metadata_options("某街道2021年工作总结\n正文。\n", meta).issuer]
    assert issuers[:2] == [("延安街道", True), ("延安街道办事处", False)]
    town = metadata_options("正文。\n", Metadata("x", "桐楼乡", None)).issuer
    assert [o.value for o in town][:2] == ["桐楼乡", "桐楼乡人民政府"]


def test_a_bureau_without_its_place_is_offered_as_the_text_writes_it_in_full() -> None:
    text = "县卫生健康局2021年工作总结\n2021年，天台县卫生健康局在县委领导下做好各项工作。\n"
    issuers = [o.value for o in metadata_options(text, Metadata("x", "县卫生健康局", None)).issuer]
    assert issuers[:2] == ["县卫生健康局", "天台县卫生健康局"]
    alone = metadata_options("县卫生健康局开展工作。\n", Metadata("x", "县卫生健康局", None)).issuer
    assert [o.value for o in alone] == ["县卫生健康局"]  # no place written before it: nothing made up
