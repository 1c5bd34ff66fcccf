"""Families of session 15, round 3 (kinds of figures in reviews read as plans), in made-up snippets."""

from __future__ import annotations

from itertools import pairwise

from models.suggest.indicators import find_indicators
from models.types import Section


def _kinds(text: str, sections: tuple[Section, ...] = ()) -> dict[str, str]:
    return {text[s.start : s.end]: s.attributes["kind"] for s in find_indicators(text, sections)}


def test_an_annual_disclosure_report_cut_below_its_title_reports_its_counts() -> None:
    # 政府信息公开工作年度报告 excerpts that open at 一、总体情况 (1285, disc 1400, 1401): its 各项要求, 有关要求, 确保
    # outnumber its reporting words, yet 总体情况 says where things stand: what it counts is actual
    text = (
        "一、总体情况\n"
        "2024年，本单位严格落实条例和上级关于政务公开的各项要求，确保公开工作取得实效。\n"
        "（一）主动公开情况。2024年，在门户网站主动公开各类信息74条。\n"
        "（二）依申请公开情况。按照有关要求优化流程，确保按时答复。2024年收到信息公开申请2件。\n"
        "（三）平台建设情况。按照区有关要求有序更新内容，确保信息准确。\n"
    )
    h1 = text.index("一、总体情况")
    subs = [text.index(x) for x in ("（一）", "（二）", "（三）")] + [len(text)]
    sections = (
        Section(
            level=1,
            label="一、",
            title="总体情况",
            start=h1,
            end=len(text),
            heading_end=h1 + 6,
            children=tuple(
                Section(level=2, label=text[a : a + 3], title="x情况", start=a, end=b, heading_end=a + 8)
                for a, b in pairwise(subs)
            ),
        ),
    )
    kinds = _kinds(text, sections)
    assert kinds and set(kinds.values()) == {"actual"}, kinds


def test_a_budget_line_arranged_for_the_year_is_a_target_without_a_plan_heading() -> None:
    # 预算收入安排 / 预算支出安排 is a draft budget line, as 预算收入计划 is (1292, 1293, 1294): a news item citing the
    # draft (disc 1413) has no 预算草案 heading to make it a plan, yet its lines are what the year is to raise or spend
    text = (
        "本报讯 报告显示，2014年全省财政运行情况良好。报告提出，2015年全省地方一般公共预算收入安排5504.25亿元，"
        "比上年增长9.5%；全省一般公共预算支出安排7785.85亿元，增长8.5%。省级一般公共预算总支出相应安排2866.62亿元。\n"
    )
    kinds = _kinds(text)
    for quote in ("收入安排5504.25亿元", "支出安排7785.85亿元", "相应安排2866.62亿元"):
        (kind,) = [k for q, k in kinds.items() if quote in q]
        assert kind == "target", (quote, kinds)


def _figures(text: str) -> list[tuple[float, str, float | None, str | None]]:
    out = []
    for s in find_indicators(text):
        a = s.attributes
        out.append((a["value"], a["unit"], a["change"], a["change_unit"]))
    return out


def test_a_doubling_after_a_rise_from_a_base_is_that_rise_as_a_multiple() -> None:
    # 由194.6亿元增加到747亿元,五年翻了近两番 (disc 1412), 由4405亿元增加到13000亿元,翻了一番多 (disc 1414): the
    # doubling measures the rise just stated against its base, as 由…增加到13.4亿元,是“十五”末的4.6倍 does (619, 1009)
    assert _figures("财政总收入由194.6亿元增加到747亿元,五年翻了近两番。") == [(747.0, "亿元", 300.0, "%")]
    assert _figures("固定资产投资由4405亿元增加到13000亿元,翻了一番多。") == [(13000.0, "亿元", 100.0, "%")]
    # a doubling with no base before it is still its own figure
    assert len(_figures("地区生产总值126.4亿元,五年内翻了两番,增长35.5%。")) == 2
    # a rate after the doubling is the level's change, the doubling its own figure (1111's ruling)
    figures = _figures("规模以上工业增加值由32亿元增加到68亿元,五年翻了一番多,年均增长16.3%。")
    assert (100.0, "%", 100.0, "%") in figures and figures[0][2] != 100.0


def test_a_rise_from_a_base_to_a_larger_magnitude_keeps_the_level_reached() -> None:
    # 由4405亿元增加到1.3万亿元 (disc 1414), 由4405万元增加到1.3亿元: the level crosses into the next magnitude of
    # its unit; the level reached is the value, the rise counted in its unit
    assert _figures("固定资产投资由4405亿元增加到1.3万亿元。") == [(1.3, "万亿元", 0.8595, "万亿元")]
    assert _figures("存款余额由4405万元增加到1.3亿元。") == [(1.3, "亿元", 0.8595, "亿元")]
    assert _figures("地区生产总值从2007年的6423.2亿元增加到2012年的1.6万亿元,年均增长15.1%。") == [
        (1.6, "万亿元", 15.1, "%")
    ]


