"""Matching tag names against what the clerk types: substring, full pinyin, or pinyin initials (zb -> 指标)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)
def pinyin_keys(name: str) -> tuple[str, str]:
    """(initials, full pinyin) of ``name`` in lower case, e.g. ("zb", "zhibiao") for 指标."""
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:  # pragma: no cover - pypinyin is a declared dependency
        return "", ""
    initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default")).lower()
    full = "".join(lazy_pinyin(name, errors="default")).lower()
    return initials, full


def tag_matches(name: str, query: str) -> bool:
    """True when ``query`` is part of the name, its pinyin initials or its full pinyin."""
    q = query.strip().lower().replace(" ", "")
    if not q:
        return True
    if q in name.lower():
        return True
    initials, full = pinyin_keys(name)
    return q in initials or q in full
