"""Outline families found on the discovery set 1161–1200 (sets 72–75): each test is a short made-up text of the
family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_numbered_heading_run_into_a_paragraph_opening_with_its_period_ends_before_the_period() -> None:
    # an economic release whose paragraphs open 上半年,/上半年全县 glued after a short title with no punctuation
    lines = ["某县上半年经济运行情况", "今年以来,全县经济运行总体平稳。"]
    lines += ["一、农业生产稳步提升上半年全县农林牧渔业总产值14.5亿元,同比增长7.8%,实现增加值8.2亿元。"]
    lines += ["二、工业生产恢复加快上半年,全县规模以上工业总产值同比增长33.0%,工业增加值同比增长30.2%。"]
    lines += ["三、投资保持稳定增长前三季度,全县固定资产投资同比增长12.4%,其中项目投资增长10.1%。"]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "农业生产稳步提升"), (1, "二、", "工业生产恢复加快"), (1, "三、", "投资保持稳定增长")]


def test_a_title_naming_its_half_year_keeps_it() -> None:
    # the period inside a title (2021年上半年…, 县农业局上半年改革工作总结) is not the paragraph's opening
    lines = ["一、2021年上半年全县经济运行情况", "全县经济运行总体平稳,主要指标好于预期,发展质量稳步提升。"]
    lines += ["二、县农业局上半年改革工作总结", "全局上下紧紧围绕改革目标,扎实推进各项工作任务落实。"]
    got = flat("\n".join(lines))
    assert (1, "一、", "2021年上半年全县经济运行情况") in got
    assert (1, "二、", "县农业局上半年改革工作总结") in got


def test_two_clause_headline_lines_in_a_series_between_paragraphs_of_a_release_are_headings() -> None:
    # an economic release with no numbered headings: short two-clause lines (农业生产良好,产值平稳增长) each alone
    # between paragraphs of figures
    para = "前三季度,全区农林牧渔业总产值5.48亿元,同比增长6.2%,其中农林牧渔专业及辅助性活动产值达0.36亿元。"
    lines = ["今年以来,全区上下认真落实各项稳增长举措,主要经济指标回升向好,经济运行稳中有进。"]
    lines += ["农业生产良好,产值平稳增长", para, "工业经济积极因素显现,降幅连续收窄", para]
    lines += ["固定资产投资持续低位,下行压力加大", para, "消费品市场稳步恢复,预期向好", para]
    got = flat("\n".join(lines))
    assert got == [
        (1, "", "农业生产良好,产值平稳增长"),
        (1, "", "工业经济积极因素显现,降幅连续收窄"),
        (1, "", "固定资产投资持续低位,下行压力加大"),
        (1, "", "消费品市场稳步恢复,预期向好"),
    ]


def test_one_two_clause_line_between_paragraphs_is_no_heading() -> None:
    # a single short line with a comma between paragraphs is a sentence fragment, not a series of headlines
    para = "前三季度,全区农林牧渔业总产值5.48亿元,同比增长6.2%,其中农林牧渔专业及辅助性活动产值达0.36亿元。"
    lines = ["今年以来,全区上下认真落实各项稳增长举措,主要经济指标回升向好。", para, "总的来看,形势稳中向好"]
    lines += [para, para]
    assert flat("\n".join(lines)) == []


def test_an_unlabelled_contents_list_the_excerpt_ends_inside_gives_no_headings() -> None:
    # a 决算 page that stores only its contents (no 目录 label): parts and numbered entries, no prose to the end
    lines = ["2021年度", "某街道办事处部门决算", "第一部分 单位概况", "一、部门职责", "二、机构设置"]
    lines += ["第二部分 2021年度部门决算表", "一、收入支出决算总表", "二、收入决算表", "三、支出决算表"]
    lines += ["第三部分 2021年度部门决算情况说明", "一、收入支出决算总体情况说明", "二、收入决算情况说明"]
    lines += ["三、支出决算情况说明", "四、其他重要事项的情况说明"]
    assert flat("\n".join(lines)) == []


def test_a_short_sentence_alone_where_a_run_skips_a_number_is_the_lost_item() -> None:
    # (二) lost: 机构设置。 alone on its line after (一)'s numbered items, (三) after it
    para = "街道统一设置党政内设机构8个,即党政办公室、党群工作办公室、经济发展办公室等。"
    lines = ["某街道办事处2021年度部门决算情况说明", "一、部门基本情况", "(一)职能职责。"]
    lines += ["1.贯彻执行党的路线、方针、政策和国家的各项法律、法规。", "2.关注和改善民生,加快社会事业发展。"]
    lines += ["机构设置。", para, "(三)单位构成。", para]
    got = flat("\n".join(lines))
    assert (2, "", "机构设置") in got
    assert (2, "(三)", "单位构成") in got
