"""Outline shapes of session 15's discovery reports and the corpus families they belong to."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


BUDGET_TEXT = "收入150.1亿元，同比增长6.9%。加上上级补助收入8.6亿元，收入总计为168.0亿元。"


def test_a_budget_reports_parallel_parts_keep_their_repeated_subheadings() -> None:
    # 1292: 1.全市… and 2.市本级… each hold （1）一般公共预算 … （4）社会保险基金预算, each with its own text
    kinds = ["一般公共预算收支情况", "政府性基金预算收支情况", "国有资本经营预算收支情况", "社会保险基金预算收支情况"]
    lines = ["一、2025年预算执行情况", "（一）2025年预算收支情况"]
    for n, part in ((1, "全市预算收支情况"), (2, "市本级预算收支情况")):
        lines.append(f"{n}.{part}")
        for k, kind in enumerate(kinds, 1):
            lines += [f"（{k}）{kind}", BUDGET_TEXT]
    got = flat("\n".join(lines))
    assert [h[1] for h in got].count("（4）") == 2
    assert [h[0] for h in got if h[1] == "（2）"] == [4, 4]


def test_a_task_table_repeating_the_headings_is_still_a_list() -> None:
    # a summary table naming the text's headings again beside the responsible units, no text of their own
    lines = ["一、主要任务", "（一）加快产业转型升级", PARA, "（二）推进城乡融合发展", PARA]
    lines += ["（三）强化生态环境保护", PARA]
    lines += ["附表 重点任务分工", "（一）加快产业转型升级", "牵头单位：市发展改革委", "（二）推进城乡融合发展"]
    lines += ["牵头单位：市农业农村局", "（三）强化生态环境保护", "牵头单位：市生态环境局"]
    got = flat("\n".join(lines))
    assert [h[2] for h in got].count("加快产业转型升级") == 1


def test_a_blank_inside_a_label_on_a_long_line_does_not_break_it() -> None:
    # 1243 (.docx): 3 .<tab>丰富信息智能消费。… a paragraph line longer than a line is cut at its blanks
    body = "加快5G终端更新，鼓励基础电信企业加快网络升级，通过套餐升级优惠、信用购机等举措，促进信息消费。" * 4
    lines = ["一、鼓励促销和销售模式创新", "1.\t鼓励开展促销活动。" + body, "2.\t开发特色文旅产品。" + body]
    lines += ["3 .\t丰富信息智能消费。" + body, "4.\t培育消费新业态发展。" + body]
    got = flat("\n".join(lines))
    assert [(h[1].replace(" ", ""), h[2]) for h in got if h[0] == 2][2] == ("3.", "丰富信息智能消费")
