"""Cleaning at first sight (session 18): a flattened PDF copy's page numbers that rise page by page wherever they
fall in its one line (1593: ``— 1 —关于…``, ``…前期工— 2 —作…``), and a portal's links to other web sites closing
the page (1533: ``国务院部门网站`` ⏎ ``地方政府网站`` ⏎ …), which end in 站 as a 农技站 signing does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.inline_debris import page_series
from tests.models.ingest.test_clean_props import check_map

_SENTENCE = "全县上下认真贯彻落实上级各项决策部署，集中力量推进生态环境突出问题解决，生态环境质量持续改善。"
_FLAT = (
    "— 1 —关于2023年生态环境保护局的工作汇报材料" + _SENTENCE * 3 + "开展重要水源地环境保护项目前期工— 2 —作，"
    "目前项目已进入招投标程序。" + _SENTENCE * 3 + "— 3 — 二、下半年工作打算" + _SENTENCE * 2
)


def test_rising_page_numbers_inside_a_flat_line_leave_and_the_word_they_cut_is_whole() -> None:
    out = clean(_FLAT + "\n")
    check_map(_FLAT + "\n")
    for marker in ("— 1 —", "— 2 —", "— 3 —"):
        assert marker not in out.display_text
    assert "前期工作，" in out.display_text
    assert "二、下半年工作打算" in out.display_text


def test_a_lone_dashed_number_glued_to_a_word_stays() -> None:
    # one dashed number, no series: nothing says it is a page's (a code 甲—1—乙 or a range stays as written)
    line = "项目编号为甲—1—乙，" + _SENTENCE * 4
    assert page_series(line) == []
    assert "甲—1—乙" in clean(line + "\n").display_text


def test_numbers_that_do_not_rise_are_no_page_numbers() -> None:
    assert page_series("第—3—组" + _SENTENCE * 4 + "第—7—组" + _SENTENCE) == []


_LINKS = ["国务院部门网站", "地方政府网站", "市政府部门网站", "区县政府网站", "其他网站"]
_REPORT = [
    "今年一季度，全区继续深入贯彻落实市委市政府各项部署要求，主要经济指标较快增长，呈现良好发展势头。",
    "一季度，全区实现地区生产总值308.9亿元，按可比价计算，同比增长6.7%，增速比全市高2.0个百分点。",
]


def test_a_portals_links_to_other_sites_closing_the_page_leave() -> None:
    text = "\n".join([*_REPORT, *_LINKS, "关注公众号", "江津发布"]) + "\n"
    lines = clean(text).display_text.split("\n")
    for link in _LINKS:
        assert link not in lines
    assert _REPORT[1] in lines


def test_a_station_signing_under_the_report_stays() -> None:
    text = "\n".join([*_REPORT, "县农业技术推广站", "县气象站", "县水文站"]) + "\n"
    lines = clean(text).display_text.split("\n")
    assert "县农业技术推广站" in lines


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=4),
    st.sampled_from(["—", "-", "–", "－"]),
    st.sampled_from(["", " "]),
)
def test_the_map_stays_monotonic_in_bounds_and_invents_nothing(starts: list[int], dash: str, gap: str) -> None:
    parts = []
    for n in starts:
        parts.append(f"{dash}{gap}{n}{gap}{dash}{_SENTENCE}{dash}{gap}{n + 1}{gap}{dash}")
    check_map("".join(parts) * 2 + "\n")


def test_an_empty_label_over_a_policys_readings_leaves() -> None:
    salutation = "各乡(镇)人民政府,县直各有关单位:"
    for label in ("政策解读:", "相关解读：", "图文解读:"):
        text = "\n".join(["关于开展规划实施情况中期评估工作的通知", label, salutation, *_REPORT]) + "\n"
        lines = clean(text).display_text.split("\n")
        assert label not in lines
        assert salutation in lines


def test_a_heading_about_readings_stays() -> None:
    text = "\n".join([*_REPORT, "三、加强政策解读", _REPORT[0]]) + "\n"
    assert "三、加强政策解读" in clean(text).display_text.split("\n")


_INDEX = ["[ 发布机构 ] 垫江县统计局 [ 有效性 ]", "[ 成文日期 ] 2023-04-25 [ 发布日期 ] 2023-04-28"]


def test_a_portals_headline_over_the_reports_title_block_leaves() -> None:
    head, title = "垫江县2023年3月经济运行情况解读", "2023年一季度垫江县经济运行情况"
    text = "\n".join([*_INDEX, head, title, "垫江县统计局", "(2023年4月25日)", *_REPORT]) + "\n"
    check_map(text)
    lines = clean(text).display_text.split("\n")
    assert head not in lines
    assert title in lines


def test_a_title_split_over_two_lines_stays_whole() -> None:
    first, second = "2019年贵州省长顺县国民经济和社会发展", "统计公报"
    text = "\n".join([first, second, "长顺县统计局", "(2020年7月10日)", *_REPORT]) + "\n"
    assert first in clean(text).display_text


def test_a_stores_collection_title_and_piece_label_opening_a_flat_copy_leave() -> None:
    label = "县交通运输局2018年工作总结5篇【篇一】"
    text = label + _REPORT[0] * 3 + _REPORT[1] * 3 + "\n"
    check_map(text)
    out = clean(text).display_text
    assert "5篇" not in out
    assert out.startswith(_REPORT[0])


def test_a_count_of_articles_in_a_sentence_stays() -> None:
    text = "全年在省级以上刊物发表调研文章5篇,其中" + _REPORT[0] * 3 + "\n"
    assert "发表调研文章5篇" in clean(text).display_text


_FIELDS = ["索引号: 11442000007333211F/2025-00026 分类:", "发布机构: 中山市人民政府西区街道办事处 成文日期: 2025-02-08"]


def test_a_disclosure_portals_banner_over_its_index_table_leaves() -> None:
    banner = "中山市人民政府西区街道办事处政府信息公开"
    text = "\n".join(["政府信息公开 规章库", banner, *_FIELDS, "西区街道2024年工作总结", *_REPORT]) + "\n"
    check_map(text)
    lines = clean(text).display_text.split("\n")
    assert banner not in lines
    assert "西区街道2024年工作总结" in lines


def test_a_report_on_disclosure_over_the_index_table_stays() -> None:
    title = "西区街道2024年政府信息公开工作年度报告"
    text = "\n".join([title, *_FIELDS, *_REPORT]) + "\n"
    assert title in clean(text).display_text.split("\n")
