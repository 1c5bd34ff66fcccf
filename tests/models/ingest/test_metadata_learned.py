"""The title candidates' features and their learned ranking (the weights file, a fold's model swapped in)."""

from __future__ import annotations

import json

import pytest

from models import weights
from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata, title_options
from models.ingest.metadata_candidates import Choice
from models.ingest.metadata_learned import (
    FEATURES,
    MODEL,
    Candidate,
    Report,
    recording,
    title_candidates,
    title_features,
)
from models.weights import WEIGHTS, Weights

# a bureau's report under a doc store's page title: the store's line is set aside as page chrome
STORE_PAGE = (
    "某某文库 首页 > 工作总结\n"
    "区科技局2023年工作总结范文(精选5篇)\n"
    "区科技局2023年工作总结\n"
    "2023年，我局在区委、区政府的正确领导下，围绕中心、服务大局，各项工作取得新成效。\n"
    "一、主要工作\n"
    "全年完成高新技术企业申报12家，同比增长20%。\n"
)


def test_the_weights_file_names_exactly_the_features_the_code_computes_in_order() -> None:
    data = json.loads((WEIGHTS / f"{MODEL}.json").read_text(encoding="utf-8"))
    assert tuple(data["features"]) == FEATURES
    report = Report(["区科技局2023年工作总结"], (), "2023", "区科技局2023年工作总结", False, [])
    computed = title_features(Candidate("区科技局2023年工作总结", "head line", {"rule", "head"}, 0), report)
    assert tuple(computed) == FEATURES


def test_features_of_a_head_title_the_rules_chose() -> None:
    head = ["区科技局", "2023年工作总结"]
    cands = title_candidates(
        rule=Choice("区科技局2023年工作总结", "title split over two lines"),
        rule_head=Choice("区科技局2023年工作总结", "title split over two lines"),
        named=None,
        head=head,
        year="2023",
        fallbacks=[],
        stored=["区科技局2023年工作总结.docx"],
    )
    joined = next(c for c in cands if c.text == "区科技局2023年工作总结")
    assert {"rule", "rule_head", "joined", "store"} <= joined.sources  # the store's copy cut back to the same title
    f = title_features(joined, Report(head, (), "2023", joined.text, False, cands))
    assert f["src_rule"] == 1.0 and f["kind_end"] == 1.0 and f["year_agrees"] == 1.0 and f["year_differs"] == 0.0
    assert f["place_open"] == 1.0 and f["head_first"] == 1.0 and f["n_sources"] >= 4
    assert f["rule_none"] == 0.0 and f["store_rule_none"] == 0.0


def test_features_of_a_store_line_where_the_rules_found_no_title() -> None:
    cand = Candidate("某镇2019年上半年工作总结", "a page's title line set aside", {"store"})
    f = title_features(cand, Report([], ("某镇2019年上半年工作总结",), "2020", None, True, [cand]))
    assert f["store_only"] == 1.0 and f["store_rule_none"] == 1.0 and f["store_farm"] == 1.0
    assert f["in_chrome"] == 1.0 and f["year_differs"] == 1.0 and f["placeholder"] == 1.0  # 某 stands for a name
    assert f["head_pos"] == 0.0 and f["best_head"] == 0.0


def test_reading_ranks_nothing_unless_asked_and_the_rules_keep_the_choice() -> None:
    cleaned = clean(STORE_PAGE)
    with recording() as seen:
        meta = extract_metadata(cleaned, (), source_name="x.txt", original=STORE_PAGE)
    assert seen, "a reading inside recording() ranks its candidates"
    assert meta.title == extract_metadata(cleaned, (), source_name="x.txt", original=STORE_PAGE).title
    options = title_options(cleaned, STORE_PAGE)
    assert options and [o.probability for o in options] == sorted((o.probability for o in options), reverse=True)
    assert sum(o.rules_choice for o in options) == (meta.title is not None)
    assert all(0.0 <= o.probability <= 1.0 for o in options)


def test_a_fold_model_swapped_in_with_use_changes_the_ranking() -> None:
    cleaned = clean(STORE_PAGE)
    committed = title_options(cleaned, STORE_PAGE)
    assert len(committed) >= 2
    # a model that trusts a page's title line alone and nothing else
    store_first = Weights.from_json({"features": ["store_only", "src_rule"], "coef": [8.0, -8.0], "intercept": 0.0})
    weights.use(MODEL, store_first)
    try:
        swapped = title_options(cleaned, STORE_PAGE)
    finally:
        weights.use(MODEL, None)
    assert [o.text for o in swapped] != [o.text for o in committed]
    assert not swapped[0].rules_choice
    assert title_options(cleaned, STORE_PAGE) == committed  # the committed file is read again


@pytest.mark.parametrize("line", ["2023年工作总结", "关于印发《某区2024年工作要点》的通知"])
def test_kind_and_guanyu_features(line: str) -> None:
    f = title_features(Candidate(line, "head line", {"head"}, 0), Report([line], (), "", None, False, []))
    assert f["kind_end"] == 1.0
    assert f["guanyu"] == float(line.startswith("关于"))
