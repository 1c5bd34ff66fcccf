"""Keywords in the helper process (jieba never loads in the calling process)."""

from __future__ import annotations

from models.suggest.keywords import keywords_in_helper_process, stop_helper_process
from tests.models.conftest import SEED_SIMPLIFIED


def test_keywords_come_back_from_the_helper_process() -> None:
    text = SEED_SIMPLIFIED.read_text(encoding="utf-8")
    try:
        words = keywords_in_helper_process(text, 10)
    finally:
        stop_helper_process()
    assert words is not None and len(words) == 10 and "疫情防控" in words


def test_cancelled_wait_returns_none_at_once() -> None:
    try:
        assert keywords_in_helper_process("工业经济运行平稳。", 5, cancelled=lambda: True) is None
    finally:
        stop_helper_process()
