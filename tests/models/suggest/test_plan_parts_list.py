"""A news item that lists a work report's parts (报告共分四个部分：一、…回顾。二、…目标。…) is no plan: the listed
parts are another document's headings, in the outline and in the plan reading alike."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.suggest.indicators import find_indicators

# (a line this long is read as a page run together: the outline's fallback takes 一、… inside it for headings)
NEWS = (
    "2月20日上午，某县第十九届人民代表大会第四次会议在县剧院隆重开幕。根据会议议程，县长代表县政府向大会作政府工作报告。"
    "报告共分四个部分：一、2024年工作回顾。二、2025年总体思路和主要预期目标。三、2025年主要工作任务。"
    "四、加强政府自身建设。\n"
    "县长在报告中指出，一年来，全县上下推动各项工作取得新成效。全年完成地区生产总值112.96亿元，增长6.6%；"
    "规上工业总产值80.93亿元，增长18.6%；固定资产投资28.36亿元，增长4.8%。\n"
)


def test_figures_after_a_listed_plan_part_are_what_was_done() -> None:
    sections = build_outline(NEWS)
    assert sections == ()
    assert {s.attributes["kind"] for s in find_indicators(NEWS, sections)} == {"actual"}


def test_a_plan_part_heading_of_the_text_itself_still_makes_its_figures_targets() -> None:
    text = (
        "一、2024年工作回顾\n全年完成地区生产总值112.96亿元，增长6.6%，各项工作取得新成效，人民生活持续改善。\n"
        "二、2025年主要预期目标\n地区生产总值增长6%左右，规上工业总产值增长10%以上。\n"
    )
    kinds = [s.attributes["kind"] for s in find_indicators(text, build_outline(text))]
    assert kinds[0] == "actual" and kinds[-1] == "target"
