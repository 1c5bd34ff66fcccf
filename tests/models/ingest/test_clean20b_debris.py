"""A line's own debris: a decimal a PDF spaced at a line's start when the line spaces its other decimals so,
and a table's lone closing bar a one-line copy left after its last sentence."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # 978: the wrap put 24. 3 at the line's start; the same line spaces 36. 8 and 33. 3%
        (
            "全年完成出口额 10000 万美元,固定资产投资\n24. 3 亿元,比上年分别增长 36. 8、25%、33. 3%和 19. 6%,",
            "24.3",
        ),
        ("全市粮食产量\n1. 5 万吨,增长 2. 4%,油料产量 0. 8 万吨。", "1.5"),
    ],
)
def test_a_spaced_decimal_at_a_lines_start_is_joined_when_the_line_spaces_its_decimals(text: str, shown: str) -> None:
    display = clean(text).display_text
    assert shown in display.replace(" 亿", "亿").replace(" 万", "万")
    check_map(text)


@pytest.mark.parametrize(
    "text",
    [
        "工作安排如下:\n1. 2020年完成验收,增长 2. 4%。",  # an item label before a year
        "主要任务:\n3. 5G网络建设提速,新建基站 1. 2 万个。",  # an item label before 5G
        "主要任务:\n2. 12项工作全面完成。",  # no other spaced decimal on the line
    ],
)
def test_an_item_label_at_a_lines_start_keeps_its_blank(text: str) -> None:
    line = text.split("\n")[1]
    assert line[:4] in clean(text).display_text


@pytest.mark.parametrize(
    "text",
    [
        "2009年,我市经济平稳较快增长。城镇居民人均可支配收入达17840元,分别增长11.5%和10.8%。 |",
        "督查组向省政府反馈了督查意见,省政府副省长及专项行 |",
    ],
)
def test_a_lone_bar_after_a_one_line_copys_last_sentence_goes(text: str) -> None:
    assert "|" not in clean(text).display_text
    check_map(text)


@pytest.mark.parametrize(
    "text",
    [
        "项目 | 金额(万元) |\n工资福利支出 | 1200 |",  # a table's rows keep their cells
        "合计 |",  # a cell, no sentence
    ],
)
def test_a_tables_bars_stay(text: str) -> None:
    assert clean(text).display_text.count("|") >= 1


# a farm's headline of two phrases over its retelling, printed again between the retelling's paragraphs (1759)
HEADLINE_PAGE = (
    "{head}\n本文隶属:农村乡村产业融合(第52/188篇)\n"
    "2月14日,{place}农村工作会议召开。会议印发了工作要点,部署全年农业农村重点工作,确保各项任务落到实处、取得实效。\n"
    "《工作要点》要求各地对标工作台账,把好工作进度、完成时限,细化措施、压实责任,奋力实现全年红。\n"
    "{head}\n"
    "{place}划定的2022年农业农村重点工作:\n"
    "一、全力抓好粮食生产和重要农产品供给\n"
    "1.稳定粮食面积。落实最严格的耕地保护制度,坚决遏制耕地非农化、防止非粮化,统筹利用撂荒地,守牢耕地保护红线。\n"
)


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("河南划定2022年农业农村工作重点,强化现代农业基础支撑", "河南"),
        ("湖北部署2023年乡村振兴重点任务,推进农业强省建设", "湖北"),
    ],
)
def test_a_headline_printed_again_between_paragraphs_goes(head: str, place: str) -> None:
    page = HEADLINE_PAGE.format(head=head, place=place)
    lines = [ln for ln in clean(page).display_text.split("\n") if ln.strip()]
    assert head not in lines
    assert any(ln.startswith(f"{place}划定的") for ln in lines)
    check_map(page)


def test_a_heading_the_prelude_does_not_print_stays() -> None:
    page = HEADLINE_PAGE.format(head="一、坚持稳中求进,推动经济回升", place="河南").replace(
        "本文隶属:农村乡村产业融合(第52/188篇)\n", ""
    )
    assert "一、坚持稳中求进,推动经济回升" in clean(page).display_text


@pytest.mark.parametrize(
    ("captions", "dateline"),
    [
        (
            ["龙华区第一届人民代表大会第二次会议开幕。", "龙华区区长陈清作政府工作报告。"],
            "深圳新闻网1月24日讯(记者 胡安坤/文 史蒙 赖志豪/图)1月24日上午9时,龙华区第一届人民代表大会第二次会议开幕,"
            "区长陈清作政府工作报告。",
        ),
        (
            ["某县第十八届人民代表大会第三次会议开幕。"],
            "某某日报2月3日讯(记者 王某 摄影 李某)2月3日上午,某县第十八届人民代表大会第三次会议开幕,"
            "县长张某作政府工作报告。",
        ),
    ],
)
def test_captions_over_a_dateline_that_credits_the_photos_go(captions: list[str], dateline: str) -> None:
    page = "编辑:胡某2018-01-24 16:20内容来源:某某网\n" + "\n".join(captions) + "\n" + dateline + "\n"
    page += "一年来,区政府统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作,推动经济社会又好又快发展。\n"
    lines = [ln for ln in clean(page).display_text.split("\n") if ln.strip()]
    for c in captions:
        assert (c in lines) == ("作政府工作报告" in c)  # who delivers the report stays for the metadata
    assert any(ln.startswith(dateline[:8]) for ln in lines)


def test_a_lead_sentence_over_a_dateline_without_photos_stays() -> None:
    page = (
        "某县第十八届人民代表大会第三次会议开幕。\n"
        "某某日报2月3日讯(记者 王某)2月3日上午,某县第十八届人民代表大会第三次会议开幕,县长张某作政府工作报告。\n"
        "一年来,县政府统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作,推动经济社会又好又快发展。\n"
    )
    assert "某县第十八届人民代表大会第三次会议开幕。" in clean(page).display_text


def test_a_headline_printed_again_under_the_pages_date_line_stays_once() -> None:
    head = "河南省十二届人大一次会议开幕 郭庚茂作《政府工作报告》"
    page = (
        f"{head}\n2013-01-22 07:00 来源:东方今报\n{head}\n{head}  \n"
        "东方今报郑州讯 1月21日上午,河南省第十二届人民代表大会第一次会议在省人民会堂隆重开幕。\n"
        "大会主席团常务主席主持大会并在主席台前排就座,省长作《政府工作报告》,回顾过去五年工作。\n"
    )
    lines = [ln.strip() for ln in clean(page).display_text.split("\n") if ln.strip()]
    assert lines.count(head) <= 1
