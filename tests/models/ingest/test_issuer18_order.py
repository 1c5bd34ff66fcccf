"""Whose report it is, decided in one order: the body the own title opens with, then the body on the delivery or
speaker line, then the page's fields, then the body or place the text opens with as its subject (gold README's
issuer rule, session 18)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.metadata_issuer_fields import titled_body
from tests.models.ingest._reading import issuer as _issuer

_GOVERNMENT_TITLED_ACCOUNTS = """关于2021年县级财政决算(草案)的报告

佛坪县人民政府

关于2021年县级财政决算(草案)的报告

——2022年10月30日在佛坪县第十九届人民代表大会常务委员会第五次会议上

佛坪县财政局局长   余小能

主任、副主任、各位委员:

受县人民政府委托,现将2021年财政决算(草案)报告如下,请予审议。

一、2021年全县及县级财政收支决算情况

2021年,全县地方一般公共预算收入完成3002万元,完成年初预算的100.1%。
"""


def test_a_report_titled_as_the_governments_own_is_the_governments_whoever_delivers_it() -> None:
    # 1548, 1567, 680: the finance bureau or commission delivers it 受…委托, the title names the government
    assert _issuer(_GOVERNMENT_TITLED_ACCOUNTS) == "佛坪县人民政府"


_BUREAU_TITLED_BUDGET = """重庆市长寿区财政局关于重庆市长寿区2022年预算执行情况和2023年预算草案的报告

——2023年1月6日在重庆市长寿区第十八届人民代表大会第三次会议上

各位代表:

受区人民政府委托,现将全区2022年预算执行情况和2023年预算草案提请大会审议。

一、2022年预算执行情况

全区一般公共预算收入完成40亿元,增长5%。
"""


def test_a_title_naming_the_delivering_bureau_keeps_the_bureau() -> None:
    # 392: the body the title opens with is the one 受委托 delivering it
    assert _issuer(_BUREAU_TITLED_BUDGET) == "重庆市长寿区财政局"


def test_the_red_head_line_gives_the_title_body_in_full() -> None:
    lines = ["锡林郭勒盟行政公署关于印发《办法》的通知", "内蒙古自治区锡林郭勒盟行政公署", "各旗县市(区)人民政府:"]
    assert titled_body("锡林郭勒盟行政公署关于印发《办法》的通知", lines) == "内蒙古自治区锡林郭勒盟行政公署"


def test_no_single_body_opens_a_joint_or_forwarding_title() -> None:
    assert titled_body("中共四川省委四川省人民政府关于加快构建现代服务业体系的意见", []) is None
    assert titled_body("湖北省人民政府批转省发展改革委关于深化改革意见的通知", []) is None
    assert titled_body("市生态环境局关于工作总结和工作安排情况报告", []) is None  # no place: unknown


@given(
    st.sampled_from(["人民政府", "财政局", "发展和改革委员会", "人民政府办公室"]),
    st.text("关于报告执行情况", max_size=12),
)
def test_a_placed_body_before_guan_yu_is_the_titled_body(kind: str, rest: str) -> None:
    assert titled_body(f"佛坪县{kind}关于{rest}", []) == f"佛坪县{kind}"


_BRANCH = """关于2023年生态环境保护工作总结及2024年工作计划的汇报

2023年以来,在市委市政府的坚强领导下,我局全面贯彻落实党的二十大精神,推动生态环境保护工作取得新进展。1-12月,吉首市环境空气优良天数357天,平均优良天数比例为98.2%。

一、主要工作

加强队伍建设,开展廉政教育;印发了《湘西自治州生态环境局吉首分局干部职工管理规定》,规范日常管理。
"""


def test_a_branch_named_after_its_parent_is_the_branch_not_the_parent() -> None:
    # 1591 (064, 271 name their branches the same way: 岳阳市生态环境局岳阳县分局, 随州市公安局曾都区分局)
    assert _issuer(_BRANCH) == "湘西自治州生态环境局吉首分局"


_STREET = (
    "2022年,在市委、市政府的正确领导下,雷城街道以习近平新时代中国特色社会主义思想为指引,统筹抓好常态化疫情防控和"
    "经济社会发展,街道经济社会保持稳步发展的良好态势。\n一、2022年主要工作成绩\n(一)坚持党建引领,凝聚干事创业合力\n"
    "一是加强政治理论学习。今年以来,街道开展理论学习中心组研讨学习9次。\n"
)


def test_a_place_opening_the_report_after_its_clause_of_circumstance_is_its_subject() -> None:
    # disc18 1618: 2022年,在…领导下,雷城街道以… (the org opener already reads 在…领导下,市某局… so: 073, 1210)
    assert _issuer(_STREET) == "雷城街道办事处"


_CLAUSE = (
    "2021年是“十四五”开局之年,为全面打好良好开局,稳步推进霍城经济高质量发展,根据国家中央预算内资金项目支持的"
    "依据及方向,县发改委认真做好2021年中央预算内资金项目储备工作。2021年我县共储备中央预算内资金项目75项,"
    "总投资16.33亿元。当前发改委与项目单位联合,加大跑办力度,争取更多的项目落户霍城。\n"
)


def test_a_bureau_acting_as_the_subject_of_a_later_clause_of_the_opening_is_the_issuer() -> None:
    # 1573: not the government 我县 speaks for
    assert _issuer(_CLAUSE) == "霍城县发展和改革委员会"  # written in full (gold README, s21)


_RIVER = """县生态环境分局2023年上半年工作总结

一、水环境质量

上半年,怀洪新河、沱湖等重点河湖水质稳定,5个月中Ⅲ类水质5个月。怀洪新河入河排污口整治完成。
"""


def test_a_river_ending_in_a_countys_name_places_no_bureau() -> None:
    # 1590 (怀洪新河 is no 新河县; 1592, 1595 name their rivers and file under no one)
    assert _issuer(_RIVER) is None


_TITLED_AUDIT_REPORT = """国务院关于2024年度中央预算执行和其他财政收支的审计工作报告

——2025年6月24日在第十四届全国人民代表大会常务委员会第十六次会议上

审计署审计长 侯凯

全国人民代表大会常务委员会:

我受国务院委托,向全国人大常委会报告2024年度中央预算执行和其他财政收支的审计情况,请审议。
"""


def test_an_audit_report_titled_as_the_governments_is_the_governments_whoever_delivers_it() -> None:
    # gold README, issuer order (1): 1282 国务院关于…审计工作报告 is 国务院's,
    # as 1283 福州市人民政府关于… (lead, session 18)
    assert _issuer(_TITLED_AUDIT_REPORT) == "国务院"
