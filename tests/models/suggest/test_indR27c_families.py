"""Session 27 (recall, the shapes left): a share of a plan said with 为 and the plan's own figure inside
(为全年任务740万元的56.6%, as 完成年计划710亿元的89.4% and 占年预算96540万元的22.04% already read)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _found(text: str) -> list[tuple[str, str, float, str | None, str | None]]:
    return [
        (
            s.text,
            str(s.attributes.get("name")),
            s.attributes["value"],
            s.attributes.get("unit"),
            s.attributes.get("kind"),
        )
        for s in find_indicators(text)
        if s.attributes.get("value") is not None
    ]


# 2208 为全年任务740万元的56.6%; the same share with 完成/占 in 107, 139, 1556, 2147, 205, 1188
@given(
    subject=st.sampled_from(["财税总收入累计完成419万元", "固定资产投资完成6035万元", "城镇新增就业12314人"]),
    period=st.sampled_from(["全年", "年度", "上半年", "年初", ""]),
    plan=st.sampled_from(["任务", "目标任务", "计划", "预算"]),
    figure=st.sampled_from(["740万元", "1.2亿元", "12500人", "20个"]),
    share=st.sampled_from(["56.6", "104", "98.5"]),
)
def test_a_share_of_a_plan_said_with_wei_and_the_plan_s_figure_is_read(
    subject: str, period: str, plan: str, figure: str, share: str
) -> None:
    text = f"截至6月底,全镇{subject},为{period}{plan}{figure}的{share}%。"
    found = _found(text)
    shares = [f for f in found if f[3] == "%"]
    assert [(f[0], f[2], f[4]) for f in shares] == [(f"为{period}{plan}{figure}的{share}%", float(share), "actual")]
    assert any(f[4] == "target" and f[0].endswith(figure) for f in found)


def test_wei_inside_a_word_before_the_plan_is_no_share_verb() -> None:
    found = _found("全县完成审计项目27个,占年初为民办实事计划20个的135%。")
    assert ("占年初为民办实事计划20个的135%", "审计项目完成比例", 135.0, "%", "actual") in found


# 2281 栽植一千多棵绿化苗木; 百余个, 十余次, 二十余部 already read as about so many
@given(
    num=st.sampled_from([("一千", 1000.0), ("三百", 300.0), ("两千", 2000.0), ("一百", 100.0), ("千", 1000.0)]),
    about=st.sampled_from(["多", "余"]),
    thing=st.sampled_from([("棵", "绿化苗木"), ("株", "樱花树"), ("头", "肉牛")]),
    verb=st.sampled_from(["栽植", "新植", "引进"]),
)
def test_about_a_round_figure_in_words_is_counted(
    num: tuple[str, float], about: str, thing: tuple[str, str], verb: str
) -> None:
    text = f"园区初步成型,{verb}{num[0]}{about}{thing[0]}{thing[1]},其中包括中槐。"
    assert [(f[2], f[3]) for f in _found(text)] == [(num[1], thing[0])]


def test_a_history_of_about_a_thousand_years_stays_no_count() -> None:
    assert _found("我们有一千多年的历史,千余年的文化。") == []


# 2364 辖区16个乡镇。其中:12个镇、4个乡 (a half-width colon after 其中 opens the parts; the full-width one is the same)
@given(
    whole=st.sampled_from([("辖区", "乡镇", "镇", "乡"), ("辖区内", "街镇", "街", "镇"), ("城区", "村居", "村", "居")]),
    colon=st.sampled_from([":", "："]),
    counts=st.sampled_from([(12, 4), (9, 7)]),
)
def test_a_one_character_part_after_qi_zhong_takes_the_whole_s_name(
    whole: tuple[str, str, str, str], colon: str, counts: tuple[int, int]
) -> None:
    scope, noun, a, b = whole
    text = f"{scope}{sum(counts)}个{noun}。其中{colon}{counts[0]}个{a}、{counts[1]}个{b},288个村委会。"
    found = [(f[1], f[2]) for f in _found(text)]
    assert (f"{scope}{a}", float(counts[0])) in found
    assert (f"{scope}{b}", float(counts[1])) in found


def test_a_count_first_part_after_qi_zhong_and_a_colon_is_read() -> None:
    found = [(f[1], f[2]) for f in _found("全区共有学校56所。其中:32所小学、24所中学。")]
    assert ("小学", 32.0) in found and ("中学", 24.0) in found


def test_a_time_or_a_ratio_after_a_colon_stays_no_figure() -> None:
    # (each term of a structure is its own share: gold 2364)
    assert [f[2] for f in _found("会议于8:30召开,三次产业结构为16.99:44.58:38.43。")] == [16.99, 44.58, 38.43]


# 2015 七百余位人大代表齊聚此間 (as 2381 四百余名…人大代表今日齐集…): the session's roll, now that 七百余 is a figure
@given(
    num=st.sampled_from(["七百余位", "三百多名", "四百余名"]),
    verb=st.sampled_from(["齐聚此间", "齊聚此間", "齐聚省城"]),
)
def test_deputies_gathered_without_yi_tang_stay_no_indicator(num: str, verb: str) -> None:
    assert _found(f"省人民代表大会第三次会议今日隆重开幕,{num}人大代表{verb}共商发展大计。") == []


# 755 计划内签约成交的技术引进项目有一千多项: 计划内/计划外 (within or outside the state plan) aims at nothing
def test_within_the_plan_is_no_plan_cue() -> None:
    found = _found("计划内签约成交的技术引进项目有一千多项。计划外投资完成300亿元。")
    assert [(f[2], f[4]) for f in found] == [(1000.0, "actual"), (300.0, "actual")]
