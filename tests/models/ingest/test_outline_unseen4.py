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
