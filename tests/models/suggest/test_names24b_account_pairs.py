"""Session 24 (names24b): the other side of an account (支出 after 收入, 负债 after 资产) takes its subject."""

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {abs(s.attributes["value"]): s.attributes["name"] for s in find_indicators(text)}


def test_spending_after_income_takes_its_subject() -> None:
    # 1293 (养老保险基金收入…，支出…), 1627 (…基金收入…;支出…), 1381 (…预算收入…；支出…)
    names = _names("机关事业单位养老保险基金收入106303万元，支出105645万元，当年结余658万元。")
    assert names[105645.0] == "机关事业单位养老保险基金支出"
    names = _names("城乡居民基本医疗保险基金收入10060.55亿元,同比增长3.5%;支出9273.42亿元,同比增长0.2%。")
    assert names[9273.42] == "城乡居民基本医疗保险基金支出"
    text = "2025年全市一般公共预算收入5881968万元，完成预算的99.3%，同比增长1.8%；支出10827534万元，完成预算的95%。"
    names = _names(text)
    assert names[10827534.0].endswith("一般公共预算支出")


def test_a_pair_keeps_the_head_after_the_account_word() -> None:
    # 1282 (收入总量…、支出总量…; 资产总额…、负债总额…), variants of other places and funds
    names = _names("中央政府性基金预算收入总量15126.64亿元、支出总量14711.77亿元。")
    assert names[14711.77] == "中央政府性基金预算支出总量"
    names = _names("重点审计的3家市属国有企业资产总额26.22亿元、负债总额24.74亿元。")
    assert names[24.74] == "市属国有企业负债总额"
    names = _names("全县金融机构存款余额120亿元，贷款余额98亿元。")
    assert names[98.0].endswith("金融机构贷款余额")
    names = _names("全州外贸出口额5.2亿美元，进口额3.1亿美元。")
    assert names[3.1].endswith("外贸进口额")


def test_no_pair_no_carry() -> None:
    # peers keep their own names; a head that is no account word, a subject bound to 收入 only, a far figure
    names = _names("全市粮食产量120万吨，油料产量8万吨。")
    assert names[8.0] == "油料产量"
    names = _names("城镇居民人均可支配收入42000元，支出28000元。")
    assert names[28000.0] != "城镇居民人均可支配支出"
    names = _names("全市税收收入80亿元。今年支出90亿元。")
    assert names[90.0] != "全市税收支出"
