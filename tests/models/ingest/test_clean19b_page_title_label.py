"""A page's <title> line: a report's title, a dash and a label of any words (a hijacker's brand, a store's 第1页)."""

from models.ingest.clean import clean

_TEXT = (
    "区某局2021年园区建设工作总结-某某全站app官网入口\n"
    "区某局2021年园区建设工作总结\n"
    "今年以来,区某局全面贯彻上级决策部署,准确把握园区建设总体要求,各项工作取得明显成效,现将有关情况总结如下。\n"
)


def test_a_title_with_any_label_after_a_dash_goes_when_the_title_stands_alone_below() -> None:
    assert "官网入口" not in clean(_TEXT).display_text


def test_a_headline_with_a_trailing_phrase_not_repeated_alone_stays() -> None:
    text = _TEXT.replace("区某局2021年园区建设工作总结\n今年", "今年", 1)
    assert "官网入口" in clean(text).display_text
