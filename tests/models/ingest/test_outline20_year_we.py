"""A paragraph opening with its year and the speaking office (2020年我局积极开展…) starts right after a run-in title
that a copy joined to it (1692 (三)开展数字化城管网格管理⏎2020⏎年我局…; 1、…工作计划2022年我局坚持…)."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年共办理群众来信来访一百二十余件,办结率达到百分之百,群众满意度明显提升,各项工作稳步推进。"


def titles(text: str) -> list[str]:
    return [s.title for s in walk_sections(build_outline(text))]


def test_the_year_and_our_office_open_the_paragraph() -> None:
    text = "\n".join(
        [
            "某县城市管理局2020年工作总结",
            "(一)加大市容整治,确保市容环境得到提升",
            PARA,
            "(二)开展数字化城管网格管理2020年我局积极开展网格化精细数字管理工作,配备了城管通十五台。",
            PARA,
            "(三)加强环卫各项工作2021年我县新增环卫工人三十名,实现城区保洁全覆盖。",
            PARA,
        ]
    )
    assert titles(text) == ["加大市容整治,确保市容环境得到提升", "开展数字化城管网格管理", "加强环卫各项工作"]


def test_a_title_naming_the_year_of_our_work_stays_whole() -> None:
    text = "\n".join(["某局工作报告", "(一)关于2020年我局重点工作完成情况", PARA, "(二)存在的问题", PARA])
    assert titles(text) == ["关于2020年我局重点工作完成情况", "存在的问题"]
