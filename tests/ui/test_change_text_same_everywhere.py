"""A growth rate reads the same in the annotation table and in 指标对比 (one formatting function for both)."""

from __future__ import annotations

import pytest

from models.compare.comparison import compare_documents
from models.store import Store
from tests.models.conftest import add_plain_text
from ui.annotations.model import AnnotationModel
from ui.compare.indicators_tab import IndicatorsTab

TEXT = "全年工业增加值增长12.5%，继续保持稳定。{0}"
CHANGE_COLUMN = 7  # 增减 in the annotation table; 左变化 in 指标对比


@pytest.mark.parametrize(
    ("change", "change_unit", "shown"),
    [
        (12.5, "%", "+12.5%"),  # as the suggester reads 增长12.5%
        ("12.5", "%", "+12.5%"),  # as a colleague's .qdpx brings it in: text, not a number
        (12.345, "%", "+12.345%"),  # every decimal the report wrote
        (-1.5, "个百分点", "-1.5个百分点"),
        (3.0, "%", "+3%"),
        ("12.5", "", "+12.5"),  # no unit read
    ],
)
def test_the_table_and_the_comparison_show_one_change_text(qtbot, change, change_unit, shown) -> None:  # type: ignore[no-untyped-def]
    store = Store.memory()
    tag = store.tags.add("指标", "#e8590c")
    start = TEXT.index("工业增加值")
    end = TEXT.index("，")  # the same span in both reports, which differ after it
    attrs = {"name": "工业增加值", "value": 12.5, "unit": "%", "change": change, "change_unit": change_unit}
    anns = []
    for title in ("甲局报告", "乙局报告"):
        doc_id = add_plain_text(store, TEXT.format(title), title=title)
        anns.append(store.annotations.add(doc_id, start, end, tag.id, attributes=attrs))

    model = AnnotationModel()
    model.set_content([anns[0]], store.tags.all(), store.documents.sections(anns[0].document_id))
    in_table = model.index(0, CHANGE_COLUMN).data()

    tab = IndicatorsTab()
    qtbot.addWidget(tab)
    tab.show_comparison(compare_documents(store, anns[0].document_id, anns[1].document_id), "甲", "乙")
    assert tab.table.horizontalHeaderItem(CHANGE_COLUMN).text() == "左变化"
    in_comparison = tab.table.item(0, CHANGE_COLUMN).text()

    assert in_table == in_comparison == shown
