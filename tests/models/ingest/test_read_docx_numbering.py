"""Word automatic numbering: counters, restarts, overrides, styles and number formats."""

from __future__ import annotations

import io

import pytest
from lxml import etree

from models.ingest.read import read_bytes
from models.ingest.read_docx_numbering import Numbering, chinese_counting, format_number

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def _numbering(abstracts: dict[str, str], nums: dict[str, str]) -> etree._Element:
    body = "".join(f'<w:abstractNum w:abstractNumId="{aid}">{lv}</w:abstractNum>' for aid, lv in abstracts.items())
    body += "".join(f'<w:num w:numId="{nid}">{inner}</w:num>' for nid, inner in nums.items())
    return etree.fromstring(f"<w:numbering {NS}>{body}</w:numbering>")


def _p(num_id: str | None = None, ilvl: int | None = None, style: str | None = None) -> etree._Element:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num_id is not None:
        lvl = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        ppr += f'<w:numPr>{lvl}<w:numId w:val="{num_id}"/></w:numPr>'
    return etree.fromstring(f"<w:p {NS}><w:pPr>{ppr}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>")


CHINESE_THREE_LEVELS = (
    _lvl(0, "chineseCounting", "%1、")
    + _lvl(1, "chineseCounting", "（%2）")
    + _lvl(2, "decimal", "%3.", extra='<w:suff w:val="nothing"/>')
)


def _labels(nb: Numbering, paragraphs: list[etree._Element]) -> list[str]:
    return [nb.label_for(p) for p in paragraphs]


def test_counters_run_per_level_and_deeper_levels_restart() -> None:
    nb = Numbering.from_parts(_numbering({"0": CHINESE_THREE_LEVELS}, {"1": '<w:abstractNumId w:val="0"/>'}), None)
    seq = [(0,), (1,), (2,), (2,), (1,), (2,), (0,), (1,)]
    labels = _labels(nb, [_p("1", level[0]) for level in seq])
    assert labels == ["一、", "（一）", "1.", "2.", "（二）", "1.", "二、", "（一）"]


def test_lvl_restart_zero_keeps_counting_across_higher_levels() -> None:
    levels = _lvl(0, "chineseCounting", "%1、") + _lvl(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>')
    nb = Numbering.from_parts(_numbering({"0": levels}, {"1": '<w:abstractNumId w:val="0"/>'}), None)
    labels = _labels(nb, [_p("1", 0), _p("1", 1), _p("1", 0), _p("1", 1)])
    assert labels == ["一、", "1.", "二、", "2."]


def test_start_value_and_multilevel_text() -> None:
    levels = _lvl(0, "decimal", "%1.", start=3) + _lvl(1, "decimal", "%1.%2")
    nb = Numbering.from_parts(_numbering({"0": levels}, {"1": '<w:abstractNumId w:val="0"/>'}), None)
    assert _labels(nb, [_p("1", 0), _p("1", 1), _p("1", 1), _p("1", 0)]) == ["3.", "3.1 ", "3.2 ", "4."]


def test_start_override_restarts_a_new_list_instance() -> None:
    nums = {
        "1": '<w:abstractNumId w:val="0"/>',
        "2": '<w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>',
    }
    nb = Numbering.from_parts(_numbering({"0": CHINESE_THREE_LEVELS}, nums), None)
    assert _labels(nb, [_p("1", 0), _p("1", 0), _p("2", 0), _p("2", 0)]) == ["一、", "二、", "一、", "二、"]


def test_instances_without_override_share_the_abstract_counter() -> None:
    nums = {"1": '<w:abstractNumId w:val="0"/>', "2": '<w:abstractNumId w:val="0"/>'}
    nb = Numbering.from_parts(_numbering({"0": CHINESE_THREE_LEVELS}, nums), None)
    assert _labels(nb, [_p("1", 0), _p("2", 0)]) == ["一、", "二、"]


def test_numbering_through_style_and_its_base_style() -> None:
    styles = etree.fromstring(
        f"<w:styles {NS}>"
        '<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="H1x"><w:basedOn w:val="H1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:ilvl w:val="1"/>'
        '<w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        "</w:styles>"
    )
    nb = Numbering.from_parts(_numbering({"0": CHINESE_THREE_LEVELS}, {"1": '<w:abstractNumId w:val="0"/>'}), styles)
    paragraphs = [_p(style="H1"), _p(style="H2"), _p(style="H1x"), _p(style="Normal"), _p("0", 0, style="H1")]
    assert _labels(nb, paragraphs) == ["一、", "（一）", "二、", "", ""]


def test_unknown_num_id_and_bullets_give_no_label() -> None:
    levels = _lvl(0, "bullet", "\uf0b7")
    nb = Numbering.from_parts(_numbering({"0": levels}, {"1": '<w:abstractNumId w:val="0"/>'}), None)
    assert _labels(nb, [_p("1", 0), _p("9", 0)]) == ["", ""]


def test_legal_numbering_shows_decimals() -> None:
    levels = _lvl(0, "chineseCounting", "%1、") + _lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>")
    nb = Numbering.from_parts(_numbering({"0": levels}, {"1": '<w:abstractNumId w:val="0"/>'}), None)
    assert _labels(nb, [_p("1", 0), _p("1", 1)]) == ["一、", "1.1 "]


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "一"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (21, "二十一"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
        (1005, "一千零五"),
        (20000, "二万"),
    ],
)
def test_chinese_counting(n: int, expected: str) -> None:
    assert chinese_counting(n) == expected


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (3, "decimal", "3"),
        (3, "ideographTraditional", "丙"),
        (2, "ideographZodiac", "丑"),
        (4, "decimalEnclosedCircle", "④"),
        (12, "decimalFullWidth", "１２"),
        (4, "upperRoman", "IV"),
        (27, "lowerLetter", "aa"),
        (5, "decimalZero", "05"),
        (3, "chineseLegalSimplified", "叁"),
        (12, "chineseCountingThousand", "十二"),
        (2, "none", ""),
        (7, "someFutureFormat", "7"),
    ],
)
def test_number_formats(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


def test_docx_built_in_memory_shows_labels_in_body_text() -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = docx.Document()
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="40">'
        + _lvl(0, "ideographTraditional", "%1.")
        + "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="41"><w:abstractNumId w:val="40"/></w:num>'))
    for text in ("甲项工作", "乙项工作"):
        p = document.add_paragraph(text)
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="41"/></w:numPr>')
        )
    document.add_paragraph("没有编号的段落")
    buffer = io.BytesIO()
    document.save(buffer)
    raw = read_bytes(buffer.getvalue(), "内存.docx")
    assert raw.text.split("\n") == ["甲.甲项工作", "乙.乙项工作", "没有编号的段落"]
