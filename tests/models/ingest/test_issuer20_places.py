"""Issuers first seen on session 20's sets, each on a made-up snippet: a province before the city of a delivery
line is its address, the own place a 在…领导下 phrase names after its superiors, a provincial department whose
head reports at the sector's conference, and a place the page masks (某县, 某乡镇)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

PARA = (
    "过去一年,全市上下坚持稳中求进工作总基调,统筹发展和安全,经济运行总体平稳,"
    "全年地区生产总值完成1200亿元,同比增长6%,一般公共预算收入增长5.2%。\n"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


def _traditional(text: str) -> str:
    return text.translate(str.maketrans("报告会议这长门县区厅发务实现锋", "報告會議這長門縣區廳發務實現鋒"))


@pytest.mark.parametrize(
    ("province", "city"),
    [("江西省", "南昌市"), ("湖北省", "襄阳市"), ("广西壮族自治区", "柳州市"), ("河北省", "正定县")],
)
def test_a_province_before_the_delivery_lines_place_is_its_address(province: str, city: str) -> None:
    # 1748: 在江西省南昌市第十六届人民代表大会… → 南昌市人民政府 (the city prefix of 毕节市七星关区 stays)
    level = city[-1]
    text = (
        f"政府工作报告\n——2024年1月15日在{province}{city}第十六届人民代表大会第四次会议上\n各位代表:\n"
        f"现在,我代表{level}人民政府向大会报告工作,请予审议。\n" + PARA.replace("全市", f"全{level}") * 3
    )
    assert _meta(text).issuer == f"{city}人民政府"


def test_a_city_prefix_on_the_delivery_line_stays() -> None:
    text = (
        "政府工作报告\n——2024年1月15日在毕节市七星关区第二届人民代表大会第四次会议上\n各位代表:\n"
        "现在,我代表区人民政府向大会报告工作,请予审议。\n" + PARA.replace("全市", "全区") * 3
    )
    assert _meta(text).issuer == "毕节市七星关区人民政府"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional])
@pytest.mark.parametrize(
    ("parent", "own", "issuer"),
    [
        ("景德镇市委、市政府", "乐平市委", "乐平市人民政府"),  # 1754, a county-level city
        ("中共合肥市委、合肥市人民政府", "中共巢湖市委", "巢湖市人民政府"),
        ("吕梁市委、市政府", "交口县委", "交口县人民政府"),
    ],
)
def test_the_own_committee_named_after_its_superiors_places_the_government(variant, parent, own, issuer) -> None:  # type: ignore[no-untyped-def]
    level = issuer[-5]
    text = (
        "2023年度政府工作报告\n(2023年2月22日在市七届人大三次会议上)\n各位代表:\n".replace("市七", f"{level}七")
        + f"现在,我代表{level}人民政府向大会报告工作,请予审议。\n"
        + f"过去一年,我们在{parent}和{own}的坚强领导下,全力以赴稳增长。\n"
        + PARA.replace("全市", f"全{level}") * 3
    )
    assert _meta(variant(text)).issuer == issuer


def test_a_superior_alone_in_the_leadership_phrase_places_nothing_new() -> None:
    # 在省委、省政府和市委的坚强领导下: no place named, the city comes from elsewhere as before
    text = (
        "政府工作报告\n——2024年1月15日在襄阳市第十八届人民代表大会第四次会议上\n各位代表:\n"
        "现在,我代表市人民政府向大会报告工作,请予审议。\n过去一年,我们在省委、省政府和市委的坚强领导下,奋力攻坚。\n"
        + PARA
        * 3
    )
    assert _meta(text).issuer == "襄阳市人民政府"


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        # 1761: the department's head reports at the province's work conference
        (
            "1月7日下午,2022年甘肃省商务工作电视电话会议在兰州市召开,甘肃省商务厅党组书记、厅长张应华出席会议并作工作报告。",
            "甘肃省商务厅",
        ),
        (
            "2月27日,2023年河南省交通运输工作会议在郑州召开,河南省交通运输厅党组书记、厅长李明作工作报告。",
            "河南省交通运输厅",
        ),
        (
            "1月9日,2024年四川省自然资源工作会议在成都召开,四川省自然资源厅厅长王强出席会议并作工作报告。",
            "四川省自然资源厅",
        ),
    ],
)
def test_a_department_whose_head_reports_at_the_provinces_conference_issues_it(lead: str, issuer: str) -> None:
    province = issuer[:3]
    text = (
        f"{province}全力推动工作高质量发展\n{lead}\n"
        f"2021年,{province}各项工作实现快速发展,全省主要指标稳中有升,增速高于全国平均水平。\n"
        + PARA.replace("全市", "全省")
    )
    assert _meta(text).issuer == issuer


@pytest.mark.parametrize(
    "title",
    ["某县文化和广电旅游体育局2023年工作总结及2024年工作思路", "某乡镇政府工作报告", "某市商务局2022年工作总结"],
)
def test_a_place_the_page_masks_gives_no_issuer(title: str) -> None:
    # 1674, 1709: the store's 某县 / 某乡镇 stands where the place's name stood (gold README: masked → null)
    text = f"{title}\n2023年以来,我们认真贯彻上级决策部署,各项工作取得新成效。\n" + PARA * 2
    assert _meta(text).issuer is None


def test_a_year_lost_from_a_title_leaves_no_place() -> None:
    # 1692: 2020⏎年城市管理局工作总结: 年城 is no place
    text = "年城市管理局工作总结\n(一)加大市容整治,确保市容环境得到提升。\n" + PARA * 2
    assert _meta(text).issuer is None


TOWN_PARA = (
    "一年来,全{lv}上下坚持稳中求进,统筹推进各项工作,全{lv}农民人均纯收入增加18%,达到9170元。"
    "我{lv}实行了干部包村责任制,各项工作扎实有序开展。\n"
)


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        ("——山盆镇2014年工作总结", "山盆镇人民政府"),  # 1779: the subtitle names the town after its dash
        ("1月10日下午,适中乡第十九届人民代表大会第二次会议隆重开幕。", "适中乡人民政府"),  # 1711: 适中 is a word too
        ("2023年,冶溪镇坚持稳中求进。", "冶溪镇人民政府"),
    ],
)
def test_a_town_the_gazetteer_knows_where_a_name_stands_is_the_speaking_government(opening: str, issuer: str) -> None:
    lv = issuer[-5]
    text = f"{opening}\n" + TOWN_PARA.format(lv=lv) * 3
    assert _meta(text).issuer == issuer


def test_a_sentence_citing_the_budget_report_makes_no_budget_report() -> None:
    # 1711: the session reviewed 《…预算执行情况…的报告》 in writing; the news item is still the town's
    text = (
        "1月10日下午,适中乡第十九届人民代表大会第二次会议隆重开幕。\n"
        + TOWN_PARA.format(lv="乡") * 2
        + "大会还以书面形式审议了《适中乡2022年地方财政预算执行情况和2023年地方财政预算的报告》。\n"
    )
    assert _meta(text).issuer == "适中乡人民政府"
