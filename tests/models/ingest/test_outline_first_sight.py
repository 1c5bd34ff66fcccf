"""Outline families from the first-sight failures of sets 7–22 (reports nobody had tuned to): each test is a short
made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，各项工作取得新进展。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


# --- a theme sentence alone on its line over paragraphs that open with their own headline sentences -------------


def test_a_theme_sentence_over_headlined_paragraphs_is_a_subheading_even_alone() -> None:
    # 政府工作报告: 一年来，我们…。 on its own line, then paragraphs led by 经济总量持续增长。…
    lines = ["某镇2024年政府工作报告", "各位代表：", "一、2023年工作回顾", PARA]
    lines += ["一年来，我们全力以赴稳增长，经济回升的步伐迈得更沉稳。", "经济总量持续增长。" + PARA]
    lines += ["项目建设提速增效。" + PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "2023年工作回顾"), (2, "", "一年来，我们全力以赴稳增长，经济回升的步伐迈得更沉稳")]


def test_a_theme_line_written_without_its_full_stop_is_a_subheading() -> None:
    lines = ["某镇政府工作报告", "各位代表：", "一、2018年工作回顾", PARA]
    lines += ["一年来，我们以稳定发展为要务，推动经济继续保持健康发展", "经济持续稳健发展。" + PARA]
    got = flat("\n".join(lines))
    assert (2, "", "一年来，我们以稳定发展为要务，推动经济继续保持健康发展") in got


def test_a_theme_sentence_opening_an_excerpt_under_a_page_header_is_a_heading() -> None:
    lines = ["某乡2023年政府工作报告(第20/30页)", "一年来，我们坚持惠民生、强保障，持续提升群众幸福指数。"]
    lines += ["坚持多渠道开源稳增收。" + PARA, "坚持不断提高民生保障。" + PARA]
    assert flat("\n".join(lines)) == [(1, "", "一年来，我们坚持惠民生、强保障，持续提升群众幸福指数")]


def test_the_opening_sentence_right_under_a_numbered_heading_is_no_subheading() -> None:
    # （六）… ⏎ 加大…投入力度，全面提高…获得感。 ⏎ 全面做好精准扶贫工作。…: the section's own first sentence
    lines = ["某市政府工作报告", PARA, "（六）着力保障和改善民生，不断增进人民福祉"]
    lines += ["加大对民生领域的公共财政投入力度，全面提高人民群众的获得感。", "全面做好精准扶贫工作。" + PARA]
    assert flat("\n".join(lines)) == [(1, "（六）", "着力保障和改善民生，不断增进人民福祉")]


def test_a_theme_sentence_over_paragraphs_without_headlines_stays_prose() -> None:
    lines = ["某镇政府工作报告", "一、2023年工作回顾", PARA]
    lines += ["一年来，我们全力以赴稳增长，经济回升的步伐迈得更沉稳。", PARA, PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "2023年工作回顾")]


def test_a_line_a_wrap_cut_before_its_sentence_ends_is_no_theme_line() -> None:
    lines = ["某报告", PARA, "我们国家的权力机关，是在共产党领导下由各民族、各阶级、各党派、各人民团体"]
    lines += ["的代表人物组成的。" + PARA]
    assert flat("\n".join(lines)) == []


# --- the first part's heading right after a report's opening formula, in a report run together on one line -------

OPENING = "各位代表：现在，我代表镇人民政府向大会作政府工作报告，请予审议，并请列席人员提出意见。"
BODY = "一年来，在县委、县政府的坚强领导下，全镇经济社会保持良好发展态势，较好完成了年度目标任务。" * 3


def test_a_piece_between_blanks_after_the_opening_formula_heads_the_first_part() -> None:
    # (a phrase no heading word ends: a piece standing alone only because of where it stands)
    text = f"某县政府工作报告 {OPENING} 回顾过去五年 {BODY} 一、结构调整步伐加快 {BODY}"
    got = flat(text)
    assert got[:2] == [(1, "", "回顾过去五年"), (2, "一、", "结构调整步伐加快")]


def test_a_first_part_title_glued_to_its_paragraph_ends_at_its_part_word() -> None:
    text = f"某镇政府工作报告{OPENING}2015年工作回顾过去一年，在县委的领导下，{BODY}"
    text += f"一年来，我们主要做了以下工作:一、突出招商引资。{BODY}"
    got = flat(text)
    assert got[:2] == [(1, "", "2015年工作回顾"), (2, "一、", "突出招商引资")]


def test_a_first_part_title_glued_to_the_first_numbered_heading_after_a_lead_in() -> None:
    text = f"某中心工作总结{BODY}现将工作开展情况汇报如下:2016年工作开展情况一、行政审批工作。{BODY}"
    text += f"二、政务公开工作。{BODY}"
    got = flat(text)
    assert got[:2] == [(1, "", "2016年工作开展情况"), (2, "一、", "行政审批工作")]


def test_prose_right_after_the_opening_formula_is_no_heading() -> None:
    text = f"某镇政府工作报告 {OPENING} 今年工作总体要求是，坚持稳中求进。{BODY} 一、2023年工作回顾 {BODY}"
    assert flat(text) == [(1, "一、", "2023年工作回顾")]


# --- 前言 and 结束语: parts of a plan or a long report named by their kind ------------------------------------------


def test_a_letter_spaced_foreword_before_the_chapters_is_a_part_beside_them() -> None:
    lines = ["某省“十一五”专项规划", "前  言", PARA, PARA, "第一章  发展状况和面临形势", "一、发展状况", PARA]
    lines += ["第二章  指导思想", PARA, "结束语", PARA]
    got = flat("\n".join(lines))
    assert got == [
        (1, "", "前  言"),
        (1, "第一章", "发展状况和面临形势"),
        (2, "一、", "发展状况"),
        (1, "第二章", "指导思想"),
        (1, "", "结束语"),
    ]


def test_the_word_foreword_inside_a_sentence_is_no_heading() -> None:
    lines = ["某规划", "一、发展状况", "本规划前言部分说明了编制依据。" + PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "发展状况")]


# --- one-line texts: the first paragraph's headline at the line's start counts with the ones after blanks ----------


def test_the_first_headline_of_a_line_run_together_is_a_heading_like_the_ones_after_it() -> None:
    body = "全县城镇居民人均可支配收入达10675元，增长12.1%，其中人均工薪收入6559元，增长6.1%。" * 2
    text = f"某县2006年统计公报(4)\n城乡居民收入增长较快。{body}  居民消费结构继续升级。{body}"
    text += f"  社会保障工作全面发展。{body}"
    assert flat(text) == [
        (1, "", "城乡居民收入增长较快"),
        (1, "", "居民消费结构继续升级"),
        (1, "", "社会保障工作全面发展"),
    ]


def test_a_paragraph_line_opening_with_a_short_sentence_is_no_headline_alone() -> None:
    body = "全县城镇居民人均可支配收入达10675元，增长12.1%，其中人均工薪收入6559元，增长6.1%。"
    text = f"某县统计公报\n一、经济运行\n总体经济平稳运行。{body * 3} (略) 级家庭农场2家。{body}"
    assert flat(text) == [(1, "一、", "经济运行")]


# --- a task table after the text repeating its headings (责任分工) --------------------------------------------------


def test_a_task_table_repeating_the_headings_after_the_text_holds_no_headings() -> None:
    units = "市体育局、发改委、财政局，各县（市、区）人民政府。"
    lines = ["某市人民政府关于加快发展体育产业的通知", "各县（市、区）人民政府：", PARA]
    lines += ["一、创新产业发展体制机制", "（一）加快体制机制创新。" + PARA, "（二）强化政府服务职能。" + PARA]
    lines += ["二、健全产业财政支持体系", "（一）加大财政扶持力度。" + PARA, "某市人民政府", "2020年12月25日"]
    lines += ["附件", "《某市人民政府关于加快发展体育产业的通知》责任分工", "责任单位", "备注"]
    lines += ["一、创新产业发展体制机制", "（一）加快体制机制创新", units, "（二）强化政府服务职能", units]
    lines += ["二、健全产业财政支持体系", "（一）加大财政扶持力度。", units]
    got = flat("\n".join(lines))
    assert got[:5] == [
        (1, "一、", "创新产业发展体制机制"),
        (2, "（一）", "加快体制机制创新"),
        (2, "（二）", "强化政府服务职能"),
        (1, "二、", "健全产业财政支持体系"),
        (2, "（一）", "加大财政扶持力度"),
    ]
    assert (1, "附件", "") in got
    assert sum(1 for h in got if h[2] == "创新产业发展体制机制") == 1


# --- the document a notice issues: its title governs the rest -------------------------------------------------------


def test_a_rules_title_its_notice_quotes_heads_the_articles_when_the_notice_lost_its_text() -> None:
    lines = ["某市科技创新委员会关于印发《某园区产业用房租金减免办法》的通知", "某园区产业用房租金减免办法"]
    lines += ["第一条为了支持创新型中小企业，制定本办法。", "第二条本办法所称产业用房，是指园区的产业用房。"]
    lines += ["第三条本办法自2020年8月1日起施行。"]
    got = flat("\n".join(lines))
    assert got[0] == (1, "", "某园区产业用房租金减免办法")
    assert got[1][:2] == (2, "第一条")


def test_a_printed_government_work_report_heads_its_unnumbered_first_part() -> None:
    lines = [
        "各乡镇人民政府，县政府各部门：",
        "《政府工作报告》已经县人民代表大会审议通过，现印发给你们，请认真抓好落实。",
    ]
    lines += ["某县人民政府", "2026年2月9日", "(此件公开发布)", "政府工作报告"]
    lines += ["——2026年1月14日在某县第十八届人民代表大会第五次会议上", "县 长 张三", "各位代表:"]
    lines += ["现在,我代表县人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。"]
    lines += ["2025年和“十四五”工作回顾", PARA, "一、经济运行量质齐升,投资消费稳健增长", PARA]
    got = flat("\n".join(lines))
    assert got == [
        (1, "", "政府工作报告"),
        (2, "", "2025年和“十四五”工作回顾"),
        (3, "一、", "经济运行量质齐升,投资消费稳健增长"),
    ]


def test_a_news_sites_full_text_line_of_the_report_its_lead_names_heads_the_report() -> None:
    lines = ["2021年某省《政府工作报告》(附全文)", "中商情报网讯:会议上《某省政府工作报告》,《报告》包括四个部分。"]
    lines += ["《某省政府工作报告》全文", "一、2020年和“十三五”工作回顾", PARA, "二、2021年重点工作", PARA]
    got = flat("\n".join(lines))
    assert got[:2] == [(1, "", "《某省政府工作报告》全文"), (2, "一、", "2020年和“十三五”工作回顾")]


# --- a second list inside one article, after a lead-in colon --------------------------------------------------------


def test_a_list_starting_again_after_a_lead_in_colon_stays_under_its_article() -> None:
    item = "给予投资金额5%、单笔最高不超过100万元的奖励。"
    lines = ["某区专项资金实施细则", "第一章 总则", "第一条为促进金融业发展，制定本细则。", "第二章 奖励政策"]
    lines += ["第二条鼓励创业投资企业在本区集聚发展：", "（一）对创业投资企业" + item, "（二）对管理企业" + item]
    lines += [
        "对于申请前款奖励的创业投资企业，只对管理企业进行奖励。",
        "本条第一款所称初创期科技型企业，应同时符合以下条件：",
    ]
    lines += [
        "（一）接受投资时从业人数不超过200人。",
        "（二）接受投资时设立时间不超过5年。",
        "（三）接受投资后2年内未上市。",
    ]
    lines += ["本条第一款所称创业投资企业，应同时符合以下条件：", "（一）不属于被投资企业的发起人。"]
    lines += ["（二）按照规定完成备案且规范运作。", "第三条对外商独资私募证券投资基金管理企业" + item]
    lines += ["第四条鼓励金融科技企业创新发展。", "（一）对持牌金融机构" + item, "（二）对科技服务企业" + item]
    lines += ["第五条鼓励企业上市融资。", "（一）对完成上市辅导的企业" + item, "（二）对挂牌企业" + item]
    lines += ["第三章 附则", "第六条本细则自发布之日起施行。"]
    got = flat("\n".join(lines))
    assert (3, "（一）", "接受投资时从业人数不超过200人") in got
    assert (3, "（二）", "按照规定完成备案且规范运作") in got
    assert (2, "第四条", "鼓励金融科技企业创新发展") in got
    assert (1, "第三章", "附则") in got
    assert (2, "第六条", "本细则自发布之日起施行") in got


# --- a heading run into its paragraph that opens with a year (or a template's placeholder year) ---------------------


def test_a_title_runs_until_its_paragraph_opens_with_a_placeholder_year() -> None:
    lines = [
        "某局2024年工作总结",
        PARA,
        "一、全区环境质量状况202x年,全区环境质量状况总体保持稳定,未发生重大环境污染事件。",
    ]
    lines += [PARA, "二、重点工作完成情况20XX年以来,我局认真贯彻落实各项部署。", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "全区环境质量状况"), (1, "二、", "重点工作完成情况")]


def test_a_one_sentence_title_naming_a_year_after_its_comma_is_kept_whole() -> None:
    lines = ["某市实施方案", PARA, "1.加快建设先进制造业基地,到2025年,产业规模达到3.5万亿元", PARA]
    assert flat("\n".join(lines)) == [(1, "1.", "加快建设先进制造业基地,到2025年,产业规模达到3.5万亿元")]


# --- set 29's first sight -------------------------------------------------------------------------------------------


def test_the_first_part_named_under_a_two_part_title_heads_the_numbering_right_below_it() -> None:
    lines = ["区文化和旅游局2021年工作总结及2022年工作计划", "2021年工作总结", "一、全区文化活动取得新成效"]
    lines += ["(一)主题文化活动精彩纷呈。", PARA, "(二)文化惠民活动扎实推进。", PARA]
    got = flat("\n".join(lines))
    assert got[:3] == [
        (1, "", "2021年工作总结"),
        (2, "一、", "全区文化活动取得新成效"),
        (3, "(一)", "主题文化活动精彩纷呈"),
    ]


def test_a_sentence_with_a_clause_right_after_a_heading_in_a_one_line_text_opens_its_paragraph() -> None:
    text = "某县政府工作报告 各位代表: 现在,我代表县人民政府向大会报告工作,请予审议。 一、过去五年工作回顾 "
    text += "本届政府的五年,是发展史上极不平凡的五年。" + PARA * 3 + " 综合实力大幅提升。" + PARA * 2
    got = flat(text)
    assert (2, "", "本届政府的五年,是发展史上极不平凡的五年") not in got
    assert got[0] == (1, "一、", "过去五年工作回顾")


def test_a_pages_anti_copy_token_ending_many_lines_is_no_part_of_a_title() -> None:
    lines = ["某县政府工作报告pbY", "各位代表:pbY", "现在,我代表县人民政府向大会作政府工作报告,请予审议。pbY"]
    lines += ["一、过去五年工作回顾pbY", PARA + "pbY", "二、2017年工作安排pbY", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "过去五年工作回顾"), (1, "二、", "2017年工作安排")]


# --- numbered items inside a paragraph of a text written in lines ---------------------------------------------------


def test_items_numbered_inside_a_paragraph_of_a_text_in_lines_are_a_list_not_headings() -> None:
    para = "我局严把政务公开质量关。1、公开内容充实。严格按照规定类别公开政务信息，全面公布部门职责。" + PARA
    para += "2、公开时间及时。明确规定最迟在信息产生后的10日内公开，做到常规性工作定期公开。" + PARA
    para += "3、公开程序规范。建立政务信息公开监督检查机制和责任追究机制，对政务公开进行全程监督。"
    lines = ["一、总体情况", PARA, "(一)加强组织领导,完善政务公开机制", PARA, "(二)推进重点领域,提高政务公开质量", para]
    assert flat("\n".join(lines)) == [
        (1, "一、", "总体情况"),
        (2, "(一)", "加强组织领导,完善政务公开机制"),
        (2, "(二)", "推进重点领域,提高政务公开质量"),
    ]


def test_a_top_heading_a_copy_ran_into_the_paragraph_before_is_still_a_heading() -> None:
    lines = [
        "某县统计公报",
        PARA * 3 + "一、综合2020年末，全县户籍人口147.8万人。" + PARA,
    ]
    lines += [PARA, PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "综合")]


# --- a half-width full stop typed between Chinese characters --------------------------------------------------------


def test_a_half_width_full_stop_ends_a_run_in_title_and_the_sentence_before_a_heading() -> None:
    body = "计划生育工作始终保持低生育水平,2011年出生329人,自然增长率2.88‰,计划生育率96.05%,位居全县前列."
    lines = [
        "某镇五年工作总结",
        PARA,
        "一、五年来工作回顾",
        "1、综合经济实力显著提升." + body,
    ]
    lines += ["农村环境卫生整治工作成效明显,镇域环境面貌焕然一新,为群众生产生活提供了优良环境."]
    lines += ["4、计生文卫工作成绩显著." + body]
    got = flat("\n".join(lines))
    assert (2, "4、", "计生文卫工作成绩显著") in got
    assert (2, "1、", "综合经济实力显著提升") in got


def test_a_half_width_stop_between_two_phrases_of_a_title_line_stays_in_it() -> None:
    lines = ["某县政府工作报告", PARA, "一、农业结构调整初见成效.农村经济稳定增长", PARA, "二、工业经济快速发展", PARA]
    assert flat("\n".join(lines))[0] == (1, "一、", "农业结构调整初见成效.农村经济稳定增长")


def test_a_documents_own_title_line_after_a_lead_in_colon_is_no_first_part_title() -> None:
    text = f"某局工作总结 {BODY} 现将我局xxxx年工作总结如下:  林业局关于2021年度工作总结及工作打算范文  "
    text += f"一、工作总结  (一)营造林工作成效明显  {BODY}  (二)林政工作扎实推进  {BODY}"
    got = flat(text)
    assert got[:2] == [(1, "一、", "工作总结"), (2, "(一)", "营造林工作成效明显")]


def test_a_name_a_doc_sites_blurb_quotes_titles_no_embedded_document() -> None:
    text = (
        "湖南省人民政府办公厅文件  时间:2019-05-14 10:45:55  简介:小编为你整理了多篇相关的《湖南省人民政府办公厅文件》,"
    )
    text += "但愿对你有帮助。  湖南省人民政府办公厅文件  湘政办发〔2009〕24号  各市州人民政府:  "
    text += "根据省人民政府要求,现就有关问题通知如下:  "
    text += f"一、充分认识做好就业工作的重要性。{BODY}  二、积极引导高校毕业生到基层就业。{BODY}"
    got = flat(text)
    assert got[0] == (1, "一、", "充分认识做好就业工作的重要性")


def test_two_plans_with_the_same_generic_headings_keep_both_outlines() -> None:
    lines = ["某镇关于印发两个方案的通知", PARA, "某镇人居环境整治方案"]
    lines += ["一、指导思想", PARA, "二、工作目标", PARA, "三、主要任务", PARA, "四、保障措施", PARA]
    lines += [
        "某镇垃圾分类工作方案",
        "一、指导思想",
        PARA,
        "二、工作目标",
        PARA,
        "三、主要任务",
        PARA,
        "四、保障措施",
        PARA,
    ]
    got = flat("\n".join(lines))
    assert sum(1 for h in got if h[2] == "主要任务") == 2


def test_a_colon_sub_head_piece_of_a_one_line_text_heads_the_items_after_it() -> None:
    text = f"某县教育局2025年重点工作计划  重点工作:  一、强化教师队伍建设。{BODY}  二、推动集团化办学。{BODY}"
    got = flat(text)
    assert got[:3] == [(1, "", "重点工作"), (2, "一、", "强化教师队伍建设"), (2, "二、", "推动集团化办学")]


def test_a_piece_announcing_a_counted_list_is_no_sub_head() -> None:
    text = f"某县教育局2025年工作计划  {BODY}  重点抓好以下三项工作:  "
    text += f"一、强化教师队伍建设。{BODY}  二、推动集团化办学。{BODY}"
    got = flat(text)
    assert got[:2] == [(1, "一、", "强化教师队伍建设"), (1, "二、", "推动集团化办学")]


def test_a_theme_sentence_opening_an_excerpt_with_no_header_is_a_heading() -> None:
    lines = ["一年来，我们坚持惠民生、强保障，持续提升群众幸福指数。"]
    lines += ["坚持多渠道开源稳增收。" + PARA, "坚持不断提高民生保障。" + PARA]
    assert flat("\n".join(lines)) == [(1, "", "一年来，我们坚持惠民生、强保障，持续提升群众幸福指数")]


def test_a_short_phrase_set_off_by_blanks_between_paragraphs_of_a_one_line_text_is_a_heading() -> None:
    text = f"某省政府工作报告  {BODY}  汶川特大地震灾后恢复重建胜利完成  "
    text += f"2011年是完成灾后恢复重建规划任务的最后一年。{BODY}  经济保持平稳较快发展  {BODY}"
    got = flat(text)
    assert got == [(1, "", "汶川特大地震灾后恢复重建胜利完成"), (1, "", "经济保持平稳较快发展")]


def test_a_phrase_a_blank_cut_out_of_a_sentence_is_no_heading() -> None:
    text = f"某省政府工作报告  {BODY}  我们坚持以人民为中心  的发展思想,推动各项事业全面发展。{BODY}"
    text += f"  一、2012年工作安排  {BODY}"
    assert flat(text) == [(1, "一、", "2012年工作安排")]


def test_a_bare_part_numeral_set_off_after_a_sentence_in_a_one_line_text_opens_a_part() -> None:
    text = f"各位代表：  我受国务院的委托，向大会作报告。  一  {BODY}  二  {BODY}  三  {BODY}"
    assert flat(text) == [(1, "一", ""), (1, "二", ""), (1, "三", "")]
