"""Session 23, joins: a farm's anti-copy token glued once after a paragraph's full stop (145 ``…良性发展态势。s0100``)
is a stamp as its four-times kin are (1902 ``。js8``, 1178 ``。hd9``, 1013 ``。v7R``): letters and digits mixed, a
letter first, right after ``。`` at the line's end, where no unit, figure or abbreviation stands; the break after it
stays a paragraph break. A year cut by a store's chunk (1689 ``。20x``), a word (``。PDF``) or a unit stays."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.clean_stamps import stamp_token

_PARA = "上半年,全局干部职工围绕创建目标,扎实工作,奋力拼抢,各项工作全面铺开,各项任务进展迅速,呈现了良性发展态势。"
_NEXT = ["一、主要完成工作", "1、组织领导、各项制度基本到位。建立健全了创建工作领导机构,明确了各自职责。"]

_TOKENS = st.builds(
    lambda a, b, c: a + b + c,
    st.sampled_from(["s", "hd", "js", "v", "Qx", "k"]),
    st.sampled_from(["0100", "9", "7", "12", "3"]),
    st.sampled_from(["", "R", "ab"]),
).filter(lambda t: len(t) >= 3)  # two characters (s9) are too little to tell a stamp once


@given(_TOKENS)
def test_a_lone_mixed_token_after_a_full_stop_is_a_stamp(token: str) -> None:
    lines = [_PARA + token, *_NEXT]
    assert stamp_token(lines) == token
    display = clean("\n".join(["园林局上半年工作总结", "", *lines])).display_text
    assert token not in display
    assert "呈现了良性发展态势。\n" in display


def test_words_figures_and_cut_years_are_no_stamp() -> None:
    for tail in ("20x", "PDF", "GDP", "5G", "2024", "kg", "A"):
        assert stamp_token([_PARA + tail, *_NEXT]) is None, tail
    # a token inside running text, not after a full stop
    assert stamp_token(["推进H7N9防控工作,完成各项任务", *_NEXT]) is None
