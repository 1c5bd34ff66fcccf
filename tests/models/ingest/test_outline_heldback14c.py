"""Outline shapes of the reports opened in session 14's short round (1261–1295): a bulletin's ``[1]`` notes."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_bracketed_notes_under_a_bulletins_notes_heading_are_its_headings() -> None:
    lines = ["一、综合", PARA, "二、农业", PARA, "注释：", "[1]本公报中数据为初步统计数。部分数据因四舍五入存在误差。"]
    lines += ["[2]生产总值绝对数按现价计算，增长速度按可比价计算。", "[3]资料来源：本公报中数据来自国家统计局调查队。"]
    got = flat("\n".join(lines))
    assert got[2:] == [
        (1, "", "注释"),
        (2, "[1]", "本公报中数据为初步统计数"),
        (2, "[2]", "生产总值绝对数按现价计算，增长速度按可比价计算"),
        (2, "[3]", "资料来源"),
    ]


def test_bracketed_numbers_outside_a_notes_section_are_no_headings() -> None:
    lines = ["一、综合", PARA, "[1]本公报中数据为初步统计数。部分数据因四舍五入存在误差。", PARA]
    lines += ["二、农业", PARA, "注释：", "[2]生产总值绝对数按现价计算，增长速度按可比价计算。"]
    got = flat("\n".join(lines))
    assert [h for h in got if h[1].startswith("[")] == []


def test_tasks_a_news_item_lists_run_together_after_a_count_are_the_reports_not_its_own() -> None:
    text = (
        "省十二届人大一次会议开幕\n东方今报郑州讯 1月21日上午,省第十二届人民代表大会第一次会议隆重开幕。\n"
        "省长作《政府工作报告》。2013年要着重做好以下四个方面工作:一、强化开放带动和改革创新,持续增强发展活力。"
        "二、强化新型城镇化引领,持续推进城乡发展一体化。三、强化农业基础地位,持续提升农业现代化水平。"
        "四、强化生态文明建设,持续打造美丽中原。\n大会还书面听取了计划执行情况的报告。"
    )
    assert flat(text) == []


def test_tasks_a_report_announces_and_then_writes_out_stay_its_headings() -> None:
    lines = ["某县政府工作报告", PARA, "2024年要着重做好以下三个方面工作：", "一、强化开放带动", PARA * 4]
    lines += ["二、强化城镇化引领", PARA * 4, "三、强化农业基础", PARA * 4]
    got = flat("\n".join(lines))
    assert [h[1] for h in got] == ["一、", "二、", "三、"]
