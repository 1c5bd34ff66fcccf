"""Outline families of the print shapes (benchmarks/variant_print.py): a PDF copy's spaces around figures, its wraps
left by the cleaner. Each test is a short made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值 11.83 亿元，同比增长 8.46%，较好完成了年度目标任务，各项工作取得新进展。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_an_attachment_label_with_a_blank_before_its_number_is_a_heading() -> None:
    # a PDF copy sets figures off by blanks: 附件 1 ⏎ the attachment's title
    lines = ["某区2022年政府工作报告任务分解的通知", "各部门：", PARA, "附件 1", ""]
    lines += ["2022 年经济社会发展预期目标任务分解表"]
    lines += ["序号", "指标名称", "附件 2", "", "2022 年重点工作任务分解表", "序号", "工作任务"]
    got = flat("\n".join(lines))
    # (the table title under each is not found, spaced or not: a title over table cells, left for now)
    assert [h for h in got if h[1]] == [(1, "附件 1", ""), (1, "附件 2", "")]


def test_an_ordinal_after_a_blank_is_no_label() -> None:
    # 分别排全区第 3、第 2。: the rank in a figure-spaced copy run together on one line, not an item 3、
    text = (
        "2020 年我市共有产业项目 30 个,总投资 2226.8 亿元,投资额排全区第 2;全年项目投资完成率为 101.9%,谋划项目"
        "完成率 137.5%,均超额完成自治区任务,分别排全区第 3、第 2。全年工业投资增长 49.8%、制造业投资增长 47.1%,均位居"
        "全区第 2,为工业持续稳步发展做出了重要贡献。为激励先进,表扬成绩,我局决定对推动产业项目成绩突出的单位给予"
        "通报表扬。"
        " 希望受表扬的单位珍惜荣誉、再接再厉、再创佳绩。 特此通报。"
    )
    assert flat(text) == []
