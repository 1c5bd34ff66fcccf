"""Session 22: headings that run into their text (a blank then a clause with figures, a subject and 是, an English
copy glued on, a lead-in colon before the first subheading, a title line glued to the first heading after page
debris, a PDF copy's spaced first item, a parenthesised item after a sentence end in a report run together)."""

from __future__ import annotations

from models.ingest.outline import build_outline

PROSE = "全年各项工作有序推进，群众满意度持续提升，各项指标均达到或超过年初确定的目标任务要求。\n"


def heads(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def walk(text: str) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []

    def go(secs: tuple, level: int) -> None:  # type: ignore[type-arg]
        for s in secs:
            out.append((level, s.label, s.title))
            go(s.children, level + 1)

    go(build_outline(text), 1)
    return out


# ---- a shaped title, a blank, then a paragraph of figures running on past its first clause (1956)


def test_a_shaped_title_before_a_blank_and_a_paragraph_of_figures_ends_at_the_blank() -> None:
    text = (
        "某区卫生局2015年工作总结\n"
        "一、坚持民生为本,夯实基层基础,促进全区卫生事业大发展 预计今年全区总诊疗1079969人次,同比增长1.5%;"
        "出院36362人次,同比增长0.6%;业务总收入16689万元,同比增长16.37%。\n"
        + PROSE
        + "二、强化监督执法,规范医疗秩序 全年共检查医疗机构312家次,立案查处违法案件27起,罚没款12.6万元;"
        "受理投诉举报45件,办结率100%。\n" + PROSE
    )
    assert heads(text) == [
        ("一、", "坚持民生为本,夯实基层基础,促进全区卫生事业大发展"),
        ("二、", "强化监督执法,规范医疗秩序"),
    ]


def test_a_stray_blank_in_a_one_sentence_title_line_still_stays() -> None:
    text = (
        "某区政协常委会工作报告\n各位委员：现在，我代表常务委员会向大会报告工作，请予审议。\n"
        "一、各单位要高度重视，认真组织 实施，确保取得实效。\n" + PROSE + "二、加强监督。\n" + PROSE
    )
    assert heads(text)[0] == ("一、", "各单位要高度重视，认真组织 实施，确保取得实效")


# ---- a title run into a paragraph opening with its subject and 是 (1985)


def test_a_title_run_into_a_subject_and_shi_ends_before_the_subject() -> None:
    text = (
        "乡五年工作总结及下一步工作计划2011年以来,乡党委、政府坚持以人为本,弘扬兴乡精神,以加快发展为核心。"
        "一、五年工作总结(一)经济态势发展良好,各项指标圆满完成。五年来,全乡地区生产总值年均增长9%。"
        "(二)加快农村基础设施建设农村公路是支撑农业和农村经济发展的基础设施,是农村地区最主要的运输通道。"
        "五年来新修通村公路42公里。(三)推进卫生事业发展卫生健康是民族振兴和社会进步的基石,是提高国民素质的根本途径。"
        "五年来新建校舍3所。"
    )
    titles = [t for _, _, t in walk(text)]
    assert "加快农村基础设施建设" in titles
    assert "推进卫生事业发展" in titles


def test_a_title_that_says_is_itself_is_no_cut() -> None:
    text = "某县2020年工作总结\n一、发展是第一要务\n" + PROSE + "二、人才是第一资源\n" + PROSE
    assert heads(text) == [("一、", "发展是第一要务"), ("二、", "人才是第一资源")]


# ---- an English copy glued after the Chinese title (1983)


def test_an_english_translation_glued_after_a_title_is_no_part_of_it() -> None:
    text = (
        "全国人大常委会工作报告(中英文对照)\n"
        "五、推动地方人大工作完善发展5. We facilitated improvements in the work of local people's congresses.\n"
        + PROSE
        + "六、加强常委会自身建设VI. Strengthening the Standing Committee itself\n"
        + PROSE
    )
    assert heads(text) == [("五、", "推动地方人大工作完善发展"), ("六、", "加强常委会自身建设")]


def test_a_latin_name_inside_a_title_stays() -> None:
    text = "某市2021年工作总结\n一、推进5G网络和IPv6规模部署\n" + PROSE + "二、办好China Joy等展会活动\n" + PROSE
    assert heads(text) == [("一、", "推进5G网络和IPv6规模部署"), ("二、", "办好China Joy等展会活动")]


# ---- the first subheading right after a section title's lead-in colon in a report run together (1940)


def test_the_first_subheading_after_a_title_and_its_colon_is_a_heading() -> None:
    text = (
        "镇2016年半年工作总结2016年,我镇紧紧围绕建设经济核心区目标,突出六个重点,推动各项工作。今年上半年,我镇完成"
        "财政总收入1545万元,顺利实现时间过半任务过半。一、完成情况:(一)三大产业凸显特色。大力推进招商引资,"
        "引进外省企业1家,续建项目3家,到位资金6630万元。种植早稻1.6万亩、油菜1.8万亩。(二)重点项目顺利推进。"
        "沙赤公路项目现已基本完成土方工程建设,预计8月竣工。二、存在问题:(一)财政收支矛盾突出。收入增长乏力。"
    )
    assert walk(text)[:3] == [(1, "一、", "完成情况"), (2, "(一)", "三大产业凸显特色"), (2, "(二)", "重点项目顺利推进")]


# ---- a doc store's title line glued to the first heading, page debris before it (1960)


def test_a_title_glued_to_the_first_heading_after_page_debris_lines() -> None:
    text = (
        "已阅读5页,还剩3页未读, 继续免费阅读\n\n\n文档简介\n\n"
        "县教育局2024年工作总结及2025年工作思路一、2024年教育工作总结(一)加强党的建设。一是开展党纪学习教育。"
        "各级党组织召开警示教育会73场次,引导全县教育系统干部进一步增强党纪意识和党性修养。二是打造党建工作特色。"
        "全县所有公办中小学实行党组织领导的校长负责制,遴选5所学校创建市党建示范校,开展10个党建课题研究。"
        "(二)夯实优质均衡。一是持续推进学校项目建设。新增义务教育学位320个,扩招普高学生190人、职高学生400人。"
    )
    assert walk(text)[:3] == [
        (1, "一、", "2024年教育工作总结"),
        (2, "(一)", "加强党的建设"),
        (2, "(二)", "夯实优质均衡"),
    ]


# ---- a PDF copy's spaced first item glued to its section title (1939)


def test_a_spaced_first_item_glued_to_a_section_title() -> None:
    text = (
        "镇2023年政府工作要点\n2023年是全面贯彻党的二十大精神的开局之年,全镇工作的总体要求是稳中求进,推动经济平稳健康运行,"
        "全力推动全镇经济社会高质量发展。一、坚定不移巩固脱贫攻坚成果,加快实施乡村振兴工程1 .巩固拓展脱贫攻坚成果。 "
        "重点在防返贫、缩差距、促平衡上下功夫,严格落实四个不摘要求,建立巩固脱贫攻坚成果的长效机制。"
        "2 .大力发展特色农业产业。加快发展油茶、蔬菜等特色产业,培育壮大新型农业经营主体,提高农业综合效益和竞争力。"
    )
    assert walk(text)[:3] == [
        (1, "一、", "坚定不移巩固脱贫攻坚成果,加快实施乡村振兴工程"),
        (2, "1 .", "巩固拓展脱贫攻坚成果"),
        (2, "2 .", "大力发展特色农业产业"),
    ]


# ---- parenthesised items after sentence ends in a report run together (1980)


def test_parenthesised_items_after_sentence_ends_in_a_line_run_together() -> None:
    text = (
        "市文广局2017年工作总结和2018年工作计划\n"
        "一、2017年工作取得的突出成效  （一）、2017年工作总结  1、为民办实事工程项目任务完成情况  "
        "(1)村级公共服务中心示范项目。项目于2017年4月5日下达,计划建设43个村级公共服务中心,总投资1290万元,"
        "所有项目均已全部开工建设,开工率100%。(2)公共文化基础设施场所免费开放项目。所有经费已在2月份前全部按时"
        "落实到位,总投资225万元,对我市1个图书馆、1个文化馆给予补助。(3)全民健身工程项目。2017年区体育局下文批复"
        "我市建设11个村级篮球场,目前已全部建成并投入使用,群众反响良好,健身氛围日益浓厚。"
    )
    titles = [(lvl, t) for lvl, _, t in walk(text)]
    assert (4, "公共文化基础设施场所免费开放项目") in titles
    assert (4, "全民健身工程项目") in titles
