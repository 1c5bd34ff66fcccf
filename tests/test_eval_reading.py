"""The reading evaluation: its scoring on tiny hand-made cases, and the corpus figures kept above their floors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmarks.eval_reading import CORPUS, FLOOR, below_floor, evaluate, main
from benchmarks.reading_parts import score_body, score_metadata, score_outline
from benchmarks.reading_score import (
    close_name,
    lcs_pairs,
    locate,
    match_spans,
    norm,
    norm_map,
    prf,
    same_number,
    same_text,
)
from models.types import Metadata, Section


def test_norm_folds_width_script_space_quotes_and_brackets() -> None:
    assert norm("（一） 經濟 “增長”") == norm("(一)经济增长")
    assert norm("沪体规［2021］58号") == norm("沪体规〔2021〕58号") == norm("沪体规【2021】58号")
    assert norm("1．编制\u3000实施\n规划") == "1.编制实施规划"
    assert norm(None) == ""


def test_norm_folds_the_characters_the_readers_phrase_table_rewrites() -> None:
    """The reader's t2s writes 藉口 as 借口 and 反覆 as 反复: the text is converted, not lost (801)."""
    assert norm("美國可以藉口") == norm("美国可以借口")
    assert norm("進行反覆的平衡") == norm("进行反复的平衡")
    assert len(norm("藉口反覆於是")) == 6  # one character for one: offsets stay exact


def test_norm_map_points_back_to_the_original() -> None:
    text = "甲 “乙”\n丙"
    folded, index = norm_map(text)
    assert folded == "甲乙丙"
    assert [text[i] for i in index] == ["甲", "乙", "丙"]


def test_locate_finds_the_nth_occurrence_as_display_offsets() -> None:
    display = "增长 5%，再增长5%"
    folded, index = norm_map(display)
    assert locate(folded, index, "增长5%") == (0, 5)
    assert locate(folded, index, "增长5%", occurrence=2) == (7, 11)
    assert locate(folded, index, "增长5%", occurrence=3) is None


def test_headings_pair_one_to_one_in_order() -> None:
    assert lcs_pairs(list("abcd"), list("xbdy")) == [(1, 1), (3, 2)]
    assert lcs_pairs(list("aa"), list("a")) == [(0, 0)]
    assert lcs_pairs([], list("a")) == []


def test_spans_pair_greedily_by_largest_overlap() -> None:
    gold = [(0, 10), (10, 20)]
    pred = [(5, 15), (0, 4), (12, 30)]
    # (5,15) overlaps both golds by 5; (12,30) takes gold 1 with overlap 8 first
    assert match_spans(gold, pred) == [(0, 0), (1, 2)]
    assert match_spans(gold, [(20, 25)]) == []


def test_prf_with_nothing_to_find() -> None:
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert prf(0, 0, 3) == (0.0, 1.0, 0.0)
    assert prf(0, 2, 0) == (1.0, 0.0, 0.0)
    assert prf(1, 2, 2) == (0.5, 0.5, 0.5)


def test_numbers_and_units_compare_tolerantly() -> None:
    assert same_number(2.79, 2.7900000001)
    assert not same_number(2.79, 2.8)
    assert same_number(None, None) and not same_number(None, 0)
    assert same_text("个百分点", "个百分点") and same_text(None, "")
    assert not same_text("万", "万亿元")


def test_indicator_names_are_judged_loosely_but_not_without_their_subject() -> None:
    assert close_name("便民核酸检测点", "动态设置便民核酸检测点")  # a verb left in the name: still the thing
    assert close_name("农业产值同比增长", "农业产值")  # the change's words are the gold writer's, not the name's
    assert close_name("規模工業增加值", "规模工业增加值")  # script folded as everywhere
    assert not close_name("第一产业增加值", "增加值")  # three rows named 增加值 tell the clerk nothing
    assert not close_name("非公有制经济增加值占全省生产总值比重", "生产总值")
    assert not close_name("生产总值", None) and close_name(None, "")


