"""The export dialog's 台账 note counts, in SQL, exactly the annotations the ledger leaves out."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.export import ledger_left_out
from models.export.ledger import enters_ledger
from models.store import Store
from models.types import AnnotationStatus

_NAMES = st.sampled_from([None, "", " ", "　", "5G基站", 7, "规上工业增加值"])
_VALUES = st.sampled_from([None, "", " ", 0, 319, 2.79, "约3万"])
_ATTRS = st.fixed_dictionaries(
    {},
    optional={"name": _NAMES, "value": _VALUES, "normalized_value": _VALUES, "unit": st.sampled_from(["", "个"])},
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(attrs=st.lists(_ATTRS, min_size=1, max_size=8))
def test_the_sql_count_agrees_with_the_ledger_row_by_row(seeded: Store, attrs: list[dict]) -> None:
    doc = seeded.documents.all()[0]
    tag = seeded.tags.find("指标")
    added = [seeded.annotations.add(doc.id, i, i + 2, tag.id, attributes=a) for i, a in enumerate(attrs)]
    try:
        expected = sum(1 for a in attrs if not enters_ledger(a))
        assert ledger_left_out(seeded, tag_ids=[tag.id], document_ids=[doc.id]) == expected
        assert ledger_left_out(seeded, tag_ids=[tag.id], statuses=(AnnotationStatus.SUGGESTED,)) == 0
    finally:
        for a in added:
            seeded.annotations.delete(a.id)
