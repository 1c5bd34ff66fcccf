"""A page's time stamp over the text (session 19): a date and a time and nothing else in a list item (292
``• 2023-01-20 10:20:42``; 229, 596, 910 without seconds) is the page's header line, never text."""

from __future__ import annotations

from models.ingest.clean import clean

_TEXT = "日前,某县民政局再次在全市民政民生工程考核中获得第一名,这是该局连续四年获此殊荣。"


def test_time_stamps_over_the_text_leave() -> None:
    for stamp in ("• 2023-01-20 10:20:42", "• 2020-10-27 16:36"):
        cleaned = clean("\n".join(["某县民政连续四年民生工程考核获全市第一", stamp, _TEXT]) + "\n")
        assert stamp not in cleaned.display_text
        assert any(h.startswith("时间:") for h in cleaned.header_lines)


def test_a_bulleted_date_with_no_time_is_not_taken_as_a_stamp() -> None:
    cleaned = clean("\n".join(["某县民政工作总结", "• 2023-02-13", _TEXT]) + "\n")
    assert not any("2023-02-13" in h and h.startswith("时间:") for h in cleaned.header_lines)