def test_a_needy_group_named_in_an_achievement_is_no_problem_cue() -> None:
    # 010: 投资近15亿元实施了保障性安居工程…,城市困难群体的居住环境…得到明显改善 was suggested as 问题 for its 困难;
    # 困难群众, 困难家庭, 就业困难人员 (31 corpus reports) name who was helped, not a difficulty
    from models.suggest.problems import find_problems

    done = (
        "投资近15亿元实施了保障性安居工程和城市棚户区改造工程，3万多居民群众直接受益，"
        "城市困难群体的居住环境和生活质量得到明显改善。全年为困难家庭发放救助金800万元，就业困难人员再就业1200人。"
    )
    assert find_problems(done) == []
    # a difficulty still said of the group remains a problem
    (p,) = find_problems("部分困难群众住房条件仍然较差，就医难问题仍然存在。")
    assert p.attributes["cue"] == "仍然存在"


def test_a_budget_line_arranged_is_named_by_the_line_not_by_its_verb() -> None:
    # 全市一般公共预算支出拟安排241.6亿元 (1292 named it 安排), 地方一般公共预算支出安排583,530万元 (1294 named it
    # …支出安排), 中央预算内投资拟安排7350亿元 (878), 2015年全省地方一般公共预算收入安排… (disc 1413): the line
    # arranged is the name; 安排 is what the budget does with it
    def name(text: str) -> str:
        return str(find_indicators(text)[0].attributes["name"])

    assert name("全市一般公共预算支出拟安排241.6亿元，比上年预算增长0.8%。") == "全市一般公共预算支出"
    assert name("地方一般公共预算支出安排583,530万元，增长5%。") == "地方一般公共预算支出"
    assert name("中央预算内投资拟安排7350亿元。") == "中央预算内投资"
    assert name("报告提出,2015年全省地方一般公共预算收入安排5504.25亿元,比上年增长9.5%。") == (
        "2015年全省地方一般公共预算收入"
    )
    assert name("省级一般公共预算总支出相应安排2866.62亿元。") == "省级一般公共预算总支出"
    # 比上年预算增长: a draft line's change against last year's budget is its change (1292, as 比年初预算 is)
    (line,) = [s for s in find_indicators("全市政府性基金预算支出拟安排38.8亿元，比上年预算增长19.3%。")]
    assert (line.attributes["value"], line.attributes["change"]) == (38.8, 19.3)


def test_a_verb_with_its_adverb_before_a_figure_names_nothing_what_it_acts_on_follows() -> None:
    # 010/011 plans: 重点实施5个奶牛规模养殖场, 全面完成3.4万平方米草坪, 启动2.5万亩蔬菜基地, 年内完成2万平方米仓储库
    # were named 重点实施, 全面完成, 启动, 年内; a bare verb (实施5个…) already took the object after the figure
    def name(text: str) -> str:
        return str(find_indicators(text)[0].attributes["name"])

    assert name("重点实施5个奶牛规模养殖场。") == "奶牛规模养殖场"
    assert name("6月底前要全面完成3.4万平方米草坪。") == "草坪"
    assert name("启动2.5万亩蔬菜基地建设工程。").startswith("蔬菜基地")
    assert name("年内完成2万平方米仓储库。") == "仓储库"


def test_firms_counted_by_what_they_did_are_named_by_it() -> None:
    # 29家企业申报质量信用A级 (disc 1396 x7), 23家企业入选省级产教融合型企业培育库 (021 x7), 2家企业入选…500强
    # (567), 5家企业完成迁建工作 (011): the firms are counted by what they did, and the gold names them so
    def name(text: str) -> str:
        return str(find_indicators(text)[0].attributes["name"])

    assert name("全区29家企业申报质量信用A级。") == "申报质量信用A级企业"
    assert name("23家企业入选省级产教融合型企业培育库，带动就业。") == "入选省级产教融合型企业培育库企业"
    assert name("5家企业完成迁建工作。") == "完成迁建企业"
    assert "85.89" not in name("为461户企业获得贷款85.89亿元。")


def test_a_multiple_with_its_qualifier_is_still_the_levels_change() -> None:
    # 是2002年的近三倍 (disc 1386), 是“十一五”末的近2倍 (666): 近 is dropped, as the README drops qualifiers
    (s,) = find_indicators("财政收入完成3.56亿元,是2002年的近三倍。")
    assert (s.attributes["change"], s.attributes["change_unit"]) == (200.0, "%")


def test_a_new_step_crossed_then_the_level_reached_keeps_the_level() -> None:
    # 跨上3000美元新台阶,达到3504美元 (disc 1390), 迈上3万亿元新台阶、达到30145.79亿元 (1101): as 突破…大关,达到…
    (s,) = find_indicators("人均地区生产总值跨上3000美元新台阶,达到3504美元。")
    assert (s.attributes["value"], s.attributes["threshold"]) == (3504.0, 3000.0)
