"""Cleaning the two seed reports: what the display text keeps, drops and flags."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from models.ingest.clean import CleanText, clean
from models.ingest.clean_script import convert_t2s
from models.ingest.pinyin_annotations import is_pinyin
from models.ingest.text_views import REPAIR_CONFIDENT

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


def test_traditional_seed_repairs_three_garbled_spots_and_lists_the_fourth() -> None:
    result = _clean(TRADITIONAL)
    text = _text(TRADITIONAL)
    # the three whose repair is confident are read as repaired; the original keeps the garble (显示原文)
    display = result.display_text
    repaired = [(display[r.start : r.end], text[r.original_start : r.original_end]) for r in result.repaired]
    assert [d for d, _g in repaired] == ["营", "担", "换"]
    assert [g[:3] for _d, g in repaired] == ["?fà", "?fù", "?li"]
    assert "?fàn)I" not in result.display_text
    # the fourth is a guess: it stays as written, a suspect with its proposed repair
    assert [s.original for s in result.suspects] == ["?,F"]
    (first,) = result.suspects
    start, end = result.offset_map.span_to_original(first.start, first.end)
    assert text[start:end] == first.original
    assert result.display_text[first.start : first.end] == first.original  # a guess is never written in
    assert result.display_text[first.start - 2 : first.end + 2] == "成效?,F将2"
    assert first.repairs[0].text == "。现"
    assert "。現" in first.repairs[0].explanation
    assert 0.5 < first.repairs[0].score < REPAIR_CONFIDENT
    assert "xiàn" in first.reason


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
