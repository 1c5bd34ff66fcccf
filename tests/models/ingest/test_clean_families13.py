"""Page furniture families read in session 13 (issue 17), each on a made-up page with its harder variants."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from tests.models.ingest.test_clean_edges import BODY, _lines
from tests.models.ingest.test_clean_edges import _gone as _gone_from_display
from tests.models.ingest.test_clean_props import check_map


def _gone(page: str, chrome: list[str]) -> None:
    """As in test_clean_edges, and the offset map stays exact."""
    _gone_from_display(page, chrome)
    check_map(page)


@pytest.mark.parametrize(
    "label",
    [
        "2024年街道社区发展办工作总结和下半年工作计划例文",  # 442
        "**年度工作总结开头结尾模板范文",  # 343
        "某县农业局2022年工作总结范本",
        "乡镇2021年上半年工作总结范文(3篇)",
    ],
)
def test_a_farm_label_with_a_model_text_word_over_the_text(label: str) -> None:
    page = label + "\n" + "xxxx年,在县委的正确领导下,全县各项工作取得新成效,现总结如下:\n" + BODY
    _gone(page, [label])
    assert _lines(page)[0].startswith("xxxx年,在县委")


@pytest.mark.parametrize(
    "title",
    ["关于印发建设工程施工合同示范文本的通知", "某县2023年工作总结", "某市模板产业发展规划"],
)
def test_a_title_with_no_model_text_word_at_its_end_stays(title: str) -> None:
    page = title + "\n" + "2023年,在县委的正确领导下,全县各项工作取得新成效,现总结如下:\n" + BODY
    assert _lines(page)[0] == title


def test_a_model_text_label_over_a_dated_text_is_the_title_readers_to_judge() -> None:
    """With a real year in it and in the text, the label may be all the title the page has (693): it stays."""
    page = "2014年农业局工作计划 范文\n" + "2014年,在区委的正确领导下,全局各项工作取得新成效,现总结如下:\n" + BODY
    assert _lines(page)[0] == "2014年农业局工作计划 范文"


@pytest.mark.parametrize(
    ("short", "own"),
    [
        ("当雄县农业农村局2020工作总结", "当雄县农业农村局2020年工作总结及2021年工作计划"),  # 1075
        ("政府工作报告", "政府工作报告(第十七届人民代表大会第三次会议)"),  # 890
        ("某局2020年工作总结", "某市某局2020年工作总结和2021年工作计划"),
    ],
)
def test_a_shortened_copy_of_the_title_over_the_report_own(short: str, own: str) -> None:
    page = f"{short}\n{own}\n各位代表:\n现在,我代表区人民政府,向大会报告工作,请予审议。\n" + BODY
    _gone(page, [short])
    assert own in _lines(page)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2019年某县国民经济和社会发展", "统计公报"),  # a title split over two lines
        ("某县人民政府", "关于2023年工作情况的报告"),
    ],
)
def test_a_title_split_over_two_lines_stays(first: str, second: str) -> None:
    page = f"{first}\n{second}\n2019年,全县上下坚持稳中求进,经济运行总体平稳。\n" + BODY
    assert _lines(page)[:2] == [first, second]


@pytest.mark.parametrize("head", ["解读文件链接:", "关联稿件:", "附件列表", "相关附件：", "政策解读链接"])
def test_an_empty_list_head_of_a_portal(head: str) -> None:
    """A portal's head of a list of links or files, its list empty in the copy (1079, 570, 183), anywhere."""
    page = "某县农业农村局2024年工作总结\n" + head + "\n" + BODY + "\n" + head
    _gone(page, [head])


def test_a_sentence_about_related_files_stays() -> None:
    line = "相关文件链接已在门户网站公布,请各单位下载学习。"
    assert line in _lines("某县2024年工作总结\n" + BODY + "\n" + line)


@pytest.mark.parametrize(
    "crumbs",
    [
        "首页 理论教育 2020年工作和十三五发展回顾-高县年鉴",  # 885: a breadcrumb set with blanks
        "首页 政府信息公开 新闻中心 网上办事 政民互动 走进某县",  # 1071, 189: a portal's menu bar
        "网站首页 政务公开 物价工作 互动交流 政务服务",
        "首页 年度工作",
    ],
)
def test_a_trail_or_menu_opening_at_the_home_page_with_blanks_between(crumbs: str) -> None:
    page = crumbs + "\n某县2020年工作总结\n" + BODY
    _gone(page, [crumbs])


def test_a_sentence_opening_with_the_word_home_page_stays() -> None:
    line = "首页 改版后,政务公开栏目访问量增长35%,群众满意度明显提升。"
    assert line in _lines("某县2024年工作总结\n" + BODY + "\n" + line)


@pytest.mark.parametrize("label", ["【摘要】:", "摘要:", "内容提要："])
def test_a_labelled_abstract_copying_a_paragraph_of_the_text(label: str) -> None:
    """A site's abstract under its label copies a paragraph of the text below it, whole or cut (885, 509)."""
    para = "2020年,我们众志成城、严防严控,新冠疫情防控取得阶段胜利,经济社会发展实现预期目标。"
    abstract = label + para
    lead = "\n2020年,在市委和县委的坚强领导下,全县上下奋力拼搏。\n"
    page = "某县2020年工作回顾\n" + abstract + lead + para + "\n" + BODY
    _gone(page, [abstract])
    assert para in _lines(page)


