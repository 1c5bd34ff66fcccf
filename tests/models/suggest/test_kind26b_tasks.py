"""Kind families of session 26 (kind26b): the figures a task list names (承担的…任务共四项,分别是…), a quantity handed
down as a task (将20万台销售任务下达到各县), the state a plan starts from (目前…馆藏82个全宗), a text that says it
secured its aims (确保了…的完成) no plan."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["kind"] for s in find_indicators(text)}


@pytest.mark.parametrize(
    "text",
    [
        # 2259 铜川 科技局 news item; 235 a 检验检疫局's 承担了…硬任务中的三个100%,即…
        "2014年,市科技局承担的省考指标任务共四项,分别是专利申请量280件、专利授权量80件、技术合同成交总金额0.35亿元。",
        "2019年,县商务局承担的市考核指标任务共三项,分别为:社会消费品零售总额增长9%、外贸进出口额2.6亿元、"
        "实际利用外资800万美元。",
        "今年区农业局承担的市级考核任务有三项,即粮食播种面积12万亩、蔬菜产量8万吨、新增家庭农场40家。",
        # 992 a 科技局's half-year summary: the city's assessed aims, listed after 即
        "2022年市考核我市责任目标为2项,即有效创造专利拥有量1件;高新技术企业认定1家。",
    ],
)
def test_the_figures_a_task_list_names_are_aims(text: str) -> None:
    kinds = _kinds(text)
    kinds.pop(4.0, None)  # (共四项 counts the tasks)
    kinds.pop(3.0, None)
    assert set(kinds.values()) == {"target"}


@pytest.mark.parametrize(
    "text",
    [
        "2014年,市科技局承担的省考指标任务共四项,已全部完成,分别是专利申请量312件、专利授权量96件。",
        "市科技局圆满完成了承担的考核指标任务,分别是专利申请量312件、专利授权量96件。",
    ],
)
def test_a_task_list_said_done_reports_what_was_reached(text: str) -> None:
    assert _kinds(text)[312.0] == _kinds(text)[96.0] == "actual"


@pytest.mark.parametrize(
    "text",
    [
        # 2260 岳阳 商务局; the same hand-down as 2075 下达我县造林绿化任务10600亩 and 111 市下达两区…目标任务19家
        "2月27日,我局印发了《关于下达2012年度家电下乡销售任务的通知》,将20万台(件)销售任务下达到各县市区。",
        "3月,县林业局将1.2万亩造林任务分解到各乡镇。",
        "市环保局把化学需氧量减排4500吨的任务分解下达给各区县。",
    ],
)
def test_a_quantity_handed_down_as_a_task_is_its_aim(text: str) -> None:
    assert set(_kinds(text).values()) == {"target"}


def test_money_handed_down_stays_what_was_sent() -> None:
    # 607: 分解下达中央预算内投资99.9亿元 is money allocated, no aim
    assert _kinds("新增地方政府专项债务限额1618亿元、分解下达中央预算内投资99.9亿元。")[99.9] == "actual"


@pytest.mark.parametrize(
    "text",
    [
        # 2299 靖远 档案局's 工作安排: where the archive stands now, in a plan
        "靖远县档案局启动档案上密集架工作安排\n近日,县档案局就启动档案上密集架工作进行了具体安排。\n"
        "目前档案馆馆藏82个全宗,档案116544卷(册)。该工作计划按6月底全部完成,力争新增排架800米。",
        "2024年农业局工作计划\n目前,全县共有家庭农场82家,农民合作社116个。2024年,计划新增家庭农场20家。",
    ],
)
def test_where_a_plan_stands_now_is_actual(text: str) -> None:
    kinds = _kinds(text)
    assert kinds[82.0] == "actual"
    assert kinds.get(116544.0, kinds.get(116.0)) == "actual"
    assert kinds.get(800.0, kinds.get(20.0)) == "target"


def test_an_aim_set_from_where_things_stand_now_still_aims() -> None:
    text = "2024年农业局工作计划\n目前全县家庭农场82家,力争年底达到100家。目前,计划新建冷库3座。"
    kinds = _kinds(text)
    assert kinds[100.0] == "target"
    assert kinds[3.0] == "target"


def test_a_summary_that_secured_its_aims_is_no_plan() -> None:
    # 2257 a 科技局's year-end summary (its title taken off as the page's header): 确保了 reports the aim secured;
    # 计划 and 目标 name plans and a responsibility letter, no aim
    text = (
        "质量兴县工作是县委、县政府作出的重要决策,取得良好成效。\n\n一、提高认识,把质量兴县工作纳入科技工作计划安排\n\n"
        "围绕落实质量兴县科技工作目标责任书任务,局领导班子高度重视,并制定了科技局质量兴县工作计划。使质量兴县工作纳入"
        "全局科技计划安排,确保了有关任务指标的完成。\n\n二、重视加强优质品种选育\n\n围绕全县四大支柱产业发展,县列科技项目"
        "20项,其中涉及提高种子质量的达10项,涉及7大类15个作物,支持科技三项费18.3万元。"
    )
    kinds = _kinds(text)
    assert kinds[20.0] == kinds[18.3] == "actual"


def test_a_bound_on_a_cumulative_sum_is_a_requirement() -> None:
    # 637 扬州's 《意见》: the sum required by the year's end; a bound reported as reached stays actual
    assert _kinds("另一方面扩大应急转贷资金数量,年底累计转贷资金不低于30亿元。")[30.0] == "target"
    assert _kinds("截至9月底,累计转贷资金已不低于30亿元。")[30.0] == "actual"


def test_a_task_done_now_keeps_its_own_figure_the_aim() -> None:
    # 870: 目前,已超额完成了…下达的20万亩造林任务 (the task's own figure, what was done given apart)
    text = "目前,已超额完成了2007年国家下达的20万亩造林任务。截止到5月底全区已完成造林23.5万亩。"
    assert _kinds(text)[20.0] == "target"


def test_the_parts_of_a_planned_total_are_planned() -> None:
    # 2304 东海 水务's 建议计划: 计划实施…11个项目,总投资…,其中…; 507 a total of projects brought in stays actual
    text = "计划实施灌区改造、河道整治四大类11个项目,总投资2.83亿元,其中争取省以上投资1.99亿元,地方配套资金0.84亿元。"
    kinds = _kinds(text)
    assert kinds[2.83] == kinds[0.84] == "target"
    done = _kinds("今年先后招引了全屋智能家居等2个项目,总投资3.6亿元,其中外资1.2亿元。")
    assert done[3.6] == done[1.2] == "actual"
