"""Outline shapes of session 16's discovery reports and the corpus families they belong to."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，为全年工作奠定了坚实基础。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_lost_numeral_after_a_top_heading_is_its_sibling() -> None:
    # 、重点工作 after 一、总体思路 (its 二 lost), then (一) (二) under it: the leftover 、 names the top style
    lines = ["一、总体思路", PARA, "、重点工作", "（一）做好工业发展总体规划", PARA, "（二）促进工业经济平稳运行", PARA]
    text = "\n".join(lines)
    assert flat(text) == [
        (1, "一、", "总体思路"),
        (1, "", "重点工作"),
        (2, "（一）", "做好工业发展总体规划"),
        (2, "（二）", "促进工业经济平稳运行"),
    ]


def test_a_lost_numeral_between_two_top_headings_is_their_sibling() -> None:
    text = "\n".join(["一、总体思路", PARA, "、重点工作", PARA, "三、保障措施", PARA])
    assert flat(text) == [(1, "一、", "总体思路"), (1, "", "重点工作"), (1, "三、", "保障措施")]


def test_a_lost_paren_numeral_under_a_top_heading_is_its_child() -> None:
    # 237: )健全应急管理机构… under 一、: the leftover ) names a style below 一、
    text = "\n".join(["一、我县应急管理工作现状", PARA, ")健全应急管理机构,形成责任体系。" + PARA])
    assert flat(text) == [(1, "一、", "我县应急管理工作现状"), (2, "", "健全应急管理机构,形成责任体系")]


def test_a_page_numbers_dash_in_a_one_line_copy_is_no_half_of_the_title() -> None:
    # a PDF copy run onto one line: the notice, its page number — 1 —, then the plan it issues (1002, 1152 shape)
    notice = (
        "珠府〔2018〕14 号 珠海市人民政府关于印发珠海市2018年 国民经济和社会发展计划的通知 各区政府,市府直属各单位: "
        "《珠海市2018年国民经济和社会发展计划》业经珠海市第九 届人民代表大会第五次会议审议通过,"
        "现印发给你们,请认真贯 彻执行。"
        " 珠海市人民政府 2018 年 2 月 13 日 — 1 — 珠海市2018年国民经济和社会发展计划 "
    )
    text = notice + "一、2018 年经济社会发展的总体思路和预期目标 (一)发展环境 " + PARA + " " + PARA
    titles = [title for _, _, title in flat(text)]
    assert titles[0] == "珠海市2018年国民经济和社会发展计划"


def test_a_sentence_saying_what_a_part_holds_is_no_heading() -> None:
    # an interpretation (解读) describing the plan it explains: 第一部分主要是总结… (1441), 第一部分是…总结。 (496)
    text = "\n".join(
        [
            "一、《计划》的出台背景",
            PARA,
            "二、《计划》的主要内容",
            "《计划》正文共两个部分:",
            "第一部分主要是总结2021年国民经济和社会发展计划执行情况。" + PARA,
            "第二部分主要是提出2022年经济社会发展的总体要求和主要目标任务。" + PARA,
        ]
    )
    assert flat(text) == [(1, "一、", "《计划》的出台背景"), (1, "二、", "《计划》的主要内容")]
    text = "\n".join(["四、主要框架和内容", "文件共分为三个部分。", "第一部分是2021年经济社会发展情况总结。" + PARA])
    assert flat(text) == [(1, "四、", "主要框架和内容")]


def test_a_part_heading_keeps_its_title() -> None:
    text = "\n".join(["第一部分 2021年工作回顾", PARA, "第二部分 2022年工作安排", PARA])
    assert flat(text) == [(1, "第一部分", "2021年工作回顾"), (1, "第二部分", "2022年工作安排")]


LONG_ITEM = (
    "1.设立服务业企业纾困发展专项资金总额3亿元，纾困范围覆盖批发和零售业、交通运输业、住宿和餐饮业、软件和信息技术服务业、"
    "科学研究和技术服务业、文化体育旅游业、会展业、商务服务业、人力资源服务业等在无锡市区范围内登记注册、具有法人资格的服务业企业和个体工商户。"
    "（责任单位：市发展改革委、市财政局）"
)


def test_a_first_item_that_is_one_long_sentence_is_still_an_item() -> None:
    # 1483: 一、 ⏎ 1.<one sentence of 150 characters> ⏎ 二、 ⏎ 2.鼓励减免租金。… 3.… numbered on across the parts
    items = ["2.鼓励减免租金。" + PARA, "3.实施贷款贴息。" + PARA, "4.加大会展扶持。" + PARA]
    text = "\n".join(["一、设立服务业企业纾困发展专项资金", LONG_ITEM, "二、切实降低企业运行成本", *items])
    assert [(level, label) for level, label, _ in flat(text)] == [
        (1, "一、"),
        (2, "1."),
        (1, "二、"),
        (2, "2."),
        (2, "3."),
        (2, "4."),
    ]


def test_a_lone_numbered_on_article_at_the_end_of_a_cut_copy_is_a_heading() -> None:
    # a cut copy of a work rule (143 cut shape): the tail of 三、, 第二章, then 四、 numbered on across chapters as the
    # last line; its own evidence (alone on its line, after a heading) and its late start balance exactly
    text = "\n".join(
        [
            "循的原则是:发展为要、生态为先、民生为本、质效为帅。",
            "  第二章 组成人员职责",
            "  四、县政府由县长、副县长、办公室主任和政府工作部门",
        ]
    )
    assert flat(text) == [(1, "第二章", "组成人员职责"), (2, "四、", "县政府由县长、副县长、办公室主任和政府工作部门")]
