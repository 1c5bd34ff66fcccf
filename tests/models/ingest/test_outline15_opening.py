"""Session 15c: the first part's heading right after a work report's opening formula, in the shapes the
discovery reports showed (a headline of blank-separated phrases, one over two lines, one run into its paragraph)."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

FORMULA = "现在,我代表县人民政府向大会报告工作,请予审议,并请县政协各位委员提出意见。"
OPENING = ["2011年政府工作报告", "各位代表:", FORMULA]
PARA = "2010年,我们在县委的坚强领导下,紧扣工作思路,全县完成GDP76.5亿元,同比增长13.6%;完成财政总收入5.63亿元。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_headline_of_phrases_set_off_by_blanks_heads_the_first_part() -> None:
    # 1387: a slogan and what it achieved, longer than a plain heading, right after the formula
    headline = "凝心聚力  大干快上   2010年和十一五目标任务全面完成"
    got = flat("\n\n".join([*OPENING, headline, PARA, "一、产业发展提速增效", PARA]))
    assert got == [(1, "", headline), (2, "一、", "产业发展提速增效")]


def test_a_headline_over_two_lines_is_one_heading() -> None:
    # 888: 攻坚克难砥砺奋进 ⏎ 全县经济社会实现持续健康发展 over the review's numbered sections
    first = "一、全力以赴稳增长、促发展,经济质量稳步提升"
    lines = [*OPENING, "攻坚克难砥砺奋进", "全县经济社会实现持续健康发展", PARA, first, PARA]
    got = flat("\n".join(lines))
    assert [(lv, lab, t.replace("\n", "")) for lv, lab, t in got] == [
        (1, "", "攻坚克难砥砺奋进全县经济社会实现持续健康发展"),
        (2, "一、", first[2:]),
    ]


def test_a_long_phrase_line_far_from_the_formula_is_no_headline() -> None:
    headline = "凝心聚力  大干快上   2010年和十一五目标任务全面完成"
    got = flat("\n".join([*OPENING, PARA, headline, PARA]))
    assert (1, "", headline) not in got


def test_a_headline_with_no_paragraph_after_it_is_no_heading() -> None:
    # two short lines and a third: a title block going on, not a headline over its paragraph
    got = flat("\n".join([*OPENING, "凝心聚力大干快上", "目标任务全面完成", "县长 蔡周良", PARA]))
    assert got == []


LONG_PARA = "按照党中央、国务院的部署和要求,在省委的领导下,我们认真贯彻党的十七大精神,经济社会发展取得新成绩。" * 3


def test_a_long_first_part_title_runs_into_a_paragraph_opening_with_its_period() -> None:
    # 1407: 2007年经济社会发展情况及本届政府工作回顾过去的一年，… on one line right after the formula
    title = "2007年经济社会发展情况及本届政府工作回顾"
    lines = ["各位代表,我代表省人民政府,向大会报告工作,请予审查,并请省政协委员提出意见。"]
    lines += [f"{title}过去的一年,{LONG_PARA}", "一、产业培育力度加大", LONG_PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "", title), (2, "一、", "产业培育力度加大")]


def test_a_long_phrase_with_no_period_after_it_is_not_cut_out_of_its_paragraph() -> None:
    lines = ["各位代表,我代表省人民政府,向大会报告工作,请予审查,并请省政协委员提出意见。"]
    lines += [f"2007年经济社会发展情况及本届政府工作回顾显示{LONG_PARA}", "一、产业培育力度加大", LONG_PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "产业培育力度加大")]
