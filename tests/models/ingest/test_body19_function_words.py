"""A line that opens on a function word closing or linking a phrase (等, 的, 和, 及, 与, 或, 以及) carries on the
line before
when that one stops on a character (rejoin.join_points): no sentence, title or paragraph starts with 等 or 的."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.rejoin import join_points

_BEFORE = "同一企业不累进奖励，实行差额奖励。"
_CUT = "对参加中国农交会、省农洽会、省名特优农产品上海交易会"
_ON = "等省市农业展会的企业，补助0.5万元/场次。"


def _joins(lines: list[str]) -> list[bool]:
    return join_points(lines, [True] * (len(lines) - 1) + [False])


def test_a_line_opening_on_deng_closes_the_enumeration_of_the_line_before() -> None:
    # a policy page broken anywhere (649: …省名特优农产品上海交易会 ⏎ 等省市农业展会的企业，补助0.5万元/场次。)
    lines = [_BEFORE, _CUT, _ON]
    assert _joins(lines)[1]


def test_a_line_opening_on_de_or_he_carries_the_phrase_on() -> None:
    # 1013 …区市党委、政府和县委 ⏎ 的决策部署, 190 …环境卫生 ⏎ 和种草复绿区后续管护等属地责任
    assert _joins([_BEFORE, "深入贯彻落实区市党委、政府和县委", "的决策部署,知难而进、迎难而上。"])[1]
    assert _joins([_BEFORE, "压实社会稳定、疫情防控、环境卫生", "和种草复绿区后续管护等属地责任。"])[1]


def test_a_word_that_opens_with_the_same_character_stays_apart() -> None:
    # 和平区 (a district's name), 与会人员: the character opens a word of its own, not a link
    assert not _joins(["——2021年3月1日在和平区第十七届人民代表大会第一次会议上", "和平区发展和改革委员会"])[0]
    assert not _joins([_BEFORE, "区长曹阜忠作讲话", "与会人员认真听讲,纷纷表示要抓好落实。"])[1]


def test_a_numbered_heading_stays_apart_from_a_paragraph_opening_on_yu() -> None:
    # 315: 8．加大未污染和轻微污染农用地保护力度 ⏎ 与基本农田保护制度相结合，…: the heading ends its line
    heading = "8．加大未污染和轻微污染农用地保护力度"
    assert not _joins([_BEFORE, heading, "与基本农田保护制度相结合，将符合条件的优先保护类耕地划为永久基本农田。"])[1]


def test_after_a_sentence_end_the_line_stays_apart() -> None:
    assert not _joins(["全年到位资金4000万元,产销率达98%。", "等支柱产业发展迅速,带动作用明显。"])[0]


def test_a_heading_stays_apart_from_the_text_under_it() -> None:
    assert not _joins(["一、2019年工作回顾", "的确,过去一年极不平凡。"])[0]


def test_cleaning_shows_the_enumeration_unbroken() -> None:
    text = "\n".join([_BEFORE, _CUT, _ON])
    assert "上海交易会等省市农业展会" in clean(text + "\n").display_text


def test_the_link_runs_on_across_a_blank_line() -> None:
    # 1167: 我局将继续按市委、市政府 ⏎⏎ 及上级业务主管部门的工作部署,进一步解放思想
    lines = ["下半年,我局将继续按市委、市政府", "及上级业务主管部门的工作部署,进一步解放思想,理清思路。"]
    assert join_points(lines, [False, False])[0]
    title = ["关于2021年国民经济和社会发展计划执行情况", "与2022年国民经济和社会发展计划草案的报告"]
    assert not join_points(title, [False, False])[0]  # no clause runs on: a title's two lines
