"""A figure digest's run-in heads (``【4700亿元】预计…``, ``【94%】…``): each paragraph opened by the figure it tells
of in 【】 is an unnumbered heading, as a yearbook's 【概况】 is; a bare number in brackets (a note's 【1】), a date
or a lone figure is none."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.outline import build_outline

BODY = "全市上下齐心协力,各项工作稳步推进,群众满意度持续提升,社会大局保持稳定,发展质量效益不断提高。"


def heads(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def test_a_figure_digest_heads_each_paragraph_with_its_figure() -> None:
    text = "\n".join(
        [
            "昨日,市长向市人大会议作政府工作报告。报告中的数字,展示了全市发展的轨迹。",
            "【3820亿元】预计全市生产总值3820亿元,增长9.5%。" + BODY,
            "【96.5%】城市空气质量优良率96.5%。" + BODY,
            "【1.2万个】新增中小学学位1.2万个。" + BODY,
            "【58万人】解决58万农村人口饮水安全问题。" + BODY,
        ]
    )
    assert heads(text) == [("", "3820亿元"), ("", "96.5%"), ("", "1.2万个"), ("", "58万人")]


@given(st.sampled_from(["亿元", "万吨", "公里", "%", "万平方米", "辆", "所"]), st.integers(2, 9999))
def test_any_figure_and_unit_heads_the_digest(unit: str, value: int) -> None:
    text = "\n".join([f"【{value}{unit}】" + BODY, f"【{value + 1}{unit}】" + BODY, f"【{value + 2}{unit}】" + BODY])
    assert [t for _, t in heads(text)] == [f"{value}{unit}", f"{value + 1}{unit}", f"{value + 2}{unit}"]


def test_bracketed_note_numbers_and_dates_are_no_heads() -> None:
    text = "\n".join(["【1】" + BODY, "【2】" + BODY, "【2023-05-06】" + BODY, "【2023-05-07】" + BODY])
    assert heads(text) == []


def test_a_lone_bracketed_figure_is_left_alone() -> None:
    assert heads("\n".join(["【4700亿元】" + BODY, BODY])) == []
