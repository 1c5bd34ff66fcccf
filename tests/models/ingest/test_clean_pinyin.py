"""Pinyin annotation stripping: only tone-marked pinyin right after a CJK character goes."""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from importlib.util import find_spec
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.clean_script import convert_t2s
from models.ingest.pinyin_annotations import find_annotations, is_pinyin

TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"


@cache
def _inventory() -> frozenset[str]:
    """Toneless syllables straight from pypinyin's table (an oracle independent of our list)."""
    spec = find_spec("pypinyin")
    assert spec is not None and spec.origin is not None
    table = json.loads((Path(spec.origin).parent / "pinyin_dict.json").read_text(encoding="utf-8"))
    out = set()
    for readings in table.values():
        for r in readings.split(","):
            plain = "".join("v" if c in "üǖǘǚǜ" else unicodedata.normalize("NFD", c)[0] for c in r)
            if plain.isascii() and plain.isalpha():
                out.add(plain)
    return frozenset(out)


def _oracle_is_pinyin(content: str) -> bool:
    """Tone-marked, only pinyin letters, and splittable into real syllables."""
    if not content or not any(c in TONES for c in content):
        return False
    if any(not (("a" <= c <= "z") or c in TONES) for c in content):
        return False
    plain = "".join("v" if c in "üǖǘǚǜ" else unicodedata.normalize("NFD", c)[0] for c in content)
    inv = _inventory()
    reach = [True] + [False] * len(plain)
    for i in range(len(plain)):
        if reach[i]:
            for j in range(i + 1, min(len(plain), i + 6) + 1):
                if plain[i:j] in inv:
                    reach[j] = True
    return reach[-1]


def _strip(text: str) -> str:
    out, last = [], 0
    for s, e, _ in find_annotations(text):
        out.append(text[last:s])
        last = e
    return "".join(out) + text[last:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("當(dāng)前", "當前"),
        ("領(lǐng)導(dǎo)", "領導"),
        ("當（dāng）前", "當前"),  # full-width parentheses
        ("當(dāng）前", "當前"),  # mixed
        ("當前(dāngqián)工作", "當前工作"),  # several syllables
        ("綠(lǜ)色", "綠色"),
        ("社會(huì )發展", "社會發展"),  # a mirror's gloss with a blank before its closing bracket
        ("創（chuàng ）新", "創新"),
        ("名稱(Town )", "名稱(Town )"),  # a blank alone never makes a word pinyin
        ("(宣人社文[2020]5號)", "(宣人社文[2020]5號)"),
        ("(一)工業", "(一)工業"),
        ("8家(寶險農業、長騰茶業)", "8家(寶險農業、長騰茶業)"),
        ("增加值占(GDP)比重", "增加值占(GDP)比重"),
        ("建設(5G)基站", "建設(5G)基站"),
        ("名稱(Town Office)", "名稱(Town Office)"),
        ("我們(men)", "我們(men)"),  # no tone mark: an English word as far as we know
        ("咖啡(café)", "咖啡(café)"),  # tone-marked but not pinyin syllables
        ("成效?,F(xiàn)將", "成效?,F(xiàn)將"),  # after an ASCII letter: not an annotation here
        ("2020(nián)", "2020(nián)"),  # after a digit
    ],
)
def test_strip_rules(text: str, expected: str) -> None:
    assert _strip(text) == expected


@pytest.mark.parametrize(
    ("content", "ok"),
    [
        ("xiàn", True),
        ("dāngqián", True),
        ("lǘ", True),
        ("nǚ", True),
        ("men", False),
        ("GDP", False),
        ("café", False),
        ("dāngdāngdāng", True),
        ("shuāí", False),  # two tone marks in one syllable
        ("", False),
    ],
)
def test_is_pinyin(content: str, ok: bool) -> None:
    assert is_pinyin(content) is ok


_CONTENT = st.text(
    alphabet=st.sampled_from(
        list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-[]、年號一") + list(TONES)
    ),
    min_size=0,
    max_size=12,
)


@given(_CONTENT, st.sampled_from(["當", "前", "局", "𠮷"]))
@settings(max_examples=400, deadline=None)
def test_stripper_only_removes_tone_marked_pinyin(content: str, before: str) -> None:
    text = f"{before}({content})後"
    removed = list(find_annotations(text))
    if removed:
        assert len(removed) == 1
        assert _oracle_is_pinyin(content.replace(" ", "").replace("-", ""))
    elif _oracle_is_pinyin(content) and sum(c in TONES[:-1] for c in content) == 1:
        pytest.fail(f"pinyin annotation {content!r} was kept")


@given(_CONTENT)
@example("0 年")  # a space between a figure and its unit is cleaning's to take out (hypothesis found it)
@settings(max_examples=200, deadline=None)
def test_clean_keeps_non_pinyin_parentheses(content: str) -> None:
    if _oracle_is_pinyin(content.replace(" ", "").replace("-", "")):
        return
    text = f"工作成效({content})明显。\n"
    # kept, not removed as pinyin; spaces inside figures (0 年 -> 0年) are cleaning's own deletions
    display = "".join(clean(text).display_text.split())
    kept = ("".join(content.split()), "".join(convert_t2s(content)[0].split()))
    assert any(f"({k})" in display for k in kept)


def test_clean_removes_annotations_and_maps_around_them() -> None:
    text = "當(dāng)前位置(wèi)很好\n"
    result = clean(text)
    assert result.display_text == "当前位置很好"
    arr = result.offset_map.to_array()
    assert text[arr[1]] == "前"
    assert result.removed_annotations == ((1, 7), (10, 15))
