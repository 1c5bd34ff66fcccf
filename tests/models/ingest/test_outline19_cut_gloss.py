"""A pinyin gloss a mirror glues after characters, cut open by the copy's end at a heading's title (…持续增长(zh), is no
part of the title (corpus 1042; the mirrors 038 and 1475 end cut inside a gloss the same way)."""

from __future__ import annotations

from models.ingest.outline import build_outline

PROSE = "上半年，全县经济运行总体平稳，主要指标保持增长，发展质量稳步提升，各项工作取得新的进展。\n"


def heads(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def test_an_open_gloss_ending_the_text_is_cut_from_the_title() -> None:
    text = "某县2021年上半年经济运行情况\n(一)工业生产稳中有升\n" + PROSE + "(二)固定资产投资持续增长(zh"
    assert heads(text)[-1] == ("(二)", "固定资产投资持续增长")


def test_a_closed_bracket_in_a_title_stays() -> None:
    text = "某县2021年上半年经济运行情况\n(一)工业生产稳中有升(含电力)\n" + PROSE + "(二)投资增长\n" + PROSE
    assert heads(text)[0] == ("(一)", "工业生产稳中有升(含电力)")