def test_outline_matches_label_title_and_level() -> None:
    sections = (
        Section(1, "一、", "加强产业规划引领", 0, 10, 8),
        Section(2, "1.", "编制规划", 10, 20, 14),
        Section(1, "", "多余的标题", 20, 30, 25),
    )
    gold = ["1|一、|加强产业规划引领", "2|1．|编制规划", "2|2．|制定计划"]
    result = score_outline(gold, sections)
    assert result["matched"] == 2
    assert result["missing"] == ["2|2．|制定计划"]
    assert result["extra"] == ["1||多余的标题"]
    wrong_level = score_outline(["1|1．|编制规划"], (Section(2, "1.", "编制规划", 0, 5, 4),))
    assert wrong_level["f1"] == 0.0


def test_metadata_fields_right_or_wrong() -> None:
    meta = Metadata(title="关于印发 《要点》的通知", issuer=None, date="2021-03-19", doc_number="沪体规[2021]58号")
    gold = {"title": "关于印发《要点》的通知", "issuer": None, "date": "2021-03-22", "doc_number": "沪体规〔2021〕58号"}
    result = score_metadata(gold, meta)
    assert {f: v["ok"] for f, v in result.items()} == {
        "title": True,
        "issuer": True,
        "date": False,
        "doc_number": True,
    }


def test_body_counts_chrome_lines_missing_text_and_joins() -> None:
    original = "首页\n字号：\n标题\n各位代表：\n全市生产总值2010\n年增长。\n首页\n第二段。"
    display = "首页\n标题\n各位代表：\n全市生产总值2010\n年增长。\n首页"
    body = {
        "first": "各位代表",
        "last": "第二段。",
        "chrome": ["首页", "字号：", "首页"],
        "joins": ["2010年"],
        "breaks": [["各位代表：", "全市生产总值"]],
    }
    result = score_body(body, original, display)
    # 首页 is chrome twice in the file (listed twice); both are still lines of the display text
    assert result["chrome_left"] == ["首页", "首页"]
    assert result["missing"] == ["第二段"]
    assert result["joins_ok"] == 1  # the break kept
    assert result["joins_wrong"] == ["2010年"]
    assert result["errors"] == []


def test_body_chrome_that_is_also_real_text_counts_only_beyond_it() -> None:
    original = "政府工作报告\n正文。\n政府工作报告"
    body = {"first": "正文", "last": "正文。", "chrome": ["政府工作报告"]}
    assert score_body(body, original, "政府工作报告\n正文。")["chrome_left"] == []
    assert score_body(body, original, original)["chrome_left"] == ["政府工作报告"]


def test_body_chrome_copy_of_a_title_split_over_lines_counts_only_beyond_the_own_title() -> None:
    # a store's one-line copy of the title (chrome) over the report's own title broken over two lines (1726,
    # 1727, 1366): the cleaner rightly joins the own title, which then reads like the chrome copy
    original = "县局2022年工作总结和2023年工作思路\n县局2022年工作总结和2023年\n工作思路\n正文。"
    body = {"first": "正文", "last": "正文。", "chrome": ["县局2022年工作总结和2023年工作思路"]}
    assert score_body(body, original, "县局2022年工作总结和2023年工作思路\n正文。")["chrome_left"] == []
    both = "县局2022年工作总结和2023年工作思路\n县局2022年工作总结和2023年工作思路\n正文。"
    assert score_body(body, original, both)["chrome_left"] == ["县局2022年工作总结和2023年工作思路"]
    # a chrome line also written inside a sentence still counts when the display keeps it as a line
    inline = "政府工作报告\n正文说政府工作报告很好。"
    body = {"first": "正文", "last": "很好。", "chrome": ["政府工作报告"]}
    assert score_body(body, inline, inline)["chrome_left"] == ["政府工作报告"]


def test_body_table_rows_without_their_trailing_separator_are_not_missing() -> None:
    original = "正文：\n指标 | 人数 | 比重 |\n城镇 | 48443 | 49.18 |\n完。"
    display = "正文：\n指标 | 人数 | 比重\n城镇 | 48443 | 49.18\n完。"
    body = {"first": "正文", "last": "完。"}
    assert score_body(body, original, display)["missing"] == []
    assert score_body(body, original, "正文：\n完。")["missing_chars"] > 0


def test_body_chrome_fragments_glued_into_a_one_line_text_are_no_body_text() -> None:
    original = "下载后可任意编辑正文开头，其中新建3所，第 1 页 共 9 页下载后可任意编辑扩建有3所。全文完。"
    body = {
        "first": "正文开头",
        "last": "全文完。",
        "chrome": ["下载后可任意编辑", "第 1 页 共 9 页", "下载后可任意编辑"],
    }
    cleaned = "正文开头，其中新建3所，扩建有3所。全文完。"
    assert score_body(body, original, cleaned)["missing"] == []
    assert score_body(body, original, "正文开头，其中新建3所，全文完。")["missing"] == ["扩建有3所"]


