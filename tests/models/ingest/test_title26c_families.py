"""Titles, session 26 third round: a one-line copy's title with a site's ``全文`` before its delivery date (2219, beside
1917's bare one), a news portal's series tag before a headline naming the report (2157 ``资料:``)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata

BODY = (
    "现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。 一、{year}年工作回顾 "
    "{year}年是全面深化改革的一年。地区生产总值达到1200亿元,增长8.5%。全社会固定资产投资700亿元,增长16.7%。"
    "社会消费品零售总额436亿元,增长12.7%。城乡居民收入稳步增长,民生保障持续加强,各项事业全面进步。"
)


def _title(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).title


@pytest.mark.parametrize(
    ("title", "delivery", "year"),
    [
        ("2015年武汉市政府工作报告", "2015年2月3日在武汉市第十三届人民代表大会第四次会议上 代市长 万勇", "2014"),
        ("2019年宜春市政府工作报告", "2019年1月9日在宜春市第四届人民代表大会第四次会议上 市长 张小平", "2018"),
        (
            "2021年嘉兴市秀洲区人民政府工作报告",
            "2021年1月12日在秀洲区第四届人民代表大会第六次会议上 区长 王 平",
            "2020",
        ),
    ],
)
def test_oneline_title_with_full_text_mark_before_its_delivery_date(title: str, delivery: str, year: str) -> None:
    text = f"1、{title}全文{delivery} 各位代表: " + BODY.format(year=year) + "\n"
    assert _title(text) == title


SPEECH = (
    "\n\n    ({day} {speaker})\n\n    各位代表:\n\n"
    "    现在,我代表省人民政府向大会作工作报告,请予审议,并请省政协各位委员和其他列席人员提出意见。\n\n"
    "    一、过去五年的回顾\n\n"
    "    过去五年是不平凡的五年。全省生产总值年均增长11.5%,财政总收入达到680亿元,城乡居民收入稳步提高。\n"
)


@pytest.mark.parametrize(
    ("tag", "title", "day", "speaker"),
    [
        ("资料:", "陕西省2006年政府工作报告", "2006年1月17日", "陈德铭"),
        ("资料：", "2008年湖南省政府工作报告", "2008年1月20日", "周强"),
        ("转载:", "河北省2012年政府工作报告", "2012年1月9日", "张庆伟"),
    ],
)
def test_news_portal_series_word_before_a_reprinted_report(tag: str, title: str, day: str, speaker: str) -> None:
    text = (
        f"{tag}{title}_某某经济网——国家经济门户\n\n{tag}{title}\n\n2012年03月23日 15:27   来源:政府网站"
        + SPEECH.format(day=day, speaker=speaker)
    )
    assert _title(text) == title


def test_an_office_and_a_colon_is_no_series_word() -> None:
    # 农业部:关于…的工作要点 (864): who says it, in a news item's headline; the office is not cut off as a tag
    from models.ingest.metadata_candidates import title_text

    assert title_text("农业部:关于2010年畜牧业的工作要点")[0].startswith("农业部")


SUMMARY = (
    "\n五年来,镇政府在县委、县政府和镇党委的正确领导下,在镇人大的有力监督下,带领全镇广大干部群众团结奋斗,"
    "扎扎实实开展各项工作,全镇经济和社会各项事业都取得了令人鼓舞的成绩。\n一、以经济建设为中心,综合实力跃上新台阶\n"
    "全镇完成地区生产总值12.6亿元,年均增长10.2%;财政收入8600万元,年均增长15.1%。\n"
)


@pytest.mark.parametrize(
    ("category", "title"),
    [
        ("乡镇政府工作总结", "乡镇人民政府五年工作总结"),
        ("街道工作计划", "街道办事处2021年工作计划"),
        ("政府工作报告", "2019年某某镇人民政府工作报告"),
        ("年终工作总结｜", "水利局2020年度工作总结"),
    ],
)
def test_farm_category_and_bar_before_the_title(category: str, title: str) -> None:
    bar = "" if category.endswith("｜") else "|"
    assert _title(f"{category}{bar}{title}" + SUMMARY) == title


def test_a_site_name_after_the_bar_stays_the_page_tail() -> None:
    assert _title("某镇2021年工作总结|某镇人民政府网" + SUMMARY) == "某镇2021年工作总结"


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("市长在X市人民代表大会第一次会议上的政府工作报告", "2022年政府工作报告"),
        ("县长在某县第十八届人民代表大会第三次会议上的政府工作报告", "2020年某县政府工作报告"),
        ("区长在区人民代表大会上的工作报告", "2019年区政府工作报告"),
    ],
)
def test_store_caption_with_the_reports_name_in_brackets(caption: str, name: str) -> None:
    text = f"{caption}({name})各位代表:" + BODY.format(year="2021") + "\n"
    assert _title(text) == name


ITEM = (
    "{headline}\n\n{lead}{body}储备库建设投资完成1774.8万元。目前,主体工程基本完成。同时,积极做好储备粮轮换工作。\n\n"
    "2014年,{body}粮食工作以“稳市场、强产业、惠民生、保安全”为主线,扎实有效的开展工作,确保粮食安全得到保障。\n\n"
    "储备库建设投资完成1774.8万元。全面完成订单农业指导性计划任务,签订粮食订单种植45000亩,订单收购任务6000吨。\n"
)


@pytest.mark.parametrize(
    ("headline", "lead", "body"),
    [
        ("贵州赫章县2014年粮食工作有序推进", "导语·中国大田网", "赫章县"),
        ("某县2016年粮食工作稳步推进", "导语:中国粮油网", "某县"),
        ("某某区2019年农业工作亮点纷呈", "导读·农业信息网", "某某区"),
    ],
)
def test_a_lead_opening_with_a_news_sites_name_makes_the_headline_news(headline: str, lead: str, body: str) -> None:
    assert _title(ITEM.format(headline=headline, lead=lead, body=body)) is None


def test_a_farms_lead_label_naming_the_piece_keeps_its_title() -> None:
    # 导语:…一文来源于网友上传 (303, 1587): a farm's blurb, not a news site's name opening a lead
    lead = "导语:某县2014年粮食工作总结一文来源于网友上传。"
    text = ITEM.format(headline="某县2014年粮食工作总结", lead=lead, body="某县")
    assert _title(text) == "某县2014年粮食工作总结"


TABLE_ROWS = (
    "索引号 | {index} | ||\n组配分类 | {category} | 发布机构 | {office} |\n生成日期 | {day} | 公开方式 | 主动公开 |\n"
)
DELIVERED = (
    "{delivery}\n区人民政府区长王军\n各位代表:\n"
    "现在,我代表区人民政府向大会作政府工作报告,请予审议,并请区政协各位委员和其他列席人员提出意见。\n"
    "一、2012年工作回顾\n"
    + "2012年是我区经济发展形势极为错综复杂的一年。预计全区实现生产总值437亿元,同比增长7%;财政总收入54亿元。" * 8
    + "\n"
)


@pytest.mark.parametrize(
    ("category", "office", "delivery"),
    [
        ("政府工作报告", "区府办", "2013年1月8日在温州市龙湾区第七届人民代表大会第二次会议上"),
        ("工作报告", "县政府办", "2016年1月12日在某县第十六届人民代表大会第五次会议上"),
        ("计划总结", "市发改委", "2020年1月9日在某市第九届人民代表大会第四次会议上"),
    ],
)
def test_a_pipe_tables_category_cell_is_no_title_of_a_one_line_copy(category: str, office: str, delivery: str) -> None:
    head = TABLE_ROWS.format(index="001008003002/2013-34207", category=category, office=office, day="2013-01-16")
    assert _title(head + DELIVERED.format(delivery=delivery)) is None
