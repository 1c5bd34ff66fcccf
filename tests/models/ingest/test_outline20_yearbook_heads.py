"""A yearbook entry's run-in heads in 【】 (1714 【概况】…【疫情防控】…) as in 〔〕 (627): unnumbered headings, two or
more; a news page's dateline or a site's label in 【】 is no such head."""

from __future__ import annotations

from models.ingest.outline import build_outline

BODY = "全年召开工作会议十二次,制定实施方案三项,各项工作稳步推进,群众满意度持续提升,社会大局保持稳定。"


def heads(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def test_bracketed_heads_of_a_yearbook_entry() -> None:
    text = "\n".join(
        [
            "【概况】城关镇位于县城中部,辖区面积42平方千米,常住人口3.1万人。2021年," + BODY,
            "【乡村振兴】" + BODY,
            "【基层治理】 2021年," + BODY,
        ]
    )
    assert heads(text) == [("", "概况"), ("", "乡村振兴"), ("", "基层治理")]


def test_a_news_dateline_and_a_site_label_are_no_heads() -> None:
    text = "\n".join(["【新华网讯】3月5日," + BODY, "【打印本页】 【关闭窗口】", BODY])
    assert heads(text) == []


def test_a_lone_bracketed_head_is_left_alone() -> None:
    assert heads("\n".join(["【图解】" + BODY, BODY])) == []
