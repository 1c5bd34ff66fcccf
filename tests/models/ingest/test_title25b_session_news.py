"""A place's own news of its 人代会 session takes no title from its headline (lead's ruling, session 25, after the
session-11 news ruling whose examples are 891 and 686; 1115, 1685, 1219 null): a headline telling that the session
opened, closed or met (``…第N届人民代表大会第N次会议隆重开幕``, ``市七届人大四次会议开幕``), that its speaker
delivered the report (``张军作政府工作报告``) or that its delegates deliberated (``区人大代表分团审议…报告``) tells an
event, never a document's title, on whatever site and by whatever path it was read. A report's own title naming its
session (``在…会议上的政府工作报告``, a speech ``在…开幕式上的讲话``, a decision ``关于召开…会议的决定``) stays."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.title_news import session_news_headline
from models.types import Metadata

LEAD = (
    "{day}上午,{place}第十八届人民代表大会第二次会议隆重开幕。来自全{level}的200多名人大代表肩负全{level}人民重托出席大会,"
    "依法履行宪法和法律赋予的神圣使命。\n"
    "会场庄严简朴,气氛隆重热烈。大会执行主席在主席台前排就座。会议由主任李国鸿主持。{place}人民政府{level}长张军"
    "向大会作政府工作报告。\n"
    "报告指出,过去一年,全{level}地区生产总值完成156亿元,增长6.5%;固定资产投资增长10.2%;城乡居民收入稳步增长。\n"
)


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    "headline",
    [
        "洋某县第十八届人民代表大会第二次会议隆重开幕 张军作政府工作报告",  # 1115
        "盐某县第十四届人民代表大会第一次会议隆重开幕",  # 1685
        "区人大代表分团审议区政府工作报告和计划、财政报告",  # 1219
        "市七届人大四次会议隆重开幕",  # 1287
        "双某区鹿乡镇第二十届人民代表大会第二次会议召开",  # 1941
        "西某区第十二届人民代表大会第二次会议胜利闭幕",  # 475
        "自治州十六届人大一次会议在州府开幕",  # 2051, 2080
        "山某人大会议开幕 省长韩某群作政府工作报告",  # 1177
        "某某市第五届人民代表大會第三次會議隆重開幕",  # a traditional script
        "代表们分组审议政府工作报告",
    ],
)
def test_a_session_news_headline_is_no_title(headline: str) -> None:
    assert session_news_headline(headline)


@pytest.mark.parametrize(
    "title",
    [
        "政府工作报告",
        "在洋县第十八届人民代表大会第二次会议上的政府工作报告",
        "在县第十八届人民代表大会第二次会议开幕式上的讲话",
        "在市第七届人民代表大会第四次会议闭幕时的讲话",
        "关于召开某某县第十八届人民代表大会第二次会议的决定",
        "某某县第十八届人民代表大会第二次会议关于政府工作报告的决议",
        "重庆市人民政府关于《重庆市人大常委会对〈关于2017年度环境保护工作情况的报告〉的审议意见》研究处理情况的报告",
        "省人大财经委召开1-7月国民经济和社会发展计划执行情况汇报会",  # 1720 (a committee's meeting, not a session)
        "2022年全市统计调查工作会议召开",  # 2024 (a work conference, not a 人代会)
        "县长在县经济工作会议上的讲话",
    ],
)
def test_a_documents_own_title_naming_a_session_stays(title: str) -> None:
    assert not session_news_headline(title)


@pytest.mark.parametrize(
    ("place", "level", "day", "furniture"),
    [
        ("洋某县", "县", "2月27日", "首   页 走进洋县 新闻中心 政府信息公开 政务服务 互动交流 专题专栏\n\n"),  # 1115
        ("盐某县", "县", "12月20日", "当前位置: 首页 > 专题 > 聚焦两会\n\n"),  # 1685
        ("某某市", "市", "1月8日", ""),
        ("某某区", "区", "3月2日", "来源:区政府办 发布时间:2024-03-02\n"),
    ],
)
def test_a_portals_own_session_news_has_no_title(place: str, level: str, day: str, furniture: str) -> None:
    headline = f"{place}第十八届人民代表大会第二次会议隆重开幕 张军作政府工作报告"
    lead = LEAD.format(place=place, level=level, day=day)
    meta = _read(f"{furniture}{headline}\n\n{lead}")
    assert meta.title is None
    assert _read(f"{furniture}{place}第十八届人民代表大会第二次会议隆重开幕\n\n{lead}").title is None


def test_delegates_deliberating_is_news_too() -> None:
    # 1219: the headline over a page's field rows, its lead the deliberation
    text = (
        "区人大代表分团审议区政府工作报告和计划、财政报告\n来源:\n发布时间:2019-03-13\n浏览次数:\n"
        "3月12日上午,区五届人大四次会议结束后,人大代表们分团进行认真审议区政府、计划、财政三个工作报告。代表们各抒己见,"
        "踊跃发言。一致认为,政府工作报告符合区情,总结成绩客观真实,分析问题深入透彻,工作部署思路清晰。\n"
        "代表们还对做好今年的工作提出了意见和建议。\n"
    )
    assert _read(text).title is None


def test_the_report_posted_under_its_own_title_keeps_it() -> None:
    lead = LEAD.format(place="某某县", level="县", day="2月27日")
    text = (
        "政府工作报告\n——2024年2月27日在某某县第十八届人民代表大会第二次会议上\n县长 张军\n各位代表:\n"
        "现在,我代表县人民政府向大会报告工作,请予审议。\n" + lead
    )
    assert _read(text).title == "政府工作报告"
