"""Session 22, joins: a bilingual page set each paragraph as a table row, the Chinese cell and its English copy
parted by ``|`` (1982 ``…請予審議。 | On behalf of … for your deliberation. |``): the two are two paragraphs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.english_lines import bilingual_row_edits, english_ranges
from tests.models.ingest.test_clean_props import check_map

_ROWS = (
    "各位代表: | Fellow Deputies, |\n"
    "现在,我受常委会委托,向大会报告工作,请予审议。 | On behalf of the Standing Committee, I now present to you"
    " the report on its work for your deliberation. |\n"
    "过去一年的主要工作 | Major Work of the Past Year |\n"
    "2013年,面对错综复杂的国际形势,常委会依法履职。\n"
)


def test_a_rows_chinese_cell_and_its_english_copy_are_two_paragraphs() -> None:
    shown = clean(_ROWS).display_text
    assert "请予审议。\nOn behalf of the Standing Committee" in shown
    assert "for your deliberation.\n过去一年的主要工作\nMajor Work of the Past Year\n2013年" in shown
    assert "|" not in shown
    check_map(_ROWS)


def test_the_english_cell_is_marked_as_english() -> None:
    shown = clean(_ROWS).display_text
    marked = [shown[s:e] for s, e in english_ranges(shown)]
    assert "Major Work of the Past Year" in marked and "过去一年的主要工作" not in marked


def test_rows_of_other_cells_stay_as_written() -> None:
    # a table of two Chinese cells, a site's name beside its address, an English row beside a figure
    assert bilingual_row_edits("项目名称 | 完成情况 |\n", []) == []
    assert bilingual_row_edits("伊金霍洛旗人民政府办公室.政务 | www.yjhl.gov.cn |\n", []) == []
    assert bilingual_row_edits("地区生产总值 | 1234.5 | 增长6% |\n", []) == []
    assert bilingual_row_edits("各位代表: | Fellow Deputies, | 各位委员 |\n", []) == []


_CELL = st.sampled_from(
    ["各位代表:", "过去一年的主要工作", "Major Work of the Past Year", "Fellow Deputies,", "", "12"]
)


@given(st.lists(st.tuples(_CELL, _CELL, st.sampled_from([" | ", "|", " ｜ "]), st.booleans()), max_size=5))
def test_split_rows_keep_an_exact_map(rows: list[tuple[str, str, str, bool]]) -> None:
    text = "".join(f"{a}{sep}{b}{' |' if tail else ''}\n" for a, b, sep, tail in rows)
    check_map(text)
