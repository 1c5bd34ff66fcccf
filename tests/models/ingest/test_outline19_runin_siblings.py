"""Run-in titles of one numbering run are cut as their siblings are: where one sibling's cut is plain (…治理体系不断
深化…), a sibling of the same shape is cut after its noun though its paragraph opens with no listed word
(corpus 767)."""

from __future__ import annotations

from models.ingest.outline import build_outline

PROSE = "充分发挥党组织领导核心作用，建立街道社区联动机制，推动各项工作落到实处。\n"


def heads(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def test_a_sibling_of_a_plainly_cut_title_is_cut_after_its_noun() -> None:
    text = (
        "某街道2020年下半年工作计划\n"
        "一、慎终如始，把好防控常态化后的社区防疫关口认清常态化防控新形势，做好打持久战的心理准备。"
        + PROSE
        + "二、融合发展，完善党建引领下的社会治理体系不断深化工作法，积极推进同构对应设置。"
        + PROSE
        + "三、最优营商，扩大“两翼一体”机制联动成效党建引领，完善延伸服务机制。"
        + PROSE
    )
    assert heads(text) == [
        ("一、", "慎终如始，把好防控常态化后的社区防疫关口"),
        ("二、", "融合发展，完善党建引领下的社会治理体系"),
        ("三、", "最优营商，扩大“两翼一体”机制联动成效"),
    ]


def test_without_a_cut_sibling_a_one_sentence_title_stays_whole() -> None:
    text = (
        "某街道2020年下半年工作计划\n"
        "一、慎终如始，把好防控常态化后的社区防疫关口认清常态化防控新形势。\n"
        + PROSE
        + "二、融合发展，完善社会治理体系。\n"
        + PROSE
    )
    assert heads(text)[0] == ("一、", "慎终如始，把好防控常态化后的社区防疫关口认清常态化防控新形势")


def test_an_item_of_a_comma_for_stop_copy_ends_at_its_first_comma_as_its_siblings_do() -> None:
    long_clause = (
        "做到医保,新农合与社会养老保险全覆盖,与推进社会稳定相衔接,全镇目前以有多名年龄在六十周岁以上的老人领取了新农保"
    )
    text = (
        "某镇工作总结\n五、各项社会事业\n"
        "1、农田水利与道路建设,今年以来,我镇在完成了大型主干道的通达工程后,积极实施道路硬化。\n"
        "2、积极实施社会养老工程,"
        + long_clause
        + ",对全镇多个贫困群众进行了最低生活保障金发放,加快推进老年公寓建设力度。\n"
        "3、土地增减挂钩,今年来,我们按照节约,集约用地的相关要求,积极开展土地复垦和增减挂钩工作。\n"
    )
    titles = [s.title for top in build_outline(text) for s in top.children]
    assert titles == ["农田水利与道路建设", "积极实施社会养老工程", "土地增减挂钩"]
