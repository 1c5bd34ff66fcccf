"""A 公文 copy whose red head (``某市人民政府文件``) a store glued into a sentence, under a 文号 line whose
abbreviation opens with that place's first letter (许政 [2020] 20号 + 许昌市人民政府文件: corpus 1149; 427's
``南溪县长兴镇人民政府文件 长府发[2001]15号`` the same agreement): that government issues it."""

from __future__ import annotations

from models.ingest.metadata_issuer_fields import red_head_of_number
from tests.models.ingest._reading import issuer as _issuer

_GLUED = """许政 [2020] 20号
各县(市、区)人民政府,市人民政府各部门:
现将《政府工作报告》提出的2020年重点工作任务予以分解并明确到各责任单位。各责任单位要尽快制定具体落实方案,按时报告进展情况。
一、抓好常态化疫情防控
1.坚持总体防控策略,完善常态化疫情防控举措。对有明确时间节点的重许昌市人民政府文件许政〔2020〕21号大工作,要按时完成。
责任单位:市卫生健康委
"""


def test_a_glued_red_head_agreeing_with_the_number_names_the_issuer() -> None:
    assert _issuer(_GLUED) == "许昌市人民政府"


def test_a_red_head_of_another_place_than_the_number_names_nobody() -> None:
    lines = ["许政 [2020] 20号", "对有明确时间节点的重洛阳市人民政府文件大工作"]
    assert red_head_of_number(lines) is None
