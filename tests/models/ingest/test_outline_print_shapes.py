"""Outline families of the print shapes (benchmarks/variant_print.py): a PDF copy's spaces around figures, its wraps
left by the cleaner. Each test is a short made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值 11.83 亿元，同比增长 8.46%，较好完成了年度目标任务，各项工作取得新进展。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_an_attachment_label_with_a_blank_before_its_number_is_a_heading() -> None:
    # a PDF copy sets figures off by blanks: 附件 1 ⏎ the attachment's title
    lines = ["某区2022年政府工作报告任务分解的通知", "各部门：", PARA, "附件 1", ""]
    lines += ["2022 年经济社会发展预期目标任务分解表"]
    lines += ["序号", "指标名称", "附件 2", "", "2022 年重点工作任务分解表", "序号", "工作任务"]
    got = flat("\n".join(lines))
    # (the table title under each is not found, spaced or not: a title over table cells, left for now)
    assert [h for h in got if h[1]] == [(1, "附件 1", ""), (1, "附件 2", "")]


def test_an_ordinal_after_a_blank_is_no_label() -> None:
    # 分别排全区第 3、第 2。: the rank in a figure-spaced copy run together on one line, not an item 3、
    text = (
        "2020 年我市共有产业项目 30 个,总投资 2226.8 亿元,投资额排全区第 2;全年项目投资完成率为 101.9%,谋划项目"
        "完成率 137.5%,均超额完成自治区任务,分别排全区第 3、第 2。全年工业投资增长 49.8%、制造业投资增长 47.1%,均位居"
        "全区第 2,为工业持续稳步发展做出了重要贡献。为激励先进,表扬成绩,我局决定对推动产业项目成绩突出的单位给予"
        "通报表扬。"
        " 希望受表扬的单位珍惜荣誉、再接再厉、再创佳绩。 特此通报。"
    )
    assert flat(text) == []


# --- a duty item of one long sentence, the line break the cleaner left in it (wrap, pdf: 609, 348, 045) -------------


def test_a_duty_item_cut_by_a_line_break_goes_on_to_its_stop() -> None:
    lines = ["某县财政局2023年部门预算公开说明", "一、主要职能", "(一)主要职能"]
    lines += ["1.贯彻执行国家和省、市、县有关财政、税收方针政策和法律法规,拟订财政发展战略和中"]
    lines += ["长期规划并组织实施。分析预测综合经济形势,参与制定各项宏观经济政策,提出加强财源建设的建议。"]
    lines += ["2.承担全县各项财政收支管理的责任。负责编制年度县级预决算草案并组织执行。"]
    got = flat("\n".join(lines))
    assert (
        3,
        "1.",
        "贯彻执行国家和省、市、县有关财政、税收方针政策和法律法规,拟订财政发展战略和中长期规划并组织实施",
    ) in got
    assert (3, "2.", "承担全县各项财政收支管理的责任") in got


def test_an_item_whose_sibling_is_a_sentence_goes_on_over_the_break() -> None:
    lines = ["某县审计局2022年部门决算", "一、部门概况"]
    lines += ["1.贯彻执行国家、省、市审计方针政策;参与制定地方性审计规章制度。"]
    lines += ["2.向县委审计委员会提出年度县级预算执行和其他财政支出情况的审计报告,向县政府报告和通报审计情况,提出"]
    lines += ["制定和完善政策措施的建议。", "3.依据审计法的规定,直接进行下列审计:"]
    got = flat("\n".join(lines))
    title = "向县委审计委员会提出年度县级预算执行和其他财政支出情况的审计报告,向县政府报告和通报审计情况,"
    title += "提出制定和完善政策措施的建议"
    assert (2, "2.", title) in got


def test_a_long_headline_over_its_paragraph_keeps_its_line() -> None:
    # 一、回首过往,…新篇章 ⏎ 过去五年,…。: a run of headline lines, its paragraph after it
    lines = ["某区2024年政府工作报告", "各位代表："]
    lines += ["一、回首过往,我们上下同心、风雨兼程,奋力谱写经济社会高质量发展新篇章"]
    lines += ["过去五年,是我区发展历程中极不平凡极不寻常的五年。" + PARA]
    lines += ["二、展望未来,我们勇毅前行、接续奋斗,全面开创现代化建设新局面", PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "一、", "回首过往,我们上下同心、风雨兼程,奋力谱写经济社会高质量发展新篇章")


# --- a copy cut inside a report that numbers its sub-runs on from their parents (一、 (一) 二、 (二): 1072, 542) -----


def test_a_cut_copy_keeps_a_sub_run_numbered_as_its_parent() -> None:
    lines = ["贯彻落实到民政工作的各领域、全过程。推进党史学习教育常态化长效化，在强化理论武装上走在前、作表率。"]
    lines += [
        "二、全面加强党的政治建设",
        "(二)强化政治建设。以新思想引领方向，凝聚感党恩、听党话、跟党走的思想共识。" + PARA,
    ]
    lines += [PARA]
    assert flat("\n".join(lines)) == [(1, "二、", "全面加强党的政治建设"), (2, "(二)", "强化政治建设")]


# --- a figure and its counter parted by a blank inside a title of a copy run together on one line (1475's 65 号) ----


def _one_line_items(first: str, second: str) -> str:
    return (
        "某县2021年专项资金使用情况的报告 一、资金使用情况 "
        f"1.{first},开展水库除险加固工程。项目已完工,资金全部拨付到位,工程运行良好,群众反映较好。 "
        f"2.{second},开展农村公路提升改造工程。项目已完工,资金全部拨付到位,工程运行良好,群众反映较好。 "
        "二、存在的问题 部分项目前期工作不够扎实,资金拨付进度偏慢,下一步将加快推进。"
    )


def test_a_blank_between_a_figure_and_its_counter_does_not_cut_the_title() -> None:
    for first, second in (
        ("根据湛财债〔2021〕109号、湛财农〔2021〕65 号等文件安排下达资金", "根据省财农〔2020〕7 号文件安排下达资金"),
        ("安排上级补助资金1200 万元", "下达市级资金35 万元"),
        ("按照豫财预〔2019〕12 号文件", "于2022 年9 月下达资金"),
    ):
        got = flat(_one_line_items(first, second))
        assert (2, "1.", f"{first},开展水库除险加固工程") in got, got
        assert (2, "2.", f"{second},开展农村公路提升改造工程") in got, got


def test_a_figure_opening_the_next_piece_still_breaks_the_line() -> None:
    # 一、工作回顾 2022 年,…: the blank before a figure may stand for the line break after a title (abstain there)
    text = (
        "某镇2022年工作总结 一、工作回顾 2022 年,全镇实现地区生产总值12 亿元,增长5.2%,各项工作稳步推进,"
        "民生事业持续改善,社会大局和谐稳定。 二、存在的问题 部分项目前期工作不够扎实,资金拨付进度偏慢,"
        "下一步将加快推进。 三、下一步打算 继续抓好项目建设和民生保障,确保全年目标任务完成。"
    )
    assert [h[:2] for h in flat(text)] == [(1, "一、"), (1, "二、"), (1, "三、")]
    assert flat(text)[0][2] == "工作回顾"
