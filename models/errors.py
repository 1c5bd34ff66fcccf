"""Typed domain errors carrying a plain-Chinese message for the clerk."""

from __future__ import annotations

from models.types import Changes


class ReportMarkError(Exception):
    """Base of every error the domain raises on purpose.

    Args:
        user_message: one plain sentence in Simplified Chinese, naming the file
            or object concerned; shown as-is by the GUI and the CLI.
        detail: optional technical detail for the log (never shown by default).
    """

    def __init__(self, user_message: str, detail: str | None = None) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.detail = detail


class UnsupportedFormat(ReportMarkError):
    """The file type is not one ReportMark reads."""


class DecodeError(ReportMarkError):
    """The file's bytes cannot be turned into trustworthy text."""


class EmptyDocument(ReportMarkError):
    """The file holds no readable text."""


class DuplicateDocument(ReportMarkError):
    """The same content is already in the project."""

    def __init__(self, user_message: str, existing_id: int, detail: str | None = None) -> None:
        super().__init__(user_message, detail)
        self.existing_id = existing_id


class StoreError(ReportMarkError):
    """The project file cannot be opened, read or written."""


class ProjectDamaged(StoreError):
    """The project file cannot be read; ``backup`` is the latest good backup, if any."""

    def __init__(self, user_message: str, backup: object | None = None, detail: str | None = None) -> None:
        super().__init__(user_message, detail)
        self.backup = backup


class InvalidValue(ReportMarkError):
    """A value the clerk typed cannot be saved as it is (a date that does not read as one)."""


class NotFound(ReportMarkError):
    """A document, tag or annotation no longer exists."""


class ProjectNotFound(NotFound):
    """A project file that was named does not exist (and was not to be created)."""


class InvalidSpan(ReportMarkError):
    """An annotation span is empty, whitespace-only or out of bounds."""


class TagInUse(ReportMarkError):
    """A tag still has annotations and no decision was given for them."""


class NotUndoable(ReportMarkError):
    """A step cannot be undone without losing what was done after it."""


class Cancelled(ReportMarkError):
    """The user cancelled a long operation; ``changes`` is what it had already committed."""

    def __init__(
        self, user_message: str = "操作已取消。", detail: str | None = None, *, changes: Changes | None = None
    ) -> None:
        self.changes = changes if changes is not None else Changes()
        super().__init__(user_message, detail)
