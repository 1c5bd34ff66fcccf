"""A site's anti-copy stamp (one ASCII token ending every paragraph and standing alone between them) is removed;
units, abbreviations and English words stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.clean_stamps import stamp_token
from tests.models.ingest.test_clean_props import check_map

_PARAS = [
    "各位代表:",
    "现在,我代表县人民政府向大会作政府工作报告,请予审议,并请县政协各位委员和列席会议的同志提出意见。",
    "一、过去五年工作回顾",
    "五年来,面对复杂多变的宏观经济形势和艰巨繁重的改革发展稳定任务,全县生产总值年均增长8.4%。",
    "五年来,我们坚持把转变方式作为核心之举,产业布局打开新局面。",
]


def _stamped(token: str, sep: str = "") -> str:
    return "\n".join(p + sep + token + "\n" + token for p in _PARAS) + "\n"


@pytest.mark.parametrize("token", ["pbY", "Xq7", "kdsA", "WwW2"])
@pytest.mark.parametrize("sep", ["", " "])
def test_a_stamp_on_every_paragraph_and_between_them_is_removed(token: str, sep: str) -> None:
    text = _stamped(token, sep)
    result = clean(text)
    assert token not in result.display_text
    for p in _PARAS:
        assert p in result.display_text
    assert "一、过去五年工作回顾\n" in result.display_text.replace("\n\n", "\n")
    check_map(text)


def test_units_and_abbreviations_ending_lines_are_no_stamp() -> None:
    lines = ["全年用电量达到12.5亿kWh", "全县发电量3.2亿kWh", "新增装机容量kWh", "全市地区生产总值GDP", "人均GDP"]
    assert stamp_token(lines) is None
    assert stamp_token([*lines, "GDP"]) is None  # alone once: a heading, not a stamp


@given(st.sampled_from(["pbY", "abc", "Qz"]), st.lists(st.sampled_from(_PARAS), min_size=1, max_size=6))
@settings(max_examples=60, deadline=None)
def test_the_offset_map_stays_exact_with_stamps(token: str, paras: list[str]) -> None:
    check_map("\n".join(p + token + "\n" + token for p in paras))


@pytest.mark.parametrize("token", ["PZl", "Kq3", "abX"])
@pytest.mark.parametrize("split_at", [1, 2])
def test_a_stamp_after_sentence_ends_and_split_over_a_line_is_removed(token: str, split_at: int) -> None:
    lines = [p + token for p in _PARAS]
    lines[3] = _PARAS[3] + token[:split_at] + "\n" + token[split_at:]  # the page broke the stamp itself
    text = "\n".join(lines) + "\n"
    result = clean(text)
    shown = result.display_text.split("\n")
    for p in _PARAS:
        assert p in shown
    assert token[:split_at] not in result.display_text and token[split_at:] not in shown
    check_map(text)


def test_an_abbreviation_after_sentence_ends_on_few_lines_is_no_stamp() -> None:
    lines = ["全县生产总值增长8%。GDP", "人均收入增长6%。GDP", "一、主要工作", "全年新增就业3000人。"]
    assert stamp_token(lines) is None


@pytest.mark.parametrize("token", ["IAh", "pbY", "Kq3"])
def test_a_stamp_before_the_blank_runs_of_a_one_line_copy_goes_and_the_runs_stay(token: str) -> None:
    """A one-line copy whose runs of blanks stand for the source's line breaks, the stamp glued before each run."""
    text = "   ".join(p + token for p in _PARAS) + "\n"
    shown = clean(text).display_text
    assert token not in shown
    for p in _PARAS:
        assert p in shown
    assert "一、过去五年工作回顾   五年来" in shown  # the run still parts the heading from its text
    check_map(text)


def test_an_abbreviation_before_blank_runs_after_no_sentence_end_is_no_stamp() -> None:
    line = "全年实现GDP   增长8%,人均GDP   达到5万元,工业GDP   占比40%,服务业GDP   占比45%。"
    assert stamp_token([line]) is None


