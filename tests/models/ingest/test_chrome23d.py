"""Cleaning by family (session 23, chrome23d): a reprint notice asking for the original's link and this
statement (1889, the blog-platform form 本文为博主原创文章…转载请附上原文出处链接和本声明), and a farm uploader's
blurb glued before a one-line copy (…由我整理,希望给你工作、学习、生活带来便利,猜你可能喜爱“…”。: 2060)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.clean_site_words import site_word_count
from tests.models.ingest._reading import kept_lines as _lines

_PARA = "2023年,全市地区生产总值完成1200亿元,同比增长5.5%,规模以上工业增加值增长6.1%,固定资产投资增长4.2%。"
_PARA2 = "今年工作的总体要求是:坚持稳中求进工作总基调,全面贯彻新发展理念,推动经济社会高质量发展,确保完成全年目标任务。"
_PARA3 = "下一步,我们将继续认真落实市委、市政府工作部署,按照稳增长、强监管、优服务的工作思路,推动各项工作再上新台阶。"


def test_a_reprint_notice_asking_for_the_link_is_site_words() -> None:
    for line in (
        "本文为张家界站原创文章,转载请附上原文出处链接和本声明。",
        "版权声明:本文为博主原创文章,遵循 CC 4.0 BY-SA 版权协议,转载请附上原文出处链接及本声明。",
        "本文为某某网原创,转载请保留原文链接。",
    ):
        assert site_word_count(line) >= 1, line
    for line in ("转载", "请附上有关证明材料", "严禁转载、倒卖国家保护动物", "附上原件复印件和申请书"):
        assert site_word_count(line) == 0, line


def test_a_reprint_notice_under_a_news_item_leaves() -> None:
    text = "\n\n".join([_PARA, _PARA2, "来源:红网岳阳站", "本文为岳阳站原创文章,转载请附上原文出处链接和本声明。"])
    lines = _lines(text)
    assert not any("转载" in line for line in lines)
    assert _PARA in lines and _PARA2 in lines


def test_an_uploaders_blurb_glued_before_a_one_line_copy_is_cut() -> None:
    labels = (("2022政府工作报告_市政府工作报告", "市政府工作报告"), ("县工作总结_2019年县工作总结", "县工作总结"))
    for label, kind in labels:
        blurb = f"{label} 工作总结由我整理,希望给你工作、学习、生活带来便利,猜你可能喜爱“{kind}”。"
        text = f"{blurb} 政府工作报告 2019年1月8日在某县第十七届人民代表大会第三次会议上 各位代表: {_PARA}{_PARA2}"
        shown = clean(text).display_text
        assert "由我整理" not in shown and "猜你" not in shown
        assert _PARA in shown and "各位代表" in shown


def test_a_report_that_hopes_to_bring_convenience_keeps_its_words() -> None:
    own = "我们将深化“放管服”改革,希望给群众办事带来便利。 下一步,全面推行一窗受理,让企业和群众少跑腿。"
    text = f"{own} {_PARA}{_PARA3}"
    assert "希望给群众办事带来便利" in clean(text).display_text
    assert site_word_count("希望给群众办事带来便利") == 0
