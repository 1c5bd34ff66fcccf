"""A one-word section title run together with its paragraph's lead sentence over a single blank (一、综合 国民经济。初步
核算,…): the lead opens the paragraph, it is no wrapped rest of the title, even in a copy whose blanks also fall
inside phrases (a hard-wrapped text run together on one line, as doc stores show it)."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

# a paragraph hard-wrapped at a width: its single blanks fall inside phrases
WRAPPED = (
    "全年实现地区生产总值三百三十四亿元,按可比价格 计算,比上年增长百分之十一点五。其中,第一产业增加值 "
    "二十八亿元,增长百分之四点一;第二产业增加值一百 九十亿元,增长百分之十三点二。"
)


def titles(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title.replace(" ", "")) for s in walk_sections(build_outline(text))]


def _bulletin(sections: list[tuple[str, str, str]]) -> str:
    head = "某县2011年国民经济和社会发展统计公报 某县统计局 2012年3月 " + WRAPPED
    return head + "".join(f" {label}{title} {lead}。{WRAPPED}" for label, title, lead in sections)


def test_a_one_word_title_does_not_take_the_lead_sentence_after_it() -> None:
    text = _bulletin([("一、", "综合", "国民经济"), ("二、", "农业", "农业经济"), ("三、", "工业", "工业生产")])
    assert titles(text) == [("一、", "综合"), ("二、", "农业"), ("三、", "工业")]


def test_other_bulletin_words_and_places() -> None:
    text = _bulletin([("一、", "财政", "财政收支"), ("二、", "金融", "金融运行"), ("三、", "教育", "教育事业")])
    assert titles(text) == [("一、", "财政"), ("二、", "金融"), ("三、", "教育")]


def test_a_word_by_word_pdf_title_still_runs_to_its_stop_when_the_stop_ends_the_piece() -> None:
    # 2. 工业 经济提能升级。 充分发挥…: the tail and its stop are a piece of their own, the paragraph after a blank
    para = "全镇完成工业总产值十一亿元,同比增长百分之八,较好完成了年度 目标任务,各项工作 取得新进展。"
    text = "某镇政府工作报告 各位代表: " + para + " 一、2022年工作回顾 "
    items = ["1. 特色农业提质扩量。 ", "2. 工业 经济提能升级。 ", "3. 服务业 持续回暖。 "]
    text += " ".join(item + para for item in items)
    assert ("2.", "工业经济提能升级") in titles(text)
