"""Outline families from the misses of the session-14 discovery set's second half (reports held back during round 1):
the top of the tree of a notice that prints its document. Each test is a short made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_spaced_out_attachment_line_heads_the_attachment_of_a_notice() -> None:
    # 公文 typography spaces out a two-character line (附  件, as 前  言): the attachment's page opens with it
    lines = [
        "关于印发《某市减免房屋租金实施方案》的通知",
        "各县（市）区人民政府：",
        "现将《某市减免房屋租金实施方案》印发给你们。",
    ]
    lines += ["附件：某市减免房屋租金实施方案", "某市发展和改革委员会", "2020年6月20日", "附\xa0\xa0件"]
    lines += ["某市减免房屋租金", "实施方案", PARA, "一、落实租金减免政策", "（一）明确实施主体。" + PARA]
    lines += ["二、加强督促实施", PARA]
    got = flat("\n".join(lines))
    assert [(lv, label.replace("\xa0", ""), title) for lv, label, title in got] == [
        (1, "附件", ""),
        (2, "", "某市减免房屋租金\n实施方案"),
        (3, "一、", "落实租金减免政策"),
        (4, "（一）", "明确实施主体"),
        (3, "二、", "加强督促实施"),
    ]


def test_an_ocr_copys_document_title_one_character_misread_still_governs_its_sections() -> None:
    # an OCR'd red-head notice: its sentence cut at the page end (no full stop), the printed document's title misread
    # in one character (关千 for 关于) as the notice's title misreads it
    lines = ["某政发〔2020〕15号", "某市人民政府印发关千进一步激发消费需求若干措施的通知", "各区人民政府，市各委办局："]
    lines += ["《关于进一步激发消费需求的若干措施》已经市政府常务会议研究同意，现印发给你们，请认真贯", "— 1 —"]
    lines += ["关千进一步激发消费需求的若干措施", "为进一步稳住经济基本盘，制定如下措施。" + PARA]
    lines += ["一、鼓励促销活动", "1.开展促销活动。" + PARA, "2.开发文旅产品。" + PARA, "二、改造消费场所", PARA]
    assert flat("\n".join(lines)) == [
        (1, "", "关千进一步激发消费需求的若干措施"),
        (2, "一、", "鼓励促销活动"),
        (3, "1.", "开展促销活动"),
        (3, "2.", "开发文旅产品"),
        (2, "二、", "改造消费场所"),
    ]


def test_a_paragraph_quoting_a_name_does_not_make_a_line_of_another_name_a_title() -> None:
    # a name differing in two characters from the one quoted is another document: no title (the misread is one)
    lines = ["某市人民政府关于做好消费工作的通知", "各区人民政府，市各委办局："]
    lines += ["《关于进一步激发消费需求的若干措施》已经市政府常务会议研究同意，现印发给你们，请认真贯", "— 1 —"]
    lines += ["关千进一步激发投资需求的若干措施", "为进一步稳住经济基本盘，制定如下措施。" + PARA]
    lines += ["一、鼓励促销活动", PARA, "二、改造消费场所", PARA]
    assert flat("\n".join(lines))[0] == (1, "一、", "鼓励促销活动")


def test_a_portal_headline_naming_two_documents_is_no_paragraph_of_a_notice() -> None:
    # 南京印发《A》和《B》 over A's own title (1083): the title is the document's, the headline no notice's sentence
    # (the page cut the paragraph under the title before its stop: no prose before the first heading)
    lines = ["某市印发《关于全面加强和改进学校体育工作的实施意见》和《关于全面加强和改进学校美育工作的实施意见》"]
    lines += [
        "关于全面加强和改进学校体育工作的实施意见",
        "为深入贯彻落实《中共中央办公厅印发〈关于加强学校体育工作的意见〉的通知》以及《省委办公厅印发关于加强和改",
    ]
    lines += ["一、总体要求", "(一)指导思想", PARA, "(二)基本原则", PARA]
    assert flat("\n".join(lines))[0] == (1, "一、", "总体要求")


def test_the_short_attachment_mark_of_a_one_line_copy_labels_the_forwarded_documents_title() -> None:
    # a law site's one-line copy of a 转发 notice: 附: then the name the notice forwards, on the same line
    text = (
        "某市人民政府办公厅转发省联席会议办公室关于督查情况的通报的通知 各县区人民政府: 2005年11月11日至14日, "
        "督查组对我市专项行动进行了现场检查。"
        + PARA
        * 3
        + "现将省联席会议办公室《关于督查情况的通报》转发给你们,请认真整改。 "
        "二○○五年十一月二十一日 附: 关于督查情况的通报 各市州人民政府: 根据国务院办公厅的要求,督查组对我省进行了督查。"
        + PARA
        * 3
    )
    assert flat(text) == [(1, "附", "关于督查情况的通报")]


def test_a_short_attachment_mark_before_an_unnamed_line_is_no_heading() -> None:
    text = (
        "某市人民政府办公厅关于做好督查工作的通知 各县区人民政府: 2005年11月11日至14日, "
        "督查组对我市专项行动进行了现场检查,请认真整改。"
        + PARA * 3
        + " 二○○五年十一月二十一日 附: 督查情况 根据要求,督查组对我省进行了督查。"
        + PARA * 3
    )
    assert all(label != "附" for _, label, _ in flat(text))
