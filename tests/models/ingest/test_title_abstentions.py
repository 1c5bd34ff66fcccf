"""Titles the reader used to abstain on: a headline broken over lines, a title with table debris, and the like."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_candidates import title_text
from models.ingest.metadata_title_choice import head_candidates
from models.ingest.metadata_titles import headline
from models.ingest.title_rescue import rescue_title

LEAD = (
    "3月5日，某某县农业农村局召开全县春耕生产工作推进会，总结去年春耕生产工作，部署今年春耕备耕、"
    "农资保供和技术服务等重点工作，各乡镇分管负责同志参加会议。"
)


def _title(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt").title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a headline a page broke inside a phrase: the lines run on without a space
        (
            ["某某县农业农村局", "召开全县春耕生产工作暨", "农资保供工作推进会"],
            "某某县农业农村局召开全县春耕生产工作暨农资保供工作推进会",
        ),
        # two phrases on two lines: one headline, the phrases kept apart
        (["全县春耕生产开局良好", "农资保供工作有序推进"], "全县春耕生产开局良好 农资保供工作有序推进"),
        # one comma between two phrases is a headline's, not a sentence's
        (["春风送暖 春耕正忙,全县春耕生产工作推进会召开"], "春风送暖 春耕正忙,全县春耕生产工作推进会召开"),
    ],
)
def test_a_headline_set_over_lines_is_read_whole(head: list[str], title: str) -> None:
    assert headline([*head, LEAD]).value == title


def test_a_reporters_byline_and_a_caption_repeating_the_headline_are_passed_over() -> None:
    lines = ["县长主持会议 部署春耕生产工作", "□ 记者 张三/文 李四/图", "县长主持会议 |", LEAD]
    assert headline(lines).value == "县长主持会议 部署春耕生产工作"


@pytest.mark.parametrize(
    "head",
    [
        ["工作动态", "全县春耕生产开局良好"],  # a column's label says nothing its paragraph says
        ["全县春耕生产开局良好", "2024-03-05 10:20 | 来源:某某日报"],  # a posting line is a header row, no byline
        ["某某县农业农村局"],  # a body's name alone heads no news
        ["全县春耕生产开局良好", "农资保供有序推进", "技术服务到田到户", "干部群众干劲十足"],  # four lines: no headline
    ],
)
def test_no_headline_from_lines_that_are_not_one(head: list[str]) -> None:
    assert headline([*head, LEAD]).value is None


def test_a_broken_headline_is_the_reports_title() -> None:
    text = "全县春耕生产开局良好\n农资保供工作有序推进\n" + LEAD + "\n会议要求，各乡镇要抓好春耕生产。\n"
    assert _title(text) == "全县春耕生产开局良好 农资保供工作有序推进"


@pytest.mark.parametrize(
    ("line", "own"),
    [
        ("某某局2023年工作总结和2024年工作思路 | ||||", "某某局2023年工作总结和2024年工作思路"),  # a row's empty cells
        ("某某局2023年工作总结 |", "某某局2023年工作总结"),
        ("《政府工作报告》全文：", "政府工作报告"),  # a news page's line over the full text it prints
        ("2024年某某市《政府工作报告》全文:", "2024年某某市政府工作报告"),
        ("关于印发《某某县行动方案》的通知", "关于印发《某某县行动方案》的通知"),  # a book-marked name inside a title
    ],
)
def test_a_title_line_without_table_debris_or_its_full_text_note(line: str, own: str) -> None:
    assert title_text(line)[0] == own


def test_a_contents_row_with_several_cells_is_no_title() -> None:
    assert title_text("| 01关于某某的报告 | 3 |")[0] == "| 01关于某某的报告 | 3 |"


def test_the_full_text_line_under_a_news_lead_names_the_report() -> None:
    text = (
        "新华社3月5日发布某某在某某会议上所作的《政府工作报告》全文。报告共分三个部分，回顾了过去一年的工作，提出了今年的目标。\n"
        "报告指出，今年发展主要预期目标是：经济增长5%左右，城镇新增就业1200万人以上，居民消费价格涨幅2%左右。\n"
        "《政府工作报告》全文：\n各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、过去一年工作回顾\n"
    )
    assert _title(text) == "政府工作报告"


def test_the_last_crumb_marks_where_a_run_in_title_ends() -> None:
    body = (
        "某某县农业局2024年上半年工作情况和下半年工作计划范例上半年，全局上下围绕年度目标任务，狠抓春耕生产和农资保供，"
        "各项工作稳步推进。一、主要工作开展情况全县完成粮食播种面积12万亩，同比增长3%。二、下半年工作计划抓好秋粮生产。"
    )
    crumbs = "当前位置:首页 > 办公文档 > 总结报告 > 某某县农业局2024年上半年工作情况和下半年工作计划范例"
    found = rescue_title(None, [body], (crumbs,))
    assert found is not None and found.value == "某某县农业局2024年上半年工作情况和下半年工作计划"


@pytest.mark.parametrize(
    ("crumbs", "body"),
    [
        # a crumb the page cut short: the title goes on to the report word no conjunction carries on
        (
            "首页 > 总结报告 > 某某县农业局2024年上半年工作情况和下半...",
            "某某县农业局2024年上半年工作情况和下半年工作计划",
        ),
        # a doc store's chunk number before the text
        (
            "首页 > 总结报告 > 某某县农业局2024年上半年工作情况和下半年工作计划",
            "1、某某县农业局2024年上半年工作情况和下半年工作计划",
        ),
    ],
)
def test_a_crumb_cut_short_or_a_chunk_number_still_marks_the_title(crumbs: str, body: str) -> None:
    text = body + "全局上下围绕年度目标任务，狠抓春耕生产和农资保供，各项工作稳步推进。一、主要工作开展情况"
    found = rescue_title(None, [text], (crumbs,))
    assert found is not None and found.value == "某某县农业局2024年上半年工作情况和下半年工作计划"


@pytest.mark.parametrize(
    "crumbs",
    [
        "当前位置:首页 > 办公文档 > 总结报告",  # the last crumb is a category the text does not open with
        "首页 > 总结 > 某某县农业局2024年上半年工作情",  # a crumb cut short names no report
    ],
)
def test_no_title_from_a_crumb_the_text_does_not_repeat_whole(crumbs: str) -> None:
    body = "某某县农业局2024年上半年工作情况和下半年工作计划全局上下围绕年度目标任务，狠抓春耕生产，各项工作稳步推进。"
    assert rescue_title(None, [body], (crumbs,)) is None


def test_a_report_title_opening_with_guanyu_over_three_lines_is_read_whole() -> None:
    text = (
        "关于某某县2023年国民经济和社会发展\n计划执行情况与2024年国民经济和社会\n发展计划草案的报告\n"
        "一、2023年计划执行情况\n2023年，全县地区生产总值增长6%，经济社会保持平稳健康发展。\n"
    )
    assert _title(text) == "关于某某县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"


@pytest.mark.parametrize(
    "line",
    [
        "某某县司法局2023年工作总结发布时间：2024-01-05",  # a header field glued on
        "某某县司法局2023年工作总结 浏览次数：128",  # a counter
        "某某县司法局2023年工作总结 打印本页 关闭窗口",  # a toolbar
        "某某县司法局2023年工作总结 【字体：大 中 小】",
        "某某县司法局2023年工作总结 分享到：",
    ],
)
def test_a_title_with_a_pages_words_on_its_line_is_read_without_them(line: str) -> None:
    body = "\n2023年，全局上下在县委县政府的坚强领导下，各项工作取得新成效。\n一、主要工作\n全年开展普法活动120场次。\n"
    assert _title(line + body) == "某某县司法局2023年工作总结"


def test_a_speakers_role_and_name_after_the_title_are_left_off() -> None:
    body = "\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n"
    assert _title("某某县2024年政府工作报告 县长 张三" + body) == "某某县2024年政府工作报告"


@pytest.mark.parametrize(
    "line",
    [
        "某某县政府工作报告 解读",  # a word that is no page furniture: the line stands as it is
        "某某县2023年工作总结 和2024年工作计划",  # a second report word: one title split by a space
    ],
)
def test_words_that_are_no_pages_are_not_cut_off(line: str) -> None:
    assert all(why != "the title before a page's words on its line" for _s, _t, why, _i in head_candidates([line]))


@pytest.mark.parametrize(
    ("line", "own"),
    [
        ("2024-01-05 09:30 某某县司法局2023年工作总结", "某某县司法局2023年工作总结"),  # a posting time before it
        ("“某某县司法局2023年工作总结”", "某某县司法局2023年工作总结"),  # a title set in quotation marks
        ("“两会”某某县政府工作报告解读", "“两会”某某县政府工作报告解读"),  # quotes inside a title stay
    ],
)
def test_a_posting_time_before_the_title_and_quotes_around_it_are_left_off(line: str, own: str) -> None:
    assert title_text(line)[0] == own


@pytest.mark.parametrize(
    ("head", "lead", "after"),
    [
        # a session's news: the government's head delivers the report the item goes on into
        (
            "某某镇第五届人民代表大会第一次会议胜利召开",
            "3月2日，某某镇第五届人民代表大会第一次会议在镇政府会议室隆重召开，全体代表出席会议，会议议程共六项。",
            "镇长某某作政府工作报告，回顾了过去五年的工作，提出了今后五年的目标任务和主要工作。",
        ),
        # a policy issued, cited under its short name
        (
            "某某市出台《关于支持小微企业发展的若干措施》",
            "7月1日，《关于支持小微企业发展的若干措施》（下称《措施》）出台，从融资、用工、税费等方面支持小微企业。",
            "《措施》明确，扩大小微企业贷款规模，降低融资成本，落实各项减税降费政策。",
        ),
        # a report rendered sentence by sentence: 《报告》指出
        (
            "某某区第三届人民代表大会第二次会议闭幕",
            "1月28日上午，为期四天的某某区第三届人民代表大会第二次会议在区会议中心圆满完成各项议程，胜利闭幕。",
            "《报告》指出，过去一年是全区经济发展和社会建设取得重要进展的一年，各项指标稳中有进。",
        ),
    ],
)
def test_a_news_item_rendering_another_bodys_document_takes_no_title_from_its_headline(
    head: str, lead: str, after: str
) -> None:
    assert headline([head, lead, after]).value is None


def test_a_bodys_own_meeting_news_keeps_its_headline() -> None:
    # the bureau tells its own meeting: reported speech by a person or the meeting is no rendered document
    head = "某某县卫生健康委召开2025年度全县卫生健康工作会"
    after = "某某指出，2024年全县卫生健康系统深化改革，会议强调，2025年要抓好重点工作，确保各项任务落实。"
    assert headline([head, LEAD, after]).value == head
