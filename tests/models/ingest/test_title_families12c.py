"""Title families seen on held-back reports (session 12): a portal's accessibility tool bar over a headline."""

from __future__ import annotations

from models.ingest.metadata_titles import headline

_LEAD = (
    "5月8日，某县教育局召开2024年教育重点工作推进会，会议总结前一阶段工作完成情况，"
    "分析存在的短板与不足，研究部署下一阶段重点工作。"
)


def test_tool_bar_row_is_no_piece_of_the_headline() -> None:
    # 某县政务网 无障碍浏览 / 进入适老化模式 | 长者模式: the portal's tool bar, then the news item's headline
    for row in ("某县政务网 无障碍浏览", "关怀版 长者模式", "某市人民政府 适老化"):
        found = headline([row, "某县教育局召开2024年教育重点工作推进会", _LEAD])
        assert found.value == "某县教育局召开2024年教育重点工作推进会", row


def test_headline_alone_still_read() -> None:
    assert headline(["某县教育局召开2024年教育重点工作推进会", _LEAD]).value == "某县教育局召开2024年教育重点工作推进会"
