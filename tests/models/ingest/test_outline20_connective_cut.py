"""A run-in title of a theme and its phrase ends where a connective opens the paragraph (建设智慧城管,构建城市综合管理
指挥中枢根据市、区两级的统一部署,…: 1689), whatever noun the title ends on."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

TAIL = "区中心于去年正式启动,并着力做了四方面工作,全年受理各类案件一万余件,结案率达到百分之九十八。"


def titles(text: str) -> list[str]:
    return [s.title for s in walk_sections(build_outline(text))]


def one_line(*items: str) -> str:
    return "某区城市管理局工作报告 一、完善工作机制,提升城市综合管理水平 " + " ".join(items)


def test_a_connective_opens_the_paragraph_after_a_shaped_title() -> None:
    text = one_line(
        "(一)建设智慧城管,构建城市综合管理指挥中枢根据市、区两级的统一部署,智慧城管工作得到了全面推进。" + TAIL,
        "(二)强化队伍建设,打造城管执法铁军围绕全年目标任务,开展执法人员轮训三期,队伍素质明显提升。" + TAIL,
    )
    assert titles(text)[1:] == ["建设智慧城管,构建城市综合管理指挥中枢", "强化队伍建设,打造城管执法铁军"]


def test_a_connective_inside_the_titles_phrase_stays() -> None:
    text = one_line("(一)坚持问题导向,按照“四个一批”要求推进积案化解。" + TAIL, "(二)加强督查考核。" + TAIL)
    assert titles(text)[1:] == ["坚持问题导向,按照“四个一批”要求推进积案化解", "加强督查考核"]


def test_a_connective_a_modal_verb_governs_goes_on_in_the_sentence() -> None:
    text = one_line(
        "(一)“十一五”期间,市级财政要根据“三控三保三压”原则,优化投入结构,切实加大对教育、科技等事业的投入。" + TAIL,
        "(二)加强督查考核。" + TAIL,
    )
    sentence = "“十一五”期间,市级财政要根据“三控三保三压”原则,优化投入结构,切实加大对教育、科技等事业的投入"
    assert titles(text)[1] == sentence


def test_an_adverb_opens_the_paragraph_after_a_result_of_harmony() -> None:
    text = one_line(
        "(一)聚力抓好稳定工作,社会大局持续和谐坚决扛起维护社会稳定的政治责任,扎实推进平安建设。" + TAIL,
        "(二)加强督查考核。" + TAIL,
    )
    assert titles(text)[1] == "聚力抓好稳定工作,社会大局持续和谐"
