"""Session 28c: whole-sentence items. A policy item set off by a decorative dash (——（29）在我区新注册…，…奖励。, corpus
543) opens its paragraph as an undashed one does: its title is its whole first sentence, however long, even when a
PDF's blank (2.5‰ 予以) breaks the long line into pieces."""

from __future__ import annotations

import pytest

from tests.models.ingest.outline_tree import tree

ITEM = (
    "在我区新注册或增资并实际到位的外商投资企业，非新兴产业企业对协议外资按照达200万美元、1000万美元、"
    "5000万美元及以上，注册资本于成立或增资变更之日起1年内实际到位达70%、50%、30%，分别按照实际到位外资的"
    "1.5‰、2‰、2.5‰ 予以最高10万、50万、100万元分档奖励"
)
MORE = (
    "。新兴产业企业，符合省外商投资战略性新兴产业目录的，注册资本于成立或增资变更之日起1年内实际到位的，"
    "按照实际到位外资的3‰予以奖励，最高不超过200万元。（核准类，牵头责任部门：商务局）"
)
SHORT = "对当年新增规模以上工业企业给予最高10万元奖励。（核准类，牵头责任部门：工信局）"


@pytest.mark.parametrize("dash", ["——", "－－", "—— "])
@pytest.mark.parametrize(("open_", "close"), [("（", "）"), ("(", ")")])
def test_a_dashed_item_is_titled_to_its_first_sentence_end(dash: str, open_: str, close: str) -> None:
    text = (
        "某区关于进一步支持产业发展的若干意见\n一、支持外资企业发展\n"
        + f"{dash}{open_}28{close}{SHORT}\n"
        + f"{dash}{open_}29{close}{ITEM}{MORE}\n"
        + f"{dash}{open_}30{close}{SHORT}\n"
    )
    got = tree(text)
    assert (2, f"{open_}29{close}", ITEM) in got, got


GROWTH = (
    "各项主要经济指标圆满完成,全年实现地区生产总值42亿元,财政收入6亿元,固定资产投资24.3亿元,比上年分别增长 36.8、"
    "33.3%、11.2%和 19.6%,其中财政收入6亿元的目标圆满完成"
)


@pytest.mark.parametrize("label", ["1、", "（1）", "1."])
def test_a_pdf_blank_beside_listed_figures_breaks_no_line(label: str) -> None:
    tail = "全年新引进项目65个,计划总投资 60.5亿元,其中外资项目23个,合同投资额 1.04亿美元,开工在建项目达到47个。"
    text = "某开发区2003年工作总结\n一、经济建设取得新成绩\n" + label + GROWTH + "。" + tail * 3 + "\n"
    got = tree(text)
    assert (2, label.rstrip("."), GROWTH) in got or (2, label, GROWTH) in got, got


def test_a_year_after_a_blank_still_opens_the_body() -> None:
    body = "全年实现地区生产总值42亿元,比上年增长8.5%,财政收入6亿元,增长12.3%,各项工作稳步推进。" * 4
    text = "某县2022年工作总结 一、经济运行平稳 2022年," + body + " 二、社会事业全面进步 2022年," + body + "\n"
    got = tree(text)
    assert (1, "一、", "经济运行平稳") in got, got


# a doc store's copy that lost its closing quote marks (368, 182, 848, 1322): the open quote hides no semicolon and
# no word inside the quoted name ends the title
@pytest.mark.parametrize(
    ("item", "rest"),
    [
        ("制定出台“加快全市中药材产业化实施意见,带动全市中药材产业新增面积3万亩", ";搞好退耕还林后续产业项目建设。"),
        ("开展“xx金银花新品系选育", ";引进国内茶叶、中药材优良品种进行栽培试验,加快本地新品种的推广。"),
        ("组织实施“提升全县农村人居环境三年行动,完成改厕1200户", ";推进垃圾分类试点,全年建成示范村5个。"),
    ],
)
def test_a_quote_left_open_hides_no_stop(item: str, rest: str) -> None:
    body = "全年新增就业岗位1200个,发放补贴560万元,各项工作按计划推进,群众满意度明显提高。"
    text = (
        "某县科技局2023年工作要点 重点抓好以下工作:一、大力搞好产业发展1、"
        + item
        + rest
        + body
        + "2、支持企业搞好新产品开发,加强基地建设。"
        + body
        + "二、深入开展科技攻关3、继续推进品种选育。"
        + body
    )
    got = tree(text)
    assert (2, "1、", item) in got, got


@pytest.mark.parametrize("close", ["”", "〞"])
def test_a_closed_quote_leaves_the_title_its_end(close: str) -> None:
    head = f"“十一五{close}及2023年工作回忆"
    text = (
        "某区2011年政府工作报告 一、"
        + head
        + f"“十一五{close}时期是我区经济社会发展进程中极不寻常的五年,也是发展史上最好最快的时期之一。"
        + "全区生产总值年均增长13.5%,财政收入年均增长21.2%,各项事业全面进步。" * 3
        + " 二、2011年工作安排 今年是“十二五”开局之年,全区经济社会发展的主要预期目标是:生产总值增长12%。"
    )
    assert (1, "一、", head) in tree(text), tree(text)
