"""The second look for a title: marks, outline previews, run-in titles, chrome copies, decorated choices."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.ingest.title_rescue import rescue_title

BODY = "今年以来,我局紧紧围绕中心工作,认真履行职责,各项工作取得明显成效。"


def test_footnote_mark_glued_to_the_title() -> None:
    lines = ["2023年某市国民经济和社会发展统计公报①", "某市统计局", "2024年4月1日", BODY]
    choice = rescue_title(None, lines, ())
    assert choice is not None and choice.value == "2023年某市国民经济和社会发展统计公报"


def test_mark_dropped_from_a_chosen_title() -> None:
    choice = rescue_title("某县2021年工作总结[1]", ["某县2021年工作总结[1]", BODY], ())
    assert choice is not None and choice.value == "某县2021年工作总结"


def test_title_after_an_outline_preview() -> None:
    lines = ["提纲:", "一、抓好产业发展", "二、做好民生工作", "区某局2024年工作计划", "一、抓好产业发展。" + BODY]
    choice = rescue_title(None, lines, ())
    assert choice is not None and choice.value == "区某局2024年工作计划"


def test_title_running_into_the_first_paragraph() -> None:
    lines = ["市某局2020年工作计划2020年是“十三五”的收官之年,市某局将在市委的领导下," + BODY]
    choice = rescue_title(None, lines, ())
    assert choice is not None and choice.value == "市某局2020年工作计划"


def test_run_in_title_keeps_its_second_report_word() -> None:
    lines = ["某局2023年上半年工作总结和下半年工作计划2023年是开局之年," + BODY]
    choice = rescue_title(None, lines, ())
    assert choice is not None and choice.value == "某局2023年上半年工作总结和下半年工作计划"


def test_a_sentence_that_mentions_a_report_is_no_title() -> None:
    lines = ["现将上半年工作总结如下:" + BODY * 2]
    assert rescue_title(None, lines, ()) is None


def test_title_the_chrome_rules_took_out() -> None:
    chrome = ("某局上年度述职报告(2024年)", "下面是小编整理的某局上年度述职报告,供大家参考。", "某局上年度述职报告")
    choice = rescue_title(None, [BODY * 3], chrome)
    assert choice is not None and choice.value == "某局上年度述职报告"


def test_chrome_label_of_a_collection_page_is_no_title() -> None:
    chrome = ("首页 > 精品范文 > 新任组长述职报告", "新任组长述职报告", "篇(1)")
    assert rescue_title(None, ["新任组长述职报告精品(七篇)", BODY * 3], chrome) is None


def test_farm_label_calling_a_government_report_a_speech_is_no_title() -> None:
    lines = ["各位代表:", "现在,我代表区人民政府向大会报告工作,请予审议。", BODY * 3]
    assert rescue_title(None, lines, ("区政府工作会议的讲话",)) is None


def test_site_breadcrumb_and_category_lines_are_no_title() -> None:
    assert rescue_title(None, [BODY * 3], ("首页 > 工作总结", "工作总结", "述职报告")) is None


def test_own_title_over_the_delivery_line_beats_a_store_copy() -> None:
    lines = [
        "1 2021年某县政府工作报告(全文)",
        "政府工作报告",
        "——2021年1月27日在某县第十八届人民代表大会第五次会议上",
        "各位代表:",
    ]
    choice = rescue_title(lines[0], lines, ())
    assert choice is not None and choice.value == "政府工作报告"


def test_transmittal_notice_title_is_kept() -> None:
    title = "某镇人民政府关于印发2024年政府工作报告的通知"
    lines = [title, "2024年政府工作报告", "——2024年1月5日在某镇第十届人民代表大会第三次会议上"]
    assert rescue_title(title, lines, ()) is None


def test_breadcrumb_before_the_title_is_cut() -> None:
    current = "某台 > 新闻 > 图文 >某省政府工作报告"
    choice = rescue_title(current, [current, BODY], ())
    assert choice is not None and choice.value == "某省政府工作报告"


def test_site_name_after_the_title_is_dropped() -> None:
    current = "政府工作报告-某某官网政府工作报告"
    choice = rescue_title(current, [current, "政府工作报告", BODY], ())
    assert choice is not None and choice.value == "政府工作报告"


def test_a_clean_title_is_kept() -> None:
    title = "关于2020年度县级预算执行和其他财政收支的审计工作报告"
    lines = [title, "审计工作报告", "——2021年8月20日在某县人民代表大会常务委员会会议上"]
    assert rescue_title(title, lines, ()) is None


@given(st.lists(st.text(min_size=0, max_size=40), max_size=6), st.lists(st.text(max_size=30), max_size=4))
def test_a_rescued_title_comes_from_the_text_or_its_chrome(lines: list[str], chrome: list[str]) -> None:
    choice = rescue_title(None, [line.strip() for line in lines if line.strip()], tuple(chrome))
    if choice is not None and choice.value is not None:
        assert any(choice.value in source for source in [*lines, *chrome])


def test_province_tag_and_full_text_mark_around_a_title() -> None:
    lines = ["(某某省)2021年某县人民政府工作报告(全文)", "2021年1月8日某县第十七届人民代表大会第五次会议", "各位代表:"]
    choice = rescue_title(None, lines, ())
    assert choice is not None and choice.value == "2021年某县人民政府工作报告"


def test_a_year_opening_the_title_is_no_debris() -> None:
    assert rescue_title("2011 某省政府工作报告", ["2011 某省政府工作报告", BODY], ()) is None


def test_date_and_speaker_bracket_after_a_title() -> None:
    current = "某市政府工作报告(2022年1月13日 某某)"
    choice = rescue_title(current, [current, BODY], ())
    assert choice is not None and choice.value == "某市政府工作报告"


def test_doc_number_bracket_after_a_notice_title() -> None:
    current = "某市人民政府办公室关于印发某某实施意见的通知(某办发〔2017〕2号)"
    choice = rescue_title(current, [current, BODY], ())
    assert choice is not None and choice.value == "某市人民政府办公室关于印发某某实施意见的通知"


def test_index_number_glued_before_a_title() -> None:
    current = "监督索引号53092200631901000某县财政局2022年度部门决算"
    choice = rescue_title(current, [current, "目录"], ())
    assert choice is not None and choice.value == "某县财政局2022年度部门决算"


def test_speech_title() -> None:
    title = "县长某某在某县第十三届人民代表大会第五次会议上所做的政府工作报告(摘要)"
    choice = rescue_title(None, ["您的当前位置:", title, "(2001年3月13日)", BODY], ())
    assert choice is not None and choice.value == title


def test_wiki_infobox_name_row() -> None:
    lines = [BODY * 2, "基本介绍", "- 中文名:2004年某县政府工作报告", "- 汇报单位:某县人民政府"]
    choice = rescue_title(None, lines, ())
    assert choice is not None and choice.value == "2004年某县政府工作报告"


def test_ebook_chapter_label_is_no_title() -> None:
    choice = rescue_title("第44章 工作报告(7)", ["书城政治某县志", "第44章 工作报告(7)", "三、加强精神文明建设"], ())
    assert choice is not None and choice.value is None


def test_fuller_title_line_over_a_short_copy() -> None:
    lines = ["某县二〇二三年国民经济和社会发展统计公报", "国民经济和社会发展统计公报", "某县统计局", "2024年4月15日"]
    choice = rescue_title("国民经济和社会发展统计公报", lines, ())
    assert choice is not None and choice.value == "某县二〇二三年国民经济和社会发展统计公报"


def test_title_split_before_its_report_word() -> None:
    lines = ["选择区域:>>", "2019年某省某县国民经济和社会发展", "统计公报", "某县统计局", "(2020年7月10日)"]
    choice = rescue_title("统计公报", lines, ())
    assert choice is not None and choice.value == "2019年某省某县国民经济和社会发展统计公报"


def test_title_after_a_news_lead() -> None:
    lines = [
        "7月22日,某部举行新闻发布会,介绍上半年工作进展情况。",
        "2025年上半年某某工作主要进展情况及下一步安排",
        "(2025年7月)",
        BODY,
    ]
    choice = rescue_title(None, lines, ())
    assert choice is not None and choice.value == "2025年上半年某某工作主要进展情况及下一步安排"


def test_title_after_an_unlabelled_heading_preview() -> None:
    lines = [
        "一、重点工作推进情况",
        "(一)产业发展势头强劲",
        "(二)基础设施扎实推进",
        "某镇2025年工作总结及2026年工作计划",
        BODY,
    ]
    choice = rescue_title(None, lines, ())
    assert choice is not None and choice.value == "某镇2025年工作总结及2026年工作计划"


def test_farm_label_dating_an_undated_text_is_no_title() -> None:
    lines = ["XX年,在县委的正确领导下,科技工作成效明显。现述职如下:", "一、强化政治品质修养"]
    assert rescue_title(None, lines, ("2024年科技局局长述职述廉报告",)) is None


def test_store_label_contradicting_the_text_year_is_dropped() -> None:
    label = "2021年全区水利工作总结及2021年工作计划"
    lines = [label, "一、2020年水利工作情况", "2020年是极不平凡的一年," + BODY]
    choice = rescue_title(label, lines, ("首页 > 工作总结", label))
    assert choice is not None and choice.value is None


def test_label_of_an_undated_text_is_kept() -> None:
    label = "乡镇第一季度工作总结和第二季度工作计划"
    assert rescue_title(label, [label, BODY], (label,)) is None


def test_wrapped_title_fragment_in_chrome_is_no_title() -> None:
    assert rescue_title(None, [BODY * 3], ("和其他财政收支的审计工作报告",)) is None


def test_sentence_subject_is_no_run_in_title() -> None:
    assert rescue_title(None, ["本年度报告中所列数据的统计期限自2023年1月1日起," + BODY], ()) is None


def test_notice_title_over_three_lines_under_its_office() -> None:
    lines = ["某市某区人民政府办公室", "关于印发2021年政府工作报告重点工作", "责任分解的通知", "各镇人民政府:"]
    choice = rescue_title("关于印发2021年政府工作报告重点工作责任分解的通知", lines, ())
    assert (
        choice is not None and choice.value == "某市某区人民政府办公室关于印发2021年政府工作报告重点工作责任分解的通知"
    )


def test_title_standing_alone_in_book_marks() -> None:
    title = "某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知"
    choice = rescue_title(None, [f"某政办发〔2016〕26号《{title}》", f"《{title}》", "某政办发〔2016〕26号"], ())
    assert choice is not None and choice.value == title


def test_title_whose_second_line_went_to_chrome() -> None:
    lines = ["2018年度某某州电子政务办公室", "目 录", "第一部分部门单位概况"]
    choice = rescue_title(None, lines, ("部门决算公开说明",))
    assert choice is not None and choice.value == "2018年度某某州电子政务办公室部门决算公开说明"


def test_related_links_in_chrome_are_no_title() -> None:
    chrome = ("相关文章", "某县2023年政府工作报告", "某局2022年工作总结", "某镇2024年工作计划")
    assert rescue_title(None, [BODY * 3], chrome) is None


def test_plan_year_label_over_a_review_excerpt_is_kept() -> None:
    label = "2022年某县政府工作报告"
    lines = [label, "一、2021年工作回顾", "2021年是极不平凡的一年," + BODY]
    assert rescue_title(label, lines, (label,)) is None


def test_chunk_numbered_title_running_into_its_first_heading() -> None:
    lines = ["1、政府工作报告一、基本情况。某乡位于某县西北部,距县城60公里,地处平原过渡地带,属半山区。"]
    choice = rescue_title(None, lines, ())
    assert choice is not None and choice.value == "政府工作报告"


@given(st.text(alphabet="某局县市年月日工作总结计划报告一二三、。,，是今在的2019 ", max_size=120))
def test_run_in_title_is_a_prefix_of_the_line(line: str) -> None:
    choice = rescue_title(None, [line], ())
    if choice is not None and choice.value is not None:
        assert choice.value in line


def test_page_title_whose_year_the_short_excerpt_never_reaches_is_the_title() -> None:
    # a 2,000-byte web excerpt: the page title and its copy went to chrome, the text is cut before it writes a year
    title = "区某某局2023年上半年工作总结及下半年工作安排"
    chrome = ("当前位置: 首页 > 计划总结 > 工作总结", title, title)
    lines = ["一、上半年工作情况", "(一)着力推进融合发展", "今年以来,在区委、区政府的坚强领导下," + BODY]
    choice = rescue_title(None, lines, chrome)
    assert choice is not None and choice.value == title


def test_own_title_over_its_delivery_line_beats_the_page_heading_above() -> None:
    # a site's heading names the meeting; the report's own title stands over its delivery line (a draft: day blank)
    page = "在某县第十五届人民代表大会第一次会议上的政府工作报告"
    lines = [page, "政府工作报告", "——2007年12月 日在某县第十五届人民代表大会第一次会议上", "各位代表:", BODY]
    assert rescue_title("政府工作报告", lines, ()) is None


def test_a_notices_own_title_set_aside_over_its_addressees_beats_the_document_it_sends() -> None:
    title = "宁远部 宁远总局关于新型材料增值税政策的通知"
    lines = ["各省、自治区、直辖市财政厅（局）、国家税务局：", "现就部分新型材料增值税政策明确如下：", BODY]
    choice = rescue_title(
        "享受增值税即征即退政策的新型材料目录",
        lines,
        (title, "收藏字号： 大 中 小"),
        block=(title, "收藏字号： 大 中 小"),
    )
    assert choice is not None and choice.value == title
    no_addressees = rescue_title("享受增值税即征即退政策的新型材料目录", lines[1:], (title,), block=(title,))
    assert no_addressees is None or no_addressees.value != title


def test_a_contents_part_title_on_the_line_under_its_label_is_no_title() -> None:
    # 目录 / 第一部分 / the part's title / its items: the contents name the document's parts, not its title
    lines = ["目录", "第一部分", "2030年度某局部门预算说明", "一、部门职责", "二、收支预算", "第二部分", "预算报表"]
    lines += ["一、收支总表", "二、收入总表", BODY * 2]
    assert rescue_title(None, lines, ()) is None


def test_tables_named_in_book_marks_are_contents_entries() -> None:
    lines = ["目录", "第一部分 部门概况", "一、主要职能", "第二部分 决算报表", "《收入支出决算总表》", "《收入决算表》"]
    lines += ["《项目支出决算明细表》", "三、其他情况(2张):", "《资产情况表》"]
    assert rescue_title(None, lines, ()) is None


def test_a_contents_entry_is_no_copy_of_a_title_the_chrome_took_out() -> None:
    lines = ["目录", "第一部分", "2030年度某局部门预算说明", "一、部门职责", BODY * 3]
    chrome = ("扫一扫关注", "2030年度某局部门预算说明")
    assert rescue_title(None, lines, chrome) is None


def test_the_title_after_a_contents_list_with_part_labels_alone() -> None:
    lines = ["目录", "第一部分", "报告", "第二部分", "报表", "关于某县2030年财政决算的报告", "各位代表:", BODY]
    choice = rescue_title(None, lines, ())
    assert choice is not None and choice.value == "关于某县2030年财政决算的报告"


def test_a_store_cut_label_inside_the_page_title_and_its_copy_is_not_the_title() -> None:
    # the page title and its copy hold the cut label 半年工作总结: they back the whole title, not the cut
    chrome = ("某局上半年工作总结", "导语:某局上半年工作总结一文来源于网友上传", "某局上半年工作总结", "半年工作总结")
    choice = rescue_title(None, [BODY * 3], chrome)
    assert choice is not None and choice.value == "某局上半年工作总结"


@pytest.mark.parametrize("count", ["8页", "12页", "3 页"])
def test_a_store_page_count_glued_before_the_title_is_debris(count: str) -> None:
    current = count + "某局上半年工作报告"
    choice = rescue_title(current, [current, BODY], ())
    assert choice is not None and choice.value == "某局上半年工作报告"
