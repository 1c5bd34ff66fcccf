"""The title of a document a page reprints after its own lead-in (…详情如下：) heads the document's sections, as the
embedded document's title does after a 印发 notice (session 18's discovery set, 1660)."""

from __future__ import annotations

from tests.models.ingest.outline_tree import tree

TITLE = "某市人民政府关于2022年大气污染防治专项审计调查发现问题整改情况的函"
BODY = (
    "自治区审计厅:\n《专项审计调查报告》通报了全区大气污染防治专项审计调查情况,我市高度重视,现将整改情况函告如下:\n"
    "一、总体情况\n为切实抓好存在问题整改,我市及时制定印发了整改方案,明确每个问题的整改措施、整改时限和责任单位。\n"
    "二、具体整改情况\n(一)部分年度空气质量约束性指标任务未完成。\n该问题已完成整改。\n"
)


def test_the_reprinted_documents_title_heads_its_sections() -> None:
    text = TITLE + ",日前,某市人民政府发布关于2022年大气污染防治专项审计调查发现问题整改情况的函,详情如下:\n"
    got = tree(text + TITLE + "\n" + BODY)
    assert got[:3] == [(1, "", TITLE), (2, "一、", "总体情况"), (2, "二、", "具体整改情况")]


def test_a_line_the_headline_does_not_name_is_no_reprinted_title() -> None:
    text = "某市发布整改情况,详情如下:\n" + TITLE + "\n" + BODY
    assert (1, "", TITLE) not in tree(text)
