"""Headings that run into their paragraph with no punctuation between them (first-seen sets 13-14): the title
ends where the body evidently starts. Each test is a short made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.ingest.outline_runin import body_start
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"
OPENING = (
    "某镇2022年上半年工作总结 "
    + "今年以来，在县委、县政府的正确领导下，全镇上下凝心聚力，各项工作有序推进。现将有关情况汇报如下: "
)


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_section_title_ending_with_its_word_then_a_clause_ends_at_the_word() -> None:
    text = OPENING + "一、乡基本情况全乡位于县城西南部,距县城二十公里,下辖八个行政村。" + PARA
    text += "二、半年工作开展情况巩固脱贫攻坚成果与乡村振兴有效衔接持续发力。" + PARA * 3
    got = flat(text)
    assert (1, "一、", "乡基本情况") in got
    assert (1, "二、", "半年工作开展情况") in got


def test_a_year_opening_the_paragraph_ends_the_title_before_it() -> None:
    text = "某县统计公报 " + PARA + "一、综合2020年末,全县户籍人口147.8万人,比上年增加1.2万人。" + PARA * 8
    assert flat(text) == [(1, "一、", "综合")]


def test_a_title_that_goes_on_with_a_connective_or_a_comma_is_left_whole() -> None:
    s = "工作情况和存在的主要问题分析如下"
    assert body_start(s, 0, len(s)) == len(s)
    s = "根据项目成熟情况，可以在年内提请审议的法规预备项目"
    assert body_start(s, 0, len(s), run_on=False) == len(s)
    s = "回顾2021年,城管工作在善作善成中交出满意答卷"
    assert body_start(s, 0, len(s)) == len(s)
    s = "深入实施消费新政,到2025年,社会消费品零售总额达到3.5万亿元"
    assert body_start(s, 0, len(s)) == len(s)


def test_a_heading_line_joined_to_its_paragraph_ends_at_the_section_word() -> None:
    lines = [
        "某区林业局2012年工作汇报",
        PARA,
        "一、林业发展概况在县委、县政府的正确领导下,全县林业工作不断取得新成就。" + PARA,
    ]
    lines += ["二、存在的问题", PARA]
    got = flat("\n".join(lines))
    assert (1, "一、", "林业发展概况") in got
    assert (1, "二、", "存在的问题") in got


def test_an_ocr_read_first_subheading_runs_on_after_its_parent_title() -> None:
    # (一) read by OCR as (-), glued to the parent's title in a doc store's one-line chunk
    text = OPENING + "一、工作开展情况(-)坚守第一道防线,全方位做好气象服务保障。" + PARA * 3
    text += " (二)全力应对高温干旱天气。" + PARA * 2
    assert flat(text) == [
        (1, "一、", "工作开展情况"),
        (2, "(-)", "坚守第一道防线,全方位做好气象服务保障"),
        (2, "(二)", "全力应对高温干旱天气"),
    ]


def test_a_first_heading_glued_to_the_title_may_open_with_its_year() -> None:
    text = "某局2023年工作总结一、2023年工作完成情况2023年以来,全局上下扎实工作。" + PARA * 4
    text += "二、存在的问题。" + PARA * 3
    got = flat(text)
    assert (1, "一、", "2023年工作完成情况") in got
    assert (1, "二、", "存在的问题") in got


def test_a_line_naming_the_first_part_its_title_joins_heads_that_part() -> None:
    lines = ["某区司法局2022年工作总结和2023年工作要点", "某区司法局2022年工作总结", PARA * 2]
    lines += ["一、三级联动,法治建设同频一体推进", PARA, "二、多元化解,矛盾纠纷有效化解", PARA]
    assert flat("\n".join(lines)) == [
        (1, "", "某区司法局2022年工作总结"),
        (2, "一、", "三级联动,法治建设同频一体推进"),
        (2, "二、", "多元化解,矛盾纠纷有效化解"),
    ]
    # a second title line that is no part of the first stays out of the outline
    lines[1] = "某区司法局"
    assert flat("\n".join(lines))[0] == (1, "一、", "三级联动,法治建设同频一体推进")