def test_body_reports_gold_that_is_not_in_the_file() -> None:
    result = score_body({"first": "没有的开头", "chrome": ["没有的行"], "joins": ["无此"]}, "正文。", "正文。")
    assert len(result["errors"]) == 3


@pytest.fixture(scope="module")
def corpus_figures() -> tuple[list[dict[str, object]], dict[str, object]]:
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    return evaluate(floor["documents"])


def test_corpus_figures_stay_above_their_floors(
    corpus_figures: tuple[list[dict[str, object]], dict[str, object]],
) -> None:
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    results, figures = corpus_figures
    assert [d["doc"] for d in results] == floor["documents"], "gold missing for a document the floors were measured on"
    worse = below_floor(figures, floor)
    assert not worse, (
        "reading got worse on the real corpus (PYTHONPATH=. python benchmarks/eval_reading.py -v shows where; "
        "after a deliberate gold change, --write-floor stores new floors):\n" + "\n".join(worse)
    )


def test_floor_guard_reads_floors_and_ceilings() -> None:
    floor = {"figures": {"outline_macro_f1": 0.5, "chrome_lines_left": 10}}
    assert below_floor({"outline_macro_f1": 0.5, "chrome_lines_left": 10}, floor) == []
    assert below_floor({"outline_macro_f1": 0.6, "chrome_lines_left": 3}, floor) == []
    assert below_floor({"outline_macro_f1": 0.4, "chrome_lines_left": 11}, floor) == [
        "outline_macro_f1: 0.4 < 0.5",
        "chrome_lines_left: 11 > 10",
    ]


def test_a_join_is_unbroken_by_line_breaks_and_spaces() -> None:
    original = "排名同比\n下降2位，水 质改善。"
    body = {"first": "排名", "last": "改善。", "joins": ["同比下降", "水质改善"]}
    assert score_body(body, original, "排名同比下降2位，水质改善。")["joins_wrong"] == []
    assert score_body(body, original, original)["joins_wrong"] == ["同比下降", "水质改善"]
    not_split = score_body({"joins": ["下降2位"]}, original, original)
    assert not_split["errors"] == ["join not split by a line break or space in the file: 下降2位"]


def test_a_gold_chrome_line_written_with_the_files_pinyin_is_no_missing_body_text() -> None:
    original = "正文第一段。\n……(新文秘網(wǎng)省略801字)……\n82%"
    display = "正文第一段。\n82%"
    body = {"first": "正文第一段", "last": "82%", "chrome": ["……(新文秘網(wǎng)省略801字)……"]}
    assert score_body(body, original, display)["missing"] == []


def test_pinyin_written_with_a_blank_before_its_bracket_is_no_missing_body_text() -> None:
    # some mirrors write 會(huì ): the cleaner takes the gloss out with its blank, and so does the lookup
    original = "向大會(huì )報告工作。\n開拓創(chuàng )新。"
    display = "向大会报告工作。\n开拓创新。"
    body = {"first": "向大會", "last": "新。"}
    result = score_body(body, original, display)
    assert result["missing"] == [] and result["errors"] == []


def test_an_indicator_quote_with_pinyin_and_an_acronym_is_found_without_the_pinyin_only() -> None:
    # the quote keeps the file's pinyin (區(qū)) and the report's own acronym (GDP); the display text has
    # lost the pinyin but keeps the acronym, so the quote is found with only the lower-case pinyin removed
    from benchmarks.reading_parts import score_indicators

    original = "全年完成地區(qū)生產(chǎn)總值(GDP)221.23億元,比上年同期增長(zhǎng)5.0%。"
    display = "全年完成地區生產總值(GDP)221.23億元,比上年同期增長5.0%。"
    quote = "地區(qū)生產(chǎn)總值(GDP)221.23億元,比上年同期增長(zhǎng)5.0%"
    item = {"quote": quote, "name": "地區生產總值", "value": 221.23, "unit": "億元", "change": 5.0}
    item |= {"change_unit": "%", "kind": "actual"}
    result = score_indicators({"indicators": [item], "not_indicators": []}, display, original, ())
    assert result["matched"] == 1 and result["lost_in_cleaning"] == []


