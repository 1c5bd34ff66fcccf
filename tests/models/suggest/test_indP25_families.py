"""Families of session 25 (indP25): a count of a programme's own parts named as its frame, the units an office keeps
under supervision, who attended a symposium, the units whose amount follows a bracketed aside."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _values(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


# --- a count of a programme's own parts named as its frame (以19项重点工程为主抓手, 聚焦1条主线、2个目标, 统筹103项
# 重点改革任务有序推进, 系统谋划14个重点领域63项具体任务, 集中力量抓好10件大事): the plan's shape, not work done


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("以产业功能区为主战场,以19项重点工程为主抓手,真抓实干、克难奋进。", 19),
        ("紧扣“126”总体工作思路,即围绕“坚决防范风险”1条主线,聚焦“提升应急管理能力”2个目标,强化6个方面。", 1),
        ("紧扣“126”总体工作思路,即围绕“坚决防范风险”1条主线,聚焦“提升应急管理能力”2个目标,强化6个方面。", 2),
        ("统筹全市经济社会领域103项重点改革任务有序推进,争取了一批国省试点。", 103),
        ("科学制定年度工作要点,系统谋划14个重点领域63项具体任务,确保重点突出。", 63),
        ("科学制定年度工作要点,系统谋划14个重点领域63项具体任务,确保重点突出。", 14),
        ("大力实施“产业年”行动,集中力量抓好10件大事,奋力建设“三个新高地”。", 10),
        ("某县卫健局扎实开展医疗质量提升行动、清廉机关巩固行动等7个专项行动,勇当排头兵。", 7),
        ("今年,甲旗确定的28项重点工程全面铺开,为经济发展注入动力。", 28),
        ("以19项重点工程为主抓手,统筹推进稳增长、促改革,较好完成了区人大会议确定的主要目标。", 19),
    ],
)
def test_a_programme_s_frame_count_is_no_indicator(text: str, count: float) -> None:
    got = _values(text)
    assert count not in [v for v, _ in got], got


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("全面完成“十四五”规划确定的9项重点任务,其中7项任务超额完成。", 7),
        ("推进综合治理三年行动,共331项任务目前已全部完成。", 331),
        ("全年完成43项改革任务,扎实推进简政放权。", 43),
        ("共实施生态区划、蓝天工程等8大专项54项重点工程,目前,除1项暂不实施外,36项已完成。", 36),  # 54 frames (ruling)
        ("优化设置12个重点领域安全生产专业委员会,层层落实责任。", 12),
        ("确定的74项任务中,68项全面完成,4项任务未达预期。", 4),
    ],
)
def test_programme_parts_done_or_set_up_still_count(text: str, count: float) -> None:
    got = _values(text)
    assert count in [v for v, _ in got], got


# --- the units an office keeps under supervision (加强对50户重点骨干企业的跟踪调度, 加强全县3家…企业(i站)和2家…维护站
# (m站)监管, 加强6个食用菌基地的项目管理): the scope of a standing duty, not a count of work done


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("加强对50户重点骨干企业的跟踪调度、运行协调等方面的协调服务,及时掌握生产情况。", 50),
        ("开展路检路查,加强全县3家汽车尾气监测企业(i站)和2家机动车尾气治理维护站(m站)监管,严格落实制度。", 3),
        ("开展路检路查,加强全县3家汽车尾气监测企业(i站)和2家机动车尾气治理维护站(m站)监管,严格落实制度。", 2),
        ("羊存栏3万只。加强6个食用菌基地的项目管理,培植香菇55万棒。", 6),
        ("强化对全区12家危化品企业的安全监管,确保不发生事故。", 12),
    ],
)
def test_units_kept_under_supervision_are_no_indicator(text: str, count: float) -> None:
    got = _values(text)
    assert count not in [v for v, _ in got], got


def test_units_reached_by_a_check_still_count() -> None:
    got = _values("加强安全监管,检查企业126家,整改隐患300处。")
    assert 126 in [v for v, _ in got], got


# --- who attended a symposium the item reports (…负责人约30余人参加座谈): a roll call, as 参加会议


@pytest.mark.parametrize(
    "text",
    [
        "市政府副秘书长,市统计局局队领导及业务科室负责人约30余人参加座谈。",
        "县发改局、县财政局等12家单位负责人参加了座谈会。",
    ],
)
def test_who_attended_a_symposium_is_no_indicator(text: str) -> None:
    got = _values(text)
    assert not [v for v, u in got if u in ("人", "家")], got


def test_people_sent_to_training_still_count() -> None:
    got = _values("推荐15人参加党员积极分子培训,全面加强党组织建设。")
    assert 15 in [v for v, _ in got], got


# --- the units whose own amount follows a bracketed aside (213家规上高新技术企业(占全区规上工业企业的12.89%)实现主营
# 业务收入215.2亿元): the units set the scope, as without the aside


def test_units_framing_their_amount_past_an_aside_are_no_indicator() -> None:
    got = _values("截至5月,213家规上高新技术企业(占全区规上工业企业的12.89%)实现主营业务收入215.2亿元,增长12%。")
    assert 213 not in [v for v, _ in got], got
    assert 215.2 in [v for v, _ in got], got
