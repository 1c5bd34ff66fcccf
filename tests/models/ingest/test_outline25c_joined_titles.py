"""A run-in title ending on 结合 (条块结合, 点面结合, …与…相结合): a result a section title names, as 1689's
(二)促进部门联动,实现城市综合管理条块结合城管工作是… and the 相结合 series of other reports' gold write it."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.ingest.outline_runin_cut import scored_cut
from models.types import walk_sections


def cut_of(title_and_body: str) -> str:
    return title_and_body[: scored_cut(title_and_body, 0, len(title_and_body) - 1)]


def titles(text: str) -> list[str]:
    return [s.title for s in walk_sections(build_outline(text))]


def test_a_theme_and_its_phrase_ending_on_jiehe_end_before_a_subject_and_shi() -> None:
    text = "促进部门联动,实现城市综合管理条块结合城管工作是系统性、全局性的工作,只有全面加强组织保障。"
    assert cut_of(text) == "促进部门联动,实现城市综合管理条块结合"


def test_variant_place_and_office_before_the_subject_of_the_paragraph() -> None:
    text = "坚持上下联动,推动部门监管与属地管理相结合全县各乡镇按照统一部署,开展联合检查12次。"
    assert cut_of(text) == "坚持上下联动,推动部门监管与属地管理相结合"


def test_a_sentence_going_on_after_jiehe_is_not_cut() -> None:
    text = "推动部门监管与属地管理相结合的工作机制逐步建立,全年开展联合检查12次。"
    assert cut_of(text) == text[:-1]


def test_run_in_siblings_keep_the_second_clause_ending_on_jiehe() -> None:
    text = (
        "一、完善工作机制,提升城市综合管理水平 "
        "(一)建设智慧城管,构建城市综合管理指挥中枢根据市、区两级的统一部署,区智慧城管主要工作得到了全面推进。"
        "完成区智慧城管中心机房搬迁和建设任务,积极完善智慧城管软件,开发应用了热线接听等智能系统。 "
        "(二)促进部门联动,实现城市综合管理条块结合城管工作是系统性、全局性的工作,只有全面加强组织保障和综合协调,"
        "才能充分发挥职能单位的行业监管职能。"
    )
    assert "促进部门联动,实现城市综合管理条块结合" in titles(text)
