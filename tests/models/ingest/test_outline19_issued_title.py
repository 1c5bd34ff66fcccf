"""The title of a document a notice issues heads its sections when the notice's paragraph names it, though the page's
title named it first and the paragraph lost its full stop (corpus 1495)."""

from __future__ import annotations

from tests.models.ingest.outline_tree import tree

PROSE = "以新时代中国特色社会主义思想为指导，按照提升治理体系和治理能力现代化的要求，持续优化营商环境。\n"


def test_the_issued_title_named_in_the_notice_paragraph_heads_the_sections() -> None:
    text = (
        "某区人民政府办公室关于印发2020年某区优化营商环境实施方案的通知\n\n某区人民政府办公室\n\n"
        "各镇人民政府，各街道办事处，政府机关各部门：\n\n"
        "经某区人民政府同意，现将2020年某区优化营商环境实施方案》印发给你们，请结合实际，认真组织实施\n\n"
        "某区人民政府办公室\n\n2020年某区优化营商环境实施方案\n\n"
        + PROSE
        + "\n一、总体要求\n\n"
        + PROSE
        + "\n二、目标任务\n\n"
        + PROSE
    )
    assert tree(text) == [
        (1, "", "2020年某区优化营商环境实施方案"),
        (2, "一、", "总体要求"),
        (2, "二、", "目标任务"),
    ]
