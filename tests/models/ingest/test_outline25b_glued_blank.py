"""A first heading glued to a title's end in a PDF copy keeps the copy's blank after its label (2148: …工作思路一、
2019年工作总结2019年紧紧围绕…): the blank is typography, as around figures; variants for other years, labels and
offices written here."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


@pytest.mark.parametrize(
    ("title", "label", "heading"),
    [
        ("市交通运输局2019年工作总结和2020年工作思路", "一、 ", "2019年工作总结"),
        ("某县林业局2022年工作总结", "一、 ", "2022年工作完成情况"),
        ("某区统计局2023年上半年工作总结", "一、\u3000", "上半年工作开展情况"),
    ],
)
def test_a_glued_first_heading_with_a_blank_after_its_label_is_read(title: str, label: str, heading: str) -> None:
    text = f"{title}\n\n{title}{label}{heading}2019年紧紧围绕市委市政府决策部署,各项工作稳步推进。\n\n"
    text += "(一)交通建设有力推进。" + PARA * 3 + "\n\n(二)民生交通喜获丰收。" + PARA * 3
    got = flat(text)
    assert (1, label.strip(), heading) in got
    assert (2, "(一)", "交通建设有力推进") in got
    assert (2, "(二)", "民生交通喜获丰收") in got
