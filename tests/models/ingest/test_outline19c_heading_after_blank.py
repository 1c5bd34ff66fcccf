"""A top heading a wrong join put at the end of the paragraph before it, a blank after the sentence end
(…讲三个方面的内容。 一、“十一五”浙江交通发展取得显著成效 in corpus 1653; …民生福祉持续增进。 一、綜 合 in 414)."""

from __future__ import annotations

from tests.models.ingest.outline_tree import tree

PROSE = "“十一五”期间，全省交通系统认真贯彻落实科学发展观，深入实施总战略，扎实推进行动计划，取得了显著成效。\n"


def test_a_quoted_heading_after_a_blank_ending_a_paragraph_is_read() -> None:
    text = (
        "某厅工作会议报告\n省委、省政府对交通工作十分重视，会前听取交通工作汇报，并作出重要指示。\n"
        "下面，我代表厅党组，讲三个方面的内容。 一、“十一五”浙江交通发展取得显著成效\n" + PROSE
    )
    assert tree(text) == [(1, "一、", "“十一五”浙江交通发展取得显著成效")]


def test_a_list_item_after_a_blank_inside_a_sentence_stays() -> None:
    text = "某县工作报告\n全年完成以下任务。 一、二季度项目建设全面完成，投资增长较快，效益明显\n" + PROSE
    assert tree(text) == []
