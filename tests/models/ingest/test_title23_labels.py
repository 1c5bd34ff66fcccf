"""Labels over a report that do or do not name it (session 23): a year and place before the kind in book marks name the
report (1996 `2012年苍山县两会《政府工作报告》`); a party committee's name over a text accounting to the people's
congress lies about its body (1929 `市委工作回顾与计划`); a report's own opening paragraph is no news lead, so the
first heading under it is no title (2065 `主要工作完成情况`)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_candidates import title_score
from models.ingest.metadata_titles import after_news_lead
from models.ingest.title_contradicted import label_contradicted


@pytest.mark.parametrize(
    "label",
    [
        "2012年苍山县两会《政府工作报告》",
        "2019年某市《政府工作报告》",
        "2021年度某区发改局《工作总结》",
        "2016年乌兰察布市两会《政府工作报告》",
    ],
)
def test_a_year_and_place_before_the_kind_in_book_marks_names_a_report(label: str) -> None:
    assert (title_score(label) or 0) >= 4


GOVERNMENT = [
    "一、年工作回顾",
    "年是极不寻常的一年。全市人民团结一心,圆满完成了市四届人大五次会议确定的各项目标任务。",
    "(一)经济平稳较快发展。全年实现生产总值7806.5亿元,增长12.1%。",
]


@pytest.mark.parametrize(
    "label",
    ["市委工作回顾与计划", "中共某县委2020年工作总结", "某镇党委2019年工作报告", "县委工作报告"],
)
def test_a_party_committees_name_over_a_governments_account_is_a_wrong_label(label: str) -> None:
    assert label_contradicted(label, GOVERNMENT)


def test_a_party_committees_report_to_its_own_congress_keeps_its_label() -> None:
    party = ["过去五年,全市各级党组织认真贯彻市第十二次党代会精神,完成了市人大确定的目标任务。"]
    assert not label_contradicted("市委工作报告", party)


@pytest.mark.parametrize("label", ["市发改委2020年工作总结", "县教委工作计划", "市政府工作回顾与计划"])
def test_a_government_bodys_label_stands(label: str) -> None:
    assert not label_contradicted(label, GOVERNMENT)


def test_a_reports_own_opening_is_no_news_lead() -> None:
    lines = [
        "二〇一一年是实施规划的开局之年,也是我县推进经济社会转型跨越、先行发展的重要一年,圆满完成了各项工作任务。",
        "主要工作完成情况",
        "一、万亩高标准农田建设按任务完成。",
    ]
    assert after_news_lead(lines).value is None


def test_a_news_lead_keeps_the_title_under_it() -> None:
    lines = [
        "7月22日,省统计局举行新闻发布会,介绍全省上半年国民经济运行情况,新闻发言人回答了记者提问。",
        "2022年上半年全省国民经济运行情况",
        "上半年,全省经济运行稳中有进。",
    ]
    assert after_news_lead(lines).value == "2022年上半年全省国民经济运行情况"


def test_a_notices_addressees_keep_the_title_of_what_it_sends() -> None:
    lines = [
        "各乡镇人民政府,各园区(街道)管委会(办事处),市各委、办、局(公司),市各直属单位:",
        "某市人力资源和社会保障事业“十四五”发展规划已经市政府同意,现予印发,请遵照执行。",
        "某市人力资源和社会保障事业“十四五”发展规划",
        "一、发展基础",
    ]
    assert after_news_lead(lines).value is not None
