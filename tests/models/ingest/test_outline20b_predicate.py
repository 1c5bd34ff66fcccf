"""A title word followed by the predicate of the same sentence (森林督查情况获…肯定。, 安全生产情况受到…表扬。) is the
title's subject, not its end: in a copy run together on one line the headline item runs to its stop as it does in the
lined copy (672's (二) in a one-line copy)."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "9月18日,上级检查组一行到我区开展督查,对我区各项工作给予充分肯定,认为工作扎实、成效明显、亮点突出。"


def titles(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in walk_sections(build_outline(text))]


@pytest.mark.parametrize(
    "title",
    [
        "森林督查情况获国家局驻广州专员办肯定",
        "河长制落实情况受到省政府通报表扬",
        "秸秆禁烧工作情况得到市委主要领导批示肯定",
        "防汛备汛情况被列为全省典型经验",
    ],
)
def test_a_headline_item_s_word_before_its_predicate_does_not_end_it(title: str) -> None:
    text = "某区林业局2019年工作总结 一、基本情况 " + PARA + " 二、2019年工作亮点 (一)安全生产工作获得表扬。" + PARA
    text += f" (二){title}。" + PARA + " (三)森林防火工作有序开展。" + PARA
    assert ("(二)", title) in titles(text)


def test_a_part_word_before_a_new_sentence_still_ends_the_title() -> None:
    # 一、2022年工作回顾过去一年是…: the paragraph opens after the part word, with its own subject
    text = "某县政府工作报告 各位代表: " + PARA + " 一、2022年工作回顾过去一年是极具挑战极其不易的一年。" + PARA
    text += " 二、2023年工作安排 " + PARA
    assert ("一、", "2022年工作回顾") in titles(text)
