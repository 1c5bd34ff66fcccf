"""message(): the Chinese sentence that keeps its template, so the edge can put it in English."""

from __future__ import annotations

import copy
import pickle

from models.errors import DecodeError, in_language, message


def test_a_message_survives_pickle_and_copy_even_with_braces_in_a_file_name() -> None:
    said = message("文件“{0}”是空的，没有可读的文字。", "年报{草稿}.txt")
    english = {"文件“{0}”是空的，没有可读的文字。": "The file “{0}” is empty: it has no text to read."}

    def lookup(_context: str, source: str) -> str:
        return english.get(source, source)

    for again in (pickle.loads(pickle.dumps(said)), copy.copy(said), copy.deepcopy(said)):
        assert again == "文件“年报{草稿}.txt”是空的，没有可读的文字。"
        assert in_language(again, lookup) == "The file “年报{草稿}.txt” is empty: it has no text to read."
    error = pickle.loads(pickle.dumps(DecodeError(said)))  # an exception sent back from another process
    assert in_language(error.user_message, lookup) == "The file “年报{草稿}.txt” is empty: it has no text to read."


def test_every_kind_a_text_file_may_really_be_has_its_message() -> None:
    """A label added to read_text._MAGIC needs its message() in read_text._KINDS, or English names it in Chinese."""
    from models.ingest import read_text

    labels = {label for _magic, label in read_text._MAGIC} | {read_text.sniff_binary(b"RIFF0000WEBP")}
    assert sorted(str(label) for label in labels if label not in read_text._KINDS) == []
