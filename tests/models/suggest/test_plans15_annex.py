"""A table's title under an attachment line is no plan part opening inside a review (outline15b)."""

from __future__ import annotations

from models.suggest._plans import plan_document
from models.types import Section

_NOTICE = (
    "关于印发2022年区政府工作报告目标任务分解的通知\n"
    "各镇人民政府、街道办事处，区政府各部门：\n"
    "现将2022年区政府工作报告目标任务分解表印发给你们，请认真抓好落实，确保完成全年目标任务。\n"
    "力争全区地区生产总值增长5.5%左右，确保固定资产投资增长6%左右，力争工业增加值增长7%左右，"
    "确保社会消费品零售总额增长8%左右，力争进出口总额增长5%以上。\n"
)


def _notice_with(title: str, label_line: str = "附件2") -> tuple[str, list[Section]]:
    text = (
        _NOTICE
        + "说明：各牵头单位要明确责任人。" * 10
        + "\n"
        + label_line
        + "\n"
        + title
        + "\n序号 工作任务 牵头单位\n"
    )
    at = text.index(label_line + "\n")
    head = text.index(title)
    annex = Section(1, label_line, "", at, len(text), at + len(label_line))
    under = Section(2, "", title, head, len(text), head + len(title))
    return text, [annex, under]


def test_a_task_table_title_under_an_attachment_leaves_the_notice_a_plan() -> None:
    text, flat = _notice_with("2022年区政府工作报告重点工作任务分解表")
    assert flat[1].start >= 200
    assert plan_document(text, flat)


def test_a_year_plan_heading_under_an_attachment_is_the_attachment_s_own() -> None:
    text, flat = _notice_with("2022年重点工作安排", "附件1")
    assert plan_document(text, flat)


def test_a_year_plan_heading_late_in_a_copy_still_means_it_starts_inside_a_review() -> None:
    text, flat = _notice_with("2022年重点工作安排")
    plain = [flat[1]]  # no attachment around it: the plan part of a review-and-plan text
    assert not plan_document(text, plain)
