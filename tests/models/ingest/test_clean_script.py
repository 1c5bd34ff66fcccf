"""Script detection and the fast t2s conversion: same output as OpenCC, exact offsets."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from models.ingest import clean_script
from models.ingest.clean import clean
from models.ingest.clean_script import _tables, convert_t2s, convert_with_map, detect_script

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
TRADITIONAL = (SEEDS / "2020_县科经局_工作总结及2021年工作要点_繁体.txt").read_text(encoding="utf-8")
SIMPLIFIED = (SEEDS / "2020_市经信局_工作总结和2021年工作计划.txt").read_text(encoding="utf-8")
_CC = OpenCC("t2s")


def test_detects_script() -> None:
    assert detect_script(TRADITIONAL) == "traditional"
    assert detect_script(SIMPLIFIED) == "simplified"
    assert detect_script("") == "simplified"
    assert detect_script("GDP 5G 2020") == "simplified"
    assert detect_script("經濟發展") == "traditional"
    # a simplified report quoting one traditional name stays simplified
    assert detect_script("我市经济发展取得新成效，全市工业增加值增长8%，台湾同胞投资的臺商企业增加。") == "simplified"


def test_same_as_opencc_on_the_seed() -> None:
    assert convert_t2s(TRADITIONAL)[0] == _CC.convert(TRADITIONAL)


def test_overlapping_phrases_take_the_longest_first_as_opencc_does() -> None:
    # 藉助於 and 於呼哀哉 overlap: OpenCC converts the longer one first, so 於 stays (hypothesis found it)
    for text in ("藉助於呼哀哉", "他說：藉助於呼哀哉，好。藉助於他"):
        assert convert_t2s(text)[0] == _CC.convert(text)
    assert convert_t2s("藉助於呼哀哉")[0] == "借助於呼哀哉"


_KEYS = (
    sorted(_tables().phrases) + [chr(c) for c in sorted(_tables().chars)][:400] + ["乾隆", "覆蓋", "著作", "，", "經濟"]
)


@given(st.lists(st.sampled_from(_KEYS), max_size=8).map("".join))
@settings(max_examples=300, deadline=None)
def test_same_as_opencc_on_dictionary_entries(text: str) -> None:
    assert convert_t2s(text)[0] == _CC.convert(text)


def test_block_that_changes_length_maps_proportionally(monkeypatch: pytest.MonkeyPatch) -> None:
    # OpenCC's t2s tables are one-for-one today; a block of another length must still map monotonically.
    monkeypatch.setattr(clean_script, "convert_t2s", lambda text: ("甲xyz丁", [(1, 3, 3)]))
    out, offsets = convert_with_map("甲乙丙丁", array("q", [10, 11, 12, 13]))
    assert out == "甲xyz丁"
    assert list(offsets) == [10, 11, 11, 12, 13]


def test_simplified_text_is_not_converted() -> None:
    text = "乾隆年间的著作"  # characters t2s would touch even in simplified text
    result = clean(text)
    assert result.script == "simplified"
    assert result.display_text == text
