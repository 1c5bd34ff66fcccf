"""Titles of session 14's second discovery families: a draft's versioned note line, a placeholder year spaced
inside a one-line copy's title."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata


def _title(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).title


def test_a_drafts_note_line_with_its_version_is_part_of_the_title() -> None:
    text = (
        "临江市推进“互联网+”行动实施意见\n(征求意见稿V2.2)\n(2015年9月15日)\n"
        "为贯彻落实《国务院关于积极推进“互联网+”行动的指导意见》,结合临江实际,特制订以下实施意见。\n"
        "一、 工作目标\n到2020年,基于互联网的新业态成为新的经济增长动力。\n"
    )
    assert _title(text) == "临江市推进“互联网+”行动实施意见(征求意见稿V2.2)"


def test_a_plain_bracketed_date_is_no_note_line() -> None:
    from models.ingest.metadata_title_choice import _NOTE_LINE

    assert _NOTE_LINE.match("(征求意见稿)") and _NOTE_LINE.match("(讨论稿2)")
    assert not _NOTE_LINE.match("(2015年9月15日)") and not _NOTE_LINE.match("(V2.2)")


def test_a_placeholder_year_spaced_in_a_one_line_copys_title_does_not_end_it() -> None:
    body = (
        "2016 年,我区林业工作按照省、市下达的工作任务,紧紧围绕区委、区政府的中心工作,重点实施了三北防护林、"
        "巩固退耕还林等国家重点林业生态项目,目前,各项工作进展顺利,现将上半年工作总结如下: 一、重点林业项目进展情况 "
        "今年我区计划完成造林 0.8 万亩,封滩育林 1.8 万亩,森林覆盖率达20.31%。目前,造林工作已全面完成,实际完成"
        "种植面积 1.1 万亩,封滩育林工作正在有序推进。 (一)国家重点林业生态项目建设进展情况。一是三北防护林封滩育林"
        "工程。中央投资56万元,计划实施封滩育林 0.8 万亩,目前已完成。二是退耕还林工程。完成补植补造 0.3 万亩。"
    )
    text = "区林业局关于 XX 年上半年工作总结 " + body + "\n"
    assert _title(text) == "区林业局关于XX年上半年工作总结"
