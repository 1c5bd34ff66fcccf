"""Titles and dates of session 16's discovery round: a page title's fuller form of an own title that lost its
body's suffix letter, a portal's page date glued after the title on its one line."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


BODY = (
    "2015年,街道办事处在区委、区政府的正确领导下,以党的十八大精神为指引,较好地完成了年初确定的各项目标任务。\n\n"
    "(一)夯实基础,统筹兼顾,社区民生持续改善\n\n紧紧围绕民生为本的工作理念,全面完成社区实事项目。\n"
)


def test_a_portals_page_date_glued_after_the_lone_title_dates_the_report() -> None:
    meta = _read("五角场街道2015年工作总结和2016年工作安排 2016-03-07\n\n" + BODY)
    assert meta.title == "五角场街道2015年工作总结和2016年工作安排"
    assert meta.date == "2016-03-07"


def test_a_date_after_a_line_that_names_no_report_is_not_the_pages() -> None:
    meta = _read("五角场街道社区服务 2016-03-07\n\n" + BODY)
    assert meta.date is None


def test_the_pages_full_form_of_a_title_whose_body_lost_its_suffix_letter() -> None:
    text = (
        "市工业和信息化局2022年工作总结\n青岛政务网 发布日期 : 2023-02-16\n字体大小: 打印\n\n"
        "市工业和信息化2022年工作总结\n\n"
        "2022年,面对严峻经济形势,市工业和信息化局党组在市委、市政府的坚强领导下,加快建设现代产业先行城市。\n\n"
        "一、突出防疫发展两手抓,工业经济稳中有进\n\n统筹用好一揽子稳增长政策措施,全力稳住经济大盘。\n"
    )
    assert _read(text).title == "市工业和信息化局2022年工作总结"


def test_a_title_the_page_writes_alike_stays_as_it_is() -> None:
    text = (
        "市工业和信息化局2022年工作总结\n青岛政务网 发布日期 : 2023-02-16\n字体大小: 打印\n\n"
        "市工业和信息化局2022年工作总结\n\n"
        "2022年,面对严峻经济形势,市工业和信息化局党组在市委、市政府的坚强领导下,加快建设现代产业先行城市。\n"
    )
    assert _read(text).title == "市工业和信息化局2022年工作总结"


def test_a_year_inside_a_cited_documents_name_does_not_contradict_the_title() -> None:
    text = (
        "区气象局2023年工作总结和2024年工作思路\n\nVIP专免\n区气象局 2023 年工作总结和 2024 年工作思路\n"
        "今年以来,区气象局深入学习贯彻党的二十大精神,全面落实国务院《气象高质量发展纲要( 2022-2035 年)》,"
        "扎实开展主题教育,为区奋力谱写新篇章贡献气象力量。\n一、重点工作推进\n"
        "(一)踔厉奋发,全力推动区气象事业高质量发展\n率先探索气象赋能港口发展,气象业务评估指标排名全省第一。\n"
    )
    assert _read(text).title == "区气象局2023年工作总结和2024年工作思路"


def test_a_stores_label_the_text_contradicts_in_its_own_words_is_still_no_title() -> None:
    text = (
        "2021年全区水利工作总结及2021年工作计划\n\n"
        "2021年全区水利工作总结及2021年工作计划\n\n一、2020年水利工作情况\n\n"
        "2020年是极不平凡的一年,是决胜全面建成小康社会和“十三五”规划收官之年,水利工作保持了持续稳定快速发展的良好态势。\n"
    )
    assert _read(text).title is None


def test_a_portal_rows_date_label_glued_to_its_date_is_read() -> None:
    text = (
        "索引号000014349/2024-05588\n发文字号 发文时间2024-01-16\n发文机关气象局 主题词\n\n"
        "黎城县气象局2023年工作总结及2024年工作计划\n\n 时间:2017-08-20       大    中    小      来源:长治日报\n\n"
        "一、2023年工作情况\n\n1.全县性重点工作完成情况\n\n"
        "为提高气象灾害的应急处置能力和应急管理水平,建立高效的气象灾害应急响应机制,减轻气象灾害损失。\n"
    )
    assert _read(text).date == "2024-01-16"


def test_the_summary_an_untitled_opening_sentence_reports_is_the_title() -> None:
    text = (
        "2024年县气象局在县委县政府的正确领导下,以推进气象高质量发展为目标,紧抓各项工作落实,"
        "现将2024年工作总结及2025年工作思路谋划汇报如下: 一、2024年工作总结 (一)聚焦党建引领,打造气象战斗堡垒 "
        "深化理论学习,打造融合载体。\n"
    )
    assert _read(text).title == "2024年工作总结及2025年工作思路谋划"


def test_work_the_opening_sentence_reports_without_naming_a_summary_is_no_title() -> None:
    text = (
        "2021年,在区委、区政府的坚强领导下,全区水利系统奋力拼搏,扎实工作,"
        "现将2021年工作情况和2022年工作打算报告如下。\n一、2021年工作开展情况\n(一)水旱灾害防御工作。\n"
    )
    assert _read(text).title is None
