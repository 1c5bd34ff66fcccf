"""A run-in title with nothing but its words to mark its end (767, 580, 1068, 848): the scored cut finds the end
where the title's side and the paragraph's side both say so, and leaves a one-sentence item whole."""

from __future__ import annotations

from models.ingest.outline_runin_cut import scored_cut


def cut_of(title_and_body: str) -> str:
    return title_and_body[: scored_cut(title_and_body, 0, len(title_and_body) - 1)]


def test_a_theme_and_its_phrase_end_before_a_masked_subject() -> None:
    text = "聚力聚焦,壮大新兴产业xx高新区对标市委六大新兴产业发展方向,锚定大数据产业。"
    assert cut_of(text) == "聚力聚焦,壮大新兴产业"


def test_a_theme_and_its_phrase_end_before_an_adverb_opening_the_paragraph() -> None:
    text = "融合发展,完善党建引领下的社会治理体系不断深化“党员三先”工作法,积极推进同构对应设置。"
    assert cut_of(text) == "融合发展,完善党建引领下的社会治理体系"


def test_the_paragraph_naming_the_titles_phrase_again_after_a_connective() -> None:
    text = "各司其职,全面推进公路绿化建设为全面推进公路绿化建设,确保生态建设取得实效,我局成立了领导小组。"
    assert cut_of(text) == "各司其职,全面推进公路绿化建设"


def test_the_paragraph_naming_the_titles_opening_words_again() -> None:
    text = "“十一五”及2010年工作回顾“十一五”时期是我区经济社会发展进程中极不寻常的五年,也是发展最快的时期。"
    assert cut_of(text) == "“十一五”及2010年工作回顾"


def test_a_paragraph_opening_with_its_year_as_subject() -> None:
    text = "“九五”开局良好,国民经济和社会各项事业取得新的成就1996年是实施“九五”计划的开局年,一年来全市经济稳定增长。"
    assert cut_of(text) == "“九五”开局良好,国民经济和社会各项事业取得新的成就"


def test_two_themes_and_a_phrase_end_before_as_opening_a_sentence_with_its_subject() -> None:
    text = "强化理论武装,筑牢思想根基,把稳教育发展政治方向作为教育系统“领头人”,我始终将政治建设摆在首位。"
    assert cut_of(text) == "强化理论武装,筑牢思想根基,把稳教育发展政治方向"


def test_a_one_sentence_item_stays_whole() -> None:
    for text in (
        "党的全面领导和党的建设持续加强,政治生态不断净化。",
        "推进预算管理制度改革、负责推进预算绩效管理工作和财政监督检查工作。",
        "把农业农村高质量发展作为目标追求，把深化农村改革作为根本动力。",
        "集成电路生产企业引进集成电路技术和成套生产设备，按有关规定办理。",
    ):
        assert scored_cut(text, 0, len(text) - 1) == len(text) - 1, text
