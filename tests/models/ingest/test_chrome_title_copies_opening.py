"""A page's decorated copy of the title over the report's plain title leaves the body; the title stays."""

from __future__ import annotations

from models.ingest.chrome_titles import opening_title_copies
from tests.models.ingest._reading import display_lines as _lines
from tests.models.ingest.test_clean_props import check_map

BODY = "2022年是关键一年。一年来，林业局在县委、县政府的坚强领导下，全面完成了年度目标任务。"


def test_a_coded_copy_and_a_copy_with_a_full_stop_leave_before_the_plain_title() -> None:
    text = "\n".join(
        [
            "2022110103林业局2022年工作总结及2023年工作计划",
            "2022110103林业局2022年工作总结及2023年工作计划。",
            "林业局2022年工作总结及2023年工作计划",
            BODY,
        ]
    )
    assert _lines(text) == ["林业局2022年工作总结及2023年工作计划", BODY]
    check_map(text)


def test_a_copy_with_another_year_and_a_comma_leaves() -> None:
    text = "\n".join(["某市园林局2017年工作报告,", "某市园林局二○○四年工作报告", "市政府：", BODY])
    assert _lines(text)[0] == "某市园林局二○○四年工作报告"


def test_the_same_title_twice_and_a_fuller_plain_title_stay_for_the_title_rules() -> None:
    text = "\n".join(["某县人民政府工作规则", "某政发〔2024〕7号", "某县人民政府工作规则", BODY])
    assert _lines(text).count("某县人民政府工作规则") >= 1
    lines = ["某局2022年工作总结", "某局2022年工作总结（全文）", BODY]
    roles, reasons = ["body"] * 3, ["title", "title", ""]
    opening_title_copies(lines, roles, reasons, 2)
    assert roles == ["body"] * 3  # the plain line is the report's own: never taken for a copy of a decorated one
