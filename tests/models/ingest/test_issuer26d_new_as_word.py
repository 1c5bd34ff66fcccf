"""After the held-back scoring of session 26 (2311, a 齐鲁晚报 item on 日照's session): ``共绘加快建设海洋特色新兴城市``
read ``新`` + ``兴城市`` (a county-level city of 辽宁) as a government's fixed phrase ``建设…新X`` and gave
``兴城市市人民政府``. Where ``新`` and the name's first letter make a word (新兴, 新型, 新区), the phrase says no new
place; a name already ending in the level is not given it twice."""

from __future__ import annotations

import pytest

from models.ingest.metadata_bare_places import formula_place


@pytest.mark.parametrize(
    "text",
    [
        "共绘加快建设海洋特色新兴城市、率先全面建成小康社会宏伟蓝图。",
        "奋力打造区域性新兴城市,谱写发展新篇章。",
        "建设美丽新型城市,加快转型。",
    ],
)
def test_new_as_part_of_a_word_names_no_place(text: str) -> None:
    assert formula_place(text, "市") is None
    assert formula_place(text, "市", known_only=True) is None


def test_the_phrase_still_names_a_place() -> None:
    assert formula_place("建设美丽新玉林,奋力谱写新篇章。", "市", known_only=True) == "玉林市"
