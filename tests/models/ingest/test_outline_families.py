"""Families of outline errors seen on first-seen reports (issue: outline on reports nobody tuned to): each test
is a short made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"
LONG_ITEM = (
    "坚持外防输入、内防反弹，坚持依法防控、科学防控、精准防控，强化“人”“物”并防，严格控制聚集性活动规模，"
    "严格落实医疗机构防控措施，严格抓好养老院等特殊场所防控，严格落实闭环管控措施，确保冷链物防闭环管控，"
    "确保不出现聚集性疫情，确保不发生院内感染，力争不发生本土新增病例"
)


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_numbered_paragraph_of_one_long_sentence_keeps_its_whole_title() -> None:
    # a task-division table row: the item is one sentence of many clauses, its title runs to the full stop
    lines = ["某市2021年重点工作任务分工", "一、总体要求", f"1．{LONG_ITEM}。" + PARA * 2, PARA]
    lines += ["2．扎实做好就业工作。", PARA]
    got = flat("\n".join(lines))
    assert (2, "1．", LONG_ITEM) in got
    assert (2, "2．", "扎实做好就业工作") in got


def test_a_blank_after_the_label_of_a_long_line_does_not_cut_it_off() -> None:
    lines = ["一、副省长牵头重点工作", f"1.\u00a0 {LONG_ITEM}。" + PARA * 2]
    lines += ["责任单位：省卫生健康委", "2.\u00a0 共建公共卫生应急体系。", "责任单位：省卫生健康委"]
    got = flat("\n".join(lines))
    assert (2, "1.", LONG_ITEM) in got
    assert (2, "2.", "共建公共卫生应急体系") in got


def test_an_embedded_document_named_a_little_differently_in_its_notice_governs_its_items() -> None:
    lines = [
        "某区人民政府办公室关于印发2021年政府工作报告重点工作责任分解的通知",
        "各镇人民政府：《政府工作报告重点工作责任分解》《十大民生实事责任分解》已经区政府同意，现印发给你们。",
        "某区人民政府办公室",
        "2021年3月9日",
        "政府工作报告重点工作责任分解",
        "一、奋力争先创优，确保经济平稳发展",
        "1.健全疫情防控机制。" + PARA,
        "责任单位：区卫健局",
        "2.扩大疫苗接种范围。" + PARA,
        "责任单位：区卫健局",
        "十大民生实事项目责任分解",
        "1.住房安居工程。实施老旧小区改造258幢。",
        "责任单位：区住建局",
        "2.农村饮用水提升工程。改造管网2.5公里。",
        "责任单位：区农业农村局",
    ]
    assert flat("\n".join(lines)) == [
        (1, "", "政府工作报告重点工作责任分解"),
        (2, "一、", "奋力争先创优，确保经济平稳发展"),
        (3, "1.", "健全疫情防控机制"),
        (3, "2.", "扩大疫苗接种范围"),
        (1, "", "十大民生实事项目责任分解"),
        (2, "1.", "住房安居工程"),
        (2, "2.", "农村饮用水提升工程"),
    ]


def test_letter_spaced_titles_of_a_bulletin_run_together_on_one_line() -> None:
    # 一、综 合 / 二、农 业: a statistical bulletin's spaced titles; the first runs straight into its paragraph
    text = (
        "某县2022年国民经济和社会发展统计公报 某县统计局 2023年3月20日 "
        + PARA * 2
        + " 一、综 合一年来，全县经济保持平稳发展，"
        + PARA * 3
        + " 二、农 业 全年粮食作物播种面积6310公顷，比上年增长1.45%。"
        + PARA * 2
        + " 三、建 筑 业 全年建筑业增加值8.2亿元。"
        + PARA
    )
    assert [(lv, lab, "".join(title.split())) for lv, lab, title in flat(text)] == [
        (1, "一、", "综合"),
        (1, "二、", "农业"),
        (1, "三、", "建筑业"),
    ]


def test_a_doc_stores_chunk_number_cutting_a_heading_in_two() -> None:
    # a store numbers the chunks it cut the report into; a cut may fall inside a heading's title
    body = "一年来，我们紧扣中心，实干兴乡，千方百计破解发展难题，齐心协力应对各种挑战，经济形势持续向好。"
    text = (
        "1、某乡政府工作报告 各位代表： 现在，我代表乡人民政府向大会作政府工作报告，请予审议。 "
        + body * 4
        + " (一)经济指标\n2、在克难攻坚中实现新增长 "
        + body * 4
        + "全乡生产总值完成48193万元 (二)产业发展在优化结\n3、构中展现新起色 "
        + body * 4
        + "积极推进标准粮田建设，大力培育现代农业产业集群，全乡超级杂交水稻种植面"
        + "\n4、积达2.2万亩。"
        + body
    )
    assert flat(text) == [
        (1, "(一)", "经济指标在克难攻坚中实现新增长"),
        (1, "(二)", "产业发展在优化结构中展现新起色"),
    ]


def test_a_table_of_contents_ends_at_the_first_prose_after_it() -> None:
    # a doc farm's contents list (entries with page numbers, no numbering of the body's style) then the text:
    # a heading after the first prose is the body's, not a contents entry
    lines = [
        "目录",
        "要点之一：2022年工作回顾 2",
        "要点之二：2023年工作思路 6",
        "2022年，是极不平凡的一年。全县上下真抓实干，奋发进取，交出了一份精彩答卷！",
        "主要经济指标",
        PARA * 2,
        "项目建设情况",
        PARA * 2,
    ]
    assert [title for _, _, title in flat("\n".join(lines))] == ["主要经济指标", "项目建设情况"]


def test_the_first_section_title_right_under_the_title_block() -> None:
    lines = [
        "第02版：聚焦全国某某工作会议",
        "2023年12月22日 星期五",
        "某部长在2024年全国某某工作会议上的讲话摘要版",
        "2023年某某工作回顾",
        "2023年是全面贯彻党的二十大精神的开局之年。" + PARA,
        PARA,
    ]
    assert flat("\n".join(lines)) == [(1, "", "2023年某某工作回顾")]
    one_line = "  ".join([*lines, PARA * 3])  # the same copy run together on one line
    assert flat(one_line) == [(1, "", "2023年某某工作回顾")]


def test_a_title_written_over_two_lines_has_no_section_under_it() -> None:
    lines = ["某局2006年政研工作总结及2007年政", "研工作初步思路", "2006年，我局政研工作在局党委的领导下。" + PARA]
    assert flat("\n".join(lines)) == []


def test_a_short_sub_head_with_a_lead_in_colon_goes_under_the_numbered_heading() -> None:
    lines = [
        "某局副局长述职报告",
        "今年以来，在区委、区政府的领导下，较好地完成了各项目标任务，现将述职情况报告如下：",
        "一、述职情况",
        "在实际工作中，本人认真进行分析研究，团结带领一班人，真抓实干，务求实效。" + PARA,
        "工会工作：",
        "一是夯实组织基础，增强组织合力。" + PARA,
        "为实现上述目标，要突出抓好以下四个方面的工作：",  # a lead-in sentence, not a sub-head
        PARA * 2,
    ]
    assert flat("\n".join(lines)) == [(1, "一、", "述职情况"), (2, "", "工会工作")]


def test_one_line_text_a_headline_sentence_right_after_a_numbered_heading_is_its_sub_head() -> None:
    text = (
        "某乡2021年上半年工作总结 今年以来，乡党委政府认真落实区里的各项部署，各项工作基本上时间过半、任务过半。 "
        + PARA * 2
        + " 一、真抓实干，区域经济态势喜人 项目建设大推进。抓项目就是抓发展。"
        + PARA * 3
        + " 招商引资有突破。"  # after prose, in a section whose paragraphs all open so: a sub-head too (230, 696)
        + PARA * 3
    )
    assert flat(text) == [
        (1, "一、", "真抓实干，区域经济态势喜人"),
        (2, "", "项目建设大推进"),
        (2, "", "招商引资有突破"),
    ]


def test_a_heading_after_a_full_stop_and_a_blank_inside_a_medium_line() -> None:
    # a copy that lost some line breaks: lines of 100-200 characters holding a paragraph end and the next heading
    lines = [
        "某卫生局上半年工作总结",
        "今年是深入推进新医改的关键之年。半年来，全区卫生工作紧紧围绕区委、区政府的总体要求，突出工作重点。"
        " 一、上半年主要工作 (一)医改工作稳步推进 今年是实施医改三年目标的最后一年，取得了明显成效。",
        PARA * 2,
        "(二)公共卫生服务扎实开展。" + PARA,
        "二、下半年工作打算",
        PARA,
    ]
    assert flat("\n".join(lines)) == [
        (1, "一、", "上半年主要工作"),
        (2, "(一)", "医改工作稳步推进"),
        (2, "(二)", "公共卫生服务扎实开展"),
        (1, "二、", "下半年工作打算"),
    ]


def test_a_doc_stores_chunk_numbers_in_a_copy_run_together_on_one_line() -> None:
    # the chunks' numbers stand after a run of blanks (the store's line breaks), the cuts fall mid-sentence
    text = (
        "上传人:la****1 文档编号:517352  资源描述  "
        "1、某镇政府工作报告各位代表：现在，我代表镇人民政府向大会报告工作，请予审议。"
        "一、2021年工作总结及过去五年工作回顾2021年是建党一百周年。"
        + PARA * 4
        + "预计2021年全镇可实现地区生产总值  2、7.1亿元，规模以上固定资产投资完成3.5亿元。"
        + "(一)一年的拼搏奋斗，经济发展更加强劲。"
        + PARA * 4
        + "外出招商7批次，签订过亿元项目  3、3个，意向项目12个。"
        + PARA
    )
    assert flat(text) == [
        (1, "一、", "2021年工作总结及过去五年工作回顾"),
        (2, "(一)", "一年的拼搏奋斗，经济发展更加强劲"),
    ]


WRAPPED = [  # a page hard-wrapped at 40 characters; the clean step left the numbered items' wraps in place
    "一、部门职责",
    "（一）协助市政府领导同志审核或组织起草以市政府、市政府办公室名义发布的公文。",
    "（二）研究市政府各部门和各乡（镇）人民政府请示市政府的事项，提出审核意见，报市政",
    "府领导同志审批。",
    "（三）负责市政府会议的组织和服务工作，协助实施会议决定事项。",
    "（四）贯彻执行国家和省、市、县有关财政、税收方针政策和法律法规，拟订财政发展战略",
    "和中长期规划并组织实施，承担市级各项财政收支管理的责任，负责编制年度市本级预算草",
    "案并组织执行。",
    "（五）办理中央、省、市政府和市政府领导同志的批示，并督促落实。督促检查市政府各部",
    "门和各乡（镇）人民政府对市政府决定事项的贯彻落实情况，及时向市政府领导同志报告。",
]


def test_a_numbered_item_cut_by_a_hard_wrap_goes_on_over_the_next_lines() -> None:
    got = [title for _, _, title in flat("\n".join(WRAPPED))]
    assert got == [
        "部门职责",
        "协助市政府领导同志审核或组织起草以市政府、市政府办公室名义发布的公文",
        "研究市政府各部门和各乡（镇）人民政府请示市政府的事项，提出审核意见，报市政府领导同志审批",
        "负责市政府会议的组织和服务工作，协助实施会议决定事项",
        "贯彻执行国家和省、市、县有关财政、税收方针政策和法律法规，拟订财政发展战略"
        "和中长期规划并组织实施，承担市级各项财政收支管理的责任，负责编制年度市本级预算草案并组织执行",
        "办理中央、省、市政府和市政府领导同志的批示，并督促落实",
    ]


def test_a_heading_line_followed_by_its_own_paragraph_is_not_a_wrap() -> None:
    lines = [
        *WRAPPED,
        "二、重点工作",
        "1．建设鲜食农产品土壤质量综合保护试点区",
        "发展精准农业，保证农业投入品安全使用。推广节肥节药以及生物农药技术，开展废弃农膜、农药包装等农业"
        "废弃物回收处理和资源化利用。",
    ]
    got = [title for _, _, title in flat("\n".join(lines))]
    assert got[-2:] == ["重点工作", "建设鲜食农产品土壤质量综合保护试点区"]


def test_an_excerpt_cut_in_the_middle_of_a_run_keeps_its_first_heading() -> None:
    # the excerpt starts inside (一)'s title; the (二) after it is the first heading the text holds
    lines = [
        "，提升政治能力。坚持把学习贯彻新思想作为首要政治任务，全年主持理论学习中心组集中学习15次。",
        PARA * 2,
        "（二）扛牢主体责任，抓实党建引领。严格履行局党组书记第一责任人职责。" + PARA,
    ]
    assert flat("\n".join(lines)) == [(1, "（二）", "扛牢主体责任，抓实党建引领")]
    lines += ["（三）深化作风建设，营造清朗生态。" + PARA]
    assert [lab for _, lab, _ in flat("\n".join(lines))] == ["（二）", "（三）"]


def test_a_lone_number_past_one_after_headings_is_still_doubted() -> None:
    # once the text has a heading, a run opening past 1 is noise more often than a cut
    lines = ["一、主要工作", PARA * 2, "3、其他事项的说明", PARA, "二、下步打算", PARA]
    assert [lab for _, lab, _ in flat("\n".join(lines))] == ["一、", "二、"]


def test_parts_written_with_the_variant_character() -> None:
    lines = ["某局2022年部门决算", "第一部份 部门概况", "一、主要职能", PARA, "第二部份 部门决算表", PARA]
    assert flat("\n".join(lines)) == [
        (1, "第一部份", "部门概况"),
        (2, "一、", "主要职能"),
        (1, "第二部份", "部门决算表"),
    ]


def test_labels_with_the_blanks_a_pdf_extraction_puts_inside_them() -> None:
    lines = [
        "某局2023年工作总结",
        "今年以来，我局认真落实各项部署，现将有关情况报告如下。",
        "第 一 部分 工作情况",
        "一 、主要工作",
        PARA,
        "（ 一 ）项目建设",
        PARA,
        "1 .完成投资。" + PARA,
        "2 .推进开工。" + PARA,
        "（二 ）民生保障",
        PARA,
        "第 二 部分 下步打算",
        PARA,
        "3 .5亿元的缺口由市级财政补足。",  # a number spaced inside is no label
    ]
    got = [(lv, "".join(lab.split()), title) for lv, lab, title in flat("\n".join(lines))]
    assert got == [
        (1, "第一部分", "工作情况"),
        (2, "一、", "主要工作"),
        (3, "（一）", "项目建设"),
        (4, "1.", "完成投资"),
        (4, "2.", "推进开工"),
        (3, "（二）", "民生保障"),
        (1, "第二部分", "下步打算"),
    ]


def test_numbered_headings_wrapped_in_the_markup_of_a_web_or_markdown_copy() -> None:
    for before, after in (("**", "**"), ("## ", ""), ("● ", ""), ("【", "】")):
        lines = ["某局2023年工作总结", PARA]
        for heading in ("一、主要工作", "（一）项目建设", "二、下步打算"):
            lines += [before + heading + after, PARA]
        assert flat("\n".join(lines)) == [
            (1, "一、", "主要工作"),
            (2, "（一）", "项目建设"),
            (1, "二、", "下步打算"),
        ], before


def test_an_ocr_copy_that_reads_its_full_stops_as_dots() -> None:
    ocr_para = "全乡耕地面积244316亩.其中旱田面积236323亩,水田面积7993亩.林地面积60000亩.下辖7个行政村.总人口2.2万。"
    text = (
        "政府工作报告一、基本情况。"
        + ocr_para * 3
        + "领导职数13人,现有9人,其中正科级3人,副科级6人.二.重点工作汇报.县委县政府的坚强领导下,各项工作取得较好进展。"
        + ocr_para * 3
    )
    assert flat(text) == [(1, "一、", "基本情况"), (1, "二.", "重点工作汇报")]


def test_half_width_and_full_width_copies_read_alike() -> None:
    lines = [
        "某局2023年工作总结",
        "今年以来，我局认真落实各项部署，现将有关情况报告如下：",
        "一、主要工作",
        "（一）项目建设。" + PARA,
        "1．完成投资（牵头：规划科；配合：财务科）。" + PARA,
        "2．推进开工。" + PARA,
        "（二）民生保障。" + PARA,
        "二、下步打算",
        PARA,
    ]
    full = "\n".join(lines)
    half = full.translate(str.maketrans({"（": "(", "）": ")", "：": ":", "；": ";", "．": ".", "，": ","}))
    digits = full.replace("1．", "１．").replace("2．", "２．")
    want = [(lv, "".join(lab.split()), title) for lv, lab, title in flat(full)]
    assert [lv for lv, _, _ in want] == [1, 2, 3, 3, 2, 1]
    for copy in (half, digits):
        got = flat(copy)
        assert [lv for lv, _, _ in got] == [lv for lv, _, _ in want]
        assert len(got[2][2]) == len("完成投资（牵头：规划科；配合：财务科）")


def test_a_wrapped_titles_last_characters_opening_the_joined_paragraph() -> None:
    # the clean step joined the paragraph's wrapped lines but not the heading's: its last word opens the paragraph
    lines = [
        "二、2012年主要工作",
        "（一）以园区建设和“菜篮子”工程为引领，做精第一产业，确保现代农牧业实现新进",
        "展。全年计划投资3.7亿元，实施重点农牧业项目33个。" + PARA,
        "（二）以项目建设为抓手，做强第二产业。" + PARA,
        "（三）以改善民生为目标，做优社会事业",
        "经济总量持续增长。" + PARA,  # a paragraph opening with a short sentence of its own
    ]
    assert [title for _, _, title in flat("\n".join(lines))] == [
        "2012年主要工作",
        "以园区建设和“菜篮子”工程为引领，做精第一产业，确保现代农牧业实现新进展",
        "以项目建设为抓手，做强第二产业",
        "以改善民生为目标，做优社会事业",
    ]


def test_a_short_line_whose_sentence_goes_on_in_the_next_line_is_no_heading() -> None:
    # a news copy whose lines broke in the middle of its sentences (a hard wrap the clean step could not mend)
    lines = [
        "某区第五届人民代表大会第四次会议隆重开幕",
        "2月26日上午，区第五届人民代表大会第四次会议在区政务中心隆重开幕。",
        "大会执行主席张三、李四、王五",
        "、赵六、孙七、周八在主席台前排就座。" + PARA,
        "大会主席团(tu",
        "án)常务主席张三主持大会。" + PARA,
        "2018年工作回顾",
        PARA * 2,
    ]
    assert flat("\n".join(lines)) == [(1, "", "2018年工作回顾")]


def test_a_run_in_heading_set_off_from_its_body_by_a_blank() -> None:
    for blank in ("\u3000\u3000", "\u3000", "  ", " "):
        lines = [
            "某局2023年工作方案",
            "为做好工作，制定本方案。",
            f"一、指导思想{blank}以新思想为指导，全面贯彻党的二十大精神。",
            "二、工作措施",
            f"（一）加强组织领导{blank}各单位要高度重视，切实加强领导。" + PARA,
            f"（二）完成 290.58 亿元投资{blank}{PARA}",  # a blank before a figure is a PDF's spacing
            "三、综 合",  # a letter-spaced title
            PARA,
        ]
        assert [title for _, _, title in flat("\n".join(lines))] == [
            "指导思想",
            "工作措施",
            "加强组织领导",
            "完成 290.58 亿元投资",
            "综 合",
        ], repr(blank)


def test_one_line_text_an_unnumbered_sub_head_right_under_a_numbered_heading() -> None:
    # an excerpt run together on one line: a piece right under a heading alone on its piece is weighed as an
    # unnumbered sub-head whatever its wording (only pieces elsewhere need a heading word)
    lines = [
        "某市政府工作报告(摘要)",
        "各位代表：我受市人民政府委托，向大会报告政府工作，请审议。",
        "一、本届政府开局之年的工作",
        "综合经济实力进一步增强",
        "全市实现国内生产总值821.1亿元，比上年增长13.1%。" + PARA * 3,
    ]
    assert flat("  ".join(lines)) == [(1, "一、", "本届政府开局之年的工作"), (2, "", "综合经济实力进一步增强")]


def test_an_attachment_label_with_its_colon_alone_and_a_table_row_after_it() -> None:
    lines = [
        "某镇2021年农产品质量安全工作计划",
        "为做好今年的农产品质量安全工作，制定本计划。",
        "一、目标任务",
        PARA,
        "二、重点工作",
        PARA,
        "附件2：",
        "2021年某镇农产品定性监测计划表",
        "村社\t品种\t合计批次",  # a flattened table row is no heading
        "某村\t蔬菜\t12",
    ]
    got = flat("\n".join(lines))
    assert [(lab, title) for _, lab, title in got][:3] == [("一、", "目标任务"), ("二、", "重点工作"), ("附件2", "")]
    assert all("\t" not in title for _, _, title in got)


def test_a_colon_sub_head_right_under_the_title_heads_the_numbered_items_after_it() -> None:
    # a plan with no opening paragraph: its 重点工作： line, then 一、… from 1 (before any prose, yet a sub-head)
    lines = ["某局2025年重点工作计划", "重点工作:", "一、强化队伍建设。" + PARA, "二、推进集团化办学。" + PARA]
    assert flat("\n".join(lines)) == [(1, "", "重点工作"), (2, "一、", "强化队伍建设"), (2, "二、", "推进集团化办学")]


def test_a_salutation_under_the_title_is_no_sub_head() -> None:
    lines = ["某县政府工作报告", "各位代表:", "一、过去一年工作回顾", PARA, "二、今年工作安排", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "过去一年工作回顾"), (1, "二、", "今年工作安排")]


def test_items_listed_inside_one_paragraph_after_semicolons_are_no_headings() -> None:
    # (1)…；(2)…；(3)… written as one paragraph: a list inside the text, the (1) that opens it is no sub-head
    lines = [
        "一、基本职能及主要工作",
        "(一)部门主要职责",
        "履行的主要职责是:",
        "(1)拟定全市投资促进政策;(2)指导、统筹全市招商引资工作;(3)开展外商直接投资促进工作。",
        PARA,
        "(二)机构设置情况",
        PARA,
    ]
    assert flat("\n".join(lines)) == [
        (1, "一、", "基本职能及主要工作"),
        (2, "(一)", "部门主要职责"),
        (2, "(二)", "机构设置情况"),
    ]


def test_an_item_on_its_own_line_with_a_semicolon_inside_stays_a_heading() -> None:
    lines = ["一、主要工作", "(1)加强队伍建设;提高服务水平。", PARA, "(2)推进集团化办学。", PARA]
    assert (2, "(1)", "加强队伍建设") in flat("\n".join(lines))
