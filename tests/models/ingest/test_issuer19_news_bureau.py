"""A news item on a bureau's work: the bureau a leader visits, or whose head reports its work in the lead, with the
place the text names (disc19 1696, 1704; corpus 1007 names no place: unknown)."""

from __future__ import annotations

from tests.models.ingest._reading import issuer as _issuer

_VISIT = """9月5日,市政府副市长杨淼到市商务局调研指导工作,看望慰问商务干部职工并召开座谈会。
座谈会上,市商务局党委书记、局长刘家骐汇报了市商务局今年以来商务工作进展情况及下一步工作打算。上半年全市完成社会消费品零售总额158.3亿元,增长12.4%。
杨淼强调,要以商务工作追赶超越的实绩为安康西北生态经济强市建设作出应有的贡献。
"""

_CONFERENCE = (
    "3月18日下午,我市召开全市商务工作会议。会议落实江门市第十四次党代会部署要求,总结2021年工作。"
    "副市长郑晓毅出席会议并讲话,市政府副秘书长麦敏杰主持会议,市商务局局长冯一宁作全市商务工作报告。"
    """
会议指出,过去一年,全市商务系统统筹疫情防控和商务高质量发展取得新成效。
稳外贸方面,全市进出口总值1789.5亿元,增长25.2%。
"""
)

_UNPLACED = """8月13日上午,区委常委、统战部长李德森到区商务局调研商务工作。党组书记、局长王勇代表区商务局汇报工作。
王勇从商务局基本情况、2020年工作完成情况等五个方面进行了汇报。
"""


def test_a_leader_visiting_a_bureau_is_no_part_of_its_name() -> None:
    assert _issuer(_VISIT) == "安康市商务局"


def test_the_bureau_whose_head_delivers_the_work_report_at_its_conference() -> None:
    assert _issuer(_CONFERENCE) == "江门市商务局"


def test_a_bureau_the_text_never_places_is_unknown() -> None:
    assert _issuer(_UNPLACED) is None
