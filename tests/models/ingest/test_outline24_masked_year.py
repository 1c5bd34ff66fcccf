"""A heading run into its paragraph in a one-line copy whose years are masked (``20*年``, ``20xx年x月``): the
paragraph opens with the masked date as it would with ``2010年5月,`` (2143), the title ends before it."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.ingest.outline_runin_cut import scored_cut

PARA = "全市上下齐心协力,各项工作稳步推进,群众满意度持续提升,社会大局保持稳定,发展质量效益不断提高。"


def titles(text: str) -> list[str]:
    return [s.title for s in build_outline(text)]


@pytest.mark.parametrize("date", ["20*年月", "20xx年x月", "20**年3月", "20XX年", "2015年5月"])
def test_a_run_in_title_ends_before_a_masked_date_opening_its_paragraph(date: str) -> None:
    text = (
        "某区宣传文化工作总结今年是我区深化文明城市创建的重要一年,全系统工作成效显著。"
        f"(一)创文工作全力推进、成果初现{date},某市首次接受文明城市测评。"
        + PARA
        + PARA
        + f"(二)理论工作基础扎实、积极创新{date},区委宣传部组织开展理论学习活动。"
        + PARA
        + PARA
    )
    assert titles(text) == ["创文工作全力推进、成果初现", "理论工作基础扎实、积极创新"]


@pytest.mark.parametrize("items", ["一是", "(一)", "1."])
def test_a_run_in_title_ends_before_its_paragraphs_headline_sentence_and_items(items: str) -> None:
    # a one-line copy (2145's shape): 一、<title><the paragraph's own headline sentence>。一是…
    text = (
        "某局文化改革发展总结今年是“十二五”开局之年,全系统干部职工锐意进取,高质量完成各项工作任务。"
        f"一、坚持建设与管理并重,公共文化服务质量提高文化基础设施建设加快。{items}重大公共文化设施建设同步推进。"
        + PARA
        + f"二、坚持改革与发展并举,文化产业实力增强文化市场主体不断壮大。{items}国有文艺院团改革稳步推进。"
        + PARA
    )
    assert titles(text) == ["坚持建设与管理并重,公共文化服务质量提高", "坚持改革与发展并举,文化产业实力增强"]


def test_a_title_that_is_one_sentence_before_its_items_stays_whole() -> None:
    text = (
        "某局工作总结今年全系统干部职工锐意进取,高质量完成各项工作任务。"
        "一、公共文化服务体系建设加快推进。一是重大公共文化设施建设同步推进。"
        + PARA
        + "二、文化市场监管能力持续增强。一是文化市场综合执法改革稳步推进。"
        + PARA
    )
    # (whether the copy's headings are found at all is another question: none is cut inside its sentence)
    assert set(titles(text)) <= {"公共文化服务体系建设加快推进", "文化市场监管能力持续增强"}


def test_a_sentence_heading_before_its_items_is_not_cut_inside_its_noun_phrase() -> None:
    for title in (
        "强化保障,公共文化服务体系建设加快推进",
        "坚持改革创新,文化市场监管能力持续增强",
        "聚焦机制建设,提升整体高效协同水平",  # (1726: the title's verb and its object)
        "实施重点绿化工程建设,提升全县林业建设水平",  # (2073)
        "深化经济重点领域改革,加快推动标志性改革举措落地见效",  # (1282: 加快 an adverb before its verb)
    ):
        text = title + "。一是重大公共文化设施建设同步推进。" + PARA
        assert scored_cut(text, 0, len(title)) == len(title), title
