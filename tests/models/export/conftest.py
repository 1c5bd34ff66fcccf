"""An annotated seed project for export tests: Chinese text, awkward notes, a formula-looking cell."""

from __future__ import annotations

import pytest

from models.store import Store
from tests.models.conftest import add_plain_text as add_text

AWKWARD_NOTE = '含逗号, "引号" 和\n换行，第二行'
FORMULA_TEXT = '=HYPERLINK("http://example.com","点我")'


@pytest.fixture
def project(seeded: Store) -> Store:
    s = seeded
    indicator = s.tags.find("指标")
    policy = s.tags.find("政策")
    problem = s.tags.find("问题")
    industry = s.tags.add("工业", "#aa5500", parent_id=indicator.id)
    simp = next(d for d in s.documents.all() if "繁体" not in d.source_name)
    text = s.documents.display_text(simp.id)
    i = text.index("5G基站")
    s.annotations.add(
        simp.id,
        i,
        i + 4,
        industry.id,
        note=AWKWARD_NOTE,
        author="张三",
        attributes={
            "name": "5G基站",
            "value": 319,
            "unit": "个",
            "normalized_value": 319,
            "period": "2020",
            "kind": "累计",
        },
    )
    j = text.index("两化融合")
    s.annotations.add(
        simp.id, j, j + 4, policy.id, note='=HYPERLINK("x") 备注', attributes={"doc_number": "工信部〔2020〕1号"}
    )
    k = text.index("基站", i + 10)
    s.annotations.add(simp.id, k, k + 2, problem.id, note="-待核实", status="suggested")
    formula_doc = add_text(
        s,
        FORMULA_TEXT + "\n主营业务收入增长12.5%。\n企业数量达到1,200家。",
        "公式文档",
        issuer="测试局",
        date="2021-03-01",
        doc_number="测发〔2021〕3号",
    )
    s.annotations.add(formula_doc, 0, len(FORMULA_TEXT), policy.id, note="正文以等号开头")
    t2 = s.documents.display_text(formula_doc)
    m = t2.index("主营业务收入增长12.5%")
    s.annotations.add(
        formula_doc,
        m,
        m + len("主营业务收入增长12.5%"),
        indicator.id,
        attributes={"name": "主营业务收入", "change": 12.5, "change_unit": "%", "value": "-3.5"},
    )
    n = t2.index("企业数量达到1,200家")
    s.annotations.add(
        formula_doc,
        n,
        n + len("企业数量达到1,200家"),
        industry.id,
        attributes={"name": "5G基站", "value": "1,200", "unit": "个", "normalized_value": 1200, "kind": "累计"},
    )
    return s
