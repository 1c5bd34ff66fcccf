"""Property tests: text encoded by common codecs comes back exactly through read_bytes."""

from __future__ import annotations

import unicodedata

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from models.errors import EmptyDocument
from models.ingest.read import read_bytes
from models.ingest.read_common_chars import COMMON_HAN

# Any character except controls, surrogates and line/paragraph separators (newline
# normalisation rewrites those); "\n" is added back explicitly.
_PLAIN = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))
TEXTS = st.text(st.one_of(_PLAIN, st.just("\n")), min_size=1, max_size=300)


def _readable(text: str) -> bool:
    return bool(text.strip()) and not text.startswith("\ufeff")


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_utf8_round_trips_exactly(text: str) -> None:
    assume(_readable(text))
    data = text.encode("utf-8")
    assume(not data.startswith((b"%PDF-", b"GIF87a", b"GIF89a", b"II*", b"MM")))
    raw = read_bytes(data, "t.txt")
    assert raw.text == text
    assert raw.encoding == "utf-8"


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sampled_from(["utf-16", "utf-8-sig"]))
def test_bom_encodings_round_trip_exactly(text: str, codec: str) -> None:
    assume(_readable(text))
    raw = read_bytes(text.encode(codec), "t.txt")
    assert raw.text == text


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=50))
def test_whitespace_only_is_always_an_empty_document(body: str) -> None:
    spaces = "".join(ch for ch in body if ch.isspace() and unicodedata.category(ch) != "Cc") or " "
    try:
        read_bytes(spaces.encode("utf-8"), "w.txt")
    except EmptyDocument:
        return
    raise AssertionError("whitespace-only text was accepted")


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


_GB_CHARS = sorted(ch for ch in COMMON_HAN if _encodable(ch, "gb2312") and not _encodable(ch, "big5"))
_BIG5_CHARS = sorted(ch for ch in COMMON_HAN if _encodable(ch, "big5") and not _encodable(ch, "gb2312"))
_PUNCT = "，。、；：（）“”0123456789%\n"


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from(_GB_CHARS + list(_PUNCT)), min_size=1, max_size=200))
def test_simplified_text_in_gb18030_is_read_as_gb18030(body: str) -> None:
    text = "工作总结" + body  # a realistic report opens with a few plain words
    raw = read_bytes(text.encode("gb18030"), "gb.txt")
    assert (raw.text, raw.encoding) == (text, "gb18030")


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from(_BIG5_CHARS + list(_PUNCT)), min_size=1, max_size=200))
def test_traditional_text_in_big5_is_read_as_big5(body: str) -> None:
    text = "工作總結" + body
    raw = read_bytes(text.encode("big5"), "b5.txt")
    assert (raw.text, raw.encoding) == (text, "big5")
