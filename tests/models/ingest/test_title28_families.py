"""Titles session 28: a repost's `原标题:` line naming a kind of document gives the title (2329; a news headline there
gives none); a paged portal copy's page mark after a title whose kind is in book marks (`…《政府工作报告》(4)`, 2331)
or written `第N页` is no part of it; a 文号 alone over the text is no headline (2346); a collection's ordinal mark
`第一篇:` over a piece with no own title, on a page that says it holds several pieces (2374, 2421), and a store's
page captions naming a collection's piece (`…总结篇五_第1页`, 2354) leave no title."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_candidates import title_text
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


REPOST = (
    "中国共产党新闻网>>干部论坛\n\n{headline}\n\n──{year}年1月{day}日在{place}第十七届人民代表大会第一次会议上\n\n"
    "{year}年02月02日08:41    来源:{paper}\n\n{original}\n\n各位代表:\n\n"
    "现在,我代表{place}人民政府,向大会报告本届政府过去五年的工作,对今后五年目标及{year}年工作提出建议,请予审议。\n\n"
    "一、过去五年工作回顾\n\n过去五年,是{place}发展进程中极不平凡的五年。全市生产总值年均增长7.5%,一般公共预算收入年均增长"
    "8%,城乡居民收入稳步提高,各项工作取得了显著成绩。\n"
)


@pytest.mark.parametrize(
    ("headline", "year", "day", "place", "paper", "original", "title"),
    [
        ("张国清:天津市政府工作报告", "2018", "24", "天津市", "天津日报", "原标题:政府工作报告(图)", "政府工作报告"),
        ("李强:某省政府工作报告", "2020", "15", "某省", "某省日报", "原标题:政府工作报告", "政府工作报告"),
        (
            "王某某:某市政府工作报告",
            "2016",
            "8",
            "某市",
            "某市日报",
            "原标题:2016年某市政府工作报告(组图)",
            "2016年某市政府工作报告",
        ),
    ],
)
def test_a_reposts_original_title_naming_a_report_is_the_title(
    headline: str, year: str, day: str, place: str, paper: str, original: str, title: str
) -> None:
    meta = _read(REPOST.format(**locals()))
    assert meta.title == title


NEWS = (
    "{headline}\n\n2021年02月10日08:41    来源:某省日报\n\n原标题:{original}\n\n"
    "本报讯(记者 张三)2月9日,全省工作会议在省城召开。会议总结了去年工作,部署了今年任务。会议指出,去年全省规上"
    "工业增加值增长7%,今年要努力实现增长7%以上。\n"
)


@pytest.mark.parametrize(
    "original",
    ["全省农业农村工作会议召开", "今年全省规上工业增加值将努力实现增长7%", "某省十四届人大一次会议开幕侧记:勇担新使命"],
)
def test_a_news_items_original_headline_gives_no_title(original: str) -> None:
    assert _read(NEWS.format(headline="全省工作会议召开", original=original)).title is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("辽宁省人民政府2015年《政府工作报告》(4)", "辽宁省人民政府2015年《政府工作报告》"),
        ("某县人民政府2019年《政府工作报告》（2）", "某县人民政府2019年《政府工作报告》"),
        ("某市2012年国民经济和社会发展统计公报第2页", "某市2012年国民经济和社会发展统计公报"),
        ("某区2020年《工作总结》(12)", "某区2020年《工作总结》"),
    ],
)
def test_a_pagers_mark_is_no_part_of_the_title(line: str, title: str) -> None:
    assert title_text(line)[0] == title


@pytest.mark.parametrize("line", ["某省2015年《政府工作报告》解读(一)", "关于做好2021年工作的意见(试行)"])
def test_other_brackets_after_a_title_stay(line: str) -> None:
    assert title_text(line)[0] == line


@pytest.mark.parametrize("number", ["罗大数据〔2021〕1号", "某发改〔2019〕12号", "某经信字〔2022〕3号"])
def test_a_doc_number_alone_over_the_text_is_no_title(number: str) -> None:
    text = (
        f"{number}\n2021年,是“十四五”规划开局之年,也是数字强区建设新征程开启之年。全区大数据工作的总体思路是:以新发展理念"
        "为指引,坚持系统观念,全面推进大数据创新应用和新型智慧城市建设。\n一、坚持需求导向,持续推进数字政府建设\n"
        "(一)完善综合指挥调度系统。加快推进全区综合指挥系统建设,提升社会治理信息化水平。\n"
    )
    meta = _read(text)
    assert meta.title is None
    assert meta.doc_number == number


COLLECTION = (
    "{label}\n\n时间:2019-05-13 04:10:06下载本文作者:会员上传\n"
    "简介:写写帮文库小编为你整理了{count}相关的《{label}》,但愿对你工作学习有帮助。\n\n{mark}{label}\n\n各位代表:\n\n"
    "现在,我代表镇人民政府向大会报告工作,请予审议,并请列席会议的同志提出意见。\n\n一、2013年工作回顾\n\n"
    "刚刚过去的2013年是极不平凡的一年。全年地区生产总值达到102亿元,增长14%;实现公共财政预算收入9.27亿元,增长17%。\n"
)


@pytest.mark.parametrize("count", ["多篇", "3篇", "五篇"])
@pytest.mark.parametrize("mark", ["第一篇:", "第1篇 "])
@pytest.mark.parametrize("label", ["镇政府年度工作报告", "乡人民政府工作报告"])
def test_a_counted_collections_first_piece_has_no_title(count: str, mark: str, label: str) -> None:
    assert _read(COLLECTION.format(count=count, mark=mark, label=label)).title is None


SINGLE = (
    "{label}\n\n时间:2021-08-31\n\n关于{label}\n\n  第一篇:{label}\n\n"
    "  质量兴县工作是县委、县政府作出的重要决策。按照县委、县政府的部署,我局质量兴县工作坚持以新发展理念为指导,大力加强"
    "科技成果转化应用,取得良好成效。\n\n  一、提高认识,统筹协调\n\n  全年完成科技项目12项,投入资金300万元。\n"
)


@pytest.mark.parametrize("label", ["科技局年终工作总结", "水利局年度工作总结"])
def test_a_first_piece_mark_on_a_page_counting_no_pieces_keeps_the_title(label: str) -> None:
    assert _read(SINGLE.format(label=label)).title == label


CAPTIONED = (
    "{label}{mark}_第1页\n{label}{mark}_第2页\n{label}{mark}_第3页\n免费预览已结束,剩余4页可下载查看\n\n下载本文档\n\n"
    "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n\n文档简介\n\n"
    "{label}{mark}】*年上半年,*区科技局围绕中心工作,积极开展科技工作,突出创新主体培育、创新平台建设。一、上半年工作总结"
    "(一)科技工作亮点纷呈今年1月,*区获得省科技专项资金1807.54万元,同比增长179.3%。\n"
)


@pytest.mark.parametrize("mark", ["篇五", "篇2", "篇(3)"])
@pytest.mark.parametrize("label", ["2019年科技局上半年总结", "2020年发改局年度工作总结"])
def test_a_stores_captions_naming_a_collections_piece_leave_no_title(mark: str, label: str) -> None:
    assert _read(CAPTIONED.format(label=label, mark=mark)).title is None
