"""Families of session 23 (ind23): a meeting's attendance, a project's yield once built, ranks moved in a list."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _figures(text: str) -> list[tuple[float, str, str]]:
    return [(s.attributes["value"], s.attributes["unit"], s.attributes["kind"]) for s in find_indicators(text)]


# --- who attended the meeting an item reports is no indicator (README 1881, session 21; corpus 1115 `200多名人大代表
# …出席大会`, 1711 `全乡48名代表和27名列席人员参加会议`, 1859 `25名委員出席會議`, 2000, 2020, 2021, 2045)


@pytest.mark.parametrize(
    "text",
    [
        "出席大会的268名人大代表肩负人民的重托与期盼。",
        "出席大会的570名省人大代表听取了省长所作的《政府工作报告》。",
        "10个乡镇及20个县级有关部门的统计分管领导和统计业务人员、县统计局全体干部职工共76人参加了会议。",
        "交通局、住建局等55家单位负责人参加了会议。",
        "小微企业负责人共计200余人参加会议。",
        "全乡48名代表和27名列席人员参加会议。",
        "区人大常委会副主任沈越及25名委员出席会议。",
        "各镇街分管领导共计60多人参会。",
        "來自全縣的150多名代表出席大會。",
    ],
)
def test_a_meetings_attendance_is_no_indicator(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("组织212名残疾人参加免费体检。", 212),
        ("组织15名返乡农民工参加了职业技能培训。", 15),
        ("推荐45家企业参加全省招商大会。", 45),
        ("全年召开会议12次,参会人员达到3000人次。", 12),
    ],
)
def test_people_sent_to_an_activity_stay_counted(text: str, value: float) -> None:
    assert value in [v for v, _, _ in _figures(text)]


# --- what a project yields once built or at full production is expected: a target (README: an expected yearly effect
# is a target; 1618 `达产后年税收`; corpus 2039 `項目全部建成達產後,可產生利稅6000萬元以上,安置就業500人`, 1998
# `项目全部投产后,预计销售收入将达到88亿元`)


@pytest.mark.parametrize(
    "text",
    [
        "项目全部建成达产后,可产生利税6000万元以上,安置就业500人。",
        "项目全部投产后,预计销售收入将达到88亿元。",
        "该园区二期建成后,年产值可达5亿元,新增就业300人。",
        "項目投產後將實現年銷售收入12億元,利稅1.5億元。",
    ],
)
def test_a_projects_yield_once_built_is_a_target(text: str) -> None:
    assert [k for _, _, k in _figures(text)] and all(k == "target" for _, _, k in _figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "项目建成后已实现产值3亿元。",
        "一期工程竣工后,实现产值2亿元,同比增长10%。",
        "项目投产后,当年实现销售收入1.2亿元。",
    ],
)
def test_what_a_built_project_did_stays_actual(text: str) -> None:
    assert all(k == "actual" for _, _, k in _figures(text))


# --- a rank's move said after its base with the rank's own noun again (2019 `增幅居全省第2位,比2015年排名前进6位`; the
# same move without the noun: 1329 `增速居全省第2位,比去年同期提升3位`, 473, 955)


@pytest.mark.parametrize(
    ("text", "rank", "change"),
    [
        ("增幅居全省第2位,比2015年排名前进6位。", 2, -6),
        ("综合经济实力居全国第25位,位次比上年提升2位。", 25, -2),
        ("增速居全市第6位,較上年排名下降1位。", 6, 1),
        ("增速居全市第6位,较1-5月上升1位。", 6, -1),
    ],
)
def test_a_ranks_move_after_its_base_and_noun(text: str, rank: int, change: int) -> None:
    ranks = [s.attributes for s in find_indicators(text) if s.attributes["unit"] == "位"]
    got = [(a["value"], a["change"]) for a in ranks]
    assert got == [(rank, change)]
