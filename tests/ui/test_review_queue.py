"""The review queue and value labels (no window), and the accept/reject command redo → undo → redo."""

from __future__ import annotations

import pytest

from models.types import Annotation, Section
from ui.project import Project
from ui.review.commands import SetReviewStatus
from ui.review.queue import ReviewQueue, current_section, describe_value, section_name


def ann(i: int, start: int, status: str = "suggested") -> Annotation:
    return Annotation(id=i, document_id=1, start=start, end=start + 3, text="abc", tag_id=1, status=status)


def test_queue_orders_by_position_and_skips_reviewed():
    q = ReviewQueue(1, [ann(3, 30), ann(1, 10), ann(2, 20, "accepted"), ann(4, 5)])
    assert q.ids() == [4, 1, 3]
    assert q.current_id == 4


def test_reviewed_current_moves_to_the_next_by_position():
    q = ReviewQueue(1, [ann(1, 10), ann(2, 20), ann(3, 30)])
    q.set_current(2)
    q.reload([ann(1, 10), ann(3, 30)])
    assert q.current_id == 3
    q.reload([ann(1, 10)])  # nothing after it: the last one
    assert q.current_id == 1
    q.reload([])
    assert q.current_id == 0 and q.current() is None and q.step(1) is None


def test_reload_keeps_current_or_takes_preferred():
    q = ReviewQueue(1, [ann(1, 10), ann(2, 20), ann(3, 30)])
    q.set_current(3)
    q.reload([ann(1, 10), ann(2, 20), ann(3, 30)])
    assert q.current_id == 3
    q.reload([ann(1, 10), ann(2, 20), ann(3, 30)], prefer=1)
    assert q.current_id == 1
    assert not q.set_current(99) and q.current_id == 1


def test_apply_updates_in_place_like_a_reload():
    q = ReviewQueue(1, [ann(1, 10), ann(2, 20), ann(3, 30)])
    q.set_current(2)
    tags = q.apply([ann(2, 20, "accepted"), ann(4, 25)], [3])
    assert q.ids() == [1, 4] and tags == {1}
    assert q.current_id == 4  # the accepted one's successor by position
    assert q.row_of(4) == 1 and q.row_of(3) == -1 and q.get(2) is None
    q.apply([ann(2, 20)], [], prefer=2)  # undo brings it back and makes it current
    assert q.ids() == [1, 2, 4] and q.current_id == 2
    reloaded = ReviewQueue(1, [ann(1, 10), ann(2, 20), ann(4, 25)])
    assert reloaded.ids() == q.ids() and [q.row_of(i) for i in q.ids()] == [0, 1, 2]


def test_step_stops_at_both_ends():
    q = ReviewQueue(1, [ann(1, 10), ann(2, 20)])
    assert q.step(-1).id == 1
    assert q.step(1).id == 2
    assert q.step(1).id == 2


def test_in_section_and_section_of_current():
    inner = Section(2, "(一)", "小节", 15, 40, 20)
    outer = Section(1, "一、", "大节", 0, 60, 5, children=(inner,))
    q = ReviewQueue(1, [ann(1, 10), ann(2, 20), ann(3, 30), ann(4, 50)])
    q.set_current(2)
    sec = current_section((outer,), q.current())
    assert sec is inner and section_name(sec) == "(一)小节"
    assert [a.id for a in q.in_section(sec)] == [2, 3]
    assert current_section((outer,), ann(9, 70)) is None
    assert [a.id for a in q.in_section(None)] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("attributes", "shown"),
    [
        ({"value": 262.0, "unit": "亿元", "change": 32.0, "change_unit": "%"}, "262亿元，+32%"),
        ({"value": 10.3, "unit": "%", "change": -10.3, "change_unit": "%"}, "10.3%，-10.3%"),
        # a change stated alone is stored value = change (gold convention): shown once
        ({"value": 4.0, "unit": "%", "is_change": True, "change": 4.0, "change_unit": "%"}, "+4%"),
        ({"value": -1109.0, "unit": "万", "change": -1109.0, "change_unit": "万"}, "-1,109万"),
        ({"value": 4.0, "unit": "%", "change": 4.0, "change_unit": "个百分点"}, "4%，+4个百分点"),
        ({"value": 1000000.0, "unit": "人"}, "1000000人"),
        ({"change": 2.5, "change_unit": "个百分点"}, "+2.5个百分点"),
        ({"doc_number": "潜政办发〔2020〕19号", "year": 2020}, "潜政办发〔2020〕19号"),
        ({"title": "x"}, ""),
    ],
)
def test_describe_value(attributes, shown):
    assert describe_value(attributes) == shown


def test_set_review_status_redo_undo_redo(qtbot, small_project, dialogs):
    project = Project(small_project)
    try:
        store = project.store
        doc_id = store.documents.all()[0].id
        tag_id = store.tags.all()[0].id
        text = store.documents.display_text(doc_id)
        ids = store.annotations.add_many(
            [
                {"document_id": doc_id, "start": s, "end": s + 4, "text": text[s : s + 4], "tag_id": tag_id}
                | {"status": "suggested"}
                for s in (20, 30)
            ]
        )
        cmd = SetReviewStatus(project, ids, "accepted")
        assert cmd.text() == "接受 2 条建议"
        with qtbot.waitSignal(project.changes_applied, timeout=1000) as blocker:
            project.undo_stack.push(cmd)
        assert blocker.args[0].annotations == set(ids) and blocker.args[1] is cmd
        assert [store.annotations.get(i).status for i in ids] == ["accepted", "accepted"]
        project.undo_stack.undo()
        assert [store.annotations.get(i).status for i in ids] == ["suggested", "suggested"]
        assert cmd.last_step == "undo"
        project.undo_stack.redo()
        assert [store.annotations.get(i).status for i in ids] == ["accepted", "accepted"]
        reject = SetReviewStatus(project, ids[:1], "rejected")
        assert reject.text() == "拒绝建议"
        project.undo_stack.push(reject)
        assert store.annotations.get(ids[0]).status == "rejected"
        project.undo_stack.undo()
        assert store.annotations.get(ids[0]).status == "accepted"  # back to what it was before
    finally:
        project.close()


def test_failing_step_is_dropped_and_reported(qtbot, small_project, dialogs):
    project = Project(small_project)
    try:
        store = project.store
        doc_id = store.documents.all()[0].id
        (ann_id,) = store.annotations.add_many(
            [
                {"document_id": doc_id, "start": 20, "end": 24, "text": store.documents.display_text(doc_id)[20:24]}
                | {"tag_id": store.tags.all()[0].id, "status": "suggested"}
            ]
        )
        cmd = SetReviewStatus(project, [ann_id], "accepted")
        store.annotations.delete(ann_id)  # gone before the clerk's step reaches the store
        project.undo_stack.push(cmd)
        assert cmd.failed is not None and project.undo_stack.count() == 0
        assert dialogs["errors"] and "已不存在" in dialogs["errors"][0]
    finally:
        project.close()
