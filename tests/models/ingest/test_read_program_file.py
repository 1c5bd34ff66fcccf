"""Clerk day 12: a Windows program renamed .txt is refused as a program file, not as 'binary data (NUL bytes)'."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.errors import UnsupportedFormat
from models.ingest.read import read_file


def test_windows_program_renamed_txt_is_refused_as_a_program(tmp_path: Path) -> None:
    path = tmp_path / "setup.txt"
    # the start of a PE file: DOS header, stub message, NUL padding
    path.write_bytes(
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
        + b"\x00" * 50
        + b"This program cannot be run in DOS mode."
    )
    with pytest.raises(UnsupportedFormat) as info:
        read_file(path)
    assert "程序" in info.value.user_message and path.name in info.value.user_message
    assert "空字节" not in info.value.user_message
