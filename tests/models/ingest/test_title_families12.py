"""Title families of session 12: each test is a short text in the family's shape, written for it."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_title_choice import choose_title
from models.ingest.title_era import era, label_ruled_out
from models.ingest.title_rescue import rescue_title
from models.types import Metadata

OPENING = "现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。"
SECTION = "一、过去一年的工作回顾"
PARAGRAPH = (
    "过去的一年，全县上下团结一心，经济社会发展稳中有进，地区生产总值增长百分之六，"
    "一般公共预算收入增长百分之八，城乡居民收入稳步提高。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt")


# ---------------------------------------------------------------- the own title over its delivery line


def test_the_own_title_over_its_delivery_line_wins_over_a_site_heading_above() -> None:
    # a portal's topic heading naming the report another way, then the report's own title block
    head = [
        "某某市人民政府2030年工作报告",
        "政府工作报告",
        "——2031年1月5日在某某市第九届人民代表大会第一次会议上",
        "某某市人民政府市长 张三",
    ]
    assert choose_title(None, head, year="2031").value == "政府工作报告"


def test_the_own_title_in_two_lines_over_its_delivery_line_wins_over_a_portal_copy() -> None:
    # the portal's heading adds one character the own title does not have: the own two lines are the title
    head = [
        "关于某区2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划的报告",
        "关于某区2030年国民经济和社会发展计划执行情况",
        "与2031年国民经济和社会发展计划报告",
        "——2030年12月12日在某区第十八届人民代表大会第一次会议上",
        "某区发展和改革委员会",
    ]
    own = "关于某区2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划报告"
    assert choose_title(None, head, year="2030").value == own


def test_a_title_carrying_its_delivery_line_after_junk_marks_is_the_title() -> None:
    head = [
        "(某某省)2030年某某县人民政府工作报告(全文)",
        "政府工作报告 ;;2030年2月5日在某某县第十八届人民代表大会第二次会议上",
    ]
    assert choose_title(None, head, year="2030").value == "政府工作报告"


def test_a_store_copy_over_the_own_title_is_no_title_once_its_anti_copy_token_is_gone() -> None:
    # a farm's token (letters with a digit) ends each line of the head: without it the own title reads whole
    text = "\n".join(
        [
            "(某某省)2030年某某市人民政府工作报告(全文)",
            "政 府 工 作 报 告7qZ",
            "2031年2月24日在某某市第四届人民代表大会第五次会议上7qZ",
            "某某市市长 李四7qZ",
            "各位代表:7qZ",
            OPENING,
            SECTION,
            PARAGRAPH,
        ]
    )
    assert _meta(text).title == "政府工作报告"


# ---------------------------------------------------------------- issuer lines over a title that names none


def test_two_issuers_stacked_over_a_notice_title_are_part_of_it() -> None:
    head = [
        "某某县农业农村局规范性文件",
        "某某县农业农村局",
        "某某县财政局",
        "关于印发《某某县农机购置补贴实施细则》的通知",
        "某农发〔2030〕7号",
    ]
    own = "某某县农业农村局某某县财政局关于印发《某某县农机购置补贴实施细则》的通知"
    assert choose_title(None, head).value == own


def test_a_session_line_over_its_resolution_is_part_of_the_title() -> None:
    head = ["某某市第二届人民代表大会第三次会议", "关于市人民政府工作报告的决议"]
    assert choose_title(None, head).value == "某某市第二届人民代表大会第三次会议关于市人民政府工作报告的决议"


def test_a_department_over_its_accounts_note_wrapped_over_lines_names_it() -> None:
    head = ["某某市林业局", "(本级)", "2030年度部门决算", "公开说明"]
    assert choose_title(None, head).value == "某某市林业局(本级)2030年度部门决算公开说明"
    assert choose_title(None, ["中共某某县委宣传部", "2030年度部门决算公开说明"]).value == (
        "中共某某县委宣传部2030年度部门决算公开说明"
    )


# ---------------------------------------------------------------- debris glued to the front of a title


def test_a_chunks_stray_mark_before_the_title_is_dropped() -> None:
    lines = ["、.某某市政府工作报告", "—2031年2月27日在某某市第九届人民代表大会第一次会议上", "各位代表:", OPENING]
    found = rescue_title("、.某某市政府工作报告", lines, ())
    assert found is not None and found.value == "某某市政府工作报告"


def test_a_stores_series_label_with_its_serial_before_a_dated_title_is_dropped() -> None:
    lines = ["全国强镇【12】2031年某某镇政府工作报告", "各位代表:", OPENING]
    found = rescue_title("全国强镇【12】2031年某某镇政府工作报告", lines, ())
    assert found is not None and found.value == "2031年某某镇政府工作报告"


def test_a_bracketed_figure_inside_a_title_is_kept() -> None:
    # (a bracket after a word but before no year is the title's own: never taken for a series label)
    title = "关于某某县2031年第【2】批项目计划的通知"
    assert rescue_title(title, [title, "各乡镇:", OPENING], ()) is None


# ---------------------------------------------------------------- a dated label over a template masking its years

TEMPLATE = (
    "xxxx年,在区委、区政府的正确领导下,我局紧紧围绕年度目标任务,扎实推进各项工作,"
    "全年完成项目申报xx项,各项工作取得新进展。"
)


def test_a_dated_label_over_a_template_masking_its_years_is_the_title() -> None:
    label = "某某局2031年工作总结"
    found = rescue_title(None, [TEMPLATE, "一、主要工作"], (label,), above=label, opening=label)
    assert found is not None and found.value == label


def test_a_dated_label_whose_era_the_template_rules_out_is_no_title() -> None:
    label = "某某局2031年工作总结"
    era_text = "xxxx年,我局以科学发展观为统领,深入贯彻“三个代表”重要思想," + TEMPLATE
    found = rescue_title(None, [era_text, "一、主要工作"], (label,), above=label, opening=label)
    assert found is None or found.value is None


def test_the_era_a_text_gives_itself() -> None:
    assert era("深入贯彻党的十六大精神和“三个代表”重要思想") == (2002, 2013)
    assert era("坚持以习近平新时代中国特色社会主义思想为指导,“十四五”实现良好开局") == (2020, 2022)
    assert era("疫情防控常态化,疫情期间,新冠疫苗接种") == (0, 2023)
    assert era("全年完成项目申报xx项") == (0, 9999)


def test_a_label_is_ruled_out_by_the_same_year_for_summary_and_plan_or_a_foreign_subject() -> None:
    assert label_ruled_out("某局2031年工作总结及2031年工作计划", TEMPLATE)
    assert not label_ruled_out("某局2031年工作总结及2032年工作计划", TEMPLATE)
    assert label_ruled_out("司法局2031年执法监督检查工作总结", "xxxx年,全市建立人民调解组织127个,调处纠纷一千件。")
    assert not label_ruled_out("某局2031年项目申报工作总结", TEMPLATE)


# ---------------------------------------------------------------- a session note in brackets after the title


def test_the_session_in_brackets_after_a_report_title_is_no_part_of_it() -> None:
    head = ["政府工作报告(第九届人民代表大会第二次会议)"]
    assert choose_title(None, head).value == "政府工作报告"
    # a bracket naming no session stays (a draft marker, the report's own words)
    assert choose_title(None, ["政府工作报告(征求意见稿)"]).value == "政府工作报告(征求意见稿)"


# ---------------------------------------------------------------- a title that lost a year's 年 or a conjunction


def test_a_title_that_lost_its_years_nian_takes_the_full_wording_the_page_gives() -> None:
    damaged = "某某县2030财政预算执行情况2031财政预算草案的报告"
    full = "某某县2030年财政预算执行情况与2031年财政预算草案的报告"
    lines = ["某某县2031年度政府预算公开", damaged, "各位代表:", f"受县人民政府委托,现将{full}提请大会审议。"]
    found = rescue_title(damaged, lines, ())
    assert found is not None and found.value == full


def test_a_title_in_two_lines_that_lost_its_conjunction_takes_the_pages_heading() -> None:
    full = "某某区2030年预算执行情况和2031年预算草案的报告"
    lines = ["某某区2030年预算执行情况", "2031年预算草案的报告", "各位代表:", OPENING]
    found = rescue_title("2031年预算草案的报告", lines, (full,))
    assert found is not None and found.value == full


def test_a_heading_adding_a_de_to_the_own_title_is_not_taken_for_its_full_form() -> None:
    # (only a year's 年 and a conjunction before a year are what a page loses; 的 is a wording of its own)
    own = "关于某区2030年计划执行情况与2031年计划报告"
    lines = [own, "——2030年12月12日在某区第十八届人民代表大会第一次会议上", "各位代表:", OPENING]
    assert rescue_title(own, lines, ("关于某区2030年计划执行情况与2031年计划的报告",)) is None


# ---------------------------------------------------------------- a spurious title: the report named by its speaker


def test_a_label_naming_the_report_by_its_speaker_is_no_title() -> None:
    lines = ["各位代表:", OPENING, SECTION]
    for label in ("省长某某某作政府工作报告", "市长政府工作报告全文"):
        found = rescue_title(label, [label, *lines], ())
        assert found is not None and found.value is None
    # a speech caption with its session is a title (a clerk files it so)
    caption = "某某市长在某某市第九届人民代表大会第一次会议上的政府工作报告(摘要)"
    kept = rescue_title(caption, [caption, *lines], ())
    assert kept is None or kept.value == caption


# ---------------------------------------------------------------- dates: a notice's damaged signature date


def test_a_notice_is_dated_by_its_signature_even_when_the_signature_lost_its_marks() -> None:
    text = "\n".join(
        [
            "某某县人民政府关于印发2031年政府工作报告的通知",
            "各乡镇人民政府,县政府各部门:",
            "《政府工作报告》已经县第九届人民代表大会第五次会议审议通过,现印发给你们,请认真贯彻落实。",
            "某某县人民政府",
            "2031319",
            "某某县人民政府工作报告",
            "——2031年3月10日在某某县第九届人民代表大会第五次会议上",
            "各位代表:",
            OPENING,
            SECTION,
            PARAGRAPH,
        ]
    )
    assert _meta(text).date == "2031-03-19"


def test_a_wiki_lead_stating_when_the_report_was_delivered_dates_it() -> None:
    text = "\n".join(
        [
            "某某市2031年政府工作报告在2031年1月6日某某市第九届人民代表大会第三次会议上由市长某某某发布。",
            "各位代表:",
            OPENING,
            SECTION,
            PARAGRAPH,
        ]
    )
    assert _meta(text).date == "2031-01-06"
