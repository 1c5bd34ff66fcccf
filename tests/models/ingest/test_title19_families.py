"""Titles at first sight (session 19): a standing committee's report whose body name the page broke (人民代表大会 /
常务委员会工作报告, 中国人民政治协商会议 武汉市…委员会常务委员会工作报告)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


PARA = (
    "一年来,常委会坚持以习近平新时代中国特色社会主义思想为指导,认真行使宪法和法律赋予的职权,"
    "共召开常委会会议8次,听取审议专项工作报告20项,作出决议决定44项。\n\n"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # 1737: the body's name on one line, 常务委员会 and the kind on the next
        (
            "某某县人民代表大会\n常务委员会工作报告\n——2021年1月14日在某某县第十五届人民代表大会第七次会议上",
            "某某县人民代表大会常务委员会工作报告",
        ),
        # 1744: the session's name over 常务委员会工作报告
        (
            "政协某某区第四届委员会第一次会议\n\n常务委员会工作报告\n\n"
            "区政协第三届委员会常务副主席 张三\n\n(2007年12月11日)",
            "政协某某区第四届委员会第一次会议常务委员会工作报告",
        ),
    ],
)
def test_a_standing_committees_name_broken_before_its_title(head: str, title: str) -> None:
    text = f"{head}\n\n各位代表:\n\n" + PARA * 3
    assert _read(text).title == title


def test_the_national_bodys_name_before_a_blank_is_part_of_the_title() -> None:
    # 1741: 中国人民政治协商会议 opens the committee's name, no site's words before a title
    text = (
        "中国人民政治协商会议 某某市第十四届委员会常务委员会工作报告\n\n"
        "(2025年1月7日在政协某某市第十四届委员会第四次会议上)\n\n各位委员:\n\n" + PARA * 3
    )
    assert _read(text).title == "中国人民政治协商会议 某某市第十四届委员会常务委员会工作报告"


def test_a_session_cover_over_a_government_report_stays_apart() -> None:
    # 423: the session's cover line over 政府工作报告 is no part of the title (unchanged)
    text = "某某市某某区第十四届人民代表大会\n\n政府工作报告\n\n各位代表:\n\n" + PARA * 3
    assert _read(text).title == "政府工作报告"


def test_a_pdf_page_mark_before_a_one_line_heads_title_goes() -> None:
    # 1680 (— 1 — before the title, as 1593's 关于…的报告): the page's mark, then the title glued to its delivery line
    body = PARA.strip().replace("\n", "")
    text = (
        "—1—政府工作报告—2024年1月8日在区第十八届人民代表大会第四次会议上某某区人民政府区长张三各位代表:现在,"
        "我代表区人民政府向大会报告工作,请予审议。" + body * 3 + "\n\n" + PARA * 2
    )
    assert _read(text).title == "政府工作报告"


def test_a_farms_pictograph_after_the_title_goes() -> None:
    # 1677: a farm decorates each line with pictographs (📜, 🌟); never a title's letters (1450's ❤ inside a line)
    text = "某某县2024工作报告📜\n尊敬的各位领导、各位代表,大家好!👋\n" + PARA * 3
    assert _read(text).title == "某某县2024工作报告"


SESSION_NEWS = (
    "盐某县第十四届人民代表大会第一次会议隆重开幕\n\n{source}\n\n"
    # (a one-sentence lead, shorter than a paragraph, as 1685's)
    "  12月20日上午,盐某县第十四届人民代表大会第一次会议隆重开幕。\n\n"
    "  州选举指导组组长、州委组织部副部长王五一行到会指导。大会应到代表186名,实到代表182名,符合法定人数。\n\n"
    "  代理县长张三向大会作《政府工作报告》。\n\n"
    "  《报告》回顾了“十二五”期间盐某县取得的各项成就,提出了“十三五”的总体目标和任务,对2017年的工作做了安排部署。\n\n"
)


def test_session_news_from_an_office_of_the_place_has_no_title_either() -> None:
    # 1685 (来源:宣传部, the county's own portal, as 1115's own-portal session news): null by the lead's ruling of
    # session 25 (a portal's own news of its 人代会 session, headline present: the session-11 news ruling, 891, 686)
    text = SESSION_NEWS.format(source="来源:宣传部 时间:2016年12月20日")
    assert _read(text).title is None


@pytest.mark.parametrize("source", ["来源:您好杭后 发布时间:2026-01-29 09:44", "□ 记者 李四"])
def test_session_news_by_anyone_else_takes_no_title(source: str) -> None:
    # 891 (a media brand as 来源), 489 (a reporter's byline): the news ruling, title null (unchanged)
    assert _read(SESSION_NEWS.format(source=source)).title is None


@pytest.mark.parametrize(
    "head",
    [
        # 1740: the national body's name, the committee's, then the kind, each on its own line
        "中国人民政治协商会议\n某某市第十一届委员会常务委员会\n工作报告",
        # 1741's own lines: the national body's name over the rest of the title
        "中国人民政治协商会议\n\n某某市第十一届委员会常务委员会工作报告",
    ],
    ids=["three-lines", "two-lines"],
)
def test_the_national_bodys_line_opens_the_committees_title(head: str) -> None:
    text = f"{head}\n\n(2025年1月7日在政协某某市第十一届委员会第五次会议上)\n\n各位委员:\n\n" + PARA * 3
    assert _read(text).title == "中国人民政治协商会议某某市第十一届委员会常务委员会工作报告"


def test_a_title_parted_by_a_blank_after_its_conjunction_is_one_title() -> None:
    # 1632 (…工作总结与 2023年度工作计划), as 1591's …工作总结及 2024年工作计划的汇报: one title, never its second part
    text = "市卫健委2022年度工作总结与 2023年度工作计划\n\n" + PARA * 3
    assert _read(text).title == "市卫健委2022年度工作总结与 2023年度工作计划"


def test_an_ordinal_heading_under_the_title_is_no_title() -> None:
    # 1611: 第一、上半年工作总结 is the first part (755, 875 number their points 第一、 too)
    text = "某某局2018年上半年工作总结及下半年工作计划\n\n第一、上半年工作总结\n\n" + PARA * 3
    assert _read(text).title == "某某局2018年上半年工作总结及下半年工作计划"


def test_a_tables_header_cells_under_the_title_are_no_title() -> None:
    # 1251 (序号 / 重点工作 / … / 第二季度 / 完成情况 under the title), as 108's and 1512's tables open at 序号
    cells = [
        "序号",
        "重点工作",
        "责任",
        "领导",
        "责任",
        "科室",
        "攻坚目标",
        "任务",
        "工作任务安排",
        "第二季度",
        "完成情况",
    ]
    rows = "\n\n".join([*cells, "1", "某某大道工程建设"])
    text = f"某某镇2024年度重点工作计划二季度执行情况\n\n{rows}\n\n" + PARA * 3
    assert _read(text).title == "某某镇2024年度重点工作计划二季度执行情况"


def test_a_newspapers_item_with_a_one_sentence_lead_takes_no_title() -> None:
    # 1169 (本报讯 近日,区文化和旅游局召开…。), 1176 (本报讯(记者…)…): the news ruling, title null
    text = (
        "点击数:451 更新时间:2020-01-09\n\n区文化和旅游局召开工作务虚会\n\n"
        "        本报讯 近日,区文化和旅游局召开全局工作务虚会。\n"
        "        会上,各科室、大队和局属企事业单位主要负责同志结合各自工作实际进行了交流发言,回顾总结了2019年工作。\n\n"
        + PARA
        * 3
    )
    assert _read(text).title is None


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # 669: the page writes 关千印发 once and nowhere whole: the title keeps the misread (README, session 17)
        ("现将有关事项通知如下。", "市政府办公室关千印发某市服务业三年行动计划的通知"),
        # 1243, 1483: the notice's own sentence writes the words whole: the filed title restores them
        ("现将《关于印发某市服务业三年行动计划》印发给你们。", "市政府办公室关于印发某市服务业三年行动计划的通知"),
    ],
    ids=["kept", "restored"],
)
def test_a_misread_in_the_title_is_restored_only_on_the_pages_evidence(sentence: str, title: str) -> None:
    text = f"市政府办公室关千印发某市服务业三年行动计划的通知\n\n各区人民政府:\n\n{sentence}\n\n" + PARA * 3
    assert _read(text).title == title


def test_a_notice_title_wrapped_twice_inside_its_book_marks_is_one_title() -> None:
    # 1200 (as 1661's three lines under its issuer's line)
    head = "关于印发《某某州落实〈自治区“十四五”\n城乡社区服务体系建设规划〉\n实施方案》的通知"
    sent = "《某某州落实〈自治区“十四五”城乡社区服务体系建设规划〉实施方案》已经州人民政府同意,现印发给你们。"
    own = "某某州落实《自治区“十四五”城乡社区服务\n体系建设规划》实施方案"
    text = f"{head}\n各县市人民政府:\n{sent}\n某某州人民政府办公室\n2023年5月6日\n{own}\n" + PARA * 3
    assert _read(text).title == "关于印发《某某州落实〈自治区“十四五”城乡社区服务体系建设规划〉实施方案》的通知"


def test_a_slogan_over_its_subtitle_with_the_speaker_run_on_is_the_title() -> None:
    # 1653 (——2011年全省…工作会议报告 某厅党组书记、厅长 某某 under the slogan), as 1541's ——2024年…会议报告
    text = (
        "2011年全省交通运输工作会议报告\n\n继往开来 加快转型 开创某某交通科学发展的新局面\n\n"
        "——2011年全省交通运输工作会议报告 某某省交通运输厅党组书记、厅长 张三\n\n(2011年1月12日)\n\n同志们:\n\n"
        + PARA
        * 3
    )
    assert _read(text).title == "继往开来加快转型开创某某交通科学发展的新局面"
