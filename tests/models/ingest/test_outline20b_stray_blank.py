"""An unnumbered heading of a report run together on one line whose paragraph a stray blank breaks early (关于学徒制度
问题 对于…,关于学徒学习的 ​ 期限、…): the paragraph still follows it, as the lined copy shows (332 in a one-line
copy)."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "我们必须看到,过去几年的工作取得了很大的成绩,但是也存在一些缺点,这些缺点是应该认真加以改正的。"


def titles(text: str) -> list[str]:
    return [s.title for s in walk_sections(build_outline(text))]


@pytest.mark.parametrize("blank", [" \u200b ", " ", "\u3000"])
def test_a_stray_blank_early_in_the_paragraph_after_an_unnumbered_heading(blank: str) -> None:
    heads = ["关于劳动就业问题", "关于工资制度问题", "关于学徒制度问题", "关于文化生活问题"]
    broken = f"对于过去的学徒制度,它的陋规是应该否定的,但是,关于学徒学习的{blank}期限、内容和待遇," + PARA
    paras = [PARA, PARA, broken, PARA]
    body = " ".join(f"{h} {p}{PARA}" for h, p in zip(heads, paras, strict=True))
    text = "在全国代表大会上的报告 同志们: " + PARA + " 一、关于人民生活 " + PARA + " " + body
    assert titles(text) == ["关于人民生活", *heads]
