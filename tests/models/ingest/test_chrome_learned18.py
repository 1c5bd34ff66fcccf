"""The learned chrome line model: line offsets, features and the conservative guard."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest import chrome_learned as cl

PAGE = "首页 > 新闻中心\n\n关于做好工作的通知\n各区：\n现将有关事项通知如下，请认真贯彻落实。\n打印本页 关闭窗口\n"


@given(st.text(alphabet="ab 中文。\n", max_size=60))
def test_page_lines_cover_every_non_blank_line_exactly(text: str) -> None:
    found = cl.page_lines(text)
    assert [text[s:e] for s, e, _ in found] == [x.text for _, _, x in found]
    assert [x.text for _, _, x in found] == [line for line in text.split("\n") if line.strip()]


def test_features_are_deterministic_slots_within_the_vector() -> None:
    lines = [x for _, _, x in cl.page_lines(PAGE)]
    first = cl.features(lines, "关于做好工作的通知")
    assert first == cl.features(lines, "关于做好工作的通知")
    assert all(0 <= s < cl.DIM for slots in first for s in slots)


def test_guard_never_lets_a_sentence_or_the_title_go() -> None:
    assert not cl.may_remove("现将有关事项通知如下，请认真贯彻落实。", "")
    assert not cl.may_remove("全年完成投资5亿元。同比增长", "")
    assert not cl.may_remove("关于做好工作的通知", "关于做好 工作的通知")
    assert not cl.may_remove("很" * 61, "")
    assert cl.may_remove("打印本页 关闭窗口", "关于做好工作的通知")


def test_spans_cut_only_lines_the_model_calls_chrome() -> None:
    lines = [x for _, _, x in cl.page_lines(PAGE)]
    slots = cl.features(lines, "")
    bias = {s: 0.0 for row in slots for s in row}
    chrome_slots = set(slots[-1]) - {s for row in slots[:-1] for s in row}
    model = cl.Model(intercept=-10.0, weights={**bias, **dict.fromkeys(chrome_slots, 5.0)}, threshold=0.9)
    spans = cl.chrome_spans(PAGE, "", model)
    assert [PAGE[s:e] for s, e in spans] == ["打印本页 关闭窗口"]


def test_learned_cut_takes_lines_and_their_offsets_out_together() -> None:
    from array import array

    lines = [x for _, _, x in cl.page_lines(PAGE)]
    slots = cl.features(lines, "")
    chrome_slots = set(slots[-1]) - {s for row in slots[:-1] for s in row}
    model = cl.Model(intercept=-10.0, weights=dict.fromkeys(chrome_slots, 5.0), threshold=0.9)
    arr = array("q", range(100, 100 + len(PAGE)))
    display, kept, chrome = cl.learned_cut(PAGE, arr, ["首页"], model)
    assert "打印本页" not in display
    assert chrome == ["首页", "打印本页 关闭窗口"]
    assert len(kept) == len(display)
    assert all(PAGE[i - 100] == c for i, c in zip(kept, display, strict=True))


def test_the_shipped_model_cuts_a_toolbar_and_keeps_the_reports_own_lines() -> None:
    page = (
        "关于做好2024年工作的通知\n字体大小:A+ A A- 分享: 打印\n各区：\n"
        "现将有关事项通知如下，请认真贯彻落实。\n一、总体要求\n"
    )
    model = cl.shipped_model()
    assert model is not None
    spans = cl.chrome_spans(page, "", model)
    assert [page[s:e] for s, e in spans] == ["字体大小:A+ A A- 分享: 打印"]
