"""Typed domain errors carrying a plain-Chinese message for the clerk, which the edge can put in English.

A message made with ``message(template, *args)`` is the Chinese sentence (a ``str``: shown, logged and
compared as before) that also remembers its template and arguments. The Chinese template is the message's
id, as the source strings of the window's ``tr()`` are; its English lives in the one catalogue
(``resources/translations/reportmark_en.ts``, context ``models``). ``models/`` never looks a language
up: the edge does, ``main.py`` under ``--lang en`` and the window under its English translator, through
``in_language(text, lookup)`` with its own lookup, so ``models/`` needs no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from models.types import Changes

CONTEXT = "models"  # the catalogue context of every message() template


class Message(str):
    """A sentence for the clerk in Simplified Chinese, with the template and arguments it was made from."""

    template: str
    args: tuple[Any, ...]

    def __new__(cls, template: str, *args: Any) -> Message:
        made = super().__new__(cls, template.format(*args))
        made.template, made.args = template, args
        return made

    def __reduce__(self) -> tuple[type[Message], tuple[Any, ...]]:
        # pickle and copy make it again from its template (the default would format the finished text)
        return (Message, (self.template, *self.args))


def message(template: str, *args: Any) -> Message:
    """``template.format(*args)`` in Chinese, translatable at the edge (``template`` must be a literal)."""
    return Message(template, *args)


def in_language(text: str, lookup: Callable[[str, str], str]) -> str:
    """``text`` in the language ``lookup(context, source)`` gives (it returns the source when it has none).

    Arguments that are messages themselves (an action such as 打开, a reason) are put in the language too;
    a plain string (a file name, a report's title, a message not yet made with ``message()``) stays as it is.
    """
    if not isinstance(text, Message):
        return text
    args = [in_language(a, lookup) if isinstance(a, str) else a for a in text.args]
    translated = lookup(CONTEXT, text.template) or text.template
    try:
        return translated.format(*args)
    except (IndexError, KeyError, ValueError):  # a catalogue entry with other placeholders: the Chinese is right
        return str(text)


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
        self, user_message: str | None = None, detail: str | None = None, *, changes: Changes | None = None
    ) -> None:
        user_message = user_message if user_message is not None else message("操作已取消。")
        self.changes = changes if changes is not None else Changes()
        super().__init__(user_message, detail)
