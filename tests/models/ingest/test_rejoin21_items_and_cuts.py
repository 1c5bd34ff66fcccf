"""Session 21, joins: short list items set one a line after a clause (1858 ``…同比增长*%;`` ⏎
``固定资产投资同比增长**%;``) keep their breaks; a paragraph a blank line (a page break) cut mid-clause runs on in
a copy whose paragraphs end with their marks (1779, 1612, 1454); a real paragraph break stays."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.rejoin import join_points
from tests.models.ingest.test_clean_props import check_map

_OPEN = "初步预计,全年地区生产总值将突破120亿元,同比增长6.5%;"


def _items(place: str, figures: tuple[str, str, str]) -> list[str]:
    a, b, c = figures
    return [
        f"2022年是{place}发展史上极不寻常的一年。一年来,我们坚持稳中求进,{_OPEN}",
        f"固定资产投资同比增长{a}%;",
        f"社会消费品零售总额同比增长{b}%;",
        f"一般公共预算收入完成{c}亿元;",
        "城镇和农村常住居民人均可支配收入分别达到41250元、19830元,同比增长5%、6%。受疫情影响,部分指标未达预期。",
        "这一年,我们主要做了以下几个方面工作:",
    ]


def test_short_items_one_a_line_after_a_clause_keep_their_breaks() -> None:
    for place, figs in (("某县", ("**", "*", "**")), ("临泉县", ("12.5", "8.1", "15.37")), ("南岗区", ("3", "4", "9"))):
        lines = _items(place, figs)
        joins = join_points(lines, [True] * len(lines))
        assert joins[:4] == [False, False, False, False], place


def test_a_farms_clauses_of_one_sentence_still_run_on() -> None:
    # a page that broke after every clause: the clause lines are long, they carry one sentence on
    lines = [
        "今年以来,全县上下认真贯彻落实县委各项决策部署。经济运行稳中向好,主要指标好于预期;",
        "全年完成地区生产总值120亿元,同比增长6.5%,增速位居全市第二位;",
        "完成固定资产投资85亿元,同比增长12.5%,其中工业投资增长20%以上;",
        "实现社会消费品零售总额40亿元,同比增长8.1%,消费市场持续回暖;",
        "一般公共预算收入完成9亿元,同比增长15%。",
    ]
    assert join_points(lines, [True] * len(lines))[:4] == [True, True, True, True]


_PUNCTUATED = [
    "一是提高政治站位。坚决贯彻乡村振兴决策部署,加强对习近平关于三农工作重要论述的学习,确保各项工作落到实处。",
    "二是强化组织领导。成立工作专班,明确责任分工,每周调度工作进展,及时研究解决存在问题,推动工作落实见效。",
    "三是完善工作机制。健全督查考核、通报约谈等制度,把乡村振兴工作纳入年度目标考核,考核结果与评先评优挂钩。",
]


def _cut_doc(head: str, tail: str) -> tuple[list[str], list[bool]]:
    lines = [*_PUNCTUATED, head, tail, "(二)保障粮食等重要农产品供给", *_PUNCTUATED]
    adjacent = [True] * len(lines)
    adjacent[len(_PUNCTUATED)] = False  # a blank line (the page's break) between the two halves
    adjacent[-1] = False
    return lines, adjacent


def test_a_paragraph_a_blank_line_cut_mid_clause_runs_on() -> None:
    for head, tail in (
        (
            "四是及时传达政策要求。第一时间转发上级文件,组织召开专题会议,认真学习市委、市政府关于考核工作的通知及",
            "考核内容,做好迎检准备。今年年初,我区代表全市参加省级乡村振兴先进县考核,取得了良好成绩。",
        ),
        (
            "(一)党政重视,强化责任落实,定期对工作进行调度。为打好扶贫攻坚战,镇党委、政府高度重视,每月定期",
            "召开减贫工作调度会,会上各单位负责汇报本单位帮扶情况,及时掌握工作进展情况,做到底数清,情况明。",
        ),
    ):
        lines, adjacent = _cut_doc(head, tail)
        assert join_points(lines, adjacent)[len(_PUNCTUATED)], head[:10]


def test_a_paragraph_ending_on_a_word_before_a_heading_or_in_an_unpunctuated_copy_keeps_its_break() -> None:
    head = "四是及时传达政策要求。第一时间转发上级文件,组织召开专题会议,认真学习市委、市政府关于考核工作的通知及"
    lines, adjacent = _cut_doc(head, "二、2024年下半年工作计划")
    assert not join_points(lines, adjacent)[len(_PUNCTUATED)]  # a heading follows
    lines, adjacent = _cut_doc("一是成绩来之不易,全区干部群众团结奋斗,经济社会发展取得了显著成效", _PUNCTUATED[1])
    assert not join_points(lines, adjacent)[len(_PUNCTUATED)]  # the next line opens its own numbered point
    # a copy that drops its paragraphs' full stops: a bare end is no cut there
    bare = [p.rstrip("。") for p in _PUNCTUATED]
    lines = [*bare, "今年以来,全区上下团结一心,攻坚克难,经济社会发展取得显著成效,各项工作稳步推进", *bare]
    adjacent = [False] * len(lines)
    assert not any(join_points(lines, adjacent))


@given(st.sampled_from(["某县", "临泉县", "南岗区"]), st.sampled_from(["**", "12.5", "3"]), st.booleans())
def test_the_map_stays_exact_over_items_and_cut_paragraphs(place: str, fig: str, blank: bool) -> None:
    lines = _items(place, (fig, fig, fig))
    text = "\n".join(lines) + ("\n\n" if blank else "\n") + "\n".join(_cut_doc(_PUNCTUATED[0], _PUNCTUATED[1])[0])
    check_map(text)


def test_a_bold_lead_set_unmarked_on_its_own_line_keeps_its_break() -> None:
    # 324, 539, 755 (wikisource): a point's bold lead sentence, no full stop, a blank line, then its paragraph
    for lead in (
        "第四，在试点的基础上，加快经济管理体制改革的进程，发挥优势，保护竞争，推动联合，调动各方面的积极性",
        "调整国民经济的任务已经基本完成，国民经济已经全面好转，并将进入一个新的发展时期",
        "我国民族资产阶级仍然具有两面性；改造资产阶级分子，是长期的、复杂的、反复的阶级斗争的过程",
        "第二、必须继续坚持在发展生产的基础上逐步改善人民生活的方针，继续坚持艰苦奋斗的方针",
    ):
        tail = "在国营工业中全面推行扩大企业自主权，实行利改税，使企业逐步成为相对独立的经济实体。"
        lines, adjacent = _cut_doc(lead, tail)
        assert not join_points(lines, adjacent)[len(_PUNCTUATED)], lead[:10]
