"""Families of session 16, round 2 (indicators on statistics bureaus' and budget reports nobody tuned to)."""

from __future__ import annotations

from models.suggest._glosses import toneless_glosses
from models.suggest.indicators import find_indicators


def _figures(text: str) -> list[tuple[str, float, str, float | None, str | None]]:
    out = []
    for s in find_indicators(text):
        a = s.attributes
        out.append((text[s.start : s.end], a["value"], a["unit"], a["change"], a["change_unit"]))
    return out


def _points(text: str) -> list[tuple[float, float | None]]:
    return [(v, c) for _, v, u, c, _ in _figures(text) if u == "个百分点"]


def test_a_pull_down_in_points_is_a_contribution_below_zero() -> None:
    # 下拉全市工业增加值增速1.2个百分点 (1328), 下拉全县…1.1个百分点 (473), 下拉全区增速2.4个百分点 (disc 1433)
    assert _points("采矿业同比下降2.6%,下拉全区增速2.4个百分点。") == [(-2.4, None)]
    assert _points("制造业增长5%,拉低全省增速0.3个百分点。") == [(-0.3, None)]
    # a pull up stays positive
    assert _points("采矿业增长14.4%,上拉全市工业增加值增速10.6个百分点。") == [(10.6, None)]


def test_a_pull_with_a_long_object_is_a_contribution_not_a_change() -> None:
    # 拉动全区规上工业增加值增长1.3个百分点 (disc 1433): nine characters between 拉动 and 增长, as
    # 拉动全区规上工业增长4个百分点 (1182) and 拉动地区生产总值增长1.6个百分点 (1390) with fewer
    assert _points("制造业增长26.1%,拉动全区规上工业增加值增长1.3个百分点。") == [(1.3, None)]
    assert _points("第三产业增长8%,拉动地区生产总值增长1.6个百分点。") == [(1.6, None)]


def test_a_share_of_the_budget_without_de_is_a_share() -> None:
    # 为年初预算61.22% (disc 1473) as 完成年度预算100.05% (680): the share of the budget; the change after it
    # is the level's
    text = "累计完成公共财政预算总收入67949万元,为年初预算61.22%,比上年同期增加6517万元,增长10.61%。"
    figures = _figures(text)
    assert figures[0][1:] == (67949.0, "万元", 10.61, "%")
    assert figures[1][0] == "为年初预算61.22%"
    assert len(figures) == 2


def test_a_from_to_level_takes_the_annual_rate_said_after_it() -> None:
    # the 1111/1414 ruling: 由A增加到B, then a doubling or a multiple, then 年均增长: the annual rate is the level's
    # change and the doubling or multiple its own indicator; a rise restated in the level's unit is no indicator
    figures = _figures("地方财政总收入由835.5亿元增加到2497.3亿元,增长2倍,年均增长24.5%。")
    assert [f[1:] for f in figures] == [(2497.3, "亿元", 24.5, "%"), (200.0, "%", 200.0, "%")]
    figures = _figures("规模以上工业增加值由32亿元预计增加到68亿元,五年翻了一番多,年均增长16.3%。")
    assert [f[1:] for f in figures] == [(68.0, "亿元", 16.3, "%"), (100.0, "%", 100.0, "%")]
    figures = _figures("全区生产总值从2007年的6423.2亿元增加到2012年的1.6万亿元,增加近万亿元,年均增长15.1%。")
    assert [f[1:] for f in figures] == [(1.6, "万亿元", 15.1, "%")]
    # a plain level with a multiple keeps the 472 rule (the multiple is the change, the annual rate its own)
    figures = _figures("全市生产总值达到664亿元,是2011年的2.3倍,年均增长17.85%。")
    assert figures[0][1:] == (664.0, "亿元", 130.0, "%")


