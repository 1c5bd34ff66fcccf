"""Headings of real reports lined up by their role and subject words, period words left out (session 18 gold pairs)."""

from __future__ import annotations

import pytest
from compare_helpers import add_parsed

from models.compare import compare_documents
from models.compare.roles import strip_period, title_bigrams
from models.section_roles import section_role
from models.store import Store


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("2020年重点工作回顾", "summary"),  # 茶市镇 1623: 重点 inside a review
        ("2020年政府工作亮点", "summary"),  # 洪山镇 1622
        ("2022年工作完成情况", "summary"),
        ("着力解决群众反映强烈的突出问题", "summary"),
        ("存在的问题", "problem"),
        ("困难和不足", "problem"),
        ("2019年工作安排", "plan"),
        ("2023年工作谋划", "plan"),
    ],
)
def test_role_by_the_words_of_the_heading(title: str, kind: str) -> None:
    assert section_role(title)[0] == kind


def test_work_on_a_weakness_is_no_problem_list() -> None:
    """319's plan (二)围绕提升城市品质，全力补短板强基础 was taken for a problems section (短板)."""
    assert section_role("围绕提升城市品质，全力补短板强基础") == ("summary", False)  # says nothing: its parent decides
    assert section_role("当前存在的短板和不足")[0] == "problem"


def test_period_words_do_not_count() -> None:
    assert strip_period("2017年工作回顾") == strip_period("2018年工作回顾") == "工作回顾"
    assert strip_period("过去一年工作回顾") == "工作回顾"
    assert strip_period("本届政府工作回顾") == "工作回顾"
    assert strip_period("2021年上半年工作总结") == "工作总结"


def test_subject_bigrams_leave_generic_heading_words_out() -> None:
    left = set(title_bigrams("在深化改革开放上聚焦发力，增强创新发展的新动力"))
    right = set(title_bigrams("围绕深化改革开放，全面增强经济发展活力"))
    assert {"深化", "改革", "开放"} <= left & right
    assert not {"发展", "聚焦", "全面"} & (left | right)


HONGSHAN = """洪山镇2020年工作总结与2021年工作计划
一年来,洪山镇党委、政府坚持疫情防控和经济运行两线作战,圆满完成了各项任务,镇域经济社会发展稳中向好。
一、2020年政府工作亮点
(一)经济收入稳定增长
1、镇域经济平稳发展。非生产性支出占财政支出比例同比下降15%,确保了公职人员工资和民生事业财政投入。
2、农业基础继续巩固。推广种子催芽器催芽技术和机插秧育秧技术,全镇播种面积达6万亩以上。
"""
CHASHI = """茶市镇2020年度工作总结暨2021年度工作计划
2020年,在县委、县政府的坚强领导下,推动全镇各项事业快速健康发展。
一、2020年重点工作回顾
(一)抓党建,聚民心,转变作风树形象
1、党建引领,打赢新冠疫情防控战。全镇按照上级要求对疫情防控严密布局,无一人感染。
2、机构改革,提升乡镇治理活力。原来的七站八所改革成六办三中心一站一大队,涉改54人。
"""


def test_two_towns_reviews_line_up_though_one_says_zhongdian(store: Store) -> None:
    """1622/1623 (two towns of one county): 0 section pairs before; the two reviews are one pair now, and the
    different subjects under them (经济收入 / 抓党建) stay apart."""
    left, right = add_parsed(store, "hongshan.txt", HONGSHAN), add_parsed(store, "chashi.txt", CHASHI)
    pairs = {p.left.title: p.right.title for p in compare_documents(store, left, right).pairs}
    assert pairs.get("2020年政府工作亮点") == "2020年重点工作回顾"
    assert "经济收入稳定增长" not in pairs
