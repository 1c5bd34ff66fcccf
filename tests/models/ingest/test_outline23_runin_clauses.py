"""A run-in title of two or three full clauses (a long theme, then its result) ends where its paragraph opens with a
connective, an adverb before it or not (1322 紧紧围绕, 1452 以…为契机, 1985 按照): the scored cut finds it; a sentence
whose subject the connective's verb follows, or a clause too short to be a title's, stays whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.outline_runin_cut import scored_cut


def cut_of(title_and_body: str) -> str:
    return title_and_body[: scored_cut(title_and_body, 0, len(title_and_body) - 1)]


def test_a_long_theme_and_its_result_end_before_an_adverb_and_connective() -> None:
    text = (
        "坚持服务好临沂科创城建设为引领,拉开新时代发展新格局"
        "紧紧围绕“提升片区开发品质”工作目标,真抓实干,努力开创新局面。"
    )
    assert cut_of(text) == "坚持服务好临沂科创城建设为引领,拉开新时代发展新格局"


def test_two_long_clauses_and_a_result_end_before_a_connective_phrase() -> None:
    text = (
        "围绕绵渝路产业带和全面小康建设,农业结构和基础设施不断完善,发展后劲得以增强"
        "以绵渝路产业带建设为契机,农业结构调整步伐加快。"
    )
    assert cut_of(text) == "围绕绵渝路产业带和全面小康建设,农业结构和基础设施不断完善,发展后劲得以增强"


@given(
    place=st.sampled_from(["临沂", "遵义", "镇江", "喀什", "松原"]),
    adverb=st.sampled_from(["紧紧", "始终", "牢牢", ""]),
    verb=st.sampled_from(["围绕", "按照", "根据"]),
)
def test_variants_of_places_and_openers(place: str, adverb: str, verb: str) -> None:
    title = f"坚持以{place}高新区建设为统领,推动全镇经济社会发展实现新突破"
    text = f"{title}{adverb}{verb}年初确定的工作目标,全镇上下真抓实干。"
    assert cut_of(text) == title


def test_a_sentence_whose_subject_the_connective_follows_stays_whole() -> None:
    for text in (
        "深化改革,各项建设按照规划有序推进,取得明显成效。",
        "优化营商环境,全镇各项工作始终围绕中心大局开展,成效明显。",
        "党的全面领导和党的建设持续加强,政治生态根据要求不断净化。",
    ):
        assert scored_cut(text, 0, len(text) - 1) == len(text) - 1, text
