"""Session 15c: a news page's label over its related-items block is never a section heading."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

LEAD = "本报济南1月27日讯今天提交省人大会议审查的预算报告显示,2014年全省财政运行情况良好,收入增长10.2%。"
TEASER = "□记者报道本报济南讯工地建筑垃圾清运不及时,限期3天整改;建筑工地路面硬化不合格,限期5天整改;渣土撒漏严重,1月..."


@pytest.mark.parametrize("label", ["新闻推荐", "相关新闻", "热门推荐", "相关阅读", "延伸阅读"])
def test_a_related_items_label_after_the_item_is_no_heading(label: str) -> None:
    # 1413 新闻推荐 over a teaser of another item; 1215 相关新闻, 286 热门推荐 (there the cleaner took the block)
    text = "\n".join([LEAD, LEAD, label, TEASER, "济南新闻,讲"])
    assert [s.title for s in walk_sections(build_outline(text))] == []


def test_a_section_naming_recommendations_is_still_a_heading() -> None:
    text = "\n".join([LEAD, "人才推荐工作情况", LEAD, "项目申报工作情况", LEAD])
    assert [s.title for s in walk_sections(build_outline(text))] == ["人才推荐工作情况", "项目申报工作情况"]
