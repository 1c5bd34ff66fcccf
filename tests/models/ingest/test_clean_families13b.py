"""Page chrome families met on the session-13 discovery set (1101–1160), each written for its family."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean

REPORT = (
    "——2011年1月12日在某县第十三届人民代表大会第四次会议上\n"
    "各位代表:\n"
    "现在，我代表县人民政府，向大会作政府工作报告，请予审议。\n"
)


@pytest.mark.parametrize("tool", ["访问:次", "浏览：次", "点击: 次", "人工智能朗读:", "语音朗读", "智能朗读全文"])
def test_a_counter_without_its_figure_and_a_read_aloud_tool_are_chrome(tool: str) -> None:
    # 1111 (访问:次, the figure a script filled in lost), 1117 (人工智能朗读:), 305 (…语音朗读)
    page = "2011年政府工作报告\n发布时间:2012-01-01 文章来源:未知\n" + tool + "\n" + REPORT
    display = clean(page).display_text
    assert tool not in display
    assert "请予审议" in display


def test_a_sentence_about_visits_stays() -> None:
    page = "2011年政府工作报告\n" + REPORT + "全年接待访问:次数创新高的来访群众1200人次。\n"
    assert "接待访问" in clean(page).display_text
