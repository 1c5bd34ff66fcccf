"""Shifted GBK runs and glosses in the shapes copies reshape them to: a pair lost inside a list label, a full-width
mark written half width before the run, a gloss's closing bracket written full width."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest.repair_apply import brackets_paired
from models.ingest.repair_garble import find_garbles
from models.ingest.repair_shift import find_shifted
from models.ingest.text_views import REPAIR_CONFIDENT


def _page(original: str, *, lead: bytes = b"\xa1") -> str:
    """``original`` as a page shows it when its GBK bytes are read one byte out of step (a phantom ``lead``),
    pair by pair, dropping every pair GBK cannot decode as such pages do."""
    raw = lead + original.encode("gbk")
    out, i = [], 0
    while i < len(raw):
        if raw[i] < 0x80:
            out.append(chr(raw[i]))
            i += 1
            continue
        with contextlib.suppress(UnicodeDecodeError):
            out.append(raw[i : i + 2].decode("gbk"))
        i += 2
    return "".join(out)


def _read(text: str, *, traditional: bool) -> str:
    [run] = find_shifted(text, traditional=traditional)
    assert run.repairs[0][1] >= REPAIR_CONFIDENT
    return run.repairs[0][0]


def test_a_pair_lost_between_a_labels_numeral_and_its_bracket_is_restored() -> None:
    # 二 B6 FE and ） A3 A9: the shifted pair FE A3 is undecodable and lost, leaving B6 A9 (订)
    assert "ǘ┩" in _page("（二）推進")
    text = "報告。\n?" + _page("（二）推進東部石化基地建設")
    assert _read(text, traditional=True).startswith("（二）推進")


@settings(max_examples=40, deadline=None)
@given(
    num=st.sampled_from(["二", "三", "六", "十"]),
    body=st.sampled_from(["加快轉型升級", "推进东部新城建设", "强化财政管理", "落實工作責任"]),
    lead=st.sampled_from([b"\xa1", b"\xb0", b"\xd6"]),
)
def test_every_numeral_that_loses_its_pair_reads_back_whole(num: str, body: str, lead: bytes) -> None:
    page = _page(f"（{num}）{body}", lead=lead)
    runs = find_shifted("報告。\n" + page + "\n", traditional=True)
    if runs:  # read back whole, or left for the clerk (not confident, or a bracket without its pair)
        best, score, _why = runs[0].repairs[0]
        assert best.startswith(f"（{num}）") or score < REPAIR_CONFIDENT or not brackets_paired(best)


def test_a_two_character_label_reads_back_instead_of_a_paired_wrong_character() -> None:
    # （十一）: 十 CA AE, 一 D2 BB; AE D2 is lost, so the bracket reads （驶） — paired, yet wrong
    text = "工作。\n" + _page("（十一）加快建設")
    assert _read(text, traditional=True).startswith("（十一）")


def test_a_label_whose_content_is_no_numeral_split_stays_as_read() -> None:
    for label in ("（摘要）", "（試行）", "（草案）"):
        [run] = find_shifted("工作。\n" + _page(f"{label}加快建設"), traditional=True)
        assert not any(n in run.repairs[0][0][:4] for n in "一二三四五六七八九十")


def test_a_full_stop_written_half_width_still_leads_the_run() -> None:
    page = _page("（一）加快轉型升級")
    assert page.startswith("。")
    text = "目標任務.\n?" + "." + page[1:]
    [run] = find_shifted(text, traditional=True)
    assert run.repairs[0][0].startswith("（一）加快")
    assert text[run.start] == "."


def test_a_gloss_fragment_with_a_full_width_closing_bracket_is_a_reading() -> None:
    text = "增長9.6%。\n。ㄒ唬╉?xiàng）目概況"
    assert _read(text, traditional=True) == "（一）項"


def test_a_slip_in_a_full_width_copy_is_found_as_in_the_half_width_one() -> None:
    half = "成效?,F(xiàn)將"
    full = "成效?，F（xiàn）將"
    [a] = find_garbles(half, traditional=True)
    [b] = find_garbles(full, traditional=True)
    assert a.repairs[0].text == b.repairs[0].text == "。現"
    [c] = find_garbles("重?fù）?dān），", traditional=True)
    assert c.repairs[0].text == "擔"
