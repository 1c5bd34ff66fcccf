"""The outline as one consistent tree (issue 12 §2): each family of cases seen on real reports, in small texts."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from models.ingest.outline import build_outline
from models.types import Section, walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"
INTRO = "今年以来，我局认真贯彻落实各项决策部署，各项工作取得明显成效。现将有关情况报告如下："


def doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


# --- lone items and numbering that does not run 1, 2, 3 ------------------------------------------


def test_a_lone_top_item_and_a_single_sub_item_are_headings() -> None:
    text = doc("区统计局2021年上半年工作总结", INTRO, "一、主要经济指标运行情况", PARA, "（一）工业生产", PARA, PARA)
    assert flat(text) == [(1, "一、", "主要经济指标运行情况"), (2, "（一）", "工业生产")]


def test_items_numbered_on_across_parents() -> None:
    text = doc(
        "标题",
        INTRO,
        "一、加强产业规划引领",
        "（一）编制规划",
        *(f"{n}．任务{n}。" + PARA for n in range(1, 5)),
        "（二）推进落实",
        "5．任务5。" + PARA,
        "6．任务6。" + PARA,
    )
    sections = build_outline(text)
    first, second = sections[0].children
    assert [c.label for c in first.children] == ["1．", "2．", "3．", "4．"]
    assert [c.label for c in second.children] == ["5．", "6．"]


def test_hundreds_of_items_numbered_straight_through_a_document() -> None:
    lines = ["重庆市2021年目标任务分解方案", INTRO]
    n = 0
    for part, name in enumerate(["一", "二", "三", "四"]):
        lines.append(f"{name}、第{part + 1}部分重点工作")
        for _ in range(114):
            n += 1
            lines += [f"{n}.落实第{n}项任务。", "责任单位:市发展改革委;配合单位:有关区县政府。"]
    sections = build_outline(doc(*lines))
    assert [s.label for s in sections] == ["一、", "二、", "三、", "四、"]
    items = [c.label for s in sections for c in s.children]
    assert items == [f"{k}." for k in range(1, 457)]


def test_a_skipped_and_a_repeated_number_keep_the_run() -> None:
    text = doc("标题", INTRO, "一、甲", PARA, "二、乙", PARA, "四、丁", PARA, "四、戊", PARA, "五、己", PARA)
    assert [s.label for s in build_outline(text)] == ["一、", "二、", "四、", "四、", "五、"]


def test_a_heading_broken_over_two_lines() -> None:
    text = doc(
        "标题",
        INTRO,
        "（一）经济发展",
        PARA,
        "（二）城市建设",
        PARA,
        "（",
        "三）改革开放取得新进展",
        PARA,
        "（四）民生",
        PARA,
    )
    sections = build_outline(text)
    assert [s.title for s in sections] == ["经济发展", "城市建设", "改革开放取得新进展", "民生"]
    assert sections[2].label.replace("\n", "") == "（三）"


def test_mixed_numbering_in_one_sequence() -> None:
    text = doc(
        "标题",
        INTRO,
        "1.加快重点项目建设。" + PARA,
        "二、名校品牌建设成效明显。" + PARA,
        "三、名优队伍建设有力推进。" + PARA,
    )
    assert flat(text) == [
        (1, "1.", "加快重点项目建设"),
        (1, "二、", "名校品牌建设成效明显"),
        (1, "三、", "名优队伍建设有力推进"),
    ]


# --- what is not a heading -------------------------------------------------------------------------


def test_fragments_cut_from_sentences_link_captions_and_licence_lines_are_not_headings() -> None:
    text = doc(
        "标题",
        INTRO,
        "一、主要工作",
        "全年新建5G基站1200个，完成投资15亿元，同比增长12.5%，其中",
        "重点项目",
        "完成投资8亿元。" + PARA,
        "二、存在问题",
        PARA,
        "点击查看原文",
        "本文采用知识共享许可协议",
        PARA,
    )
    assert flat(text) == [(1, "一、", "主要工作"), (1, "二、", "存在问题")]


def test_yi_shi_leads_dates_and_decimals_are_never_headings() -> None:
    text = doc(
        "标题",
        INTRO,
        "一是抓项目。" + PARA,
        "二是抓企业。" + PARA,
        "2020.12起每月通报一次进展。",
        "1.5亿元以上项目实行领导领办制度。",
    )
    assert build_outline(text) == ()


# --- one-line and hard-wrapped reports --------------------------------------------------------------


def test_headings_inside_a_report_that_is_one_line() -> None:
    body = "全区实现地区生产总值212.65亿元，同比增长3%，完成年度目标任务，各项工作取得新进展，经济运行总体平稳。"
    text = (
        "区科技局2023年上半年工作总结 今年以来，我局坚持创新深化，全面落实各项部署，取得积极成效。"
        f"一、上半年工作回顾(一)以更大力度攻坚冲刺。{body} (二)以更实举措服务企业。{body} "
        f"二、下半年工作思路 {body}{body}"
    )
    assert flat(text) == [
        (1, "一、", "上半年工作回顾"),
        (2, "(一)", "以更大力度攻坚冲刺"),
        (2, "(二)", "以更实举措服务企业"),
        (1, "二、", "下半年工作思路"),
    ]
    for s in walk_sections(build_outline(text)):
        assert text[s.start : s.heading_end].startswith(s.label)


def test_headings_in_a_report_hard_wrapped_every_forty_characters() -> None:
    prose = (
        "2020年，全市上下坚持稳中求进工作总基调，统筹推进疫情防控和经济社会发展，扎实做好六稳工作，全面落实六保任务，"
    )
    prose = prose * 3 + "各项工作呈现良好发展态势。"
    wrapped = [prose[i : i + 40] for i in range(0, len(prose), 40)]
    text = doc(
        "标题",
        INTRO,
        "一、2020年工作回顾",
        *wrapped,
        "（一）经济运行稳中有进。" + PARA,
        *wrapped,
        "二、2021年工作打算",
        *wrapped,
    )
    assert flat(text) == [
        (1, "一、", "2020年工作回顾"),
        (2, "（一）", "经济运行稳中有进"),
        (1, "二、", "2021年工作打算"),
    ]


# --- unnumbered headings, bare numerals, parts with a table of contents ------------------------------


def test_glossary_and_attachments_with_their_entries() -> None:
    text = doc(
        "某县审计局2020年部门决算",
        INTRO,
        "一、部门概况",
        PARA,
        "二、决算情况说明",
        PARA,
        "名词解释",
        "1.财政拨款收入：指本年度从本级财政部门取得的财政拨款。",
        "2.事业收入：指事业单位开展专业业务活动取得的收入。",
        "附件1 部门决算公开表",
        PARA,
    )
    assert flat(text) == [
        (1, "一、", "部门概况"),
        (1, "二、", "决算情况说明"),
        (1, "", "名词解释"),
        (2, "1.", "财政拨款收入"),
        (2, "2.", "事业收入"),
        (1, "附件1", "部门决算公开表"),
    ]


def test_unnumbered_level_two_titles_on_their_own_lines() -> None:
    text = doc(
        "政府工作报告",
        INTRO,
        "一、本届政府开局之年的工作",
        "综合经济实力进一步增强",
        PARA + PARA,
        "城市面貌发生较大改观",
        PARA + PARA,
        "二、今年的主要任务",
        PARA,
    )
    assert flat(text) == [
        (1, "一、", "本届政府开局之年的工作"),
        (2, "", "综合经济实力进一步增强"),
        (2, "", "城市面貌发生较大改观"),
        (1, "二、", "今年的主要任务"),
    ]


def test_a_bare_numeral_alone_on_its_line_takes_the_next_line_as_title() -> None:
    text = doc("标题", INTRO, "一", "过去五年工作回顾", PARA, "二", "今后五年的目标任务", PARA)
    assert flat(text) == [(1, "一", "过去五年工作回顾"), (1, "二", "今后五年的目标任务")]


def test_parts_with_a_table_of_contents_before_the_body() -> None:
    text = doc(
        "某市政府办公室部门决算",
        "目录",
        "第一部分 部门概况",
        "一、部门职责",
        "二、机构设置",
        "第二部分 部门决算情况说明",
        "一、收入支出决算总体情况说明",
        "第一部分",
        "部门概况",
        "一、部门职责",
        "（一）协助市政府领导同志审核公文。",
        PARA,
        "二、机构设置",
        PARA,
        "第二部分 部门决算情况说明",
        "一、收入支出决算总体情况说明",
        PARA,
    )
    assert flat(text) == [
        (1, "第一部分", "部门概况"),
        (2, "一、", "部门职责"),
        (3, "（一）", "协助市政府领导同志审核公文"),
        (2, "二、", "机构设置"),
        (1, "第二部分", "部门决算情况说明"),
        (2, "一、", "收入支出决算总体情况说明"),
    ]


def test_an_embedded_plan_title_after_a_notice_governs_the_plan() -> None:
    text = doc(
        "某市体育局关于印发《2021年某市体育产业工作要点》的通知",
        "各区体育局：",
        "现将《2021年某市体育产业工作要点》印发给你们，请结合实际认真贯彻落实。",
        "某市体育局",
        "2021年3月19日",
        "2021年某市体育产业工作要点",
        "2021年是“十四五”规划开局之年。" + PARA,
        "一、加强产业规划引领",
        "1．编制实施体育产业规划。" + PARA,
        "二、壮大市场主体力量",
        "2．支持体育企业做大做强。" + PARA,
    )
    assert flat(text) == [
        (1, "", "2021年某市体育产业工作要点"),
        (2, "一、", "加强产业规划引领"),
        (3, "1．", "编制实施体育产业规划"),
        (2, "二、", "壮大市场主体力量"),
        (3, "2．", "支持体育企业做大做强"),
    ]


# --- bounds ----------------------------------------------------------------------------------------------


def test_a_thousand_numbered_lines_build_without_recursion() -> None:
    # a 15 KB text of 1,000 numbered lines used to raise RecursionError in outline._freeze
    text = "".join(f"{n}.第{n}项工作\n" for n in range(1, 1000)) + "".join(f"（{n}）细项\n" for n in range(1, 300))
    sections = build_outline(text)
    assert len(list(walk_sections(sections))) >= 999
    # restarts and repeats everywhere (1. 2. 1. 1. 3. …) nest no deeper than the bounded stack
    values = [1 + (n * 7919) % 4 for n in range(1200)]
    text = "".join(f"{v}.第{n}项工作\n" for n, v in enumerate(values))
    deepest = max((s.level for s in walk_sections(build_outline(text))), default=0)
    assert 1 <= deepest <= 8


NUMBERED = st.builds(
    lambda label, n, title: f"{label.format(n=n)}{title}",
    st.sampled_from(["{n}.", "{n}、", "（{n}）", "第{n}章", "{n}", "（", "", "第{n}部分"]),
    st.integers(min_value=0, max_value=1200),
    st.sampled_from(["", "主要工作", "。", "三）改革开放", "完成投资1.5亿元。", "  名词解释", "附件1"]),
)


def _in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(ch in rest for ch in short)


def _check(sections: tuple[Section, ...], text: str, level: int, lo: int, hi: int) -> None:
    prev = lo
    for s in sections:
        assert s.level == level and prev <= s.start <= s.heading_end <= s.end <= hi
        heading = text[s.start : s.heading_end]
        # a title a hard wrap or a doc store's chunk number cut is read without the cut (Candidate.gaps): it is then
        # the heading's text in order with only those spans left out, ending where the heading ends
        assert text.startswith(s.label, s.start) and (s.title or s.label)
        assert heading.endswith(s.title) or (_in_order(s.title, heading) and heading.endswith(s.title[-1]))
        _check(s.children, text, level + 1, s.heading_end, s.end)
        prev = s.end


@given(st.lists(NUMBERED, max_size=300), st.sampled_from(["\n", " ", "\n\n", "。"]))
@example(["第10部分主要工作", "1000.三）改革开放", "0."], "\n")  # a title read across short lines (hypothesis found it)
@settings(max_examples=150, deadline=None)
def test_arbitrary_numbered_lines_give_a_nested_ordered_tree_in_bounds(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    _check(build_outline(text), text, 1, 0, len(text))


# --- debris of web pages and doc stores --------------------------------------------------------------


def test_a_first_subheading_whose_label_was_lost_is_the_first_item() -> None:
    text = doc(
        "乡镇2022年工作总结",
        INTRO,
        "一、2022年工作总结",
        "抗疫情，奋力保障群众安全",
        "一是持续夯实网格化管理。" + PARA,
        "（二）促增收，稳步推进农业产业发展",
        "一是认真落实好年度粮食作物播种计划任务。" + PARA,
    )
    assert flat(text) == [
        (1, "一、", "2022年工作总结"),
        (2, "", "抗疫情，奋力保障群众安全"),
        (2, "（二）", "促增收，稳步推进农业产业发展"),
    ]


def test_attachment_names_and_notes_listed_after_their_lead_are_not_headings() -> None:
    text = doc(
        "标题",
        INTRO,
        "一、工作目标",
        PARA,
        "二、保障措施",
        "注：1、考核分由镇农业部门评定。",
        "2、如村社发现抽检不合格的农产品，考核分被扣除。",
        "3、要求完善送检批次。",
        "附件：1．公交都市指标现状及年度目标值汇总表",
        "2．2016年公交都市建设工作任务安排表",
        "3．2016年度公交场站建设计划表",
    )
    assert flat(text) == [(1, "一、", "工作目标"), (1, "二、", "保障措施")]


def test_doc_store_page_numbers_are_not_headings() -> None:
    text = doc(
        "卫健委2021年上半年工作总结和下半年工作谋划(四页).docx",
        "《卫健委2021年上半年工作总结和下半年工作谋划(四页).docx》由会员分享，可在线阅读。",
        "1、卫健委2021年上半年工作总结和下半年工作谋划(四页) 卫健委 一、上半年工作总结 (一)全力推进，重点项目建设进展"
        "顺利 中医院综合门诊医技楼项目主体完工，x个在建乡镇卫生院加快施工进度，确保六月底如期完成施工任务。"
        "骨科医院项目主体已建成，预计x月底完工，医疗养老健康产业园项目正在办理前期手续，康养小镇项目一期已完成投资。 "
        "(二)发挥优势，健康扶贫工作扎实开展 一是实行困难群众县域内住院“先诊疗后付费”，为贫困患者减轻看病就医负担，"
        "推进基本医疗、大病保险和医疗救助一站式结算，县乡两级医疗机构全部开通结算窗口，落实到每一个需要帮助的群众和",
        "2、先诊疗后付费和一站式结算平台。受益住院患者xxxx人，共为患者垫付资金xxxx余万元，全力做好大病专项救治工作。",
    )
    assert [(s.level, s.label) for s in walk_sections(build_outline(text))] == [(1, "一、"), (2, "(一)"), (2, "(二)")]


def test_one_line_report_with_an_embedded_title_over_two_pieces_and_a_wrapped_title() -> None:
    body = (
        "全市上下坚持稳中求进工作总基调，统筹推进疫情防控和经济社会发展，各项工作呈现良好发展态势，经济运行稳中有进。"
    )
    text = (
        "市发展改革委关于印发《某市发展和改革委员会2020年工作总结和2021年工作计划》的通知 各处室： "
        "现将《某市发展和改革委员会2020年工作总结和2021年工作计划》印发给你们，请结合自身工作抓好落实。 "
        f"某市发展和改革委员会  2020年工作总结和2021年工作计划  2020年工作总结  {body} "
        f"一、战疫情强保障，经济社会平稳 有序 {body}{body} 2021年工作计划  {body} "
        f"一、以创新为核，构筑产业强市新高地 {body}"
    )
    got = [(level, label, "".join(title.split())) for level, label, title in flat(text)]
    assert got == [
        (1, "", "某市发展和改革委员会2020年工作总结和2021年工作计划"),
        (2, "", "2020年工作总结"),
        (3, "一、", "战疫情强保障，经济社会平稳有序"),
        (2, "", "2021年工作计划"),
        (3, "一、", "以创新为核，构筑产业强市新高地"),
    ]


def test_a_one_line_report_whose_title_runs_into_its_first_heading() -> None:
    body = "全力推进支援学校和幼儿园三年重点行动，统筹实施37所公办学校和幼儿园新建和续建项目，新增学位1.34万个。"
    text = (
        f"教育局2022年工作总结范文1.加快重点项目建设。{body}二、名校品牌建设成效明显。{body}"
        f"三、名优队伍建设有力推进。{body}"
    )
    assert flat(text) == [
        (1, "1.", "加快重点项目建设"),
        (1, "二、", "名校品牌建设成效明显"),
        (1, "三、", "名优队伍建设有力推进"),
    ]


def test_one_sentence_pieces_of_a_one_line_report_are_headings_only_in_a_series() -> None:
    body = "围绕市委市政府工作中心，立足我市经济发展的实际，狠抓项目建设，组织企业申报省级项目12项、市级项目8项。"
    series = (
        f"一、2022年工作成效 科技申报项目有成效。 {body} 做好项目验收工作。 {body} 开展科技型中小企业认定工作。 {body}"
    )
    text = f"市科技局2022年工作总结 今年来，我们坚持以科技创新工作为重点，取得较好成效。 {series}"
    assert flat(text) == [
        (1, "一、", "2022年工作成效"),
        (2, "", "科技申报项目有成效"),
        (2, "", "做好项目验收工作"),
        (2, "", "开展科技型中小企业认定工作"),
    ]
    lone = (
        f"市科技局2022年工作总结 今年来，我们坚持以科技创新工作为重点，取得较好成效。 一、2022年工作成效 {body}{body} "
        f"我们主要做了以下几方面工作。 {body}{body}"
    )
    assert flat(lone) == [(1, "一、", "2022年工作成效")]


def test_a_heading_that_begins_like_the_report_title_is_kept() -> None:
    text = doc(
        "关于2023年度预算执行情况的报告",
        INTRO,
        "一、关于2023年度预算执行情况",
        PARA,
        "二、关于2024年预算草案",
        PARA,
    )
    assert flat(text) == [(1, "一、", "关于2023年度预算执行情况"), (1, "二、", "关于2024年预算草案")]


def test_an_embedded_title_over_two_lines_with_other_dashes_still_governs_its_plan() -> None:
    text = doc(
        "某市人民政府办公厅关于印发某市数字经济发展行动计划（2021—2025年）的通知",
        "各区人民政府：",
        "现将《某市数字经济发展行动计划（2021-2025年）》印发给你们，请认真贯彻执行。",
        "某市人民政府办公厅",
        "2021年6月1日",
        "某市数字经济发展行动计划",
        "(2021—2025年)",
        "为加快数字经济发展，制定本行动计划。" + PARA,
        "一、发展目标",
        PARA,
        "二、重点任务",
        PARA,
    )
    got = [(level, label, "".join(title.split())) for level, label, title in flat(text)]
    assert got == [
        (1, "", "某市数字经济发展行动计划(2021—2025年)"),
        (2, "一、", "发展目标"),
        (2, "二、", "重点任务"),
    ]


def test_contents_entries_with_dot_leaders_and_page_numbers_are_not_headings() -> None:
    text = doc(
        "某局2020年部门决算",
        "一、部门职责……………………3",
        "二、机构设置……………………5",
        "一、部门职责",
        PARA,
        "二、机构设置",
        PARA,
    )
    assert flat(text) == [(1, "一、", "部门职责"), (1, "二、", "机构设置")]


def test_a_table_of_contents_inside_a_report_run_together_on_one_line() -> None:
    para = PARA * 2
    contents = (
        "某区河道堤防建设管理处2021年部门决算 目 录 第一部分 基本情况 一、部门主要职能 二、部门机构设置 "
        "第二部分 部门决算表 一、收入支出决算总表 第三部分 部门决算情况说明 "
    )
    body = (
        f"第一部分 基本情况 一、部门主要职能 {para} 二、部门机构设置 {para} 第二部分 部门决算表 "
        f"一、收入支出决算总表 {para} 第三部分 部门决算情况说明 {para}"
    )
    assert flat(contents + body) == [
        (1, "第一部分", "基本情况"),
        (2, "一、", "部门主要职能"),
        (2, "二、", "部门机构设置"),
        (1, "第二部分", "部门决算表"),
        (2, "一、", "收入支出决算总表"),
        (1, "第三部分", "部门决算情况说明"),
    ]


def test_unnumbered_subheadings_after_an_unnumbered_part_title_stand_under_it() -> None:
    # a government report reposted without its labels: the part title, then its bold subheadings
    para = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"
    lines = ["某市2014年政府工作报告", "各位代表:", "现在,我代表市人民政府向大会报告工作,请予审议。"]
    lines += [
        "2013年工作回顾",
        para,
        "综合实力再上新台阶",
        para,
        "工业倍增成效明显",
        para,
        "交通枢纽功能不断提升",
        para,
    ]
    got = [(s.level, s.label, s.title) for s in walk_sections(build_outline("\n".join(lines)))]
    assert got == [
        (1, "", "2013年工作回顾"),
        (2, "", "综合实力再上新台阶"),
        (2, "", "工业倍增成效明显"),
        (2, "", "交通枢纽功能不断提升"),
    ]
