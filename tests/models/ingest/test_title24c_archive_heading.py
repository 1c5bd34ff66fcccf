"""A record saved from an archive or library export: its heading on the first line, the export's source-URL line
under it (627 `统计`, 1913 `史志工作`, over `Original URL: http://…`): the heading is the title when the text gives
no other (gold README: a yearbook entry's heading is the title, 627)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.title_archive import archive_heading


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("统计\n\nOriginal URL: http://lib.example.cn/bin/x?K=c54\n\n〔机构队伍〕某县统计局内设办公室。\n", "统计"),
        ("史志工作\nOriginal URL: http://lib.example.cn/x?rec=1\n2004年,市政府史志办在…\n", "史志工作"),
        ("农业综述\n原文地址:https://www.example.com/a/1.html\n全年粮食总产量…\n", "农业综述"),
        ("财税工作(2003年)\n原文链接：http://www.example.org/b\n2003年,全县财政收入…\n", "财税工作(2003年)"),
    ],
)
def test_a_record_heading_over_its_source_url_line(text: str, heading: str) -> None:
    assert archive_heading(text) == heading


@pytest.mark.parametrize(
    "text",
    [
        # a citation code over the URL line is the database's label, not a heading
        "【法宝引证码】 CLI.12.6476457\n原文链接：https://www.pkulaw.com/lar/2f\n各市人民政府:\n",
        # a sentence over the URL line (a repost's last paragraph) is no heading
        "2024年,县住建局将继续狠抓落实,攻坚破难。\n原文地址:https://jsj.example.gov.cn/art/1.html\n",
        # no URL line under the first line
        "统计\n〔机构队伍〕某县统计局内设办公室。\n",
        # the URL line is not the second line
        "统计\n某县统计局\nOriginal URL: http://lib.example.cn/x\n",
    ],
)
def test_no_heading_without_the_shape(text: str) -> None:
    assert archive_heading(text) is None


def _title(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="x.txt", original=text).title


def test_the_entry_heading_becomes_the_title() -> None:
    text = (
        "统计\n\nOriginal URL: http://lib.example.cn/bin/mse.exe?K=c54&A=6&rec=98&run=13\n\n"
        "〔机构队伍〕某县统计局内设办公室、业务股、综合股和普查办公室。\n\n"
        "〔事业状况〕1997年某县统计局认真贯彻省、市统计工作会议精神,圆满完成了全年各项工作任务。\n"
        "一、各项调查任务顺利完成。一是严把数据质量关,较好地完成了年报和定期报表任务。\n"
    )
    assert _title(text) == "统计"


def test_a_report_title_over_the_url_line_stays() -> None:
    text = (
        "政府工作报告\nOriginal URL: http://lib.example.cn/bin/mse.exe?K=d60\n"
        "——1989年5月23日在某市第十一届人民代表大会第二次会议上\n某某\n各位代表:\n"
        "现在,我代表市人民政府向大会作政府工作报告,请审议。\n"
    )
    assert _title(text) == "政府工作报告"


@pytest.mark.parametrize("mark", ["附件:", "附件：", "附件 "])
def test_an_attachment_named_in_a_contents_list_is_no_title(mark: str) -> None:
    """A 目录 closing with its attachment list (`附件:1.…自评表` / `2.…评价报告`, 1137): the contents name the
    attachments, and an attachment's name is never the document's title."""
    text = (
        "目 录\n第一部分 某县某镇人民政府概况\n一、部门职责\n二、机构设置\n"
        "第二部分 某县某镇人民政府2023年度部门决算表\n一、收入支出决算总表\n二、收入决算表\n"
        "第三部分 名词解释\n"
        f"{mark}1.2023年度项目支出绩效自评表\n2.2023年度某某项目绩效评价报告\n3.2023年度某某项目绩效自评报告\n"
        "第一部分 某县某镇人民政府概况\n一、部门职责\n根据县委办公室的通知,镇政府承担以下职能。\n"
    )
    assert _title(text) is None


def test_the_attachment_run_needs_its_label() -> None:
    from models.ingest.title_rescue import _attachment

    assert _attachment(["附件:1.某表", "2.某报告", "3.某说明"], 2)
    assert not _attachment(["一、部门职责", "2.某报告"], 1)
    assert not _attachment(["附件:1.某表", "3.某报告"], 1)
