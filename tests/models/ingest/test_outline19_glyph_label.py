"""A bullet glyph opening a stand-alone unnumbered head (■ 综合) is its label, as for a series of them (the 478
ruling; session 19's discovery report 1721, where the glyph head stands alone)."""

from __future__ import annotations

from models.ingest.outline import build_outline

PROSE = "初步核算，全市生产总值按可比价格计算比上年增长5.5%。其中，第一产业增加值增长3.6%，第二产业增加值增长4.5%。\n"


def heads(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def test_a_lone_glyph_head_takes_the_glyph_as_its_label() -> None:
    text = "2017年，全市经济社会持续平稳健康发展，各项工作取得新的成绩。\n■ 综合\n" + PROSE + PROSE
    assert heads(text) == [("■", "综合")]


def test_a_glyph_head_without_a_blank_also_takes_it() -> None:
    text = "2017年，全市经济社会持续平稳健康发展，各项工作取得新的成绩。\n■综合\n" + PROSE + PROSE
    assert heads(text) == [("■", "综合")]
