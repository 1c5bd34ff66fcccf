"""Long titles a page wrapped: a blank inside the title line, a second line opening with its conjunction."""

from __future__ import annotations

import pytest

from models.ingest.metadata_title_choice import choose_title
from models.ingest.title_rescue import rescue_title

BODY = "我受区人民政府委托,向大会报告今年的执行情况和明年的草案,请予审议,并请各位列席人员提出意见。"


@pytest.mark.parametrize(
    "line",
    [
        "关于某县2021年国民经济和社会发展计划 执行情况及2022年计划(草案)的报告",
        "关于某市2019年市级预算 执行情况的报告",
        "某区人民政府关于2020年度环境状况 和环境保护目标完成情况的报告",
    ],
)
def test_a_title_line_broken_by_one_blank_is_one_title(line: str) -> None:
    choice = choose_title(None, [line])
    assert choice.value is not None and choice.value.replace(" ", "") == line.replace(" ", "")


def test_two_whole_titles_on_one_line_are_still_two() -> None:
    line = "某镇2021年工作总结 某镇2022年工作计划"
    assert choose_title(None, [line]).value in ("某镇2021年工作总结", "某镇2022年工作计划")


@pytest.mark.parametrize("conj", ["和", "及", "与"])
def test_a_line_opening_with_a_conjunction_cannot_start_a_title(conj: str) -> None:
    whole = f"某市某区2020年预算执行情况{conj}2021年预算草案的报告"
    lines = [
        "某市某区2020年预算执行情况",
        f"{conj}2021年预算草案的报告",
        "——2020年12月29日在某区第十五届人民代表大会第五次会议上",
        "各位代表:",
        BODY,
    ]
    choice = rescue_title(whole, lines, ())
    assert choice is None or choice.value == whole


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("关于某市2030年全市和市本级预算执行", "情况与2031年全市和市本级预算草案的报告"),
        ("某县人民政府关于2030年国民经济和社会", "发展计划执行情况与2031年国民经济和社会发展计划草案的报告"),
        ("关于某区2030年度区本级预算执行和", "其他财政收支的审计工作报告"),
    ],
)
def test_a_guanyu_title_wrapped_before_its_kind_is_one_title(first: str, last: str) -> None:
    # the last line is long and names the kind: still the end of the title above, never a title alone
    assert choose_title(None, [first, last, "某市财政局"]).value == first + last


def test_a_closed_guanyu_title_takes_no_next_line() -> None:
    head = ["关于某市2030年预算执行情况的报告", "关于某市2031年预算草案的报告"]
    assert choose_title(None, head).value in head


def test_a_field_holding_guanyu_is_no_title_start() -> None:
    head = ["标题:关于某区预算执行", "情况的报告"]
    assert choose_title(None, head).value != "标题:关于某区预算执行情况的报告"


def test_a_wrapped_guanyu_title_over_its_delivery_line_keeps_its_first_line() -> None:
    # the line right above the delivery line is the title's last line, not the report's own title alone
    first, last = "某县人民政府关于2030年国民经济和社会", "发展计划执行情况与2031年国民经济和社会发展计划草案的报告"
    lines = [first, last, "——2031年1月5日在某县第十届人民代表大会第三次会议上", "各位代表:", BODY]
    assert rescue_title(first + last, lines, ()) is None


def test_a_title_wrapped_at_a_conjunction_without_a_year_is_one_title() -> None:
    head = ["某县农业农村局2030年工作总结及2031年工作思路", "和重点工作安排"]
    assert choose_title(None, head).value == "某县农业农村局2030年工作总结及2031年工作思路和重点工作安排"


def test_a_title_opening_with_a_word_of_its_own_is_not_joined_as_a_conjunction() -> None:
    head = ["某社区2030年工作总结", "和谐社区建设工作总结"]
    assert choose_title(None, head).value == "和谐社区建设工作总结"


def test_the_review_of_the_year_before_under_a_work_report_is_its_first_part() -> None:
    head = ["2031年某街道办事处政府工作报告", "2030年工作总结"]
    assert choose_title(None, head).value == "2031年某街道办事处政府工作报告"


def test_a_summary_under_another_year_plan_label_stays_the_title() -> None:
    head = ["2031年工作计划", "2030年工作总结"]
    assert choose_title(None, head).value == "2030年工作总结"


def test_the_issuer_line_over_a_guanyu_title_wrapped_before_its_kind_stays_in_the_title() -> None:
    head = [
        "某旗人民政府办公室",
        "关于印发2030年政府工作报告重点任务",
        "责任落实分工和督办考核及绩效评价工作办法的通知",
    ]
    assert choose_title(None, head).value == "".join(head)


def test_a_chrome_line_joined_over_the_own_title_gives_way_to_the_title_over_the_delivery_line() -> None:
    # a portal's accessibility bar set right above the title is page furniture, not the title's first line
    bar, own = "丨 无障碍 丨 长者版 丨  logo.png长者版", "政府工作报告"
    lines = [bar, own, "——2031年1月5日在某县第十届人民代表大会第三次会议上", "各位代表:", BODY]
    rescued = rescue_title(bar + own, lines, ())
    assert rescued is not None and rescued.value == own
