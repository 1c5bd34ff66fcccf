"""A site's compilation of reports: its contents list of document titles leaves the body, a report's own stays."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.clean_compilation import compilation_contents
from models.ingest.clean_prelude import names_report
from tests.models.ingest._reading import display_lines as _lines

FIRST = (
    "某县农业局2024年工作要点\n"
    "2024年是实施“十四五”规划的攻坚之年，全县农业工作坚持稳中求进，努力办好让群众满意的事。\n"
    "一、稳定粮食生产\n"
    "全年粮食播种面积稳定在50万亩以上。\n"
)
CONTENTS = [
    "1.某县农业局2024年工作要点3",
    "2.某区农业局2024年工作要点11",
    "3.某市农业农村局2024年工作计划20",
]


def _page(label: str, entries: list[str], title: str = "农业局2024年工作要点汇编(3篇)") -> str:
    return "\n".join([title, label, *entries]) + "\n" + FIRST


@pytest.mark.parametrize("label", ["目录", "目 录", "目录 :", "【目录】", "目录："])
def test_the_contents_of_a_compilation_and_its_title_leave_the_body(label: str) -> None:
    result = clean(_page(label, CONTENTS))
    lines = _lines(_page(label, CONTENTS))
    assert lines[0] == "某县农业局2024年工作要点"
    assert not any("汇编" in ln or ln.startswith("2.") for ln in lines)
    assert "2.某区农业局2024年工作要点11" in result.chrome_lines  # still shown in 显示原文


@pytest.mark.parametrize(
    "entries",
    [
        ["1．某县农业局2024年工作要点……3", "2．某区农业局2024年工作要点……11"],  # full-width points, dot leaders
        ["一、某县农业局2024年工作要点", "二、某区农业局2024年工作计划"],  # Chinese numerals, no page numbers
        ["1.", "某县农业局2024年工作要点 3", "2.", "某区农业局2024年工作总结 11"],  # the number on a line of its own
        ["第一篇：某县农业局2024年工作要点", "第二篇：某区农业局2023年工作总结"],
        ["某县农业局2024年工作要点 3", "某区农业局2023年工作总结 11"],  # unnumbered
        ["1.某县农业局2024年工作要点", "2.某县农业局2024年工作要点"],  # two documents of one name
    ],
)
def test_contents_written_in_other_ways(entries: list[str]) -> None:
    lines = _lines(_page("目录", entries, title="整理农业局2024年工作要点"))
    assert lines[0] == "某县农业局2024年工作要点"
    assert "一、稳定粮食生产" in lines
    assert "目录" not in lines


def test_traditional_compilation_is_read_after_conversion() -> None:
    page = "農業局2024年工作要點彙編\n目錄\n1.某縣農業局2024年工作要點3\n2.某區農業局2024年工作計劃11\n" + FIRST
    assert _lines(page)[0] == "某县农业局2024年工作要点"


def test_a_reports_own_contents_list_stays() -> None:
    own = "某局2023年度部门决算\n目录\n第一部分 部门概况\n一、部门职责\n第二部分 部门决算表\n一、收入支出决算总表\n"
    text = own + "第一部分 部门概况\n一、部门职责\n负责全县农业工作的统筹规划，组织实施各项政策。\n"
    lines = _lines(text)
    assert lines[:3] == ["某局2023年度部门决算", "目录", "第一部分 部门概况"]


def test_contents_whose_first_document_never_follows_stay() -> None:
    """Without the first document after it, a list of report names is not evidently a compilation's."""
    text = (
        "目录\n1.某县农业局2024年工作要点\n2.某区农业局2024年工作计划\n"
        "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
    )
    assert "1.某县农业局2024年工作要点" in _lines(text)


def test_contents_listing_parts_of_one_report_stay() -> None:
    """A 解读 series lists parts (``之一:2022年工作``), not documents."""
    lines = [
        "目录",
        "1.解读政府工作报告之一:2022年工作",
        "2.解读政府工作报告之二:2023年目标",
        "解读政府工作报告之一:2022年工作",
    ]
    assert compilation_contents(lines, names_report) == set()


def test_a_cut_excerpt_and_a_one_line_page_degrade_to_keeping_the_text() -> None:
    page = _page("目录", CONTENTS)
    for variant in (page[:60], page.replace("\n", " ")):
        result = clean(variant)
        assert result.display_text.replace(" ", "")  # never empty, never raises
    assert "全年粮食播种面积" in clean(page.replace("\n", " ")).display_text


def test_a_reports_own_contents_naming_the_parts_of_its_title_stays() -> None:
    # an integration case found when the metadata and cleaning work met: the report's own title joins
    # its two parts, and its contents list names those parts; nothing here is a site's compilation
    text = (
        "某市教育局2023年工作总结和2024年工作要点\n目录\n1.2023年工作总结\n2.2024年工作要点\n2023年工作总结\n"
        "2023年,全市教育系统坚持立德树人,各项工作取得新进展。\n2024年工作要点\n2024年,要持续推进教育高质量发展。\n"
    )
    cleaned = clean(text)
    assert "某市教育局2023年工作总结和2024年工作要点" in cleaned.display_text
    assert "2.2024年工作要点" in cleaned.display_text


@pytest.mark.parametrize("label", ["篇一", "篇1", "【篇一】", "篇二:"])
def test_a_farms_piece_number_alone_on_its_line_leaves_the_body(label: str) -> None:
    page = (
        "乡镇应急管理年度工作总结范文参考(三篇)\n发布时间:2023-11-14 15:22:49\n\n"
        + label
        + "\n\n近年来,在县委、政府的正确领导下,我镇应急管理工作扎实有效地开展,取得了一定成效。\n一、主要工作\n"
    )
    result = clean(page)
    assert label not in result.display_text.split("\n")
    assert label in result.chrome_lines
    assert "一、主要工作" in result.display_text.split("\n")


ONE_LINE = (
    "老金范文,海量公文素材资料,下载网址:www.example.com 农业局2024年工作要点汇编(3篇) 目录 "
    "1. 某县农业局2024年工作要点 3 2.某区农业局2024年工作要点 11 3.某市农业农村局2024年工作计划 20 "
    "某县农业局2024年工作要点 2024年是实施“十四五”规划的攻坚之年，全县农业工作坚持稳中求进，努力办好让群众满意的事。"
    "一、稳定粮食生产 全年粮食播种面积稳定在50万亩以上。\n"
)


def test_a_one_line_compilations_contents_leave_the_body() -> None:
    # a farm's compilation flattened to one line (1006, 1129): its 目录 and entries with page numbers are the site's
    display = clean(ONE_LINE).display_text
    assert "目录" not in display and "汇编(3篇)" not in display
    assert "11" not in display and "3.某市" not in display
    assert "某县农业局2024年工作要点 2024年是实施" in display.replace("\n", " ")
    assert "全年粮食播种面积稳定在50万亩以上。" in display


def test_a_one_line_reports_own_contents_stay() -> None:
    # a report's own contents list (its parts, not other documents) stays, one line or not
    own = (
        "某县2021年度部门决算公开说明 目录 1. 部门概况 2 2.收入决算情况说明 5 3.支出决算情况说明 8 "
        "部门概况 本部门主要职责是负责全县农业农村工作，统筹推进乡村振兴。\n"
    )
    assert "2.收入决算情况说明 5" in clean(own).display_text
