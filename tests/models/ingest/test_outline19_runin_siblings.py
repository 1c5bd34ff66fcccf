"""Run-in titles of one numbering run are cut as their siblings are: where one sibling's cut is plain (…治理体系不断
深化…), a sibling of the same shape is cut after its noun though its paragraph opens with no listed word (corpus 767)."""

from __future__ import annotations

from models.ingest.outline import build_outline

PROSE = "充分发挥党组织领导核心作用，建立街道社区联动机制，推动各项工作落到实处。\n"


def heads(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def test_a_sibling_of_a_plainly_cut_title_is_cut_after_its_noun() -> None:
    text = (
        "某街道2020年下半年工作计划\n"
        "一、慎终如始，把好防控常态化后的社区防疫关口认清常态化防控新形势，做好打持久战的心理准备。" + PROSE
        + "二、融合发展，完善党建引领下的社会治理体系不断深化工作法，积极推进同构对应设置。" + PROSE
        + "三、最优营商，扩大“两翼一体”机制联动成效党建引领，完善延伸服务机制。" + PROSE
    )
    assert heads(text) == [
        ("一、", "慎终如始，把好防控常态化后的社区防疫关口"),
        ("二、", "融合发展，完善党建引领下的社会治理体系"),
        ("三、", "最优营商，扩大“两翼一体”机制联动成效"),
    ]


def test_without_a_cut_sibling_a_one_sentence_title_stays_whole() -> None:
    text = (
        "某街道2020年下半年工作计划\n"
        "一、慎终如始，把好防控常态化后的社区防疫关口认清常态化防控新形势。\n" + PROSE
        + "二、融合发展，完善社会治理体系。\n" + PROSE
    )
    assert heads(text)[0] == ("一、", "慎终如始，把好防控常态化后的社区防疫关口认清常态化防控新形势")
