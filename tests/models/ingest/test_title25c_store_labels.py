"""A doc store's or farm's label over the report's own title that names the same kind of document (session 25, third
round): the store's (chrome), the own title wins (2063 公文搜, 2131 a doc store, as 889); a government portal's own
heading over the same title stays (1599, 1825, 189)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata

SPEECH = (
    "各位代表:\n\n现在,我代表{level}人民政府,向大会报告政府工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n\n"
    "一、{prev}年工作回顾\n\n{prev}年,我们坚持稳中求进工作总基调,全年完成地区生产总值295.7亿元,增长8.9%;"
    "规模以上工业增加值69亿元,增长9.8%;社会消费品零售总额148亿元,增长10.8%。\n\n"
)


def _speech(place: str, year: int) -> str:
    level = place[-1]
    return (
        f"——{year}年1月9日在{place}第十七届人民代表大会第五次会议上\n\n{place}人民政府{level}长 某某\n\n"
        + SPEECH.format(level=level, prev=year - 1)
    )


@pytest.mark.parametrize(
    ("chrome", "label", "place", "year"),
    [
        ("会员登录  新用户注册 退出\n\n公文搜网 - 某某公文之家\n\n", "2020年常德市石门县政府工作报告", "石门县", 2020),
        ("文库 实用文档 报告/总结\n\n", "2018年某某市政府工作报告", "某某市", 2018),
        (
            "首页 > 范文大全 > 工作报告\n\n小编为大家整理的范文,供大家参考。\n\n",
            "(河北省)2016年某某县人民政府工作报告",
            "某某县",
            2016,
        ),
    ],
)
def test_a_stores_label_over_the_own_title_is_the_stores(chrome: str, label: str, place: str, year: int) -> None:
    text = f"{chrome}{label}\n\n政府工作报告\n\n" + _speech(place, year)
    cleaned = clean(text)
    assert label not in cleaned.display_text
    assert extract_metadata(cleaned, (), source_name="file.txt", original=text).title == "政府工作报告"


def test_a_stores_label_over_the_own_title_run_into_the_text() -> None:
    # the own title opens a one-line copy, delivery line and speech run on (2063)
    label = "2019年岳阳市平江县政府工作报告"
    body = (_speech("平江县", 2019) + SPEECH.format(level="县", prev=2019) * 3).replace("\n\n", " ")
    text = (
        "会员登录  新用户注册 退出\n\n公文搜网 - 蓝秘书公文之家\n\n您现在的位置是: 首页 > 专题材料 > 政府报告\n\n"
        f"{label}\n\n"
        f"公文搜 2021-07-27 18:07:48 政府报告\n政府工作报告{body[:60]}\n政府工作报告{body}\n"
    )
    cleaned = clean(text)
    assert label not in cleaned.display_text.split("政府工作报告——")[0]
