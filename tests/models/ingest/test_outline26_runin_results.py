"""A short run-in title that is a subject and its steady result (粮油生产全面丰收, 林业生产稳步推进) ends where its
paragraph opens with a subject (全区…, 我县…) or with 今年 and a comma before one (2228, a doc-store copy run
together); a verb phrase whose object names the whole place (全面推进全市…, 持续深入推进全区…) stays whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.outline import build_outline
from models.ingest.outline_runin import body_start
from models.ingest.outline_runin_cut import scored_cut
from models.types import walk_sections


def cut_of(title_and_body: str) -> str:
    return title_and_body[: scored_cut(title_and_body, 0, len(title_and_body) - 1)]


def test_a_subject_and_its_result_end_before_the_whole_place() -> None:
    assert cut_of("粮油生产全面丰收全区粮食生产面积92.6万亩,单产283.1公斤。") == "粮油生产全面丰收"
    assert cut_of("林业生产稳步推进全区今年完成退耕还林2000亩,占计划的101%。") == "林业生产稳步推进"


def test_a_doc_store_blank_before_a_spaced_figure_is_no_line_end() -> None:
    text = "林业生产稳步推进全区今年完成退耕还林 xx 亩,占计划 xx 亩的101%,义务植树110万株。"
    assert text[: scored_cut(text, 0, text.index(" "))] == "林业生产稳步推进"
    text = "林业生产稳步推进全区今年完成退耕还林 2000 亩,占计划的101%。"
    assert text[: scored_cut(text, 0, text.index(" "))] == "林业生产稳步推进"


def test_this_year_and_a_subject_open_the_paragraph() -> None:
    text = "渔业生产稳中有升今年,我区水产养殖面积达到2.1万亩,与去年持平。"
    assert text[: body_start(text, 0, len(text) - 1)] == "渔业生产稳中有升"


@given(
    subject=st.sampled_from(["粮食生产", "畜牧生产", "工业经济", "财政收入", "外贸出口", "招商引资"]),
    result=st.sampled_from(["全面丰收", "稳步推进", "稳中有升", "持续增长", "快速发展", "明显改善"]),
    place=st.sampled_from(["全区", "全县", "我镇", "全市", "我局", "本县"]),
)
def test_variants_of_subjects_results_and_places(subject: str, result: str, place: str) -> None:
    title = subject + result
    assert cut_of(f"{title}{place}共完成投资12.5亿元,同比增长8%。") == title


def test_a_verb_phrase_over_the_whole_place_stays_whole() -> None:
    for text in (
        "全面推进全市综合性基础性平台建设,提升服务能力。",
        "持续深入推进全区农村人居环境整治工作,成效明显。",
        "扎实推动重点项目稳步推进全区经济发展,效果良好。",
    ):
        assert scored_cut(text, 0, len(text) - 1) == len(text) - 1, text


def test_a_one_line_copy_reads_its_numbered_heads() -> None:
    text = (
        "一、生产情况(一)粮油生产全面丰收全区粮食生产面积92.6万亩,单产283.1公斤,增产106.6%。"
        "(二)林业生产稳步推进全区今年完成退耕还林2000亩,占计划的101%,义务植树110万株。"
        "(三)渔业生产稳中有升今年,我区水产养殖面积达到2.1万亩,与去年持平。"
        "(四)蔬菜生产形势喜人 今年,全区蔬菜播种面积11.5万亩,与去年基本持平。"
        "二、所做的主要工作(一)大力推进农业结构调整农业结构调整是农业发展永恒的主题,我们抓住不放。"
    )
    titles = [s.title for s in walk_sections(build_outline(text))]
    assert titles[1:4] == ["粮油生产全面丰收", "林业生产稳步推进", "渔业生产稳中有升"]
