"""Bullet-led heads (★ / ◆ / ●) of an abstract or a news page: headings labelled by the glyph (478, 1378, 1379)."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_run_of_starred_heads_under_a_part_head_are_its_children() -> None:
    text = "\n".join(
        [
            "某市2025年预算执行情况的报告（摘要）",
            PARA,
            "加强预算管理的主要举措",
            "●\u2002以“开源增收”为基础 夯实财力支撑",
            "●\u2002以“聚焦重点”为导向 服务发展大局",
            "●\u2002以“科学管理”为抓手 提升资金效能",
            PARA,
        ]
    )
    got = flat(text)
    assert (1, "", "加强预算管理的主要举措") in got
    assert (2, "●", "以“开源增收”为基础 夯实财力支撑") in got
    assert (2, "●", "以“科学管理”为抓手 提升资金效能") in got


def test_a_bullet_with_a_colon_over_its_sub_head_is_a_heading() -> None:
    text = "\n".join([PARA, "●运行:", "新经济形态快速发展", PARA, "●预计:", "下阶段经济有望继续回升", PARA])
    got = flat(text)
    assert (1, "●", "运行") in got
    assert (1, "●", "预计") in got


def test_one_bullet_alone_is_no_heading() -> None:
    text = "\n".join(["某局工作总结", PARA, "■ 本页位置:首页新闻中心国内新闻", PARA, "★ 一条提示", PARA])
    assert not any(label in "■★" and label for _, label, _ in flat(text))
