"""Issuers of session 15's fourth discovery set: a national regulator (中国银保监会, 银监会, 证监会) signing a joint
document with ministries is one of its issuers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.models.ingest._reading import issuer as _issuer

_NOTICE = (
    "某某七部门关于做好融资担保机构监管工作的通知\n银保监发〔2020〕39号\n各省、自治区、直辖市财政厅（局）：\n"
    "现就做好融资担保机构监管工作有关事项通知如下：\n一、开展确认工作\n各地财政部门开展确认工作。\n"
)


@settings(deadline=None)
@given(st.sampled_from(["中国银保监会", "银监会", "中国证监会", "保监会"]))
def test_a_national_regulator_signing_first_is_one_of_the_joint_issuers(regulator: str) -> None:
    # 1343 (中国银保监会 over six ministries), 1341 (教育部 财政部 中国人民银行 银监会): a 监会 is a body like a 部
    text = _NOTICE + f"{regulator}\n发展改革委\n财政部\n人民银行\n2020年8月5日\n"
    assert _issuer(text) == f"{regulator} 发展改革委 财政部 人民银行"
