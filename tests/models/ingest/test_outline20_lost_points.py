"""A copy that lost every decimal point (5 9亿元, 108 3%) lost its items' dots too: ``1 经济发展平稳。…`` in a report
run together is item 1 (session 20's discovery report 1777; 863 is another farm copy with its points lost the same way).
"""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

GAP = "  "


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def one_line(*paragraphs: str) -> str:
    return "某镇2016年工作总结及2017年工作计划\n\n" + GAP.join(paragraphs)


INTRO = "一、2016年工作总结"
OPENING = (
    "2016年,是实施十三五规划的开局之年。我镇在县委、县政府的正确领导下,坚持以加快发展、富民强镇为主题,"
    "抢抓机遇,开拓创新,积极务实地开展各项工作,全镇经济和社会事业取得了较快发展。"
)


def test_items_whose_dots_were_lost_with_every_decimal_point() -> None:
    text = one_line(
        INTRO,
        OPENING,
        "1 经济运行稳中有进。全年预计完成生产总值6 2亿元,完成财税收入910万元,占全年任务的104 5%。",
        "2 项目建设扎实推进。全年引进投资1 8亿元的项目三个,新建标准化厂房两万平方米,已全部投入使用。",
        "3 民生保障持续改善。新建村级卫生室五个,完成农村危房改造一百二十户,群众满意度不断提升。",
    )
    assert flat(text) == [
        (1, "一、", "2016年工作总结"),
        (2, "1", "经济运行稳中有进"),
        (2, "2", "项目建设扎实推进"),
        (2, "3", "民生保障持续改善"),
    ]


def test_a_copy_keeping_its_points_has_no_such_labels() -> None:
    # a PDF copy that sets its figures off by blanks keeps its points elsewhere: 1 is a count there
    text = one_line(
        INTRO,
        OPENING,
        "1 经济运行稳中有进。全年预计完成生产总值6.2亿元,完成财税收入910万元,占全年任务的104.5%。",
        "2 项目建设扎实推进。全年引进投资1.8亿元的项目三个,新建标准化厂房两万平方米,已全部投入使用。",
    )
    assert flat(text) == [(1, "一、", "2016年工作总结")]


def test_a_figure_before_its_unit_is_no_label() -> None:
    text = one_line(
        INTRO,
        OPENING,
        "全年预计完成生产总值6 2亿元。",
        "2 万余名群众参与志愿服务。全年组织活动四十余场,覆盖全镇各村,群众满意度达98 5%。",
    )
    assert flat(text) == [(1, "一、", "2016年工作总结")]


def test_in_a_copy_written_in_lines_too() -> None:
    text = "\n".join(
        [
            "某街道办事处2019年工作总结",
            "一、主要工作完成情况",
            OPENING,
            "1 招商引资成效明显。全年签约项目十二个,协议引资3 6亿元,同比增长12 4%。",
            "2 城市管理水平提升。完成背街小巷改造十五条,新增绿地2 3万平方米,群众满意度明显提高。",
        ]
    )
    assert flat(text)[1:] == [(2, "1", "招商引资成效明显"), (2, "2", "城市管理水平提升")]
