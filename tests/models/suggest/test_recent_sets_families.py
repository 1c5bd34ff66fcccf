"""Families from the misses of the sets collected last (38–43, 48), in made-up snippets."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes.get("unit"), s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


def test_an_industry_structure_written_as_its_composition() -> None:
    got = _read("全县三次产业构成由上年的20.1∶40.5∶39.4调整为18.6∶41.2∶40.2。")
    assert [(v, u) for v, u, _, _ in got] == [(18.6, "%"), (41.2, "%"), (40.2, "%")]
    assert [c for _, _, c, _ in got] == [-1.5, 0.7, 0.8]


def test_a_to_ratio_that_lost_a_digit_is_read_per_term_like_its_from() -> None:
    got = _read("三次产业结构由2010年的40.2:30.5:29.3调整为1:38.6:30.1。")
    assert [(v, u) for v, u, _, _ in got] == [(1, "%"), (38.6, "%"), (30.1, "%")]
    assert [c for _, _, c, _ in got] == [-39.2, 8.1, 0.8]


def test_a_ratio_to_one_from_to_stays_one_indicator() -> None:
    got = _read("城乡居民收入比由2.45∶1缩小到2.31∶1。")
    assert [(v, u) for v, u, _, _ in got] == [(2.31, None)]


def test_a_threshold_written_as_a_magnitude_alone_is_one_of_it() -> None:
    # 百 and 千 are numbers, 万亿 a unit (lead's session-25 ruling)
    got = _read("规模以上工业总产值突破万亿元,单月产值突破千亿元。社会消费品零售总额率先突破百亿;")
    assert [(v, u) for v, u, _, _ in got] == [(1, "万亿元"), (1000, "亿元"), (100, "亿")]


def test_a_magnitude_alone_after_near_is_one_of_its_unit() -> None:
    got = _read("共种植南药近万亩,产量1.75万吨,产值近亿元。")
    assert [(v, u) for v, u, _, _ in got] == [(1, "万亩"), (1.75, "万吨"), (1, "亿元")]


def test_a_threshold_magnitude_that_names_a_class_of_firms_is_no_figure() -> None:
    assert _read("对年销售收入突破亿元的企业给予奖励。") == []


def test_an_ocr_letter_l_before_a_figure_is_a_one() -> None:
    assert _read("五年全县累计减少木材采伐量l9万立方米。")[0][:2] == (-19, "万立方米")
    assert _read("力争新建 l—2个省级文化产业示范园区。") == [(1, "个", None, None)]
    assert _read("附件l") == []


def test_ranks_written_with_a_bare_verb_a_board_and_a_placing_won() -> None:
    got = _read("全市生产总值达到8201亿元,居内地大中城市第四位。综合竞争力连续四年列内地城市榜首。")
    assert [(v, u) for v, u, _, _ in got] == [(8201, "亿元"), (4, "位"), (1, "位")]
    assert _read("1名执法人员参加全省执法技能大比武获第二名。")[-1] == (2, "位", None, None)


def test_a_rank_shared_by_the_totals_before_it() -> None:
    got = _read("一般公共预算总收入126.05亿元,地方一般公共预算收入78.14亿元,总量均位居全省第三位。")
    assert [(v, u) for v, u, _, _ in got] == [(126.05, "亿元"), (78.14, "亿元"), (3, "位"), (3, "位")]


def test_a_count_followed_by_its_names_counts_when_it_was_added_or_reached() -> None:
    assert _read("全年新增国家级专精特新企业1家(甲电气)。") == [(1, "家", None, None)]
    assert _read("全区共有省级自然保护区1个(白湾)。") == [(1, "个", None, None)]
    assert _read("正在培育的规上工业企业2家(森林木业、新鹏电子)。") == []


def test_what_was_newly_built_then_the_running_total_is_one_indicator() -> None:
    assert _read("全区新建蔬菜大棚535亩,累计达735亩。") == [(735, "亩", 535, "亩")]
