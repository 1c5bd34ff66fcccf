"""Titles session 27, by family: a farm collection's piece mark whose year the farm dropped (2325
`德清县年政府工作报告篇1` under the label `德清县政府工作报告`) still marks the label's piece:
no title (the session-26 ruling). A site's menu row over the page's title (2320 `专 题   综合新闻 … 人文开化` over
`政府工作报告(全文)`) is no first half of it. A yearbook entry's bracketed head run into its text (2341
`【退役军人权益维护】 加强援助帮扶,…`) names a topic, not a document: no title. A farm's
definition sentence (2267 `工作计划是指…`) is no title, and a stamp crediting a member's upload (`作者:文/会员上传`)
dates no report."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

REPORT = (
    "各位代表:\n\n现在,我代表{level}人民政府向大会作工作报告,请予审议,并请{level}政协委员和其他列席人员提出意见。\n\n"
    "一、20xx年工作回顾\n\n20xx年,面对错综复杂的形势,{level}政府在{level}委的正确领导下,全面贯彻各项决策部署,"
    "预计全{level}实现生产总值342亿元,增长10%;固定资产投资198亿元,增长14%。\n\n"
    "回顾过去的一年,我们主要抓了以下工作:\n\n(一)着力保持经济稳健运行。一年来,我们坚持稳中有进、稳中有为。\n"
)


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("label", "blurb", "mark", "level"),
    [
        ("德清县政府工作报告", "小编整理了德清县年政府工作报告!", "德清县年政府工作报告篇1", "县"),
        ("宁波市政府工作报告", "小编分享几篇宁波市政府工作报告!", "宁波市年政府工作报告篇2", "市"),
        ("晉中市政府工作報告", "小編分享幾篇晉中市政府工作報告!", "晉中市年政府工作報告篇1", "市"),
        ("海淀区政府工作报告", "小编为大家整理了海淀区政府工作报告,供大家参考。", "海淀区20xx年政府工作报告篇一", "区"),
        ("2021年桐庐县政府工作报告", "小编为大家整理了桐庐县政府工作报告。", "桐庐县年政府工作报告篇1", "县"),
    ],
)
def test_a_piece_mark_without_the_labels_year_still_marks_the_collection(
    label: str, blurb: str, mark: str, level: str
) -> None:
    text = f"{label}\n{blurb}\n{mark}\n" + REPORT.format(level=level)
    assert _read(text).title is None


def test_a_piece_whose_own_title_follows_its_mark_keeps_it() -> None:
    label = "德清县政府工作报告"
    text = f"{label}\n小编为大家整理了德清县政府工作报告。\n篇1:{label}\n{label}\n" + REPORT.format(level="县")
    assert _read(text).title == label


DELIVERED = (
    "\n{day}在{place}\n\n第十五届人民代表大会第一次会议上\n\n代{head} 某某某\n\n各位代表:\n\n"
    "现在,我代表{level}人民政府向大会作工作报告,请予审议。\n\n一、过去五年的工作\n\n"
    "五年来,全{level}实现地区生产总值82.26亿元,年均增长12.9%;财政总收入6.28亿元。\n"
)


@pytest.mark.parametrize(
    ("menu", "place", "level", "head"),
    [
        (
            " 首 页   时政要闻   图片新闻   天下新闻   公告公示   天南地北开化人   平安开化\n"
            " 专 题   综合新闻   电视新闻   生活资讯   图说开化   县外媒体看开化   人文开化",
            "开化县",
            "县",
            "县长",
        ),
        (
            "首页 时政要闻 部门动态 乡镇街道 专题专栏\n专题 综合新闻 电视新闻 生活资讯 图说龙泉 人文龙泉",
            "龙泉市",
            "市",
            "市长",
        ),
        (
            "首 页　本网原创　区县新闻　视频新闻\n專題報道　綜合新聞　電視新聞　生活資訊　圖說城關",
            "城关区",
            "区",
            "区长",
        ),
    ],
)
def test_a_sites_menu_row_is_no_half_of_the_title_under_it(menu: str, place: str, level: str, head: str) -> None:
    text = f"{menu}\n政府工作报告(全文)\n\n2012年2月17日 10:26\n" + DELIVERED.format(
        day="2012年2月9日", place=place, level=level, head=head
    )
    assert _read(text).title == "政府工作报告"


def test_a_title_set_letter_spaced_under_a_menu_row_stays_whole() -> None:
    text = "首页 新闻中心 政务公开 政务服务 互动交流\n\n政 府 工 作 报 告\n" + DELIVERED.format(
        day="2012年2月9日", place="开化县", level="县", head="县长"
    )
    assert _read(text).title == "政府工作报告"


ENTRY = (
    "{head} 加强援助帮扶,用真心换取对象暖心。针对部分{word}的实际困难,经县乡村三级联动核实,县本级开展特殊困难援助26人,"
    "帮扶援助19.51万元。临时帮扶解困628人次48.3万元。做好{word}来信来访,班子成员轮流到服务中心带班接待,实行工作日坐班接访制度。"
    "全年接待来访762批1368人次,其中大接访日接访63批233人次,局领导接访198人次,现场解释疏导化解915人次。 办理信访件7件,"
    "办理电话信访件8件,做到件件有回音。开展走访慰问,为立功受奖的家属送喜报53人次,发放慰问金4.5万元,送牌匾一块。"
    "推荐两名候选人参加评选,两人均当选。 全年组织专题培训6期,培训312人次,发放宣传资料1.2万份,开展政策宣讲23场。"
    "组织走访困难对象1250户,协调解决就业安置问题38件,为符合条件的对象办理优待证3200张,落实各项抚恤补助资金865万元。"
    "建成乡镇服务站18个、村级服务站226个,实现县乡村三级服务保障体系全覆盖,全年受理各类咨询求助1460件,办结率98.6%。\n"
)


@pytest.mark.parametrize(
    ("head", "word"),
    [
        ("【退役军人权益维护】", "退役军人"),
        ("【审计监管】", "审计对象"),
        ("【社會救助】", "救助對象"),
        ("【安全生产监管】", "生产经营单位"),
        ("【老龄工作】", "老龄人口"),
    ],
)
def test_a_yearbook_entrys_bracketed_head_run_into_its_text_is_no_title(head: str, word: str) -> None:
    assert _read(ENTRY.format(head=head, word=word)).title is None


def test_a_bracketed_headline_on_its_own_line_stays() -> None:
    text = "【经济呈现良好开局,新兴动能加快聚集】\n" + ENTRY.format(
        head="今年以来,全区经济呈现良好开局,新兴动能加快聚集。", word="企业"
    )
    assert _read(text).title == "经济呈现良好开局,新兴动能加快聚集"


SUMMARY = (
    "一、工作开展情况\n(一)强化组织领导,落实主体责任\n一是统一思想认识,提高政治站位。{office}始终坚持把各项工作摆在重要位置,"
    "纳入党组会议重要议事日程专题研究部署,制定了年度工作计划,并开展半年度和年度工作研判。二是健全工作机制,压实工作责任。"
    "把各项工作与业务工作紧密结合,做到同部署同检查同考核,及时解决工作中出现的困难和问题,确保工作的规范化、制度化。\n"
)


@pytest.mark.parametrize(
    ("blurb", "office"),
    [
        (
            "工作计划是指在提前一定时间安排和计划工作时,在工作中制定工作计划。以下是范文网为大家整理的文章3篇,欢迎品鉴!",
            "县市场监督管理局",
        ),
        (
            "工作总结是指对一定时期内的工作加以总结、分析和研究。下面是小编整理的区林业局工作总结,供大家参考。",
            "区林业局",
        ),
        ("述職報告是指任職者陳述自己任職情況的報告。以下是本站為大家整理的述職報告。", "市統計局"),
    ],
)
def test_a_farms_definition_sentence_is_no_title(blurb: str, office: str) -> None:
    assert _read(f"{blurb}\n" + SUMMARY.format(office=office)).title is None


@pytest.mark.parametrize(
    "stamp",
    [
        "更新时间:2023-07-01 17:36:29 发布时间:32天前 作者:文/会员上传 下载docx",
        "发布时间:2021-05-12 09:10:11 作者:网友上传 浏览:325",
        "时间:2019-11-02 20:41:09 作者:用户上传",
    ],
)
def test_a_stamp_crediting_a_members_upload_dates_no_report(stamp: str) -> None:
    text = f"{stamp}\n以下是范文网为大家整理的关于市场监管所工作总结的文章3篇,欢迎品鉴!\n" + SUMMARY.format(
        office="县市场监督管理局"
    )
    assert _read(text).date is None
