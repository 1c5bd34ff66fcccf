"""A copy of a report run together on one line that opens inside a section: its heading cut off, its headlines kept."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，为全年工作奠定了坚实基础，成效明显。"


def titles(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in walk_sections(build_outline(text))]


def test_a_copy_opening_inside_a_headline_sentence_keeps_the_headline_after_it() -> None:
    # 371, 733: the cut went through the section's first headline (经济总量日益壮大。): its tail opens the copy
    text = " ".join(["日益壮大。" + PARA * 2, "乡镇经济开创新局面。" + PARA * 2, PARA * 2])
    assert titles(text) == [(1, "乡镇经济开创新局面")]


def test_a_copy_opening_inside_a_title_keeps_the_headlines_under_it() -> None:
    # 376, 1347: the cut went through the numbered heading over the headlines (（一）…，综合实力大幅提升)
    text = " ".join(["综合实力大幅提升", "经济规模实现历史性跨越。" + PARA * 2, "主导产业集聚壮大。" + PARA * 2])
    assert titles(text) == [(1, "经济规模实现历史性跨越"), (1, "主导产业集聚壮大")]


def test_a_whole_report_opening_with_its_title_reads_no_headline_from_one_paragraph() -> None:
    # the title block of a whole report is no cut: a lone short sentence opening one paragraph of three stays prose
    text = " ".join(["某县2008年国民经济和社会发展统计公报", PARA * 2, "乡镇经济开创新局面。" + PARA * 2, PARA * 2])
    assert titles(text) == []


def test_a_paragraph_opening_with_a_sentence_after_a_cut_is_no_headline_when_the_section_is_prose() -> None:
    # one short first sentence among many prose paragraphs is no series, cut or not
    text = " ".join(["日益壮大。" + PARA * 2, "乡镇经济开创新局面。" + PARA * 2, *(PARA * 2 for _ in range(4))])
    assert titles(text) == []


def test_a_copy_opening_in_a_paragraph_keeps_its_first_heading_numbered_past_one() -> None:
    # 042, 132, 349: a copy cut inside the first section's prose; its (二) is the first heading it still holds
    text = "成功处置多起突发疫情，" + PARA + "2、加强管理，认真组织实施科技计划项目。" + PARA + PARA
    assert titles(text) == [(1, "加强管理，认真组织实施科技计划项目")]


def test_a_whole_report_under_its_title_still_needs_more_than_a_lone_late_heading() -> None:
    # with a title block above, a lone 2、 run into a paragraph is no cut copy's first heading
    text = "某县科技局2017年工作计划\n成功处置多起突发疫情，" + PARA + "2、加强管理，认真组织实施科技计划项目。" + PARA
    assert titles(text) == []
