"""Families of session 26, second round (indP26b): who spoke at a meeting is its roll call (README session 26, 2283,
1948, 1055), and the time a result took is counted (1567 历时5个月, 1683 历时23天, 2279 仅用时3年), months too."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _values(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


# --- who spoke at the meeting: its roll call, like who attended it (2283 等5名村负责人代表进行了发言, 1948 等5个县市区
# 分别围绕…进行了交流发言, 1055 等14个经济主管部门负责人分别结合…进行表态发言)


@pytest.mark.parametrize(
    "text",
    [
        "表彰结束后,东王菜园、展营等5名村负责人代表进行了发言,总结了过去一年的工作。",
        "县妇幼保健院、县疾控中心等4个单位进行了交流发言;会议还通报了考核结果。",
        "会上,3名企业家代表作表态发言。",
        "市发改委、市工信局等12个部门负责人分别结合各自职责进行表态发言。",
        "长治、晋城等6个市分别围绕项目谋划、扩大有效投资做了典型发言。",
        "會上,南區等3個街道進行了經驗發言。",
    ],
)
def test_who_spoke_at_a_meeting_is_no_indicator(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was done at or after it stays: people trained, speeches delivered in a campaign, opinions gathered
        ("全年组织宣讲活动120场,发言人次达到3000人次。", [(120.0, "场"), (3000.0, "人次")]),
        ("会议表彰了54名先进工作者,随后进行了交流发言。", [(54.0, "名")]),
    ],
)
def test_counts_near_a_speech_that_are_work_stay(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


# --- the time a result took: the work's measure (1567 历时5个月, 1683 历时23天实现…清零, 2279 仅用时3年, 018 4个月时间
# 建成投产, 476 提前7个月完成全年任务, 1785 提前 2 个月完成路基工程), in months as in days and years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在编制过程中,我们坚持问题导向,历时5个月,组织多次讨论。", (5.0, "个月")),
        ("中期评估报告编制历时5个月。", (5.0, "个月")),
        ("项目仅用时8个月就建成投产。", (8.0, "个月")),
        ("从签约到投产只用了10个月。", (10.0, "个月")),
        ("恒一锂能项目一期4个月时间建成投产。", (4.0, "个月")),
        ("提前7个月完成全年任务。", (7.0, "个月")),
        ("推动项目提前 2 个月完成路基工程。", (2.0, "个月")),
        ("历时23天实现本地确诊病例全部清零。", (23.0, "天")),
        ("全球最大乐高乐园完成签约动工仅用时3年。", (3.0, "年")),
        ("新院区耗时14个月建成。", (14.0, "个月")),
    ],
)
def test_the_time_a_result_took_is_counted(text: str, expected: tuple[float, str]) -> None:
    assert expected in _values(text), _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "举办为期5天的乡村振兴专题培训班。",  # a set duration (为期) is the event's setting
        "开展为期2个月的安全生产大检查。",
        "前11个月,主要经济指标增长较快。",  # a period, not a time taken
        "规上工业产值连续6个月实现正增长。",
        "利用5个月的时间,对全县农家书屋进行提升。",  # time spent on work, no result reached (786)
        "工期为18个月。",  # a schedule (278)
        "要求在3个月内完成整改。",
        "今年已过去近5个月。",
        "提前一个月完成市下达的任务。",  # a time in words is left as other times in words (624)
    ],
)
def test_months_outside_a_time_taken_stay_out(text: str) -> None:
    assert all(unit != "个月" for _, unit in _values(text)), _values(text)


# --- a threshold in a bare magnitude, then the level reached in that magnitude of a unit: one statement, one
# indicator (2239 首次突破3万亿,达到3.12万亿元; as 1516 突破300亿,达到318.8亿元 and 1753 突破100万、达135万户)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("经济总量跨上新台阶。首次突破3万亿,达到3.12万亿元,居全国第九位。", (3.12, "万亿元")),
        ("全省存款余额突破5万亿、达到5.6万亿元。", (5.6, "万亿元")),
        ("全年粮食总产量突破50万,达到56.2万吨。", (56.2, "万吨")),
        ("市场主体总量突破100万、达135万户。", (135.0, "万户")),
    ],
)
def test_a_bare_threshold_then_the_level_is_one_indicator(text: str, expected: tuple[float, str]) -> None:
    got = _values(text)
    assert expected in got and len([u for _, u in got if u not in ("位",)]) == 1, got


# --- the tiers a total climbed (连上3个万亿级台阶 2245, 连跨两个百亿台阶 1769, 五年跨越两个千亿元台阶 1817,
# 3个十亿级台阶 702): rhetoric of thresholds passed, no count; the level beside it stays


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("江苏地区生产总值达10.27万亿元,五年间连上3个万亿级台阶。", [(10.27, "万亿元")]),
        ("财政总收入达到128.5亿元,总量连跨两个百亿台阶。", [(128.5, "亿元")]),
        ("全县税收收入五年跨越3个十亿级台阶。", []),
        ("社会消费品零售总额连续跨越两个“千亿元”台阶。", []),
    ],
)
def test_the_tiers_a_total_climbed_are_no_count(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


# --- the people of a place said to stand as one (4.6万名干群同心同德 2282, 37万会同人民风雨同舟 2168): a population
# named in praise, decimals or not; people a work served stay counted


@pytest.mark.parametrize(
    "text",
    [
        "一年来,4.6万名干群同心同德、同向同行,切实凝聚了拼搏奋进的磅礴力量。",
        "面对疫情,12.8万干部群众众志成城、守望相助。",
        "全镇3.2万名干部群众齐心协力,战胜了特大洪灾。",
    ],
)
def test_a_population_standing_as_one_is_no_count(text: str) -> None:
    assert _values(text) == []


def test_people_served_with_decimals_stay() -> None:
    assert _values("全年运送161.73万农民工返岗。") == [(161.73, "万")]
