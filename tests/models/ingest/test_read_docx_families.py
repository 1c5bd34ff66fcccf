"""The .docx families offices send: PDF conversions, letter-spacing, page numbers, saved web pages, numbering."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest import parse_raw
from models.ingest.read import read_bytes
from models.ingest.read_docx_paragraphs import Para, is_page_number, pdf_like, repair, running_heads

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SECTION = '<w:sectPr><w:pgSz w:w="11910" w:h="16840"/></w:sectPr>'


@dataclass
class P:
    """A paragraph of a hand-built .docx: its runs and the layout a converter writes."""

    runs: tuple[str, ...] = ()
    left: int | None = 149
    first_line: int = 0
    jc: str | None = None
    section_after: bool = False  # the converter's one section per printed page
    num_id: str | None = None
    break_first: bool = False  # a page break run opens the paragraph (Ctrl+Enter, or a converter's page)


def _docx(paragraphs: list[P], *, numbering: bool = False) -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    if numbering:
        part = document.part.numbering_part.element
        part.append(
            parse_xml(
                f'<w:abstractNum {W_NS} w:abstractNumId="70"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
            )
        )
        part.append(parse_xml(f'<w:num {W_NS} w:numId="71"><w:abstractNumId w:val="70"/></w:num>'))
    body = document.element.body
    for spec in paragraphs:
        ppr = ""
        if spec.num_id:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{spec.num_id}"/></w:numPr>'
        if spec.left is not None:
            ppr += f'<w:ind w:left="{spec.left}" w:firstLine="{spec.first_line}"/>'
        if spec.jc:
            ppr += f'<w:jc w:val="{spec.jc}"/>'
        if spec.section_after:
            ppr += SECTION
        runs = "".join(f'<w:r><w:t xml:space="preserve">{r}</w:t></w:r>' for r in spec.runs)
        if spec.break_first:
            runs = '<w:r><w:br w:type="page"/></w:r>' + runs
        body.insert(len(body) - 1, parse_xml(f"<w:p {W_NS}><w:pPr>{ppr}</w:pPr>{runs}</w:p>"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _start(*runs: str) -> P:
    return P(runs, first_line=640)  # a paragraph start: first line indented two characters


def _cont(*runs: str) -> P:
    return P(runs)  # the rest of a printed paragraph: at the margin


def _page() -> list[P]:
    return [P(section_after=True), P(), P()]  # the section break and empty paragraphs of a page end


# A converted PDF: every printed line ends in a space, paragraphs start indented, each page its own section.
CONVERTED = [
    P(("关于印发工作方案的通知",), jc="center"),
    _start("各镇人民政府，区各有 ", "关部门："),
    _start("现将《工作方案》印发给你们，请认真贯彻落 ", "实。工作方案已经区政府常务会议审议 ", "通过。"),
    P(("一、总体要求",), left=790),
    _start(
        "以新时代思想为指导，深入贯彻党的会议 ", "精神，按照省、市决策部署，推动产业转型升 ", "级和城市能级提升迈向新阶"
    ),
    *_page(),
    _cont("段。紧紧抓住长三角一体化建设的战略机遇 ", "期，充分发挥区位优势，加快建设枢纽"),
    *_page(),
    _cont("经济，着力做好四篇文章。"),
    P(("二、重点工作",), left=790),
    _start(
        "加强区域联动，推进合作互惠互享。立足区位 ",
        "优势，全面融入一体化发展大局，高效对接都 ",
        "市圈，提升核心竞争力。",
    ),
]


def _lines(data: bytes) -> list[str]:
    return [line for line in read_bytes(data, "方案.docx").text.split("\n") if line]


def test_a_paragraph_a_pdf_conversion_split_at_page_ends_is_one_line_again() -> None:
    lines = _lines(_docx(CONVERTED))
    assert lines[4] == (
        "以新时代思想为指导，深入贯彻党的会议精神，按照省、市决策部署，推动产业转型升级和城市能级提升迈向新阶段。"
        "紧紧抓住长三角一体化建设的战略机遇期，充分发挥区位优势，加快建设枢纽经济，着力做好四篇文章。"
    )
    assert lines[5] == "二、重点工作"


def test_line_end_spaces_of_a_conversion_leave_the_words() -> None:
    lines = _lines(_docx(CONVERTED))
    assert lines[1] == "各镇人民政府，区各有关部门："
    assert lines[2] == "现将《工作方案》印发给你们，请认真贯彻落实。工作方案已经区政府常务会议审议通过。"


def test_headings_titles_and_finished_sentences_are_never_continued() -> None:
    lines = _lines(_docx(CONVERTED))
    assert lines[0] == "关于印发工作方案的通知"  # centred: a title line, not a cut one
    assert lines[3] == "一、总体要求"
    assert lines[-1].startswith("加强区域联动")  # indented: a paragraph start after a finished one


def test_an_indented_paragraph_after_a_page_end_starts_a_new_line() -> None:
    paragraphs = [*CONVERTED[:5], *_page(), _start("新的一段从缩进开始，并不接续上一页的文字，讲的是另一件事情。")]
    lines = _lines(_docx(paragraphs))
    assert lines[-1] == "新的一段从缩进开始，并不接续上一页的文字，讲的是另一件事情。"


def test_word_numbering_stays_a_label_and_a_numbered_paragraph_is_never_a_continuation() -> None:
    paragraphs = [
        *CONVERTED,
        P(("强化科技扶持。全面贯彻落实各项科技政策，支持企业研发",), first_line=640, num_id="71"),
        _cont("创新。"),
        P(("强化人才引育。围绕产业集群引进人才。",), first_line=640, num_id="71"),
    ]
    lines = _lines(_docx(paragraphs, numbering=True))
    assert lines[-2] == "1.强化科技扶持。全面贯彻落实各项科技政策，支持企业研发创新。"
    assert lines[-1] == "2.强化人才引育。围绕产业集群引进人才。"


def test_a_page_break_opening_the_next_paragraph_is_a_page_end_too() -> None:
    paragraphs = [*CONVERTED[:5], P(("段。这一段在新的一页上接着写完。",), break_first=True)]
    lines = _lines(_docx(paragraphs))
    assert lines[-1].endswith("迈向新阶段。这一段在新的一页上接着写完。")
    word = [_start("上一段写完了。"), P(("新的一页从这里开始，是另一部分的内容。",), break_first=True, first_line=640)]
    assert _lines(_docx(word)) == ["上一段写完了。", "新的一页从这里开始，是另一部分的内容。"]


def test_printed_page_numbers_are_dropped_and_the_paragraph_runs_on() -> None:
    paragraphs = [*CONVERTED[:5], P(("— 3 —",), jc="center"), P(), _cont("段，再接下一页的文字。")]
    lines = _lines(_docx(paragraphs))
    assert lines[-1].endswith("迈向新阶段，再接下一页的文字。")
    assert not any(re.fullmatch(r"[—\s]*3[—\s]*", line) for line in lines)


def test_a_running_header_and_footer_kept_as_paragraphs_are_dropped() -> None:
    paragraphs = [*CONVERTED, _start("最后一段从这里开始写，一直写到页末还没有写")]
    for n in (2, 3, 4, 5):
        paragraphs += [
            P((f"— {n} —",), jc="center"),
            P(section_after=True),
            P(("某区加快推进枢纽经济发展三年行动计划",)),
        ]
        paragraphs.append(_cont(f"第{n}页接着写，直到页末还没有写" if n < 5 else "完。"))
    lines = _lines(_docx(paragraphs))
    assert not any("三年行动计划" in line or "—" in line for line in lines)
    pages = "".join(f"第{n}页接着写，直到页末还没有写" for n in (2, 3, 4))
    assert lines[-1] == f"最后一段从这里开始写，一直写到页末还没有写{pages}完。"


def test_word_sections_that_each_open_an_attachment_keep_their_labels() -> None:
    paras = []
    for n in (1, 2, 3):
        paras += [Para(f"附件{n}", page_after=False), Para("附件的正文写在这里，是一段完整的话。", page_after=True)]
    assert running_heads(paras, converted=False) == set()


def test_a_word_document_keeps_its_field_spaces_and_its_paragraphs() -> None:
    paragraphs = [
        P(("关于印发卫生计生规划工作方案的通知 杭卫计办〔2015〕12号",)),
        P(("牵头单位：发改委    配合单位：工信局、商务局",)),
        _start("第一段写到页末还没有说完的一句话，因为这是"),
        P(section_after=True),
        _start("在Word里另起一页的新段落，它自己缩进。"),
    ]
    lines = _lines(_docx(paragraphs))
    assert lines[0] == "关于印发卫生计生规划工作方案的通知 杭卫计办〔2015〕12号"
    assert lines[1] == "牵头单位：发改委    配合单位：工信局、商务局"
    assert lines[-1] == "在Word里另起一页的新段落，它自己缩进。"


def test_letter_spaced_lines_close_up_and_word_spacing_stays() -> None:
    lines = _lines(_docx([P(("政 府 工 作 报 告",), jc="center"), P(("项 目 名 称",)), P(("抄送：市委办 市人大办",))]))
    assert lines == ["政府工作报告", "项目名称", "抄送：市委办 市人大办"]


def test_a_web_page_header_saved_inside_a_docx_is_header_not_body() -> None:
    paragraphs = [
        P(("关于开展服务业发展资助项目申报的通知",), jc="center"),
        P(("发布日期：2017-07-14\u00a0\u00a0浏览次数：275",)),
        P(("各有关企业：",)),
        _start("现将有关事项通知如下：申报时间为2017年7月13日至2017年7月30日，请按时申报。"),
        _start("二、项目在“某区产业发展综合服务平台”网站上（http://sfms.example.gov.cn）进行在线申报。"),
        P(("某区经济促进局",)),
        P(("2017年7月13日",)),
    ]
    parsed = parse_raw(read_bytes(_docx(paragraphs), "通知.docx"), "通知.docx")
    assert "浏览次数" not in parsed.display_text
    assert "现将有关事项通知如下" in parsed.display_text
    assert "进行在线申报" in parsed.display_text  # a section naming the site is the notice's own text
    assert parsed.metadata.date == "2017-07-13"  # the signature date beats the page's


def test_page_numbers_need_digits_alone_only_in_a_conversion() -> None:
    assert is_page_number("- 12 -") and is_page_number("第3页 共9页") and is_page_number("3/9")
    assert not is_page_number("12") and is_page_number("12", bare=True)
    assert not is_page_number("一、总体要求")


_CJK = st.sampled_from(list("区各有关部门工作推进发展经济年月日一二三"))
_TEXT = st.lists(st.one_of(_CJK, st.sampled_from([" ", "，", "。", "1", "\u3000"])), min_size=0, max_size=60).map(
    "".join
)


@st.composite
def _paras(draw: st.DrawFn) -> list[Para]:
    out = []
    for _ in range(draw(st.integers(0, 12))):
        if draw(st.integers(0, 9)) == 0:
            out.append(Para("- 7 -"))
            continue
        out.append(
            Para(
                draw(_TEXT),
                labelled=draw(st.booleans()),
                in_table=draw(st.booleans()),
                centred=draw(st.booleans()),
                start=draw(st.sampled_from([None, 149, 789])),
                page_after=draw(st.booleans()),
            )
        )
    return out


@settings(max_examples=200, deadline=None)
@given(_paras())
def test_repairs_only_remove_spaces_page_numbers_and_running_heads(paras: list[Para]) -> None:
    running = running_heads(paras, converted=pdf_like(paras))
    seen_text = False
    kept = []
    for k, p in enumerate(paras):
        if (p.text == "- 7 -" and seen_text) or k in running:
            continue
        seen_text = seen_text or bool(p.text.strip())
        kept.append(p.text)
    squeeze = re.compile(r"\s+")
    assert squeeze.sub("", "".join(repair(paras))) == squeeze.sub("", "".join(kept))


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(_TEXT, st.booleans(), st.booleans()), min_size=1, max_size=6))
def test_offsets_of_a_converted_docx_point_at_the_same_characters(spec: list[tuple[str, bool, bool]]) -> None:
    paragraphs = [*CONVERTED]
    for text, indented, page in spec:
        paragraphs.append(P((text.replace("\u3000", " "),), first_line=640 if indented else 0, section_after=page))
    raw = read_bytes(_docx(paragraphs), "方案.docx")
    parsed = parse_raw(raw, "方案.docx")
    arr = parsed.offset_map.to_array()
    for i, ch in enumerate(parsed.display_text):
        if ch.strip():
            assert parsed.original_text[arr[i]] == ch, (i, ch)


def test_a_text_box_anchored_mid_sentence_follows_its_paragraph() -> None:
    import docx
    from docx.oxml import parse_xml

    ns = f'{W_NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = "<w:txbxContent><w:p><w:r><w:t>— 3 —</w:t></w:r></w:p></w:txbxContent>"
    document = docx.Document()
    document.element.body.insert(
        0,
        parse_xml(
            f"<w:p {ns}><w:r><w:t>加快推进枢纽经济</w:t></w:r>"
            f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{box}</mc:Choice>'
            f"<mc:Fallback>{box}</mc:Fallback></mc:AlternateContent></w:r>"
            "<w:r><w:t>高质量发展。</w:t></w:r></w:p>"
        ),
    )
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_bytes(buffer.getvalue(), "框.docx").text.split("\n")[:2] == ["加快推进枢纽经济高质量发展。", "— 3 —"]


def test_text_moved_with_tracked_changes_is_read_once_where_it_now_stands() -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.element.body.insert(
        0,
        parse_xml(
            f'<w:p {W_NS}><w:moveFrom w:id="1" w:author="a"><w:r><w:t>移走的话。</w:t></w:r></w:moveFrom>'
            "<w:r><w:t>留下的话。</w:t></w:r>"
            '<w:moveTo w:id="2" w:author="a"><w:r><w:t>移走的话。</w:t></w:r></w:moveTo></w:p>'
        ),
    )
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_bytes(buffer.getvalue(), "修订.docx").text.split("\n")[0] == "留下的话。移走的话。"
