"""Session 28 (body28b), joins: a clause a line break cut, where the words say so and the width does not.

* A page's blank inside a clause, the clause running on into a quoted term (2463 ``…围绕平安宗教场所`` ⏎⏎
  ``“1+9”创建指标体系,…``): the next line opening with a quotation mark carries the clause on as one opening with
  a character does.
* A copy that breaks lines inside words (787 ``与气象部`` ⏎ ``门合作…``, ``提高队`` ⏎ ``伍的…``; 2316, 1282 alike)
  breaks them inside clauses too: there a line of prose stopping on a character (``…沟通合作,推动预警`` ⏎
  ``信息及时发布到公众,…``) runs on into the next line's clause. A copy that never parts a word keeps such a break
  (a two-phrase heading over its paragraph), and a heading or a title stays whatever the copy does.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.rejoin import join_points

_PARAGRAPH = "全市83个宗教活动场所和351个已登记编号的民间信仰活动场所全部纳入乡镇(街道)全科网格管理。"
# paragraphs ending with their marks: the copy is one that ends its paragraphs so
_OPENING = "2020年,在市委、市政府的坚强领导下,我局认真贯彻落实中央和省市关于民族宗教工作的决策部署,各项工作取得新成效。"
_QUOTED = st.sampled_from(
    [
        ("围绕平安宗教场所", "“1+9”创建指标体系,依托浙江掌上宗教APP,常态化开展平安宗教场所创建活动。"),
        ("深入推进", "“最多跑一次”改革,全面推行一窗受理,群众办事更加便捷。"),
        ("认真贯彻落实", "《宗教事务条例》,依法管理宗教事务,维护宗教领域和谐稳定。"),
        ("全面實施", "“雙千工程”,新建農村公路120公里,改造危橋8座。"),
    ]
)


@given(_QUOTED)
def test_a_blank_inside_a_clause_before_a_quoted_term_joins(split: tuple[str, str]) -> None:
    end, start = split
    lines = [_OPENING, _OPENING, "2.切实加强民宗工作机制建设。加强宗教工作力量配备," + _PARAGRAPH + end, start]
    joins = join_points([*lines, "一、存在的问题"], [False, False, False, True, False])
    assert joins[2]


def test_a_sentence_end_before_a_quoted_opening_stays() -> None:
    opening = "“十四五”时期,我们将持续推进平安宗教场所创建活动。"
    lines = [_OPENING, _OPENING, "加强宗教工作力量配备," + _PARAGRAPH, opening]
    assert not join_points(lines, [False, False, False, False])[2]


# a copy that parts words: two word cuts elsewhere in it
_WORD_CUTS = [
    "1.加强与气象、地震等部门的合作,完善预警系统。",
    "与气象部",
    "门合作开展大气污染、台风、暴雨等预警,提升预警的准确性和时效性。",
    "整合现有的应急救援力量,提高队",
    "伍的组织协调能力,构建一支专业化、精干化的应急救援队伍。",
]
_CUTS = st.sampled_from(
    [
        ("加强与媒体的沟通合作,推动预警", "信息及时发布到公众,提高公众的应急意识和自救能力。"),
        ("加强与社区的联系,推动防灾", "知识进入千家万户,提高群众的防灾减灾能力。"),
        ("全面排查隐患,督促企业落实", "主体责任,全年整改隐患320处。"),
        ("加強與媒體的溝通合作,推動預警", "信息及時發布到公眾,提高公眾的應急意識。"),
    ]
)


@given(_CUTS)
def test_in_a_copy_parting_words_a_prose_line_stopping_on_a_character_joins(split: tuple[str, str]) -> None:
    end, start = split
    lines = [*_WORD_CUTS, "2.完善预警信息发布渠道。", end, start, "二、加强应急救援能力建设"]
    joins = join_points(lines, [True] * len(lines))
    assert joins[6]
    assert not joins[5] and not joins[7]


@given(_CUTS)
def test_a_copy_parting_no_word_keeps_the_break(split: tuple[str, str]) -> None:
    end, start = split
    items = ["1.加强与气象、地震等部门的合作,完善预警系统。", "2.完善预警信息发布渠道。"]
    lines = [*items, end, start, "二、加强应急救援能力建设"]
    assert not join_points(lines, [True] * len(lines))[2]


def test_a_heading_in_a_copy_parting_words_stays() -> None:
    lines = [*_WORD_CUTS, "(一)坚持稳中求进,推动高质量发展", "全年地区生产总值增长6.5%,一般公共预算收入增长8%。"]
    assert not join_points(lines, [True] * len(lines))[5]
