"""A shifted GBK run that lost a pair between two characters of its text, or its label's bracket and numeral whole,
reads back where the bytes and the words decide it (1225, 1872, 1911)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.repair_shift import find_shifted
from models.ingest.text_views import REPAIR_CONFIDENT
from tests.models.ingest.test_repair22_lost_pairs import _page


@pytest.mark.parametrize(
    ("original", "read"),
    [
        ("（一）主導行業帶動經濟", "（一）主导行业带动经济"),  # 導行: A7 D0 lost
        ("（九）主導產業", "（九）主导产业"),
        ("（五）加快珠江新城金融商貿區建設", "（五）加快珠江新城金融商贸"),  # 江新: AD D0 lost
        ("（四）代表婦女參與社會事務", "（四）代表妇女参与社会事务"),  # 代表: FA B1 lost
        ("（三）代表委員視察", "（三）代表委员视察"),
        ("（六）啟動舊機場", "（六）启动旧机场"),  # （六）: A8 C1 and F9 A3 lost, the label whole
        ("（六）加強與社會各界", "（六）加强与社会各界"),
    ],
)
def test_a_lost_pair_the_words_decide_is_read_back(original: str, read: str) -> None:
    display = clean("黨建工作\n" + _page(original)).display_text
    assert display.splitlines()[1].startswith(read)


def test_a_repaired_label_is_not_joined_onto_the_line_before() -> None:
    page = "（一）加快建設汽車產業基地。\n" + _page("（二）推進東部石化基地建設") + "\n" + _page("（六）啟動舊機場建設")
    lines = clean(page).display_text.splitlines()
    assert lines[1].startswith("（二）推进") and lines[2].startswith("（六）启动")


def test_words_that_do_not_decide_keep_the_run_unsure() -> None:
    [run] = find_shifted("黨建工作" + _page("（二）基金收支情況。"), traditional=True)
    assert run.repairs[0][1] < REPAIR_CONFIDENT


@given(
    st.sampled_from(["（二）推進東部", "（六）啟動舊機場", "（一）主導行業", "（四）代表婦女"]),
    st.text("黨建工作，", max_size=8),
)
def test_the_offset_map_stays_exact(original: str, before: str) -> None:
    text = before + "\n" + _page(original) + "\n結束"
    c = clean(text)
    for i in range(len(c.display_text) + 1):
        o = c.offset_map.to_original(i)
        assert 0 <= o <= len(text)
    ends = [c.offset_map.to_original(i) for i in range(len(c.display_text))]
    assert ends == sorted(ends)
