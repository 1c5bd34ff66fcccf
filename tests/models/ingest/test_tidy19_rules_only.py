"""Cleaning with or without the learned chrome model is an argument, not a module switch (tidy19)."""

from __future__ import annotations

import pytest

from models.ingest import chrome_learned as cl
from models.ingest import parse_raw
from models.ingest.clean import clean
from models.ingest.read import RawText

PAGE = "现将有关事项通知如下，请认真贯彻落实。\n工作要求\n各单位要加强领导，确保取得实效。\n"


@pytest.fixture
def eager_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shipped model that calls every line the guard lets go chrome (here the heading 工作要求)."""
    monkeypatch.setattr(cl, "shipped_model", lambda: cl.Model(intercept=30.0, weights={}, threshold=0.5))


@pytest.mark.usefixtures("eager_model")
def test_the_rules_alone_keep_what_the_model_would_cut() -> None:
    assert "工作要求" not in clean(PAGE).display_text
    assert "工作要求" in clean(PAGE, learned=False).display_text


@pytest.mark.usefixtures("eager_model")
def test_parsing_passes_the_choice_to_cleaning() -> None:
    raw = RawText(text=PAGE, source_format="txt", encoding="utf-8", content_hash="x")
    assert "工作要求" in parse_raw(raw, "a.txt", learned=False).display_text
    assert "工作要求" not in parse_raw(raw, "a.txt").display_text
