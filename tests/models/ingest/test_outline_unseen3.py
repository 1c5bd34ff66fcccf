"""Outline families found on the discovery set 1101–1160 (sets 66–71): each test is a short made-up text of the
family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_dash_led_subtitle_naming_the_report_is_part_of_the_title_not_a_section() -> None:
    # a slogan title over a subtitle that names the document (——某街道办事处工作报告): a cover line, like the
    # speech's ——在…会议上的报告 subtitle
    lines = ["奋发有为 挺膺担当", "全力推动高质量发展迈上新台阶", "——某街道办事处工作报告", "第一部分 2024年工作回顾"]
    lines += [PARA, "一、经济社会平稳健康发展", "(一)发展规划加快落实。" + PARA, "(二)经济运行稳中有进。" + PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "第一部分", "2024年工作回顾")
    assert (2, "一、", "经济社会平稳健康发展") in got


def test_a_bulletins_notes_part_named_fuzhu_holds_its_numbered_notes() -> None:
    # a statistics bureau's release ends with 附注 alone on its line over 1.指标解释 2.统计范围: the notes part, like
    # 名词解释 closing a budget report; a chart's page number left on the line above does not hide it
    lines = ["2021年社会消费品零售总额增长12.5%", PARA, PARA, "3", "附注", "1.指标解释"]
    lines += ["社会消费品零售总额:是指企业通过交易售给个人的实物商品金额。"]
    lines += ["2.统计范围", "限额以上单位是指年主营业务收入500万元及以上的批发业企业。"]
    got = flat("\n".join(lines))
    assert got[0] == (1, "", "附注")
    assert (2, "1.", "指标解释") in got


def test_a_news_storys_narration_one_sentence_a_line_holds_no_lead_headings() -> None:
    # a news story of a session's opening: short sentences of narration each on its line, the report's words after
    lines = ["新时代开启新征程。1月16日上午,某区第十七届人民代表大会第二次会议在市会议中心隆重开幕。" + PARA]
    lines += ["市会议中心大报告厅内气氛庄严而热烈。", "大会执行主席张三、李四、王五在主席台前排就座。"]
    lines += ["赵六、钱七、孙八等在主席台就座。", "大会应到代表354名,出席代表325名,符合法定人数。"]
    lines += ["上午9时,王五宣布大会开幕,会场里响起了雄壮的国歌声。", "在热烈的掌声中,区长代表区人民政府向大会作报告。"]
    lines += ["报告共分为五个部分,回顾了2017年工作,提出了2018年工作的总体安排。", "区长说," + PARA * 3]
    assert flat("\n".join(lines)) == []


def test_lead_sentences_over_long_one_sentence_paragraphs_stay_headings() -> None:
    # a street office's plan: short lead sentences, each over a paragraph that is one long sentence
    body = "围绕龙头企业,挖掘引入上下游产业链企业,探索建造首家“网络注册,无界办公”的头部企业虚拟园区,"
    body += "实现以头部企业聚集产业链,以运营服务带动招商的在线新经济产业集群,推动区域经济一体化高质量发展。"
    lines = ["一、做大增量,强力招商引资", "抢抓机遇、精准施策、持续发力,打好招商引资主动仗。"]
    lines += ["着力发展在线经济。", body, "合力引入招商资源。", body, "加快升级产业结构。", body]
    got = flat("\n".join(lines))
    assert (2, "", "合力引入招商资源") in got


def test_an_attachment_title_over_two_lines_named_in_a_list_of_issued_documents_is_the_annexs_child() -> None:
    # a notice issuing several documents at once (《A》《B》和《C》已经市政府同意，现印发给你们), the first printed
    # after it under 附件1 with its title written over two lines
    lines = ["各区县人民政府,市直各单位:"]
    lines += [
        "《政府工作报告“十四五”时期重点工作责任分解》《2021年重点工作责任分解》和《2021年民生实事责任分解》已经市政府同意,现印发给你们。"
    ]
    lines += ["附件:1.政府工作报告“十四五”时期重点工作责任分解", "2.2021年重点工作责任分解", "某市人民政府办公室"]
    lines += ["2021年3月22日", "附件1", "政府工作报告“十四五”时期", "重点工作责任分解"]
    lines += ["一、市长牵头重点工作", "1.构建现代产业体系。" + PARA, "2.推进城乡融合发展。" + PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "附件1", "")
    assert got[1] == (2, "", "政府工作报告“十四五”时期\n重点工作责任分解")  # as the file breaks it
    assert got[2] == (3, "一、", "市长牵头重点工作")


def test_a_contents_entry_with_an_ellipsis_leader_ends_the_contents_at_its_heading_in_the_body() -> None:
    # a budget package's contents written with a leader of ellipses to the page number (编报说明…………4): the body's
    # 一、编报说明 repeats the entry and opens the body
    lines = ["某县2012年财政预算报告参阅材料", "为便于各位代表审议预算报告,我们编印了这份参阅材料。", "目 录"]
    lines += ["一、编报说明………………………………4", "二、名词解释………………………………5", "三、附表及说明……………………………16"]
    lines += ["一、编报说明", "(一)指导思想和编制原则:" + PARA, "(二)收入预算安排:" + PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "一、", "编报说明")
    assert (2, "(一)", "指导思想和编制原则") in got
