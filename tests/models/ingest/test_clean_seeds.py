"""Cleaning the two seed reports: what the display text keeps, drops and flags."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from models.ingest.clean import CleanText, clean
from models.ingest.clean_script import convert_t2s
from models.ingest.pinyin_annotations import is_pinyin

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
SIMPLIFIED = SEEDS / "2020_市经信局_工作总结和2021年工作计划.txt"
TRADITIONAL = SEEDS / "2020_县科经局_工作总结及2021年工作要点_繁体.txt"


@cache
def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def _clean(path: Path) -> CleanText:
    return clean(_text(path))


def test_traditional_seed_is_simplified_without_pinyin() -> None:
    result = _clean(TRADITIONAL)
    assert result.script == "traditional"
    display = result.display_text
    assert convert_t2s(display)[0] == display  # nothing left to simplify
    leftovers = [m.group() for m in re.finditer(r"[(（]([^()（）]{1,12})[)）]", display) if is_pinyin(m.group(1))]
    assert leftovers == []
    assert "当前" not in display.split("\n")[0]  # the breadcrumb is gone
    assert display.startswith("县科经局2020年工作总结及2021年工作要点\n")
    assert "今年以来,我局在县委、县政府的正确领导" in display
    assert "(宣人社文[2020]5号)" in display
    assert "8家(宝险农业、长腾茶业" in display


def test_traditional_seed_lists_its_four_garbled_spots() -> None:
    result = _clean(TRADITIONAL)
    assert [s.original for s in result.suspects] == ["?,F", "?fàn)I", "?fù)?dān)", "?lián)Q"]
    text = _text(TRADITIONAL)
    for s in result.suspects:
        start, end = result.offset_map.span_to_original(s.start, s.end)
        assert text[start:end] == s.original
        assert result.display_text[s.start : s.end] == s.original  # kept, never repaired silently
    first = result.suspects[0]
    assert result.display_text[first.start - 2 : first.end + 2] == "成效?,F将2"
    assert first.repairs[0].text == "。现"
    assert "。現" in first.repairs[0].explanation
    assert first.repairs[0].score > 0.5
    assert "xiàn" in first.reason
    tops = [s.repairs[0].text for s in result.suspects[1:]]
    assert tops == ["营", "担", "换"]


def test_annotation_of_a_garbled_character_is_dropped_with_a_note() -> None:
    """`成效?,F(xiàn)將`: (xiàn) follows the ASCII trail byte F, so it is no annotation of a CJK
    character; the garble detector claims it as the damaged character's reading and drops it."""
    result = _clean(TRADITIONAL)
    text = _text(TRADITIONAL)
    i = text.index("?,F(xiàn)")
    assert (i + 3, i + 9) in result.removed_annotations


def test_traditional_seed_chrome_and_header_leave_the_body() -> None:
    result = _clean(TRADITIONAL)
    assert result.header_lines == ("发布时间:2021-01-18 15:00 来源:县科经局 作者:",)
    assert result.chrome_lines == (
        "当前位置:首页 > 政府信息公开 > 地方部门平台链接 > 县直 > 县科经局 > 法定主动公开内容 > 工作规划总结",
        "字体:加大 减小",
        "责任编辑:",
        "扫一扫在手机打开当前页",
    )
    for gone in ("字体", "发布时间", "责任编辑", "扫一扫", "当前位置"):
        assert gone not in result.display_text


def test_traditional_seed_signature_is_body_text_without_question_marks() -> None:
    result = _clean(TRADITIONAL)
    lines = result.display_text.split("\n")
    assert lines[-3:] == ["宣恩县科学技术和经济信息化局", "", "2020年12月31日"]
    suspect_chars = {i for s in result.suspects for i in range(s.start, s.end)}
    stray = [i for i, ch in enumerate(result.display_text) if ch in "?？" and i not in suspect_chars]
    assert stray == []


def test_simplified_seed() -> None:
    result = _clean(SIMPLIFIED)
    assert result.script == "simplified"
    assert result.suspects == ()
    display = result.display_text
    assert display.startswith("市经信局2020年工作总结和2021年工作计划\n\n一、2020年主要工作情况\n")
    assert result.header_lines[0].startswith("索 引 号: 011396186/2020-170341 主题分类: 其他 发布机构: 市经信局")
    assert result.header_lines[1] == "发布日期:2020-12-24 11:48"
    assert result.chrome_lines == ("附件:", "扫一扫在手机上查看当前页面", "我要纠错 关闭窗口")
    assert display.endswith("推动100家企业上云,完成省级下达任务。")
    # the simplified text is copied as is: one display character per original character
    text = _text(SIMPLIFIED)
    arr = result.offset_map.to_array()
    assert all(text[arr[i]] == ch for i, ch in enumerate(display))


def test_blank_lines_collapse_to_one() -> None:
    assert "\n\n\n" not in _clean(TRADITIONAL).display_text
    assert "\n\n\n" not in _clean(SIMPLIFIED).display_text
