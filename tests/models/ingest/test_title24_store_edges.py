"""What a doc store or farm wraps round a report's title (session 24): the store's page number before its first line
(2072 `1 2021 年…`), its note `供借鉴` set off by a space (2072, as 070 glued), a file name's copy number before
its extension (2073 `…工作总结(二).doc`, 2075 `…报告 (2).doc`)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_candidates import title_text


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("1 2021 年农业农村局上半年工作总结及下步计划 供借鉴", "2021 年农业农村局上半年工作总结及下步计划"),
        ("3 2019年某县林业局工作总结", "2019年某县林业局工作总结"),
        ("应急管理局2023年工作总结和2024年工作计划供借鉴", "应急管理局2023年工作总结和2024年工作计划"),
        ("某区科技局2020年工作要点 (供参考)", "某区科技局2020年工作要点"),
        ("上半年林业局工作总结(二).doc", "上半年林业局工作总结"),
        ("2022县林业局上半年工作总结报告 (2).doc", "2022县林业局上半年工作总结报告"),
        ("某镇政府工作报告(三).docx", "某镇政府工作报告"),
    ],
)
def test_a_stores_additions_round_the_title_go(line: str, title: str) -> None:
    assert title_text(line)[0] == title


@pytest.mark.parametrize(
    "line",
    [
        "2019年全县经济运行分析(二)",  # a series' own number, no file name after it
        "10 万吨秸秆综合利用项目实施方案",  # a figure the copy spaced, not a page number
        "2021 年农业农村局上半年工作总结",  # a spaced year
        "关于某县2020年工作情况的报告(一)",
    ],
)
def test_what_belongs_to_the_title_stays(line: str) -> None:
    assert title_text(line)[0] == line


def test_a_published_reports_name_with_a_hijackers_domain_gives_no_title() -> None:
    from models.ingest.metadata_titles import sent_document

    hijacked = "现公布puroview.com委农办(县农业局)2016年政府信息公开工作年度报告。本年报由概述等部分组成。"
    assert sent_document([hijacked]).value is None
    clean = "现公布云浮市人民政府办公室2019年政府信息公开工作年度报告。本年报由概述等部分组成。"
    assert sent_document([clean]).value == "云浮市人民政府办公室2019年政府信息公开工作年度报告"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("2024年度工业园区工作总结和工作思路(精选文档)", "2024年度工业园区工作总结和工作思路"),
        ("有关开发区上半年工作总结及下半年计划", "开发区上半年工作总结及下半年计划"),
        ("有關開發區上半年工作總結及下半年計劃", "開發區上半年工作總結及下半年計劃"),
        ("有关某镇2019年工作总结", "某镇2019年工作总结"),
    ],
)
def test_a_farms_badge_and_its_about_word_go(line: str, title: str) -> None:
    assert title_text(line)[0] == title


@pytest.mark.parametrize("line", ["有关部门2020年工作总结", "有关情况的报告", "关于某县2020年工作情况的报告"])
def test_a_noun_with_youguan_stays(line: str) -> None:
    assert title_text(line)[0] == line