def test_an_indicator_quote_across_a_gold_chrome_line_is_found_once_the_page_number_is_gone() -> None:
    # the gold quote keeps the page number that splits the figure from its unit (1998); the clerk reads the figure
    # whole once the page's debris is out, and so does the scorer when the body gold lists that line as chrome
    from benchmarks.reading_parts import score_indicators

    original = "全年实现财政一般预算收入4.6\n\n1\n\n亿元,同比增长32.4%。"
    display = "全年实现财政一般预算收入4.6亿元,同比增长32.4%。"
    item = {"quote": "财政一般预算收入4.6\n\n1\n\n亿元,同比增长32.4%", "name": "财政一般预算收入", "value": 4.6}
    item |= {"unit": "亿元", "change": 32.4, "change_unit": "%", "kind": "actual"}
    gold = {"indicators": [item], "not_indicators": []}
    assert score_indicators(gold, display, original, ())["matched"] == 0
    assert score_indicators(gold, display, original, (), chrome=["1"])["matched"] == 1


def test_a_break_or_join_written_with_the_files_pinyin_is_checked_without_it() -> None:
    original = "保障軍人權(quán)益。\n一、工作回顧\n全縣生產(chǎn)\n總值增長5%。"
    display = "保障軍人權益。\n一、工作回顧\n全縣生產總值增長5%。"
    body = {
        "first": "保障",
        "last": "增長",
        "breaks": [["保障軍人權(quán)益。", "一、工作回顧"]],
        "joins": ["生產(chǎn)總值"],
    }
    assert score_body(body, original, display)["joins_wrong"] == []
    assert score_body(body, original, original.replace("。\n一", "。一"))["joins_wrong"] == [
        "生產(chǎn)總值",
        "保障軍人權(quán)益。⏎一、工作回顧",
    ]


def test_the_body_never_starts_inside_a_chrome_line_that_copies_its_opening() -> None:
    original = "摘要:一、基本情况全市林业用地28万亩。\n一、基本情况 全市林业用地28万亩。\n二、主要做法"
    display = "一、基本情况 全市林业用地28万亩。\n二、主要做法"
    body = {"first": "一、基本情况 全市林业", "last": "主要做法", "chrome": ["摘要:一、基本情况全市林业用地28万亩。"]}
    assert score_body(body, original, display)["missing"] == []


