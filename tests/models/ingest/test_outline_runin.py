"""Headings that run into their paragraph with no punctuation between them (first-seen sets 13-14): the title
ends where the body evidently starts. Each test is a short made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.ingest.outline_evidence import find_candidates
from models.ingest.outline_lines import split_lines
from models.ingest.outline_runin import body_start
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"
OPENING = (
    "某镇2022年上半年工作总结 "
    + "今年以来，在县委、县政府的正确领导下，全镇上下凝心聚力，各项工作有序推进。现将有关情况汇报如下: "
)


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_section_title_ending_with_its_word_then_a_clause_ends_at_the_word() -> None:
    text = OPENING + "一、乡基本情况全乡位于县城西南部,距县城二十公里,下辖八个行政村。" + PARA
    text += "二、半年工作开展情况巩固脱贫攻坚成果与乡村振兴有效衔接持续发力。" + PARA * 3
    got = flat(text)
    assert (1, "一、", "乡基本情况") in got
    assert (1, "二、", "半年工作开展情况") in got


def test_a_year_opening_the_paragraph_ends_the_title_before_it() -> None:
    text = "某县统计公报 " + PARA + "一、综合2020年末,全县户籍人口147.8万人,比上年增加1.2万人。" + PARA * 8
    assert flat(text) == [(1, "一、", "综合")]


def test_the_months_opening_the_paragraph_end_the_title_before_them() -> None:
    # a heading line its copy joined to its paragraph: 1.项目招引协同推进1-9月,园区新签约项目…
    lines = ["某园区2022年工作总结", PARA, "一、2022年工作总结", "（一）凝心聚力，招商引资后劲十足"]
    lines += ["1.项目招引协同推进1-9月,园区新签约项目8个,总投资20亿元。" + PARA]
    lines += ["2.平台建设加速打造1—10月份，园区完成投资5亿元。" + PARA]
    # (the months after their year belong to the paragraph's opening 今年: the section word ends the title)
    lines += ["3.招商总体情况今年1-6月份，全县共引进项目75个。" + PARA]
    got = flat("\n".join(lines))
    assert [title for _, _, title in got][2:] == ["项目招引协同推进", "平台建设加速打造", "招商总体情况"]


def test_the_source_of_a_bulletins_figures_opens_the_paragraph_after_a_short_section_name() -> None:
    # a bulletin whose heading lines a copy joined to their paragraphs: 一、综合初步核算，2023年全县…
    lines = ["某县2023年国民经济和社会发展统计公报", "2023年，全县经济稳中有进。"]
    lines += ["一、综合初步核算，2023年全县实现地区生产总值276.29亿元，比上年增长5.1%。" + PARA]
    lines += ["二、工业据统计，全年规模以上工业增加值增长6%。" + PARA]
    assert [title for _, _, title in flat("\n".join(lines))] == ["综合", "工业"]


def test_a_title_that_goes_on_with_a_connective_or_a_comma_is_left_whole() -> None:
    s = "工作情况和存在的主要问题分析如下"
    assert body_start(s, 0, len(s)) == len(s)
    s = "根据项目成熟情况，可以在年内提请审议的法规预备项目"
    assert body_start(s, 0, len(s), run_on=False) == len(s)
    s = "回顾2021年,城管工作在善作善成中交出满意答卷"
    assert body_start(s, 0, len(s)) == len(s)
    s = "深入实施消费新政,到2025年,社会消费品零售总额达到3.5万亿元"
    assert body_start(s, 0, len(s)) == len(s)


def test_a_heading_line_joined_to_its_paragraph_ends_at_the_section_word() -> None:
    lines = [
        "某区林业局2012年工作汇报",
        PARA,
        "一、林业发展概况在县委、县政府的正确领导下,全县林业工作不断取得新成就。" + PARA,
    ]
    lines += ["二、存在的问题", PARA]
    got = flat("\n".join(lines))
    assert (1, "一、", "林业发展概况") in got
    assert (1, "二、", "存在的问题") in got


def test_an_ocr_read_first_subheading_runs_on_after_its_parent_title() -> None:
    # (一) read by OCR as (-), glued to the parent's title in a doc store's one-line chunk
    text = OPENING + "一、工作开展情况(-)坚守第一道防线,全方位做好气象服务保障。" + PARA * 3
    text += " (二)全力应对高温干旱天气。" + PARA * 2
    assert flat(text) == [
        (1, "一、", "工作开展情况"),
        (2, "(-)", "坚守第一道防线,全方位做好气象服务保障"),
        (2, "(二)", "全力应对高温干旱天气"),
    ]


def test_a_first_heading_glued_to_the_title_may_open_with_its_year() -> None:
    text = "某局2023年工作总结一、2023年工作完成情况2023年以来,全局上下扎实工作。" + PARA * 4
    text += "二、存在的问题。" + PARA * 3
    got = flat(text)
    assert (1, "一、", "2023年工作完成情况") in got
    assert (1, "二、", "存在的问题") in got


def test_a_line_naming_the_first_part_its_title_joins_heads_that_part() -> None:
    lines = ["某区司法局2022年工作总结和2023年工作要点", "某区司法局2022年工作总结", PARA * 2]
    lines += ["一、三级联动,法治建设同频一体推进", PARA, "二、多元化解,矛盾纠纷有效化解", PARA]
    assert flat("\n".join(lines)) == [
        (1, "", "某区司法局2022年工作总结"),
        (2, "一、", "三级联动,法治建设同频一体推进"),
        (2, "二、", "多元化解,矛盾纠纷有效化解"),
    ]
    # a second title line that is no part of the first stays out of the outline
    lines[1] = "某区司法局"
    assert flat("\n".join(lines))[0] == (1, "一、", "三级联动,法治建设同频一体推进")


def test_a_run_restarting_at_one_under_a_heading_naming_a_part_nests_under_it() -> None:
    # 一、2023年工作总结 opens a part; its own sections are numbered 一、二、 again after the lead-in
    text = "某办公室工作总结报告 一、2023年工作总结 今年以来，在区委、区政府的正确领导下，各项工作有序推进。"
    text += "现将总结如下: 一、固本强基，全面开展侨情调查。" + PARA * 2
    text += "二、以活动为载体，深化联谊交流。" + PARA * 2
    assert flat(text) == [
        (1, "一、", "2023年工作总结"),
        (2, "一、", "固本强基，全面开展侨情调查"),
        (2, "二、", "以活动为载体，深化联谊交流"),
    ]


def test_a_repeated_one_under_a_section_naming_no_part_is_not_nested() -> None:
    # a second 一、 where 二、 was meant stays beside the first
    lines = [
        "某局2021年工作总结",
        PARA,
        "一、坚持智慧水利理念，严防水旱灾害",
        PARA,
        "1.进一步优化防汛指挥系统。" + PARA,
    ]
    lines += ["一、坚持项目为王理念，加速设施建设", PARA, "1.新建水库一座。" + PARA]
    assert [h[:2] for h in flat("\n".join(lines))] == [(1, "一、"), (2, "1."), (1, "一、"), (2, "1.")]


def test_a_doc_stores_numbered_notices_to_its_buyers_are_not_headings() -> None:
    lines = ["2011年县政府工作报告", "• 文档页数:25"]
    lines += ["1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。"]
    lines += ["2. 2、仅部分预览的文档,如存在完整性等问题,可反馈申请退款。"]
    lines += ["3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。"]
    lines += ["政府工作报告", "各位代表:", PARA, "一、过去五年的工作", PARA * 2]
    assert flat("\n".join(lines)) == [(1, "一、", "过去五年的工作")]
    # a report's own heading speaking of copyright stays a heading
    lines = ["某局工作总结", PARA, "一、加强版权保护,严厉打击侵权盗版", PARA, "二、存在的问题", PARA]
    assert [h[1] for h in flat("\n".join(lines))] == ["一、", "二、"]


def test_a_time_adverbial_opening_the_paragraph_ends_the_title_before_it() -> None:
    text = (
        OPENING + "一、抢抓机遇、优化产业,经济工作再上新水平今年以来,镇政府因地制宜求特色,依托优势谋发展。" + PARA * 3
    )
    assert (1, "一、", "抢抓机遇、优化产业,经济工作再上新水平") in flat(text)
    lines = ["某镇政府工作报告", PARA, "一、五年来工作回顾", PARA]
    lines += ["1、综合经济实力显著提升.截止今年11月底,全镇实现财政收入2776万元." + PARA, "2、城镇建设日新月异.", PARA]
    got = flat("\n".join(lines))
    assert (1, "一、", "五年来工作回顾") in got
    assert (2, "1、", "综合经济实力显著提升") in got


def test_a_page_slogan_with_an_exclamation_is_no_prose_before_the_title() -> None:
    lines = ["公文高手,超级方便的公文写作神器! 立即了解", "某县林业工作总结及工作计划", "一、2023年工作总结"]
    lines += ["1、圆满完成了年度造林任务。" + PARA, "二、2024年工作计划", "1、继续抓好林业基地建设。" + PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "一、", "2023年工作总结")
    assert (1, "二、", "2024年工作计划") in got


def test_lead_sentences_alone_on_their_lines_above_their_paragraphs_are_subheadings() -> None:
    lines = ["某街道2023年工作计划", PARA, "一、做大增量,强力招商引资", PARA]
    for lead in ("着力发展在线经济。", "合力引入招商资源。", "加快升级产业结构。"):
        lines += [lead, PARA * 2]
    got = flat("\n".join(lines))
    assert got == [
        (1, "一、", "做大增量,强力招商引资"),
        (2, "", "着力发展在线经济"),
        (2, "", "合力引入招商资源"),
        (2, "", "加快升级产业结构"),
    ]


def test_lead_sentences_set_apart_by_blank_lines_stay_subheadings() -> None:
    lines = ["某街道2023年工作计划", PARA, "一、做大增量,强力招商引资", PARA]
    for lead in ("着力发展在线经济。", "合力引入招商资源。", "加快升级产业结构。"):
        lines += [lead, PARA * 2]
    got = flat("\n\n".join(lines))
    assert [title for _, _, title in got] == [
        "做大增量,强力招商引资",
        "着力发展在线经济",
        "合力引入招商资源",
        "加快升级产业结构",
    ]


def test_a_paragraphs_last_sentence_a_wrap_left_on_its_own_line_is_no_lead() -> None:
    # a copy setting its paragraphs apart with blank lines, wrapped: …二点二倍。 ⏎ 这样的发展速度…。 ⏎⏎ next paragraph
    paragraphs = [PARA * 2 + "\n" + last for last in ("这样的发展速度是不能够设想的。", "这些统计表明我们正在前进。")]
    paragraphs += [PARA * 2 + "\n" + "我国同邻国改进关系的谈判正在进行中。", PARA * 2]
    text = "\n\n".join(["某市政府工作报告", PARA, "一、过去一年的工作", *paragraphs, "二、今年的工作", PARA])
    assert [label for _, label, _ in flat(text)] == ["一、", "二、"]


def test_one_or_two_short_paragraphs_and_normative_sentences_are_not_leads() -> None:
    lines = ["某市政府工作报告", PARA, "一、过去一年的工作", PARA]
    lines += ["我国同邻国改进关系的谈判正在进行中。", PARA * 2, "现在我举出一些数字说明这个情况。", PARA * 2]
    lines += ["政务部门应当依法共享数据。", PARA * 2, "二、今年的工作", PARA]
    assert [h[1] for h in flat("\n".join(lines))] == ["一、", "二、"]


def test_a_bare_numeral_alone_on_its_line_before_a_paragraph_numbers_a_part_with_no_title() -> None:
    lines = ["各位代表：", "我受国务院的委托，向大会作关于农业发展纲要执行情况的报告。", "一", PARA * 3, PARA, "二"]
    lines += ["下面我首先说一下农业发展纲要在过去四年中执行的情况。" + PARA, PARA * 2]
    assert flat("\n".join(lines)) == [(1, "一", ""), (1, "二", "")]


def test_a_heading_whose_numeral_the_copy_lost_is_an_unnumbered_heading_without_the_leftover() -> None:
    lines = ["某开发区年度述职报告", PARA, "、经济建设和社会事业取得新成绩", "1、各项主要经济指标圆满完成。" + PARA]
    lines += ["2、园区建设势头强劲。" + PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "", "经济建设和社会事业取得新成绩")
    assert (2, "2、", "园区建设势头强劲") in got
    lines = ["关于完善全县应急体系建设的思考", PARA, "一、我县应急管理工作现状", PARA]
    lines += [")健全应急管理机构,形成责任体系。我县坚持把加强应急管理纳入重要内容。", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "我县应急管理工作现状"), (2, "", "健全应急管理机构,形成责任体系")]


def test_in_a_one_line_text_a_sentence_leading_into_numbered_items_is_no_heading() -> None:
    text = "某区政府工作报告  二、2019年工作安排  " + PARA * 3 + "  为实现上述目标，重点抓好以下八个方面工作。  "
    text += "（一）在打好三大攻坚战上聚焦发力，助推全面建成小康社会  " + PARA * 3
    text += "  （二）在推动城市发展上聚焦发力，提高支撑力  " + PARA * 3
    assert flat(text) == [
        (1, "二、", "2019年工作安排"),
        (2, "（一）", "在打好三大攻坚战上聚焦发力，助推全面建成小康社会"),
        (2, "（二）", "在推动城市发展上聚焦发力，提高支撑力"),
    ]
    titles = [text[c.title_start : c.heading_end] for c in find_candidates(text, split_lines(text))]
    assert "为实现上述目标，重点抓好以下八个方面工作" not in titles


def test_an_excerpt_starting_inside_its_parent_title_keeps_the_glued_first_item() -> None:
    # the page starts at the tail of 二、林业工作开展情况, the first item glued to it
    text = "开展情况1.造林绿化高潮迭起。近年来,通过实施长江防护林工程,全县造林面积逐年增加。" + PARA * 2
    text += "\n2.森林资源保护不断加强。" + PARA * 2
    assert flat(text) == [(1, "1.", "造林绿化高潮迭起"), (1, "2.", "森林资源保护不断加强")]


def test_a_quoted_name_broken_by_a_hard_wrap_still_names_the_embedded_document() -> None:
    lines = ["沪府发〔2017〕92号", "某市人民政府印发《关于本市加强政务诚信建设", "的实施意见》的通知", "各区人民政府:"]
    lines += [
        "现将《关于本市加强政务诚信建设的实",
        "施意见》印发给你们,请认真按照执行。",
        "某市人民政府",
        "2017年12月20日",
    ]
    lines += ["关于本市加强政务诚信建设的实施意见", PARA * 2, "一、总体要求", "(一)指导思想", PARA * 2]
    assert flat("\n".join(lines)) == [
        (1, "", "关于本市加强政务诚信建设的实施意见"),
        (2, "一、", "总体要求"),
        (3, "(一)", "指导思想"),
    ]


def test_the_tail_of_a_stores_notice_is_no_prose_before_the_title() -> None:
    lines = ["文有版权争议,请立即联系网站客服。", "乡镇2020年工作总结和2021年工作计划", PARA * 2]
    lines += ["一、经济建设成效显著", PARA * 2, "二、社会事业全面进步", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "经济建设成效显著"), (1, "二、", "社会事业全面进步")]


def test_a_content_farms_label_of_the_whole_document_is_no_section_heading() -> None:
    for label in ("2023政务中心工作总结(通用5篇)", "科技工作计划和总结(2023年科技局计划范文)"):
        lines = [PARA * 2, label, "一、注重学习培训,提高服务水平", PARA * 2, "二、强化服务意识", PARA]
        assert flat("\n".join(lines)) == [(1, "一、", "注重学习培训,提高服务水平"), (1, "二、", "强化服务意识")]


def test_a_title_running_into_a_yi_shi_lead_ends_before_it() -> None:
    # 一是…二是… enumerate a paragraph's points: a title glued to its 一是 ends there (a report run together)
    text = OPENING + "一、主要工作(一)筑牢服务根基,提升保障能力一是优化资源布局。新建服务中心两处。"
    text += "二是完善服务网络。" + PARA + "(二)深化改革创新一是推进集团化办学。" + PARA + "二是加强队伍建设。" + PARA
    got = flat(text)
    assert (2, "(一)", "筑牢服务根基,提升保障能力") in got
    assert (2, "(二)", "深化改革创新") in got


def test_a_yi_shi_inside_a_word_or_without_its_er_shi_stays_in_the_title() -> None:
    title = "(一)坚持标准统一是基础"
    assert body_start(title + "。" + PARA, 0, len(title)) == len(title)
    title = "(一)重点工作一是指什么"
    assert body_start(title + PARA, 0, len(title)) == len(title)


# --- a chain of first labels glued to a glued first heading, no blank anywhere (783, 895) ---------------------------


def test_a_chain_of_first_labels_glued_to_the_title_reads_as_nested_headings() -> None:
    # 一、X(一)Y1.Z。: each title closed by its own first item, the last by its stop
    text = "某局工作总结和工作计划一、上半年工作总结(一)重点指标完成情况1.招商引资指标。" + PARA * 3
    text += "2.项目建设指标。" + PARA * 3 + "(二)重点工作推进情况" + PARA * 2
    got = flat(text)
    assert got[:4] == [
        (1, "一、", "上半年工作总结"),
        (2, "(一)", "重点指标完成情况"),
        (3, "1.", "招商引资指标"),
        (3, "2.", "项目建设指标"),
    ]


def test_a_first_heading_glued_to_the_title_may_open_with_the_months_it_covers() -> None:
    text = "某园区上半年工作总结及下半年思路一、1-6月份工作总结(一)经济指标平稳增长1、工业产值完成34亿元。" + PARA * 3
    text += "(二)企业服务规范化管理" + PARA * 3 + "二、下半年工作思路" + PARA * 2
    got = flat(text)
    assert (1, "一、", "1-6月份工作总结") in got
    assert (2, "(一)", "经济指标平稳增长") in got
    assert (1, "二、", "下半年工作思路") in got


def test_a_year_and_the_period_it_opens_after_a_quoted_or_short_title_start_the_paragraph() -> None:
    # a one-line copy: (一)持续巩固“两大提升”2023年,… / (二)扩大投资稳中有进2023年一季度,… (1791's shape; other
    # offices, periods and quote styles written here)
    text = "某州文旅局2023年第一季度工作总结一、紧扣“两大提升”,全力推动旅游产业化进程"
    text += "(一)持续巩固“两大提升”2023年,旅游市场持续回暖,迎来文旅融合发展新契机。" + PARA
    text += "(二)扩大投资稳中有进2023年一季度,全州新签约文旅项目5个。" + PARA
    text += "(三)做强“乡村旅游”品牌2022年上半年,全县接待游客120万人次。" + PARA
    text += "(四)抓实项目建设2021年1-6月,全区完成投资12亿元。" + PARA * 3
    got = [(label, title) for _, label, title in flat(text)]
    assert ("(一)", "持续巩固“两大提升”") in got
    assert ("(二)", "扩大投资稳中有进") in got
    assert ("(三)", "做强“乡村旅游”品牌") in got
    assert ("(四)", "抓实项目建设") in got


def test_a_year_a_title_takes_as_its_object_stays_in_the_title() -> None:
    assert body_start("(一)力争到2025年一季度,全面完成改造任务", 3, 21) == 21
    assert body_start("(一)扎实推进2023年上半年重点工作,谋划下半年工作", 3, 26) == 26


def test_an_end_word_after_a_manner_adverb_is_the_verb_of_the_title() -> None:
    # 全面总结/认真回顾/系统总结 take the title's object after them: a verb, not the noun a title ends with
    for title in (
        "(一)全面总结2023年上半年工作成效,谋划下半年重点工作",
        "(二)认真总结一年来的工作,查找存在的不足和短板",
        "(三)深入回顾“十四五”以来发展历程,凝聚奋进共识",
        "3.系统总结2019年前三季度全区经济运行情况,研判形势",
    ):
        start = title.index(")") + 1 if title.startswith("(") else 2
        assert body_start(title, start, len(title)) == len(title), title
    # a noun title ending on the word still ends there (工作总结 ⏎ its paragraph)
    s = "一、上半年工作总结今年以来,我局紧紧围绕县委县政府中心工作,扎实推进各项任务。"
    assert body_start(s, 2, len(s)) == s.index("今年")


def test_the_period_and_what_was_done_in_it_up_to_a_figure_open_the_paragraph_after_a_noun_title() -> None:
    # (二)公路运输全年共完成客运量13385万人,…: the result the paragraph reports, glued to a short noun title
    lines = ["某市交通局2019年工作总结", "一、主要工作目标完成情况", "（一）公路建设", PARA]
    lines += ["（二）公路运输全年共完成客运量13385万人,为年计划的110.29%,同比增长20.22%。" + PARA]
    lines += ["（三）水路运输上半年累计完成货运量520万吨,同比增长6.1%。" + PARA]
    lines += ["（四）邮政快递全年实现业务收入3.2亿元,同比增长12%。" + PARA]
    got = flat("\n".join(lines) + "\n")
    assert (2, "（二）", "公路运输") in got
    assert (2, "（三）", "水路运输") in got
    assert (2, "（四）", "邮政快递") in got


def test_a_target_a_title_sets_for_the_period_stays_in_the_title() -> None:
    lines = ["某县2020年工作计划", "一、主要目标", PARA]
    lines += ["（一）工业经济力争全年完成产值100亿元", PARA, "（二）固定资产投资确保全年完成50亿元", PARA]
    got = flat("\n".join(lines) + "\n")
    assert (2, "（一）", "工业经济力争全年完成产值100亿元") in got
    assert (2, "（二）", "固定资产投资确保全年完成50亿元") in got
