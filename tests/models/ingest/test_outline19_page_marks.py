"""A PDF's page number printed into the text where a page began (—2—一、…) does not hide the heading right after it
(session 19's discovery report 1680; corpus 1002 has the same mark before its (一) inside a line)."""

from __future__ import annotations

from tests.models.ingest.outline_tree import tree

PROSE = "坚决扛起维护社会稳定的政治责任，扎实推进平安建设，坚决巩固来之不易的社会稳定局面。"


def test_a_heading_after_a_page_number_at_the_line_start_is_found() -> None:
    text = (
        "—1—政府工作报告各位代表：现在，我代表区人民政府向大会报告工作，请予审议。\n"
        "—2—一、聚力抓好稳定工作。"
        + PROSE
        + "\n(一)稳定常态实现新巩固。"
        + PROSE
        + "\n(二)民族团结开创新局面。"
        + PROSE
        + "\n"
        "—3—二、聚力推动经济发展。" + PROSE + "\n(一)工业经济稳步增长。" + PROSE + "\n"
    )
    got = tree(text)
    assert (1, "一、", "聚力抓好稳定工作") in got
    assert (2, "(一)", "稳定常态实现新巩固") in got
    assert (1, "二、", "聚力推动经济发展") in got


def test_a_page_number_before_prose_makes_no_heading() -> None:
    text = "某区政府工作报告\n—2—一年来，我们主要做了以下工作。" + PROSE + "\n一、稳定工作\n" + PROSE + "\n"
    assert [t[2] for t in tree(text)] == ["稳定工作"]
