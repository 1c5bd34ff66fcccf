"""Families of session 16 (indicators on reports nobody tuned to), in made-up snippets."""

from __future__ import annotations

from models.suggest.indicators import find_indicators


def _figures(text: str) -> list[tuple[str, float, str, float | None, str | None]]:
    out = []
    for s in find_indicators(text):
        a = s.attributes
        out.append((text[s.start : s.end], a["value"], a["unit"], a["change"], a["change_unit"]))
    return out


def _ranks(text: str) -> list[tuple[float, float | None]]:
    return [(v, c) for _, v, u, c, _ in _figures(text) if u == "位"]


def test_a_rank_moved_from_a_base_year_is_the_rank_reached() -> None:
    # 由2011年的全省第5位上升到去年的第3位 (disc 1463), 由2016年的第60名上升至2019年的第35名 (disc 1456): the years
    # of the two places stand between the move's words, as 由上年居世界第五位上升到第四位 (876) and 由第14位上升到第11位
    # (999) read: the rank reached, changed by to − from
    assert _ranks("经济总量由2011年的全省第5位上升到去年的第3位;年均增长10.3%。") == [(3.0, -2.0)]
    assert _ranks("全省县域综合排名由2016年的第60名上升至2019年的第35名。") == [(35.0, -25.0)]
    assert _ranks("增速由2011年的全省第13位上升到去年的第2位。") == [(2.0, -11.0)]
    # the forms read before keep their reading
    assert _ranks("外贸进出口总额在全国排名由第14位上升到第11位。") == [(11.0, -3.0)]
    assert _ranks("综合实力由全省第48位上升到第29位。") == [(29.0, -19.0)]