# a site's stamp glued to the ends of lines, headings included: a variable token before a fixed tail, or no token;
# a stamp holding a site's words (文库, 版权所有) does not turn the heading it is glued to into chrome
@pytest.mark.parametrize(
    "stamp", ["EiW某某百科--为某事助力", "Qx7为某事助力", "某某百科--为某事助力", "Qx7某某文库", "某某范文网 版权所有"]
)
def test_a_tail_repeated_on_paragraphs_and_headings_is_removed(stamp: str) -> None:
    glued = [_PARAS[1], _PARAS[2], _PARAS[3]]
    text = "\n".join(p + stamp if p in glued else p for p in _PARAS) + "\n"
    result = clean(text)
    assert stamp not in result.display_text
    for p in _PARAS:
        assert p in result.display_text
    assert "\n一、过去五年工作回顾\n" in result.display_text.replace("\n\n", "\n")
    check_map(text)


@given(
    st.sampled_from(["EiW某某百科--为某事助力", "某某文库"]),
    st.lists(st.sampled_from(_PARAS), min_size=3, max_size=7),
    st.lists(st.booleans(), min_size=7, max_size=7),
)
@settings(max_examples=60, deadline=None)
def test_the_offset_map_stays_exact_with_a_repeated_tail(stamp: str, paras: list[str], glue: list[bool]) -> None:
    check_map("\n".join(p + stamp if g else p for p, g in zip(paras, glue, strict=False)) + "\n")


def test_notes_and_list_items_repeated_at_line_ends_are_no_stamp() -> None:
    lines = [
        "加快建设外贸转型升级基地。（省商务厅负责）",
        "培育一批跨境电商示范企业。（省商务厅负责）",
        "办好进口博览会对接活动。（省商务厅负责）",
        "1.一般公共预算财政拨款支出决算情况说明",
        "2.政府性基金预算财政拨款支出决算情况说明",
        "全年完成目标任务。3.国有资本经营预算财政拨款支出决算情况说明",
    ]
    assert stamp_token(lines) is None


def test_a_phrase_ending_wrapped_lines_that_runs_on_inside_others_is_no_stamp() -> None:
    lines = [
        "累计投入资金二百四十万元。全乡农田水利工程",
        "万米石渠硬化，节水型农业成效显著。全乡农田水利工程",
        "万米石渠硬化，重点抓好了三大养鸭基地，全乡农田水利工程",
        "全乡农田水利工程万米石渠硬化，节水型农业成效显著。",
    ]
    assert stamp_token(lines) is None


def test_a_repeated_tail_also_standing_alone_is_a_stamp() -> None:
    stamp = "EiW某某百科--为某事助力"
    lines = [_PARAS[1] + stamp, stamp, _PARAS[2] + stamp, _PARAS[3] + stamp]
    assert stamp_token(lines) == stamp


# the page's end cut the stamp's last copy (2059 ``…呼声。s12乡村百科-``; 483 is the same farm's whole copies):
# two whole copies and the cut one at the text's end make the three, and the cut copy goes too
@pytest.mark.parametrize("stamp", ["s12某某百科--为某事助力", "Qx7某某文库--资料大全", "某某范文网--为您服务"])
@pytest.mark.parametrize("cut", [5, 8])
def test_a_tail_repeated_twice_and_cut_at_the_text_end_is_removed(stamp: str, cut: int) -> None:
    text = "\n".join([_PARAS[0], _PARAS[1], _PARAS[2] + stamp, _PARAS[3] + stamp, _PARAS[4] + stamp[:cut]]) + "\n"
    result = clean(text)
    assert stamp[:4] not in result.display_text
    for p in _PARAS:
        assert p in result.display_text
    assert "\n一、过去五年工作回顾\n" in result.display_text.replace("\n\n", "\n")
    check_map(text)


def test_two_lines_sharing_a_tail_without_a_cut_copy_at_the_end_are_no_stamp() -> None:
    stamp = "s12某某百科--为某事助力"
    lines = [_PARAS[1], _PARAS[2] + stamp, _PARAS[3] + stamp, _PARAS[4]]
    assert stamp_token(lines) is None
    lines = [_PARAS[1], _PARAS[2] + stamp, _PARAS[3] + stamp, _PARAS[4] + "s12"]  # three characters: too little
    # for the shared tail; the lone letter-digit stamp after 。 (test_clean23_lone_stamp) may take the remnant itself
    assert stamp_token(lines) in (None, "s12")
