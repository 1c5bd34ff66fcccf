"""Titles and dates at first sight (session 18, round 2): the posting's office in brackets after a title is its
attribution, never part of the title."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.title_edges import without_attribution
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
    assert meta.issuer == "鹿城区发改局"


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
