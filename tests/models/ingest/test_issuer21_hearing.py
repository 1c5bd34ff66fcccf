"""A news item on a 人大常委会 meeting that hears a government's report (session 21, 1859, 1863): the congress that
hears it (or its name cut before 会) is never the issuer; the government is, at the place its campaign phrase names
(推进平安法治某某建设, 推动现代化新某某建设)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


_HEARING = (
    "7月31日,区十八届人大常委会召开第十八次会议。区人大常委会主任某某主持会议。区人民政府副区长某某列席会议。\n"
    "会议听取和审议了区人民政府关于上半年工作情况及下半年工作计划的报告。\n"
    "会议认为,半年来,区人民政府坚持稳中求进,全区经济社会发展稳中有进,地区生产总值同比增长8.1%。"
    "全区各级各部门要{phrase},维护公平正义,全区上下要奋力完成全年目标任务。\n"
)


@pytest.mark.parametrize(
    ("phrase", "issuer"),
    [
        ("推进平安法治龙泉驿建设", "龙泉驿区人民政府"),
        ("推动现代化新普陀建设", "普陀区人民政府"),
        ("推进法治海拉尔建设", "海拉尔区人民政府"),
        ("推进平安江阳建设", "江阳区人民政府"),
    ],
)
def test_a_hearing_news_item_is_the_government_at_its_campaign_place(phrase: str, issuer: str) -> None:
    assert _meta(_HEARING.format(phrase=phrase)).issuer == issuer


@pytest.mark.parametrize("phrase", ["推进法治政府建设", "推进平安中国建设", "推进平安校园建设", "推进生态文明建设"])
def test_a_hearing_news_item_naming_no_place_has_no_issuer(phrase: str) -> None:
    # never the committee cut before its 会 (区十八届人大常委), and no place guessed from a common campaign word
    assert _meta(_HEARING.format(phrase=phrase)).issuer is None


def test_a_standing_committee_opening_a_briefing_is_not_the_issuer() -> None:
    text = (
        "本报讯(记者 某某)8月9日上午,区人大常委会组织召开“一府两院”上半年工作情况通报会。"
        "区委副书记、区长某某通报区人民政府2023年上半年工作情况。\n"
        "某某指出,今年上半年,区政府坚决贯彻落实中央和省委、市委、区委重要决策部署,经济社会发展保持平稳健康。\n"
    )
    assert _meta(text).issuer is None


_SYSTEM = (
    "2024年,{place}{sector}系统坚决落实市委、市政府工作部署,推动全市{sector}事业高质量发展开拓新局面。\n"
    "一、2024年主要工作举措\n"
    "(一)坚持就业优先。全市城镇新增就业人数54972人,本市生源高校毕业生就业率94.08%。"
    "{aid}{partner}19946名农村劳动力实现转移就业。\n"
)


@pytest.mark.parametrize(
    ("place", "sector", "issuer"),
    [
        ("中山", "人社", "中山市人力资源和社会保障局"),
        ("东莞", "医保", "东莞市医疗保障局"),
        ("绍兴", "民政", "绍兴市民政局"),
    ],
)
@pytest.mark.parametrize(("aid", "partner"), [("帮助", "六盘水市"), ("帮助", "昭通市"), ("协作", "毕节市"), ("", "")])
def test_a_sector_system_opening_the_text_is_its_bureau_not_the_region_it_aids(
    place: str, sector: str, issuer: str, aid: str, partner: str
) -> None:
    # 1795: 中山人社系统 opens the summary; 帮助六盘水市…实现转移就业 names the region it aids, never the speaker
    text = _SYSTEM.format(place=place, sector=sector, aid=aid, partner=partner)
    assert _meta(text).issuer == issuer


@pytest.mark.parametrize("partner", ["六盘水市", "昭通市", "毕节市"])
def test_a_city_named_only_as_the_region_it_aids_is_not_the_speaker(partner: str) -> None:
    text = (
        "2024年工作总结\n2024年,全市上下坚决落实省委、省政府工作部署,本市经济社会发展开拓新局面。\n"
        f"(一)坚持就业优先。全市城镇新增就业人数54972人。帮助{partner}19946名农村劳动力实现转移就业。\n"
    )
    assert _meta(text).issuer is None


@pytest.mark.parametrize(
    "body", ["长沙市烟草专卖局(公司)", "曲靖市烟草专卖局（公司）", "自贡市盐务局(公司)", "绍兴市烟草专卖局"]
)
def test_a_body_named_as_a_bureau_and_a_company_keeps_both_names(body: str) -> None:
    # 1876 长沙市烟草专卖局(公司)2008年年鉴: a 政企合一 body's dual name is how the text names it
    text = (
        f"{body}2008年年鉴\n\n"
        "2008年是烟草行业面对严峻的国内外经济环境,继续保持持续健康发展的一年。全市烟草商业系统在市委、市政府"
        "的正确领导下,积极应对各种困难和挑战,全年实现销售收入25.6亿元,增长12%。\n"
    )
    assert _meta(text).issuer == body


def test_a_bracketed_company_after_a_company_is_no_second_name() -> None:
    assert _meta("某某集团(公司)2008年年鉴\n\n2008年,全集团实现销售收入25.6亿元,增长12%。\n").issuer is None


@pytest.mark.parametrize(
    ("voice", "province"), [("我厅", "山东"), ("我廳", "山東"), ("厅党组", "河南"), ("本厅", "青海")]
)
def test_a_department_speaking_as_its_ting_is_not_the_provincial_government(voice: str, province: str) -> None:
    # 1655: 我廳作為省政府組成部門 with the province named; the department's name is never written: null, never the
    # province's 人民政府
    text = (
        f"{voice}作为省政府组成部门,认真贯彻落实省委、省政府决策部署,全省农业农村工作稳中有进。\n"
        f"一、主要工作\n(一)推进脱贫攻坚。全省{province}农村贫困人口减少45万人,{province}农业增加值增长4.2%。\n"
        f"(二)抓好粮食生产。全省粮食总产量达到1000亿斤,{province}粮食生产实现十二连增。\n"
    )
    assert _meta(text).issuer is None
