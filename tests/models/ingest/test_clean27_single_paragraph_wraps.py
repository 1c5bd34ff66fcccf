"""A short excerpt of one or two paragraphs whose PDF wraps became spaces: the spaces stand at whole printed lines."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.clean_wraps import document_width

RESOLUTION = (
    "旗第十七届人民代表大会第五次会议审议了旗人民政府提出的关于全旗二〇二一年国民经济和社会事业发展计划执行情况"
    "与二〇二二年国民经济和社会事业发展计划草案的报告，并根据计划预算审查委员会的审查报告，决定批准旗发展和改革委员会"
    "受旗人民政府委托提交的报告，批准旗人民政府提出的国民经济和社会事业发展计划，会议要求各部门认真抓好落实。"
)
BUREAU = (
    "今年以来，县农业农村局承担的市级考核指标任务共五项，分别是粮食播种面积、高标准农田建设面积、农村人居环境整治村数、"
    "农民专业合作社新增数量和农产品质量安全抽检合格率，截至目前各项任务进展顺利，部分指标已提前完成全年目标任务。"
)


def _spaced(text: str, width: int, indent: int = 0) -> str:
    """The paragraph as a PDF printed it at ``width`` characters, each line end turned into a space."""
    rows, start = [], 0
    first = width - indent
    while start < len(text):
        step = first if not rows else width
        rows.append(text[start : start + step])
        start += step
    return " ".join(rows)


@pytest.mark.parametrize(("text", "width", "indent"), [(RESOLUTION, 38, 0), (RESOLUTION, 33, 2), (BUREAU, 22, 0)])
def test_one_paragraph_with_its_wraps_at_whole_printed_lines_loses_them(text: str, width: int, indent: int) -> None:
    page = "关于计划的决议\n" + "\u3000" * indent + _spaced(text, width, indent) + "\n"
    assert document_width(page.split("\n")) is not None
    shown = clean(page).display_text
    assert text in shown.replace("\u3000", "")


def test_spaces_off_the_grid_in_one_paragraph_stay() -> None:
    text = RESOLUTION[:30] + " " + RESOLUTION[30:71] + " " + RESOLUTION[71:98] + " " + RESOLUTION[98:]
    assert document_width(["关于计划的决议", text]) is None
