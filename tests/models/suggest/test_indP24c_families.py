"""Families of session 24, third round (indP24c): a count announcing the list that follows, a meeting's venues, the
partners an action was done with, a level that names a contour line."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _values(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


# --- a count that announces the list its colon opens (主要有 2 笔业务：一是…, 会议主要任务8项:审议…; as 主要做了七项
# 工作:一是… already): it counts the text's own items, not what was done


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("错列科目3.5亿元。主要有 2 笔业务：一是县财政局将应列入基金预算的收入列入一般预算。", 2),
        ("专项审计发现主要存在 3 方面问题：一是底数不清，二是共享不畅。", 3),
        ("1月10日，市十五届人大二次会议开幕。会议主要任务6项:审议政府工作报告;审查计划报告。", 6),
        ("县人大常委会第五次会议议程共4项：听取和审议县政府关于财政决算的报告；审议人事任免事项。", 4),
    ],
)
def test_a_count_announcing_its_list_is_no_indicator(text: str, count: float) -> None:
    got = _values(text)
    assert count not in [v for v, _ in got], got


def test_a_count_done_before_a_colon_still_counts() -> None:
    got = _values("全年共完成审计项目21个，其中：预算执行审计10个。")
    assert 21 in [v for v, _ in got], got


# --- the venues a meeting set up (在…设1个主会场, 设分会场32个): the meeting's arrangement, as who attended it


@pytest.mark.parametrize(
    "text",
    [
        "本次大会采取视频方式，在区政府三楼会议室设1个主会场，各乡镇设分会场。",
        "会议以电视电话会议形式召开，全市共设分会场32个，各县区负责同志在分会场参会。",
    ],
)
def test_a_meeting_s_venues_are_no_indicator(text: str) -> None:
    got = _values(text)
    assert not [v for v, u in got if u == "个"], got


# --- the partners an action was done with (会同2家省分行, 伙同3户企业实控人): who joined the doer


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("某认证中心2019年以来，会同2家市分行，强制要求3200家网点参评，并收费560万元。", 2),
        ("如某局原局长王某等人2015年以来，伙同4户企业实控人突击入股。", 4),
    ],
)
def test_the_partners_of_an_action_are_no_indicator(text: str, count: float) -> None:
    got = _values(text)
    assert count not in [v for v, _ in got], got


def test_what_an_action_done_with_partners_reached_still_counts() -> None:
    got = _values("县市场监管局会同2家单位开展联合检查，检查企业315家。")
    assert 315 in [v for v, _ in got], got


# --- a level that names a line on the map (沿水库水位30米等高线两侧区域, 海拔500米等高线以上): the place, no figure


@pytest.mark.parametrize(
    "text",
    [
        "按照设计要求，沿董铺水库水位30米等高线两侧区域实施绿化。",
        "在海拔800米等高线以上区域全面禁止开垦。",
    ],
)
def test_a_contour_line_s_level_is_no_indicator(text: str) -> None:
    got = _values(text)
    assert not [v for v, u in got if u == "米"], got
