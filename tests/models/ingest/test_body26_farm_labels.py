"""A content farm's page title dressed round its first piece's name (``关于…``, ``…范文``) right over the piece's
number (``篇一:``, ``第一篇:``) names the bundle, not the piece: chrome (session 26, body26: 2190, 2257)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean

_BODY = (
    "  一、所做的主要工作\n\n"
    "  今年以来,我局紧紧围绕县委、县政府的中心工作,认真贯彻落实上级有关部署,全面完成了各项目标任务。\n\n"
    "  二、明年工作打算\n\n"
    "  明年,我们将继续坚持以科技创新为引领,推动全县经济社会高质量发展。\n"
)


@pytest.mark.parametrize(
    ("label", "piece"),
    [
        ("关于科技局年终工作总结", "第一篇:科技局年终工作总结"),
        ("乡镇年度科技局工作总结范文", "篇一:乡镇年度科技局工作总结"),
        ("关于某县商务局2019年工作总结", "篇一:某县商务局2019年工作总结"),
        ("某区统计局上半年工作汇报范文", "第一篇:某区统计局上半年工作汇报"),
    ],
)
def test_a_dressed_copy_of_the_first_piece_over_it_is_chrome(label: str, piece: str) -> None:
    name = piece.split(":", 1)[1]  # the page's title line: the piece's name, as the farm sets it over the page
    display = clean(f"{name}\n\n时间:2021-08-31\n\n{label}\n\n  {piece}\n\n{_BODY}").display_text
    assert label not in display.split("\n")
    assert "今年以来,我局紧紧围绕" in display


@pytest.mark.parametrize(
    ("title", "piece"),
    [
        # another report's title, or a shorter one, over the piece: not the farm's dressing of its name, kept
        ("某县科技局2019年工作总结", "第一篇:科技局年终工作总结"),
        ("科技局工作总结", "篇一:乡镇年度科技局工作总结"),
    ],
)
def test_a_title_not_dressing_the_piece_stays(title: str, piece: str) -> None:
    display = clean(f"{title}\n\n  {piece}\n\n{_BODY}").display_text
    assert title in display.split("\n")
