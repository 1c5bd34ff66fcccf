"""Shapes the corpus lacks but its families have (issue 17): parenthesised runs alone, headings after a full
stop in a one-line text, attachments holding tables, chapters with a contents list."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_parenthesised_sections_without_any_top_numbering() -> None:
    lines = ["某镇2023年上半年工作总结", "今年以来，我镇紧紧围绕年度目标任务，扎实推进各项工作。"]
    for name in ("一", "二", "三"):
        lines += [f"（{name}）第{name}项重点工作", PARA]
    assert flat("\n".join(lines)) == [
        (1, "（一）", "第一项重点工作"),
        (1, "（二）", "第二项重点工作"),
        (1, "（三）", "第三项重点工作"),
    ]


def test_top_headings_after_a_full_stop_in_a_one_line_text() -> None:
    text = (
        "某局2023年工作总结 今年以来，我局认真落实各项部署，现将有关情况报告如下。一、主要工作成效。"
        + PARA * 3
        + "二、存在的问题。"
        + PARA * 2
        + "三、下一步工作打算。"
        + PARA * 2
    )
    assert [(lv, lab) for lv, lab, _ in flat(text)] == [(1, "一、"), (1, "二、"), (1, "三、")]


def test_an_attachment_with_a_table_flattened_one_cell_a_line() -> None:
    lines = [
        "某局关于印发2023年工作要点的通知",
        "各科室：现将《2023年工作要点》印发给你们，请认真贯彻执行。",
        "一、总体要求",
        PARA,
        "二、重点任务",
        PARA,
        "附件1",
        "重点任务分解表",
        "序号",
        "任务",
        "责任科室",
        "1",
        "推进项目建设",
        "规划科",
        "2",
        "加强安全生产",
        "安监科",
    ]
    got = flat("\n".join(lines))
    assert got[:2] == [(1, "一、", "总体要求"), (1, "二、", "重点任务")]
    assert got[2][1] == "附件1"
    assert all(label not in ("1", "2") for _, label, _ in got)


def test_chapters_and_sections_after_a_contents_list() -> None:
    lines = [
        "某县国土空间总体规划说明",
        "目录",
        "第一章 规划总则",
        "第一节 规划目的",
        "第二节 规划依据",
        "第二章 发展目标",
        "第一章 规划总则",
        "第一节 规划目的",
        PARA,
        "第二节 规划依据",
        PARA,
        "第二章 发展目标",
        PARA,
    ]
    assert flat("\n".join(lines)) == [
        (1, "第一章", "规划总则"),
        (2, "第一节", "规划目的"),
        (2, "第二节", "规划依据"),
        (1, "第二章", "发展目标"),
    ]


def test_a_parenthesised_heading_run_on_after_a_blank_on_its_parents_line() -> None:
    lines = [
        "某区民政局2017年部门决算",
        "第一部分:某区民政局概况",
        "一、基本职能及主要工作 (一)贯彻执行国家关于社会行政事务的法律、法规和政策",
        "(二)负责辖区内社会团体的登记管理和年度检查工作",
        PARA,
    ]
    assert flat("\n".join(lines)) == [
        (1, "第一部分", "某区民政局概况"),
        (2, "一、", "基本职能及主要工作"),
        (3, "(一)", "贯彻执行国家关于社会行政事务的法律、法规和政策"),
        (3, "(二)", "负责辖区内社会团体的登记管理和年度检查工作"),
    ]


def test_a_heading_naming_its_own_quarter_or_month_is_not_a_range() -> None:
    text = "\n".join(
        [
            "某街道2023年一季度工作总结和二季度工作计划",
            "一季度，街道上下围绕年度目标，扎实推进各项工作，现汇报如下：",
            "一、一季度工作总结",
            "（一）经济运行稳中有进。",
            PARA,
            "二、二季度工作计划",
            "（一）抓好项目建设。",
            PARA,
            "一、二季度累计完成投资2.1亿元，同比增长12%。",
        ]
    )
    assert flat(text) == [
        (1, "一、", "一季度工作总结"),
        (2, "（一）", "经济运行稳中有进"),
        (1, "二、", "二季度工作计划"),
        (2, "（一）", "抓好项目建设"),
    ]


def test_a_yearbook_entry_s_bracketed_heads_are_top_sections_over_its_numbered_ones() -> None:
    # a local yearbook's entry: 〔机构队伍〕… 〔事业状况〕… run in at their paragraphs' start, 一、… under the second
    lines = ["〔机构队伍〕全局设办公室、综合科、农调队。" + PARA, "〔事业状况〕全年圆满完成了各项工作任务。"]
    lines += ["一、各项调查任务顺利完成。" + PARA, "二、统计基础工作得到加强。" + PARA]
    assert flat("\n".join(lines)) == [
        (1, "", "机构队伍"),
        (1, "", "事业状况"),
        (2, "一、", "各项调查任务顺利完成"),
        (2, "二、", "统计基础工作得到加强"),
    ]


def test_one_bracketed_word_opening_a_paragraph_is_no_head() -> None:
    lines = ["某局2023年工作总结", PARA, "〔注〕本文数据为初步统计数。" + PARA, "一、主要工作", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "主要工作")]


def test_a_quoted_name_heading_drops_its_lead_in_colon() -> None:
    text = "\n".join(
        [
            "新华社3月13日发布《政府工作报告》全文。",
            "《政府工作报告》全文：",
            "一、2025年工作回顾",
            PARA,
            "二、今年的工作",
            PARA,
        ]
    )
    assert flat(text)[0] == (1, "", "《政府工作报告》全文")


def test_an_issued_documents_title_takes_its_period_from_the_line_under_it() -> None:
    lines = ["市政府关于印发《某市文化产业发展规划纲要》的通知", "各区县人民政府：", "现印发给你们，请认真贯彻执行。"]
    lines += ["某市人民政府", "二○○六年九月六日", "某市文化产业发展规划纲要", "（2006—2010年）", PARA]
    lines += ["一、发展背景", PARA, "二、发展目标", PARA]
    assert flat("\n".join(lines))[0] == (1, "", "某市文化产业发展规划纲要（2006—2010年）")
