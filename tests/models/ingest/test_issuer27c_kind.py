"""A bureau a title names by its kind only, placed at the level its text speaks as and the one place its
government's fixed phrases name (建设美丽淳化, 打造质量新鄞州)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_own_work import leveled_kind


@pytest.mark.parametrize(
    ("kind", "lines", "expected"),
    [
        (
            "林业局",
            [
                "林业工作紧紧围绕县委、县政府“生态立县、产业富民,建设美丽淳化”总体战略部署。",
                "2017年我县营造林3.5万亩,全县完成3.61万亩。",
            ],
            "淳化县林业局",
        ),
        (
            "市区科技局",  # the title's two levels run together: the text speaks as 我区
            ["年初以来,我区科技工作紧紧围绕区委区政府“打造质量新鄞州”总体目标,全区高新技术行业增长。"],
            "鄞州区科技局",
        ),
        (
            "水利局",  # another kind, level, place
            ["今年以来,我市水利工作围绕市委市政府“建设美丽新余杭”的部署,全市完成河道整治。"],
            None,  # 余杭 is a district: no city of that name, nothing placed at the city's level
        ),
        (
            "统计局",
            ["我县统计工作围绕县委县政府“奋力谱写宁陕新篇章”的目标,全县统计数据质量提升。"],
            "宁陕县统计局",
        ),
        (
            "民政局",  # two places in the phrases: abstain
            ["我区民政工作围绕区委区政府“建设美丽鄞州、打造品质江北”目标,全区养老服务提升。"],
            None,
        ),
        (
            "县区教育局",  # 县区 and a text speaking as 我市: no level the title allows
            ["我市教育工作围绕市委市政府“建设美丽淳化”目标,全市教育质量提升。"],
            None,
        ),
    ],
)
def test_a_kind_bureau_takes_the_place_its_government_phrases_name(
    kind: str, lines: list[str], expected: str | None
) -> None:
    assert leveled_kind(kind, lines) == expected


def test_a_title_run_together_is_no_kind() -> None:
    lines = ["2021年,我县气象工作在县委县政府领导下,全县气象服务围绕“建设美丽淳化”展开。"]
    assert leveled_kind("气象局", lines) == "淳化县气象局"
    assert leveled_kind("气象局年终工作总结和来年工作思路气象局", lines) is None


def test_a_slogan_word_is_still_no_place() -> None:
    slogan = ["我区农林工作稳步推进,全区落实好各项强农惠农富农政策。"]
    assert leveled_kind("农林局", slogan) is None
