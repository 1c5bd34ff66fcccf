"""Removed spans of the original: what 显示原文 strikes through."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.removed import removed_spans


def test_chrome_header_and_junk_are_removed_spans() -> None:
    original = "首页 > 要闻\n来源：某某日报\n政 府 工 作 报 告 LsMq&a-j2\n各位代表：\n现在报告工作。\n"
    result = clean(original)
    texts = [original[s:e] for s, e in removed_spans(original, result.offset_map)]
    assert texts[:2] == ["首页 > 要闻", "来源：某某日报"]
    assert "各位代表" not in "".join(texts)


def test_nothing_removed_gives_no_spans() -> None:
    original = "各位代表：\n现在报告工作。"
    assert removed_spans(original, clean(original).offset_map) == []
