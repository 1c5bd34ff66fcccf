"""Every undo command: redo -> undo -> redo, checking the store after each step."""

from __future__ import annotations

import pytest

from models.errors import NotFound
from ui import commands
from ui.project import Project


@pytest.fixture
def project(qtbot, small_project, dialogs):
    p = Project(small_project)
    yield p
    p.close()


@pytest.fixture
def doc_id(project):
    return project.store.documents.all()[0].id


def tag(project, key):
    return next(t for t in project.store.tags.all() if t.key == key)


def push(project, cmd, qtbot):
    with qtbot.waitSignal(project.changes_applied, timeout=1000) as blocker:
        project.undo_stack.push(cmd)
    return blocker.args[0]


def test_create_annotation(project, doc_id, qtbot):
    store = project.store
    cmd = commands.CreateAnnotation(project, doc_id, 10, 14, tag(project, "1").id, note="n", author="张三")
    changes = push(project, cmd, qtbot)
    ann = store.annotations.get(cmd.annotation_id)
    assert changes.annotations == {ann.id} and ann.author == "张三" and ann.note == "n"
    project.undo_stack.undo()
    assert not store.annotations.has(ann.id)
    project.undo_stack.redo()
    assert store.annotations.get(ann.id) == ann


def test_delete_annotation_restores_same_id(project, doc_id, qtbot):
    store = project.store
    cmd = commands.CreateAnnotation(project, doc_id, 10, 14, tag(project, "1").id)
    push(project, cmd, qtbot)
    ann = store.annotations.get(cmd.annotation_id)
    push(project, commands.DeleteAnnotation(project, ann.id), qtbot)
    assert not store.annotations.has(ann.id)
    project.undo_stack.undo()
    assert store.annotations.get(ann.id) == ann
    project.undo_stack.redo()
    assert not store.annotations.has(ann.id)


@pytest.mark.parametrize(
    ("cls", "field", "before", "after"),
    [
        (commands.EditNote, "note", "", "第一行\n第二行"),
        (commands.EditAttributes, "attributes", {}, {"value": 8.5, "unit": "%"}),
    ],
)
def test_update_commands(project, doc_id, qtbot, cls, field, before, after):
    store = project.store
    create = commands.CreateAnnotation(project, doc_id, 10, 14, tag(project, "1").id)
    push(project, create, qtbot)
    ann_id = create.annotation_id
    push(project, cls(project, ann_id, before, after), qtbot)
    assert getattr(store.annotations.get(ann_id), field) == after
    project.undo_stack.undo()
    assert getattr(store.annotations.get(ann_id), field) == before
    project.undo_stack.redo()
    assert getattr(store.annotations.get(ann_id), field) == after


def test_retag(project, doc_id, qtbot):
    store = project.store
    one, two = tag(project, "1").id, tag(project, "2").id
    create = commands.CreateAnnotation(project, doc_id, 10, 14, one)
    push(project, create, qtbot)
    push(project, commands.RetagAnnotation(project, create.annotation_id, one, two), qtbot)
    assert store.annotations.get(create.annotation_id).tag_id == two
    project.undo_stack.undo()
    assert store.annotations.get(create.annotation_id).tag_id == one
    project.undo_stack.redo()
    assert store.annotations.get(create.annotation_id).tag_id == two


def test_create_tag_keeps_its_id(project, qtbot):
    store = project.store
    cmd = commands.CreateTag(project, "工业", "#123456", parent_id=tag(project, "1").id)
    push(project, cmd, qtbot)
    created = store.tags.get(cmd.tag.id)
    assert created.name == "工业" and created.parent_id == tag(project, "1").id
    project.undo_stack.undo()
    with pytest.raises(NotFound):
        store.tags.get(created.id)
    project.undo_stack.redo()
    assert store.tags.get(created.id) == created


def test_update_tag(project, qtbot):
    store = project.store
    t = tag(project, "3")
    push(
        project,
        commands.UpdateTag(project, t.id, {"name": t.name, "color": t.color}, {"name": "短板", "color": "#000000"}),
        qtbot,
    )
    assert (store.tags.get(t.id).name, store.tags.get(t.id).color) == ("短板", "#000000")
    project.undo_stack.undo()
    assert store.tags.get(t.id) == t
    project.undo_stack.redo()
    assert store.tags.get(t.id).name == "短板"


@pytest.mark.parametrize("mode", ["move", "delete"])
def test_delete_tag_with_annotations(project, doc_id, qtbot, mode):
    store = project.store
    victim, target = tag(project, "3"), tag(project, "1")
    create = commands.CreateAnnotation(project, doc_id, 10, 14, victim.id)
    push(project, create, qtbot)
    ann = store.annotations.get(create.annotation_id)
    options = {"move_to": target.id} if mode == "move" else {"delete_annotations": True}
    push(project, commands.DeleteTag(project, victim.id, **options), qtbot)
    assert victim.id not in {t.id for t in store.tags.all()}
    if mode == "move":
        assert store.annotations.get(ann.id).tag_id == target.id
    else:
        assert not store.annotations.has(ann.id)
    project.undo_stack.undo()
    assert store.tags.get(victim.id) == victim
    assert store.annotations.get(ann.id).tag_id == victim.id
    project.undo_stack.redo()
    assert victim.id not in {t.id for t in store.tags.all()}


def test_failing_command_is_dropped_and_reported(project, doc_id, dialogs):
    cmd = commands.RetagAnnotation(project, 999_999, 1, 2)
    project.undo_stack.push(cmd)
    assert project.undo_stack.count() == 0
    assert dialogs["errors"] and "已不存在" in dialogs["errors"][0]


def test_set_document_field_twice_then_undo_both(project, doc_id, qtbot):
    store = project.store
    first = commands.SetDocumentField(project, doc_id, "date", "2021年3月5日")
    changes = push(project, first, qtbot)
    assert changes.documents == {doc_id} and store.documents.get(doc_id).date == "2021-03-05"
    push(project, commands.SetDocumentField(project, doc_id, "date", "2021-04-01"), qtbot)
    project.undo_stack.undo()
    doc = store.documents.get(doc_id)
    assert doc.date == "2021-03-05" and doc.clerk_fields["date"]["reader"] == "2020-12-31"
    project.undo_stack.undo()
    doc = store.documents.get(doc_id)
    assert doc.date == "2020-12-31" and doc.clerk_fields == {}
    project.undo_stack.redo()
    assert store.documents.get(doc_id).date == "2021-03-05"
    assert project.undo_stack.undoText() == "修改日期"
