"""A numbered item of running text wrapped short of the printed width (978 ``1、各项主要经济指标圆满完成,全年实现国内
生产总值 42 亿元,工业销售`` ⏎ ``收入 62 亿元,…``): its clauses say it is no heading,
so it runs on as any prose line does."""

from __future__ import annotations

from models.ingest.rejoin import join_points
from tests.models.ingest.test_clean_rejoin_shapes import cell_wrap

_ITEMS = [
    "过去一年，全县上下坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，经济社会发展取得了新的成绩。",
    "2、园区建设势头强劲，全年新开工项目65个，计划总投资60.5亿元，竣工投产项目31个，新增规模以上工业企业12家，园区承载能力进一步增强。",
    "二、大力推进产业转型升级，加快构建现代产业体系",
    "全县坚持把产业发展作为第一要务，以项目建设为抓手，推动传统产业改造提升和新兴产业培育壮大，产业结构持续优化，发展后劲不断增强。",
]


def test_an_item_wrapped_short_runs_on() -> None:
    item = "1、各项主要经济指标圆满完成，全年实现国内生产总值42亿元，工业销售"
    rest = "收入62亿元，财政收入6亿元，实际利用外资8426万美元，其中直接利用外资5000万美元，固定资产投资24.3亿元。"
    lines = [*cell_wrap(_ITEMS[:1], 34), item, rest, *cell_wrap(_ITEMS[1:], 34)]
    joins = join_points(lines, [True] * len(lines))
    assert joins[lines.index(item)]


def test_a_heading_holding_a_comma_keeps_its_line() -> None:
    lines = cell_wrap(_ITEMS, 34)
    heading = lines.index("二、大力推进产业转型升级，加快构建现代产业体系")
    assert not join_points(lines, [True] * len(lines))[heading]


def test_a_heading_of_three_phrases_keeps_its_line() -> None:
    # 036: a heading of three phrases printed near the width, its paragraph on the next line
    heading = "一、强化理论武装，筑牢思想根基，把稳教育发展政治方向"
    lines = [*cell_wrap(_ITEMS[:1], 28), heading, *cell_wrap(_ITEMS[3:], 28)]
    assert not join_points(lines, [True] * len(lines))[lines.index(heading)]
