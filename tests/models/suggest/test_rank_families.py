"""Ranks in the shapes reports write them: counted peers, peers named before the rank, placings won, a rank
shared by a list of named quantities, the ranking word ending the name."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _ranks(text: str) -> list[tuple[str, float]]:
    return [(s.text, s.attributes["value"]) for s in find_indicators(text) if s.attributes.get("unit") == "位"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年税收收入总量五县第一。", [("税收收入总量五县第一", 1)]),
        ("规上工业增加值增速全省十三个地市第二。", [("规上工业增加值增速全省十三个地市第二", 2)]),
        ("营商环境评价位列全省86个县中第七位。", [("营商环境评价位列全省86个县中第七位", 7)]),
        ("我区荣获全省全民健身运动会团体组第3名。", [("全民健身运动会团体组第3名", 3)]),
        ("政务公开工作排名进入全市前三。", [("政务公开工作排名进入全市前三", 3)]),
        ("在全市街道中排名第二。", [("在全市街道中排名第二", 2)]),
    ],
)
def test_rank_shapes(text: str, expected: list[tuple[str, float]]) -> None:
    got = _ranks(text)
    assert [v for _, v in got] == [v for _, v in expected]
    assert all(e.endswith(g) or g.endswith(e) for (g, _), (e, _) in zip(got, expected, strict=True))


def test_a_rank_of_the_peers_counted_is_no_count() -> None:
    got = find_indicators("综合考核位列全市42个乡镇中第五位。")
    assert [(s.attributes["value"], s.attributes["unit"]) for s in got] == [(5, "位")]


def test_a_rank_shared_by_named_quantities_is_one_rank_each() -> None:
    got = _ranks("棉花产量、单产、总产值连续三年位居全省第一。")
    assert [v for _, v in got] == [1, 1, 1]
    assert [t for t, _ in got] == [
        "棉花产量、单产、总产值连续三年位居全省第一",
        "单产、总产值连续三年位居全省第一",
        "总产值连续三年位居全省第一",
    ]
    assert len(_ranks("3月份、4月份考核排名第一。")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "在全市乡镇、街道中排名第一。",  # the list names the peers
        "县委、县政府督查工作排名全市第二。",  # names of bodies, one ranking
        "地区生产总值、财政收入等五项指标均居全市第一。",  # 等: one rank for the group
        "一季度排名第三、上半年排名第二。",  # two ranks, each its own
    ],
)
def test_lists_that_do_not_share_a_rank(text: str) -> None:
    got = _ranks(text)
    assert len(got) == len(set(v for _, v in got)) or len(got) == 1
    assert len(got) <= 2


def test_ranks_on_named_boards_and_the_boards_listed_after() -> None:
    got = find_indicators("荣登全国创新百强县榜首,位居全国百强县投资潜力第3、城镇化质量第4、绿色发展第5,跻身全国10强。")
    assert [(s.text, s.attributes["value"], s.attributes["name"]) for s in got] == [
        ("荣登全国创新百强县榜首", 1, "创新百强县排名"),
        ("位居全国百强县投资潜力第3", 3, "百强县投资潜力排名"),
        ("城镇化质量第4", 4, "城镇化质量排名"),
        ("绿色发展第5", 5, "绿色发展排名"),
    ]


@pytest.mark.parametrize("text", ["列入全国第二批试点。", "居民收入第一次超过5万元。", "出台第三轮扶持政策。"])
def test_ordinals_are_no_ranks(text: str) -> None:
    assert _ranks(text) == []


@pytest.mark.parametrize(
    "text",
    ["责任单位列第一位的为牵头单位。", "综合考核位列第一档次。", "考核结果位居第一等次。"],
)
def test_tiers_and_list_positions_are_no_ranks(text: str) -> None:
    assert _ranks(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("力争地区生产总值总量进入全省前十。", "target"),
        ("工业增速位列全省第一。", "actual"),
        ("专项资金争取均居全省第一。", "actual"),  # money obtained, ranked
        ("城镇居民人均可支配收入位列全市第一。", "actual"),
    ],
)
def test_a_rank_aimed_at_is_a_target(text: str, kind: str) -> None:
    assert [s.attributes["kind"] for s in find_indicators(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("战新产值占比达59%居五县(市)之首。", "居五县(市)之首"),
        ("生产总值增长13%居周边各县(市)首位。", "居周边各县(市)首位"),
    ],
)
def test_a_bare_first_place_after_a_figure(text: str, expected: str) -> None:
    got = _ranks(text)
    assert [v for _, v in got] == [1]
    assert got[0][0].endswith(expected)


def test_a_first_place_in_importance_is_no_rank() -> None:
    assert _ranks("始终把群众利益放在首位,把政治建设摆在首位。") == []


def test_a_scope_before_a_bare_pai_is_a_rank_shared_by_the_list() -> None:
    got = _ranks("工业增加值增速、农业总产值增速在全市排第一,招商引资在全省排第3位。")
    assert [v for _, v in got] == [1, 1, 3]
    assert got[1][0] == "农业总产值增速在全市排第一"
    assert got[2][0].endswith("招商引资在全省排第3位")


def test_a_scope_and_pai_before_an_ordinal_is_no_rank() -> None:
    assert _ranks("在全市排第二批次开展检查。") == []


def test_a_rank_noted_in_brackets_after_a_figure() -> None:
    got = _ranks("研发费用占营业收入比重4.57%(居同类县第2)。")
    assert [(t, v) for t, v in got] == [("居同类县第2", 2)]
    assert _ranks("产值增长5%(居前列)。") == []


def test_a_second_board_after_a_comma_ranks_the_same_quantity() -> None:
    got = find_indicators("科技进步综合评价位居全省第6,沿海地区第2,均创历史最好。")
    ranks = [(s.text, s.attributes["value"], s.attributes["name"]) for s in got if s.attributes.get("unit") == "位"]
    assert ranks[1] == ("沿海地区第2", 2, "科技进步综合评价沿海地区排名")
    assert [v for _, v in _ranks("增速居全省第3,连续三年第一。")] == [3]
    assert [v for _, v in _ranks("综合考核位居全市第一,第二是抓项目。")] == [1]
