"""jieba is imported without setuptools' pkg_resources, and segments and tags as before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[3]

_PROBE = """
import sys
from models.jieba_import import import_jieba
pseg = import_jieba("jieba.posseg")
jieba = import_jieba()
jieba.setLogLevel(60)
print("pkg_resources" in sys.modules, "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None)
print(" ".join(jieba.cut("全县完成固定资产投资", HMM=False)))
print(" ".join(f"{w.word}/{w.flag}" for w in pseg.cut("组建", HMM=False)))
"""


def test_jieba_loads_its_data_without_pkg_resources() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=_ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] == "False False"  # never imported, and the hiding undone
    assert out[1].split() == ["全县", "完成", "固定资产", "投资"]
    assert out[2] == "组建/v"


def test_a_loaded_module_is_returned_as_it_is() -> None:
    from models.jieba_import import import_jieba

    assert import_jieba("sys") is sys
