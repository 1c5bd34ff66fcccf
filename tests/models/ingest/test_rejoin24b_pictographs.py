"""Session 24, round 2, joins: a content farm sets pictographs after its sentences (``…工作报告。🌟``, ``…百分点。🌳🌬️``,
1677); the sentence is still ended, so the next line (a heading ``回顾2023年工作成果🏆``, a paragraph) is not run on
to it. A pictograph after a clause cut mid-word does not end it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.rejoin import join_points

_GLYPHS = st.sampled_from(["🌟", "🏆", "📈", "🌳🌬️", "🚗🌊", "❤️", "✅", "👍👍", "☀"])
_ENDS = st.sampled_from(["。", "！", "？"])
_NEXT = st.sampled_from(
    ["回顾2022年工作成果", "展望2025年工作目标", "经济发展稳中向好,全县GDP增长6%,财政收入增长5%。", "一、主要工作"]
)
_OPEN = (
    "在这春意盎然的季节里,我们齐聚一堂,共同回顾过去一年的工作成果,展望新的一年发展蓝图,"
    "我代表县人民政府,向大家汇报今年的工作"
)


@given(_GLYPHS, _ENDS, _NEXT)
def test_a_sentence_ended_before_a_farms_pictographs_stays_ended(glyphs: str, end: str, nxt: str) -> None:
    lines = [_OPEN + end + glyphs, nxt + glyphs, "过去的一年,全县人民团结一心,砥砺奋进,取得了显著的成绩。"]
    assert join_points(lines, [True] * len(lines))[0] is False


@given(_GLYPHS)
def test_a_clause_cut_before_a_pictograph_is_not_ended_by_it(glyphs: str) -> None:
    # (the glyph is no stop: a line cut mid-clause keeps whatever the wrap rules say of it; here a figure waits)
    lines = [_OPEN + ",全年造林面积达到" + glyphs, "1.2万亩,完成年度目标任务。"]
    got = join_points(lines, [True, True])[0]
    lines_plain = [_OPEN + ",全年造林面积达到", "1.2万亩,完成年度目标任务。"]
    assert got is join_points(lines_plain, [True, True])[0]
