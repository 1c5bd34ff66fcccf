"""Cleaning by family (session 22, issue 17): an encyclopedia entry's infobox that places, dates by year and sums up
its article, and the lead abstract over it (disc22 1920; corpus 675, 939, 1822)."""

from __future__ import annotations

from models.ingest.chrome_bundles import compilation_label
from models.ingest.clean import clean
from tests.models.ingest._reading import kept_lines as _lines

_PARA = "2023年,全市地区生产总值完成1200亿元,同比增长5.5%,规模以上工业增加值增长6.1%,固定资产投资增长4.2%。"
_PARA2 = "今年工作的总体要求是:坚持稳中求进工作总基调,全面贯彻新发展理念,推动经济社会高质量发展,确保完成全年目标任务。"
_ABSTRACT = "2023年是极不平凡的一年,也是我市应对各种风险挑战取得显著成效的一年。"


def _entry(rows: list[str], *, abstract: str = _ABSTRACT, opening: str = "各位代表:") -> str:
    report = [opening, "现在,我代表市人民政府,向大会报告工作,请予审议。", _PARA, _PARA2]
    return "\n".join([abstract, "基本介绍", *rows, *report])


def test_an_infobox_placing_and_summing_up_the_article_leaves() -> None:
    for rows in (
        ["- 中文名:2024年某省政府工作报告", "- 时间:2024年", "- 地址:某省", "- 内容:积极应对风险挑战"],
        ["  • 中文名:某市2014年政府工作报告", "  • 地点:某市", "  • 发布时间:2014", "  • 类别:政府工作报告"],
        ["• 中文名:某县2019年政府工作报告", "• 所在地区:某县", "• 主要内容:回顾工作部署任务"],
    ):
        lines = _lines(_entry(rows))
        keys = ("时间", "地址", "地点", "内容", "发布时间", "类别", "所在", "主要")
        assert not any(line.lstrip("-•· ").startswith(keys) for line in lines), lines
        assert _PARA in lines and "各位代表:" in lines


def test_an_infobox_giving_a_field_of_the_document_stays_whole() -> None:
    fields = ("- 汇报单位:某县人民政府", "- 报告时间:2003年12月25日", "- 发文字号:某发〔2021〕3号", "- 发文机关:某局")
    for field in fields:
        rows = ["- 中文名:2004年某县政府工作报告", "- 地址:某县", field]
        display = clean(_entry(rows)).display_text
        assert field.lstrip("- ") in display and "地址:某县" in display, field


def test_the_abstract_over_the_infobox_leaves_when_the_report_opens_below_it() -> None:
    rows = ["- 中文名:2024年某省政府工作报告", "- 时间:2024年"]
    lines = _lines(_entry(rows))
    assert _ABSTRACT not in lines and _PARA in lines


def test_the_abstract_over_the_infobox_stays_when_it_is_the_texts_own_opening() -> None:
    # the entry's text below the box runs on from it (a plan's preface, a summary's first sentence: 973, 1369)
    rows = ["  • 中文名:2009年某街道办事处工作总结", "  • 外文名:Some Subdistrict Office 2009 work summary"]
    text = "\n".join([_ABSTRACT, "基本介绍", *rows, "简介", "经过改造,城区环境面貌得到明显改善。", _PARA])
    assert _ABSTRACT in _lines(text)
    # no encyclopedia page without the infobox: a first paragraph over 基本介绍 stays
    assert _ABSTRACT in _lines("\n".join([_ABSTRACT, "基本介绍", "各位代表:", _PARA]))


def test_a_bundle_title_numbering_its_piece_before_the_pieces_title_leaves() -> None:
    for label in (
        "2015年乡政府工作计划一:2015年乡政府工作计划",
        "街道办事处2019年工作总结二:2019年街道办事处上半年工作总结",
        "县教育局工作要点3：2022年县教育局工作要点",
    ):
        assert compilation_label(label), label
        lines = _lines("\n".join(["2015年乡政府工作计划", label, _PARA, _PARA2]))
        assert label not in lines and _PARA in lines
    # a title holding a numbered item of its own, or a heading with its lead, is no label
    for line in ("关于做好2023年重点工作的通知", "二、2023年工作计划", "工作思路一:坚持稳中求进", "一:工作总结"):
        assert not compilation_label(line), line
