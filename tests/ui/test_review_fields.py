"""Review shows what the suggester parsed, editable before accepting (issue 14.5)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import type_text
from tests.ui.test_review_window import review  # noqa: F401 (fixture)


def _goto_indicator(controller, panel, qtbot, window):  # type: ignore[no-untyped-def]
    indicator = window.store.tags.find("指标")
    panel.focus_list()
    for _ in range(200):
        current = controller.queue.current()
        if current.tag_id == indicator.id and current.attributes.get("value") is not None:
            return current
        qtbot.keyClick(panel.list, Qt.Key.Key_N)
    raise AssertionError("no indicator suggestion with a value")


def test_parsed_fields_are_shown_edited_and_kept_when_accepted(review, qtbot):  # noqa: F811
    window, controller, panel = review
    assert panel.list.headerItem().text(panel.list.columnCount() - 1) != "可信度"  # confidence dropped
    ann = _goto_indicator(controller, panel, qtbot, window)
    fields = panel.fields
    assert fields.isVisible() and fields.isEnabled()
    attrs = ann.attributes
    assert fields.edits["name"].text() == attrs["name"]
    assert fields.edits["unit"].text() == (attrs.get("unit") or "")
    row = panel.list.currentItem()
    assert f"名称：{attrs['name']}" in row.toolTip(1)  # the tooltip says what was parsed, not the text again
    # the clerk corrects the name and the unit, then accepts
    name = fields.edits["name"]
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    name.selectAll()
    type_text(qtbot, name, "改正的名称")
    qtbot.keyClick(name, Qt.Key.Key_Tab)  # on to the next field (Enter would accept: clerk day 12)
    unit = fields.edits["unit"]
    unit.setFocus()
    unit.selectAll()
    type_text(qtbot, unit, "万元")
    qtbot.keyClick(unit, Qt.Key.Key_Tab)
    stored = window.store.annotations.get(ann.id)
    assert stored.status == "suggested"
    assert stored.attributes["name"] == "改正的名称" and stored.attributes["unit"] == "万元"
    assert stored.attributes["normalized_value"] == float(attrs["value"]) * 1e4
    assert stored.attributes["base_unit"] == "元"
    assert fields.edits["name"].text() == "改正的名称"  # the panel shows the stored value again
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    accepted = window.store.annotations.get(ann.id)
    assert accepted.status == "accepted" and accepted.attributes["name"] == "改正的名称"
    # each edit is a step of its own: undo the accept, then the unit
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.store.annotations.get(ann.id).attributes.get("unit") == attrs.get("unit")
    assert window.store.annotations.get(ann.id).status == "suggested"


def test_accepting_credits_the_clerk_and_undo_credits_the_suggester_again(review, qtbot):  # noqa: F811
    import getpass

    window, controller, panel = review
    panel.focus_list()
    first = controller.queue.current()
    assert window.store.annotations.get(first.id).author == "ReportMark"
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    # no author set in 首选项: the name the clerk logs in with
    assert window.store.annotations.get(first.id).author == getpass.getuser()
    window.undo_stack.undo()
    assert window.store.annotations.get(first.id).author == "ReportMark"
    assert window.store.annotations.get(first.id).status == "suggested"


def test_leaving_an_untouched_field_changes_nothing() -> None:
    from ui.review.fields import edited_attributes

    before = {"name": "复工率", "value": 100.0, "unit": "%", "change": None, "change_unit": None, "kind": "actual"}
    shown = {
        "name": "复工率",
        "value": "100",
        "unit": "%",
        "change": "",
        "change_unit": "",
        "period": "",
        "kind": "actual",
    }
    assert edited_attributes(before, shown) == before
    after = edited_attributes(before, {**shown, "unit": "万元"})
    assert after["unit"] == "万元" and after["normalized_value"] == 1e6 and after["base_unit"] == "元"
