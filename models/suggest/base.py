"""The Suggestion value every suggester returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Suggestion:
    """A candidate annotation: a span of display text, its tag name and parsed attributes.

    ``kind`` is the tag name in the default schema (``指标``, ``政策``, ``问题``, ``目标``);
    ``start``/``end`` are ``str`` offsets into the display text and ``text`` equals
    ``display_text[start:end]``.
    """

    kind: str
    start: int
    end: int
    text: str
    attributes: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.5
