"""A run-in title ends where its paragraph opens with the span of years a review covers, a comma and the place or
the government speaking (…新的发展起点上新世纪的头五年,我市…, 2312; …稳步提升五年来,我们…, 147): no title goes
on with a time adverbial and a new subject; a span a verb takes as its object (回顾过去五年,…) or a noun it
modifies (过去五年的…) stays in the title."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest import parse_raw
from models.ingest.outline_runin import body_start
from models.ingest.read import RawText
from models.types import walk_sections


def title_of(title_and_body: str) -> str:
    return title_and_body[: body_start(title_and_body, 0, len(title_and_body) - 1)]


def test_a_century_s_first_years_open_the_paragraph() -> None:
    title = "“十五”计划主要预期目标提前实现,济宁站在一个新的发展起点上"
    assert title_of(title + "新世纪的头五年,我市改革开放和现代化建设取得显著成就。") == title


@given(
    title=st.sampled_from(["农业经济稳步提升", "综合实力迈上新台阶", "坚持改革创新", "城乡面貌焕然一新"]),
    span=st.sampled_from(["过去五年", "过去的五年里", "五年来", "这三年来", "近五年来", "本世纪的前十年", "四年间"]),
    subject=st.sampled_from(["我市", "全县", "全区", "我们", "本镇", "全州"]),
)
def test_variants_of_spans_and_subjects(title: str, span: str, subject: str) -> None:
    assert title_of(f"{title}{span},{subject}完成固定资产投资12.5亿元,年均增长8%。") == title


def test_a_span_a_verb_takes_or_a_noun_it_modifies_stays_in_the_title() -> None:
    for text in (
        "回顾过去五年,我们深切体会到,发展是第一要务。",
        "全面回顾过去五年,我们深切体会到,发展是第一要务。",
        "过去五年工作回顾本届政府任期自2006年10月至本次大会届满。",
        "坚持过去五年的好做法,全县上下团结一心。",
    ):
        assert "过去五年" in title_of(text), text


def test_a_one_line_copy_ends_its_first_head_before_the_span() -> None:
    text = (
        "2006年某市政府工作报告 各位代表:现在,我代表市人民政府,向大会作工作报告,请予审议。"
        "一、“十五”计划主要预期目标提前实现,全市站在一个新的发展起点上新世纪的头五年,我市改革开放和现代化建设"
        "取得显著成就,“十五”计划主要预期目标提前一年实现,年度各项任务全面完成。"
        "(一)经济持续快速增长,综合实力跃上新台阶。2005年全市地区生产总值达到1266.2亿元,比上年增长17.3%。"
        "(二)经济结构日趋优化,产业层次获得新提升。三次产业比例调整到13.7:55:31.3,全市规模以上工业企业达到1559家。"
    )
    parsed = parse_raw(RawText(text, None, "txt", "0" * 64), "报告.txt")
    got = [(s.level, s.label, s.title) for s in walk_sections(parsed.sections)]
    assert (1, "一、", "“十五”计划主要预期目标提前实现,全市站在一个新的发展起点上") in got


def test_a_year_in_chinese_numerals_is_no_span() -> None:
    text = "一九八六年的主要工作情况一九八六年,我市在省委、省人民政府和市委的领导下,认真贯彻执行方针政策。"
    assert title_of(text) == "一九八六年的主要工作情况"  # (004: the year opens the paragraph, not its 六年)


def test_a_heading_saying_its_plan_s_aims_were_met_is_no_plan() -> None:
    from models.suggest._plans import _plan_title

    assert not _plan_title("“十五”计划主要预期目标提前实现,济宁站在一个新的发展起点上")
    assert not _plan_title("“十一五”规划目标提前一年完成")
    assert not _plan_title("年度目标任务超额完成")
    assert _plan_title("确保年度计划提前完成")
    assert _plan_title("将提前一年实现十五计划")
    assert _plan_title("2023年工作计划")
