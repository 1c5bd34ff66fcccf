"""A news item on a local congress session (session 21, 1768 自流井区): a congress hears the work report of its own
level's government, so when the item's 区长/县长 delivers the 政府工作报告 to the session of a place the gazetteer
knows at that level, the government of that place issues the report the item renders, named once or not."""

from __future__ import annotations

import pytest

from models.ingest.metadata_issuer_head import issuer_from_text

_ITEM = (
    "1月8日上午,在雄壮的国歌声中,{place}第十九届人民代表大会第二次会议在{lv}政府会议中心开幕。\n"
    "副市长、{lv}委书记某某,{lv}委副书记、{lv}政府{lv}长某某等四大班子领导在主席台就座。\n"
    "在热烈的掌声中,{lv}委副书记、{lv}人民政府{lv}长某某向大会作《政府工作报告》,报告客观总结了过去一年政府工作。\n"
)


@pytest.mark.parametrize(
    ("place", "lv"),
    [("自流井区", "区"), ("钦南区", "区"), ("雷山县", "县"), ("镇平县", "县"), ("醴陵市", "市")],
)
def test_the_session_of_the_place_whose_head_delivers_the_report(place: str, lv: str) -> None:
    assert issuer_from_text(None, _ITEM.format(place=place, lv=lv).splitlines()).value == place + "人民政府"


def test_another_level_delivering_is_no_evidence() -> None:
    # a county's session named while the city's mayor reports: the levels disagree, nothing is decided
    text = _ITEM.format(place="自流井区", lv="区").replace("区人民政府区长", "市人民政府市长")
    assert issuer_from_text(None, text.splitlines()).value is None


def test_an_unknown_place_is_no_evidence() -> None:
    assert issuer_from_text(None, _ITEM.format(place="大花园区", lv="区").splitlines()).value is None


def test_an_acting_head_delivering() -> None:
    text = "2月16日,钦南区第六届人民代表大会第二次会议开幕。\n区委副书记、代区长李遥作政府工作报告。\n"
    assert issuer_from_text(None, text.splitlines()).value == "钦南区人民政府"
