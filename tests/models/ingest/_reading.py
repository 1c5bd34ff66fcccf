"""Reading a made-up report in one call, for tests: its issuer as the reader chooses it, its kept display lines."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata


def issuer(text: str) -> str | None:
    """The issuer the reader chooses for ``text`` (cleaned, read as a plain file)."""
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).issuer


def display_lines(text: str) -> list[str]:
    """The non-blank lines of ``text``'s display text after cleaning, as they stand."""
    return [line for line in clean(text).display_text.split("\n") if line.strip()]


def kept_lines(text: str) -> list[str]:
    """The non-blank lines of ``text``'s display text after cleaning, stripped."""
    return [line.strip() for line in clean(text).display_text.split("\n") if line.strip()]
