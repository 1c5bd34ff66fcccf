"""An unnumbered heading the excerpt's end cuts on the text's last line is a heading as far as it goes (793
``2020年工作计``, 736 ``狠抓特色农``), when the title block names the part it begins or a parallel head stood
before it; a paragraph's first words cut the same way are not."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline


def _titles(text: str) -> list[str]:
    out: list[str] = []

    def walk(sections: object) -> None:
        for s in sections:  # type: ignore[attr-defined]
            out.append(s.title)
            walk(s.children)

    walk(build_outline(text))
    return out


def _plan(title: str, last: str) -> str:
    return "\n".join(
        [
            title,
            "一年来,在县委、县政府的正确领导下,我局紧紧围绕年初确定的目标任务,积极开展各项工作,取得了一定成效。",
            "工作重点",
            "一、完善基础设施建设",
            "全面完成年度建设任务,新建道路12公里,改造管网8公里,城乡面貌明显改善,群众满意度进一步提高。",
            "二、加强安全生产监管",
            "开展安全生产大检查三次,排查整改隐患120处,全年未发生较大以上安全事故,安全形势总体平稳。",
            last,
        ]
    )


@pytest.mark.parametrize(
    ("title", "last"),
    [
        ("乡镇2019年林业工作总结及2020年工作计划", "2020年工作计"),
        ("某县交通运输局2022年工作总结和2023年工作打算", "2023年工作打"),
        ("城关街道办事处二〇一八年工作总结暨二〇一九年工作思路", "二〇一九年工作思"),
    ],
)
def test_a_part_the_title_names_cut_on_the_last_line_is_a_heading(title: str, last: str) -> None:
    assert _titles(_plan(title, last))[-1] == last


@pytest.mark.parametrize(
    "last",
    [
        "2020年全镇共完成造",  # a paragraph's first words: the title names no such part
        "2020年工作计划",  # whole, not cut: the ordinary rules judge it (no prose after it)
    ],
)
def test_a_cut_last_line_the_title_does_not_name_is_no_heading(last: str) -> None:
    assert last not in _titles(_plan("乡镇2019年林业工作总结及2020年工作计划", last))


def _series(first: str, last: str) -> str:
    return "\n".join(
        [
            "某镇政府工作报告",
            "各位代表:现在,我代表镇人民政府向大会作工作报告,请予审议。",
            "一、过去五年工作回顾",
            "五年来,我们坚持以经济建设为中心,全镇经济社会发展取得了显著成绩,人民生活水平不断提高。",
            "(一)加快产业发展,经济实力显著提升",
            "五年来,地方财政收入累计3844.8万元,工业增加值累计5.3亿元,农民人均纯收入增长1.1倍。",
            first,
            "五年来,引进工业企业32家,其中规模以上企业4家,工业总产值达到13.9亿元,实现了规模企业零的突破。",
            last,
        ]
    )


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("强抓工业发展。", "狠抓特色农"),
        ("坚持工业强镇。", "坚持农业稳"),
        ("着力壮大园区经济", "着力发展现代服"),
    ],
)
def test_a_cut_last_line_parallel_to_a_head_before_it_is_a_heading(first: str, last: str) -> None:
    assert _titles(_series(first, last))[-1] == last


@pytest.mark.parametrize(
    "last",
    [
        "全年新增就业岗位",  # opens unlike the head before it: a paragraph's first words
        "2023年全镇实现地",
        "今年全镇实现地",  # (今年 after 全年…: the same 年, a time word, no parallel verb)
        "加大农业投",  # (加大 after 加快: a first character alike is too little)
    ],
)
def test_a_cut_last_line_unlike_the_heads_before_it_is_no_heading(last: str) -> None:
    first = {"今年全镇实现地": "全年工业提速。", "加大农业投": "加快工业转型。"}.get(last, "强抓工业发展。")
    assert last not in _titles(_series(first, last))


def test_a_cut_last_line_after_an_unfinished_paragraph_is_no_heading() -> None:
    text = _series("强抓工业发展。", "狠抓特色农").replace("零的突破。", "零的突破,")
    assert "狠抓特色农" not in _titles(text)


@pytest.mark.parametrize(
    ("title", "last"),
    [
        ("寻甸回族彝族自治县2021年政府工作报告", "寻甸回族彝族"),  # a name the title holds, no part it joins
        ("某市人民政府关于国民经济和社会发展统计公报", "经济和社会"),  # the 和 inside the phrase, not before it
        ("某市统计局全市“统计强基月”工作调研暨统计大讲堂", "“统计强基月”工作调研暨"),  # marks in the line
    ],
)
def test_the_title_names_no_part_the_line_opens(title: str, last: str) -> None:
    assert last not in _titles(_plan(title, last))


def test_a_line_of_marks_and_letters_is_no_cut_heading() -> None:
    assert "大会(h" not in _titles(_series("大力发展工业。", "大会(h"))
