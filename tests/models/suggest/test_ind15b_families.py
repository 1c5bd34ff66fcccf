"""Families of session 15, round 2 (names a clerk can file, change-only figures), in made-up snippets."""

from __future__ import annotations

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.attributes["name"] for s in find_indicators(text)}


def test_a_budget_balance_list_names_its_items_after_the_fund_its_clause_sets() -> None:
    # budget reports (1292, 1294, 1235): `X平衡情况：` opens a list of items that name no fund of their own
    text = (
        "全县一般公共预算平衡情况：地方一般公共预算收入35,174万元，转移性收入22,796万元，上年结余收入298万元，"
        "调入资金3,824万元，收入总计69,511万元。地方一般公共预算支出55,567万元，债务还本支出7,550万元，"
        "支出总计68,734万元，年终结转776万元。\n"
    )
    names = set(_names(text).values())
    for item in ("转移性收入", "上年结余收入", "调入资金", "收入总计", "债务还本支出", "支出总计", "年终结转"):
        assert f"全县一般公共预算{item}" in names
    assert "地方一般公共预算收入" in names  # an item that names its fund keeps its own name


def test_a_balance_of_the_whole_budget_names_its_scope_not_a_sibling_fund() -> None:
    # 全市财政收支平衡情况是：总收入合计…，其中，一般公共预算收入…，上年结余…: 一般公共预算 is an item, not the subject
    text = "全市财政收支平衡情况是：总收入合计为413.0亿元，其中，一般公共预算收入150.1亿元，上年结余31.6亿元。\n"
    names = _names(text)
    assert names["上年结余31.6亿元"] == "全市财政上年结余"  # the quote keeps 上年, where the name reader broke


def test_a_total_under_a_funds_heading_takes_the_fund_from_the_heading() -> None:
    text = "（二）政府性基金预算\n全市政府性基金预算收入100.7亿元。\n收入总计341.3亿元，调出资金4.0亿元。\n"
    names = set(_names(text).values())
    assert {"政府性基金收入总计", "政府性基金调出资金"} <= names


def test_a_balance_item_qualified_by_its_own_words_keeps_them() -> None:
    # 一般债务转贷收入等转移性收入: the words before the item say which; no fund is put in front of them
    text = "市直一般公共预算平衡情况：一般债务转贷收入等转移性收入1144156万元。\n"
    assert "一般公共预算转移性收入" not in _names(text).values()


def test_growth_in_words_without_a_level_is_one_change_marked_as_such() -> None:
    # 001 (national 1994): 农业增加值增长百分之四 states only a change. The gold README's rule: value is the signed
    # change and change the same; `is_change` tells a display to show the figure once (the ledger does).
    (s,) = find_indicators("农业获得丰收,农业增加值增长百分之四。")
    a = s.attributes
    assert (a["value"], a["unit"], a["change"], a["change_unit"], a["is_change"]) == (4.0, "%", 4.0, "%", True)
    (level,) = find_indicators("粮食产量四千五百亿公斤,比上年增长百分之三。")
    assert "is_change" not in level.attributes and level.attributes["value"] == 4500.0


def test_a_policy_title_wrapped_over_lines_still_titles_a_policy() -> None:
    # a forwarded notice whose title the page wrapped (…鼓励软件产业和 / 集成电路产业发展若干政策文件的通知)
    from models.suggest._policy_terms import policy_titled

    head = "京政发[2000]21号\n\n北京市人民政府转发\n国务院关于印发鼓励软件产业和\n集成电路产业发展若干政策文件的通知\n"
    assert policy_titled(head + "各区、县人民政府：\n现将文件转发给你们。\n")
    assert not policy_titled("北京市人民政府\n2023年政府工作报告\n各位代表：\n")


def test_a_policys_durations_and_qualifying_bounds_are_its_terms() -> None:
    # policy opinions (loan terms, depreciation years, a group's registration bar, a tax deduction): no indicators
    title = "关于完善助学贷款和文化企业发展政策的若干意见\n"
    terms = (
        "（二）贷款最长期限从14年延长至20年。原贷款期限为学制加6年、最长不超过10年。\n"
        "（三）生产性设备的折旧年限最短可为3年。\n"
        "（四）文化企业的母公司注册资本在1000万元以上，有3个以上控股子公司，即可先登记组建集团。\n"
        "（五）个人捐赠额未超过应纳税所得额30%的部分，可从其应纳税所得额中扣除。\n"
    )
    assert find_indicators(title + terms) == []
    # a report stating the same kind of figures reads them as before
    assert find_indicators("全年新增贷款20亿元，发放助学贷款3000万元。\n")


def test_a_gap_against_a_span_of_months_is_a_change_in_points() -> None:
    # monthly bulletins (1187 比1-8月份加快0.2个百分点, 1329 比1至2月加快6.2个百分点): the base is months, not words
    cases = (("工业增加值增长8.1%，比1至2月加快6.2个百分点。", 6.2), ("投资增长9%，比1-8月份加快0.2个百分点。", 0.2))
    for text, gap in cases:
        found = [s.attributes for s in find_indicators(text) if s.attributes["unit"] == "个百分点"]
        assert [(a["value"], a["change"]) for a in found] == [(gap, gap)]


def test_a_gap_in_points_after_a_rate_is_named_after_the_rate_and_its_base() -> None:
    # bulletins (651, 1154, 1329, 1333): 比一季度加快, 高于全省 after a growth rate name the rate's gap, not 加快 alone
    cases = {
        "地区生产总值增长6.5%，比一季度加快0.9个百分点。": "地区生产总值增速比一季度",
        "全市生产总值增长8.1%，高于全省0.2个百分点。": "生产总值增速高于全省",
        "零售业销售额下降5%，降幅较1-3月收窄2.5个百分点。": "零售业销售额降幅较1-3月",
    }
    for text, name in cases.items():
        got = [s.attributes["name"] for s in find_indicators(text) if s.attributes["unit"] == "个百分点"]
        assert got == [name]
    # a gap with words of its own keeps them (增幅高于城镇居民), a list of gaps is left to the list
    text = "居民人均可支配收入增长7.5%，高于城镇居民2.1个百分点。"
    assert [s.attributes["name"] for s in find_indicators(text)][-1] == "居民人均可支配收入增幅高于城镇居民"


def test_a_programme_named_in_quotes_before_its_head_stays_in_the_name() -> None:
    # work reports, reviews (1054, 1106, 111, 1208, 1293; 1297 at first sight): “小巨人”企业, “三保”支出, “老原新”项目
    cases = {
        "新增专精特新“小巨人”企业3家。": "“小巨人”企业",
        "今年共有“老原新”项目33个。": "“老原新”项目",
        "全市“三保”支出727亿元。": "“三保”支出",
    }
    for text, name in cases.items():
        assert [s.attributes["name"] for s in find_indicators(text)] == [name]
    # a plan period in quotes is no programme
    assert "“十五”" not in find_indicators("地区生产总值较“十五”期末增长80%。")[0].attributes["name"]
