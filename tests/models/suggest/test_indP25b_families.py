"""Families of session 25, second round (indP25b): a list of changes said on a basis or over a span pairs with the
list of levels before it, the peers a rank verb counts, deputies carrying the people's trust, past years' figure in
brackets beside this year's."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[str, float, str, float | None, str | None]]:
    return [
        (
            str(s.attributes.get("name")),
            s.attributes["value"],
            s.attributes["unit"],
            s.attributes.get("change"),
            s.attributes.get("change_unit"),
        )
        for s in find_indicators(text)
    ]


# --- a 分别-list of levels, then a list of as many changes said on a basis or over a span (同口径年均增长10%和11%,
# 按可比口径分别增长20.1%和12.1%, 五年增加10036.8亿元和7362.5亿元): each change is its level's, in order


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "城镇、农村常住居民人均可支配收入分别达到44300元和22700元,同口径年均增长10%和11%。",
            [(44300, 10), (22700, 11)],
        ),
        (
            "全口径财政收入、一般预算财政收入分别实现550.7亿元和95.8亿元,按可比口径分别增长20.1%和12.1%。",
            [(550.7, 20.1), (95.8, 12.1)],
        ),
        (
            "金融机构本外币各项存贷款余额分别达到1.66万亿元和1.15万亿元,五年增加10036.8亿元和7362.5亿元。",
            [(1.66, 10036.8), (1.15, 7362.5)],
        ),
        (
            "某市地区生产总值、工业增加值分别达到812亿元和305亿元,按可比价格计算分别增长7.2%和8.4%。",
            [(812, 7.2), (305, 8.4)],
        ),
        (
            "乙县粮食、油料产量分别达到46万吨和3.2万吨,近三年来年均增长2.1%和4.5%。",
            [(46, 2.1), (3.2, 4.5)],
        ),
    ],
)
def test_changes_on_a_basis_pair_with_the_levels_in_order(text: str, pairs: list[tuple[float, float]]) -> None:
    got = _read(text)
    assert [(v, c) for _, v, _, c, _ in got] == pairs, got


def test_a_change_list_with_its_own_subject_is_not_shared_out() -> None:
    # the second list names its own subject (税收收入): its changes are not the levels'
    got = _read("城镇、农村居民人均可支配收入分别达到44300元和22700元;税收收入同口径增长10%。")
    assert [c for _, _, _, c, _ in got[:2]] == [None, None], got


# --- the peers a rank verb counts before the place (位居15个副省级城市第一, 居全国35个大中城市第12位): the board's
# size, read with the rank, no count of its own


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("专利申请量达到73647件,位居15个副省级城市第一。", 1),
        ("全市人均GDP居全国35个大中城市第12位。", 12),
        ("某区综合实力排名全省14个市州中第3。", 3),
        ("甲县生产总值增速位列全省82个县区第5位。", 5),
    ],
)
def test_the_counted_peers_of_a_rank_are_no_count(text: str, rank: int) -> None:
    got = _read(text)
    assert all(u != "个" for _, _, u, _, _ in got), got
    assert (rank, "位") in [(v, u) for _, v, u, _, _ in got], got


def test_a_listed_rank_over_counted_peers_and_the_changes_after_it() -> None:
    got = _read("全年专利申请量达到73647件、授权量达到59175件,均位居15个副省级城市第一,分别比上年增长54.78%和58.46%。")
    assert all(u != "个" for _, _, u, _, _ in got), got
    assert [n for n, _, u, _, _ in got if u == "位"] == ["专利申请量排名", "授权量排名"], got


def test_counted_units_doing_work_are_kept() -> None:
    got = _read("全市有15个乡镇第一次通过省级验收。")
    assert 15 in [v for _, v, _, _, _ in got], got


# --- deputies of a session said to carry the people's trust (肩负着全区720万人民的重托,380名代表以…履职尽责): the
# session's roll in a sidelight, not the report's figure; deputies a standing committee organised still count


@pytest.mark.parametrize(
    "text",
    [
        "肩负着全区720万人民的重托,380名代表以振奋的精神和良好的状态积极履职尽责。",
        "来自全区各地的238名人大代表,心里装着60多万群众的期望和重托,共谋发展大计。",
        "312名市人大代表带着全市人民的重托,步入会场。",
    ],
)
def test_deputies_carrying_the_trust_are_no_indicator(text: str) -> None:
    assert all(u not in ("名", "人") for _, _, u, _, _ in _read(text)), _read(text)


def test_deputies_a_committee_organised_count() -> None:
    got = _read("全年组织380名代表开展专题调研,提出建议120件。")
    assert 380 in [v for _, v, _, _, _ in got], got


# --- past years' figure in brackets after this year's (重污染天气1天(20**、2021年全年均为0天), 优良天数320天(2021年为
# 298天)): a base beside the level, not an indicator


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("出现重污染天气1天(20**、2021年全年均为0天)。", 1, 0),
        ("全年优良天数320天(2021年为298天)。", 320, 298),
        ("PM2.5平均浓度降至35微克/立方米(上年同期38微克/立方米)。", 35, 38),
        ("全年发生森林火灾2起(2020年、2021年分别为5起、4起)。", 2, 5),
    ],
)
def test_past_years_figure_in_brackets_is_a_base(text: str, kept: float, dropped: float) -> None:
    values = [v for _, v, _, _, _ in _read(text)]
    assert kept in values and dropped not in values, values


def test_a_year_alone_in_brackets_leaves_the_figure() -> None:
    assert 1.2 in [v for _, v, _, _, _ in _read("完成造林1.2万亩(2023年)。")]
