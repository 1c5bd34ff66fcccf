"""Title lines a page's head hides: a delivery line's speaker half, a plan's own line under its notice's signature,
a year a wrap left alone, a farm's badge of two words."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_candidates import title_text
from models.ingest.metadata_title_choice import choose_title, named_document


def _title(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).title


@pytest.mark.parametrize(
    "speaker",
    ["代市长朱民作报告", "县长张明作政府工作报告", "区长 李华 作报告", "代理镇长王强作了工作报告"],
)
def test_the_speaker_half_of_a_delivery_line_set_in_two_is_no_title(speaker: str) -> None:
    head = ["2012年6月27日在某市第十五届人民代表大会第一次会议上", speaker]
    assert choose_title(None, head).value is None


def test_a_lone_speaker_heading_is_still_a_title() -> None:
    # a page whose only heading names the report by its speaker (1310) keeps it
    assert choose_title(None, ["市长张明作政府工作报告(提纲)"]).value == "市长张明作政府工作报告(提纲)"


@pytest.mark.parametrize(
    ("sent", "own"),
    [
        ("中共陕西省委科技工委 陕西省科学技术厅2020年科技工作要点", "省委科技工委 省科技厅2020年科技工作要点"),
        ("某某市农业农村局2022年农业农村工作要点", "市农业农村局2022年农业农村工作要点"),
        ("某某县人民政府办公室2021年政务公开工作方案", "县政府办2021年政务公开工作方案"),
    ],
)
def test_the_plans_own_line_under_the_signature_and_its_publication_note(sent: str, own: str) -> None:
    lines = [
        "各县(区)有关部门,各直属单位:",
        f"现将《{sent}》印发你们,请结合实际认真贯彻执行。",
        "某某单位",
        "2020年2月25日",
        "(此件公开发布)",
        own,
        "2020年是全面建成小康社会的决胜之年,各单位要认真抓好落实。",
    ]
    assert named_document(lines).value == own


def test_no_own_line_of_another_year_or_kind_under_the_signature() -> None:
    lines = [
        "各县(区)有关部门:",
        "现将《某某市农业农村局2022年农业农村工作要点》印发你们,请认真贯彻执行。",
        "某某市农业农村局",
        "2022年2月25日",
        "(此件公开发布)",
        "市农业农村局2021年工作总结",
    ]
    assert named_document(lines).value is None


@pytest.mark.parametrize(("year", "rest"), [("2020", "年城市管理局工作总结"), ("2019", "年度水利局工作计划")])
def test_a_title_whose_year_a_wrap_left_alone_above_it(year: str, rest: str) -> None:
    body = "(一)加大市容整治,确保市容环境得到提升。\n一是集中整治加强市容管理,共开展专项整治行动150余次。\n"
    text = f"{year}\n{rest}\n{body}"
    assert _title(text) == year + rest


@pytest.mark.parametrize("badge", ["【精选推荐】", "【推荐精选】", "(最新精选)"])
def test_a_farms_two_word_badge_is_no_part_of_the_title(badge: str) -> None:
    assert title_text(f"经开区城管局工作总结及工作安排{badge}")[0] == "经开区城管局工作总结及工作安排"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("政府工作报告(草案)在伊金霍洛镇第四届人民代表大会第三次会议上", "政府工作报告(草案)"),
        ("某县人民政府工作报告在某县第十七届人民代表大会第二次会议上", "某县人民政府工作报告"),
    ],
)
def test_a_title_with_its_undated_delivery_phrase_run_on(line: str, title: str) -> None:
    assert choose_title(None, [line, "——在某镇第四届人民代表大会第三次会议上"]).value == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("20210530:区科学技术局2021年工作总结及2022年工作计划", "区科学技术局2021年工作总结及2022年工作计划"),
        ("20191108：某县水利局2019年工作总结", "某县水利局2019年工作总结"),
        ("2024年度全市农业农村系统工作要点一", "2024年度全市农业农村系统工作要点"),
        ("某街道2022年工作计划三", "某街道2022年工作计划"),
    ],
)
def test_a_writing_sites_dated_id_and_piece_numeral_are_no_part_of_the_title(line: str, title: str) -> None:
    assert title_text(line)[0] == title


def test_a_farms_compilation_word_after_a_run_in_title() -> None:
    body = "2019年,我局继续深入贯彻落实全国、省、市教育工作会议精神,扎实做好各项工作,努力开创教育工作新局面。" * 2
    text = f"教育局(体育局)2019年上半年工作总结和下半年工作重点汇编   {body}\n"
    assert _title(text) == "教育局(体育局)2019年上半年工作总结和下半年工作重点"
