"""A full text a repository wraps in a markdown header (1282): its field rows, the speaker line of a national body
under the delivery line, and the delivery date further down than the head (gold README, set 84)."""

from __future__ import annotations

from models.ingest import parse_bytes
from models.ingest.metadata_bodies import delivering_body
from models.ingest.metadata_header import head_fields
from models.ingest.metadata_issuer_names import has_place

_TITLE = "国务院关于2024年度某某财政收支的审计工作报告"
_WRAPPED = [
    "# 源材料（真实世界材料 · 未经改写）",
    "",
    f"- **标题**：{_TITLE}",
    "- **报告人**：审计署审计长 某某（2025年6月24日提请审议）",
    "- **发布渠道**：审计署官网（audit.gov.cn，2025-07-07 公开）；全文 PDF 取自某州审计局转载",
    "",
    "- **抓取时间**：2026-09-11 12:25",
    "- **转换说明**：官方 PDF 经逐页抽取文本。",
    "- **字符数**：约 16963 字",
    "- **用途**：第二份语料。",
    "- **注意**：通稿中的表述不在本报告原文中。",
    "",
    "---",
    "",
    "## 正文（原样保留）",
    "国务院关于2024年度某某",
    "财政收支的审计工作报告",
    "——2025年6月24日在第十四届全国人民代表大会常务委员会第十六次会议上",
    "审计署审计长 某 某",
    "委员长、各位副委员长、秘书长、各位委员：",
    "我受国务院委托，向全国人大常委会报告2024年度审计情况，请审议。",
    "一、中央财政管理审计情况",
    "重点审计了组织财政收入等情况，发现的主要问题如下。",
]


def test_a_markdown_field_row_is_a_header_field() -> None:
    assert head_fields([f"- **标题**：{_TITLE}"])["名称"] == _TITLE


def test_the_audit_office_of_the_state_council_is_named_by_its_own_name() -> None:
    assert has_place("审计署") and has_place("海关总署")
    assert not has_place("市审计局")
    lines = ["——2025年6月24日在第十四届全国人民代表大会常务委员会第十六次会议上", "审计署审计长 某 某"]
    assert delivering_body(lines) == "审计署"


def test_a_repository_copy_reads_its_title_issuer_and_delivery_date() -> None:
    meta = parse_bytes("\n".join(_WRAPPED).encode("utf-8"), "copy.txt").metadata
    # the title names whose report it is, whoever delivers it (1282 ruling, session 18)
    assert (meta.title, meta.issuer, meta.date) == (_TITLE, "国务院", "2025-06-24")
