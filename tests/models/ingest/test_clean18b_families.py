"""Cleaning by family (session 18, round 2): a portal's list of related papers' titles straight over its footer
(1294: ``楚雄市2026年政府预算公开目录`` ⏎ ``楚雄市2026年政府预算解读`` ⏎ …, then 打印本页 关闭窗口 and the footer)."""

from __future__ import annotations

from models.ingest.clean import clean

_REPORT = [
    "今年一季度，全区继续深入贯彻落实市委市政府各项部署要求，主要经济指标较快增长，呈现良好发展势头。",
    "各位代表！2026年财政工作，使命如山、任务如磐、责任在肩！我们将锚定目标，为全市发展作出新的更大贡献！",
]
_FILES = [
    "楚雄市2026年政府预算公开目录",
    "楚雄市2026年政府预算解读",
    "楚雄市2026年财政转移支付情况说明",
    "楚雄市2026年政府预算公开表3.2",
]
_FOOTER = ["打印本页关闭窗口", "网站地图", "主办：楚雄市人民政府承办：楚雄市人民政府办公室"]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in clean(text).display_text.split("\n") if line.strip()]


def test_related_papers_listed_over_the_footer_leave() -> None:
    lines = _lines("\n".join([*_REPORT, *_FILES, *_FOOTER]) + "\n")
    for title in _FILES:
        assert title not in lines
    assert lines[-1].startswith("各位代表")


def test_two_titles_over_the_footer_stay() -> None:
    # two lines may be the report's own closing (a table's title and its note): a list is three or more
    lines = _lines("\n".join([*_REPORT, *_FILES[:2], *_FOOTER]) + "\n")
    assert _FILES[0] in lines and _FILES[1] in lines


def test_titles_closing_the_text_with_no_footer_stay() -> None:
    # no page footer below them: nothing says they are a page's links, not the report's own list
    lines = _lines("\n".join([*_REPORT, *_FILES]) + "\n")
    assert all(title in lines for title in _FILES)


def test_an_attachment_list_over_the_footer_stays() -> None:
    lines = _lines("\n".join([*_REPORT, "附件", *_FILES, *_FOOTER]) + "\n")
    assert all(title in lines for title in _FILES)
