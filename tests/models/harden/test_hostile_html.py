"""A page declaring rot13, base64, zlib, hex or an unknown charset is read by detection (issue 15, item 10)."""

from __future__ import annotations

import pytest

from models.errors import ReportMarkError
from models.ingest.read import read_bytes
from tests.hostile import html


@pytest.mark.parametrize("charset", html.ODD_CHARSETS)
def test_an_odd_declared_charset_is_ignored_and_the_page_detected(charset: str) -> None:
    try:
        text = read_bytes(html.page(charset), "网页.html").text
    except ReportMarkError:
        return  # a clear refusal is acceptable; an unexpected error is not
    assert "全年完成投资12亿元" in text


def test_a_real_declared_charset_still_wins() -> None:
    text = read_bytes(html.page("gb2312", "gb18030"), "网页.html").text
    assert "全年完成投资12亿元" in text
