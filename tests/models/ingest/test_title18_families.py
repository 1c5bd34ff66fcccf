"""Titles and dates at first sight (session 18): kinds of title as a pattern (…工作小结), a gazette's issue number
before the title, a page's index-table rows never read as a red header, a title parted by a stray blank at its
conjunction, a setting line (在…会议上的报告) under the own title, a mirror's lost glyphs, sentences written with
half-width commas, a store's compilation label run into its first piece."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_candidates import title_score, title_text
from models.ingest.metadata_pages import run_in_notice_title
from models.ingest.redhead import read_red_header
from models.ingest.title_run_in import title_before_clause
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


BODY = (
    "一、4月份工作完成情况\n\n"
    "1、市场主体培育新增工作。截至4月底,我区市场主体总量35910户,净增2959户,净增完成率为44.9%。\n\n"
    "2、开展春耕农资产品专项行动。共出动执法人员25人次,检查农资经营户5家,暂未发现假冒伪劣农资产品。\n"
)


def test_a_short_summary_names_its_kind_as_a_summary_does() -> None:
    # 小结 is a 总结's kind as 工作小结 (1594's bureau, twice on its page), not a line naming nothing
    assert (title_score("某区市场监督管理局4月份工作小结") or 0) >= 4
    meta = _read("某区市场监督管理局4月份工作小结\n\n某区市场监督管理局4月份工作小结\n\n" + BODY)
    assert meta.title == "某区市场监督管理局4月份工作小结"


def test_a_gazettes_issue_number_before_the_title_is_no_part_of_it() -> None:
    text, _penalty = title_text("2019年第43号(总第221号)某市关于2018年度市级预算执行和其他财政收支的审计工作报告")
    assert text == "某市关于2018年度市级预算执行和其他财政收支的审计工作报告"
    assert title_text("2020年第5期某县统计工作简报")[0] == "某县统计工作简报"


def test_an_issue_number_alone_stays_as_written() -> None:
    assert title_text("2019年第43号(总第221号)")[0] == "2019年第43号(总第221号)"


def test_an_index_tables_rows_are_never_a_red_header() -> None:
    text = (
        "索 引 号 SM06101-3000-2023-00013 文号 宁政办〔2023〕11号\n"
        "文号 宁政办〔2023〕11号\n发布机构 宁化县人民政府办公室\n生成日期 2023-05-05\n"
        "标题 宁化县人民政府办公室关于开展中期评估工作的通知\n\n"
        "宁化县人民政府办公室关于开展中期评估工作的通知\n\n各乡(镇)人民政府,县直各有关单位:\n"
    )
    assert read_red_header(text).doc_number is None


def test_a_red_headers_number_line_still_opens_its_header() -> None:
    text = (
        "某市人民政府办公室文件\n\n某政办〔2023〕11号\n\n"
        "某市人民政府办公室关于开展中期评估工作的通知\n\n各区人民政府:\n"
    )
    head = read_red_header(text)
    assert head.doc_number == "某政办〔2023〕11号"
    assert head.title == "某市人民政府办公室关于开展中期评估工作的通知"


def test_a_title_parted_by_a_stray_blank_before_its_conjunction_is_one_title() -> None:
    meta = _read("某市民政局2023年工作总结 和2024年工作安排\n\n发布时间:2023-12-29 16:24:00\n\n" + BODY)
    assert meta.title is not None
    assert meta.title.replace(" ", "") == "某市民政局2023年工作总结和2024年工作安排"


def test_two_titles_on_a_line_stay_two() -> None:
    meta = _read("某市民政局2023年工作总结 某市民政局2024年工作安排\n\n" + BODY)
    assert meta.title in ("某市民政局2023年工作总结", "某市民政局2024年工作安排")


def test_the_setting_under_the_own_title_is_not_the_title() -> None:
    text = (
        "2024年某镇人民政府工作报告\n某镇人民政府镇长 张三\n在某镇第十七届人民代表大会第五次会议上的报告\n"
        "各位代表:\n现在,我代表某镇人民政府,向大会报告政府工作,请予审议。\n一、2023年工作回顾\n"
    )
    assert _read(text).title == "2024年某镇人民政府工作报告"


def test_a_setting_alone_is_still_the_title() -> None:
    text = "在某县第十八届人民代表大会第三次会议上的政府工作报告\n\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n"
    assert _read(text).title == "在某县第十八届人民代表大会第三次会议上的政府工作报告"


def test_a_mirrors_lost_glyph_after_the_kind_is_dropped_a_question_stays() -> None:
    assert title_text("政府工作报告?")[0] == "政府工作报告"
    assert title_score(title_text("某区财政局领导班子的财政健康度如何?")[0]) is None


def test_a_news_lead_with_half_width_commas_is_no_title() -> None:
    text = (
        "2月9日下午,市市场监管局某某局组织召开2021年工作会议,总结2020年工作成绩,分析当前面临形势,部署2021年工作任务。"
        "市局党组成员、副局长某某应邀出席,全体局领导参加会议。会议由某某副局长主持,采取现场会议和视频会议相结合的形式召开。\n"
    )
    assert _read(text).title is None


def test_a_stores_compilation_label_run_into_its_first_piece_is_no_title() -> None:
    line = (
        "县交通运输局2018年工作总结5篇【篇一】全县交通运输工作在县委、县政府的正确领导下,"
        "深入贯彻落实党的精神,各项工作进展顺利。"
    )
    assert title_before_clause(line) is None


def test_a_run_in_about_title_names_its_kind_after_a_few_letters_of_its_matter() -> None:
    # a PDF copy's one line: its page marker, the title (的 + 工作 + 汇报材料), then the body's year (1593)
    line = (
        "— 1 —关于2023年生态环境保护局的工作汇报材料2023年上半年,我局认真贯彻落实上级各项决策部署,"
        "坚持以改善生态环境质量为核心,突出精准治污、科学治污、依法治污。"
    )
    assert run_in_notice_title([line]) == "关于2023年生态环境保护局的工作汇报材料"
    audit = "关于2022年度区本级预算执行和其他财政收支的审计工作报告受区人民政府委托,现将审计情况报告如下。"
    assert run_in_notice_title([audit]) == "关于2022年度区本级预算执行和其他财政收支的审计工作报告"
