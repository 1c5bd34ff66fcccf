"""Session 28d: a paper's year-and-result headline. A newspaper or portal printing a report (…政府工作报告(摘要), corpus
1654; …政府工作报告摘登, 240) sets the first part's headline right under the title, its date and source line or a kicker
between: the year the report reviews, then what it achieved (2019年高质量发展迈出坚实步伐). It titles the first part,
over the numbered sections that follow; a headline under no document title, or one holding a figure, stays a line."""

from __future__ import annotations

import pytest

from tests.models.ingest.outline_tree import tree

STATS = "预计实现地区生产总值4200亿元，增长6.1%；一般公共预算收入306.9亿元，增长1.8%；城镇登记失业率1.75%。"
PARA = "全年新签约亿元以上产业项目172个，制造业项目占比达85%，项目落地率、开工率同比明显提高，形成良好格局。"


def _report(title: str, between: list[str], headline: str) -> str:
    lines = [title, "", *between, headline, "", STATS, "", "一、过去的一年，我们狠抓项目，产业强市扎实推进", ""]
    lines += [PARA, "", "二、过去的一年，我们深化改革，发展活力持续增强", "", PARA]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("title", "between"),
    [
        ("张叶飞作政府工作报告(摘要)", ["2020-11-30 中共江苏省委新闻网", ""]),
        ("某某市长作政府工作报告（摘要）", ["2021年1月12日 某某日报", ""]),
        ("某某县2023年政府工作报告", []),
        ("为建设现代化新某某而努力奋斗——政府工作报告摘登", ["奋进新时代", ""]),
    ],
)
@pytest.mark.parametrize("headline", ["2019年高质量发展迈出坚实步伐", "2022年经济社会呈现新气象"])
def test_a_year_and_result_headline_under_the_title_heads_the_first_part(
    title: str, between: list[str], headline: str
) -> None:
    got = tree(_report(title, between, headline))
    assert got[0] == (1, "", headline)
    assert got[1][:2] == (2, "一、")
    assert got[2][:2] == (2, "二、")


def test_a_headline_under_no_document_title_is_the_pages_own() -> None:
    # a news item's headline (1834): the page's own title, no part of a report
    got = tree(_report("首页> 资讯中心> 天津> 正文", [], "2016年高新区经济发展再上新台阶"))
    assert got[0][:2] == (1, "一、")


def test_a_headline_holding_a_figure_is_no_part_title() -> None:
    got = tree(_report("某某市政府工作报告(摘要)", [], "2016年地区生产总值增长11.8%"))
    assert got[0][:2] == (1, "一、")


def test_a_date_line_under_the_title_is_no_headline() -> None:
    got = tree(_report("某某市政府工作报告(摘要)", [], "2020年1月8日在某某市第十届人民代表大会第五次会议上"))
    assert got[0][:2] == (1, "一、")
