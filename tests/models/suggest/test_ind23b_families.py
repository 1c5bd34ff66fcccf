"""Families of session 23 (ind23b): the plan an item announces, headed by the year it names as planned."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["kind"] for s in find_indicators(text)}


# --- an item that says which year it plans (汇报了…2022年工作计划, 安排部署…2016年的工作任务, 谋划和做实2022年…行动)
# and then heads a paragraph with that year: the paragraph (and those after it, while none reports) says what is to
# be done
# (corpus 1690 滨州 水务局, 2042 张家界 开发区, 1208 黄南 农牧局); the item opening on what its bureau will do and
# reporting nothing is one (2025 连云港 工信局)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "2月8日上午,市长主持召开会议,听取有关部门重点工作情况汇报。局长汇报了全市水务工作情况和2022年工作计划。"
            "近年来,市水务局投资150亿元,实施了秦口河治理工程。2021年全市用水总量比2020年减少1.7亿方。\n"
            "2022年,市城乡水务局投资67.08亿元,实施水务项目50个。一是重点实施6项水库工程、11项河道工程。",
            [67.08, 50, 6, 11],
        ),
        (
            "3月2日,县交通运输局召开会议,安排部署2019年的工作任务。2018年,全县完成交通投资8亿元,同比增长12%。\n"
            "2019年是脱贫攻坚的关键之年,县交通运输局将按照县委部署,新建农村公路120公里,改造危桥15座。",
            [120, 15],
        ),
        (
            "區農業局謀劃和做實2023年鄉村振興“五項行動”。\n"
            "2023年,區農業農村部門將認真貫徹落實上級部署。\n一是申報農業項目18個,項目估算投資3.2億元。\n"
            "二是建立5個種植基地,打造市級示範社12家。",
            [18, 3.2, 5, 12],
        ),
        (
            "市商务局将进一步落实政府工作报告的部署,高质量完成各项目标任务。全年推动实施80个外贸重点项目,"
            "实现外贸进出口增长8%,培育外贸企业60家。",
            [80, 8, 60],
        ),
    ],
)
def test_the_plan_an_item_announces_is_a_target(text: str, values: list[float]) -> None:
    kinds = _kinds(text)
    assert [kinds.get(v) for v in values] == ["target"] * len(values)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the year the item reviews, although its title also names it as planned
        ("2023年县科技局工作总结及2023年工作计划\n2023年,县科技局新增高新技术企业12家,同比增加3家。", 12),
        # a year's paragraph that reports what was done (同比, 了)
        ("会议部署了2022年工作。\n2022年,全区完成固定资产投资50亿元,同比增长9%。", 50),
        # the year head narrowed to a part of the year
        ("会议安排部署2022年工作任务。\n2022年1-6月,全县新开工项目30个。", 30),
        # an opening that reports, though its bureau will do more
        ("市工信局将继续推进企业培育工作。今年新培育规上企业40家,同比多8家。", 40),
    ],
)
def test_what_was_done_stays_actual(text: str, value: float) -> None:
    assert _kinds(text).get(value) == "actual"
