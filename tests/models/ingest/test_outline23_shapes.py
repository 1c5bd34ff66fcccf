"""Shapes of session 23's discovery sets, written afresh for other places, offices and years: a dash-led review theme
naming its year (2003), a photo's caption with its credit (2058; 1693, 1220), a speaker's spoken transition
(2062 首先，我简要报告…), a named series of heads (2039 亮点一：)."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成地区生产总值556.4亿元,增长5.2%,总量继续排名第一;规模以上工业增加值增长14.5%,完成固定资产投资141.6亿元。"
OPENING = "在市委、市政府的坚强领导下,我们坚持稳中求进工作总基调,全面完成了年初确定的目标任务,经济社会发展取得新成效。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


@pytest.mark.parametrize(
    "theme",
    [
        "2009年,是我区保增长目标任务圆满完成,经济持续快速健康发展的一年",
        "2018年，是我县脱贫攻坚取得决定性进展，城乡面貌显著改善的一年",
        "2021年,是我镇产业转型步伐明显加快的一年",
    ],
)
def test_a_dash_led_year_theme_alone_on_its_line_is_a_subhead(theme: str) -> None:
    lines = ["各位代表:", "我代表区人民政府向大会作政府工作报告,请予审议。", "2009年工作回顾", OPENING]
    lines += ["——" + theme, "全区经济保持快速增长。" + PARA, "主要经济指标继续领先全市。" + PARA]
    got = flat("\n".join(lines))
    assert [(lv, t.replace("，", ",")) for lv, _, t in got] == [(1, "2009年工作回顾"), (2, theme.replace("，", ","))]


def test_a_dash_led_year_sentence_stays_a_lead_in() -> None:
    lines = ["各位代表:", "我代表区人民政府向大会作政府工作报告,请予审议。", "2009年工作回顾", OPENING]
    lines += ["——2009年,是我区保增长目标任务圆满完成的一年。" + PARA, PARA]
    assert [t for _, _, t in flat("\n".join(lines))] == ["2009年工作回顾"]


@pytest.mark.parametrize(
    "caption",
    [
        "新闻发布会现场(通讯员供图)",
        "发布会现场(记者 杨飞 摄)",
        "会议现场（王明 摄）",
        "项目建设现场（图片来源：县融媒体中心）",
    ],
)
def test_a_photo_caption_with_its_credit_is_no_heading(caption: str) -> None:
    lines = ["8月1日,某市政府新闻办召开新闻发布会,介绍2022年全市生态环境保护的整体情况。", caption]
    lines += ["据某市生态环境局局长介绍," + PARA, PARA]
    assert flat("\n".join(lines)) == []


@pytest.mark.parametrize(
    "aside",
    ["首先,我简要报告新冠肺炎疫情防控情况。", "首先，我先汇报一下防汛救灾工作。", "下面,我就今年的工作讲几点意见。"],
)
def test_a_speakers_transition_in_a_copy_run_together_is_no_heading(aside: str) -> None:
    text = "政府工作报告   各位代表:   现在,我代表县人民政府,向大会报告工作,请予审议。   " + aside + "   "
    text += (PARA * 3 + "   ") * 2
    assert flat(text) == []


def test_a_part_announced_without_a_speaker_stays_a_heading() -> None:
    lines = [
        "各位代表：",
        "现在，我代表国务院，向大会作政府工作报告，请予审议。",
        "首先报告２００１年的工作",
        PARA,
        PARA,
    ]
    lines += ["一、加强农业基础地位", PARA, "二、推进结构调整", PARA]
    assert next(t for _, _, t in flat("\n".join(lines))) == "首先报告２００１年的工作"


@pytest.mark.parametrize(
    ("noun", "titles"),
    [
        ("亮点", ["招商引资零突破。", "新农村建设显雏形。", "产业布局大调整。"]),
        ("举措", ["深化放管服改革", "优化营商环境"]),
        ("特色", ["打造夏橙产业带：", "发展乡村旅游："]),
    ],
)
def test_a_series_named_by_one_noun_is_numbered_heads(noun: str, titles: list[str]) -> None:
    numerals = "一二三四五"
    lines = ["某乡2013年工作总结", OPENING, "一、发展亮点精彩纷呈。"]
    for k, title in enumerate(titles):
        lines += [f"{noun}{numerals[k]}：{title}", PARA]
    lines += ["二、存在的问题", PARA]
    got = flat("\n".join(lines))
    heads = [(2, f"{noun}{numerals[k]}", t.rstrip("。：")) for k, t in enumerate(titles)]
    assert got == [(1, "一、", "发展亮点精彩纷呈"), *heads, (1, "二、", "存在的问题")]


@pytest.mark.parametrize("noun", ["图表", "专栏", "附件", "篇"])
def test_figures_boxes_and_attachments_numbered_so_are_no_series(noun: str) -> None:
    lines = ["某县2013年统计公报", OPENING, f"{noun}一：生产总值及增长率", PARA, f"{noun}二：产业结构", PARA]
    assert all(not label.startswith(noun) for _, label, _ in flat("\n".join(lines)))


def test_a_lone_named_head_is_no_series() -> None:
    lines = ["某乡2013年工作总结", OPENING, "一、发展亮点精彩纷呈。", "亮点一：招商引资零突破。", PARA, PARA]
    assert [label for _, label, _ in flat("\n".join(lines))] == ["一、"]


@pytest.mark.parametrize("item", ["1完善产业发展规划。围绕推动", "1加快重点项目建设。", "1稳住农业基本盘。今年"])
def test_a_glued_item_on_the_last_line_of_a_cut_excerpt_is_a_heading(item: str) -> None:
    lines = ["某高新区2016年工作要点", OPENING, "一、着力构建产业新体系,引领产业集聚集群发展", OPENING, item]
    got = flat("\n".join(lines))
    assert got[-1][:2] == (3, "1") or got[-1][:2] == (2, "1")
    assert got[-1][2] == item[1:].split("。")[0]


def test_a_count_on_the_last_line_is_no_item() -> None:
    lines = [
        "某高新区2016年工作要点",
        OPENING,
        "一、着力构建产业新体系,引领产业集聚集群发展",
        OPENING,
        "3县区完成目标任务。",
    ]
    assert [label for _, label, _ in flat("\n".join(lines))] == ["一、"]


REVIEW = ["各位代表:", "我代表县人民政府向大会作政府工作报告,请予审议。", "2019年工作回顾", OPENING]


@pytest.mark.parametrize(
    ("before", "last"),
    [
        ("今年经济社会发展的主要预期目标是:", "——地区生产总值增长7%左右"),  # a target list's first item
        ("回顾这一年,我们喜事连连。", "——发展步伐持续加快,开启了转型跨越的崭新局面"),  # after a sentence (1519)
        ("具体实现三个方面目标:", "——聚焦高质高效,现代农业发展实现新跃升"),  # cut by the excerpt (1321, 1519 ruling)
    ],
)
def test_a_dash_led_last_line_of_a_cut_excerpt_is_no_heading(before: str, last: str) -> None:
    assert flat("\n".join([*REVIEW, before, last])) == [(1, "", "2019年工作回顾")]
