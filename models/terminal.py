"""Text for a terminal: control characters, lone surrogates and bidi overrides shown as escapes, never raw."""

from __future__ import annotations

import re
from typing import Any, TextIO

# C0 (but tab and newline), DEL, C1, lone surrogates, bidi embeddings/overrides/isolates, line/para separators
_UNSAFE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def printable(text: str) -> str:
    """``text`` with every character a terminal would act on written as ``\\uXXXX`` (valid in JSON strings too)."""
    return _UNSAFE_RE.sub(_escape, text) if _UNSAFE_RE.search(text) else text


class EscapingStream:
    """Wraps a text stream so everything printed through it is ``printable``."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
