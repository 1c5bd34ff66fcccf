"""Cuts read across blank lines (clean_wraps.page_cut_runs): a paragraph that ends on no mark is no cut word."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.clean_wraps import page_cut_runs

_OPENING = "各地要加快推进产业结构调整，提升发展质量和效益"


def test_a_paragraph_ending_on_no_mark_before_a_blank_line_stays_apart_where_blank_lines_part_every_paragraph() -> None:
    # a portal's paragraphs, one a line with a blank between; one lost its full stop (1476: …提供强有力的气象保障 ⏎⏎
    # 为提高气象灾害的应急处置能力…): no word runs across the blank, so no page cut it
    ended = (
        "充分发挥气象防灾减灾第一道防线作用，全方位保障生命安全、生产发展、生活富裕、生态良好，"
        "为黎城经济社会发展、防灾减灾和民生改善等提供强有力的气象保障"
    )
    nxt = "为提高气象灾害的应急处置能力和应急管理水平，建立高效的气象灾害应急响应机制，减轻气象灾害损失。"
    assert page_cut_runs([_OPENING, ended, nxt, _OPENING], [False, True, True, True]) == set()


def test_a_word_cut_across_the_blank_line_still_runs_on() -> None:
    cut = (
        "全年区本级高新技术产业实现增加值二百八十亿元，同比增长百分之十，占规上工业增加值的七成以上，"
        "区本级完成高新技术产业投资六十亿元，占规上工业增加"
    )
    rest = "值的七成；区本级实现技术交易额九十九亿元，同比增长七成。"
    assert page_cut_runs([_OPENING, cut, rest, _OPENING], [False, True, True, True]) == {2}


def test_cleaning_keeps_the_two_paragraphs_apart() -> None:
    ended = (
        "充分发挥气象防灾减灾第一道防线作用，全方位保障生命安全、生产发展、生活富裕、生态良好，"
        "为经济社会发展、防灾减灾和民生改善等提供强有力的气象保障"
    )
    nxt = "为提高气象灾害的应急处置能力和应急管理水平，建立高效的气象灾害应急响应机制，减轻气象灾害损失。"
    text = "\n\n".join([_OPENING + "。", ended, nxt, "全县气象工作稳步推进，各项任务顺利完成，取得明显成效。"]) + "\n"
    assert "气象保障\n" in clean(text).display_text


def test_a_page_end_cut_between_two_words_runs_on_across_more_blank_lines_than_part_the_paragraphs() -> None:
    # paragraphs parted by one blank line, a page's end by two (1148: …一名牵头领导、一个牵头 ⏎⏎⏎ 责任单位、…)
    cut = (
        "对市政府工作报告提出的十大工程和经济社会发展的主要预期目标，分解明确了二百项具体目标任务，"
        "按照清单方式明确责任，即确定一名牵头领导、一个牵头"
    )
    rest = "责任单位、若干个协同责任单位，各牵头责任单位主要负责人是完成目标任务的第一责任人。"
    lines = [_OPENING, cut, rest, _OPENING]
    gaps = [False, True, True, True]
    assert page_cut_runs(lines, gaps, [0, 1, 2, 1]) == {2}
    assert page_cut_runs(lines, gaps, [0, 1, 1, 1]) == set()  # one blank line, as between paragraphs
    text = "\n\n".join([_OPENING + "。", cut]) + "\n\n\n" + "\n\n".join([rest, _OPENING + "。"]) + "\n"
    assert "一个牵头责任单位" in clean(text).display_text
