"""A PDF's running title glued to the text's first sentence, where the text names itself (…年度报告本报告是根据…,
2136): the title is the words before it, under the cover's short lines too; a text opening with a sentence is no
title."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.title_run_in import title_before_clause

REST = (
    "是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由{body}编制的2012年度政府信息公开工作年度报告。"
    "全文包括概述,主动公开政府信息的情况,依申请公开政府信息的情况,政府信息公开咨询情况。\n"
    "一、概述\n根据《条例》要求,2012年,{body}配备了4名政府信息公开全职工作人员,60名兼职工作人员。\n"
)


@pytest.mark.parametrize(
    ("title", "self_name"),
    [
        ("北京市政府信息公开工作年度报告", "本报告"),
        ("某县统计局2019年政府信息公开工作年度报告", "本年度报告"),
        ("某市2020年国民经济和社会发展统计公报", "本公报"),
    ],
)
def test_a_title_run_into_the_text_naming_itself(title: str, self_name: str) -> None:
    assert title_before_clause(title + self_name + REST.format(body="某局")) == title


@pytest.mark.parametrize("cover", [["北京市统计局•国家统计局北京调查总队"], ["2013", "某县统计局"]])
def test_under_a_covers_short_lines(cover: list[str]) -> None:
    text = "\n".join(cover) + "\n北京市政府信息公开工作年度报告本报告" + REST.format(body="北京市统计局")
    title = extract_metadata(clean(text), (), source_name="f.pdf", original=text).title
    assert title == "北京市政府信息公开工作年度报告"


def test_a_sentence_under_the_cover_gives_no_title() -> None:
    text = "北京市统计局\n本报告" + REST.format(body="北京市统计局")
    assert extract_metadata(clean(text), (), source_name="f.pdf", original=text).title is None
