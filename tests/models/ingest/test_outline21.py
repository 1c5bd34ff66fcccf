"""Outline families found in session 21: store brackets as labels, and the like. Each test is a made-up text."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_tortoise_shell_brackets_number_a_second_level_as_round_ones_do() -> None:
    # a store's copy writes (一) as 〔一〕 (1815's shape; another office and other titles here)
    lines = ["某县农业农村局2022年工作总结", PARA, "一、2022年工作情况", "〔一〕粮食生产再获丰收", PARA * 2]
    lines += ["〔二〕农村改革持续深化", PARA * 2, "二、2023年工作打算", "〔一〕稳定粮食生产", PARA * 2]
    assert flat("\n".join(lines)) == [
        (1, "一、", "2022年工作情况"),
        (2, "〔一〕", "粮食生产再获丰收"),
        (2, "〔二〕", "农村改革持续深化"),
        (1, "二、", "2023年工作打算"),
        (2, "〔一〕", "稳定粮食生产"),
    ]


def test_a_document_number_in_tortoise_shell_brackets_is_no_label() -> None:
    lines = ["某市人民政府文件", "某政发〔2022〕3号", "〔2022〕年度工作安排如下。", PARA * 2]
    assert flat("\n".join(lines)) == []


def test_tortoise_shell_labels_in_a_copy_run_together_with_blanks() -> None:
    text = "某区科技局2021年工作总结 " + PARA + " 一、2021年工作情况 〔一〕高新技术产业发展迅速 按照全区产业发展的方向,"
    text += "全年新认定高新技术企业12家。" + PARA + " 〔二〕创新能力显著增强 全年新增研发平台5个。" + PARA * 2
    got = flat(text)
    assert (2, "〔一〕", "高新技术产业发展迅速") in got
    assert (2, "〔二〕", "创新能力显著增强") in got


def test_an_item_number_glued_to_its_run_in_title_is_a_heading_labelled_as_written() -> None:
    # 1抗疫防汛共克时艰。今年年初,… (1857) / 1产业发展提速增效。工业经济… (1387): the item's 、 lost; other titles here
    lines = ["某县2021年上半年工作报告", "一、上半年工作情况", "今年是极不寻常的一年。主要做了以下几方面的工作:"]
    lines += ["1稳住经济基本盘。今年以来,全县地区生产总值增长8.2%。" + PARA]
    lines += ["2民生保障更加有力。全县新增城镇就业3200人。" + PARA]
    assert flat("\n".join(lines)) == [
        (1, "一、", "上半年工作情况"),
        (2, "1", "稳住经济基本盘"),
        (2, "2", "民生保障更加有力"),
    ]


def test_a_count_or_a_long_sentence_after_a_glued_figure_is_no_heading() -> None:
    lines = ["某县2021年上半年工作报告", "一、上半年工作情况", "今年是极不寻常的一年。" + PARA]
    lines += ["3大攻坚战取得决定性成就。全县脱贫人口全部稳定。" + PARA]
    lines += ["8县区全部完成年度任务。" + PARA]
    lines += ["1季度全县完成投资12亿元,比上年同期增长9.1%,增速居全市第二位。" + PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "上半年工作情况")]


def test_a_short_opening_line_running_on_from_its_lead_in_into_the_first_top_heading() -> None:
    # 2019政府工作报告现将…汇报如下:一、2019年工作情况过去的一年,… (1861's shape; other years and offices here)
    opening = "某镇2022年工作总结现将我镇2022年工作总结及2023年工作思路汇报如下:"
    lines = [opening + "一、2022年工作情况过去的一年,是不平凡的一年"]
    lines += ["全镇上下在县委、县政府的正确领导下,攻坚克难,各项工作取得新成效。", PARA * 2]
    lines += ["二、2023年工作思路", PARA * 2]
    assert flat("\n".join(lines)) == [(1, "一、", "2022年工作情况"), (1, "二、", "2023年工作思路")]


def test_a_lead_in_colon_inside_a_paragraph_line_before_a_list_is_no_heading() -> None:
    lines = ["某镇2022年工作总结", "一、2022年工作情况", "全年主要做了以下工作:一是抓项目,二是抓民生。" + PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "2022年工作情况")]
