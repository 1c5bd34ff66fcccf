"""Session 15c: a news live-text rendering a report puts the speaker's tag right before its heading."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

FORMULA = "各位代表:现在,我代表国务院向大会作政府工作报告,请予审议,并请全国政协各位委员提出意见。"
PARA = "2009年是新世纪以来我国经济发展最为困难的一年。去年这个时候,国际金融危机还在扩散蔓延,世界经济深度衰退。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_speaker_tag_before_a_heading_line_is_markup() -> None:
    # 1373: every line opens with [温家宝]: and ends with its clock time
    lines = [f"[温家宝]:{FORMULA} [09:05]", "[温家宝]:一、2009年工作回顾 [09:05]", f"[温家宝]:{PARA} [09:06]"]
    assert flat("\n".join(lines)) == [(1, "一、", "2009年工作回顾")]


def test_a_heading_after_the_speaker_says_inside_a_live_text_line() -> None:
    # 1411: one line of posts, 【宁波网报道】毛光烈说,一、本届政府工作回顾2003年…以来,…
    post = "【宁波网报道】毛光烈说,一、本届政府工作回顾2003年市十二届人大一次会议以来,本届政府在市委的领导下,"
    text = f"【宁波网报道】{FORMULA}[8:35] {post}{PARA}{PARA} [8:38] 【宁波网报道】毛光烈说,{PARA}"
    assert flat(text) == [(1, "一、", "本届政府工作回顾")]


def test_a_sentence_that_says_a_count_is_no_lead_in() -> None:
    text = f"{PARA} 他说,一、二季度经济运行总体平稳,{PARA}"
    assert flat(text) == []
