"""Delivery lines broken over two lines, whatever dash the copy opens them with (rejoin._delivery_split)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.rejoin import _delivery_split

_BODY = (
    "各位代表:\n现在,我代表区人民政府向大会作工作报告,请予审议,并请区政协委员和其他列席人员提出意见。\n"
    "一、2014年工作回顾\n2014年,在市委、市政府和区委的坚强领导下,全区经济继续在上升通道的合理区间稳健运行。\n"
)


def test_a_delivery_line_opened_with_box_drawing_dashes_joins_its_meeting() -> None:
    # portals that print the dash as box-drawing lines (──2008年1月17日在长宁区第十四届 ⏎ 人民代表大会…会议上)
    assert _delivery_split("──2008年1月17日在长宁区第十四届", "人民代表大会第三次会议上")
    assert _delivery_split("━━2021年2月3日在上海市嘉定区第六届", "人民代表大会第八次会议上")


def test_cleaning_shows_the_box_dash_delivery_line_as_one_line() -> None:
    text = "政府工作报告\n───2015年2月11日在西安市某区第十六届\n人民代表大会第五次会议上\n区长 某某\n" + _BODY
    assert "在西安市某区第十六届人民代表大会第五次会议上" in clean(text).display_text


def test_a_box_line_rule_is_no_delivery_line() -> None:
    assert not _delivery_split("────────", "人民代表大会第五次会议上")
