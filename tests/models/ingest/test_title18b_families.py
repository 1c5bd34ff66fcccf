"""Titles and dates at first sight (session 18, round 2): the posting's office in brackets after a title is its
attribution, never part of the title."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_candidates import title_text
from models.ingest.title_contradicted import label_contradicted
from models.ingest.title_edges import without_attribution, without_jammer, without_jammer_edges
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


BODY = (
    "一、2016年工作总结\n\n"
    "(一)强化规划引领,做好五年规划编制和管理。2016年完成规划中期评估,提出推动经济社会可持续发展的对策建议。\n\n"
    "二、2017年工作思路\n\n"
    "(一)抓好项目谋划。围绕重点产业平台,谋划梳理一批重大项目,为全区经济社会发展奠定坚实基础。\n"
)


def test_an_office_in_brackets_closing_the_title_is_its_attribution() -> None:
    # 974: …工作要点(林业局) on the title's line (lead's ruling, session 18)
    meta = _read("2020年建市五年来林业工作总结和工作要点(林业局)\n\n" + BODY)
    assert meta.title == "2020年建市五年来林业工作总结和工作要点"


def test_an_office_in_brackets_on_the_line_under_the_title_is_its_attribution() -> None:
    # 1570: the bracket on a line of its own under the title; the office still reads as the issuer
    meta = _read("朗读\n2016年工作总结和2017年工作思路\n(鹿城区发改局)\n" + BODY)
    assert meta.title == "2016年工作总结和2017年工作思路"
    assert meta.issuer == "鹿城区发展和改革局"  # in full (gold README, s21)


def test_a_titles_own_notes_in_brackets_stay() -> None:
    for title in (
        "政府工作报告(草案)",
        "政府工作报告（摘要）",
        "政府工作报告（征求意见稿）",
        "政府工作报告(2020年)",
        "2022年以来经济社会发展总结(高新区)",
        "关于2022年预算执行情况的报告(书面)",
    ):
        assert without_attribution(title) == title
    assert without_attribution(None) is None


SPEECH = (
    "各位代表:\n\n现在,我代表区人民政府,向大会报告工作,请予审议,并请各位政协委员提出意见。\n\n"
    "一、2022年工作回顾\n\n2022年是党和国家历史上极为重要的一年,全区经济社会保持平稳健康发展。\n"
)


def test_a_label_naming_another_level_than_the_speaker_is_no_title() -> None:
    # 1520: a store's 昆明市… label over a district's report (我代表区人民政府)
    assert _read("昆明市2023年政府工作报告\n\n" + SPEECH).title is None
    assert _read("五华区2023年政府工作报告\n\n" + SPEECH).title == "五华区2023年政府工作报告"


def test_a_label_a_year_after_a_january_delivery_is_no_title() -> None:
    # 187: 2024年… over a report delivered on 2023-01-05; a December delivery names the year it plans (1003, 1456)
    lines = ["各位代表:", "现在,我代表肥西县第十七届人民政府向大会作工作报告,请予审议。", "一、2022年工作回顾"]

    def delivered(iso: str) -> list[tuple[float, str, str]]:
        return [(10.0, iso, "delivery line")]

    assert label_contradicted("2024年肥西县政府工作报告", lines, delivered("2023-01-05"))
    assert not label_contradicted("2024年肥西县政府工作报告", lines, delivered("2023-12-27"))
    assert not label_contradicted("2023年肥西县政府工作报告", lines, delivered("2023-01-05"))
    assert not label_contradicted("2022年肥西县政府工作报告", lines, delivered("2023-01-10"))  # the year reviewed (186)
    assert not label_contradicted("2024年肥西县政府工作报告", lines, [(5.0, "2023-01-05", "page date")])


def test_a_label_naming_another_kind_of_report_is_no_title() -> None:
    # disc 1621: a portal's 政府信息公开年度工作报告 column heading over a town's 政府工作报告
    speech = SPEECH.replace("我代表区人民政府,向大会报告工作", "我代表西江镇人民政府向大会作政府工作报告")
    assert _read("西江镇2022年政府信息公开年度工作报告\n\n" + speech).title is None


def test_a_forums_jammer_run_after_the_title_is_left_off() -> None:
    # 1257 (Discuz, as 002/154 whose jammer the cleaner already takes out): the run of tiny junk tokens after the title
    assert without_jammer("在2016年度重点工作督查动员会上的讲话 ' ^2 _& f3 S+ }! ^1 @ k") == (
        "在2016年度重点工作督查动员会上的讲话"
    )
    assert title_text("在2016年度重点工作督查动员会上的讲话 ' ^2 _& f3 S+ }! ^1 @ k")[0] == (
        "在2016年度重点工作督查动员会上的讲话"
    )
    for kept in ("某市推进5G建设行动方案 5G", "政府工作报告 2021", "某县工作要点 (一) (二) (三)"):
        assert without_jammer(kept) == kept


def test_a_jammed_date_line_under_a_jammed_title_dates_the_speech() -> None:
    # 1257: the bracketed date line under the title, a jammer run before it (its last token glued on) and after it
    text = (
        "在2016年度重点工作督查动员会上的讲话 ' ^2 _& f3 S+ }! ^1 @ k\n"
        ". }) R$ }+ A( A- L! G) l: G0 q) ]县委副书记\n"
        "5 D- L0 {! V6 x {(2016年9月2日) ! M8 |- M+ A' b\n"
        "同志们: # z, G; I% h# i( m2 y\n"
        "大家下午好!根据县委工作安排,今天我们在这里开会,对2016年重点工作督查进行安排部署。下面,我讲几点意见:\n"
        "一、要深刻领会督查的重要意义\n督查是推动工作落实的重要手段,各督查组要高度重视,认真履行职责。\n"
    )
    meta = _read(text)
    assert meta.title == "在2016年度重点工作督查动员会上的讲话"
    assert meta.date == "2016-09-02"
    assert without_jammer_edges("2 0 1 6年") == "2 0 1 6年"  # a spaced-out year is no jammer
