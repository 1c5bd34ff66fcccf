"""Joins and breaks, session 23: wrap spaces inside figures or beside their marks (``6 3671亿元``, ``97.34% ,比``);
a scene caption crediting who supplied the picture, between two paragraphs that stay apart."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest.chrome_notices import scene_caption
from models.ingest.clean import clean
from models.ingest.clean_wraps import document_width
from tests.models.ingest.test_clean_props import check_map
from tests.models.ingest.test_clean_wraps import FIGURES, PARAGRAPHS

# figures of other places, offices and years, with ASCII and full-width marks around them
MORE_FIGURES = [
    "全县实现一般公共预算收入391267万元,完成年初预算的97.34%,比上年增加了37581万元,增幅10.95%;"
    "政府性基金收入72716万元,完成调整预算的100%,比上年增加29821万元,增幅69.52%。",
    "初步核算,全年地区生产总值744127亿元，比上年增长6.7%。其中，第一产业增加值63671亿元，增长3.3%；"
    "第二产业增加值296236亿元，增长6.1%；第三产业增加值384221亿元，增长7.8%。",
    "全区粮食播种面积57.7万亩,持平;油料作物播种面积26.6万亩,下降1.2%;外贸进出口总额394.7亿元,增长21%,"
    "增速比上年提高44.9个百分点;城镇登记失业率4.02%,为多年来最低。",
]


def _spaced(paragraph: str, width: int, lead: str) -> str:
    """``paragraph`` after ``lead`` on one line, a space where every printed line of ``width`` columns ended (a digit
    or a half-width mark half a column, a store's ASCII comma or semicolon a whole one, as the PDF printed them)."""
    out, col = [], 0.0
    for ch in lead + paragraph:
        step = 0.5 if ch.isascii() and ch not in ",;" else 1.0
        if col + step > width:
            out.append(" ")
            col = 0.0
        out.append(ch)
        col += step
    return "".join(out)


def _document(width: int, lead: str) -> tuple[str, list[str]]:
    figures = [*FIGURES, *MORE_FIGURES]
    lines = [_spaced(p, width, "") for p in PARAGRAPHS * 2] + [_spaced(p, width, lead) for p in figures]
    return "\n".join(lines), [lead + p for p in figures]


@pytest.mark.parametrize("width", [28, 33, 36, 42])
@pytest.mark.parametrize("lead", ["", "其中", "据统计,全年"])
def test_a_wrap_inside_a_figure_or_beside_its_marks_is_closed(width: int, lead: str) -> None:
    text, figures = _document(width, lead)
    assert document_width(text.split("\n")) == width
    shown = clean(text).display_text.replace("。 ", "。")  # a wrap after a full stop may stay: no word is parted
    for p in figures:
        assert p in shown, p
    check_map(text)


def test_spaces_between_figures_of_an_ordinary_document_stay() -> None:
    """No printed width, no wraps: a table row's figures (``2019 2020``) and a spaced name keep their blanks."""
    text = "主要指标完成情况\n指标 2019 2020 增长\n地区生产总值 106.6 112.3 5.3%\n市长 张某某\n"
    shown = clean(text).display_text
    assert "2019 2020" in shown and "106.6 112.3" in shown


@settings(max_examples=25, deadline=None)
@given(width=st.integers(24, 44), lead=st.text(alphabet="全年其中据统计,。1%", max_size=6))
def test_closing_figure_wraps_keeps_the_map_exact(width: int, lead: str) -> None:
    check_map(_document(width, lead)[0])


def test_a_scene_caption_crediting_who_supplied_the_picture_leaves_and_the_paragraphs_stay_apart() -> None:
    """A news item's scene caption with its supplier in brackets (``新闻发布会现场(通讯员供图)``, as ``发布会现场(记者
    杨飞 摄)`` with a photographer) is the picture's, and the paragraphs on both sides of it stay two."""
    for line in ("新闻发布会现场(通讯员供图)", "会议现场（县委宣传部供图）", "(大会现场)(受访者供图)"):
        assert scene_caption(line), line
    for line in ("加强施工现场管理(供图)", "黑龙江省工业和信息化工作会议在哈尔滨召开。黑龙江省工业和信息化厅供图"):
        assert not scene_caption(line), line
    first = "8月1日,某市政府新闻办召开新闻发布会,介绍全市生态环境保护的整体情况,并就社会关切的热点问题答记者问。"
    second = "据某市生态环境局局长介绍,全年空气达标天数314天,优良率为86.0%。"
    shown = clean("\n\n".join(["某市生态环境成绩单出炉", first, "新闻发布会现场(通讯员供图)", second])).display_text
    assert "供图" not in shown and f"{first}\n" in shown and second in shown
