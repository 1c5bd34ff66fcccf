"""A news item on a government's 工作情况通报会 (session 21, 1862): 通报会 is a meeting where the government briefs,
not the document kind 通报 (a bulletin an office issues), so the text speaking as 我县 names its government."""

from __future__ import annotations

import pytest

from models.ingest.metadata_speaker import speaking_government

_ITEM = (
    "7月28日上午,{place}召开2017年上半年工作情况通报会,向离退休老干部通报上半年全{level}经济社会发展情况。\n"
    "{head}通报我{level}上半年经济社会运行情况。今年来,在{level}委的坚强领导下,全{level}经济运行总体平稳。"
    "上半年,全{level}实现地区生产总值66.22亿元,同比增长7.9%。\n"
    "某某指出,{short}的发展有成绩也有遗憾。\n"
)


@pytest.mark.parametrize(
    ("place", "level", "short", "head"),
    [
        ("临澧县", "县", "临澧", "县长某某"),
        ("郏县", "县", "郏县", "县长某某"),
        ("嘉定区", "区", "嘉定", "区长某某"),
        ("醴陵市", "市", "醴陵", "市长某某"),
    ],
)
def test_a_briefing_meeting_speaks_for_its_government(place: str, level: str, short: str, head: str) -> None:
    text = _ITEM.format(place=place, level=level, short=short, head=head)
    title = f"{place}召开2017年上半年工作情况通报会"
    assert speaking_government(title, text.splitlines()) == place + "人民政府"


@pytest.mark.parametrize(
    "title",
    ["临澧县人民政府关于2017年上半年安全生产情况的通报", "临澧县2017年上半年安全生产工作通报", "2017年统计公报"],
)
def test_a_bulletin_is_still_no_government_speaking(title: str) -> None:
    text = _ITEM.format(place="临澧县", level="县", short="临澧", head="县长某某")
    assert speaking_government(title, text.splitlines()) is None
