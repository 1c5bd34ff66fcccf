"""The reader follows the gold rulings of session 10 (tests/corpus/gold/README.md, last section)."""

from __future__ import annotations

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[str, float, object, str]]:
    return [
        (s.text, s.attributes["value"], s.attributes["change"], s.attributes["kind"]) for s in find_indicators(text)
    ]


def test_a_plan_figure_inside_a_completion_share_is_its_own_target() -> None:
    assert _read("全县粮食总产量12万吨,完成年计划15万吨的80%,增长3%。") == [
        ("粮食总产量12万吨,完成年计划15万吨的80%,增长3%", 12, 3, "actual"),
        ("完成年计划15万吨的80%", 80, None, "actual"),
        ("计划15万吨", 15, None, "target"),
    ]


def test_a_plan_figure_in_brackets_inside_a_share_is_a_target() -> None:
    got = _read("1-6月,外贸出口额为8亿元,完成年度任务(20亿元)的40%。")
    assert [(v, k) for _, v, _, k in got] == [(8, "actual"), (40, "actual"), (20, "target")]


def test_a_counted_plan_inside_a_share_said_with_zhan() -> None:
    got = _read("全年共完成检查项目30个,占年初检查计划25个的120%;出具报告12篇。")
    assert ("占年初检查计划25个的120%", 120, None, "actual") in got
    assert ("年初检查计划25个", 25, None, "target") in got


def test_a_signed_target_inside_a_share_is_a_target() -> None:
    got = _read("签约金额达30亿元,完成签约目标25亿元的120%。")
    assert ("签约目标25亿元", 25, None, "target") in got
    assert ("完成签约目标25亿元的120%", 120, None, "actual") in got


def test_a_share_ahead_of_the_task_s_schedule_takes_the_points_as_its_change() -> None:
    got = _read("出口3.2亿美元,同比增长12%。完成全年出口目标任务的55.5%,超任务进度5.5个百分点。")
    assert got[-1] == ("完成全年出口目标任务的55.5%,超任务进度5.5个百分点", 55.5, 5.5, "actual")
    got = _read("重点项目完成投资6亿元,占年度投资计划47.1%,超时序进度5.4个百分点。")
    assert got[-1] == ("占年度投资计划47.1%,超时序进度5.4个百分点", 47.1, 5.4, "actual")


def test_a_lead_of_the_level_over_the_calendar_stays_its_own() -> None:
    got = _read("税收收入完成3.1亿元,为预算的61.2%,快于序时进度11.2个百分点,增长4.5%。")
    assert [(v, c) for _, v, c, _ in got] == [(3.1, 4.5), (61.2, None), (11.2, 11.2)]


def test_an_addition_then_the_stock_it_reached_is_one_indicator() -> None:
    assert _read("新增发放服务卡2300张,累计发放41000张。") == [("服务卡2300张,累计发放41000张", 41000, 2300, "actual")]
    assert _read("新增入驻企业35家,园区企业总数达到410家。")[0][1:3] == (410, 35)
    assert _read("新增充电桩800座,累计建设充电桩5200个。")[0][1:3] == (5200, 800)
    assert _read("全区新增1500户(累计约2800户)纳入监管。")[0][1:3] == (2800, 1500)


def test_a_sum_of_additions_after_an_addition_stays_its_own() -> None:
    got = _read("全县城镇新增就业3.2万人,城镇累计新就业5.1万人。")
    assert [(v, c) for _, v, c, _ in got] == [(3.2, None), (5.1, None)]


def test_a_share_above_its_plan_takes_the_points_as_its_change() -> None:
    got = _read("全县民营经济增加值占GDP比重完成55.2%,超年度计划0.8个百分点。")
    assert [(v, c) for _, v, c, _ in got] == [(55.2, 0.8)]


def test_what_was_built_then_the_cumulative_total_is_one_indicator() -> None:
    assert [(v, c) for _, v, c, _ in _read("建成标准化养殖场4个,累计达37个。")] == [(37, 4)]
    # no cumulative word: a milestone restated, not an addition
    assert [(v, c) for _, v, c, _ in _read("外贸进出口总额突破300亿元、达到312亿元。")] == [(312, None)]


def test_a_share_after_its_plan_in_brackets_is_reached() -> None:
    got = find_indicators("实现工业税收1.2亿元,同比增长8%,完成全年目标(1.5亿元)80%。", keep_unnamed=True)
    assert [(s.attributes["value"], s.attributes["kind"]) for s in got] == [
        (1.2, "actual"),
        (1.5, "target"),
        (80, "actual"),
    ]
