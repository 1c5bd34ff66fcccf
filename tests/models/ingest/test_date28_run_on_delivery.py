"""Dates session 28: a delivery line run on after its title on one head line, in Arabic or Chinese numerals, with a
page's fields after it (2400), and a delivery line whose speaker and salutation run on at any length (2398: exactly
90 characters) date the report."""

from __future__ import annotations

import pytest

from models.ingest.metadata_own_dates import own_dates

BODY = "现在,我代表省人民政府,向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        (
            "政府工作报告 ——二○二二年一月二十一日在海南省第六届人民代表大会第五次会议上 海南省省长 冯飞 作者: "
            "发布时间:2022-01-27 09:32:05 信息来源:海南日报客户端 浏览量:",
            "2022-01-21",
        ),
        ("某市政府工作报告——2019年1月12日在某市第十五届人民代表大会第四次会议上 市长 某某 来源:某市网", "2019-01-12"),
        ("2020年某县政府工作报告 —— 二〇二〇年一月八日在某县第十八届人民代表大会第五次会议上", "2020-01-08"),
    ],
)
def test_a_delivery_line_run_on_after_its_title(line: str, iso: str) -> None:
    found = own_dates([line, "各位代表:", BODY, "一、2021年工作回顾"], [line])
    assert max(found)[1:] == (iso, "delivery line")


@pytest.mark.parametrize("speaker", ["广东省省长马兴瑞", "省长马兴瑞", "代省长 某某某某"])
def test_a_delivery_line_with_its_salutation_run_on_at_any_length(speaker: str) -> None:
    line = f"——2020年1月14日在广东省第十三届人民代表大会第三次会议上{speaker}各位代表:{BODY}"
    found = own_dates(["2020年广东省政府工作报告", line, "一、2019年工作回顾"], ["2020年广东省政府工作报告"])
    assert max(found)[1:] == ("2020-01-14", "delivery line")


def test_a_title_naming_a_past_session_in_a_sentence_gives_no_delivery() -> None:
    line = "关于政府工作报告的说明,2019年1月12日在某市第十五届人民代表大会第四次会议上审议通过。"
    assert all(reason != "delivery line" for _s, _iso, reason in own_dates([line, BODY], [line]))
