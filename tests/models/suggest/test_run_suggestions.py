"""run_suggestions stores suggestions, skips reviewed spans and never re-suggests a rejected one."""

from __future__ import annotations

from models.store import Store
from models.suggest import run_suggestions


def test_run_suggestions_stores_and_respects_reviews(seeded: Store) -> None:
    doc = seeded.documents.all()[0]
    changes = run_suggestions(seeded, doc.id)
    assert changes.documents == {doc.id} and changes.annotations
    stored = seeded.annotations.select(doc.id, statuses=("suggested",))
    assert {a.id for a in stored} == set(changes.annotations)
    text = seeded.documents.display_text(doc.id)
    for a in stored:
        assert a.text == text[a.start : a.end] and a.author == "ReportMark"
    indicator = seeded.tags.find("指标")
    assert indicator is not None
    first = next(a for a in stored if a.tag_id == indicator.id)
    assert {"name", "value", "unit", "kind", "confidence"} <= set(first.attributes)

    # the clerk rejects one: running again adds nothing and never brings it back
    seeded.annotations.update(first.id, status="rejected")
    again = run_suggestions(seeded, doc.id)
    assert again.annotations == frozenset()
    assert seeded.annotations.count(doc.id, statuses=("suggested",)) == len(stored) - 1

    # deleting the other suggestions brings them back, the rejected one stays rejected
    for a in seeded.annotations.select(doc.id, statuses=("suggested",)):
        seeded.annotations.delete(a.id)
    third = run_suggestions(seeded, doc.id)
    assert len(third.annotations) == len(stored) - 1
    assert not any(
        seeded.annotations.get(i).start == first.start and seeded.annotations.get(i).tag_id == indicator.id
        for i in third.annotations
    )
