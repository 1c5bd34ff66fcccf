"""Session 23, joins: a masked figure (``*``, ``**``, ``×``, ``XX``) cut from its measure word at a line's
end (1846 ``县级林长巡林*`` ⏎ ``次、乡级林长巡林*`` ⏎ ``次、村级…``, 364 ``…产业园等*`` ⏎ ``个项目深入洽谈中``) runs on,
as a figure does (``发放 2023`` ⏎ ``年度…``); a line ending a clause, a heading alone or a measure word opening
a word of its own (``人员``) stays."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.rejoin import join_points

_MASKS = st.sampled_from(["*", "**", "***", "＊", "×", "××", "X", "XX", "xx"])
_UNITS = st.sampled_from(["次", "个", "人", "户", "家", "项", "亩", "吨", "万元", "亿元", "名", "件"])
_SUBJECTS = st.sampled_from(["县级林长巡林", "新建产业项目", "累计帮扶贫困户", "全年接待游客", "完成造林"])
_OPEN = "今年以来,全县上下认真贯彻落实上级各项决策部署,扎实推进各项工作,取得明显成效。"


@given(_SUBJECTS, _MASKS, _UNITS)
def test_a_masked_figure_runs_on_into_its_measure_word(subject: str, mask: str, unit: str) -> None:
    lines = [_OPEN + subject + mask, f"{unit}、乡级林长巡林{mask}", f"{unit},协调解决了一批重点难点问题。"]
    assert join_points(lines, [True] * len(lines))[:2] == [True, True]


@given(_MASKS)
def test_a_masked_figure_before_a_new_paragraph_or_heading_stays(mask: str) -> None:
    # the line ends its sentence; a heading's own label: no measure word carries them on
    lines = [f"全年共完成造林{mask}亩。", "个人素质有待进一步提高,工作方法还需改进。", f"二、{mask}月以来的主要工作"]
    assert join_points(lines, [True] * len(lines))[:2] == [False, False]
    lines = [f"全县护林员{mask}", "人员培训和管理情况如下:"]  # no clause runs on after the measure word
    assert join_points(lines, [True] * len(lines))[0] is False


@given(_MASKS)
def test_a_numbered_paragraphs_last_line_runs_on_too(mask: str) -> None:
    # (一) opens a paragraph of sentences, not a heading alone: its masked figure still waits for its unit
    lines = [f"(一)全面推进林长工作,打造新亮点。各级林长带头巡林,县级林长巡林{mask}", "次,协调解决了一批问题。"]
    assert join_points(lines, [True, True])[0] is True
    lines = [f"(一)全年造林{mask}", "亩以上的乡镇情况"]  # a heading alone keeps its line
    assert join_points(lines, [True, True])[0] is False
