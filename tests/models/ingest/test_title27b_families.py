"""Titles and dates session 27b: a page's stamp whose template dropped the day's 日 before its clock time
(`2013年03月01 09:22:37 来源:民权网`, 2337) still dates the page; a place's own news site named after the place alone
(`民权网`, `枣庄网`), or a newsroom's (`临汾新闻网`), is a news site as a 来源: its headline over an item on another
body's work is no title (news ruling, session 26)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_dates import find_dates, parse_date
from models.ingest.title_news import news_site
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("2013年03月01 09:22:37", "2013-03-01"),
        ("2019年1月5 10:30", "2019-01-05"),
        ("2008年11月25 08:03:11 来源:萧山网", "2008-11-25"),
    ],
)
def test_a_stamps_day_without_its_ri_before_the_clock(stamp: str, iso: str) -> None:
    assert parse_date(stamp) == iso


@pytest.mark.parametrize(
    "text",
    ["2013年3月15个乡镇完成验收", "2013年3月1至3月5", "2013年3月10 个项目开工", "截至2020年6月30", "2019年1月5"],
)
def test_no_day_without_its_ri_and_no_clock(text: str) -> None:
    assert find_dates(text) == []


ITEM = (
    "{headline}\n{stamp} 来源:{site}\n"
    "最近以来,{place}{bureau}根据省、市下达的{year}年目标任务,结合本县工作实际,制订完善工作措施,力争{year}年全县工作"
    "实现五大突破:一是加大资源培育保护力度,完成省政府下达的工程建设任务;二是加快产业发展步伐,总产值力争达到12亿元;"
    "三是加快改革创新步伐,完成数据输出率达100%;四是加快城乡一体化建设步伐;五是加快公共事业发展步伐,在改善民生上实现新突破。\n"
)


@pytest.mark.parametrize(
    ("headline", "stamp", "site", "place", "bureau", "iso"),
    [
        ("民权县2013年林业发展力争实现五大突破", "2013年03月01 09:22:37", "民权网", "民权县", "林业局", "2013-03-01"),
        ("薛城区水利建设力争实现五大突破", "2016年04月12 10:05:11", "枣庄网", "枣庄市薛城区", "水利局", "2016-04-12"),
        ("尧都区农业发展力争实现五大突破", "2010年9月28日 09:10", "临汾新闻网", "临汾市尧都区", "农业局", "2010-09-28"),
        ("兰州市交通力争实现五大突破", "2021-02-01 09:30", "中国甘肃网", "甘肃省兰州市", "交通运输局", "2021-02-01"),
    ],
)
def test_a_local_news_sites_headline_is_no_title_and_its_stamp_dates_it(
    headline: str, stamp: str, site: str, place: str, bureau: str, iso: str
) -> None:
    meta = _read(ITEM.format(headline=headline, stamp=stamp, site=site, place=place, bureau=bureau, year=iso[:4]))
    assert meta.title is None
    assert meta.date == iso


@pytest.mark.parametrize(
    ("site", "text", "expected"),
    [
        ("民权网", "民权县林业局根据…", True),
        ("萧山网", "杭州市萧山区第十四届人民代表大会", True),
        ("中国甘肃网", "甘肃省人民政府", True),
        ("百色新闻网", "", True),
        ("民权网", "民权是公民的基本权利", False),  # the place never written: a word, no place
        ("资源网", "福建省数字福建专项规划", False),  # 资源县 never written: a farm's name
        ("民权县政府网", "民权县林业局", False),  # the government's portal
        ("湖北人大网", "湖北省人大常委会", False),
        ("本网", "民权县", False),
        (None, "民权县", False),
    ],
)
def test_news_site_by_its_name(site: str | None, text: str, expected: bool) -> None:
    assert news_site(site, text) is expected


ANALYSIS = (
    "{headline}\n\n2010-09-28 17:14:00 来源:{site}\n\n"
    "(一)县域经济总量增势强劲。上半年全市县域经济总量继续攀升。17个县(市、区)经济总量合计达到420亿元,比上年同期增加"
    "87.7亿元,增长了20.9%。\n(二)增长率差距呈扩大之势。{place}多数县市经济呈两位数增长态势,13个县市增幅超过10%。\n"
)


@pytest.mark.parametrize(
    ("headline", "site", "place"),
    [
        ("上半年临汾县域经济发展情况浅析", "临汾新闻网", "临汾市"),
        ("前三季度枣庄市工业经济运行情况分析", "枣庄网", "枣庄市"),
        ("民权县2013年上半年经济运行情况报告", "民权网", "民权县"),
    ],
)
def test_a_news_sites_headline_naming_a_kind_of_writing_stays_the_title(headline: str, site: str, place: str) -> None:
    assert _read(ANALYSIS.format(headline=headline, site=site, place=place)).title == headline


@pytest.mark.parametrize(
    "title",
    ["区科技部门年终工作总结及方案", "县农业农村局上半年工作总结及下半年工作打算", "镇人民政府年度工作报告"],
)
def test_a_one_line_copys_title_before_its_first_sentence_whose_year_a_store_blanked(title: str) -> None:
    text = (
        f"{title} 年区科技局在区委、区政府的领导下,全面落实科学发展观,大力实施“科教兴区”战略,推进科技进步和创新,"
        "实现了科技事业的快速发展。 一、年工作情况 (一)高新技术产业发展迅速 按照全区高新技术产业发展的方向和目标,"
        "加大对高新技术企业的培育力度,目前高新技术企业有5家。\n"
    )
    assert _read(text).title == title


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("XX市政府工作报告张某某2023年1月6日", "2023-01-06"),
        ("某县人民政府工作报告县长 李某2019年2月20日", "2019-02-20"),
        ("政府工作报告(2016年1月12日)", "2016-01-12"),
    ],
)
def test_a_one_line_copys_date_line_run_into_its_salutation(head: str, iso: str) -> None:
    text = (
        f"{head}各位代表:现在,我代表市人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。"
        "一、过去一年工作回顾 过去的一年,全市地区生产总值增长7.5%,一般公共预算收入增长8.1%,城乡居民收入稳步增长,"
        "各项事业全面进步。\n"
    )
    assert _read(text).date == iso


def test_a_date_in_the_sentence_before_a_salutation_further_down_is_no_date_line() -> None:
    text = (
        "今年以来,我局认真贯彻落实上级部署,各项工作稳步推进,全年完成投资12亿元,增长8.5%,为全县经济发展作出了贡献。"
        "下面,我就有关工作讲几点意见。\n会议于2023年1月6日召开。\n同志们:\n"
    )
    assert _read(text).date is None
