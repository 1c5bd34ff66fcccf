"""Matrix of tags or indicators (rows) by documents (columns)."""

from __future__ import annotations

from compare_helpers import add_parsed, annotate

from models.compare import indicator_matrix
from models.store import Store


def _three(store: Store) -> list[int]:
    a = add_parsed(store, "甲县.txt", "一、情况\n\n规上工业企业33家，新建5G基站120个。存在融资难问题。\n")
    b = add_parsed(store, "乙县.txt", "一、情况\n\n规模以上工业企业58家。新建5G基站98个，另新建5G基站12个。\n")
    c = add_parsed(store, "丙县.txt", "一、情况\n\n组织培训两期。\n")
    annotate(store, a, "规上工业企业33家", name="规上工业企业", value=33, unit="家")
    annotate(store, a, "新建5G基站120个", name="5G基站", value=120, unit="个")
    annotate(store, a, "存在融资难问题", tag="问题")
    annotate(store, b, "规模以上工业企业58家", name="规模以上工业企业", value=58, unit="家")
    annotate(store, b, "新建5G基站98个", name="5G基站", value=98, unit="个")
    annotate(store, b, "新建5G基站12个", name="5G基站", value=12, unit="个", status="suggested")
    return [a, b, c]


def test_values_matrix_of_chosen_indicators(store: Store) -> None:
    ids = _three(store)
    headers, rows = indicator_matrix(store, ids, names=["规模以上工业企业", "5G基站", "社消零"])
    assert headers == ["指标", "单位", "甲县.txt", "乙县.txt", "丙县.txt"]
    assert rows[0] == {"指标": "规模以上工业企业", "单位": "家", "甲县.txt": 33, "乙县.txt": 58, "丙县.txt": None}
    assert rows[1]["乙县.txt"] == 98  # the accepted figure, not the suggestion
    assert rows[2] == {"指标": "社消零", "单位": "", "甲县.txt": None, "乙县.txt": None, "丙县.txt": None}


def test_counts_matrix_of_all_indicators(store: Store) -> None:
    ids = _three(store)
    headers, rows = indicator_matrix(store, ids, mode="counts")
    assert headers == ["指标", "甲县.txt", "乙县.txt", "丙县.txt"]
    counts = {r["指标"]: (r["甲县.txt"], r["乙县.txt"], r["丙县.txt"]) for r in rows}
    assert counts == {"规上工业企业": (1, 1, 0), "5G基站": (1, 2, 0)}
    headers, rows = indicator_matrix(store, ids, mode="counts", include_suggested=False)
    assert next(r for r in rows if r["指标"] == "5G基站")["乙县.txt"] == 1


def test_counts_matrix_of_tags(store: Store) -> None:
    ids = _three(store)
    tags = [t.id for t in (store.tags.find("指标"), store.tags.find("问题")) if t is not None]
    headers, rows = indicator_matrix(store, ids, tag_ids=tags, mode="counts")
    assert headers == ["标签", "甲县.txt", "乙县.txt", "丙县.txt"]
    assert rows == [
        {"标签": "指标", "甲县.txt": 2, "乙县.txt": 3, "丙县.txt": 0},
        {"标签": "问题", "甲县.txt": 1, "乙县.txt": 0, "丙县.txt": 0},
    ]


def test_same_titles_get_distinct_columns(store: Store) -> None:
    a = add_parsed(store, "同名.txt", "一、甲\n\n内容一。\n")
    b = add_parsed(store, "同名.txt", "一、乙\n\n内容二。\n")
    headers, _ = indicator_matrix(store, [a, b], mode="counts")
    assert headers == ["指标", "同名.txt", f"同名.txt ({b})"]
