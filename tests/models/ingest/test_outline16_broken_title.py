"""A numbered title that a line break cut: its last words on a short line of their own, a paragraph after them."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，为全年工作奠定了坚实基础，成效明显。"


def titles(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in walk_sections(build_outline(text))]


def test_a_title_cut_by_a_break_goes_on_to_its_last_words() -> None:
    # 1450: 一、贯彻落实县政府政府工作和农村 ⏎ 工作会议精神 ⏎ 我镇在3月份…
    text = "\n".join(
        [
            "一、贯彻落实县政府政府工作和农村",
            "工作会议精神",
            PARA,
            "二、深入抓好备耕生产工作",
            PARA,
            "三、加强帮扶贫困户工作",
            PARA,
        ]
    )
    assert titles(text) == [
        (1, "贯彻落实县政府政府工作和农村工作会议精神"),
        (1, "深入抓好备耕生产工作"),
        (1, "加强帮扶贫困户工作"),
    ]


def test_a_cut_title_over_a_blank_line_goes_on_too() -> None:
    # 720: 五、一般公共预算财政拨款“三公”经费支出决算 ⏎⏎ 情况说明 (its siblings: 一、收入决算情况说明 …)
    text = "\n\n".join(
        ["一、收入决算情况说明", PARA, "二、支出决算情况说明", PARA, "三、“三公”经费支出决算", "情况说明", PARA]
    )
    assert titles(text)[-1] == (1, "“三公”经费支出决算情况说明")


def test_a_run_of_plain_subheadings_under_a_numbered_heading_stays_a_run() -> None:
    # 191, 006, 722: 一、综合 ⏎ 经济总量 ⏎ … ⏎ 人口 ⏎ …: the short line is the first of its siblings
    text = "\n".join(["一、综合", "经济总量", PARA, "人口", PARA, "二、农业", "粮食生产", PARA, "畜牧生产", PARA])
    got = titles(text)
    assert (1, "综合") in got and (1, "综合经济总量") not in got
    assert (1, "农业") in got and (1, "农业粮食生产") not in got


def test_a_title_ending_with_a_mark_does_not_take_the_next_line() -> None:
    text = "\n".join(["一、贯彻落实县政府工作会议精神。", "工作会议精神", PARA, "二、深入抓好备耕生产工作", PARA])
    assert (1, "贯彻落实县政府工作会议精神工作会议精神") not in titles(text)


def test_a_line_opening_a_point_is_no_rest_of_the_title() -> None:
    # hypothesis: 一、主要工作 ⏎ 一是主要工作 ⏎ 主要工作。: 一是 opens the section's first point
    text = "\n".join(["一、主要工作", "一是主要工作", PARA, "二、存在的主要问题", PARA])
    assert (1, "主要工作一是主要工作") not in titles(text)
