"""First-sight chrome of session 15's third discovery set: a portal's date widget with its weekday, a related-news
list's head with its cut teasers, a content farm's post line, a wiki's infobox rows."""

from __future__ import annotations

import pytest

from models.ingest.chrome_lines import classify_line
from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_REPORT = (
    "各位代表:\n"
    "现在,我代表区人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n"
    "过去的一年,全区地区生产总值完成312.5亿元,增长6.8%,一般公共预算收入完成21.3亿元,增长5.2%。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "天津市静海区人民政府 2019年12月3日星期二",  # the site's name and its frozen date widget (1397)
        "今天是:2019年10月31日 星期三 农历十月初七",  # the widget with its label and the lunar date (1128)
        "某某县人民政府门户网站 2023-04-05 星期三",
    ],
)
def test_a_date_widget_with_its_weekday_is_chrome(line: str) -> None:
    assert classify_line(line).kind == "chrome"


@pytest.mark.parametrize(
    "line",
    [
        "会议定于2019年12月3日星期二上午召开。",  # a sentence naming the weekday of a meeting
        "2019年12月3日(星期二)上午9时,区政府召开常务会议",
        "2019年12月3日",
        "2023年12月22日 星期五",  # an e-paper's issue date: the page's date, a header (204)
        "人民日报 2023年12月22日 星期五",  # a paper's masthead with its issue date
    ],
)
def test_a_dated_line_of_the_report_stays(line: str) -> None:
    assert classify_line(line).kind != "chrome"


def test_the_date_widget_over_a_portal_page_leaves_the_display_text() -> None:
    text = "天津市静海区人民政府 2019年12月3日星期二\n\n静海区2023年度法治政府建设情况报告\n\n" + _REPORT
    out = clean(text)
    assert "星期二" not in out.display_text
    assert out.display_text.rstrip().endswith("增长5.2%。")
    check_map(text)


_BUDGET = (
    "本报济南1月27日讯今天提交省人大会议审查的预算报告显示,2014年全省经济社会持续健康发展,财政运行情况良好。\n"
    "报告提出,要主动适应经济发展新常态,坚持稳中求进、改革创新,依法加强财政管理,确保圆满完成预算任务。\n"
)


@pytest.mark.parametrize("head", ["新闻推荐", "推荐新闻", "相关报道", "更多新闻"])
def test_a_related_news_list_after_the_text_is_chrome(head: str) -> None:
    # a news site's list under the item (1413): a teaser of another item, cut with an ellipsis, and a cut link
    teaser = (
        "□记者牛远飞报道本报济南讯工地建筑垃圾清运不及时,限期3天整改;"
        "建筑工地路面硬化不合格,限期5天整改;党杨路等路段渣土撒漏严重,1月..."
    )
    text = _BUDGET + head + "\n" + teaser + "\n济南新闻,讲\n"
    out = clean(text)
    assert out.display_text.rstrip().endswith("确保圆满完成预算任务。")
    check_map(text)


def test_a_closing_line_cut_with_an_ellipsis_stays_without_a_list_head() -> None:
    # an excerpt cut mid-sentence ends with the site's ellipsis: with no list head over it, it is the text's own
    cut = "全省一般公共预算支出达到7175.90亿元,完成汇总预算的105.0%,比上年增长7.3%,民生..."
    out = clean(_BUDGET + cut + "\n")
    assert "民生" in out.display_text


_WIKI_TEXT = (
    "现在,我代表市人民政府向大会作政府工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。\n"
    "一、2007年政府工作回顾\n"
    "过去的一年,全市完成生产总值416.5亿元,增长16%;规模以上工业增加值210.3亿元,增长24.1%。\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        ["  • 中文名:晋城市2008年政府工作报告", "  • 别名:政府工作报告"],  # 1389
        ["  • 中文名:2009年靖江市靖城街道办事处工作总结", "  • 外文名:Jing Town Subdistrict Office 2009 summary"],
    ],
)
def test_an_infobox_that_only_names_the_article_is_chrome(rows: list[str]) -> None:
    text = "晋城市2008年政府工作报告\n\n基本介绍\n\n" + "\n".join(rows) + "\n" + _WIKI_TEXT
    out = clean(text)
    assert "中文名" not in out.display_text and ":政府工作报告" not in out.display_text
    assert "Jing Town" not in out.display_text
    assert "一、2007年政府工作回顾" in out.display_text
    check_map(text)


