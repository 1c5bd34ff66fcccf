"""Titles and dates session 28b: a newspaper page's issue line (`闽南日报/2024 年/4 月/1 日/第 004 版专题`, 2420, 1820)
dates an item that gives no day of its own; a headline over a reporter's byline line (`本报记者 林露 通讯员 周菁菁`)
is the paper's news item, no title, unless it names a report."""

from __future__ import annotations

import pytest

from models.ingest import parse_raw
from models.ingest.metadata_candidates import title_text
from models.ingest.metadata_header import paper_issue_date
from models.ingest.read import RawText
from models.ingest.title_news import bylined_headline


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("闽南日报/2024年/4月/1日/第 004 版专题", "2024-04-01"),
        ("闽南日报/2025 年/2 月/5 日/第 002 版要闻", "2025-02-05"),
        ("人民日报 2024年3月6日 星期三 第02版", "2024-03-06"),
        ("湖北日报|2023年1月5日|第3版 要闻", "2023-01-05"),
    ],
)
def test_a_papers_issue_line_gives_its_day(line: str, iso: str) -> None:
    assert paper_issue_date([line, "某某标题"]) == iso


@pytest.mark.parametrize(
    "line",
    ["2024年4月1日 第004版", "本报讯 2024年4月1日,市国资委召开第4版会议", "某市日报社2024年4月1日发布"],
)
def test_no_issue_line_no_day(line: str) -> None:
    assert paper_issue_date([line]) is None


HEAD = ["深化改革风帆劲 擎起龙头破浪行", "——我市推动市属国企高质量发展综述"]


@pytest.mark.parametrize(
    "byline", ["本报记者 林露 通讯员 周菁菁", "记者 张三 实习生 李四", "本报记者 王五", "日报记者 赵六、钱七"]
)
def test_a_headline_over_a_reporters_byline_is_no_title(byline: str) -> None:
    assert bylined_headline("".join(HEAD), ["闽南日报/2024年/4月/1日/第004版", *HEAD, byline, "2023年,全市…"])


@pytest.mark.parametrize("byline", ["本报记者 林露 摄", "记者:2013年,全县工业经济持续快速发展"])
def test_a_photo_credit_or_an_interviews_question_is_no_byline(byline: str) -> None:
    assert not bylined_headline("".join(HEAD), [*HEAD, byline, "2023年,全市…"])


def test_a_headline_naming_a_report_keeps_its_title() -> None:
    assert not bylined_headline("某市2023年政府工作报告", ["某市2023年政府工作报告", "本报记者 林露", "各位代表:"])


def test_the_item_is_dated_by_its_issue_and_untitled() -> None:
    opening = "2023年市属国资国企累计完成项目投资376.03亿元,完成年度计划的107.23%。"
    head = ["漳州日报/2024 年/4 月/1 日/第 004 版专题", *HEAD, "本报记者 林露 通讯员 周菁菁"]
    text = "\n".join([*head, opening, "强化党建引领 提升向心力", "坚持党的领导、加强党的建设,是国有企业的光荣传统。"])
    meta = parse_raw(RawText(text, "utf-8", "txt", ""), "item.txt").metadata
    assert (meta.title, meta.date) == (None, "2024-04-01")


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("县妇联年终工作总结范文大纲", "县妇联年终工作总结"),
        ("某镇2019年上半年工作计划范文提纲", "某镇2019年上半年工作计划"),
        ("区团委工作报告范例大纲", "区团委工作报告"),
    ],
)
def test_a_farms_outline_word_after_its_sample_word_is_cut(label: str, title: str) -> None:
    assert title_text(label)[0] == title


def test_an_own_outline_title_keeps_its_word() -> None:
    assert title_text("某县十四五规划纲要提纲")[0] == "某县十四五规划纲要提纲"
