"""Title and 文号 families the discovery set 1101–1160 showed: a 文号 before the title (122, 856, 1146), an issue number
in the 文号 field (1067, 1131, 1134), a plan's period line (063, 1145), a 转发 line (873, 1121),
a title wrapped under the page's title line (1103)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_fields import parse_table_fields
from models.ingest.metadata_header import doc_number, glued_doc_number
from models.ingest.title_rescue import rescue_title
from models.types import Metadata

PARA = "经区政府同意，现将方案印发给你们，请各牵头单位、责任单位按照职责分工，认真研究部署，抓好落实。" * 3


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        (
            "宁政办〔2030〕1号—区人民政府办公室关于印发分解方案的通知",
            "宁政办〔2030〕1号",
            "区人民政府办公室关于印发分解方案的通知",
        ),
        (
            "宁政办〔2030〕2 号 区人民政府办公室关于印发分解方案的通知",
            "宁政办〔2030〕2 号",
            "区人民政府办公室关于印发分解方案的通知",
        ),
        ("宁教发[2030]1号关于印发工作要点的通知", "宁教发[2030]1号", "关于印发工作要点的通知"),
    ],
)
def test_a_doc_number_before_the_title_is_set_apart(line: str, number: str, title: str) -> None:
    start, got_title, got_number = glued_doc_number(line)
    assert (got_number, got_title.strip()) == (number, title)
    assert line[start:].strip() == title


def test_a_sentence_opening_with_a_doc_number_keeps_it() -> None:
    line = "宁政办〔2030〕1号文件要求各单位抓好落实，确保完成任务"
    assert glued_doc_number(line)[2] is None


def test_a_numbered_title_line_reads_as_title_and_doc_number() -> None:
    text = "宁政办〔2030〕1号—区人民政府办公室关于印发2030年重点任务分解方案的通知\n\n各街道办事处:\n" + PARA
    meta = _meta(text)
    assert meta.title == "区人民政府办公室关于印发2030年重点任务分解方案的通知"
    assert meta.doc_number == "宁政办〔2030〕1号"


@pytest.mark.parametrize("issue", ["督察通报第十七期", "督办通报第一期", "20期"])
def test_a_bulletins_issue_in_the_doc_number_field_is_no_doc_number(issue: str) -> None:
    assert doc_number({"文号": issue}, []) is None


def test_a_real_doc_number_in_the_field_is_kept() -> None:
    assert doc_number({"文号": "宁政办〔2030〕3号"}, []) == "宁政办〔2030〕3号"
    assert doc_number({"文号": "宁政〔2030〕第3期"}, []) == "宁政〔2030〕第3期"


def test_a_disclosure_tables_row_under_its_public_category_label_gives_its_date() -> None:
    # 公开类别 | 主动公开 | 发布时间 | … (1138): the label a 政府信息公开 table prints for 公开方式
    fields = parse_table_fields("公开类别 | 主动公开 | 发布时间 | 2030-01-22 |")
    assert fields is not None
    assert ("发布日期", "发布时间", "2030-01-22") in fields


PLAN = "为贯彻落实市委市政府的战略部署,增强城市服务功能,提高服务经济能级,特制定本行动计划。" * 3


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("宁远区推进数字化转型行动计划\n(2030—2032年)\n", "宁远区推进数字化转型行动计划(2030—2032年)"),
        (
            "宁远区全面推进数字化转型\n加快建设智慧城市三年行动计划\n（2030-2032年）\n",
            "宁远区全面推进数字化转型加快建设智慧城市三年行动计划（2030-2032年）",
        ),
    ],
)
def test_a_plans_period_on_its_own_line_closes_its_title(top: str, title: str) -> None:
    # 静安区…三年行动计划 / (2018—2020年) (1145), as 063 writes it on one line
    text = top + PLAN + "\n一、总体要求\n" + PLAN
    assert _meta(text).title == title


def test_a_forwarding_offices_line_broken_after_its_zhuanfa_opens_the_title() -> None:
    # 天津市人民政府办公厅转发 / 市政府征兵办等六部门关于给予 / …的通知 (1121; 873 keeps the bodies on the first line)
    top = "宁远市人民政府办公厅转发\n市政府征兵办等六部门关于给予\n服役义务兵若干优待政策的通知\n\n各区人民政府:\n"
    assert _meta(top + PARA).title == "宁远市人民政府办公厅转发市政府征兵办等六部门关于给予服役义务兵若干优待政策的通知"


def test_a_title_wrapped_mid_phrase_under_the_pages_title_line_is_read_whole() -> None:
    # (1103) the page's one-line title, then the own title wrapped over three lines, the last two a title of their own
    page = "宁远省2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划草案的报告"
    lines = [
        "• 宁远省2030年国民经济和社会发展计划",
        "执行情况与2031年国民经济",
        "和社会发展计划草案的报告",
        "各位代表:",
    ]
    current = "执行情况与2031年国民经济和社会发展计划草案的报告"
    rescued = rescue_title(current, lines, (page,))
    assert rescued is not None and rescued.value == page
    assert rescue_title(current, lines, ("宁远省人民政府门户网站",)) is None


def test_the_documents_own_title_wins_over_a_notice_naming_it_in_book_marks() -> None:
    # (1143) the policy's title, then the page's links to its consultation notice and feedback
    own = "宁远市人民政府关于推动创新型城市建设的若干政策意见"
    lines = [
        own,
        "宁远市科学技术局关于《宁远市人民政府关于推动创新型城市建设的若干政策意见（征求意见稿）》公开征求意见的公告",
    ]
    rescued = rescue_title(lines[1], lines, ())
    assert rescued is not None and rescued.value == own
    assert rescue_title(lines[1], lines[1:], ()) is None


def test_a_covers_report_name_over_its_material_line_is_one_title() -> None:
    # (1158) 财政预算报告 / 参阅材料 on the cover of the booklet handed to deputies with the report
    text = "宁远县十四届人大一次会议\n财政预算报告\n参阅材料\n宁远县财政局\n\n说 明\n" + PARA
    assert _meta(text).title == "财政预算报告参阅材料"
