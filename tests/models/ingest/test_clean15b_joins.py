"""Round-2 cleaning misses of session 15: joins a copy's lost line breaks make wrong."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_PARA = (
    "2010年,全镇完成农牧业生产总值2401.19万元,较上年增长24%,2010年人均收入达7927.05元,较上年增长23%,"
    "经济主要依靠农牧业,牧业以绒山羊、黄牛、半细毛羊为主,农业种植以枸杞为主。"
)


@pytest.mark.parametrize("heading", ["(一)、农牧业生产方面", "一、综 合", "（二）城市面貌持续改善"])
def test_a_heading_a_copy_left_at_a_paragraphs_end_is_not_glued_across_a_page_number(heading: str) -> None:
    # a store's copy lost the break before the heading (1366, 414): the next page's paragraph is the section's text
    nxt = "宗加镇有着得天独厚的自然资源优势,镇党委、政府经过深入调查研究,认为应由传统型转变。"
    text = f"{_PARA} {heading}\n\n- 1 -\n\n{nxt}\n"
    out = clean(text)
    check_map(text)
    assert f"{heading}\n" in out.display_text


def test_a_heading_left_at_a_paragraphs_end_is_not_glued_to_the_next_line() -> None:
    text = f"{_PARA} 一、综 合\n一年来,全县经济保持平稳发展,质量效益不断提升,经雅安市统计局初步核算。\n"
    out = clean(text)
    assert "一、综 合\n一年来" in out.display_text


def test_a_long_paragraph_cut_mid_sentence_by_a_page_still_runs_on() -> None:
    text = f"{_PARA}今年以来全镇经济社会呈现出科学发展的良好势头,各项事业\n\n- 1 -\n\n取得新进展,生活水平持续提高。\n"
    out = clean(text)
    assert "各项事业取得新进展" in out.display_text


def test_a_heading_cut_by_a_hard_wrap_still_runs_on() -> None:
    # a printed line stops inside a run-in heading (437's shape): the wrap, not the copy, broke it
    lines = [
        "一是全县上下坚持稳中求进工作总基调,经济运行总体平稳,主要指标好于预期",
        "二是项目建设扎实推进,全年实施重点项目一百个,完成投资五十亿元以上",
        "三是民生事业全面进步,城乡居民收入稳步增长,社会保持和谐稳定大局",
        "四是改革开放不断深化,营商环境持续优化,市场主体活力进一步激发",
        "办公楼正在装修,估量十二月份安装设备及职工培训并试生产。 (二)在谈项目储",
        "备情况,全年共洽谈项目二十个,其中签约项目十个,总投资三十亿元左右。",
    ]
    out = clean("\n".join(lines) + "\n")
    assert "(二)在谈项目储备情况" in out.display_text


_WRAPPED = [
    "2024年是新中国成立75周年，是实现十四五规划目标任务的关键一年，在党中央坚强领导",
    "下，各地区各部门坚持稳中求进工作总基调，严格执行全国人大有关决议，全年经济社会",
    "发展主要目标任务顺利完成，高质量发展扎实推进，重点领域风险化解有序，新质生产力稳",
    "步发展，改革开放持续深化，有效防范和化解重点领域风险，新质生产力稳步发展。",
]


def test_a_printed_line_filled_to_its_last_column_by_a_sentence_end_runs_on() -> None:
    # a PDF's line that stops at the margin with 。 inside its paragraph (1282 x10, 094): the next line carries it on
    lines = [*_WRAPPED[:3], "步发展，改革开放持续深化，防范化解重点风险，稳妥推进地方中小金融机构改革化险。"]
    lines += ["加快完善数据基础制度体系，印发国家数据基础设施建设指引，深入实施东数西算工程。"]
    lines += ["一、中央财政管理审计情况"]
    out = clean("\n".join(lines) + "\n")
    assert "改革化险。加快完善" in out.display_text


def test_a_paragraph_ending_short_of_the_margin_stays_apart() -> None:
    lines = [*_WRAPPED[:3], "步发展，改革开放持续深化，新质生产力稳步发展。"]
    lines += ["加快完善数据基础制度体系，印发国家数据基础设施建设指引，深入实施东数西算工程。"]
    out = clean("\n".join(lines) + "\n")
    assert "稳步发展。\n加快完善" in out.display_text
