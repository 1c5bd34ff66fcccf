"""A page's title over the paper's headline block (session 27, body27b: 2309): the page prints the headline, its own
posting stamp, then the paper's block, a kicker (引题) over the same headline. The first copy is the page's; the
block stays for the metadata."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean

_PARA = "本报讯 昨日上午,州十三届人大三次会议隆重开幕。本次会议应到会代表359人,实到代表341人,符合法定人数。"
_PARA2 = "会议听取了政府工作报告。报告指出,过去一年全州生产总值增长8.5%,地方一般公共预算收入增长6.2%。"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in clean(text).display_text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    ("headline", "stamp", "kicker"),
    [
        ("大理州十三届人大三次会议隆重开幕", "02.03.2015  01:39", "抓牢难得机遇 再谋发展大计"),
        ("市十五届人大四次会议开幕", "2021-01-12 08:30", "凝心聚力谋发展"),
        ("县十八届人大三次会议胜利闭幕", "发布时间:2019-01-20 17:02", "踔厉奋发,勇毅前行"),
    ],
)
def test_the_page_title_over_a_kicker_and_the_same_headline_goes(headline: str, stamp: str, kicker: str) -> None:
    kept = _lines(f"{headline}\n\n{stamp}\n\n{kicker}\n\n{headline}\n\n{_PARA}\n\n{_PARA2}\n")
    assert kept.count(headline) == 1 and _PARA in kept


def test_with_a_sentence_between_both_stay() -> None:
    h = "市十五届人大四次会议开幕"
    kept = _lines(f"{h}\n\n2021-01-12 08:30\n\n会议听取了报告,代表们热烈讨论。\n\n{h}\n\n{_PARA}\n\n{_PARA2}\n")
    assert kept.count(h) == 2
