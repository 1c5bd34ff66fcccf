"""Indicator matching across two documents: synonyms, near matches, units, differences, export rows."""

from __future__ import annotations

import pytest
from compare_helpers import add_parsed, annotate

from models.compare import INDICATOR_HEADERS, compare_documents, normalize_name
from models.compare.synonyms import name_similarity
from models.store import Store

LEFT = "一、经济运行\n\n全县规上工业企业33家，社消零40.68亿元，下降27.6%。完成固定资产投资61111万元，同比增长56.07%。\n"
RIGHT = (
    "一、经济运行\n\n全市规模以上工业企业253家，社会消费品零售总额120.5亿元，增长3.2%。"
    "完成固定资产投资530亿元。新增高新技术企业19家。\n"
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("规上工业企业", "规模以上工业企业"),
        ("社消零", "社会消费品零售总额"),
        ("全县规上工业企业", "规模以上工业企业数量"),
        ("５Ｇ基站", "5G基站"),
        ("“万企上云”企业", "上云企业"),
        ("2021年规上工业增加值", "规模以上工业增加值"),
    ],
)
def test_names_normalise_to_the_same_key(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


def test_different_indicators_stay_apart() -> None:
    assert normalize_name("规上工业增加值") != normalize_name("规上工业总产值")
    assert name_similarity(normalize_name("工业投资"), normalize_name("社会消费品零售总额")) < 0.8


def _pair(store: Store) -> tuple[int, int]:
    a, b = add_parsed(store, "left.txt", LEFT), add_parsed(store, "right.txt", RIGHT)
    annotate(store, a, "规上工业企业33家", name="规上工业企业", value=33, unit="家", normalized_value=33)
    annotate(
        store,
        a,
        "社消零40.68亿元，下降27.6%",
        name="社消零",
        value=40.68,
        unit="亿元",
        normalized_value=4.068e9,
        change=-27.6,
        change_unit="%",
    )
    annotate(
        store,
        a,
        "固定资产投资61111万元，同比增长56.07%",
        name="固定资产投资",
        value=61111,
        unit="万元",
        normalized_value=6.1111e8,
        change=56.07,
        change_unit="%",
    )
    annotate(store, b, "规模以上工业企业253家", name="规模以上工业企业", value=253, unit="家", normalized_value=253)
    annotate(
        store,
        b,
        "社会消费品零售总额120.5亿元，增长3.2%",
        name="社会消费品零售总额",
        value=120.5,
        unit="亿元",
        normalized_value=1.205e10,
        change=3.2,
        change_unit="%",
        status="suggested",
    )
    annotate(store, b, "固定资产投资530亿元", name="固定资产投资", value=530, unit="亿元", normalized_value=5.3e10)
    annotate(store, b, "新增高新技术企业19家", name="新增高新技术企业", value=19, unit="家", normalized_value=19)
    return a, b


def test_indicators_match_by_normalised_name_with_differences(store: Store) -> None:
    a, b = _pair(store)
    comparison = compare_documents(store, a, b)
    by_name = {p.name: p for p in comparison.indicator_pairs}
    assert set(by_name) == {"规上工业企业", "社消零", "固定资产投资"}
    assert by_name["规上工业企业"].difference == 220
    assert by_name["固定资产投资"].difference == pytest.approx(5.3e10 - 6.1111e8)
    assert by_name["社消零"].change_difference == pytest.approx(3.2 - (-27.6))
    assert [i.name for i in comparison.right_only_indicators] == ["新增高新技术企业"]
    assert comparison.left_only_indicators == ()


def test_suggestions_can_be_left_out(store: Store) -> None:
    a, b = _pair(store)
    comparison = compare_documents(store, a, b, include_suggested=False)
    assert "社消零" not in {p.name for p in comparison.indicator_pairs}
    assert [i.name for i in comparison.left_only_indicators] == ["社消零"]


def test_values_without_normalized_value_are_scaled_by_unit(store: Store) -> None:
    a = add_parsed(store, "a.txt", "一、投资\n\n完成工业投资2.5亿元。\n")
    b = add_parsed(store, "b.txt", "一、投资\n\n完成工业投资8000万元。\n")
    annotate(store, a, "工业投资2.5亿元", name="工业投资", value=2.5, unit="亿元")
    annotate(store, b, "工业投资8000万元", name="工业投资", value=8000, unit="万元")
    (pair,) = compare_documents(store, a, b).indicator_pairs
    assert pair.difference == pytest.approx(8e7 - 2.5e8)


def test_hand_made_annotation_without_attributes_is_read_from_its_text(store: Store) -> None:
    a = add_parsed(store, "a.txt", "一、通信\n\n全年新建5G基站120个。\n")
    b = add_parsed(store, "b.txt", "一、通信\n\n新建5G基站98个。\n")
    annotate(store, a, "5G基站120个")
    annotate(store, b, "5G基站98个", name="5G基站", value=98, unit="个")
    (pair,) = compare_documents(store, a, b).indicator_pairs
    assert pair.left is not None and pair.left.value == 120
    assert pair.difference == -22


def test_export_rows_carry_every_indicator(store: Store) -> None:
    a, b = _pair(store)
    headers, rows = compare_documents(store, a, b).indicator_table()
    assert headers == list(INDICATOR_HEADERS)
    assert all(list(r) == headers for r in rows)
    assert [r["匹配"] for r in rows] == ["匹配", "匹配", "匹配", "仅右文档"]
    row = next(r for r in rows if r["指标"] == "规上工业企业")
    assert (row["左数值"], row["右数值"], row["单位"], row["差值"]) == (33, 253, "家", 220)


def test_json_indicators_list_matched_then_one_sided(store: Store) -> None:
    a, b = _pair(store)
    items = compare_documents(store, a, b).to_json()["indicators"]
    assert [i["name"] for i in items] == ["规上工业企业", "社消零", "固定资产投资", "新增高新技术企业"]
    assert items[0]["left"]["value"] == 33 and items[0]["right"]["value"] == 253
    assert items[-1]["left"] is None and items[-1]["difference"] is None


def test_near_match_needs_the_same_head_noun() -> None:
    near = normalize_name
    assert name_similarity(near("规上工业总产值"), near("工业总产值")) >= 0.8
    assert name_similarity(near("工业技术改造投资"), near("技改投资")) >= 0.8
    assert name_similarity(near("工业投资"), near("入统工业投资项目")) < 0.8
    assert name_similarity(near("工业投资"), near("工业投资项目")) < 0.8


def test_same_name_level_on_one_side_growth_on_the_other_is_one_row(store: Store) -> None:
    # Met comparing two real reports: 114.9亿元 on the left, +6.9% on the right, for the same indicator;
    # it was listed under both 仅左 and 仅右. It is one indicator: one row with what each side has.
    a = add_parsed(store, "a.txt", "一、工业\n\n规模以上工业增加值114.9亿元。\n")
    b = add_parsed(store, "b.txt", "一、工业\n\n规模以上工业增加值增长6.9%。\n")
    annotate(store, a, "规模以上工业增加值114.9亿元", name="规模以上工业增加值", value=114.9, unit="亿元")
    annotate(store, b, "规模以上工业增加值增长6.9%", name="规模以上工业增加值", change=6.9, change_unit="%")
    comparison = compare_documents(store, a, b)
    (pair,) = comparison.indicator_pairs
    assert pair.left is not None and pair.left.base_value == pytest.approx(1.149e10)
    assert pair.right is not None and pair.right.change == pytest.approx(6.9)
    assert pair.difference is None and pair.change_difference is None
    assert comparison.left_only_indicators == () and comparison.right_only_indicators == ()


def test_same_name_in_two_kinds_of_level_stays_apart(store: Store) -> None:
    # Two levels in different dimensions (an amount and a count) are not one figure, even under one name.
    a = add_parsed(store, "a.txt", "一、项目\n\n重点项目投资80亿元。\n")
    b = add_parsed(store, "b.txt", "一、项目\n\n重点项目投资12个。\n")
    annotate(store, a, "重点项目投资80亿元", name="重点项目投资", value=80, unit="亿元")
    annotate(store, b, "重点项目投资12个", name="重点项目投资", value=12, unit="个")
    comparison = compare_documents(store, a, b)
    assert comparison.indicator_pairs == ()
    assert len(comparison.left_only_indicators) == len(comparison.right_only_indicators) == 1
