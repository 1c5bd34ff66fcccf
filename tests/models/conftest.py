"""Fixtures for domain tests: in-memory and on-disk stores with the default tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import ops
from models.store import Store
from models.types import Metadata, ParsedDocument

ROOT = Path(__file__).resolve().parents[2]
SEED_SIMPLIFIED = ROOT / "seeds" / "2020_市经信局_工作总结和2021年工作计划.txt"
SEED_TRADITIONAL = ROOT / "seeds" / "2020_县科经局_工作总结及2021年工作要点_繁体.txt"


def add_plain_text(store: Store, text: str, title: str = "手工文档", **meta: str) -> int:
    """Store ``text`` as a document as it is (display = original, no outline): offsets are known exactly."""
    parsed = ParsedDocument.plain(text, f"{title}.txt", Metadata(title=title, **meta))
    return store.documents.add(parsed).id


@pytest.fixture
def store() -> Store:
    s = Store.memory()
    s.tags.ensure_defaults(ops.load_default_schema())
    return s


@pytest.fixture
def file_store(tmp_path: Path) -> Store:
    s = ops.open_project(tmp_path / "project.reportmark")
    yield s
    s.close()


@pytest.fixture
def seeded(store: Store) -> Store:
    ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL])
    return store
