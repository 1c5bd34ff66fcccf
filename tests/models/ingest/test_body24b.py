"""Cleaning by family (session 24, second round, body24b): an address a hard wrap carried under its key
(…;电话:83172086;电邮: ⏎ tjgk@bjstats.gov.cn)。一、概述: 2136)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean


def _lines(text: str) -> list[str]:
    return [line.strip() for line in clean(text).display_text.split("\n") if line.strip()]


_WRAPPED = [
    "本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由某某市统计局编制的2022",
    "年度政府信息公开工作年度报告。如对本报告有任何疑问,请联系某某市统计局办公室(地址:某某市人民",
    "路12号;邮编:410000;电话:0731-88888888;{key}",
    "{value})。一、概述",
    "(一)人员配备",
    "根据《条例》要求,2022年,统计局配备了2名政府信息公开全职工作人员,10名兼职工作人员,设有1个",
    "专门的信息申请受理点。",
]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("电邮:", "tjgk@bjstats.gov.cn"),
        ("电子邮箱：", "zwgk_tj@163.com"),
        ("E-mail:", "office@hunan.gov.cn"),
        ("网址:", "www.tjj.changsha.gov.cn"),
    ],
)
def test_an_address_a_wrap_carried_under_its_key_stays_with_the_heading_after_it(key: str, value: str) -> None:
    text = "\n".join(_WRAPPED).replace("{key}", key).replace("{value}", value)
    display = clean(text).display_text
    assert value in display
    assert "一、概述" in display


def test_a_stores_address_after_a_finished_line_still_goes() -> None:
    """A doc store's mark between two lines of prose stays out: the line before it closes no key."""
    text = "\n".join(
        [
            "2022年,全市地区生产总值完成1200亿元,同比增长5.5%,规模以上工业增加值增长6.1%。",
            "www.wenku365.com 文库 免费下载",
            "今年工作的总体要求是:坚持稳中求进工作总基调,推动经济社会高质量发展。",
        ]
    )
    assert not any("wenku365" in line for line in _lines(text))
