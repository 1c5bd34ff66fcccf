"""Reading every supported format: the text, the detected encoding, the format and hash."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from models.ingest.read import RawText, read_bytes, read_file

ROOT = Path(__file__).resolve().parents[3]
FORMATS = ROOT / "tests" / "fixtures" / "formats"
SEED_TRADITIONAL = ROOT / "seeds" / "2020_县科经局_工作总结及2021年工作要点_繁体.txt"
SEED_SIMPLIFIED = ROOT / "seeds" / "2020_市经信局_工作总结和2021年工作计划.txt"

EXPECTED_LINES = [
    "某市统计局2023年工作总结",
    "一、总体情况",
    "2023年，全市地区生产总值增长12.5%，规模以上工业增加值增长8.3%。",
    "（一）经济运行稳中有进",
    "固定资产投资完成356.7亿元，同比增长6.2%。",
    "1.工业生产持续回升",
    "全年新增规模以上企业45家。",
    "2.消费市场逐步回暖",
    "社会消费品零售总额增长9.1%。",
    "（二）民生保障持续加强",
    "城镇新增就业1.2万人，城镇登记失业率控制在3.5%以内。",
    "二、存在问题",
    "部分指标增速放缓，统计基础仍较薄弱。",
    "三、2024年工作计划",
    "（一）强化统计监测",
    "按季度开展经济运行分析，全年完成专题报告20篇。",
    "某市统计局",
    "2023年12月28日",
]


def _lines(raw: RawText) -> list[str]:
    return [line for line in raw.text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("report_gb18030.txt", "gb18030"),
        ("report_utf16le_bom.txt", "utf-16"),
        ("report_utf8_bom.txt", "utf-8"),
    ],
)
def test_text_files_decode_to_the_report(name: str, encoding: str) -> None:
    raw = read_file(FORMATS / name)
    assert raw.encoding == encoding
    assert raw.source_format == "txt"
    assert _lines(raw) == EXPECTED_LINES
    assert "\r" not in raw.text
    assert not raw.text.startswith("\ufeff")


def test_big5_file_is_read_as_big5_traditional_text() -> None:
    raw = read_file(FORMATS / "report_big5.txt")
    assert raw.encoding == "big5"
    lines = _lines(raw)
    assert lines[0] == "某市統計局2023年工作總結"
    assert lines[1] == "一、總體情況"
    assert "2023年，全市地區生產總值增長12.5%，規模以上工業增加值增長8.3%。" in lines
    assert lines[-1] == "2023年12月28日"


def test_content_hash_is_sha256_of_the_file_bytes() -> None:
    path = FORMATS / "report_gb18030.txt"
    assert read_file(path).content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_read_file_and_read_bytes_agree() -> None:
    path = FORMATS / "report_numbered.docx"
    assert read_file(path) == read_bytes(path.read_bytes(), path.name)


def test_docx_paragraphs_carry_word_numbering_and_table_cells() -> None:
    raw = read_file(FORMATS / "report_numbered.docx")
    assert raw.source_format == "docx"
    assert raw.encoding is None
    lines = _lines(raw)
    table = ["指标", "增速", "地区生产总值", "12.5%"]
    at = lines.index("城镇新增就业1.2万人，城镇登记失业率控制在3.5%以内。") + 1
    assert lines[at : at + 4] == table
    assert lines[:at] + lines[at + 4 :] == EXPECTED_LINES


def test_html_page_keeps_body_text_and_drops_chrome() -> None:
    raw = read_file(FORMATS / "report_gbk.html")
    assert raw.source_format == "html"
    assert raw.encoding == "gb18030"  # declared gb2312, decoded with its superset
    lines = _lines(raw)
    for expected in EXPECTED_LINES:
        assert expected in lines
    assert "指标 增速" in lines
    for dropped in (
        "统计代码",
        "脚本文字",
        "font-family",
        "首页",
        "政务公开",
        "门户网站",
        "版权所有",
        "请开启脚本",
        "广告",
        "搜索",
    ):
        assert dropped not in raw.text, dropped


def test_html_without_declaration_is_detected_like_text() -> None:
    page = "<html><body><div>工作總結</div><p>經濟運行穩中有進，增長12.5%。</p></body></html>"
    raw = read_bytes(page.encode("big5"), "page.htm")
    assert raw.encoding == "big5"
    assert raw.text == "工作總結\n經濟運行穩中有進，增長12.5%。"


def test_html_block_elements_become_lines_and_inline_stays_joined() -> None:
    page = "<body><h2>一、总体<b>情况</b></h2><p>第一行<br>第二行</p><ul><li>甲</li><li>乙</li></ul></body>"
    raw = read_bytes(page.encode("utf-8"), "p.html")
    assert raw.text == "一、总体情况\n第一行\n第二行\n甲\n乙"


def test_html_wrong_declaration_falls_back_to_detection() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>工作总结：增长12.5%</p></body></html>'
    raw = read_bytes(page.encode("gb18030"), "p.html")
    assert raw.encoding == "gb18030"
    assert raw.text == "工作总结：增长12.5%"


def test_pdf_text_layer_is_extracted_page_by_page() -> None:
    raw = read_file(FORMATS / "report_text.pdf")
    assert raw.source_format == "pdf"
    assert raw.encoding is None
    assert _lines(raw) == EXPECTED_LINES


def test_seed_with_gbk_slip_garbage_is_utf8_content_unchanged() -> None:
    data = SEED_TRADITIONAL.read_bytes()
    raw = read_file(SEED_TRADITIONAL)
    assert raw.encoding == "utf-8"
    assert "工作成效?,F(xiàn)將2020" in raw.text
    assert raw.text == data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def test_seed_simplified_is_utf8() -> None:
    raw = read_file(SEED_SIMPLIFIED)
    assert raw.encoding == "utf-8"
    assert raw.text.startswith("市经信局2020年工作总结和2021年工作计划")


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "utf-16", "utf-8-sig"])
def test_seed_simplified_survives_reencoding(codec: str) -> None:
    text = SEED_SIMPLIFIED.read_text(encoding="utf-8").replace("\r\n", "\n")
    text = text.encode("gbk", errors="replace").decode("gbk")  # keep to what GBK can hold
    raw = read_bytes(text.encode(codec), "seed.txt")
    assert raw.text == text


def test_traditional_seed_reencoded_in_big5_is_detected() -> None:
    text = SEED_TRADITIONAL.read_text(encoding="utf-8").replace("\r\n", "\n")
    text = text.encode("big5", errors="replace").decode("big5")
    raw = read_bytes(text.encode("big5"), "seed.txt")
    assert raw.encoding == "big5"
    assert raw.text == text


@pytest.mark.parametrize(
    "text",
    ["工作总结", "一、总体情况", "增长12.5%", "政府", "经济发展", "我局全年完成"],
)
def test_short_simplified_text_in_gb18030_is_not_taken_for_big5(text: str) -> None:
    raw = read_bytes(text.encode("gb18030"), "short.txt")
    assert (raw.text, raw.encoding) == (text, "gb18030")


@pytest.mark.parametrize("text", ["工作總結", "經濟發展", "縣科經局", "政府", "我局全年完成"])
def test_short_traditional_text_in_big5_is_not_taken_for_gb(text: str) -> None:
    raw = read_bytes(text.encode("big5"), "short.txt")
    assert (raw.text, raw.encoding) == (text, "big5")


def test_text_suffix_and_upper_case_suffix_are_accepted() -> None:
    assert read_bytes("报告".encode(), "A.TEXT").text == "报告"
    assert read_bytes("报告".encode(), "B.TXT").source_format == "txt"


def test_newlines_are_normalised() -> None:
    raw = read_bytes("一\r\n二\r三\n四\x0c五".encode(), "n.txt")
    assert raw.text == "一\n二\n三\n四\n五"


def test_utf16_big_endian_and_bomless_utf16_are_read() -> None:
    text = "工作总结\n增长12.5%"
    assert read_bytes("\ufeff".encode("utf-16-be") + text.encode("utf-16-be"), "be.txt").text == text
    raw = read_bytes(text.encode("utf-16-le"), "nobom.txt")
    assert (raw.text, raw.encoding) == (text, "utf-16")


def test_a_few_bad_bytes_inside_gbk_text_are_kept_visible() -> None:
    good = ("二〇二〇年工作总结，全年增长12.5%。\n" * 20).encode("gb18030")
    damaged = good[:100] + b"\x81\x20" + good[100:]  # lead byte followed by an invalid trail
    raw = read_bytes(damaged, "d.txt")
    assert raw.encoding == "gb18030"
    assert raw.text.count("\ufffd") == 1
    assert "全年增长12.5%" in raw.text


def test_docx_text_box_is_read_once_and_deleted_text_is_left_out() -> None:
    import io

    import docx
    from docx.oxml import parse_xml

    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    )
    box = "<w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent>"
    run = parse_xml(
        f'<w:r {ns}><w:t>正文</w:t><mc:AlternateContent><mc:Choice Requires="wps">{box}</mc:Choice>'
        f"<mc:Fallback>{box}</mc:Fallback></mc:AlternateContent></w:r>"
    )
    deleted = parse_xml(f"<w:del {ns}><w:r><w:delText>已删除</w:delText></w:r></w:del>")
    document = docx.Document()
    p = document.add_paragraph()
    p._p.append(run)
    p._p.append(deleted)
    document.add_paragraph("下一段\t有制表符")
    buffer = io.BytesIO()
    document.save(buffer)
    raw = read_bytes(buffer.getvalue(), "文本框.docx")
    assert raw.text == "正文\n框内文字\n下一段\t有制表符"


def test_large_files_are_judged_on_a_sample_and_decoded_whole() -> None:
    text = SEED_TRADITIONAL.read_text(encoding="utf-8").replace("\r\n", "\n")
    text = text.encode("big5", errors="replace").decode("big5") + "\n"
    data = text.encode("big5") * 40  # well beyond the sample the codec is chosen on
    raw = read_bytes(data, "large.txt")
    assert raw.encoding == "big5"
    assert raw.text == text * 40


def test_html_hidden_and_chrome_named_elements_are_dropped() -> None:
    page = (
        "<!DOCTYPE html><html><body>"
        '<div class="breadcrumb">当前位置：首页 &gt; 政务公开</div>'
        '<ul id="menu"><li>机构概况</li></ul>'
        '<div style="display: none">隐藏内容</div><p hidden>也隐藏</p>'
        '<div role="navigation">导航条</div>'
        '<div class="header"><h1>某局2023年工作总结</h1></div>'
        "<!-- 注释不显示 --><p>正文第一段。</p>"
        '<div class="footer">主办单位</div>'
        "</body></html>"
    )
    raw = read_bytes(page.encode("utf-8"), "chrome.html")
    assert raw.text == "某局2023年工作总结\n正文第一段。"


def test_html_without_body_tag_and_with_doctype() -> None:
    raw = read_bytes("<!DOCTYPE html>\n<p>只有段落</p>".encode(), "bare.htm")
    assert raw.text == "只有段落"


@pytest.mark.parametrize("copies", [1, 40])  # judged whole, and judged on a sample then decoded whole
def test_big5_hkscs_text_with_a_rare_place_name_character_is_read(copies: int) -> None:
    # Hong Kong's Big5 (HKSCS) encodes characters plain Big5 and cp950 lack, as in place names (疃, 塱)
    text = (
        "二〇二四年以來，中疃鎮在縣委、縣政府的堅強領導下，全力推進各項工作，元朗塱原濕地保育工作成效顯著。\n" * copies
    )
    raw = read_bytes(text.encode("big5hkscs"), "hkscs.txt")
    assert raw.text == text
    assert raw.encoding == "big5hkscs"
