"""A doc store's page numbers glued into the running text, found as a rising run over the document."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest.chrome_page_numbers import glued_page_numbers
from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

# a page of a plan's prose (about 160 characters), no figure in it
_PAGE = (
    "全镇上下要深入学习贯彻党的二十大精神,按照县委、县政府部署要求,锚定高质量发展目标,以只争朝夕的劲头、"
    "坚韧不拔的毅力,凝心聚力、真抓实干,确保各项工作迈准迈稳。坚持以人民为中心的发展思想,着力补齐民生短板,"
    "扎实推进乡村振兴,持续改善人居环境,用心用情办好民生实事,不断增强群众的获得感、幸福感和安全感,推动各项事业"
)


def _store(marks: list[str], glue: list[tuple[str, str]], opening: str = "") -> str:
    """One line: pages of prose, page k's number glued between the two characters ``glue[k]``."""
    out = opening + "镇人民政府2024年工作要点"
    for mark, (a, b) in zip(marks, glue, strict=True):
        out += _PAGE + a + mark + b
    return out + _PAGE + "。"


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # 1322's shape: 2, 3, 4 glued between characters, page one's number before the year
        (
            _store(["2", "3", "4"], [("效", "一"), ("新", "格"), ("建", "设")], "1"),
            ["效2一", "新3格", "建4设"],
            "2024年",
        ),
        # 1853's shape: k/N with one N, page one's 1/N opening the text
        (_store(["2/6"], [("基", "干")], "1/6"), ["基2/6干", "1/6"], "基干"),
        # 354's shape: page one's 1 opening the text, the 2 parting a common word (组长)
        (_store(["2"], [("组", "长")], "1"), ["组2长"], "组长"),
        # no page one: a run of three from an excerpt's second page on
        (_store(["5", "6", "7"], [("推", "动"), ("发", "展"), ("工", "作")]), ["推5动", "发6展", "工7作"], "推动"),
    ],
)
def test_a_run_of_glued_page_numbers_is_taken_out(text: str, gone: list[str], kept: str) -> None:
    display = clean(text).display_text
    for g in gone:
        assert g not in display
        if len(g) > 3:
            assert g[0] + g[-1] in display  # the page's number out, the word whole again
    assert kept in display
    assert not display.startswith(("1", "2"))
    check_map(text)


@pytest.mark.parametrize(
    "text",
    [
        _store(["2"], [("组", "长")]),  # one number alone, no page one before it
        _store(["2"], [("效", "一")], "1"),  # page one and a 2 parting no word: two marks are not enough
        _store(["2", "3"], [("新", "个"), ("培", "项")]),  # figures before measure words: 新增3个
        _store(["2/6", "3/8"], [("基", "干"), ("推", "动")]),  # k/N of different N
        _store(["3", "2"], [("推", "动"), ("发", "展")]),  # not rising
    ],
)
def test_glued_numbers_off_a_page_run_stay(text: str) -> None:
    assert glued_page_numbers([text]) == {}


def test_labels_glued_a_short_item_apart_are_no_pages() -> None:
    items = "1加强党的建设工作2推进重点项目建设3落实安全生产责任4改善人居环境面貌"
    assert glued_page_numbers([items * 3]) == {}


@pytest.mark.parametrize(
    "glue",
    [
        [("第", "组"), ("共", "批")],  # an ordinal, a total
        [("表", "主"), ("表", "全")],  # 930: a table's number before its caption, a page apart
        [("图", "全"), ("附件", "关")],  # a figure's, an attachment's
    ],
)
def test_an_ordinal_total_or_item_label_before_the_number_is_no_page(glue: list[tuple[str, str]]) -> None:
    assert glued_page_numbers([_store(["2", "3"], glue)]) == {}


def test_uneven_pages_are_no_run() -> None:
    text = "镇人民政府" + _PAGE + "效2一" + _PAGE + "新3格" + _PAGE * 4 + "建4设" + _PAGE + "。"
    assert glued_page_numbers([text]) == {}


def test_the_run_spans_lines_after_a_chunk_number() -> None:
    lines = ["1、1洛江区科技局工作总结" + _PAGE, "2、" + _PAGE + "担任组2长的领导小组" + _PAGE]
    found = glued_page_numbers(["文档简介", *lines], {1: 2, 2: 2})  # a store's label above the text
    assert found == {1: [(2, 3)], 2: [(2 + len(_PAGE) + 3, 2 + len(_PAGE) + 4)]}


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(min_value=1, max_value=30),
    pages=st.integers(min_value=2, max_value=5),
    of=st.one_of(st.none(), st.integers(min_value=0, max_value=60)),
    glue=st.sampled_from(["效一", "新格", "组长", "干林", "建设"]),
)
def test_the_offset_map_stays_exact(first: int, pages: int, of: int | None, glue: str) -> None:
    last = first + pages
    marks = [f"{k}/{last + of}" if of is not None else str(k) for k in range(first + 1, last + 1)]
    text = _store(marks, [(glue[0], glue[1])] * pages, "1" if first == 1 else "")
    check_map(text)
    display = clean(text).display_text
    assert all(glue[0] + m + glue[1] not in display for m in marks)