def test_a_gap_in_points_after_an_amount_is_its_own_indicator() -> None:
    # 6月当月完成外贸进出口总额14.5亿元,降幅较上月扩大3.4个百分点 (disc 1427): no gold indicator gives an amount a
    # change in points; the gap is the rate's
    figures = _figures("6月当月完成外贸进出口总额14.5亿元,降幅较上月扩大3.4个百分点;完成实际利用外资1.3亿美元。")
    assert [f[1:] for f in figures][:2] == [(14.5, "亿元", None, None), (3.4, "个百分点", 3.4, "个百分点")]


def test_n_indicators_ranked_together_are_the_last_n_figures_not_their_gaps() -> None:
    # 两项指标均位列全市第6/第1 (disc 1427), as 两项指标稳居全市第一 (691): a gap in points is no indicator of its own
    # to rank, and the first of the two may stand in the sentence before (其中,限上…)
    text = (
        "实现社会消费品零售总额258.85亿元,增长12.0%,增速较一季度提升1.9个百分点。"
        "其中,限上社会消费品零售总额164.20亿元,增长11.1%,两项指标均位列全市第1。"
    )
    ranks = [s.attributes["name"] for s in find_indicators(text) if s.attributes.get("unit") == "位"]
    assert ranks == ["社会消费品零售总额排名", "限上社会消费品零售总额排名"]
    text = "规上工业增加值同比下降0.3%,降幅较一季度收窄2.7个百分点,固定资产投资增长5%,两项指标均位列全市第6。"
    ranks = [s.attributes["name"] for s in find_indicators(text) if s.attributes.get("unit") == "位"]
    assert ranks == ["规上工业增加值排名", "固定资产投资排名"]


def test_a_figure_said_for_each_item_of_a_list_is_one_per_item() -> None:
    # 完成开工、竣工各100万平方米 (1403), 新认定省、市级现代农业园区各1个 (disc 1432)
    figures = _figures("新认定省、市级现代农业园区各1个。")
    assert [(f[0], f[1]) for f in figures] == [("新认定省、市级现代农业园区各1个", 1.0), ("市级现代农业园区各1个", 1.0)]
    names = [s.attributes["name"] for s in find_indicators("完善服务机制,完成开工、竣工各100万平方米。")]
    assert names == ["开工", "竣工"]


def test_toneless_pinyin_glosses_a_mirror_leaves_are_skipped() -> None:
    # 總值(zhi)(zhi)593034億(yi)元(yuan)(yuan) (disc 1430), 增(zeng)(zeng)长(zhang)(zhang)14.6% (490):
    # the statement reads through them
    text = (
        "上半年(nian)國內生(sheng)產(chan)總值(zhi)(zhi)593034億(yi)元(yuan)(yuan),按不(bu)變價格計(ji)算,"
        "同(tong)(tong)比(bi)(bi)增(zeng)(zeng)長5.5%,比(bi)(bi)一季度(du)加快(kuai)1.0個百分(fen)(fen)點。"
    )
    figures = _figures(text)
    assert [f[1:] for f in figures] == [(593034.0, "亿元", 5.5, "%"), (1.0, "个百分点", 1.0, "个百分点")]
    # a few letters in brackets in a text not glossed throughout are left alone
    assert toneless_glosses("项目(a)完成,指标(b)达标,工程(c)开工。") == []
    assert len(toneless_glosses("億(yi)元(yuan)同(tong)比(bi)增(zeng)長")) == len("(yi)(yuan)(tong)(bi)(zeng)")


def test_a_note_that_holds_below_may_stand_between_verb_and_figure() -> None:
    # 同比增长(下同)7.6% (490), as 增长(可比价)9.8% (371) and 增长(同口径)16.53% (462)
    figures = _figures("全年地区生产总值突破2000亿元,同比增长(下同)7.6%;规模以上工业增加值增长7%。")
    assert [f[1:] for f in figures] == [(2000.0, "亿元", 7.6, "%"), (7.0, "%", 7.0, "%")]
