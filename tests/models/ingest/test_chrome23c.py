"""Session 23c: a doc store's empty label is chrome; spam pasted in a sentence goes."""

from __future__ import annotations

import pytest

from models.ingest.chrome_lines import classify_line
from models.ingest.chrome_spam import spam_spans
from models.ingest.clean import clean


@pytest.mark.parametrize("line", ["文档简介", "文档介绍", "资源描述", "文档简介："])
def test_a_store_label_alone_is_chrome(line: str) -> None:
    assert classify_line(line).kind == "chrome"


@pytest.mark.parametrize("line", ["内容简介", "工作简介", "2017.03.02", "2.03亿元", "12.5%", "03:32"])
def test_report_lines_stay(line: str) -> None:
    assert classify_line(line).kind != "chrome"


def _cut(line: str) -> str:
    spans = spam_spans(line)
    out, last = [], 0
    for s, e in spans:
        out.append(line[last:s])
        last = e
    return "".join(out) + line[last:]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a chain whose brand is Chinese, its first phrase a betting word (1827)
        ("陆小玲受最新老虎机_即时比分网¥游戏手机版平台委托,向常委会作报告。", "陆小玲受委托,向常委会作报告。"),
        ("会议作《最新老虎机_即时比分网¥游戏手机版平台:2021年度预算执行情况》", "会议作《2021年度预算执行情况》"),
        ("区长受金冠体育投注官网委托作报告。", "区长受委托作报告。"),
        ("某县常务副县长受皇冠百家乐_真人娱乐平台委托作报告。", "某县常务副县长受委托作报告。"),
    ],
)
def test_a_gambling_chain_with_a_chinese_brand_goes(line: str, kept: str) -> None:
    assert _cut(line) == kept


@pytest.mark.parametrize(
    "line",
    [
        "体育彩票销售3亿元_同比增长5%",  # an underscore in a table's copy, no web word
        "全市体育彩票网点达到120个。",
        "开展体育投注站规范管理_专项整治行动。",
    ],
)
def test_report_text_with_lottery_words_stays(line: str) -> None:
    assert _cut(line) == line


@pytest.mark.parametrize(
    ("text", "shown", "gone"),
    [
        ("全面推进社会主好范文版权所有!义新农村建设,团结一班人。", "全面推进社会主义新农村建设", "版权所有"),
        ("推进社会主某某文库版权所有义核心价值观建设。", "推进社会主义核心价值观建设", "版权所有"),
        ("对ณ当前春耕工作分为三阶段进行:", "对当前春耕工作分为三阶段进行", "ณ"),
        ("从现在开始到❤3月25日前,备耕生产工作全部结束。", "从现在开始到3月25日前", "❤"),
        ("为了落实这一웃任务,我镇实行了镇干部包村。", "为了落实这一任务", "웃"),
    ],
)
def test_a_farm_claim_or_foreign_glyph_in_a_sentence_goes(text: str, shown: str, gone: str) -> None:
    lead = "一年来，镇党委、政府以大力推进项目建设为突破口，大力发展民营经济，以创建生态文明村为载体，"
    display = clean("某镇2006年工作总结\n" + lead + text + "\n").display_text
    assert shown in display and gone not in display


@pytest.mark.parametrize(
    "text",
    [
        "本网站版权所有,未经许可不得转载。",  # a footer line is the line rules' to judge, not deleted inside
        "加强知识产权保护,维护著作权人版权所有权益。",
        "与韩国(한국)企业开展合作。",
        "全年接待游客120万人次♥",
    ],
)
def test_report_text_with_such_marks_stays_whole(text: str) -> None:
    display = clean("某镇2006年工作总结\n各位代表:\n" + text + "\n").display_text
    assert text in display or "版权所有" in text
