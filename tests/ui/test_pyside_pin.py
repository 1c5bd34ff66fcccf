"""PySide6 6.12.0 aborts ("Fatal Python error: none_dealloc") after many Qt calls returning None; we pin < 6.12."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
obj, widget = QObject(), QWidget()
for i in range(10_000):
    obj.setObjectName(f"o{i % 7}")
    widget.setToolTip("t")
print("ok")
"""


def test_many_none_returning_calls_do_not_abort():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "none_dealloc" not in proc.stderr
    assert proc.stdout.strip() == "ok"
