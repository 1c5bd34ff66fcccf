"""Families met on the session-14 held-back reports: flattened tables one cell a line, a forum's jammer runs."""

from __future__ import annotations

from models.ingest.clean import clean

# a work-plan table copied from a page, one cell a line: heads split over lines (责任 ⏎ 领导), then the first row
_TASK_TABLE = "\n\n".join(
    [
        "某镇2024年度重点工作计划二季度执行情况",
        "序号",
        "重点工作",
        "责任",
        "领导",
        "责任",
        "科室",
        "攻坚目标",
        "任务",
        "工作任务安排",
        "第二季度",
        "完成情况",
        "1",
        "东湖水库除险加固",
        "王某某",
        "东湖水库除险加固工作专班",
        "完成大坝主体加固和溢洪道改造，年底前通过竣工验收。",
        "推进库区清淤工作。",
        "库区清淤进度达到百分之六十。",
        "2",
        "美丽城镇建设",
        "李某某",
        "城建办",
        "成功创建省级美丽城镇样板。",
    ]
)


def test_a_task_tables_heads_and_first_row_before_the_first_sentence_stay() -> None:
    display = clean(_TASK_TABLE).display_text
    lines = [line.strip() for line in display.splitlines() if line.strip()]
    for cell in ("序号", "科室", "任务", "工作任务安排", "第二季度", "完成情况", "东湖水库除险加固", "王某某"):
        assert cell in lines, cell
    assert lines.index("序号") < lines.index("1") < lines.index("王某某")


def test_short_lines_over_a_row_not_numbered_1_are_not_read_as_a_tables_heads() -> None:
    # the same run with no first row numbered 1 and few heads named: the rule reads no table there
    from models.ingest.clean_tables import column_heads

    lines = [
        "某镇工作情况",
        "序号",
        "重点工作",
        "责任",
        "领导",
        "攻坚目标",
        "第二季度",
        "东湖水库",
        "完成大坝主体加固。",
    ]
    assert column_heads(lines, ["body"] * len(lines), 8) == set()
    numbered = [*lines[:7], "1", *lines[7:]]
    assert column_heads(numbered, ["body"] * len(numbered), 9) == set()  # 序号 alone names too few heads


# a performance self-evaluation table with rows elided by a lone ……: the cells by the mark stay
_SCORE_TABLE = "\n".join(
    [
        "2021年某局部门整体支出绩效自评表",
        "2021年某局坚持绩效导向，按照预算绩效管理要求完成部门整体支出自评工作，现将自评情况报告如下。",
        "数量指标",
        "造林面积",
        "1.2万亩",
        "1.2万亩",
        "7",
        "7",
        "……",
        "时效",
        "指标",
        "当期完成",
        "90%",
        "100%",
        "7",
        "7",
        "……",
        "成本",
        "指标",
        "造林补助",
        "每亩300",
        "每亩300",
        "6",
        "6",
        "经自评，本部门整体支出绩效等级为优。",
    ]
)


def test_cells_beside_an_omission_mark_in_a_table_stay_and_the_mark_goes() -> None:
    display = clean(_SCORE_TABLE).display_text
    lines = [line.strip() for line in display.splitlines() if line.strip()]
    assert "……" not in lines
    for cell in ("时效", "成本", "造林补助"):
        assert cell in lines, cell
    assert "当期完成" in display  # (its wrap to 90% is rejoin's business)
    assert lines.count("7") == 4 and lines.count("指标") == 2


def test_a_forum_copys_jammer_runs_put_it_in_junk_mode_and_their_lines_leave() -> None:
    # a forum's anti-copy jammer: runs of tiny tokens, ending as often as not in a bare letter (no junk alone)
    from models.ingest.inline_junk import junk_mode

    lines = [
        "在某县重点工作推进会上的讲话 ' ^2 _& f3 S+ }! ^1 @ k",
        "1 z% u4 G( k: u. U% O2 z0 C2 N, J",
        "同志们: # z, G; I% h# i( m2 y",
        "今天我们在这里召开全县重点工作推进会,主要任务是总结上半年工作,安排部署下半年工作。",
        "5 ~+ `+ Q: j, w2 D3 S$ g",
        "上半年,全县经济运行总体平稳,地区生产总值增长百分之六点五,各项工作取得新的进展。",
    ]
    assert junk_mode(lines)
    display = clean("\n".join(lines)).display_text
    assert "z% u4" not in display and "w2 D3" not in display
    assert "今天我们在这里召开全县重点工作推进会" in display and "地区生产总值增长百分之六点五" in display
    # a line of grades or initials is no jammer run
    assert not junk_mode(["评定等级 A B C", "甲 乙 丙 丁", "成绩 A+ B C", "一 二 三"])


def test_a_shifted_numbered_lead_whose_closing_bracket_the_shift_ate_is_repaired_from_its_bytes() -> None:
    # （二）推進 and （七）抓緊 shifted one GBK byte out of step; the first decodes as （订推進: the second byte
    # of 二 and the first of ） made a pair GBK lacks, so the page dropped it. Once a suspect only (session 14),
    # it is now repaired: one split of 订's bytes fits 二 + ）, and only one (repair21, session 21; README line 291)
    text = (
        "一、加快產業發展\n"
        "?。ǘ┩七M(jìn)東部石化基地建設(shè),抓好重點項目。\n"
        "?。ㄆ撸┳ゾo推進(jìn)會展中心二期建設(shè)。\n"
    )
    cleaned = clean(text)
    assert "订推进" not in cleaned.display_text
    assert "（二）推进东部石化基地建设" in cleaned.display_text and "（七）抓紧推进" in cleaned.display_text
