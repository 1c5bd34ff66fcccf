"""Outline families from the first-sight failures of the held-back sets of session 5 and before (reports nobody had
tuned to): each test is a short made-up text of the family's shape."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，各项工作取得新进展。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


# --- lead sentences alone on their lines never hold a numbered heading standing on its own line -------------------


def _national_report() -> list[str]:
    # a national report: the review in lead sentences, then 一、二、 tasks each with lead sentences under them
    lines = ["政府工作报告", "各位代表：", PARA, "首先报告去年的工作", PARA]
    lines += ["国民经济保持良好发展势头。", PARA, "经济体制改革进一步深化。", PARA, "城乡人民生活继续改善。", PARA]
    lines += ["按照这个总体要求，今年要着重做好以下几个方面工作。"]
    lines += ["一、扩大和培育内需，促进经济较快增长", PARA, "努力做好财税工作。", PARA, "加强金融监管。", PARA]
    lines += ["二、加快农业和农村经济发展", PARA, "推动科技进步和创新。", PARA, "坚持教育优先发展。", PARA]
    return lines


def test_numbered_sections_after_a_review_in_lead_sentences_stand_at_the_top() -> None:
    got = flat("\n".join(_national_report()))
    assert (1, "一、", "扩大和培育内需，促进经济较快增长") in got
    assert (1, "二、", "加快农业和农村经济发展") in got
    assert (2, "", "努力做好财税工作") in got


def test_a_speech_s_yi_yao_leads_are_no_headings() -> None:
    # 一要…。 二要…。 on their own lines enumerate the points of a paragraph, as 一是… do
    lines = _national_report()
    lines += ["加快产业结构优化升级。", "一要采用高新技术和先进适用技术，改造和提升传统产业。", PARA]
    lines += ["二要加快发展信息、生物、新材料等高新技术产业。", PARA, "三要积极发展现代服务业。", PARA]
    got = flat("\n".join(lines))
    assert (2, "", "加快产业结构优化升级") in got
    assert not [h for h in got if h[2].startswith(("一要", "二要", "三要"))]


def test_a_sentence_with_a_clause_announcing_yi_shi_leads_is_no_heading() -> None:
    lines = _national_report()
    lines += ["扩大国内需求，首先必须增加城乡居民特别是低收入群体的收入，培育和提高居民的购买力。"]
    lines += ["一是采取更有力的措施，千方百计增加农民收入。", PARA, "二是进一步完善城镇社会保障体系。", PARA]
    got = flat("\n".join(lines))
    assert not [h for h in got if h[2].startswith("扩大国内需求")]


# --- a notice naming the document it issues without 《》: the document's title governs what follows ---------------


def test_a_bulletin_a_notice_publishes_by_name_is_the_heading_above_its_sections() -> None:
    lines = ["关于发布2022年度某省人力资源和社会保障事业发展统计公报的通知", "各市人力资源和社会保障局："]
    lines += ["为全面反映全省事业发展状况，现发布2022年度某省人力资源和社会保障事业发展统计公报。"]
    lines += ["某省人力资源和社会保障厅", "2023年6月28日", "2022年度某省", "人力资源和社会保障事业发展统计公报", PARA]
    lines += ["一、劳动就业", PARA, "二、社会保险", PARA]
    got = [(level, label, title.replace("\n", "")) for level, label, title in flat("\n".join(lines))]
    assert got[0] == (1, "", "2022年度某省人力资源和社会保障事业发展统计公报")
    assert got[1:] == [(2, "一、", "劳动就业"), (2, "二、", "社会保险")]


def test_a_plan_an_untitled_notice_issues_is_the_heading_after_its_closing_note() -> None:
    # the notice's title lost; its sentence names the plan (…规划已经市政府同意，现予印发); the title line carries
    # the bureau that wrote it; (此件公开发布) closes the notice
    lines = [
        "各乡镇人民政府，市各委、办、局：",
        "某市人力资源和社会保障事业“十四五”发展规划已经市政府同意，现予印发，请遵照执行。",
    ]
    lines += ["特此通知。", "某市人民政府办公室", "2021年12月22日", "（此件公开发布）"]
    lines += ["某市人力资源和社会保障局某市人力资源和社会保障事业“十四五”发展规划", PARA]
    lines += ["一、规划背景与总体要求", "（一）规划背景", PARA, "（二）总体要求", PARA]
    got = flat("\n".join(lines))
    assert got == [
        (1, "", "某市人力资源和社会保障局某市人力资源和社会保障事业“十四五”发展规划"),
        (2, "一、", "规划背景与总体要求"),
        (3, "（一）", "规划背景"),
        (3, "（二）", "总体要求"),
    ]


# --- a list a lead-in colon announces belongs to the section above it, whatever its style -------------------------


def test_items_announced_by_a_lead_in_colon_nest_under_the_heading_above_them() -> None:
    # a 决算公开说明: 1.行政单位基本情况 ⏎ …主要职能职责如下： ⏎ （一）… （二）…: the duties are that section's items
    lines = [
        "某区商务委员会2022年度部门决算公开说明",
        "一、单位基本情况",
        "本单位含一个行政单位和一个事业单位。其基本情况如下：",
    ]
    lines += ["1.行政单位基本情况", "根据区委文件规定，我委是区政府工作部门，为正处级。主要职能职责如下："]
    lines += ["（一）贯彻执行国家有关商务工作的法律、法规和方针政策；拟订产业规划并组织实施。"]
    lines += ["（二）推动口岸建设；负责全区商务物流行业管理。", "（三）指导协调全区贸易促进体系的建立。"]
    got = flat("\n".join(lines))
    assert [level for level, _, _ in got] == [1, 2, 3, 3, 3]


# --- a hard wrap leaving a numeral alone on its line: no part number when the next line cannot be a title ----------


def test_a_numeral_a_wrap_cut_out_of_a_phrase_is_no_part_number() -> None:
    # 因地制宜制定“一村 ⏎ 一 ⏎ 策”， ⏎ 立项村…: a page that breaks lines around figures and names
    lines = ["一、2023年工作总结", "1.强村富民改革。", "持续壮大村级集体经济，因地制宜制定“一村", "一", "策”，"]
    lines += ["立项村集体经济项目15个，推进新型农村集体经济发展项目8个，成功入围市级示范项目3个。"]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "2023年工作总结"), (2, "1.", "强村富民改革")]


# --- a copy that lost one label of a run: the unnumbered line standing where the number is missing ------------------


def test_the_unnumbered_line_between_one_and_three_is_the_second_section() -> None:
    # a farm's copy stripped 二、 (and punctuation) from a bulletin: 一、… ⏎ 固定资产投资增速趋缓 ⏎ … ⏎ 三、…
    lines = [
        "某县1-5月份经济运行情况",
        "一、工业生产平稳增长",
        PARA,
        "新兴产业成长较快1-5月份，高新技术产业增加值同比增长35.1%",
    ]
    lines += ["固定资产投资增速趋缓", PARA, "三、消费市场持续回暖", PARA, "四、财政收入稳定增长", PARA]
    got = flat("\n".join(lines))
    assert got == [
        (1, "一、", "工业生产平稳增长"),
        (1, "", "固定资产投资增速趋缓"),
        (1, "三、", "消费市场持续回暖"),
        (1, "四、", "财政收入稳定增长"),
    ]


def test_a_subheading_under_a_section_whose_successor_follows_in_order_is_no_lost_label() -> None:
    lines = ["某县经济运行情况", PARA, "一、工业生产平稳增长", PARA, "固定资产投资增速趋缓", PARA]
    lines += ["二、消费市场持续回暖", PARA, "三、财政收入稳定增长", PARA]
    got = flat("\n".join(lines))
    assert (1, "", "固定资产投资增速趋缓") not in got


# --- a hard-wrapped copy whose rejoined lines glued a heading onto the end of the paragraph before it -------------


def test_a_top_heading_glued_to_the_end_of_a_paragraph_line_is_read() -> None:
    lines = [
        "某局2020年工作总结",
        "2020年以来，我局紧紧围绕年初确定的工作目标，扎实工作，圆满完成了年度各项工作目标任务。",
    ]
    lines[-1] += "一、县定重点工作完成情况(一)重点文化项目建设。"
    lines += ["一是文化产业园区项目。" + PARA, "(二)公共文化服务体系建设。", PARA]
    got = flat("\n".join(lines))
    assert got == [
        (1, "一、", "县定重点工作完成情况"),
        (2, "(一)", "重点文化项目建设"),
        (2, "(二)", "公共文化服务体系建设"),
    ]


def test_a_numbered_clause_inside_a_paragraph_line_is_no_glued_heading() -> None:
    lines = ["某局2020年工作总结", PARA + "一、二季度完成投资3亿元，三、四季度完成投资5亿元，全年完成投资8亿元。", PARA]
    assert flat("\n".join(lines)) == []


# --- labels as other copies write them, and first items glued to their parent's title -----------------------------


def test_the_small_ideographic_comma_writes_a_label_as_the_comma_does() -> None:
    lines = ["市政府工作报告", "各位代表：", PARA, "一﹑五年工作的回顾", PARA, "二﹑今后五年的主要任务", PARA]
    assert flat("\n".join(lines)) == [(1, "一﹑", "五年工作的回顾"), (1, "二﹑", "今后五年的主要任务")]
    ranged = ["市政府工作报告", PARA, "一﹑二季度完成投资3亿元，同比增长5%，各项工作取得新进展。", PARA]
    assert flat("\n".join(ranged)) == []


def test_a_first_item_glued_to_its_parent_s_title_in_a_doc_store_chunk_is_a_heading() -> None:
    # a doc store's chunks (2、 opening the next) run the report's lines together: …看好1、夏粮夏油抗灾夺丰收。
    text = (
        "1、县农业局上半年工作总结今年我县农业开门见灾。" + PARA * 4 + "一、农业农村形势总体看好1、夏粮夏油抗灾夺丰收。"
    )
    text += "全县夏粮总面积35.55万亩,\n\n2、比上年增加1.41万亩,增长4.13%。" + PARA * 4 + "油菜良种补贴全面落实,"
    text += "\n\n3、粮食直补和农资综合补贴力度加大。" + PARA + PARA
    got = flat(text)
    assert got[:2] == [(1, "一、", "农业农村形势总体看好"), (2, "1、", "夏粮夏油抗灾夺丰收")]


def test_numbered_lines_of_markup_with_no_chinese_are_no_headings() -> None:
    # a hijacked page's spam tags in an ordered list, before and inside the report
    lines = ["某市2009年国民经济和社会发展统计公报", '1.<wbr id="h4sia">', '2.<meter id="h4sia"></meter>', PARA]
    lines += ["一、综合", PARA, '3.<dl id="h4sia"></dl>', PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "综合")]


def test_a_dash_before_a_bracketed_item_number_is_decoration() -> None:
    # a policy's items marked ——（1） (gold README, 543): headings with label （1）, run in up to their sentence end
    lines = ["关于促进产业高质量发展的若干政策意见", PARA, "一、支持重大产业项目建设"]
    lines += ["——（1）鼓励发展精密机械等产业，由区级补足7%。（核准类，牵头责任部门：工业和信息化局）"]
    lines += ["——（2）新引进重大产业项目，给予最高500万元奖励。（核准类+审计）", "二、支持企业科技创新"]
    lines += ["——（3）积极培育高新技术企业。对新列入培育库的企业，给予最高5万元的一次性奖励。"]
    got = flat("\n".join(lines))
    assert got == [
        (1, "一、", "支持重大产业项目建设"),
        (2, "（1）", "鼓励发展精密机械等产业，由区级补足7%"),
        (2, "（2）", "新引进重大产业项目，给予最高500万元奖励"),
        (1, "二、", "支持企业科技创新"),
        (2, "（3）", "积极培育高新技术企业"),
    ]


def test_a_dash_led_lead_without_a_number_stays_no_heading() -> None:
    lines = [
        "某市政府工作报告",
        PARA,
        "一、过去一年的工作",
        "——经济发展稳中有进。" + PARA,
        "——改革开放深入推进。" + PARA,
    ]
    assert flat("\n".join(lines)) == [(1, "一、", "过去一年的工作")]


# --- a plan's boxed sidebars (专栏1): headings beside the items they follow, holding nothing -----------------------


def test_a_plan_s_boxes_stand_beside_the_items_they_follow() -> None:
    lines = ["某省工业互联网创新发展行动计划", PARA, "一、主要任务", "（一）网络基础升级行动"]
    lines += ["1．推进企业外网建设。" + PARA + "（责任单位：省通信管理局）"]
    lines += ["2．推进企业内网改造升级。" + PARA + "（责任单位：各市人民政府）专栏1  工业互联网网络互联互通工程"]
    lines += ["优化网络基础设施。" + PARA, "3．加快标识解析体系建设。" + PARA]
    lines += ["专栏2  工业互联网标识解析体系增强工程", PARA, "（二）平台体系赋能行动", "4．打造区域型平台。" + PARA]
    got = flat("\n".join(lines))
    assert got == [
        (1, "一、", "主要任务"),
        (2, "（一）", "网络基础升级行动"),
        (3, "1．", "推进企业外网建设"),
        (3, "2．", "推进企业内网改造升级"),
        (3, "专栏1", "工业互联网网络互联互通工程"),
        (3, "3．", "加快标识解析体系建设"),
        (3, "专栏2", "工业互联网标识解析体系增强工程"),
        (2, "（二）", "平台体系赋能行动"),
        (3, "4．", "打造区域型平台"),
    ]


def test_a_web_column_named_zhuanlan_is_no_box() -> None:
    lines = ["某区政府工作报告", PARA, "一、过去一年的工作", "我们开设政务公开专栏，公开各类信息1200条。" + PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "过去一年的工作")]


# --- a bold span or a link split out of its sentence: a line ending with a word that takes an object ---------------


def test_a_line_ending_with_a_preposition_is_a_phrase_cut_out_of_its_sentence() -> None:
    # a national report on a wiki whose bold span 关于 stands on a line of its own before the rest of its sentence
    lines = ["政府工作报告", "各位代表：", PARA, "（一）关于经济形势", PARA, "（二）关于经济体制改革", PARA, "关于"]
    lines += ["价格体系的改革，经过多方面的权衡比较和认真测算，决定采取放调结合的方针。今年价格改革的主要内容是："]
    lines += ["一、合理调整农村粮食购销价格；", "二、适当提高铁路短途运价；", "三、适当拉开质量差价和地区差价；", PARA]
    lines += ["第一、必须坚持实事求是、稳步前进的方针，坚决防止盲目追求和比赛增长速度的现象。" + PARA]
    lines += ["第二、既要搞活经济，又要加强管理。" + PARA, "结束语", "各位代表！", PARA]
    got = flat("\n\n".join(lines))
    assert [title for _, _, title in got if title == "关于"] == []
    assert [(level, label) for level, label, _ in got] == [
        (1, "（一）"),
        (1, "（二）"),
        (2, "一、"),
        (2, "二、"),
        (2, "三、"),
        (2, "第一、"),  # beside the compact list 一、…三、 (755's gold), not inside its last item
        (2, "第二、"),
        (1, ""),
    ]


# --- a page's anti-copy token at every paragraph end, in a copy run together on one line ---------------------------


@pytest.mark.parametrize("blank", ["  ", " "])
def test_an_anti_copy_token_before_the_blanks_of_a_one_line_copy_leaves_the_titles(blank: str) -> None:
    # (a doc store's copy may write each line break as a single blank: …回顾pbY pbY 五年来)
    pieces = ["某县人民政府工作报告pbY", "各位代表:pbY", "现在,我代表县人民政府向大会作政府工作报告,请予审议。pbY"]
    pieces += ["一、过去五年工作回顾pbY", "五年来,面对复杂多变的宏观经济环境," + PARA + "pbY"]
    pieces += ["二、今后五年的目标任务pbY", "今后五年,是全面建成小康社会的决胜阶段。" + PARA + "pbY"]
    got = flat(blank.join(pieces))
    assert [title for _, _, title in got] == ["过去五年工作回顾", "今后五年的目标任务"]


def test_a_title_s_last_word_after_the_single_blank_of_a_one_line_pdf_copy_stays_in_the_title() -> None:
    # a PDF copy run together on one line, its line breaks single blanks: (六)拟订…生产管理 办法;组织…
    text = "某局2020年部门决算说明 一、部门职责 (五)负责生态农业和农业环境保护工作的监督和管理。"
    text += " (六)拟订无公害农产品生产及"
    text += (
        "标准化发展规划和生产管理 办法;组织制定并实施无公害农产品生产技术规程;对无公害农 产品进行质量监督和认证管理。"
    )
    got = flat(text)
    assert (2, "(六)", "拟订无公害农产品生产及标准化发展规划和生产管理办法") in [
        (level, label, title.replace(" ", "")) for level, label, title in got
    ]


def test_a_title_a_pdf_copy_put_word_by_word_between_single_blanks_runs_to_its_stop() -> None:
    # a PDF text layer that put every highlighted word on a line of its own, run together on one line by a doc
    # store: 2. 工业 经济提能升级 。 充分发挥…; the title runs over the short words to its stop
    items = [
        "1. 特色农业提质扩量。 " + PARA,
        "2. 工业 经济提能升级 。 充分发挥 林业资源优势，" + PARA,
        "3. 服务业 持续回暖。 " + PARA,
    ]
    text = "某镇政府工作报告 各位代表： " + PARA + " 一、2022年工作回顾 " + " ".join(items)
    got = [(level, label, title.replace(" ", "")) for level, label, title in flat(text)]
    assert got == [
        (1, "一、", "2022年工作回顾"),
        (2, "1.", "特色农业提质扩量"),
        (2, "2.", "工业经济提能升级"),
        (2, "3.", "服务业持续回暖"),
    ]


def test_a_first_item_glued_to_a_heading_glued_to_the_store_s_title_is_read() -> None:
    # a doc store's one-line copy: …工作计划一、上半年工作总结1、扎实有序推动民生工程。进一步…
    text = "下载后可任意编辑民政局上年工作总结和下年工作计划一、上半年工作总结1、扎实有序推动民生工程。"
    text += "进一步规范城乡低保工作。"
    text += PARA * 3 + "2、扎实开展双拥合格单位创建活动。" + PARA * 2
    got = flat(text)
    assert got[:3] == [
        (1, "一、", "上半年工作总结"),
        (2, "1、", "扎实有序推动民生工程"),
        (2, "2、", "扎实开展双拥合格单位创建活动"),
    ]


def test_a_long_run_in_title_glued_there_is_left_unread() -> None:
    # where a run-in title with no stop ends is not known: no heading rather than a title running into its body
    text = (
        "1、卫生健康局2021年工作总结及2022年工作计划材料一、工作总结(一)新冠肺炎疫情防控有力有效成功处置等多起突发疫情,"
    )
    text += "有效遏制了新冠病毒变异毒株的扩散。" + PARA * 3 + "(二)高水平医院建设再上台阶区中医院正式开工建设。" + PARA
    got = flat(text)
    assert not [h for h in got if h[2].startswith("新冠肺炎疫情防控有力有效成功处置")]


# --- a hard-wrapped copy: an unnumbered heading over a paragraph whose first line is only its first words -----------


def _wrap(paragraph: str, width: int = 30) -> list[str]:
    return [paragraph[k : k + width] for k in range(0, len(paragraph), width)]


def test_an_unnumbered_heading_over_a_hard_wrapped_paragraph_is_a_heading() -> None:
    # (the paragraph's first line stops at a comma: only the printed width its lines share says it goes on)
    opening = "各位代表：我代表县人民政府向大会报告工作，请予审议，并请政协各位委员和其他列席人员提出意见。"
    body = "去年，县政府在县委的正确领导下，在县人大及其常委会和县政协的监督支持下，" + PARA * 3
    plan = "今年是全面建成小康社会和十三五规划收官之年，做好今年政府工作，意义重大，" + PARA * 3
    lines = ["某县人民政府工作报告", *_wrap(opening), "2019年工作回顾", *_wrap(body), "2020年工作安排", *_wrap(plan)]
    assert [(level, title) for level, _, title in flat("\n".join(lines))] == [
        (1, "2019年工作回顾"),
        (1, "2020年工作安排"),
    ]


def test_a_short_title_before_the_single_blank_of_a_copy_run_together_keeps_its_own_words() -> None:
    # a bulletin run together on one line, its line breaks single blanks: the blank after 综合 ends the title (in a
    # copy whose blanks fall inside phrases, a PDF's wraps, the words after it would be the title's rest)
    text = "某县2002年国民经济和社会发展统计公报 2002年，全县上下团结奋斗，国民经济稳步发展。"
    text += " 一、综合 国民经济持续稳定增长。2002年全县实现国内生产总值90501万元，比上年增长1.23%。"
    text += (" " + PARA) * 3 + " 二、农业 全年粮食总产量15万吨，比上年增长2%。" + (" " + PARA) * 3
    got = flat(text)
    assert [(level, label, title) for level, label, title in got if label] == [(1, "一、", "综合"), (1, "二、", "农业")]


def test_a_numbered_title_a_wrap_cut_after_its_mark_or_between_two_lines_of_one_width_goes_on_to_its_stop() -> None:
    # a copy whose reader joined most wrapped lines but left these: the line ends with 、 (no title ends so), or the
    # heading line and the next share one width and both stop mid-sentence
    lines = ["某局2023年部门预算公开说明", PARA, "一、部门职责"]
    lines += ["（一）贯彻执行国家和省有关内外贸易、国际经济合作和招商引资的方针、"]
    lines += ["政策和法律、法规，拟订全市相应的中长期发展规划和年度计划并组织实施。"]
    lines += ["（二）向县委审计委员会提出年度县级预算执行和其他财政支出情况的审计报"]
    lines += ["告，向县政府报告和向县政府有关部门通报审计情况，提出制定和完善政策措"]
    lines += ["施的建议。", PARA]
    got = flat("\n".join(lines))
    assert [title for _, _, title in got][1:] == [
        "贯彻执行国家和省有关内外贸易、国际经济合作和招商引资的方针、政策和法律、法规，拟订全市相应的中长期发展规划和年度计划并组织实施",
        "向县委审计委员会提出年度县级预算执行和其他财政支出情况的审计报告，向县政府报告和向县政府有关部门通报审计情况，提出制定和完善政策措施的建议",
    ]


def test_a_heading_alone_over_a_paragraph_opening_with_a_short_sentence_keeps_its_title() -> None:
    lines = ["某区2013年政府工作报告", PARA, "一、主要工作", "（六）着力保障和改善民生，稳步提高人民生活质量"]
    lines += ["全力做好创业就业工作。" + PARA * 2, "（七）加强政府自身建设", PARA]
    got = flat("\n".join(lines))
    assert got[1] == (2, "（六）", "着力保障和改善民生，稳步提高人民生活质量")


def test_a_two_character_heading_between_paragraphs_of_a_copy_run_together_with_line_break_blanks() -> None:
    # a bulletin run together on one line, each line break a single blank: 。 综合 初步核算，… (a PDF's word gaps
    # would cut such short words anywhere: there the piece must be a longer phrase)
    paras = " ".join([PARA] * 8)
    text = f"某县2021年国民经济和社会发展统计公报 某县统计局 2021年，全县经济稳中有进。 综合 {paras} 农业 {paras}"
    assert [(level, title) for level, _, title in flat(text)] == [(1, "综合"), (1, "农业")]
