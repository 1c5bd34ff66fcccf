"""Title families of first-sight misses (session 17): a page's heading or a tag glued to the own title, a one-line
copy's title run into its first clause, a speech's meeting-report subtitle; each on a made-up snippet."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_fields import parse_fields
from models.ingest.metadata_oneline import lined_copy
from models.ingest.title_aside import from_chrome
from models.ingest.title_run_in import title_before_clause
from models.types import Metadata

PARA = (
    "过去一年，全县上下坚持稳中求进工作总基调，统筹发展和安全，经济运行总体平稳，"
    "全年地区生产总值完成120亿元，同比增长6%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("above", "own"),
    [
        ("[LV.3]偶尔看看II", "2020年某市某区政府工作报告"),  # a forum's rank tag over the title (disc 1522)
        ("某镇2011年烤烟生产工作小结", "某镇二○一一年烤烟生产工作总结"),  # a store's page title over the own (1451)
        ("网友上传", "2019年某县农业农村局工作总结"),
    ],
)
def test_a_line_over_a_whole_title_opening_as_titles_open_is_no_first_half_of_it(above: str, own: str) -> None:
    text = f"{above}\n{own}\n各位代表:\n" + PARA * 3
    assert _meta(text).title == own


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("某县人民政府关于印发", "2021年某县优化营商环境实施方案的通知"),
        ("某县某乡人民政府(本级)", "2020年度部门决算情况说明"),  # the body and its note over the title (1234)
        ("平阴县", "2020年国民经济和社会发展统计公报"),
    ],
)
def test_a_title_split_after_its_opening_words_or_its_body_is_still_joined(first: str, second: str) -> None:
    text = f"{first}\n{second}\n一、基本情况\n" + PARA * 3
    assert _meta(text).title == first + second


def test_a_pages_heading_glued_before_the_own_title_it_ends_with_gives_the_own() -> None:
    # 2021年政府工作报告政府工作报告: the source page's heading, then the report's own title (1312)
    text = (
        "2021年政府工作报告政府工作报告\n——2021年4月27日在某县第十七届人民代表大会第五次会议上\n各位代表:\n" + PARA * 3
    )
    assert _meta(text).title == "政府工作报告"


def test_a_stores_category_word_doubled_after_the_title_is_no_own_title() -> None:
    # …工作总结工作总结: the store's category, the title stays whole (404)
    text = "2021年上半年某乡政府工作总结工作总结 2021年上半年某乡政府工作总结今年以来,乡党委政府认真落实。" + PARA * 4
    assert _meta(text).title == "2021年上半年某乡政府工作总结"


@pytest.mark.parametrize("tag", ["【余杭区招商】", "【招商动态】"])
def test_a_farms_column_tag_before_a_dated_title_naming_its_body_goes(tag: str) -> None:
    # 【余杭区招商】2015年杭州市余杭区政府工作报告 (1499), as 【奋进黄南】黄南州农牧局… (1208)
    text = f"{tag}2015年某市某区政府工作报告\n各位代表:\n" + PARA * 3
    assert _meta(text).title == "2015年某市某区政府工作报告"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("乡镇XX年一季度工作情况汇报一季度,全镇上下认真贯彻落实", "乡镇XX年一季度工作情况汇报"),  # 1449
        ("XX年工业区管委会工作总结成凉工业园区作为xx市经济转型升级的排头兵,一直秉承", "XX年工业区管委会工作总结"),
        ("2021年工作总结及2022年工作打算吴中区工信局2022年1月2021年,区工信局对照", "2021年工作总结及2022年工作打算"),
        (
            "年建设局工作总结及工作计划年月日今年以来在县委县政府的正确领导下在上级有关部门",
            "年建设局工作总结及工作计划",
        ),
        (  # a store's title glued before the own one, then the text (disc 1579)
            "乡镇上半年主要工作情况与下一步工作计划乡镇上半年主要工作情况与下一步工作打算今年以来,我乡",
            "乡镇上半年主要工作情况与下一步工作打算",
        ),
    ],
)
def test_a_one_line_copys_title_runs_into_its_first_clause(line: str, title: str) -> None:
    assert title_before_clause(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "今年以来,我局工作总结如下,一是加强领导",  # a sentence opens the copy
        "XX 年上半年工作总结 2016 年,我区林业工作按照",  # a blank breaks it: the lined read's (1245)
        "某局2021年工作总结和2022年工作计划",  # nothing runs on
    ],
)
def test_no_title_runs_into_a_clause_where_the_copy_opens_with_text_or_a_break(line: str) -> None:
    assert title_before_clause(line) is None


def test_a_one_line_docstore_copy_is_filed_under_the_title_it_opens_with() -> None:
    text = "XX年工业区管委会工作总结成凉工业园区作为xx市经济转型升级的排头兵,一直秉承“建好一个园区”的理念。" + PARA * 4
    assert _meta(text).title == "XX年工业区管委会工作总结"


def test_a_slogan_over_a_meeting_report_subtitle_is_the_title() -> None:
    # 勇担时代使命 勇于开拓创新 / 奋力开创…新局面 / ——2024年全省…工作会议报告 (disc 1541)
    text = (
        "勇担时代使命  勇于开拓创新\n奋力开创数据工作新局面\n——2024年全省数据工作会议报告\n"
        "省数据局局长\n某  某\n(2024年7月16日)\n同志们:\n" + PARA * 3
    )
    meta = _meta(text)
    assert meta.title == "勇担时代使命勇于开拓创新奋力开创数据工作新局面"
    assert meta.date == "2024-07-16"


def test_a_name_fields_value_loses_the_next_columns_empty_label() -> None:
    # 标 题:某乡2020年政府工作报告 生效日期: (disc 1556)
    fields = parse_fields("索 引 号:abc-/2021-0329001 发文字号: 主 题 词: 标 题:某乡2020年政府工作报告 生效日期:")
    assert fields is not None
    assert ("名称", "标题", "某乡2020年政府工作报告") in fields


def test_a_letter_spaced_key_of_a_one_line_copys_index_row_stays_one_key() -> None:
    # 发文字号: 主 题 词: 标 题:…: the spaced keys are no values of the key before them (disc 1556)
    row = "索 引 号:abc-/2021-0329001 公开范围:公开 发文字号: 主 题 词: 标 题:某乡2020年政府工作报告 生效日期:"
    lined = lined_copy(row + " " + PARA * 6)
    assert lined is not None
    assert "发文字号:  主 题 词:" in lined or "\n主 题" not in lined
    assert _meta(row + "\n\n某乡2020年政府工作报告\n\n" + PARA * 6).doc_number is None


@pytest.mark.parametrize("tag", ["[四川] ", "[转载]", "【热点】", "(四川)"])
def test_a_region_or_column_tag_in_any_brackets_before_a_title_goes(tag: str) -> None:
    # [四川] 2020年成都市成华区政府工作报告: a forum's region tag (disc 1522), as (四川) before a title
    text = f"{tag}2020年某市某区政府工作报告\n各位代表:\n" + PARA * 3
    assert _meta(text).title == "2020年某市某区政府工作报告"


def test_a_title_set_aside_over_a_portals_field_rows_and_a_bracketed_delivery_line_is_the_title() -> None:
    # 186: the page title went with the chrome; the text opens with the portal's field rows, then the delivery line
    chrome = ("1. 当前位置:", "2. 首页 > 政务公开 > 某县人民政府 > 政府工作报告", "3. > 正文", "2022年某县政府工作报告")
    lines = [
        "索  引  号 K45899617/2023-00501 主题分类",
        "名        称",
        "文        号 〔〕号 有  效  性",
        "来        源 某县人民政府办公室",
        "(2023年1月10日在某县第十七届人民代表大会第三次会议上",
        "县长 某某某",
        "各位代表:",
        "一、2022年工作回顾",
    ]
    assert from_chrome(chrome, lines, "2023") == "2022年某县政府工作报告"
    assert from_chrome(chrome, lines[4:], "2023") == "2022年某县政府工作报告"
    assert from_chrome(chrome, ["名        称", "现将有关情况报告如下:"], "2023") is None
