"""Outline families from the misses of the session-14 discovery set's second half (reports held back during round 1):
the top of the tree of a notice that prints its document. Each test is a short made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_spaced_out_attachment_line_heads_the_attachment_of_a_notice() -> None:
    # 公文 typography spaces out a two-character line (附  件, as 前  言): the attachment's page opens with it
    lines = [
        "关于印发《某市减免房屋租金实施方案》的通知",
        "各县（市）区人民政府：",
        "现将《某市减免房屋租金实施方案》印发给你们。",
    ]
    lines += ["附件：某市减免房屋租金实施方案", "某市发展和改革委员会", "2020年6月20日", "附\xa0\xa0件"]
    lines += ["某市减免房屋租金", "实施方案", PARA, "一、落实租金减免政策", "（一）明确实施主体。" + PARA]
    lines += ["二、加强督促实施", PARA]
    got = flat("\n".join(lines))
    assert [(lv, label.replace("\xa0", ""), title) for lv, label, title in got] == [
        (1, "附件", ""),
        (2, "", "某市减免房屋租金\n实施方案"),
        (3, "一、", "落实租金减免政策"),
        (4, "（一）", "明确实施主体"),
        (3, "二、", "加强督促实施"),
    ]