def test_another_set_laid_out_like_the_corpus_is_scored_with_the_same_measures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other"
    (other / "gold" / "indicators").mkdir(parents=True)
    (other / "reports").mkdir()
    report = next((CORPUS / "reports").glob("333_*"))
    shutil.copy(report, other / "reports" / report.name.replace("333_", "001_"))
    for part in ("", "indicators/"):
        gold = json.loads((CORPUS / "gold" / f"{part}333.json").read_text(encoding="utf-8"))
        gold.pop("file", None)
        (other / "gold" / f"{part}001.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")

    assert main(["--corpus", str(other), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [d["doc"] for d in out["documents"]] == ["001"]
    assert out["overall"]["documents"] == 1
    assert out["documents"][0]["indicators"]["gold"] > 0

    assert main(["--corpus", str(other), "--write-floor"]) == 1
    assert main(["--corpus", str(tmp_path / "nowhere")]) == 1
    assert "no gold/ folder" in capsys.readouterr().err


def test_body_join_spaces_copied_from_the_file_may_be_dropped_but_none_added() -> None:
    original = "对全球排名 500 强、省内骨干排\n名 10 强，给予奖励。同比\n下降3%。"
    body = {"first": "对全球", "last": "下降3%。", "joins": ["省内骨干排名 10 强", "同比下降"]}
    assert score_body(body, original, "对全球排名500强、省内骨干排名10强，给予奖励。同比下降3%。")["joins_wrong"] == []
    assert (
        score_body(body, original, "对全球排名 500 强、省内骨干排名 10 强，给予奖励。同比下降3%。")["joins_wrong"] == []
    )
    wrong = score_body(body, original, "对全球排名500强、省内骨干排\n名10强，给予奖励。同比 下降3%。")["joins_wrong"]
    assert wrong == ["省内骨干排名 10 强", "同比下降"]


def test_gold_first_and_breaks_written_with_the_files_pinyin_are_no_gold_errors() -> None:
    original = "2023年,**區(qū)堅持發(fā)展。\n保障軍人權(quán)益。\n一、工作回顧\n完。"
    body = {
        "first": "2023年,**區(qū)堅持",
        "last": "完。",
        "breaks": [["保障軍人權(quán)益。", "一、工作回顧"]],
    }
    assert score_body(body, original, original)["errors"] == []
    # a notice's quoted title in angle brackets is no HTML tag to the gold check either
    quoted = {"first": "现将《<政府工作报告>任务分解表》", "breaks": [["印发给你们。", "请各牵头单位"]]}
    assert score_body(quoted, "现将《<政府工作报告>任务分解表》印发给你们。\n请各牵头单位落实。", "")["errors"] == []


def test_a_break_after_a_repaired_heading_whose_gloss_lost_its_bracket_is_no_gold_error() -> None:
    # a traditional copy with pinyin glosses whose heading was garbled: the garble ate the gloss's opening bracket
    # (﹪窠?jīng)), so the pinyin is only removable once the gold's repair restored the bracket
    original = "民生改善的良好態(tài)勢。\n?。ㄒ唬﹪窠?jīng)濟快速增長\n經(jīng)濟發(fā)展提速。"
    body = {
        "first": "民生改善",
        "last": "提速。",
        "replace": [["?。ㄒ唬﹪窠?", "（一）國民經("]],
        "breaks": [["民生改善的良好态势。", "（一）国民经济快速增长"]],
    }
    assert score_body(body, original, "民生改善的良好态势。\n（一）国民经济快速增长\n经济发展提速。")["errors"] == []


def test_a_break_or_join_across_a_gold_chrome_line_is_no_gold_error() -> None:
    # the file has a chrome line (a farm's repeated title, a page number) between the two halves
    original = "现将工作总结如下:\n\n某局工作总结范文\n\n一、工作总结\n合计7338万元和4022\n- 1 -\n万元,同比增长。"
    body = {
        "first": "现将",
        "last": "同比增长。",
        "chrome": ["某局工作总结范文", "- 1 -"],
        "breaks": [["现将工作总结如下:", "一、工作总结"]],
        "joins": ["7338万元和4022万元"],
    }
    display = "现将工作总结如下:\n一、工作总结\n合计7338万元和4022万元,同比增长。"
    result = score_body(body, original, display)
    assert result["errors"] == []
    assert result["joins_wrong"] == []
    # a break whose halves have body text between them is still a gold error
    wrong = {"breaks": [["现将工作总结如下:", "合计7338"]]}
    assert len(score_body(wrong, original, display)["errors"]) == 1


def test_joins_of_a_page_extracted_as_two_columns_are_read_column_by_column() -> None:
    original = (
        "   成绩来之不易,过程十          做好政府各项工作意义重大。\n"
        "   分艰辛。这些成绩的取          今年,政府工作的总体要求是:\n"
        "   得,得益于区委的正确          深入贯彻党的十九大精神,以\n"
        "   领导。                      习近平新时代思想为指导。"
    )
    body = {
        "first": "成绩来之不易",
        "joins": ["过程十分艰辛", "成绩的取得"],
        "breaks": [["领导。", "做好政府各项工作"]],
    }
    assert score_body(body, original, "")["errors"] == []
    assert score_body({"joins": ["过程十今年"]}, original, "")["errors"] == ["join not in the file: 过程十今年"]


def test_an_indicator_quote_copied_from_a_docx_page_number_paragraph_is_no_gold_error() -> None:
    # the gold keeps the page number a .docx paragraph cut puts inside the quote (README, 669/269); the
    # reader's text drops that paragraph, so the quote is in the file's own XML only: lost, not a gold error
    from benchmarks.reading_parts import score_indicators

    source = "文化产业增加值占GDP比重达\n\n— 9—\n\n到5.5%。"
    text = "文化产业增加值占GDP比重达到5.5%。"
    item = {"quote": "文化产业增加值占GDP比重达—9—到5.5%", "name": "文化产业增加值占GDP比重", "value": 5.5}
    item |= {"unit": "%", "change": None, "change_unit": None, "kind": "target"}
    gold = {"indicators": [item], "not_indicators": []}
    result = score_indicators(gold, text, text, (), source=source)
    assert result["gold_errors"] == [] and result["lost_in_cleaning"] == [item["quote"]]
