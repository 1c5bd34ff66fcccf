"""Outline families found on the held-back sets 25, 26, 27 and 30: each test is a short made-up text of the
family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_items_numbered_with_the_small_full_stop_are_headings() -> None:
    # a PDF-to-text conversion writes 1﹒ (U+FE52) where the document has 1．
    lines = ["一、重点任务", "（一）夯实网络基础", "1﹒推进外网建设。支持企业加强宽带网络建设，优化骨干网络。"]
    lines += ["2﹒推进内网改造。支持工业企业运用新型网络技术改造内网。", "（二）建设平台体系"]
    lines += ["3﹒打造区域型平台。鼓励各市建设区域平台。", PARA]
    got = flat("\n".join(lines))
    assert (3, "1﹒", "推进外网建设") in got
    assert (3, "2﹒", "推进内网改造") in got
    assert (3, "3﹒", "打造区域型平台") in got


def test_a_part_label_coming_again_after_the_contents_opens_the_body_whatever_its_title() -> None:
    # a budget package: its contents list names 第一部分 shortly; the body writes the label alone on its line
    # and a longer title under it, so no entry of the list repeats word for word until 一、部门职责
    lines = ["2023年度", "某县农业农村局(本级)部门决算", "目录", "第一部分 某县农业农村局概况", "一、部门职责"]
    lines += ["二、机构设置", "第二部分 部门决算表", "一、收入支出决算总表", "二、收入决算表", "第三部分 名词解释"]
    lines += ["第一部分", "某县农业农村局(本级)概况", "一、 部门职责", "(一)研究拟定全县农业发展战略。", PARA]
    lines += ["(二)研究拟定农业产业政策。", PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "第一部分", "某县农业农村局(本级)概况")
    assert got[1] == (2, "一、", "部门职责")
    assert (3, "(二)", "研究拟定农业产业政策") in got


def test_the_title_under_a_content_farm_piece_label_is_the_essays_title_not_a_heading() -> None:
    # a content farm strings essays together as 第一篇：<title>, the essay's own title repeated under it
    lines = ["第一篇：某局长供职发言", "某局长供职发言", "本次会议审议我的任职议案。如果通过任命，我将努力做到："]
    lines += ["一、与时俱进，强化学习", PARA, "二、履责尽职，求真务实", PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "与时俱进，强化学习"), (1, "二、", "履责尽职，求真务实")]


def test_a_blank_between_joint_issuers_inside_a_quoted_name_does_not_end_an_article_title() -> None:
    # 公文 write joint issuers with a blank between them, also inside a quoted document name
    lines = ["某县资金管理办法", "第一章 总则"]
    lines += ["第一条 为贯彻落实《中共中央 国务院关于加强某工作的意见》精神，结合本县实际，制定本办法。"]
    lines += ["第二条 本办法所称资金是指各级财政安排的资金。", "第二章 管理", "第三条 资金实行项目管理。", PARA]
    got = flat("\n".join(lines))
    assert got[1] == (2, "第一条", "为贯彻落实《中共中央 国务院关于加强某工作的意见》精神，结合本县实际，制定本办法")
    assert (1, "第二章", "管理") in got


def test_an_unnumbered_heading_carrying_the_pages_anti_copy_token_is_still_a_heading() -> None:
    # a conversion token ends every paragraph (…提出意见。Qxz), the heading line too
    lines = ["政府工作报告Qxz", "各位代表：Qxz", "我代表县人民政府向大会报告工作，请予审议。Qxz", "过去一年工作回顾Qxz"]
    lines += ["去年，县政府在县委的正确领导下，全面完成了年度目标任务。Qxz", PARA + "Qxz", PARA + "Qxz"]
    got = flat("\n".join(lines))
    assert (1, "", "过去一年工作回顾") in got


def test_a_numbered_list_of_whole_reports_is_no_outline() -> None:
    # a compilation (汇编) lists the reports it gathers before the first one begins
    lines = ["某县乡镇政府工作报告汇编 目录", "1.甲镇2023年政府工作报告", "2.乙镇2023年政府工作报告"]
    lines += ["3.丙乡政府工作报告2023年", "4.丁镇2023年度政府工作报告", "甲镇2023年政府工作报告", "各位代表："]
    lines += [
        "现在，我代表镇人民政府向大会作工作报告，请予审议。",
        "一、2022年工作回顾",
        PARA,
        "二、2023年工作安排",
        PARA,
    ]
    got = flat("\n".join(lines))
    assert [g for g in got if g[1]] == [(1, "一、", "2022年工作回顾"), (1, "二、", "2023年工作安排")]


# --- first sight of sets 38–41 ---------------------------------------------------------------------------------------


def test_a_sentence_title_run_into_its_paragraph_goes_on_past_a_section_word() -> None:
    # a text written in lines: the run-in title ends at its full stop; 情况 inside it does not end it (672)
    lines = ["某区林业局2019年工作总结", "一、主要工作", "（一）造林绿化任务全面完成。" + PARA]
    lines += ["（二）森林督查情况获国家局驻广州专员办肯定。9月18日，专员办一行到我区开展监督检查。" + PARA]
    got = flat("\n".join(lines))
    assert (2, "（二）", "森林督查情况获国家局驻广州专员办肯定") in got


def test_a_colon_after_the_year_a_title_opens_with_is_no_lead_in() -> None:
    # 一、2022年：迎难而上、喜结硕果 alone on its line: the year, then the year's theme (568)
    lines = ["某局2022年工作总结和2023年工作思路", "一、2022年：迎难而上、喜结硕果", PARA]
    lines += ["二、2023年：乘势而上、再创佳绩", PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "2022年：迎难而上、喜结硕果"), (1, "二、", "2023年：乘势而上、再创佳绩")]


def test_an_unnumbered_heading_over_a_paragraph_the_excerpt_cuts_short_is_a_heading() -> None:
    # a copy that ends a few characters into the last section's paragraph (675)
    lines = ["某市政府工作报告", "各位代表：", "我代表市人民政府向大会报告工作，请予审议。", "2013年工作回顾", PARA]
    lines += ["综合实力再上新台阶", PARA, "工业倍增成效明显", PARA, "创新驱动发展步伐加快", "实施重大科技成果转化"]
    got = flat("\n".join(lines))
    assert (2, "", "创新驱动发展步伐加快") in got
    assert (2, "", "实施重大科技成果转化") not in got


def test_a_copy_cut_inside_the_report_keeps_its_first_heading_past_one() -> None:
    # a store's excerpt starting inside section （二）: the next heading （三） is run into the text (one line)
    text = (
        "均为阴性。集中力量落实疫苗接种工作，完成接种万人。"
        + PARA * 3
        + "（三）医院建设再上台阶。区中医院正式开工建设，"
    )
    text += "争取“十四五”期间投入使用。医院绩效考核上升至全国前列。" + PARA * 3
    assert flat(text) == [(1, "（三）", "医院建设再上台阶")]


def test_a_run_in_title_ends_with_the_phrase_stating_what_was_achieved() -> None:
    # a store's one-line copy drops the line break after each heading (132, 843, 966, 042: four sources)
    text = "某开发区2021年工作总结 一年来，我们主要做了以下工作：" + PARA
    text += "（一）综合实力明显增强开发区主导产业是电工电气、高端装备制造，全年完成产值十亿元。" + PARA
    text += "（二）突出招商引资，工业经济提质增效加大招商引资力度，提高项目争跑强度，搭建融资平台。" + PARA
    text += "（三）园区建设卓有成效地推进了基础设施配套，完成道路建设。" + PARA
    got = flat(text)
    assert (1, "（一）", "综合实力明显增强") in got
    assert (1, "（二）", "突出招商引资，工业经济提质增效") in got
    assert (1, "（三）", "园区建设卓有成效地推进了基础设施配套，完成道路建设") in got


def test_a_first_item_glued_to_its_parents_title_ends_at_its_result_phrase() -> None:
    text = "某局2021年工作总结及2022年工作计划一、工作总结(一)疫情防控有力有效成功处置多起突发疫情，有效遏制了扩散。"
    text += PARA * 2 + "(二)医院建设再上台阶区中医院正式开工建设，争取期间投入使用。" + PARA * 2
    got = flat(text)
    assert got == [(1, "一、", "工作总结"), (2, "(一)", "疫情防控有力有效"), (2, "(二)", "医院建设再上台阶")]


def test_the_theme_line_of_a_reviewed_period_is_a_subheading_whatever_follows() -> None:
    # 政府工作报告: 这一年，我们…／——这五年，是…的五年 alone on its line over a paragraph (679, 689, 691)
    lines = ["某区政府工作报告", "各位代表：", "一、2021年工作回顾", PARA + PARA]
    lines += ["这一年，我们埋头苦干、对标竞进，展现了经济发展“安居速度”", "竞进中的经济发展稳中有进、稳中提质。" + PARA]
    lines += ["——这五年，是聚焦动能转换，推动经济发展趋稳向好的五年", "积极克服经济下行不利影响。" + PARA]
    got = flat("\n".join(lines))
    assert (2, "", "这一年，我们埋头苦干、对标竞进，展现了经济发展“安居速度”") in got
    assert (2, "", "这五年，是聚焦动能转换，推动经济发展趋稳向好的五年") in got


def test_a_theme_line_leading_into_numbered_sections_or_right_under_its_heading_is_no_subheading() -> None:
    lines = ["某县政府工作报告", "一、2024年工作回顾", "一年来，我们笃行实干、砥砺深耕，实现了经济发展的量增质优。"]
    lines += [
        PARA + PARA,
        "一年来，我们笃行实干、砥砺深耕，实现了经济发展的量增质优。",
        "（一）全力以赴兴产业。" + PARA,
    ]
    assert flat("\n".join(lines)) == [(1, "一、", "2024年工作回顾"), (2, "（一）", "全力以赴兴产业")]


def test_a_run_in_title_ends_where_the_paragraph_names_its_topic_again() -> None:
    # a speech run together on one line: 一、关于今年的统计工作统计工作是… (598)
    text = (
        "同志们：今天召开全县统计工作会议，我讲几点意见。一、关于今年的统计工作统计工作是实行科学决策和管理的重要基础，"
    )
    text += (
        "是宏观经济监测体系的重要组成部分。" + PARA * 3 + "二、关于人口普查工作今年是普查之年，任务繁重。" + PARA * 2
    )
    got = flat(text)
    assert (1, "一、", "关于今年的统计工作") in got


def test_an_attachment_label_with_its_title_over_sections_numbered_afresh_is_a_heading() -> None:
    # a notice printing its one attachment after it: 附件：<title> ⏎ 一、… (868)
    lines = ["某部关于某政策的通知", "一、本通知所称材料是指下列材料。" + PARA, "二、本通知自2015年7月1日起执行。"]
    lines += [
        "附件：享受某政策的材料目录",
        "一、砖类",
        "（一）非粘土烧结多孔砖",
        "（二）承重混凝土多孔砖",
        "二、砌块类",
    ]
    lines += ["（一）普通混凝土小型空心砌块"]
    got = flat("\n".join(lines))
    assert (1, "附件", "享受某政策的材料目录") in got
    assert (2, "一、", "砖类") in got and (3, "（一）", "普通混凝土小型空心砌块") in got


def test_an_attachment_list_after_a_notice_is_no_heading() -> None:
    lines = ["某部关于某政策的通知", "一、本通知所称材料是指下列材料。" + PARA, "二、本通知自2015年7月1日起执行。"]
    lines += ["附件：享受某政策的材料目录", "某部", "2015年6月12日"]
    assert flat("\n".join(lines)) == [
        (1, "一、", "本通知所称材料是指下列材料"),
        (1, "二、", "本通知自2015年7月1日起执行"),
    ]


def test_parenthesised_ideographs_are_labels_like_bracketed_numerals() -> None:
    # ㈠ ㈡ (U+3220…): the single characters a word processor writes for （一）（二） (278)
    lines = [
        "某局上半年工作总结",
        "一、上半年主要工作完成情况",
        "㈠突出抓好水利项目全面实施",
        PARA,
        "㈡加快重点工程建设进度",
        PARA,
    ]
    got = flat("\n".join(lines))
    assert got == [
        (1, "一、", "上半年主要工作完成情况"),
        (2, "㈠", "突出抓好水利项目全面实施"),
        (2, "㈡", "加快重点工程建设进度"),
    ]


def test_a_number_the_writer_repeated_still_opens_a_section() -> None:
    # （三） written twice by mistake, each over its own paragraph, the run going on after (365)
    lines = [
        "某开发区2022年工作总结",
        "一、2022年工作总结",
        "（一）经济指标持续增长。" + PARA,
        "（二）重点项目建设加快。" + PARA,
    ]
    lines += ["（三）发展平台提档升级。" + PARA, "（三）招商引资卓有成效。" + PARA, "（四）城市建设全面提速。" + PARA]
    got = flat("\n".join(lines))
    assert (2, "（三）", "招商引资卓有成效") in got and (2, "（四）", "城市建设全面提速") in got


# --- a list a paragraph enumerates after its colon: （一）…；（二）… inside the paragraph's line ---------------------


def test_items_a_paragraph_lists_after_its_colon_are_no_headings() -> None:
    # a budget report: 本年各类收入的情况如下：（一）各项税收…。（二）国营企业收入…。 in one paragraph line
    # (an archive's copy writes the figures in full-width digits with thousands commas: １１，１９４，０４８，０００元)
    items = "本年各类收入的情况如下：（一）各项税收共收到１２，７４５，３９０，０００元，完成预算数的９２．４９％；"
    items += (
        "其中工商税收到８，７２５，４８３，０００元。（二）国营企业和事业收入共收到１１，１９４，０４８，０００元，"
    )
    items += "完成预算数的１００．７０％；其中工业收入收到５，０７２，９９０，０００元。（三）信贷保险收入共收到"
    items += "２，３６０，８１６，０００元，完成预算数的９７．９１％。（四）其他收入收到９０３，０６５，０００元。"
    lines = ["关于1955年国家决算和1956年国家预算的报告", "一、1955年国家决算", PARA, items, PARA]
    lines += ["二、1956年的国家预算", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "1955年国家决算"), (1, "二、", "1956年的国家预算")]


def test_a_footnote_mark_inside_a_heading_is_not_part_of_its_title() -> None:
    # a web copy keeps the document's footnote marks: (一)全力抓好“双统筹”[2],确保经济社会平稳有序运行
    lines = ["一、2022年计划执行情况", "（一）全力抓好“双统筹”[2]，确保经济社会平稳有序运行", PARA]
    lines += ["（二）扎实推进项目建设[3]", PARA, "注：[2]双统筹指统筹疫情防控和经济社会发展。"]
    got = flat("\n".join(lines))
    assert (2, "（一）", "全力抓好“双统筹”，确保经济社会平稳有序运行") in got
    assert (2, "（二）", "扎实推进项目建设") in got


def test_a_breadcrumb_a_page_lists_as_numbered_items_is_no_heading() -> None:
    # a page converted with its navigation trail as an ordered list: 1. 当前位置: / 2. 首页 > 政务公开 > … / 3. > 正文
    lines = ["1. 当前位置:", "  2. 首页 > 政务公开 > 某县人民政府 > 政府工作报告", "  3. > 正文", "政府工作报告"]
    lines += ["各位代表：", "一、2022年工作回顾", PARA, "二、2023年工作安排", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "2022年工作回顾"), (1, "二、", "2023年工作安排")]


def test_the_issued_documents_title_after_its_notices_date_heads_it_though_the_page_named_it_before() -> None:
    # a doc store's page opens with the document's name; the 下达 notice follows, then (GB/T 9704) the document it
    # issues, printed after the notice's date with that same name as its title
    lines = ["某县2021年国民经济和社会发展计划", "某县人民政府", "关于下达某县2021年国民经济和社会发展计划的通知"]
    lines += ["各镇政府,县政府各部门:", "县人民代表大会审议通过了2021年计划,现将计划下达给你们,请认真贯彻执行。"]
    lines += ["某县人民政府", "2021年2月22日", "某县2021年国民经济和社会发展计划"]
    lines += ["2021年是“十四五”规划的开局之年,全县经济社会发展的主要预期目标如下。", "一、主要预期目标", PARA]
    lines += ["二、重点工作", PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "", "某县2021年国民经济和社会发展计划")
    assert (2, "一、", "主要预期目标") in got
