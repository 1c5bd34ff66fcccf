"""Wrapped text re-joined, anti-copy junk and wrap spaces deleted, English paragraphs found: deletions only."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.english_lines import english_ranges, mask_english
from models.ingest.inline_junk import is_junk_token
from models.ingest.rejoin import join_points, token_lines, visual_width
from models.ingest.rejoin_width import wrap_width
from tests.models.ingest._reading import display_lines as _lines

PARAGRAPHS = [
    "现在，我代表市人民政府，向大会作政府工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。",
    "一、国民经济和社会各项事业取得新的成就",
    "一年来，全市人民认真执行市人大的各项决议，紧紧围绕全市国民经济和社会发展第九个五年计划及2010年远景目标纲要，"
    "积极推进两个根本性转变，第二产业增加值完成377.4亿元，全年农村经济总收入1528亿元，比上年增长14.9%。"
    "全市已有89.2%的乡镇实现小康，农民人均纯收入达到3865元，增长18.6%。",
    "综合经济实力进一步增强",
    "(一)农村经济持续蓬勃发展，提前实现向小康目标的历史性跨越，粮食生产战胜多种自然灾害，总产达到307.6万吨。",
]


def hard_wrap(paragraphs: list[str], width: int) -> str:
    """Break each paragraph every ``width`` printed columns, as a PDF or a print page does."""
    out: list[str] = []
    for p in paragraphs:
        line, w = "", 0
        for ch in p:
            cw = visual_width(ch)
            if w + cw > width:
                out.append(line)
                line, w = "", 0
            line += ch
            w += cw
        out.append(line)
    return "\n".join(out)


WRAPPED = hard_wrap(PARAGRAPHS, 56)


@pytest.mark.parametrize("width", [56, 60, 72, 80])
def test_wrapped_text_becomes_paragraphs(width: int) -> None:
    wrapped = hard_wrap(PARAGRAPHS, width)
    assert wrapped.count("\n") > len(PARAGRAPHS)  # really wrapped, splitting numbers and words
    assert _lines(wrapped) == PARAGRAPHS


def test_joins_delete_only_the_newline() -> None:
    result = clean(WRAPPED)
    arr = result.offset_map.to_array()
    for i, ch in enumerate(result.display_text):
        assert WRAPPED[arr[i]] == ch


def test_paragraphs_of_ordinary_text_are_not_joined() -> None:
    text = "各位代表：\n现在，我代表区人民政府向大会报告工作。\n一、过去一年工作回顾\n"
    text += "全区生产总值增长6%\n综合实力进一步增强"
    assert _lines(text) == text.split("\n")
    assert wrap_width(text.split("\n")) is None


def test_a_long_paragraph_cut_mid_sentence_joins_its_tail() -> None:
    head = "地区生产总值193.5亿元,增长4.4%;固定资产投资总额358.6亿元,增长0.4%;一般公共预算收入35.4亿元,增长0.5%;"
    tail = "社会消费品零售总额80.2亿元,增长4.4%。"
    assert _lines(head + "\n" + tail) == [head + tail]


def test_join_points_respect_headings_and_gaps() -> None:
    lines = ["一、强化理论武装，筑牢思想根基，把稳政治方向", "作为教育系统领头人，我始终将政治建设摆在首位"]
    assert join_points(lines, [True, False]) == [False, False]


def test_anti_copy_junk_tokens_are_removed() -> None:
    text = (
        "政 府 工 作 报 告 LsMq&a-j2\n——2006年3月5日在第十届全国人民代表大会第四次会议上 6lr<\n{k7Nw\n"
        '国务院总理 温家宝 FhEfW7]0,\n各位代表: (f"LD8MJ/\n现在，我代表国务院，向大会报告政府工作。 )5diX\n+\nk\n'
    )
    assert _lines(text) == [
        "政府工作报告",
        "——2006年3月5日在第十届全国人民代表大会第四次会议上",
        "国务院总理 温家宝",
        "各位代表:",
        "现在，我代表国务院，向大会报告政府工作。",
    ]


def test_junk_tokens_are_told_from_words() -> None:
    for token in ("LsMq&a-j2", "6lr<", "{k7Nw", "T}'*Gry", "1NN#-U"):
        assert is_junk_token(token), token
    for token in ("percent.", "China's", "(Delivered", "2006)", "1.8", "U.S.", "--", ".", ","):
        assert not is_junk_token(token), token


def test_a_half_width_copys_sentence_mark_after_a_space_stays() -> None:
    """A copy writing ``。`` as ``.`` with the space before it the page had (…的成绩 .): the mark ends the sentence,
    it is no junk token, and a document of such lines is no junk-stamped copy."""
    text = "\n".join(f"{n}、全镇经济和社会各项事业都取得了令人鼓舞的成绩,第{n}项工作全面完成 ." for n in "一二三四五六")
    shown = clean(text).display_text
    assert shown.count("完成 .") + shown.count("完成.") == 6


def test_one_line_pdf_text_loses_its_wrap_spaces_but_keeps_real_breaks() -> None:
    line = (
        "一、2020年度工作特色亮点 一是环境质量历史最优。全市浓度37微克/立方米,同比 下降11.9%;"
        "空气优良率81.1%,同比提高8.3个百分点。两项指标创有监测 以来历史最优。全市河流水质明显改善,"
        "22个国省考断面平均 水质全面消除劣类。6个国考断面达标率、优三类比例均为 100%,同比分别提高50和"
        "66.7个百分点。15条入海河流平均水 质全部消除劣类且全部达到年度考核目标要求。 二是体制改革率先推行。"
        "省内率先推行生态环境部门县区局长 、执法局长轮岗交流新机制,率先设立市县两级生态环 境综合执法局,"
        "协调增加编制30个。"
    )
    shown = _lines(line)[0]
    for word in ("同比下降", "有监测以来", "平均水质", "生态环境综合", "局长、执法"):
        assert word in shown, word
    assert "亮点 一是" in shown and "。 二是" in shown


def test_spaces_around_numbers_and_spaced_titles() -> None:
    text = "县教育局局长 2025 年度述职报告\n总值从 290.58 亿元增长到 556 亿元，比上年增长 2.6 %。\n"
    text += "第二部分 2020 年部门决算表"
    assert _lines(text) == [
        "县教育局局长2025年度述职报告",
        "总值从290.58亿元增长到556亿元，比上年增长2.6%。",
        "第二部分 2020年部门决算表",
    ]


def test_unfilled_form_fields_are_removed() -> None:
    text = "xx年卫生局上半年工作总结 撰写人: ___________ 日 期: ___________ 今年是深入推进新医改的关键之年。"
    assert _lines(text) == ["xx年卫生局上半年工作总结 今年是深入推进新医改的关键之年。"]


def test_english_paragraphs_are_found_and_masked_with_offsets_kept() -> None:
    text = "一、去年工作回顾\nI Review of the Work of the Past Year\n国内生产总值增长9.9%。\nGDP rose by 9.9 percent."
    ranges = english_ranges(text)
    assert [text[s:e] for s, e in ranges] == ["I Review of the Work of the Past Year", "GDP rose by 9.9 percent."]
    masked = mask_english(text)
    assert len(masked) == len(text)
    assert masked.split("\n")[0] == "一、去年工作回顾" and masked.split("\n")[1].strip() == ""


def test_a_chinese_line_with_some_latin_is_not_english() -> None:
    assert english_ranges("全市pm2.5浓度37微克/立方米,GDP增长5%,PPP项目10个。") == []


def test_numbered_heading_whose_last_characters_fell_on_the_next_line() -> None:
    text = "目 录\n三、2020年度“三公”经费、培训费及会议费支出情\n况说明\n四、名词解释\n代区长\n刘某"
    assert _lines(text) == [
        "目 录",
        "三、2020年度“三公”经费、培训费及会议费支出情况说明",
        "四、名词解释",
        "代区长",
        "刘某",
    ]


def test_page_numbers_of_a_pdf_leave_and_the_paragraph_runs_on() -> None:
    lines = hard_wrap(PARAGRAPHS, 60).split("\n")
    lines[3:3] = ["", "- 2 -", ""]  # a page break in the middle of a paragraph
    result = clean("\n".join(lines))
    assert [ln for ln in result.display_text.split("\n") if ln.strip()] == PARAGRAPHS
    assert "- 2 -" in result.chrome_lines


_LONG = "全县上下坚持稳中求进工作总基调,统筹发展和安全,全力以赴抓项目、稳投资、促消费、保民生,经济运行稳中向好"


@pytest.mark.parametrize(
    "entry",
    [
        "4.2023年重点工作——以转型升级为方向,全面构建要素集聚、结构合理、竞争力强的现代化产业体系 11",
        "第四章 以转型升级为方向,全面构建要素集聚、结构合理、竞争力强的现代化产业体系……………11",
        "第四章 以转型升级为方向,全面构建要素集聚、结构合理、竞争力强的现代化产业体系.......... 8",
    ],
)
def test_a_contents_entry_ending_in_its_page_number_is_not_joined(entry: str) -> None:
    text = "目录\n" + entry + "\n2022年工作回顾\n" + _LONG + "。"
    assert _lines(text)[1] == entry
    assert _lines(text)[2] == "2022年工作回顾"


@pytest.mark.parametrize("end", ["三次产业结构为9.2:51:39.8", "居民消费价格指数为101.5", "城镇化率提高到58.6"])
def test_a_line_ending_in_a_figure_before_a_new_paragraph_stays_apart(end: str) -> None:
    first = _LONG + "," + end
    second = "全年居民消费价格总水平比上年上涨1.4%。分类别看,医疗保健类价格上涨1.8%。"
    assert _lines(first + "\n" + second) == [first, second]


def test_a_figure_cut_from_its_unit_is_still_joined() -> None:
    first = _LONG + ",全年实现地区生产总值254"
    assert _lines(first + "\n亿元,比上年增长5.2%。") == [first + "亿元,比上年增长5.2%。"]


def test_a_clause_end_joins_only_a_list_of_clauses_running_on() -> None:
    listing = _LONG + ",一般公共预算收入35.4亿元,增长0.5%;"
    tail = "社会消费品零售总额80.2亿元,增长4.4%;城镇登记失业率为2.3%。"
    assert _lines(listing + "\n" + tail) == [listing + tail]
    clause = _LONG + ",原原本本学习党的二十大报告;"
    sentence = "坚持把学习宣传贯彻党的二十大精神与当前重点工作结合起来,确保落地见效。"
    assert _lines(clause + "\n" + sentence) == [clause, sentence]


@pytest.mark.parametrize("verb", ["达到", "增长", "保持", "提高到", "累计"])
def test_a_verb_waiting_for_its_figure_joins_the_next_line(verb: str) -> None:
    text = f"义务教育巩固率{verb}\n98%,随迁子女在公办学校就读比例达到90%以上。"
    assert _lines(text) == [f"义务教育巩固率{verb}98%,随迁子女在公办学校就读比例达到90%以上。"]


def test_a_figure_split_from_its_percent_sign_after_a_space_still_joins() -> None:
    first = _LONG + ",义务教育阶段入学率保持 100"
    assert _lines(first + "\n%,巩固率达到98%。") == [first + "%,巩固率达到98%。"]


# A wiki's or forum's copy: paragraphs set off by blank lines, each link's words on a line of their own.
_WIKI_PARAS = [
    "全年经济运行总体平稳，主要指标好于预期，发展质量和效益不断提高。",
    "各项改革深入推进，重点领域和关键环节取得突破，市场活力持续增强。",
    "对外开放水平提升，进出口总额稳中有增，利用外资规模保持稳定。",
    "民生保障有力有效，城镇新增就业持续增加，居民收入稳步增长。",
    "生态环境明显改善，主要污染物排放总量继续下降，空气质量优良天数增加。",
    "政府自身建设不断加强，依法行政水平提高，政务服务效能持续提升。",
]


def _wiki(*middle: str) -> str:
    return "\n\n".join([*_WIKI_PARAS[:3], *middle, *_WIKI_PARAS[3:]])


def _shown(text: str) -> list[str]:
    return [ln for ln in clean(text).display_text.split("\n") if ln.strip()]


def test_links_turned_into_lines_inside_sentences_are_joined_in_a_blank_separated_text() -> None:
    text = _wiki(
        "会议在听取了\n关于宪法草案的报告\n并进行了三天的讨论以后，通过了\n宪法\n，接着又通过了几个法律。",
        "党的全会正式明确\n习近平\n总书记的核心地位，意义重大。",
        "——\n改革开放\n深入推进。广义货币\nM2\n增长11.3%，细颗粒物（\nPM2.5\n）年均浓度下降。",
    )
    lines = _shown(text)
    assert "会议在听取了关于宪法草案的报告并进行了三天的讨论以后，通过了宪法，接着又通过了几个法律。" in lines
    assert "党的全会正式明确习近平总书记的核心地位，意义重大。" in lines
    assert "——改革开放深入推进。广义货币M2增长11.3%，细颗粒物（PM2.5）年均浓度下降。" in lines


def test_a_blank_separated_text_keeps_its_title_block_headings_and_signature_lines() -> None:
    head = "政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理 李克强"
    text = "\n\n".join(
        [head, *_WIKI_PARAS[:3], "一、过去一年工作回顾\n全年完成主要目标任务，经济运行稳中向好。", *_WIKI_PARAS[3:]]
    )
    text += "\n\n某某市人民政府\n2017年3月5日"
    lines = _shown(text)
    assert "一、过去一年工作回顾" in lines and "全年完成主要目标任务，经济运行稳中向好。" in lines
    assert "某某市人民政府" in lines and "2017年3月5日" in lines
    assert not any(ln.startswith("政府工作报告——") for ln in lines)


def test_an_invisible_line_and_english_words_are_not_joined_across() -> None:
    text = _wiki("推进改革，全面实施\n\u200b\n之比达到2.08%。", "The report was\nadopted by the congress.")
    lines = _shown(text)
    assert "推进改革，全面实施" in lines
    assert not any("wasadopted" in ln for ln in lines)


def test_without_blank_lines_between_paragraphs_short_lines_keep_their_breaks() -> None:
    text = "\n".join([*_WIKI_PARAS[:3], "会议在听取了\n关于宪法草案的报告", *_WIKI_PARAS[3:]])
    assert "关于宪法草案的报告" in _shown(text)


# A PDF's text layer that set every run of text on a line of its own (placeholders, figures, word pieces).
_TOKENS = (
    "XX\n镇\n2023\n年政府工作报告\n各位代表:\n现在,我代表\nXX\n镇人民政府向大会报告工作,请\n予审\n"
    "议,并请各位列席人员提出意见。\n一、2023年工作回顾\n(一)经济运行稳中有升\n前三季度,完成地区生产总值\nXX\n"
    "亿元,增长\n5%\n;\n1—10\n月份,完成限上消费品零售总额\nXX\n万元,增长\n8%\n;财政收入\nXX\n万元\n,增长\n14.9%\n"
    ";固定资产投资\nXX\n亿\n元\n,增长\n9%\n。\n"
    "(二)乡村振兴固本强基\n1.\n特色农业提\n质扩量\n。\n围绕\nXX\n花生、\nXX\n蓝\n莓\n等特色农业扩大种植面积。\n"
)


def test_a_text_set_a_token_a_line_reads_as_sentences_and_keeps_its_headings() -> None:
    lines = _shown(_TOKENS)
    assert lines[:3] == [
        "XX镇2023年政府工作报告",
        "各位代表:",
        "现在,我代表XX镇人民政府向大会报告工作,请予审议,并请各位列席人员提出意见。",
    ]
    assert "(一)经济运行稳中有升" in lines
    assert (
        "前三季度,完成地区生产总值XX亿元,增长5%;1—10月份,完成限上消费品零售总额XX万元,增长8%;"
        "财政收入XX万元,增长14.9%;固定资产投资XX亿元,增长9%。"
    ) in lines
    assert lines[-3:] == ["(二)乡村振兴固本强基", "1.特色农业提质扩量。", "围绕XX花生、XX蓝莓等特色农业扩大种植面积。"]


def test_short_lines_of_an_ordinary_text_are_no_tokens() -> None:
    lines = ["一、总体情况", "全年完成各项目标任务。", "二、主要做法", "(一)加强领导", "成立工作专班，统筹推进。"] * 3
    assert not token_lines(lines)
    items = ["表1", "指标", "单位", "数量", "粮食", "万吨", "12.5", "蔬菜", "万吨", "8.1", "说明：数据为初步统计。"]
    assert not token_lines(items)


@pytest.mark.parametrize(
    ("first", "sep"),
    [
        ("——2021年7月29日在某市第九届人民代表大会", "\n\n"),
        ("——2018724日在某省第十三届人民代表大会", "\n\n"),
        ("——2020 1 7 日在某市第十五届人民代表大会", "\n"),
    ],
)
def test_a_delivery_line_broken_over_two_lines_is_one_line_a_blank_between_or_not(first: str, sep: str) -> None:
    title = "关于某市2020年度预算执行的审计工作报告"
    text = f"{title}\n\n{first}{sep}常务委员会第四十一次会议上\n\n主任、各位副主任：\n现在报告工作。"
    joined = [ln for ln in _shown(text) if ln.startswith(first[:6]) and ln.endswith("常务委员会第四十一次会议上")]
    assert len(joined) == 1 and "人民代表大会常务委员会" in joined[0]  # spaces between figures may go


def test_a_figure_cut_from_its_unit_joins_the_next_line() -> None:
    lines = ["全年累计发放 2023", "年度耕地地力保护补贴 2332 万元,涉及农户16.8 万", "户、面积 23.32 万亩。"]
    assert join_points(lines, [True, True, False]) == [True, True, False]
    # a figure ending its sentence, or a line that is a heading, keeps its break
    done = ["全年粮食总产量达到 2023 万吨。", "年末常住人口707.9万人。"]
    assert join_points(done, [True, False]) == [False, False]
    heading = ["一、2023", "年度重点工作"]
    assert join_points(heading, [True, False]) == [False, False]


def test_a_blank_after_a_decimal_point_inside_a_sentence_goes_an_item_label_keeps_its_blank() -> None:
    text = "全年完成工业销售收入24. 3亿元,比上年分别增长 36. 8、33. 3%和 19. 6%。\n工作安排如下：1. 2020年完成验收。"
    shown = clean(text).display_text
    assert "24.3亿元" in shown and "36.8、33.3%和" in shown and "19.6%" in shown
    assert "1. 2020年" in shown


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "我国第一部《\n国防法\n》开始实施。",
            "我国第一部《国防法》开始实施。",
        ),  # a wiki's links on lines of their own
        ("签署了联合国【\n经济权利公约\n】，并正在研究加入。", "签署了联合国【经济权利公约】，并正在研究加入。"),
        ("安排资金用于补短板，“\nDR\n”设备全部到位。", "安排资金用于补短板，“DR”设备全部到位。"),
        (
            "会议批准李某所作的政府工作报告\n，同意报告提出的总体要求。",
            "会议批准李某所作的政府工作报告，同意报告提出的总体要求。",
        ),
    ],
)
def test_a_line_never_ends_opening_a_bracket_nor_starts_closing_one(text: str, joined: str) -> None:
    assert clean(text).display_text == joined
    assert clean(text.replace("\n", "\n\n")).display_text != ""  # blank lines between: kept apart, no error


def test_a_heading_over_a_line_garbled_into_a_closing_mark_stays_a_heading() -> None:
    """Mojibake of 《（一）》 may open a line with a closing mark; the heading above keeps its line."""
    text = "二、重点任务\n。ㄒ唬┦施灾害风险调查工程。\n全面开展风险普查。"
    assert clean(text).display_text.startswith("二、重点任务\n")


@pytest.mark.parametrize("link", ["政府工作报告", "国防法", "联合国宪章"])
def test_a_wiki_link_on_a_line_of_its_own_runs_on_into_its_sentence(link: str) -> None:
    lead = "各位代表：\n一、过去一年的工作\n"
    text = lead + f"会议听取和审议了国务院总理所作的\n{link}\n。会议高度评价过去一年的工作。\n二、今年的工作"
    shown = clean(text).display_text
    assert shown == lead + f"会议听取和审议了国务院总理所作的{link}。会议高度评价过去一年的工作。\n二、今年的工作"


def test_a_heading_over_a_short_line_stays_apart() -> None:
    text = "一、总体要求\n指导思想\n。ㄒ唬┦施工程。"
    assert clean(text).display_text.startswith("一、总体要求\n")


@pytest.mark.parametrize("stop", ["。", "."])
def test_a_run_in_item_cut_inside_its_clause_runs_on(stop: str) -> None:
    """A copy writing 。 as a half-width point ends its sentences the same way."""
    text = (
        f"一、五年来工作回顾\n1、综合经济实力显著提升{stop}截止今年11月底,全镇实现\n"
        f"财政收入2776.38万元,完成全年任务的106.78%{stop}\n2、社会事业全面进步{stop}"
    )
    lines = clean(text).display_text.split("\n")
    assert any("全镇实现财政收入2776.38万元" in ln for ln in lines)
    assert lines[0] == "一、五年来工作回顾"
    assert lines[-1].startswith("2、社会事业")


@pytest.mark.parametrize(
    "heading",
    ["稳中求进,推动经济质效新提升", "一年来,我们以稳定发展为要务,推动经济继续保持健康发展", "一、加强管理,提高效率"],
)
def test_a_heading_with_commas_over_its_paragraph_stays_apart(heading: str) -> None:
    lead = "各位代表:\n现在,我代表镇人民政府向大会报告工作。\n"
    text = lead + f"{heading}\n坚持稳字当头,聚力巩固向好态势,统筹稳增长、调结构。"
    assert heading in clean(text).display_text.split("\n")


@pytest.mark.parametrize("label", ["一、", "二.", "（三）", "(四)", "5、"])
def test_a_section_label_alone_on_its_line_joins_its_title(label: str) -> None:
    lead = "各位代表:\n现在,我代表区人民政府向大会报告工作。\n"
    text = lead + f"{label}\n稳中求进,推动经济质效新提升\n坚持稳字当头,聚力巩固向好态势。"
    lines = clean(text).display_text.split("\n")
    assert f"{label}稳中求进,推动经济质效新提升" in lines
    assert lines[-1] == "坚持稳字当头,聚力巩固向好态势。"


def test_labels_listed_one_a_line_and_a_bare_numeral_stay_apart() -> None:
    lines = clean(
        "各位代表:\n现在,我代表区人民政府向大会报告工作。\n一、\n二、\n三、\n一\n劳动就业"
    ).display_text.split("\n")
    assert lines[2:5] == ["一、", "二、", "三、"]
    assert "一" in lines and "劳动就业" in lines


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("持续推进交通高质量发展，努力再创“大交通、新作为;", "大畅通、新形象”的良好局面。"),
        ("认真贯彻落实市委、市政府印发的《关于加快推进", "枢纽经济高质量发展的实施意见》，全力推进各项工作。"),
        ("全年完成固定资产投资45亿元（其中", "工业投资23亿元），同比增长12%。"),
        ("全年完成固定资产投资45亿元(其中民间投资", "28亿元),同比增长12%。"),
    ],
)
def test_a_line_broken_inside_a_quotation_or_bracket_is_joined(head: str, tail: str) -> None:
    text = "一、工作完成情况\n" + head + "\n" + tail + "\n二、存在问题\n"
    shown = clean(text).display_text
    assert head + tail in shown
    assert "\n二、存在问题" in shown and "一、工作完成情况\n" in shown


def test_an_open_quotation_stays_apart_from_a_heading_or_a_line_that_does_not_close_it() -> None:
    assert join_points(["围绕“三个一流建设", "（一）加强组织领导”"], [True, True]) == [False, False]
    assert join_points(["全面落实“双减”政策，推进“五育并举", "加强师资队伍建设。"], [True, True]) == [False, False]
    assert join_points(["开展“文明", "各镇街认真组织实施。"], [True, True]) == [False, False]


_SEMI_PARAGRAPH = [
    "1、造林绿化任务超额完成。全县完成成片人工造林797亩,其中县级造林任务完成率266%;",
    "完成森林经营244131亩,其中中央财政森林抚育补贴任务52000亩;",
    "完成退化林修复60000亩,任务完成率100%;",
    "完成四旁四边四创零星植树24.97万株;",
    "创建省级森林村庄8个,任务完成率100%。",
]


@pytest.mark.parametrize("semi", [";", "；"])
@pytest.mark.parametrize("lead", ["", "二是"])
def test_a_page_that_breaks_its_paragraphs_after_every_clause_is_rejoined(semi: str, lead: str) -> None:
    lines = [ln.replace(";", semi) for ln in _SEMI_PARAGRAPH]
    lines[3] = lead + lines[3]
    text = "一、2020年工作总结\n" + "\n".join(lines) + "\n2、林业两防目标有效控制。森林火灾零发生。\n"
    shown = clean(text).display_text
    assert "".join(lines) in shown
    assert "一、2020年工作总结\n" in shown and "\n2、林业两防目标有效控制" in shown


def test_numbered_items_and_a_list_of_short_clauses_keep_their_lines() -> None:
    items = ["（一）加强组织领导；", "（二）完善工作机制；", "（三）强化督查考核；", "（四）严格责任追究。"]
    assert not any(join_points(items, [True] * 4))
    short = ["主要任务：", "加强组织领导；", "完善工作机制；", "强化督查考核；", "严格责任追究。"]
    assert not any(join_points(short, [True] * 5))


@pytest.mark.parametrize("mark", [",", ";", "，", "；"])
def test_a_link_line_whose_sentence_carries_on_with_a_half_width_mark_is_joined(mark: str) -> None:
    text = (
        "着力发展在线经济。\n围绕龙头企业,挖掘引入上下游产业链\n企业\n"
        + mark
        + "探索建造首家网络注册集聚区。\n二、存在问题\n"
    )
    shown = clean(text).display_text
    assert "产业链企业" + mark + "探索建造" in shown and "\n二、存在问题" in shown


@pytest.mark.parametrize(("left", "right"), [("《", "》"), ("（", "）"), ("(", ")")])
def test_a_title_broken_inside_its_brackets_across_a_blank_line_is_joined(left: str, right: str) -> None:
    text = f"某县医疗保障局\n\n关于印发{left}某县医疗保障事业发展\n\n规划{right}的通知\n\n"
    text += "各镇人民政府:\n现将规划印发给你们。\n"
    shown = clean(text).display_text
    assert f"关于印发{left}某县医疗保障事业发展规划{right}的通知" in shown
    assert "各镇人民政府" in shown and "某县医疗保障局\n" in shown


def test_paragraphs_of_a_quotation_each_opening_their_own_mark_stay_apart() -> None:
    assert join_points(["他指出：“要坚持以人民为中心", "“要坚持新发展理念。”"], [False, False]) == [False, False]


@pytest.mark.parametrize("speech", ["讲话", "工作报告", "发言"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_delivery_line_broken_after_its_de_keeps_and_joins_its_speech(speech: str, gap: str) -> None:
    text = f"政府工作报告\n——在某乡第十届人民代表大会第一次会议上的{gap}{speech}\n***\n各位代表:\n"
    text += "现在我代表乡人民政府向大会作工作报告,请予审议。\n"
    shown = clean(text).display_text
    assert f"会议上的{speech}" in shown and "各位代表" in shown


def test_a_run_in_headings_decimal_figure_cut_from_its_magnitude_runs_on() -> None:
    """``5、定点屠宰:…其中县城0.36`` ⏎ ``万头,…``: the numbered line runs its text on after the colon, and a
    decimal figure is never written apart from its 万."""
    lines = [
        "4、4月末各项存款余额368343万元,同比增长14.85%;各项贷款余额118105万元,同比增长23.81%。",
        "5、定点屠宰:全县生猪定点屠宰完成0.9万头,其中县城0.36",
        "万头,乡镇0.54万头。宰杀量比上年减少5%。半年共稽查30次,没收白板肉等200公斤。",
    ]
    assert join_points(lines, [True] * len(lines)) == [False, True, False]
