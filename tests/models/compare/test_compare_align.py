"""Section alignment between two reports written for these tests (tests/fixtures/compare)."""

from __future__ import annotations

from compare_helpers import add_parsed, annotate

from models.compare import compare_documents
from models.store import Store


def _pairs(store: Store, left: int, right: int) -> dict[str, str]:
    comparison = compare_documents(store, left, right)
    return {p.left.label + p.left.title: p.right.label + p.right.title for p in comparison.pairs}


def test_sections_align_by_subject(store: Store) -> None:
    a, b = add_parsed(store, "align_a.txt"), add_parsed(store, "align_b.txt")
    pairs = _pairs(store, a, b)
    assert pairs["(二)加快5G网络和通信基础设施建设"] == "(二)通信基础设施"
    assert pairs["(四)推进两化融合和企业上云"] == "(一)企业上云和数字化转型"
    assert pairs["二、存在的问题"] == "三、存在的主要困难"
    assert pairs["三、2022年工作计划"] == "四、2022年工作重点"
    assert pairs["(一)狠抓工业经济平稳运行"] == "(一)工业经济"


def test_subsection_matches_under_a_different_parent(store: Store) -> None:
    # 惠企政策 sits under "2021年工作开展情况" on the left, 金融服务企业 under "主要工作措施" on the right.
    a, b = add_parsed(store, "align_a.txt"), add_parsed(store, "align_b.txt")
    comparison = compare_documents(store, a, b)
    pair = next(p for p in comparison.pairs if p.left.title == "落实惠企政策助企纾困")
    assert pair.right.title == "金融服务企业"
    assert 0.0 < pair.score <= 1.0


def test_unmatched_sections_are_listed(store: Store) -> None:
    a, b = add_parsed(store, "align_a.txt"), add_parsed(store, "align_b.txt")
    comparison = compare_documents(store, a, b)
    right_only = {s.title for s in comparison.right_only}
    assert "复工复产保供稳链" in right_only  # the left county reports no 复工复产 section
    matched_right = [p.right for p in comparison.pairs]
    assert len(matched_right) == len(set(matched_right))  # one-to-one
    everything = {s.start for s in store.documents.sections(b) for s in s.walk()}
    assert {s.start for s in matched_right} | {s.start for s in comparison.right_only} == everything


def test_top_level_never_pairs_with_a_subsection(store: Store) -> None:
    a, b = add_parsed(store, "align_a.txt"), add_parsed(store, "align_b.txt")
    for p in compare_documents(store, a, b).pairs:
        assert (p.left.level == 1) == (p.right.level == 1)


def test_threshold_leaves_weak_pairs_unmade(store: Store) -> None:
    a, b = add_parsed(store, "align_a.txt"), add_parsed(store, "align_b.txt")
    strict = compare_documents(store, a, b, threshold=0.9)
    assert all(p.score >= 0.9 for p in strict.pairs)
    assert len(strict.pairs) < len(compare_documents(store, a, b).pairs)


def test_unrelated_documents_align_nothing(store: Store) -> None:
    a = add_parsed(store, "x.txt", "一、养老服务\n\n新建社区养老服务中心12个，护理床位增加300张。\n")
    b = add_parsed(store, "y.txt", "一、河道治理\n\n完成河道清淤45公里，新建堤防8公里。\n")
    comparison = compare_documents(store, a, b)
    assert comparison.pairs == ()
    assert [s.title for s in comparison.left_only] == ["养老服务"]
    assert [s.title for s in comparison.right_only] == ["河道治理"]


def test_shared_indicator_names_raise_the_score(store: Store) -> None:
    text_a = "一、运行情况\n\n今年规上工业增加值增长7%。\n\n二、其他\n\n组织开展培训活动。\n"
    text_b = "一、经济概况\n\n规模以上工业增加值增长6%。\n\n二、其他\n\n组织开展培训活动。\n"
    a, b = add_parsed(store, "a.txt", text_a), add_parsed(store, "b.txt", text_b)
    bare = compare_documents(store, a, b, find_missing=False)  # no indicators on either side
    before = next(p.score for p in bare.pairs if p.left.title == "运行情况")
    annotate(store, a, "规上工业增加值增长7%", name="规上工业增加值", change=7, change_unit="%")
    annotate(store, b, "规模以上工业增加值增长6%", name="规模以上工业增加值", change=6, change_unit="%")
    after = next(p.score for p in compare_documents(store, a, b).pairs if p.left.title == "运行情况")
    assert after > before


def test_to_json_has_the_cli_shape(store: Store) -> None:
    a, b = add_parsed(store, "align_a.txt"), add_parsed(store, "align_b.txt")
    annotate(store, a, "新建5G基站120个", name="5G基站", value=120, unit="个", normalized_value=120)
    annotate(store, b, "新建5G基站98个", name="新建5G基站", value=98, unit="个", normalized_value=98)
    data = compare_documents(store, a, b).to_json()
    assert set(data) == {"pairs", "left_only", "right_only", "indicators", "indicator_sources"}
    assert data["indicator_sources"] == {"left": "stored", "right": "stored"}
    pair = data["pairs"][0]
    assert set(pair) == {"left", "right", "score"}
    assert set(pair["left"]) == {"label", "title", "start", "end"}
    assert isinstance(pair["score"], float)
    assert all(set(s) == {"label", "title", "start", "end"} for s in data["right_only"])
    assert all(set(i) == {"name", "left", "right", "difference"} for i in data["indicators"])


def test_partner_at_gives_the_innermost_aligned_section(store: Store) -> None:
    a, b = add_parsed(store, "align_a.txt"), add_parsed(store, "align_b.txt")
    alignment = compare_documents(store, a, b).alignment
    text = store.documents.display_text(a)
    inside_5g = text.index("全年新建5G基站120个")
    pair = alignment.partner_at(inside_5g)
    assert pair is not None and pair.right.title == "通信基础设施"
    # From the right side, a point in 问题 (困难) finds the left's 存在的问题 or one of its items.
    right_text = store.documents.display_text(b)
    back = alignment.partner_at(right_text.index("标准厂房供给不足"), side="right")
    assert back is not None and back.left.title == "企业融资仍然困难"
    assert alignment.partner_at(0) is None  # the title line is in no section
    assert alignment.match_of(pair.left) == pair.right
    assert alignment.match_of(pair.right, side="right") == pair.left
