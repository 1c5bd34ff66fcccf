"""A run-in title ends where the paragraph's first point opens (一是…), first seen in session 18's discovery set."""

from __future__ import annotations

from tests.models.ingest.outline_tree import tree

PROSE = "经济形势逆势上扬。2021年，财政收入突破3038万元，固定资产投资15.2亿元，均超额完成指标任务。\n"


def test_a_first_point_glued_to_a_run_in_title_ends_it_without_its_second() -> None:
    # (1643: a copy run together that keeps only the first point of the section; 1322: a stray footnote digit
    # between the title and its 一是)
    text = (
        "县交通运输局2018年工作总结\n一、交通基础建设成效显著\n今年以来，全县交通基础设施建设加速推进。\n"
        "（一）交通重大项目建设全线推进一是实施了省道318黑石渡至道士冲段公路改造工程。截止年底，项目预计完成投资"
        "5.821亿元。\n（二）农村公路建设扎实推进\n" + PROSE
    )
    assert (2, "（一）", "交通重大项目建设全线推进") in tree(text)


def test_a_footnote_digit_before_the_first_point_stays_out_of_the_title() -> None:
    text = (
        "某街道2021年工作总结\n（一）坚持以党建为统领，为基层建设聚力增效2一是聚焦村“两委”换届，深化分析研判，"
        "高质量完成换届选举。二是加强阵地建设。\n（二）坚持以项目为引领，拉开发展新格局\n" + PROSE
    )
    assert (1, "（一）", "坚持以党建为统领，为基层建设聚力增效") in tree(text)


def test_a_word_ending_in_yi_before_shi_is_no_point() -> None:
    text = "某局2021年工作总结\n（一）统一是做好工作的前提，坚持统一部署\n" + PROSE + "（二）抓好落实\n" + PROSE
    titles = [t for _, _, t in tree(text)]
    assert not any(t.startswith("统") and len(t) <= 2 for t in titles)
