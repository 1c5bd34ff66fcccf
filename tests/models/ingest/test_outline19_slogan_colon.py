"""A heading line written as a quoted slogan, a colon and two phrases (一、“快”字为先:优化营商环境,释放市场供需活力)
keeps
the whole line as its title; the same slogan before a paragraph keeps the colon as a lead-in (corpus 1515 and 111)."""

from __future__ import annotations

from models.ingest.outline import build_outline

PROSE = "今年以来，我局围绕中心工作，持续深化改革，各项工作取得明显成效，市场主体活力进一步增强。\n"


def heads(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def test_a_slogan_and_two_phrases_alone_on_the_line_are_one_title() -> None:
    text = "某区市场监管局2020年工作总结\n" + PROSE + "一、“快”字为先:优化营商环境,释放市场供需活力\n" + PROSE
    text += "二、“严”字当头:守牢安全底线,维护市场秩序\n" + PROSE
    assert heads(text) == [
        ("一、", "“快”字为先:优化营商环境,释放市场供需活力"),
        ("二、", "“严”字当头:守牢安全底线,维护市场秩序"),
    ]


def test_a_slogan_before_a_paragraph_keeps_its_lead_in_colon() -> None:
    text = (
        "某区工信局2023年上半年工作总结\n"
        + PROSE
        + "1.“新上规”培育方面:今年市下达两区新入规工业企业目标任务，我局积极对接。\n"
    )
    text += "2.“小升规”培育方面:全年计划培育企业十家，目前已完成六家。\n" + PROSE
    assert heads(text)[0] == ("1.", "“新上规”培育方面")
