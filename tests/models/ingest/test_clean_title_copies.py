"""A hijacked page's title pasted inside body lines is taken out with its colon; a lone copy stays."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.inline_debris import page_title_copies, title_copy_deletions
from tests.models.ingest.test_clean_props import check_map

SPAM = "某某娱乐平台_某某app下载|官网"
TEXT = "\n".join(
    [
        SPAM,
        "",
        "某县水利局2022年度部门决算",
        "",
        "第一部分 部门概况",
        "一、部门职责",
        "主要负责全县水利工程建设管理，组织实施水资源保护工作。",
        f"  二、{SPAM}:机关运行经费支出说明",
        "本年度机关运行经费支出12.5万元，比上年减少1.2万元。",
        f"  三、{SPAM}:政府采购支出说明",
        "本年度政府采购支出总额30万元。",
    ]
)


def test_a_title_pasted_into_headings_is_taken_out_with_its_colon() -> None:
    text = TEXT
    shown = clean(text).display_text
    assert "二、机关运行经费支出说明" in shown and "三、政府采购支出说明" in shown
    assert "官网" not in shown.split("\n", 1)[1]
    check_map(text)


def test_a_title_copy_standing_once_or_as_a_whole_line_stays() -> None:
    assert page_title_copies([SPAM], [f"二、{SPAM}:说明", "三、说明"]) == set()
    assert page_title_copies(["二是做好重点人群_工作"], ["二是做好重点人群_工作", "三是做好场所_检测"]) == set()
    assert title_copy_deletions(f"二、{SPAM}：说明", {SPAM}) == [(2, 2 + len(SPAM) + 1)]
