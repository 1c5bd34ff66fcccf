"""Two guesses withheld (gold README, session 28): a text writing its level's 市委、市政府 acting in the third person
is someone writing of them, not the government's voice (2464; 1631, 1663, 1866, 984 the same shape with 县委、县政府);
a town's report whose town is masked (东莞市xx镇, 2441) is no city's. Variants written here for other places."""

from __future__ import annotations

from tests.models.ingest._reading import issuer as _issuer

_THIRD_PERSON = (
    "总结是把一定阶段内的有关情况分析研究的书面材料。下面是小编带来的优秀总结范文,希望大家能够喜欢!\n"
    "民族工作总结篇一\n"
    "民族宗教工作是党和国家工作的重要组成部分。近年来,德州市委、市政府始终坚持民族宗教无小事的思想,高度重视民族宗教"
    "工作,使全市的民族宗教工作出现了新的局面,为全市的改革、发展营造了良好环境。全市现有少数民族32个,人口3100人。\n"
)

_THIRD_PERSON_COUNTY = (
    "近年来,宁乡县委、县政府高度重视农村饮水安全工作,全县新建集中供水工程12处,受益人口5.2万人。\n"
    "一、全县农村饮水安全工作取得的成效\n"
)

_MASKED_TOWN = (
    "镇政府2020年重点工作计划\n"
    "1月20日,中山市xx镇召开了十七届人大第五次会议,镇长王强向大会作政府工作报告。\n"
    "2019年,全镇实现地区生产总值x亿元,同比增长6%,高于全市2个百分点;社会消费品零售总额排名全市第3。\n"
    "2020年,xx镇政府计划重点抓好以下五项工作:\n"
)


def test_a_city_party_committee_and_government_acting_in_the_third_person_is_not_their_voice() -> None:
    assert _issuer(_THIRD_PERSON) is None


def test_a_county_party_committee_and_government_acting_in_the_third_person_is_not_their_voice() -> None:
    assert _issuer(_THIRD_PERSON_COUNTY) is None


def test_a_masked_towns_report_is_not_its_citys() -> None:
    assert _issuer(_MASKED_TOWN) is None
