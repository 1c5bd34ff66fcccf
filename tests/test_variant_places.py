"""The place and office swaps rename consistently, text and gold alike, to real names of the same level and kind."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.eval_variants import pick_documents, variant_of
from benchmarks.reading_score import norm
from benchmarks.variant_places import found_places, kind, office_swap, place_swap, places, replace_all

TEXT = (
    "浙江省湖州市长兴县2011年统计公报\n长兴县统计局\n全县经济平稳。长兴县雉城街道、和平镇、夹浦镇工业增长。长兴经济。"
)


def test_every_written_place_becomes_a_real_place_of_its_level_and_kind() -> None:
    gaz = places()
    mapping = place_swap(TEXT, random.Random(1))
    assert {"浙江省", "湖州市", "长兴县", "雉城街道", "夹浦镇"} <= set(mapping)
    for old, new in mapping.items():
        assert new != old
        if old in gaz.by_name:
            assert new in gaz.by_name and kind(new) == kind(old)
    # top down: the county lies in the swapped city, the city in the swapped province
    county = next(p for p in gaz.by_name[mapping["长兴县"]] if p.parent == mapping["湖州市"])
    assert any(p.parent == mapping["浙江省"] for p in gaz.by_name[mapping["湖州市"]])
    assert mapping["长兴"] == county.short  # the short form follows its place


def test_a_short_form_two_places_bear_or_a_word_is_kept() -> None:
    mapping = place_swap("长沙县人民政府工作报告。长沙经济。和平区和平发展。", random.Random(0))
    assert "长沙县" in mapping and "长沙" not in mapping  # 长沙 is 长沙市's as much as 长沙县's
    assert "和平" not in mapping


def test_generic_words_are_no_places() -> None:
    assert found_places("全市新城区、城区、开发区、高新区和县城建设", places()) == []
    assert found_places("天津市滨海新区", places()) == ["天津市", "滨海新区"]
    assert found_places("其中城镇常住人口", places()) == []  # 中城镇 is a town, but 其中 is a word


def test_the_swap_is_seeded() -> None:
    assert place_swap(TEXT, random.Random(5)) == place_swap(TEXT, random.Random(5))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["浙江省", "湖州市", "长兴县", "夹浦镇", "经济", "。", "长兴", "统计局"]), max_size=30))
def test_replacing_leaves_no_swapped_name_and_keeps_the_rest(parts: list[str]) -> None:
    text = "".join(parts)
    mapping = place_swap(text, random.Random(2))
    out = replace_all(mapping)(text)
    assert not any(name in out for name in ("浙江省", "湖州市", "长兴县", "夹浦镇") if name in mapping)
    assert out.count("经济") >= text.count("经济")


def test_places_family_carries_title_and_issuer_over() -> None:
    doc = pick_documents(0, 0, ["1796"])[0]
    v = variant_of("places", doc, seed=0)
    assert v is not None
    text = v.data.decode("utf-8")
    assert "长兴" not in text and "湖州" not in text
    assert v.gold["title"] != doc[1]["title"] and norm(v.gold["title"]) in norm(text)
    assert norm(v.gold["issuer"]) in norm(text) and v.gold["date"] == doc[1]["date"]
    assert norm(v.gold["body"]["first"]) in norm(text)


def test_a_traditional_copy_is_swapped_as_written_and_its_simplified_gold_too() -> None:
    doc = pick_documents(0, 0, ["1107"])[0]
    v = variant_of("places", doc, seed=0)
    assert v is not None
    text = v.data.decode("utf-8")
    assert "朝陽市" not in text and "遼寧" not in text and "朝阳" not in v.gold["issuer"]
    assert v.gold["issuer"].endswith("市工业和信息化局")


def test_offices_are_permuted_among_bureaus_of_their_shape() -> None:
    mapping = office_swap("某县统计局 某县交通运输局 国家统计局", random.Random(0))
    assert set(mapping) == {"统计局", "交通运输局"}
    assert mapping["统计局"].endswith("局") and len(mapping["统计局"]) == 3
    assert mapping["交通运输局"] != "交通运输局"
