"""Session 23, spaces: a ratio of three figures or more (三次产业结构 ``13.6 ﹕ 42.1 ﹕ 44.3``: 1319, 010 ``3.6 : 48 :
48.4``, 522, 1019) reads without the blanks a PDF set around its colons; a clock time or a two-part figure keeps its
blanks (a lone ``:`` between two figures may be a field or a time)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.inline_debris import inline_deletions

_FIG = st.sampled_from(["13.6", "42.1", "44.3", "9.6", "48", "0.8", "35.8", "6"])
_COLON = st.sampled_from(["﹕", ":", "：", "∶"])
_BLANK = st.sampled_from(["", " "])


def _clean(line: str) -> str:
    dels = inline_deletions(line, junk=False)
    keep = [True] * len(line)
    for s, e in dels:
        for k in range(s, e):
            keep[k] = False
    return "".join(c for c, k in zip(line, keep, strict=True) if k)


@given(st.lists(_FIG, min_size=3, max_size=4), _COLON, _BLANK, _BLANK)
def test_a_ratio_of_three_figures_reads_without_blanks(figs: list[str], colon: str, left: str, right: str) -> None:
    ratio = (left + colon + right).join(figs)
    line = f"三次产业结构从{ratio}调整为9.6{colon}35.8{colon}54.6,第三产业占比提高。"
    assert _clean(line) == line.replace(" ", "")


def test_a_two_part_figure_or_a_time_keeps_its_blanks() -> None:
    for line in ("会议于上午 9 : 30 召开,", "男女比例为 51.2 : 48.8 左右,", "时间:2021年 电话: 0571 : 8888"):
        assert _clean(line) == line
