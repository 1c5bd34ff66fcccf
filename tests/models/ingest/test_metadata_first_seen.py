"""Metadata families first seen on hold-out sets 13-14, each with the variants a web excerpt comes in."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

PARA = (
    "2022年以来，我局认真贯彻落实上级决策部署，统筹发力，积极作为，形成司法行政工作高质量发展新态势，"
    "全年办理法律援助案件1200件，同比增长5%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt")


def _traditional(text: str) -> str:
    from opencc import OpenCC  # the reader converts a traditional copy; the variant is made the other way

    return str(OpenCC("s2t").convert(text))


def _halfwidth(text: str) -> str:
    return text.translate(str.maketrans("，。：；（）", ",.:;()"))


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_two_part_title_over_the_heading_of_its_first_part(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某某区司法局2022年工作总结和2023年工作要点\n某某区司法局2022年工作总结\n"
        + PARA * 3
        + "\n一、三级联动\n"
        + PARA
    )
    meta = _meta(variant(text))
    assert meta.title is not None
    assert meta.title.replace("總結", "总结").endswith("2023年工作要点")


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, lambda t: t.replace("\n", " ")])
def test_a_farms_model_essay_suffix_is_left_off_the_title(variant) -> None:  # type: ignore[no-untyped-def]
    text = "气象局2020年工作总结范文\n" + PARA * 3 + "\n(一)聚焦民生需求\n" + PARA
    meta = _meta(variant(text))
    assert meta.title is not None
    assert "范文" not in meta.title
    assert meta.title.replace("總結", "总结").endswith("2020年工作总结")


PORTAL_HEAD = (
    "索引号: 468049301/2022-00003 信息分类: 城乡建设\n发布机构: 市城管局 发文日期: 2022-01-14\n文号: 无号 主题词:\n"
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_bureau_the_page_names_without_its_place_is_unknown(variant) -> None:  # type: ignore[no-untyped-def]
    text = PORTAL_HEAD + "\n城市管理2021年工作总结暨2022年工作计划\n\n" + PARA * 3
    meta = _meta(variant(text))
    assert (meta.issuer, meta.doc_number) == (None, None)
    assert meta.date == "2022-01-14"


def test_a_bureau_the_page_names_without_its_place_takes_the_place_the_text_gives() -> None:
    text = PORTAL_HEAD + "\n城市管理2021年工作总结\n\n" + "今年以来，宜昌市城管局围绕宜昌城市更新开展工作。" + PARA * 2
    assert _meta(text).issuer == "宜昌市城管局"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth, lambda t: t.replace("\n\n", " ")])
def test_a_bureau_whose_kind_starts_like_a_place_takes_the_place_the_text_gives(variant) -> None:  # type: ignore[no-untyped-def]
    # 市城市管理局: 市城 is no place; the bureau is the city's the text keeps naming
    text = (
        "市城市管理局2022年工作情况报告\n\n日期:2023年06月28日\n\n"
        "2022年，市城市管理局全面贯彻上级部署，施行《宜昌市生活垃圾管理条例》《宜昌市城市供水条例》，"
        "宣传贯彻《宜昌市城市道路管理办法》。" + PARA * 2
    )
    assert _meta(variant(text)).issuer == "宜昌市城市管理局"


SPEECH = (
    "某某在全国某某工作会议上的报告\n\n全面贯彻落实党的二十大精神\n\n奋力书写某某事业高质量发展新篇章\n\n"
    "——在全国某某工作会议上的报告\n\n(2023年2月16日)\n\n某某某\n\n同志们:\n\n" + PARA * 3
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth, lambda t: t.replace("——", "--")])
def test_a_speech_title_in_two_lines_over_its_setting(variant) -> None:  # type: ignore[no-untyped-def]
    meta = _meta(variant(SPEECH))
    assert meta.title == "全面贯彻落实党的二十大精神奋力书写某某事业高质量发展新篇章"
    assert meta.date == "2023-02-16"


def test_a_one_line_title_over_a_speechs_setting() -> None:
    text = "奋力书写某某事业高质量发展新篇章\n——在全国某某工作会议上的讲话\n同志们:\n" + PARA * 2
    assert _meta(text).title == "奋力书写某某事业高质量发展新篇章"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_title_with_its_issuers_line_run_onto_it(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "宜昌市2020年国民经济和社会发展统计公报宜昌市统计局\n国家统计局宜昌调查队 2021年3月25日\n"
        "2020年是极不平凡的一年，全市人民坚持稳中求进工作总基调。一、综合\n" + PARA * 2
    )
    meta = _meta(variant(text))
    assert meta.title == "宜昌市2020年国民经济和社会发展统计公报"
    assert meta.date == "2021-03-25"


def test_a_title_ending_in_a_bureaus_kind_is_not_cut() -> None:
    text = "关于印发宜昌市统计局工作规则的通知\n各科室：\n" + PARA * 2
    assert _meta(text).title == "关于印发宜昌市统计局工作规则的通知"


COMPILATION = (
    "教育局2024年工作要点汇编(3篇)\n目录\n1.\n宜昌市教育局2024年工作要点2\n2.区教育局2024年工作要点15\n"
    "3.县教育局2024年工作要点23\n宜昌市教育局2024年工作要点\n" + PARA * 2 + "\n一、加强党的领导\n" + PARA
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_compilation_is_filed_under_its_first_documents_title(variant) -> None:  # type: ignore[no-untyped-def]
    assert _meta(variant(COMPILATION)).title == "宜昌市教育局2024年工作要点"


def test_a_spinners_compilation_label_gives_way_to_the_first_document() -> None:
    text = (
        "汇编科学技术局2024年度工作计划\n目录 :\n1.市科学技术局2024年度工作计划\n2.市科学技术局2024年度普法工作计划\n"
        "市科学技术局2024年度工作计划1:\n" + PARA * 2
    )
    assert _meta(text).title == "市科学技术局2024年度工作计划"


def test_a_reports_own_table_of_contents_keeps_its_title() -> None:
    text = (
        "宜昌市教育局2023年工作总结和2024年工作要点\n目录\n1.2023年工作总结\n2.2024年工作要点\n"
        "2023年工作总结\n" + PARA * 2 + "\n2024年工作要点\n" + PARA
    )
    assert _meta(text).title == "宜昌市教育局2023年工作总结和2024年工作要点"


SESSION = (
    "发布日期: 2019-01-18 15:20:05 点击率:\n\n宜昌区七届人大三次会议文件(20\n\n政府工作报告\n\n"
    "2019116日在宜昌区第七届人民代表大会第三次会议上)\n\n宜昌区人民政府区长\n\n各位代表:\n\n"
    "现在,我代表区人民政府向大会报告工作,请予审议。\n\n一、2018年工作回顾\n\n" + PARA
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_session_papers_label_over_a_report_whose_date_lost_its_marks(variant) -> None:  # type: ignore[no-untyped-def]
    meta = _meta(variant(SESSION))
    assert meta.title == "政府工作报告"
    assert meta.date == "2019-01-16"  # 2019-11-06 would be after the page's date


def test_lost_marks_read_two_ways_without_a_page_date_give_no_date() -> None:
    from models.ingest.metadata_dates import lost_marks_date

    assert lost_marks_date("2019116日在某区第七届人民代表大会第三次会议上)") is None
    assert lost_marks_date("2019116日在某区第七届人民代表大会第三次会议上)", "2019-01-18") == "2019-01-16"
    assert lost_marks_date("——2018724日在某市会议上") == "2018-07-24"
