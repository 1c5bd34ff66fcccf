"""Tables of contents in the shapes real reports carry them (issue 17): marked, bracketed, unmarked, cut short."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_bracketed_contents_marker_in_a_one_line_pdf_copy_with_the_body_cut_short() -> None:
    # an excerpt: the contents lists five parts, the body shown holds only the first
    contents = (
        "某县水利服务中心 2022 年度决算公开说明 (目录) 第一部分:基本情况 一、部门主要职能 二、机构设置情况 "
        "第二部分:2022 年度部门决算情况说明 一、收入支出决算总体情况 二、财政拨款支出决算情况 "
        "第三部分:其他重要事项情况说明 一、关于机关运行经费支出说明 第四部分:名词解释 "
        "表 1:收入支出决算总表 表 2:收入决算表 "
    )
    body = f"第一部分:基本情况 一、部门主要职能 {PARA} {PARA} 负责全县水利工程的 建设与管理，"
    assert flat(contents + body) == [(1, "第一部分", "基本情况"), (2, "一、", "部门主要职能")]


def test_an_unmarked_contents_list_ends_where_its_first_entry_comes_again() -> None:
    lines = [
        "某局2021年部门决算",
        "第一章 总体情况",
        "第一节 部门职责",
        "第二节 机构设置",
        "第二章 收支情况",
        "第一节 收入情况",
        "第一章 总体情况",
        "第一节 部门职责",
        PARA,
        "第二节 机构设置",
        PARA,
    ]
    assert flat("\n".join(lines)) == [(1, "第一章", "总体情况"), (2, "第一节", "部门职责"), (2, "第二节", "机构设置")]


def test_a_contents_line_written_with_a_full_width_bracket_and_spaces() -> None:
    lines = [
        "某市审计局2020年部门决算",
        "【目  录】",
        "一、部门概况",
        "二、决算情况说明",
        "三、名词解释",
        "一、部门概况",
        PARA,
        "二、决算情况说明",
        PARA,
    ]
    assert flat("\n".join(lines)) == [(1, "一、", "部门概况"), (1, "二、", "决算情况说明")]


def test_a_heading_repeated_after_prose_is_not_a_contents_entry() -> None:
    lines = ["某局工作总结", "一、主要成效", PARA, "二、存在问题", PARA, "附件", "一、主要成效", PARA]
    assert [t for _, _, t in flat("\n".join(lines))].count("主要成效") == 2


def test_an_issued_document_titled_with_its_authors_name_over_two_lines_governs_its_sections() -> None:
    lines = [
        "某县某镇人民政府关于印发2024年政府工作报告的通知",
        "各村（居）民委员会：",
        "2024年《政府工作报告》已经镇人民代表大会审议通过，现印发给你们，请认真贯彻落实。",
        "某县某镇人民政府",
        "2024年2月22日",
        "某县某镇人民政府",
        "2024年政府工作报告",
        "各位代表：",
        "现在，我代表镇人民政府向大会作工作报告，请予审议。",
        "一、2023年工作回顾",
        PARA,
        "二、2024年工作安排",
        PARA,
    ]
    assert flat("\n".join(lines)) == [
        (1, "", "某县某镇人民政府\n2024年政府工作报告"),
        (2, "一、", "2023年工作回顾"),
        (2, "二、", "2024年工作安排"),
    ]


def test_an_issued_report_titled_with_its_authors_name_run_into_the_quoted_name_governs_its_sections() -> None:
    # 某区人民 + 政府工作报告: the author's name ends inside the quoted name (人民政府 / 政府工作报告 share 政府)
    lines = [
        "某市某区人民政府关于印发2021年政府工作报告的通知",
        "各镇人民政府，区政府各部门：",
        "《政府工作报告》已经区人民代表大会审议通过，现印发给你们，请认真组织实施。",
        "某市某区人民政府",
        "2021年3月19日",
        "某市某区人民政府工作报告",
        "——2021年3月10日在某区人民代表大会上",
        "各位代表：",
        "现在，我代表区人民政府，向大会报告政府工作，请予审议。",
        "一、2020年工作回顾",
        PARA,
        "二、2021年工作安排",
        PARA,
    ]
    assert flat("\n".join(lines)) == [
        (1, "", "某市某区人民政府工作报告"),
        (2, "一、", "2020年工作回顾"),
        (2, "二、", "2021年工作安排"),
    ]


def test_a_semicolon_inside_brackets_does_not_end_a_task_title() -> None:
    lines = [
        "某局规划编制工作方案",
        "一、工作任务",
        "1.规划草案统稿工作(牵头领导：张三;责任处室：办公室)",
        "2.专项规划编制工作(牵头领导：李四;责任处室：规财处、医政处)",
        PARA,
    ]
    titles = [t for _, _, t in flat("\n".join(lines))]
    assert titles[1:] == [
        "规划草案统稿工作(牵头领导：张三;责任处室：办公室)",
        "专项规划编制工作(牵头领导：李四;责任处室：规财处、医政处)",
    ]


def test_an_unmarked_contents_list_whose_entries_are_worded_otherwise_in_the_body() -> None:
    lines = [
        "某区民政局2017年部门决算",
        "第一部分:某区民政局概况",
        "一、主要职能",
        "二、部门决算单位构成",
        "第二部分:某区民政局2017年度部门决算情况说明",
        "一、2017年度收入支出决算总体情况。",
        "二、2017年度一般公共预算支出决算情况。",
        "第一部分:某区民政局概况",
        "一、基本职能及主要工作",
        PARA,
        "二、部门决算单位构成",
        PARA,
    ]
    assert flat("\n".join(lines)) == [
        (1, "第一部分", "某区民政局概况"),
        (2, "一、", "基本职能及主要工作"),
        (2, "二、", "部门决算单位构成"),
    ]


def test_contents_entries_with_spaced_leaders_in_a_one_line_copy() -> None:
    leader = " " + "." * 60 + " "
    text = (
        f"某乡人民政府2021年度部门决算公开说明 目 录 第一部分 部门概况{leader}1 一、部门职责{leader}1 "
        f"二、机构设置{leader}2 第二部分 2021年度部门决算公开报表{leader}2 一、收入支出决算总表{leader}2 "
        f"二、收入决算表{leader}3"
    )
    assert flat(text) == []


def test_a_notice_issuing_several_documents_titles_each_above_its_parts() -> None:
    items = iter(["完善财政政策体系", "推进要素市场化配置改革", "加快数字化改革", "深化国资国企改革"])
    lines = [
        "某省人民政府办公厅关于印发2023年政府工作报告重点工作责任分解的通知",
        "各市、县人民政府，省政府直属各单位：",
        "《政府工作报告“十四五”时期重点工作责任分解》《政府工作报告2023年重点工作责任分解》"
        "和《五方面民生实事责任分解》已经省政府同意，现印发给你们，请认真贯彻执行。",
        "某省人民政府办公厅",
        "2023年1月31日",
        "",
        "政府工作报告“十四五”时期重点工作责任分解",
        "一、某省长牵头重点工作",
        "稳步化解地方政府隐性债务风险。",
        "责任单位：省财政厅",
        "二、常务副省长牵头重点工作",
        "1. 加快服务业高质量发展。",
        "责任单位：省发展改革委",
        "2. 推动区域协调发展。",
        "责任单位：省发展改革委",
        "",
        "政府工作报告2023年重点工作责任分解",
    ]
    for n in "一二":
        lines += [f"{n}、某副省长牵头重点工作", f"1. {next(items)}。", "责任单位：省财政厅"]
        lines += [f"2. {next(items)}。", "责任单位：省发展改革委"]
    lines += [
        "",
        "五方面民生实事责任分解",
        "1. 提升营商环境。（责任单位：省商务厅）",
        "2. 推进乡村振兴。（责任单位：省农业农村厅）",
    ]
    got = [(s.level, s.label, s.title) for s in walk_sections(build_outline("\n".join(lines)))]
    assert [g for g in got if g[1] == ""] == [
        (1, "", "政府工作报告“十四五”时期重点工作责任分解"),
        (1, "", "政府工作报告2023年重点工作责任分解"),
        (1, "", "五方面民生实事责任分解"),
    ]
    assert [g[0] for g in got if g[1].endswith("、")] == [2, 2, 2, 2]
    assert [g[0] for g in got if g[1] == "1."] == [3, 3, 3, 2]


def test_a_doc_sites_outline_before_the_title_of_an_excerpt_that_ends_in_the_first_part() -> None:
    # the site's generated list of the report's headings, then the title, the address and the first part only
    lines = [
        "一、上年工作回顾",
        "二、今年主要任务",
        "(一)抓好项目建设",
        "(二)办好民生实事",
        "三、加强政府自身建设",
        "某县政府工作报告",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议。",
        "一、上年工作回顾",
        PARA,
        PARA,
    ]
    assert flat("\n".join(lines)) == [(1, "一、", "上年工作回顾")]


def test_a_budget_packages_unlabelled_index_whose_first_part_title_comes_again_without_its_label() -> None:
    # 第一部分 … 一、… 第二部分 … 一、…: the package's index, one entry a line; then the first part's title with no
    # label and its own sections with text
    lines = [
        "某局2024年预算公开",
        "第一部分 某局2024年部门预算编制说明",
        "一、基本职能及主要工作",
        "二、预算单位收入情况",
        "三、预算单位支出情况",
        "第二部分 某局2024年部门预算表",
        "一、财务收支预算总表",
        "二、部门收入预算表",
        "某局2024年部门预算编制说明",
        "一、基本职能及主要工作",
        "(一)部门主要职责",
        PARA,
        "二、预算单位收入情况",
        PARA,
    ]
    assert flat("\n".join(lines)) == [
        (1, "", "某局2024年部门预算编制说明"),
        (2, "一、", "基本职能及主要工作"),
        (3, "(一)", "部门主要职责"),
        (2, "二、", "预算单位收入情况"),
    ]


def test_a_contents_entry_whose_title_comes_again_under_a_part_label_opens_the_body() -> None:
    # a budget disclosure: the contents number its entries 一、二、…; the body heads the same title 第一部分
    lines = [
        "某局2024年度预算公开情况说明",
        "目 录",
        "一、部门主要职责",
        "二、机构设置情况",
        "三、预算收支安排及增减变化情况",
        "第一部分  部门主要职责",
        "(一)、制订全区财政预算、地方税收等制度规定,指导街道财政工作。",
        "(二)、根据全区国民经济和社会发展计划,拟定全区中长期财政计划;参与制订全区各项宏观决策。",
        "(三)、编制年度区级预、决算草案并组织执行;管理全区各项财政收入。",
    ]
    assert flat("\n".join(lines)) == [
        (1, "第一部分", "部门主要职责"),
        (2, "(一)、", "制订全区财政预算、地方税收等制度规定,指导街道财政工作"),
        (2, "(二)、", "根据全区国民经济和社会发展计划,拟定全区中长期财政计划"),
        (2, "(三)、", "编制年度区级预、决算草案并组织执行"),
    ]
