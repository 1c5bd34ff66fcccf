"""Opening a silently damaged project warns the clerk at once, and keeps its good backups (issue 15, item 1)."""

from __future__ import annotations

from pathlib import Path

from models import ops
from models.store.backup import list_good_backups
from tests.models.conftest import add_plain_text
from tests.models.harden.test_backup_rotation import damage_one_page
from tests.ui.conftest import make_window


def test_opening_a_damaged_project_warns_at_once(qtbot, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.reportmark"
    store = ops.open_project(path)
    for i in range(40):
        add_plain_text(store, f"第{i}份。" + "全年完成投资12亿元。" * 300, title=f"报告{i}")
    good = store.backup()
    store.close()
    damage_one_page(path)
    window = make_window(qtbot, path)
    qtbot.waitUntil(lambda: any("损坏" in e for e in dialogs["errors"]), timeout=15000)
    assert good in list_good_backups(path)
    window.close()