def test_an_infobox_giving_the_documents_fields_stays_where_it_stands() -> None:
    # 973: 发文机关, 成文日期 after the name: header metadata in the text's span, not the encyclopedia's furniture
    rows = ["  • 中文名:某省医疗保障事业发展规划", "  • 发文机关:某省发改委", "  • 规划期限:2021-2025年"]
    text = "某省医疗保障事业发展规划\n\n基本介绍\n\n" + "\n".join(rows) + "\n" + _WIKI_TEXT
    out = clean(text)
    assert "中文名:某省医疗保障事业发展规划" in out.display_text


@pytest.mark.parametrize(
    "line",
    [
        "#2009年南昌县人民政府工作报告 | 来源: 网络整理| 查看: 265",  # a content farm's post line (1390)
        "来源:网络 时间:2023-05-19 13:50:07",
        "| 来源:互联网",
    ],
)
def test_a_farms_post_line_naming_the_web_as_its_source_is_chrome(line: str) -> None:
    text = "2009年南昌县人民政府工作报告\n\n" + line + "\n\n" + _REPORT
    out = clean(text)
    assert "来源" not in out.display_text and "查看" not in out.display_text
    assert "各位代表:" in out.display_text
    check_map(text)


def test_a_sentence_about_the_web_stays() -> None:
    line = "全年通过网络整理发布政策解读文件42件,网络问政平台办结群众留言1865件,办结率100%。"
    out = clean(_REPORT + line + "\n")
    assert line in out.display_text


_NEWS = (
    "【本报讯】2月19日,某区第六届人民代表大会第四次会议开幕,区长作政府工作报告。\n"
    "报告说,2018年全区经济社会发展取得显著成效,地区生产总值达到379.95亿元、增长8.5%。\n"
)


@pytest.mark.parametrize("caption", ["大会现场 张宝杉 摄", "(会议现场邓正可摄)", "大會現場 張寶杉 攝"])
def test_a_photo_of_the_scene_over_the_text_is_chrome(caption: str) -> None:
    text = caption + "\n" + _NEWS  # 1217, 1220: the picture over the item shows the hall and names no one
    out = clean(text)
    assert "摄" not in out.display_text and "攝" not in out.display_text
    check_map(text)


def test_a_credited_caption_naming_the_speaker_over_the_text_is_the_pictures() -> None:
    # session-25 ruling (2239, 2306; 1773/1213): a credited caption over the text is the picture's whoever it names;
    # 1033's and 725's speaker is read from the speaker line and the text (their metadata unchanged, session 27)
    caption = "周强省长作政府工作报告。 记者 张目 摄"
    out = clean(caption + "\n" + _NEWS)
    assert "周强省长作政府工作报告" not in out.display_text


_ITEM = (
    "10月16日,昭阳区召开统计工作会议。区委副书记、区长曹阜忠出席会议并讲话,会议由副区长夏维勇主持。\n"
    "曹阜忠在讲话中充分肯定了我区统计工作取得的成绩,深入分析了存在的困难和问题,要求全面提高统计数据质量。\n"
)
_AFTER = "会议强调,各部门要加强统计基层基础建设,依法开展统计调查,确保数据真实准确,为全区发展提供优质服务。\n"


@pytest.mark.parametrize(
    "captions",
    [
        ["曹阜忠作讲话", "与会人员认真听讲"],  # 1259: two pictures' captions between the paragraphs
        ["区长曹阜忠向大会作政府工作报告 |"],  # 1213: the caption with a table's bar
        ["10月16日,区长曹阜忠作讲话。"],  # 891: a caption dated as the picture is
    ],
)
def test_a_news_photos_caption_between_the_paragraphs_is_chrome(captions: list[str]) -> None:
    text = _ITEM + "\n".join(captions) + "\n" + _AFTER
    out = clean(text)
    assert "认真听讲" not in out.display_text and "作讲话。" not in out.display_text
    assert "作政府工作报告" not in out.display_text
    assert _AFTER.strip() in out.display_text
    check_map(text)


def test_an_undated_sentence_naming_the_report_stays_in_the_item() -> None:
    # 891: …奏唱国歌。 ⏎ 旗人民政府旗长孙志刚向大会作政府工作报告。 is the item's own sentence
    line = "区人民政府区长曹阜忠向大会作政府工作报告。"
    out = clean(_ITEM + line + "\n" + _AFTER)
    assert line in out.display_text


@pytest.mark.parametrize(
    "line",
    [
        "关于落实国务院《政府工作报告》",  # 117: a title's first line; 工作报告 is no one's act of 作
        "大会在国歌中开幕 |",  # 489: a meeting minute's own line, undated
    ],
)
def test_a_line_that_only_looks_like_a_caption_stays(line: str) -> None:
    out = clean(_ITEM + line + "\n" + _AFTER)
    assert line.rstrip(" |") in out.display_text
