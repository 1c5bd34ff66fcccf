"""The body a speaker reports for: 我代表中华人民共和国国务院…提出…的报告 (874, as 001–003 我代表国务院…), and a bureau
head's speaker line glued after the subtitle, with the party post first (1653; 1298's line stands alone)."""

from __future__ import annotations

from tests.models.ingest._reading import issuer as _issuer

_STATE_COUNCIL = """各位代表：

现在我代表中华人民共和国国务院向第一届全国人民代表大会第三次会议提出关于1955年国家决算和1956年国家预算的报告，请予审查。

一、1955年国家决算

1955年国家决算的收支总数如下：1955年本年收入合计27203319000元。
"""

_GLUED_SPEAKER = """继往开来 加快转型 开创浙江交通科学发展的新局面

——2011年全省交通运输工作会议报告 浙江省交通运输厅党组书记、厅长 郭剑彪

(2011年1月12日)

同志们:

2011年全省交通运输工作会议的主要任务是:进一步贯彻落实科学发展观,总结“十一五”交通发展成就。

下面,我代表厅党组,讲三个方面的内容。
"""


def test_a_speaker_presenting_the_state_councils_report() -> None:
    assert _issuer(_STATE_COUNCIL) == "国务院"


def test_a_bureau_heads_line_glued_after_the_subtitle() -> None:
    assert _issuer(_GLUED_SPEAKER) == "浙江省交通运输厅"
