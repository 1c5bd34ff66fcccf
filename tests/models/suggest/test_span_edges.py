"""Where a suggested indicator's span starts: never inside a bracketed note that precedes its name.

Seen in the window on a county report (2316 `2016年,预计(下同)全县生产总值340亿元`): the span began at `同)全县…`,
half a bracket the clerk then saw in the tag's text and the ledger."""

from hypothesis import given
from hypothesis import strategies as st

from models.suggest import suggest

_NOTES = st.sampled_from(["(下同)", "（下同）", "(可比价)", "（现价）", "(按可比价格计算)", "(现价计算)"])
_NAMES = st.sampled_from(["全县生产总值", "地区生产总值", "全市财政总收入", "规模以上工业增加值", "社会消费品零售总额"])
_LEADS = st.sampled_from(["2016年,预计", "2019年,", "全年", "据初步核算,", "上半年,"])


def _figures(text: str) -> list:
    return [s for s in suggest(text, []) if s.kind == "指标"]


def test_note_before_the_name_is_not_cut_in_half() -> None:
    text = "2016年,预计(下同)全县生产总值340亿元,比2012年(下同)增长47.7%;固定资产投资353.7亿元,增长125.1%。"
    first = _figures(text)[0]
    assert first.text.startswith("全县生产总值340亿元"), first.text


@given(_LEADS, _NOTES, _NAMES)
def test_span_never_opens_inside_or_on_a_bracket(lead: str, note: str, name: str) -> None:
    text = f"{lead}{note}{name}340.5亿元,增长7.6%。"
    figures = _figures(text)
    assert figures, text
    span = figures[0].text
    assert span[0] not in ")）(（", span
    assert span.count("(") + span.count("（") >= span.count(")") + span.count("）"), span
    assert span.startswith(name), span
