"""A bare part (2021年工作回顾) right under a complete title heads the sections (session 18's discovery set)."""

from __future__ import annotations

from tests.models.ingest.outline_tree import tree

PROSE = "经济形势逆势上扬。2021年，财政收入突破3038万元，固定资产投资15.2亿元，均超额完成指标任务。\n"


def test_a_bare_part_under_the_title_heads_the_sections_when_its_prose_lost_its_stop() -> None:
    # (1620: the review paragraph under 2021年工作回顾 ends without its full stop, so the first prose is only
    # under (一); the part is still the first line under a complete title, named by its period and its work)
    text = (
        "大塘坪乡2021年政府工作报告\n\n2021年工作回顾\n\n"
        "过去一年，我们坚持以习近平新时代中国特色社会主义思想为指导，围绕打造精品景区、特色小镇的工作思路，"
        "积极克服新冠疫情和经济下行压力等各种不利因素，实现“十四五”高点起步、强劲开局\n\n"
        "（一）全力稳增长、固大盘，经济发展再突破\n\n" + PROSE + "（二）全力抓项目、强基础，发展后劲再增强\n\n" + PROSE
    )
    got = tree(text)
    assert got[0] == (1, "", "2021年工作回顾")
    assert (2, "（一）", "全力稳增长、固大盘，经济发展再突破") in got


def test_a_review_part_with_its_stop_reads_as_before() -> None:
    text = (
        "某镇2021年政府工作报告\n\n2021年工作回顾\n\n过去一年，我们坚持稳中求进，全力推动经济社会高质量发展。\n\n"
        "（一）全力稳增长，经济发展再突破\n\n" + PROSE
    )
    assert tree(text)[:2] == [(1, "", "2021年工作回顾"), (2, "（一）", "全力稳增长，经济发展再突破")]


def test_a_title_line_naming_the_whole_document_again_is_no_part() -> None:
    text = "某局上半年工作总结\n\n2023年上半年工作总结\n\n今年以来，我局紧扣目标任务\n\n（一）抓好项目建设\n\n" + PROSE
    assert (1, "", "2023年上半年工作总结") not in tree(text)
