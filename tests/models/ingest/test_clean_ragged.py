"""A figure set apart from its sentence and a page broken anywhere (no steady width) are re-joined; a real
paragraph break, a heading and a flattened table keep their lines; the offset map stays exact."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.clean_ragged import extra_joins, ragged_breaks
from models.ingest.rejoin import join_points
from models.ingest.rejoin_width import wrap_width
from tests.models.ingest.test_clean_props import check_map


def _joins(lines: list[str]) -> list[bool]:
    adjacent = [True] * len(lines)
    joins = join_points(lines, adjacent)
    extra_joins(lines, adjacent, joins)
    return joins


PARAGRAPHS = [
    "一年来，我们重点抓好了三大养鸭基地，即赵楼村养鸭基地、王庄塌方区养鸭基地及大河养鸭基地，全乡已发展鸡鸭鹅养殖超过二十万只。",
    "四是水产业，重点突出了名特优水产品养殖和一区三带建设，即赵庙王庄塌方地改造后的农渔业综合开发区和苏北堤河三条养殖带。",
    "全乡农田水利工程万米石渠硬化，节水型农业成效显著，去年以来全乡建设形渠两千五百米，累计投入资金二百四十万元。",
    "正是由于水利基础设施投入大、设备齐和全乡干部群众共同努力，才将特大洪涝灾害造成的损失降到最低，保障了群众生命财产安全。",
    "五是劳务输出业，我乡共有劳动力七千四百人，现已转移劳动力四千九百人，占全乡劳动力总数的六成以上，非农产业收入稳步增加。",
    "村村通油路工程全面完成，侣楼曹庄两村已率先实现路灯亮化门前硬化道路净化，赵庙至孔庄矿公路建设已经完工并交付使用。",
    "精神文明建设得到加强，社会事业全面进步，广泛开展了农村三级联创活动，群众文化生活日益丰富，社会治安持续稳定向好。",
    "教育卫生事业稳步发展，新建中心小学教学楼一座，乡卫生院完成改造升级，新型农村合作医疗参合率达到九成以上，群众看病更加方便。",
]


def _break_anywhere(paragraph: str, rng: random.Random) -> list[str]:
    """Cut a paragraph into lines of 20 to 70 characters (no steady width), only between two Chinese characters."""
    lines: list[str] = []
    rest = paragraph
    while len(rest) > 70:
        cut = rng.randint(20, 70)
        while cut < len(rest) - 1 and not ("\u4e00" <= rest[cut - 1] <= "\u9fff" and "\u4e00" <= rest[cut] <= "\u9fff"):
            cut += 1
        lines.append(rest[:cut])
        rest = rest[cut:]
    lines.append(rest)
    return lines


def test_a_figure_alone_on_its_line_joins_its_sentence() -> None:
    lines = [
        "实施化肥减量行动，创建高品质绿色科技展示基地",
        "2",
        "个。发挥农业示范基地示范引进作用，推广应用新品种",
        "13",
        "个。",
    ]
    assert _joins(lines)[:4] == [True, True, True, True]


def test_a_flattened_tables_figures_keep_their_lines() -> None:
    lines = ["序号", "1", "项目名称", "地区生产总值", "212.65", "亿元", "同比", "5.6", "%"]
    assert not any(_joins(lines))


def test_a_figure_after_a_sentence_end_keeps_its_line() -> None:
    lines = ["全年完成固定资产投资一百亿元。", "2023", "年工作安排如下，全县上下要认真落实。"]
    assert _joins(lines)[0] is False


_PHRASES = [
    "全乡农田水利工程万米石渠硬化",
    "节水型农业成效显著",
    "累计投入资金二百四十万元",
    "重点抓好了三大养鸭基地",
    "名特优水产品养殖面积稳步扩大",
    "现已转移劳动力四千九百人",
    "村村通油路工程全面完成",
    "群众文化生活日益丰富",
    "社会治安持续稳定向好",
    "新建中心小学教学楼一座",
    "乡卫生院完成改造升级",
    "非农产业收入稳步增加",
]
_PARAGRAPH = st.lists(st.lists(st.sampled_from(_PHRASES), min_size=2, max_size=4), min_size=4, max_size=7).map(
    lambda sentences: "".join("，".join(s) + "。" for s in sentences)
)


@given(
    paragraphs=st.lists(_PARAGRAPH, min_size=3, max_size=4, unique=True),
    seed=st.integers(0, 10_000),
    heading=st.sampled_from(["二、主要工作", "（一）发展现代农业", "一是加强领导。"]),
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_a_page_broken_anywhere_is_rejoined_and_keeps_its_paragraphs(
    paragraphs: list[str], seed: int, heading: str
) -> None:
    rng = random.Random(seed)
    lines: list[str] = ["某乡2003年政府工作报告", "各位代表："]
    for k, p in enumerate(paragraphs):
        if k == 1:
            lines.append(heading)
        lines.extend(_break_anywhere(p, rng))
    adjacent = [True] * len(lines)
    assume(wrap_width(lines) is None and ragged_breaks(lines, adjacent))  # a steady width is the hard-wrap rule's
    text = "\n".join(lines) + "\n"
    shown = clean(text).display_text.split("\n")
    for p in paragraphs:
        assert p in shown
    assert heading in shown
    check_map(text)


def test_a_report_with_a_line_a_paragraph_is_not_ragged() -> None:
    lines = [*PARAGRAPHS, "二、存在的问题", "一是发展不够充分", "二是基础设施薄弱"]
    assert not ragged_breaks(lines, [True] * len(lines))
    assert not any(_joins(lines))


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["一是", "发行1000亿元长期国债，重点投向基础设施建设。"], "一是发行1000亿元长期国债"),
        (["１９８５年的", "工资改革，", "重点是改革现行不合理的工资制度。"], "１９８５年的工资改革，"),
        (["关于", "价格体系的改革，", "经过多方面的权衡比较和认真测算。"], "关于价格体系的改革，"),
        (["各地要按照", "中央的统一部署，抓好落实。"], "各地要按照中央的统一部署"),
    ],
)
def test_a_word_that_never_ends_a_line_runs_on(lines: list[str], joined: str) -> None:
    text = "政府工作报告\n各位代表：\n" + "\n".join(lines) + "\n"
    assert joined in clean(text).display_text.replace("\n", "⏎")
    check_map(text)


@pytest.mark.parametrize(
    "lines",
    [
        ["一、编制目的", "为规范专项资金管理，制定本办法。"],
        ["二、问题所在", "一是发展不够充分。"],
        ["总的要求是：", "稳中求进，改革创新。"],
        ["这次会议的主要任务是", "一、总结2022年工作"],
    ],
)
def test_a_heading_or_a_lead_in_keeps_its_line(lines: list[str]) -> None:
    assert not _joins(lines)[0]


@pytest.mark.parametrize("mask", ["XX", "xx", "X"])
def test_an_anonymised_name_cut_from_its_place_word_runs_on(mask: str) -> None:
    assert _joins(["开展粮食保供工作，完成耕地抛荒整治。制定《", mask, "县发展海岛精致农业工作实施方案》，全面推进。"])[
        :2
    ] == [True, True]


def test_english_words_at_line_ends_keep_their_lines() -> None:
    assert not any(_joins(["Report on the Work of the Government", "Delivered at the Fifth Session"]))


# ---------------------------------------------------------------- a clause cut by a blank line


def test_a_line_stopping_on_a_comma_runs_on_across_blank_lines() -> None:
    text = (
        "一、主要工作\n\n"
        "面对防汛形势的新变化，全镇上下迅速行动，\n\n\n"
        "第一时间组建抢险突击队，转移安置群众三百余人。\n\n"
        "资金补助标准按照公开、\n\n"
        "公平和公正的原则由镇里统一确定；不搞平均分配。\n\n"
        "全镇财政收入由上年的\n\n"
        "3.2亿元增加到3.6亿元，增长百分之十二。\n"
    )
    display = clean(text).display_text
    assert "全镇上下迅速行动，第一时间组建抢险突击队" in display
    assert "按照公开、公平和公正的原则" in display
    assert "由上年的3.2亿元增加到" in display
    check_map(text)


def test_a_line_stopping_on_a_comma_runs_on_into_the_next_line() -> None:
    lines = ["各单位要落实第一责任人制度，", "把安全生产各项措施落到实处，确保全年不发生较大事故。", "二、下一步打算"]
    assert _joins(lines) == [True, False, False]


def test_a_comma_before_a_heading_a_short_cell_or_a_table_row_keeps_its_break() -> None:
    lines = ["全镇上下迅速行动，抓好三件事，", "二、下一步打算", "水稻，", "小麦和玉米，共三万亩。", "项目名称，  金额"]
    adjacent = [False] * len(lines)
    joins = join_points(lines, adjacent)
    extra_joins(lines, adjacent, joins)
    assert joins == [False] * len(lines)


def test_a_comma_line_joins_only_a_line_that_carries_the_sentence_on() -> None:
    lines = ["会议要求各部门切实负起责任，", "Summary of the year", "各单位要认真抓好落实，", "附件"]
    adjacent = [False] * len(lines)
    joins = join_points(lines, adjacent)
    extra_joins(lines, adjacent, joins)
    assert joins == [False] * len(lines)


@pytest.mark.parametrize(
    "heading",
    ["一、2019年工作回顾", "二、2024年工作安排", "（一）经济运行稳中向好", "第三部分 2023年重点工作"],
)
def test_a_figure_alone_under_a_heading_joins_no_heading(heading: str) -> None:
    # a store's PDF copy lost the words around a stray figure (2130: 一、2019 年工作回顾 ⏎ 70 ⏎ 推进高质量发展…)
    lines = [heading, "70", "推进高质量发展的大干之年。一年来，面对外部环境深刻", "化和地区竞争日益加剧，全市上下"]
    assert _joins(lines)[0] is False


def test_a_figure_under_a_heading_with_its_unit_after_still_runs_on() -> None:
    lines = ["一、全年完成固定资产投资", "70", "亿元，同比增长百分之八点五，高于全省平均水平"]
    assert _joins(lines)[:2] == [True, True]


def test_a_year_under_a_heading_joins_its_year_word() -> None:
    # 1692: (三)开展数字化城管网格管理 ⏎ 2020 ⏎ 年我局积极开展…: the figure's unit (年) opens the next line
    lines = ["（三）开展数字化城管网格管理", "2020", "年我局积极开展网格化精细数字管理工作，配备了"]
    assert _joins(lines)[1] is True
