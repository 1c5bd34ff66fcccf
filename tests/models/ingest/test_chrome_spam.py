"""A gambling site's name a hijacked mirror pasted inside a sentence is deleted; sport and lottery words stay."""

from __future__ import annotations

import pytest

from models.ingest.chrome_spam import planted_spans, spam_spans
from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

TEXT = "\n".join(
    [
        "某镇2022年政府工作报告",
        "各位代表：",
        "一年来，我们围绕某某体育足球官网“三县两地”发展定位，全面贯彻落实党代会精神。",
        "2025年上半年，xbet88体育在线:地区生产总值为3022亿元，同比增长6.0%。",
        "区卫生健康委贯彻落实党中央手机彩票网卫生健康工作的方针政策。",
        "全镇要深入落实总书记金牌篮球比分:关于乡村振兴的重要论述。",
        "北京市手机彩票网卫生健康委员会2022年度部门决算",
    ]
)


def test_a_pasted_gambling_name_leaves_the_sentence_as_written() -> None:
    shown = clean(TEXT).display_text
    assert "围绕“三县两地”发展定位" in shown
    assert "上半年，地区生产总值" in shown
    assert "党中央卫生健康工作" in shown
    assert "总书记关于乡村振兴" in shown
    assert "官网" not in shown and "在线" not in shown
    assert "北京市手机彩票网卫生健康委员会" in shown  # where a place's name stood: the name is lost, the brand stays
    check_map(TEXT)


@pytest.mark.parametrize(
    "line",
    [
        "全年销售体育彩票3亿元，福利彩票网上销售增长12%。",
        "新建彩票网点20个，公共文化体育服务网络初步形成。",
        "打造群众文化娱乐平台，体育社会组织网络健全。",
        "全县体育比赛同比分别增长10%和8%，足球场地新增5片。",
    ],
)
def test_sport_and_lottery_words_without_a_web_suffix_are_report_text(line: str) -> None:
    assert spam_spans(line) == []


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a gambling site's page title, its search phrases joined by underscores (1755, 1367, 1165, 260)
        ("增速连续7个季度高于全国、365体育投注_365体育直播-竞猜网投平均水平。", "增速连续7个季度高于全国、平均水平。"),
        (
            "在党中央、国务院和中共beat365官方网站手机版_365三式投注_365打水账号怎么防止封号委的正确领导下,",
            "在党中央、国务院和中共委的正确领导下,",
        ),
        (
            "1、部门职责。365彩票手机app下载_365bet官网网址多少_office365桌面应用林业局属正科级行政事业单位",
            "1、部门职责。林业局属正科级行政事业单位",
        ),
        (
            "2009年365三式投注_365bet体育投注网址_365商城怎么下载国民经济和社会发展统计公报",
            "2009年国民经济和社会发展统计公报",
        ),
        ("全市88彩票在线_九州体育官网入口_九州app下载公共服务水平不断提高。", "全市公共服务水平不断提高。"),
    ],
)
def test_a_gambling_sites_underscored_title_is_deleted_whole(line: str, kept: str) -> None:
    spans = spam_spans(line)
    shown = "".join(ch for i, ch in enumerate(line) if not any(a <= i < b for a, b in spans))
    assert shown == kept


@pytest.mark.parametrize(
    "line",
    [
        "附件:2023_体育彩票销售统计表.xlsx",  # a file name with an underscore and no web phrase
        "详见www.sport_lottery.gov.cn网站公告,体育彩票销售增长12%。",
        "变量名 lottery_sales 与 sport_count 分别为体育彩票销售额和场次",
    ],
)
def test_underscores_without_a_gambling_chain_stay(line: str) -> None:
    assert spam_spans(line) == []


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "切实加强新型农村合作医疗(thesystemofruralcooperativemedicalandhealthcareservices)等各项工作。",
            "切实加强新型农村合作医疗等各项工作。",
        ),
        ("(一)乡村振兴（theruralrevitalizationstrategy）工作稳步推进", "(一)乡村振兴工作稳步推进"),
        ("全区河长制(RiverChiefSystemofthedistrict)全面落实,水质持续改善。", "全区河长制全面落实,水质持续改善。"),
    ],
)
def test_a_farms_squeezed_english_gloss_is_deleted(line: str, kept: str) -> None:
    spans = planted_spans(line)
    shown = "".join(ch for i, ch in enumerate(line) if not any(a <= i < b for a, b in spans))
    assert shown == kept


@pytest.mark.parametrize(
    "line",
    [
        "国内生产总值(GDP)增长6.5%,居民消费价格指数(CPI)上涨2.1%。",
        "政府和社会资本合作(PPP)项目12个,详见县政府门户网站(www.hejiang.gov.cn)。",
        "推进“一带一路”(the Belt and Road Initiative)建设,开放水平持续提升。",  # written with its spaces
        "完成电机控制系统(MOTOR-DA)升级,车辆管理系统(VehicleManagement)上线。",
        "详见附件(attachmentfile)",  # short: no squeezed phrase
    ],
)
def test_acronyms_addresses_and_spaced_english_stay(line: str) -> None:
    assert planted_spans(line) == []
