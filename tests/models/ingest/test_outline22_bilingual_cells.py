"""A bilingual copy set as a two-column table (中文 | English |, corpus 1982): the English cells and the separators
are hidden from reading, so the Chinese cell reads as a line of its own (a heading, a paragraph)."""

from __future__ import annotations

import pytest

from models.ingest.english_lines import mask_english
from tests.models.ingest.outline_tree import tree

OPENING_ZH = "现在，我受全国人大常委会委托，向大会报告工作，请予审议。"
OPENING_EN = "On behalf of the Standing Committee, I now present this report for your deliberation."
ROW = "{zh} {sep} {en} {sep}\n"
PARA_ZH = "2013年，面对错综复杂的国际形势和艰巨繁重的国内改革发展稳定任务，常委会认真履行宪法和法律赋予的职责。"
PARA_EN = "In 2013, faced with a complex international situation, the Standing Committee fulfilled its duties."


@pytest.mark.parametrize("sep", ["|", "｜"])
@pytest.mark.parametrize(
    "zh, en",
    [("过去一年的主要工作", "Major Work of the Past Year"), ("今后一年的主要任务", "Major Tasks for the Coming Year")],
)
def test_a_chinese_cell_beside_its_english_reads_as_a_heading(sep: str, zh: str, en: str) -> None:
    text = (
        "全国人民代表大会常务委员会工作报告\n"
        + ROW.format(zh="各位代表：", en="Fellow Deputies,", sep=sep)
        + ROW.format(zh=OPENING_ZH, en=OPENING_EN, sep=sep)
        + ROW.format(zh=zh, en=en, sep=sep)
        + ROW.format(zh=PARA_ZH, en=PARA_EN, sep=sep)
    )
    assert tree(mask_english(text)) == [(1, "", zh)]


def test_the_mask_keeps_offsets_and_chinese_cells() -> None:
    line = "过去一年的主要工作 | Major Work of the Past Year |"
    masked = mask_english(line)
    assert len(masked) == len(line)
    assert masked.strip() == "过去一年的主要工作"


def test_a_chinese_table_row_with_no_english_cell_is_kept() -> None:
    line = "地区生产总值 | 亿元 | 53 | GDP"
    assert mask_english(line) == line
