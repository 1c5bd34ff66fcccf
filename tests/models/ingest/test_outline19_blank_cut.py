"""A run-in title set off from its paragraph by a blank ends there also when it has commas, if it has a title's shape
(一、围绕中心,服务大局,政治协商逐步规范 五年来,…: session 19's discovery report 1744; the comma-less shape is corpus
839's 一、2023年工作回顾 2023年是…)."""

from __future__ import annotations

from models.ingest.outline import build_outline

PROSE = "全委会是政协最全面、最集中履行政治协商职能的重要形式，我们组织委员围绕重大事项积极建言献策。\n"


def heads(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def test_a_shaped_title_with_commas_ends_at_the_blank() -> None:
    text = (
        "某区政协常委会工作报告\n各位委员：现在，我代表常务委员会向大会报告工作，请予审议。\n"
        "一、围绕中心，服务大局，政治协商逐步规范 五年来，区政协重视研究政治协商的有效形式和方法，"
        "坚持把促进发展作为履行职能的第一要务，积极建言献策。\n"
        + PROSE
        + "二、加强监督，民主监督取得实效 五年来，区政协坚持把民主监督作为重要职能，"
        "围绕全区中心工作开展视察调研，督促有关部门改进工作。\n" + PROSE
    )
    assert heads(text) == [("一、", "围绕中心，服务大局，政治协商逐步规范"), ("二、", "加强监督，民主监督取得实效")]


def test_a_stray_blank_inside_a_sentence_title_is_no_end() -> None:
    text = (
        "某区政协常委会工作报告\n各位委员：现在，我代表常务委员会向大会报告工作，请予审议。\n"
        "一、各单位要高度重视，认真组织 实施，确保取得实效。\n" + PROSE + "二、加强监督。\n" + PROSE
    )
    assert heads(text)[0] == ("一、", "各单位要高度重视，认真组织 实施，确保取得实效")
