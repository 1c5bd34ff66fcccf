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


_RESOLUTION_BODY = (
    "会议充分肯定市人民政府过去一年的工作,同意报告提出的今年经济社会发展的总体要求、目标任务和重点工作,"
    "决定批准这个报告。 会议号召,全市各族人民更加紧密地团结在一起,坚定信心,真抓实干,为全面完成今年的各项目标任务"
    "而努力奋斗,以优异的成绩迎接新的一年。会议要求,市人民政府要认真落实本次会议确定的各项任务,依法行政,"
    "切实改进作风,提高效率,努力建设人民满意的政府。"
)


def test_a_one_line_resolution_opening_at_its_sentence_has_no_title() -> None:
    # a page set the adopted report's name off by blanks: the sentence naming it is no title (538, 880 one-line)
    text = "临江市第三届人民代表大会第二次会议听取和审议了市长张三所作的 政府工作报告 。" + _RESOLUTION_BODY * 2 + "\n"
    meta = extract_metadata(clean(text), (), source_name="file.txt", original=text)
    assert meta.title is None
    assert meta.issuer == "临江市第三届人民代表大会第二次会议"


def test_a_one_line_resolution_titled_on_two_of_its_lines_is_the_sessions() -> None:
    text = (
        "临江市第一届人民代表大会第八次会议 关于政府工作报告的决议 "
        "临江市第一届人民代表大会第八次会议听取和审议了市长张三所作的《政府工作报告》。" + _RESOLUTION_BODY * 2 + "\n"
    )
    meta = extract_metadata(clean(text), (), source_name="file.txt", original=text)
    assert meta.title == "临江市第一届人民代表大会第八次会议关于政府工作报告的决议"
    assert meta.issuer == "临江市第一届人民代表大会第八次会议"


def test_the_lined_reads_session_goes_with_the_resolution_title_it_found() -> None:
    import dataclasses

    from models.ingest.metadata_issuer_reasons import IssuerReason, ReasonKind
    from models.ingest.metadata_oneline import with_lined_read
    from models.types import Metadata

    session = IssuerReason("the session that adopts the resolution", ReasonKind.SESSION)

    direct = Metadata(
        title=None, issuer="临江市人民政府", date=None, doc_number=None, index_number=None,
        extra={"发布机构依据": "the congress of the place the report is about"},
    )  # fmt: skip
    lined = Metadata(
        title="临江市第三届人民代表大会第一次会议关于政府工作报告的决议",
        issuer="临江市第三届人民代表大会第一次会议",
        date="1993-03-12", doc_number=None, index_number=None,
        extra={"标题依据": "head line", "发布机构依据": session},
    )  # fmt: skip
    read = with_lined_read(direct, lined, [])
    assert read.title == lined.title and read.issuer == "临江市第三届人民代表大会第一次会议"
    # a lined read's other issuers never replace the direct read's
    other = dataclasses.replace(
        lined, issuer="临江市某局", extra={"发布机构依据": IssuerReason("title", ReasonKind.TITLE)}
    )
    assert with_lined_read(direct, other, []).issuer == "临江市人民政府"


def test_a_photo_caption_naming_the_speakers_office_and_the_congress_is_no_title() -> None:
    from models.ingest.title_rescue import _NAMED_SPEAKER_LABEL

    assert _NAMED_SPEAKER_LABEL.match("县长李献文向大会作政府工作报告")
    assert _NAMED_SPEAKER_LABEL.match("孙志刚作政府工作报告") and _NAMED_SPEAKER_LABEL.match("赵永峰做了政府工作报告")
    assert not _NAMED_SPEAKER_LABEL.match("临江县2010年政府工作报告")
    text = (
        "县长李献文向大会作政府工作报告 |\n"
        "本站讯 1月18日,临江县第十五届人民代表大会第三次会议在县电影院隆重开幕。来自全县各条战线的人大代表聚集一堂,"
        "共商大计。县长李献文代表县人民政府向大会作政府工作报告,报告回顾了过去一年的工作。\n"
    )
    assert _title(text) is None
