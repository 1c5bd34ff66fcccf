"""A heading naming a part of the report (第一、上半年工作总结) holds the numbered sections after it even when its own
numbering style is conventionally below theirs (corpus 1611: 第一、 over 一、)."""

from __future__ import annotations

from tests.models.ingest.outline_tree import tree

PROSE = "上半年，全区在建续建重点水利工程包括四个大项，完成进度符合预期，投资完成率达到百分之九十以上。\n"


def test_a_part_heading_in_a_lower_style_holds_the_sections_after_it() -> None:
    text = (
        "水利局2018年上半年工作总结及下半年工作计划\n第一、上半年工作总结\n"
        "一、重点水利工程建设。" + PROSE + "二、认真做好防汛抗旱准备。" + PROSE
    )
    assert tree(text) == [
        (1, "第一、", "上半年工作总结"),
        (2, "一、", "重点水利工程建设"),
        (2, "二、", "认真做好防汛抗旱准备"),
    ]
