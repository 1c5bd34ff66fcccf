"""Outline families from the tail of the corpus in session 13 (reports no earlier rule served): each test is a short
made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，各项工作取得新进展。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


# --- a page's anti-copy token holding a digit (2uD, v7R) ends every line, as a letters-only one does ---------------


def test_an_anti_copy_token_with_a_digit_leaves_an_unnumbered_part_title_over_its_sections() -> None:
    lines = ["政府工作报告2uD", "各位代表：2uD", "现在，我代表市人民政府向大会报告工作，请予审议。2uD"]
    lines += ["十三五工作回顾2uD", "过去的五年，是全市克难奋进、顽强拼搏的五年。" + PARA]
    lines += ["（一）脱贫攻坚取得决定性胜利。" + PARA + "2uD", "（二）产业结构持续优化。" + PARA + "2uD"]
    got = flat("\n".join(lines))
    assert got == [
        (1, "", "十三五工作回顾"),
        (2, "（一）", "脱贫攻坚取得决定性胜利"),
        (2, "（二）", "产业结构持续优化"),
    ]


# --- a compact list (items on consecutive lines, nothing under them) holds none of the prose after its last item ---


def _compact_then_ordinals(sep: str) -> str:
    lines = ["一、伟大的历史性转变", PARA, "二、打好四个现代化的第一个战役", PARA]
    lines += ["（一）要使粮食生产的发展同人口的增长比较适应。", "（二）要使轻纺工业的增长速度赶上重工业。"]
    lines += ["（三）要使燃料动力和交通运输的紧张局面有所缓和。", PARA, PARA]
    lines += ["当前我们发展国民经济的主要任务，是要着重抓好以下的三项工作。"]
    lines += [f"第一{sep}坚持贯彻以农业为基础的指导思想。" + PARA, f"第二{sep}加快轻纺工业的发展。" + PARA]
    lines += [f"第三{sep}切实加强能源和交通运输。" + PARA, "三、加强社会主义民主和社会主义法制", PARA]
    return "\n".join(lines)


def test_ordinals_after_a_compact_list_and_its_prose_stand_beside_the_list() -> None:
    got = flat(_compact_then_ordinals("、"))
    assert [(level, label) for level, label, _ in got] == [
        (1, "一、"),
        (1, "二、"),
        (2, "（一）"),
        (2, "（二）"),
        (2, "（三）"),
        (2, "第一、"),
        (2, "第二、"),
        (2, "第三、"),
        (1, "三、"),
    ]


def test_items_right_under_the_last_of_a_list_stay_its_children() -> None:
    # the last item followed at once by its own items: not a compact list's end
    lines = ["一、重点任务", PARA, "（一）加强组织领导。", "（二）强化资金保障。", "（三）严格督查考核。"]
    lines += ["1.建立月报制度。" + PARA, "2.开展专项督查。" + PARA, "二、保障措施", PARA]
    got = flat("\n".join(lines))
    assert (3, "1.", "建立月报制度") in got and (3, "2.", "开展专项督查") in got


def test_ordinals_after_a_compact_list_stay_beside_it_when_its_parent_is_in_another_style() -> None:
    # （一）（二） topics, the price reform's 一、…四、 a compact list under （二）, then 第一、… its prose announces
    lines = ["（一）关于经济形势", PARA, "（二）关于经济体制改革", PARA, "今年价格改革的主要内容是："]
    lines += [
        "一、合理调整农村粮食购销价格。",
        "二、适当提高铁路短途运价。",
        "三、适当拉开质量差价。",
        "四、对重要生产资料实行市场调节。",
    ]
    lines += [PARA, PARA, "各位代表！有必要在以下一些重要的问题上把人们的认识进一步统一起来。"]
    lines += [
        "第一、必须坚持实事求是、稳步前进的方针",
        PARA,
        "第二、既要搞活经济，又要加强管理。" + PARA,
        "结束语",
        PARA,
    ]
    got = flat("\n".join(lines))
    assert [(level, label) for level, label, _ in got] == [
        (1, "（一）"),
        (1, "（二）"),
        (2, "一、"),
        (2, "二、"),
        (2, "三、"),
        (2, "四、"),
        (2, "第一、"),
        (2, "第二、"),
        (1, ""),
    ]


# --- a short copy run together on one line: a 一、 heading set off by blanks on both sides opens its section --------


def test_a_heading_between_blanks_in_a_short_one_line_copy_is_read() -> None:
    text = "县科技局2021年工作总结及2022年工作计划 一、工作总结 2021年在县委、县政府正确领导下，我局扎实开展工作。"
    assert flat(text) == [(1, "一、", "工作总结")]


def test_a_numeral_list_inside_a_sentence_of_a_short_line_is_no_heading() -> None:
    # the blank after the item is a stray one inside the sentence: the phrase before it has a comma
    text = "我们坚持以下原则，即 一、依法依规，二、公开透明 的原则开展工作，取得了较好成效。"
    assert flat(text) == []


# --- a one-line text: a headline sentence opening the first paragraph under a numbered heading, its paragraph cut ---

BULLETIN = "全年港口吞吐量达到207.33万吨，增长47%。其中进口货物58.34万吨，增长12%，出口货物增长较快。"


def test_a_headline_opening_the_first_paragraph_right_under_a_numbered_heading_is_its_subheading() -> None:
    text = "某县2010年国民经济和社会发展统计公报(2)\n七、交通运输、邮政和电信 交通运输业、邮电通信业保持良好发展势头。"
    text += BULLETIN + " 港口营运规模扩大。" + BULLETIN + " 八、财政和金融 " + BULLETIN
    assert flat(text) == [
        (1, "七、", "交通运输、邮政和电信"),
        (2, "", "交通运输业、邮电通信业保持良好发展势头"),
        (2, "", "港口营运规模扩大"),
        (1, "八、", "财政和金融"),
    ]


def test_a_headline_whose_paragraph_a_stray_blank_cut_is_still_read() -> None:
    # …预计到2016年末， GDP达到…: the blank before a Latin word is no paragraph's end
    text = "各位代表： 现在，我代表区人民政府向大会报告工作，请予审议。 一、本届政府工作回顾 " + PARA
    text += " （一）经济平稳较快发展，综合实力大幅提升 经济规模实现历史性跨越。预计到2016年末， GDP达到830亿元。"
    text += PARA + " 主导产业集聚壮大。" + PARA
    assert (3, "", "经济规模实现历史性跨越") in flat(text)


# --- a dash-led headline glued to its paragraph in a text run together --------------------------------------------


OPENING = "政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"


def test_a_dash_led_headline_closed_by_its_result_phrase_is_a_subheading() -> None:
    text = OPENING + "2018年工作回顾\n刚刚过去的一年，是改革开放40周年。" + PARA + "\n一年来，重点做了以下工作："
    text += "\n——转型升级步伐加快，经济发展提质增效经济实力不断增强。" + PARA
    text += "  经济指标连续处于全市前列。" + PARA * 3
    assert flat(text) == [(1, "", "2018年工作回顾"), (2, "", "转型升级步伐加快，经济发展提质增效")]


def _glued_dashes(second: str) -> str:
    text = OPENING + "过去五年的工作回顾\n" + PARA + "\n一、经济发展空前活跃\n"
    return text + "——农业经济稳步提升五年来，我们不断增加农业投入。" + PARA * 3 + "  ——" + second + PARA * 3


def test_a_dash_led_headline_before_a_span_of_years_is_a_subheading() -> None:
    assert (3, "", "农业经济稳步提升") in flat(_glued_dashes("工业经济迅猛增长镇政府始终把优化环境放在首位。"))


def test_a_dash_led_piece_with_no_evident_end_is_no_heading() -> None:
    # (nothing opens the paragraph: no subject, connective or span of years after the would-be title; with its
    # subject, 工业经济迅猛增长镇政府始终把…, the end is evident: test_outline27c_families)
    titles = [title for _, _, title in flat(_glued_dashes("工业经济迅猛增长始终把优化环境放在首位。"))]
    assert titles == ["过去五年的工作回顾", "经济发展空前活跃", "农业经济稳步提升"]


# --- decimal section numbers (1.1, 1.2) under 1. in a contingency plan -------------------------------------------


def _plan() -> str:
    lines = ["某市重污染天气应急预案", "1.总则", "1.1编制目的", "为规范我市重污染天气应急管理工作，" + PARA]
    lines += ["1.2编制依据", "依据《中华人民共和国突发事件应对法》，" + PARA, "2.应急组织机构及职责"]
    lines += ["2.1应急组织机构", PARA, "2.2职责", PARA]
    return "\n".join(lines)


def test_decimal_sections_nest_under_their_numbered_chapter() -> None:
    assert flat(_plan()) == [
        (1, "1.", "总则"),
        (2, "1.1", "编制目的"),
        (2, "1.2", "编制依据"),
        (1, "2.", "应急组织机构及职责"),
        (2, "2.1", "应急组织机构"),
        (2, "2.2", "职责"),
    ]


def test_a_decimal_figure_opening_a_line_is_no_section() -> None:
    lines = ["某县2023年统计公报", "一、综合", "1.5亿元的项目资金全部到位，" + PARA, "2.3万户农户受益。" + PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "综合")]


# --- a copy run together on one line: a heading piece of its own is no child of a lead sentence before it ---------


def test_numbered_heading_pieces_of_a_one_line_copy_stand_beside_the_lead_sentence_before_them() -> None:
    pieces = ["政府工作报告", "各位代表：", PARA, "二、2004年的主要任务", "今年是我国改革和发展十分关键的一年。" + PARA]
    pieces += ["（一）加强和改善宏观调控，保持经济平稳较快发展", PARA, "（二）巩固和加强农业基础地位", PARA]
    pieces += ["（三）统筹区域协调发展", PARA]
    got = flat(" ".join(pieces))
    numbered = [(level, label) for level, label, _ in got if label]
    assert numbered == [(1, "二、"), (2, "（一）"), (2, "（二）"), (2, "（三）")]


# --- the first item whose label a copy lost: one sentence right under its heading, （二） after it -----------------


def _lost_first(first: str) -> str:
    lines = ["某镇2021年工作总结和2022年工作计划", PARA, "一、2021年工作总结", first]
    lines += ["经济增长稳中有进。" + PARA, "（二）持续巩固脱贫成果，有限衔接乡村振兴。", PARA]
    return "\n".join(lines)


def test_one_sentence_under_a_heading_before_a_second_item_is_the_first_item() -> None:
    got = flat(_lost_first("镇域经济平稳增长，综合实力明显提升。"))
    assert got == [
        (1, "一、", "2021年工作总结"),
        (2, "", "镇域经济平稳增长，综合实力明显提升"),
        (2, "（二）", "持续巩固脱贫成果，有限衔接乡村振兴"),
    ]


def test_the_opening_sentence_of_a_section_whose_first_item_is_numbered_is_prose() -> None:
    text = _lost_first("今年以来全镇各项工作稳步推进。").replace("经济增长稳中有进。", "（一）经济增长稳中有进。")
    assert [title for _, _, title in flat(text)][1] == "经济增长稳中有进"


# --- a bare numeral on its piece, its title written with a full stop on the next (a PDF's text) ------------------


def test_a_bare_numeral_takes_the_stopped_title_after_it() -> None:
    text = "某中心2022年整体和项目支出绩效自评总结报告 一 绩效管理工作开展情况。 我单位按照文件要求开展绩效管理："
    text += " 1.加强管理制度建设。" + PARA + " 2.加强培训和指导。" + PARA
    text += " 二 部门整体和项目绩效自评结果。 " + PARA * 4
    assert flat(text) == [
        (1, "一", "绩效管理工作开展情况"),
        (2, "1.", "加强管理制度建设"),
        (2, "2.", "加强培训和指导"),
        (1, "二", "部门整体和项目绩效自评结果"),
    ]


def test_a_speaker_s_sentence_after_a_bare_part_number_is_no_title() -> None:
    text = "同志们： 一 " + PARA + " 二 下面我首先说一下农业发展纲要执行的情况。 " + PARA * 4 + " 三 " + PARA * 2
    assert [label for _, label, title in flat(text) if title.startswith("下面")] != ["二"]
