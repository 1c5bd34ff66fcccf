"""Outline families found on the discovery set 1101–1160 (sets 66–71): each test is a short made-up text of the
family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_dash_led_subtitle_naming_the_report_is_part_of_the_title_not_a_section() -> None:
    # a slogan title over a subtitle that names the document (——某街道办事处工作报告): a cover line, like the
    # speech's ——在…会议上的报告 subtitle
    lines = ["奋发有为 挺膺担当", "全力推动高质量发展迈上新台阶", "——某街道办事处工作报告", "第一部分 2024年工作回顾"]
    lines += [PARA, "一、经济社会平稳健康发展", "(一)发展规划加快落实。" + PARA, "(二)经济运行稳中有进。" + PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "第一部分", "2024年工作回顾")
    assert (2, "一、", "经济社会平稳健康发展") in got


def test_a_bulletins_notes_part_named_fuzhu_holds_its_numbered_notes() -> None:
    # a statistics bureau's release ends with 附注 alone on its line over 1.指标解释 2.统计范围: the notes part, like
    # 名词解释 closing a budget report; a chart's page number left on the line above does not hide it
    lines = ["2021年社会消费品零售总额增长12.5%", PARA, PARA, "3", "附注", "1.指标解释"]
    lines += ["社会消费品零售总额:是指企业通过交易售给个人的实物商品金额。"]
    lines += ["2.统计范围", "限额以上单位是指年主营业务收入500万元及以上的批发业企业。"]
    got = flat("\n".join(lines))
    assert got[0] == (1, "", "附注")
    assert (2, "1.", "指标解释") in got