def test_a_labelled_abstract_that_goes_on_to_sum_up_other_paragraphs() -> None:
    para = "2020年,我们众志成城、严防严控,新冠疫情防控取得阶段胜利。新年伊始,疫情突如其来,全县迅速行动。"
    abstract = "【摘要】:" + para[:40] + "2020年,我们同心同向、共克时艰,茶叶产量2.7万吨,综合产值70.05亿元。"
    lead = "\n2020年,在市委和县委的坚强领导下,全县上下奋力拼搏。\n"
    page = "某县2020年工作回顾\n" + abstract + lead + para + "\n" + BODY
    _gone(page, [abstract])


@pytest.mark.parametrize("label", ["导读:", "【导读】", "导语："])
def test_a_sites_lead_blurb_over_the_notice(label: str) -> None:
    """A policy site's 导读 blurb between the title and the notice (971) says what the site thinks of it."""
    blurb = label + "加强新形势下开发区的改革和创新发展,对于我市全面建成高质量小康社会具有重要意义。"
    page = (
        "某市人民政府办公厅关于印发某某实施方案的通知\n" + blurb + "\n某政办函〔2017〕103号\n"
        "各区人民政府,各委、局,各直属单位:\n经市人民政府同意,现将《某某实施方案》印发给你们,请认真贯彻执行。\n" + BODY
    )
    _gone(page, [blurb])


def test_a_report_sentence_about_a_guide_stays() -> None:
    line = "导读员队伍不断壮大,全年开展讲解服务1200场次。"
    assert line in _lines("某县2024年工作总结\n" + BODY + "\n" + line)


@pytest.mark.parametrize("label", ["2020教育局工作总结合集", "乡镇年度工作计划集锦", "街道述职报告大全"])
def test_a_farm_bundle_label_without_a_count(label: str) -> None:
    """A farm names its bundle 合集, 集锦 or 大全 with no count too (462); no office titles a report so."""
    page = label + "\n【篇一】\n" + "2020年,在县委的正确领导下,全县各项工作取得新成效,现总结如下:\n" + BODY
    _gone(page, [label])


@pytest.mark.parametrize("note", ["公开方式：主动公开", "公开时间:2024年10月25日"])
def test_a_disclosure_note_inside_the_document_stays(note: str) -> None:
    """Inside the text (after its contents list, under its last article: 296, 647) the 公开 note is the
    document's own line; over the title it is a portal's field (078, 418)."""
    page = "某县人社局2023年部门决算\n发布日期:2024-10-25\n目录\n" + note + "\n" + BODY + "\n" + note
    lines = _lines(page)
    assert lines.count(note) == 2
    portal = note + "\n某县人社局2023年部门决算\n" + BODY
    assert note not in _lines(portal)


def test_a_doc_number_field_is_no_font_size_tool() -> None:
    """``发文字号:`` names a 文号; only a bare ``字号:`` is the page's font-size tool (973's infobox row)."""
    from models.ingest.clean_site_words import site_word_count

    assert site_word_count("• 发文字号:某发改规划〔2021〕103号") == 0
    assert site_word_count("字号: 大 中 小") >= 1


@pytest.mark.parametrize(
    "bar", ["兵团政务网 无障碍浏览", "天津市政府门户网站 政务邮箱", "某市人民政府网 English 手机版"]
)
def test_a_portal_name_with_its_service_links_opening_the_page(bar: str) -> None:
    """A portal's name and its service links on the page's first line (1080, 233) are the site's."""
    page = bar + "\n某县卫生健康委召开2023年重点工作调度会\n发布时间:2023-11-03\n" + BODY
    _gone(page, [bar])


def test_a_site_named_in_the_reports_first_sentence_stays() -> None:
    line = "某县政务网 无障碍浏览功能上线后,全年访问量增长35%。"
    assert line in _lines(line + "\n" + BODY)


def test_a_stamp_opening_with_a_digit() -> None:
    """A forum's stamp may open with a digit (196: …提出意见。2uD); a figure ending a line is never one."""
    paras = [
        "各位代表:",
        "现在,我代表市人民政府向大会作政府工作报告,请予审议,并请市政协委员和列席人员提出意见。",
        "十三五工作回顾",
        "过去的五年,是全市克难奋进、顽强拼搏的五年,也是决战决胜、积厚成势的五年。",
        "五年来,全市生产总值年均增长6.1%,是2015年的1.45倍。",
    ]
    text = "\n".join(p + "2uD" for p in paras) + "\n"
    result = clean(text)
    assert "2uD" not in result.display_text
    for p in paras:
        assert p in result.display_text
    check_map(text)
    figures = "\n".join(p + "5G" for p in ["全市新建基站1200个,实现主城区全覆盖", "农村地区覆盖率达到95%"] * 3)
    assert "5G" in clean(figures).display_text


@pytest.mark.parametrize("crumbs", ["广东规范性文件 > 正文阅览", "某某文库 >> 正文", "政务动态 › 详情"])
def test_a_short_trail_ending_at_the_article_page(crumbs: str) -> None:
    """A trail of one or two crumbs ending at the article's page (正文, 正文阅览, 详情: 276) is the site's."""
    page = crumbs + "\n2008年某市国民经济和社会发展统计公报\n" + BODY
    _gone(page, [crumbs])
