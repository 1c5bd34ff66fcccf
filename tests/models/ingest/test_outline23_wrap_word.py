"""A blank inside a numbered title that parts a word (文件安 排下达): a wrap written as a blank, not the title's end."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，为全年工作奠定了坚实基础，成效明显。"


def titles(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in walk_sections(build_outline(text))]


def _report(first: str) -> str:
    return "\n".join(["一、项目基本情况", first, "2.项目的实施依据。" + PARA, "二、绩效自评工作开展情况", PARA])


def test_a_blank_inside_a_word_is_a_wrap() -> None:
    # 1475 as a PDF copy: 1.根据…等文件安 排下达…项目的资金,开展…工程。 (its title the whole sentence)
    first = (
        "1.根据湛财债〔2021〕109号等文件安 排下达遂溪县小型水库除险加固项目的资金,开展山内水库等13宗水库除险加固工程。"
    )
    level, title = titles(_report(first))[1]
    assert (level, title.replace(" ", "")) == (
        2,
        "根据湛财债〔2021〕109号等文件安排下达遂溪县小型水库除险加固项目的资金,开展山内水库等13宗水库除险加固工程",
    )


def test_other_words_other_places_and_the_traditional_script() -> None:
    for first, title in [
        (
            "1.按照市发改委等部门的统一部 署推进全市重点项目建设,完成年度投资计划。",
            "按照市发改委等部门的统一部署推进全市重点项目建设,完成年度投资计划",
        ),
        (
            "1.根據省財政廳等文件安 排下達和平縣小型水庫除險加固項目的資金,開展水庫除險加固工程。",
            "根據省財政廳等文件安排下達和平縣小型水庫除險加固項目的資金,開展水庫除險加固工程",
        ),
    ]:
        assert titles(_report(first))[1][1].replace(" ", "") == title


def test_a_blank_between_two_words_still_ends_a_run_in_title() -> None:
    # （一）加强组织领导　各单位要…: 导各 is no word, the blank ends the title
    text = "\n".join(
        [
            "一、保障措施",
            "（一）加强组织领导 各单位要高度重视，切实把各项工作落到实处。",
            "（二）强化队伍建设 立足本职岗位，提升业务能力。",
        ]
    )
    assert titles(text)[1:] == [(2, "加强组织领导"), (2, "强化队伍建设")]
