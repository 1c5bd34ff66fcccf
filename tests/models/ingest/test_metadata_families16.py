"""Titles and dates of session 16's discovery round: a page title's fuller form of an own title that lost its
body's suffix letter, a portal's page date glued after the title on its one line."""

from __future__ import annotations

from models.folding import compact as _compact
from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_title_choice import choose_title
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


def test_a_title_of_another_kind_split_over_two_lines_is_joined() -> None:
    head = ["庆元县国民经济和社会发展第十四个五年", "规划和二 〇 三五年远景目标纲要", "庆元县人民政府", "2021 年 3 月"]
    assert (
        _compact(choose_title(None, head).value) == "庆元县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    )


def test_a_covers_date_over_a_title_of_another_kind_is_no_part_of_it() -> None:
    head = ["2021年10月", "辛集市农业农村局2020年度决算公开文本"]
    assert choose_title(None, head).value == "辛集市农业农村局2020年度决算公开文本"


def test_the_issuers_line_ending_in_guanyu_set_aside_above_the_title_is_joined() -> None:
    text = (
        "国家发展改革委 市场监管总局关于\n新时代服务业高质量发展的指导意见\n\n发改产业〔2019〕1602号\n\n"
        "国务院有关部门，各省、自治区、直辖市发展改革委、市场监管局：\n"
        "  为深入贯彻党的十九大精神，促进我国服务业高质量发展，现提出以下意见。\n  一、总体思路\n"
    )
    title = extract_metadata(clean(text), (), source_name="f.docx", original=text).title
    assert title is not None and _compact(title) == "国家发展改革委市场监管总局关于新时代服务业高质量发展的指导意见"


def test_a_headline_with_its_places_colon_over_its_first_paragraph() -> None:
    text = (
        "您当前的位置:首页 >> 新闻中心 >> 区县信息 >> 正文\n\n钟楼区:上半年经济社会运行稳步增长\n\n"
        "发布日期:2024-07-31  浏览次数:  字号:〖默认 超大\n"
        "  今年以来,钟楼区全方位落实“532”发展战略,锚定建设长三角一流现代化城区目标,持续推动“四大功能区”建设,"
        "经济社会运行平稳向好的总体态势进一步巩固。\n"
        "  一、经济运行基本情况\n  1-6月,钟楼区实现地区生产总值469.20亿元,增长4.7%。\n"
    )
    assert _read(text).title == "钟楼区:上半年经济社会运行稳步增长"


def test_a_headline_over_its_posting_line_loses_its_source_tag() -> None:
    text = (
        "[国家统计局]2021年社会消费品零售总额增长12.5%\n\n2022-01-17 12:33:13来源:国家统计局\n\n"
        "2021年,社会消费品零售总额440823亿元,比上年增长12.5%,两年平均增速为3.9%。其中,除汽车以外的消费品零售额"
        "397037亿元,增长12.9%。\n\n2021年12月份,社会消费品零售总额41269亿元,同比增长1.7%。\n"
    )
    assert _read(text).title == "2021年社会消费品零售总额增长12.5%"


def test_a_long_title_wrapped_twice_is_joined_whole() -> None:
    head = [
        "贵州省2022年国民经济和社会发展计划",
        "执行情况与2023年国民经济",
        "和社会发展计划草案的报告",
        "(2023年1月13日在贵州省第十四届人民代表大会第一次会议上)",
    ]
    assert choose_title(None, head).value == (
        "贵州省2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告"
    )


def test_three_headline_lines_each_whole_are_not_one_title() -> None:
    head = ["市七届人大四次会议隆重开幕", "虢正贵主持大会并宣布开幕", "刘革安作政府工作报告"]
    assert choose_title(None, head).value != "市七届人大四次会议隆重开幕虢正贵主持大会并宣布开幕刘革安作政府工作报告"


def test_a_posting_line_with_full_width_colons_in_its_time_is_skipped_too() -> None:
    text = (
        "[国家统计局]2021年社会消费品零售总额增长12.5%\n\n2022-01-17 12：33：13来源：国家统计局\n\n"
        "2021年,社会消费品零售总额440823亿元,比上年增长12.5%,两年平均增速为3.9%。其中,除汽车以外的消费品零售额"
        "397037亿元,增长12.9%。\n\n2021年12月份,社会消费品零售总额41269亿元,同比增长1.7%。\n"
    )
    assert _read(text).title == "2021年社会消费品零售总额增长12.5%"
