"""Session 23, joins: a line break that parts a 3- or 4-character word of the dictionary inside a clause is a wrap
(074 ``…关于退役`` ⏎ ``军人工作和…``, 1692 ``下发调查通知`` ⏎ ``书320多份,``), though each half is a word of its own; a
break where a sentence's ``。`` was lost (193 ``…奠定了坚实基础`` ⏎ ``这五年,我们坚持…``) or a heading's end stays.
A numbered heading glued after a paragraph's last ``。`` at a line's end, with no blank between (1234
``…其他事项。(二)机构设置`` ⏎ ``政府内设…``, 184 ``…和谐稳定。一、综合``), heads the next line's text:
the break after it stays."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.rejoin import join_points

# (line's end, next line's start): each pair parts a word of three or four characters
_SPLITS = st.sampled_from(
    [
        ("关于退役", "军人工作和新时代双拥工作重要论述,"),
        ("关于退役", "軍人工作和新時代雙擁工作重要論述,"),
        ("下发调查通知", "书320多份,停工通知书186份,"),
        ("签订目标责任", "书126份,"),
        ("完善农村基础", "设施建设,"),
        ("扎实做好社会", "保障工作,"),
        ("帮扶建档立卡贫困", "户1200户,"),
        ("规范发展农民专业合作", "社45家,"),
    ]
)
_LEADS = st.sampled_from(
    [
        "2023年,全区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻",
        "今年以来,我县认真贯彻落实省市决策部署,扎实推进各项工作,",
        "去年,全镇上下团结一心,攻坚克难,围绕年初目标任务,",
    ]
)


@given(_LEADS, _SPLITS)
def test_a_break_parting_a_long_word_inside_a_clause_joins(lead: str, split: tuple[str, str]) -> None:
    end, start = split
    lines = [lead + end, start + "各项工作取得明显成效。"]
    assert join_points(lines, [True, True])[0] is True


@given(_LEADS)
def test_a_lost_full_stop_or_a_heading_keeps_its_break(lead: str) -> None:
    lines = [lead + "为全面建成小康社会奠定了坚实基础", "这五年,我们坚持稳中求进工作总基调。"]
    assert join_points(lines, [True, True])[0] is False
    lines = ["(三)加强社会", "保障体系建设,各项工作取得明显成效。"]  # a heading alone keeps its line
    assert join_points(lines, [True, True])[0] is False
    lines = [lead + "取得了显著成效", "今年,我们将继续努力,推动各项工作。"]  # no word across
    assert join_points(lines, [True, True])[0] is False


_HEADS = st.sampled_from(["(二)机构设置", "（三）单位构成", "一、综合", "二、主要工作", "(4)人员情况"])
_BODIES = st.sampled_from(
    ["政府内设党政办公室、经济发展办公室、财政办公室。", "2020年末,全县户籍人口147.8万人,比上年增加1.2万人。"]
)


@given(_HEADS, _BODIES)
def test_a_heading_glued_after_a_full_stop_at_a_lines_end_heads_the_next_line(head: str, body: str) -> None:
    lead = "执行本级人民代表大会的决议和上级国家机关的决议和命令,发布决定和命令。完成上级交办的其他事项。"
    lines = [lead + head, body]
    assert join_points(lines, [True, True])[0] is False
    lines = [lead + " " + head, body]  # a blank where the line break was: as before
    assert join_points(lines, [True, True])[0] is False
