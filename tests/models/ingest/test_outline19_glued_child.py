"""A heading's first item glued to the end of its short title on the heading's own line is a heading of its own
((二)扎实推进林业重点项目工作1.民生工程推进情况, corpus 1248; 一、上半年工作进展一、坚持担当作为，…, corpus 1595)."""

from __future__ import annotations

from tests.models.ingest.outline_tree import tree

PROSE = "深入践行生态理念，将生态环境保护工作纳入党委政府重要议事日程，多次召开会议听取汇报，研究部署重点任务。\n"


def test_a_first_item_glued_to_its_parents_title_is_its_child() -> None:
    text = (
        "某县林业局2015年工作总结\n一、2015年主要工作成效\n(一)以造林绿化为重点\n"
        + PROSE
        + "(二)扎实推进林业重点项目工作1.民生工程推进情况\n"
        + PROSE
        + "2.林业项目推进情况\n"
        + PROSE
    )
    got = tree(text)
    assert (2, "(二)", "扎实推进林业重点项目工作") in got
    assert (3, "1.", "民生工程推进情况") in got


def test_a_part_with_its_own_runs_first_item_glued_holds_it() -> None:
    text = (
        "某区分局上半年工作报告\n今年以来，我区深入学习贯彻生态文明思想，紧紧围绕重大决策部署开展工作。\n"
        "一、上半年工作进展一、坚持担当作为，层层压实生态环境保护责任。\n"
        + PROSE
        + "二、推进污染防治，持续改善环境质量。\n"
        + PROSE
    )
    got = tree(text)
    assert got[:2] == [(1, "一、", "上半年工作进展"), (2, "一、", "坚持担当作为，层层压实生态环境保护责任")]


def test_a_number_glued_inside_a_title_that_ends_on_no_part_word_stays() -> None:
    text = "某县工作总结\n(一)加快推进一、二季度项目建设\n" + PROSE + "(二)抓好安全生产\n" + PROSE
    assert (1, "(一)", "加快推进一、二季度项目建设") in tree(text)
