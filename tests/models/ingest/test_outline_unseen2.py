"""Outline families found on the 30 reports added after round one (1031–1050, 1081–1090): each test is a short
made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_plan_named_in_its_notice_title_with_a_quoted_report_inside_governs_its_sections() -> None:
    # 关于印发2024年县《政府工作报告》…分解方案的通知: the name carries the quoted report inside it; the plan printed
    # after the notice's date is the title its 一、 and （一） go under
    name = "2024年县《政府工作报告》确定的主要目标任务责任分解方案"  # longer than a sub-head line
    lines = [f"县人民政府办公室关于印发{name}的通知", "各乡镇人民政府："]
    lines += ["2024年《县〈政府工作报告〉确定的主要目标任务责任分解方案》已报经县人民政府同意，现通知如下："]
    lines += ["一、各单位要高度重视，认真制定工作方案，明确责任，明确措施，明确时间节点，确保任务落实到位。"]
    lines += ["二、县督查室要加强跟踪督办，定期通报各单位的工作进展情况，确保各项任务按期完成。"]
    lines += ["县人民政府办公室", "2024年1月8日", name]
    lines += ["一、全县经济社会发展的主要预期目标", "（一）地区生产总值增长6%以上", "责任单位：县发展和改革局"]
    lines += ["（二）固定资产投资增长8%以上", "责任单位：县发展和改革局"]
    got = flat("\n".join(lines))
    plan = (1, "", name)
    assert plan in got
    assert got[got.index(plan) + 1 :] == [
        (2, "一、", "全县经济社会发展的主要预期目标"),
        (3, "（一）", "地区生产总值增长6%以上"),
        (3, "（二）", "固定资产投资增长8%以上"),
    ]
