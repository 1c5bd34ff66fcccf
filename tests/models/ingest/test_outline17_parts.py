"""Outline families of session 17's first-sight misses: unnumbered part titles of an annual report (2025年…执行情况,
2026年…预算) over unnumbered sub-heads; each test is a short made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


_PARA = "全市一般公共预算收入完成120.5亿元,增长3.2%,支出完成310.8亿元,增长4.1%,收支平衡。"
_BUDGETS = ["一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算"]


def _budget_report() -> str:
    # a newspaper's abstract of a budget report: year-named parts over the same four budget heads, no numbering
    lines = ["关于某市2025年预算执行情况和2026年预算草案的报告(摘要)"]
    lines.append("2025年是“十四五”规划收官之年,财政运行总体平稳。")
    lines.append("2025年全市预算执行情况")
    for name in _BUDGETS:
        lines += [name, _PARA]
    lines += ["2026年市级预算编制原则", "1.坚持零基预算 破除支出固化格局", "2.厉行过紧日子 严控一般性支出"]
    lines.append("2026年市级收支预算")
    for name in _BUDGETS:
        lines += [name, _PARA]
    lines += ["加强预算管理的主要举措", "● 以“开源增收”为基础 夯实财力支撑", "● 以“聚焦重点”为导向 服务发展大局"]
    return "\n".join(lines)


def test_a_year_named_part_right_over_its_first_budget_head_holds_the_heads() -> None:
    got = flat(_budget_report())
    assert got[:5] == [(1, "", "2025年全市预算执行情况"), *((2, "", name) for name in _BUDGETS)]


def test_the_same_budget_heads_under_the_next_year_part_are_no_page_copy() -> None:
    got = flat(_budget_report())
    at = got.index((1, "", "2026年市级收支预算"))
    assert got[at + 1 : at + 5] == [(2, "", name) for name in _BUDGETS]


def test_a_head_over_its_own_bullets_after_the_budget_heads_is_the_next_part() -> None:
    got = flat(_budget_report())
    assert (1, "", "加强预算管理的主要举措") in got
    assert got[-1] == (2, "●", "以“聚焦重点”为导向 服务发展大局")


def test_a_year_named_part_with_prose_then_its_heads() -> None:
    # the part's own paragraph first, then the unnumbered heads naming no year
    lines = ["2025年是攻坚之年,全市财政运行平稳有序。", "2025年全市及市本级财政预算执行情况", _PARA]
    lines += ["全市财政预算执行情况", _PARA, "市本级财政预算执行情况", _PARA, "举借债务情况", _PARA]
    lines += ["2026年财政预算草案", _PARA, "一般公共预算草案", _PARA, "政府性基金预算草案", _PARA]
    got = flat("\n".join(lines))
    assert got == [
        (1, "", "2025年全市及市本级财政预算执行情况"),
        (2, "", "全市财政预算执行情况"),
        (2, "", "市本级财政预算执行情况"),
        (2, "", "举借债务情况"),
        (1, "", "2026年财政预算草案"),
        (2, "", "一般公共预算草案"),
        (2, "", "政府性基金预算草案"),
    ]


def test_a_list_of_a_pages_links_is_no_part_over_a_sub_head() -> None:
    # related-document links after a report (楚雄市2026年…说明 ×3): no part title over its first sub-head
    lines = ["一、2025年全市预算执行情况", _PARA, "二、2026年财政工作思路", _PARA]
    lines += ["某市2026年财政转移支付情况说明", "某市2026年三公经费预算安排情况说明", "某市2026年政府债务举债情况说明"]
    lines.append("某市第十届人民代表大会第六次会议文件,网站标识码5323010001,联系电话0878-3990549。")
    got = flat("\n".join(lines))
    assert all(level == 1 for level, _, _ in got)


_REVIEW_PARA = "我们第一时间成立指挥部,以战时体系应对战时状况,及时调度会商,强化专班管控,实行闭环管理,守住了东大门。"


def test_a_review_theme_counted_from_any_period_is_a_sub_head() -> None:
    # 疫情发生以来,我们…取得重大成果 alone on its line with no stop, as 一年来,我们… is (1517)
    lines = ["一、2020年工作回顾", "2020年是极不平凡的一年,我们较好地完成了全年目标任务,经济社会持续健康发展。"]
    lines += ["疫情发生以来,我们坚持科学防治、精准施策,疫情防控取得重大成果", _REVIEW_PARA]
    lines += ["二、2021年工作安排", _REVIEW_PARA]
    got = flat("\n".join(lines))
    assert (2, "", "疫情发生以来,我们坚持科学防治、精准施策,疫情防控取得重大成果") in got


def test_a_paragraph_opening_with_a_period_theme_stays_prose() -> None:
    lines = ["一、2020年工作回顾", "今年以来,我们以党史学习教育为动力,继续坚持稳中求进工作总基调,经济运行总体平稳。"]
    lines += [_REVIEW_PARA, "二、2021年工作安排", _REVIEW_PARA]
    got = flat("\n".join(lines))
    assert [h[1] for h in got] == ["一、", "二、"]


_STREET_PARA = "为了确保今年的惠民资金真正成为惠及百姓、解决居民最棘手问题的资金,街办主管领导多次深入社区核查项目。"


def test_a_title_cut_inside_a_word_by_a_blank_line_goes_on_to_its_rest() -> None:
    # (一)、…认真核查惠民资金应 ⏎⏎ 用,积极完善…建设 ⏎⏎ paragraph: the rest opens with the end of a word (1454)
    lines = ["二、认真规范惠民项目实施程序", "", "(一)、街办主管领导亲历亲为,认真核查惠民资金应", ""]
    lines += ["用,积极完善惠民项目程序,促进惠民项目的社会监督机制建设", "", _STREET_PARA]
    got = flat("\n".join(lines))
    assert got[-1][2] == "街办主管领导亲历亲为,认真核查惠民资金应用,积极完善惠民项目程序,促进惠民项目的社会监督机制建设"


def test_a_sentence_opening_with_a_two_character_clause_is_no_rest_of_a_title() -> None:
    lines = ["二、认真规范惠民项目实施程序", "", "(一)、加强组织领导", ""]
    lines += ["目前,已完成全年任务的八成。", "", _STREET_PARA]
    got = flat("\n".join(lines))
    assert got[-1][2] == "加强组织领导"
