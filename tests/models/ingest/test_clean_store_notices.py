"""A doc store's numbered notices and file fields over the document leave the body; a report's own list stays."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.clean_store_notices import is_store_field

REPORT = (
    "政府工作报告\n——2011年1月13日在县第十五届人民代表大会第五次会议上\n各位代表:\n"
    "现在,我代表县人民政府向大会报告工作,请予审议。\n一、过去五年工作回顾\n全县生产总值增长8.4%。"
)


@pytest.mark.parametrize(
    "notices",
    [
        [
            "1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。",
            "2. 2、仅部分预览的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。",
            "3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。",
        ],
        [
            "1、本文档共8页,可阅读全部内容。",
            "2、本站文档一经付费,不意味着购买了该文档的版权,仅供个人学习之用。",
            "3、如文档侵犯著作权,请点击版权申诉,也可以打举报电话。",
        ],
        ["1.下载前请仔细阅读文档内容。", "2.部分文档预览时可能显示错乱,下载后无此问题。"],
        [  # a markdown copy writes the list as bullets: "- 1、" is no delivery line's "——2011年"
            "- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。",
            '- 2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。',
            "- 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。",
        ],
    ],
)
def test_a_stores_numbered_notices_before_the_title_block_go(notices: list[str]) -> None:
    page = "某县2011年政府工作报告.doc\n" + "\n".join(notices) + "\n" + REPORT
    result = clean(page)
    lines = result.display_text.split("\n")
    assert "各位代表:" in lines and "一、过去五年工作回顾" in lines
    assert not any("文档" in ln for ln in lines)
    assert len([c for c in result.chrome_lines if "文档" in c]) >= len(notices)  # shown in 显示原文


def test_a_reports_own_numbered_list_mentioning_documents_stays() -> None:
    own = (
        "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n"
        "1、全年主动公开政府文件120件,上传政策解读文档35份。\n2、办理依申请公开28件,按时答复率100%。\n"
        "3、网站下载专区提供办事表格下载服务,全年下载量增长20%。"
    )
    lines = clean(own).display_text.split("\n")
    assert any(ln.startswith("1、全年主动公开") for ln in lines)
    assert any(ln.startswith("3、网站下载专区") for ln in lines)


@pytest.mark.parametrize(
    ("line", "store"),
    [
        ("• 格式:doc", True),
        ("- 格式:DOCX", True),
        ("• 文档页数:25", True),
        ("文档大小：62KB", True),
        ("材料格式：纸质", False),
        ("完成时限：6月底", False),
        ("文档数量：全年120件", False),
        ("页数:7页", True),
        ("文档页数：12", True),
        ("ID:30654335", True),
        ("编号：682553579", True),
        ("编号：A-12", False),
        ("文号：某府发〔2023〕5号", False),
        ("计划页数：全年", False),
    ],
)
def test_store_file_fields(line: str, store: bool) -> None:
    assert is_store_field(line) is store


def test_a_stores_listing_and_its_file_name_printed_again_leave_an_attachment_named_once_stays() -> None:
    from models.ingest.clean import clean

    text = (
        "2、某局2021年度部门决算.pdf\n"
        "某某 30 页 4.611 MB下载文档\n"
        "2、某局2021年度部门决算.pdf2、某局2021年度部门决算.pdf\n"
        "2、某局2021年度部门决算.pdf\n"
        "2021年度部门决算公开说明\n"
        "一、部门基本情况。本部门主要职责是统筹推进全市卫生健康事业发展，下设机构五个，编制人数四十人。\n"
        "附件：1.某局2021年度部门决算表.xlsx\n"
    )
    result = clean(text)
    assert ".pdf" not in result.display_text and "MB" not in result.display_text
    assert "附件：1.某局2021年度部门决算表.xlsx" in result.display_text
