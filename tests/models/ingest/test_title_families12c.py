"""Title families seen on held-back reports (session 12): a portal's accessibility tool bar over a headline, a
place's line over a dated title."""

from __future__ import annotations

from models.ingest import parse_raw
from models.ingest.chrome_blocks import classify_blocks
from models.ingest.chrome_lines import classify_line
from models.ingest.metadata_titles import headline
from models.ingest.read import RawText


def _raw(text: str) -> RawText:
    return RawText(text, "utf-8", "txt", "0")


_LEAD = (
    "5月8日，某县教育局召开2024年教育重点工作推进会，会议总结前一阶段工作完成情况，"
    "分析存在的短板与不足，研究部署下一阶段重点工作。"
)


def test_tool_bar_row_is_no_piece_of_the_headline() -> None:
    # 某县政务网 无障碍浏览 / 进入适老化模式 | 长者模式: the portal's tool bar, then the news item's headline
    for row in ("某县政务网 无障碍浏览", "关怀版 长者模式", "某市人民政府 适老化"):
        found = headline([row, "某县教育局召开2024年教育重点工作推进会", _LEAD])
        assert found.value == "某县教育局召开2024年教育重点工作推进会", row


def test_headline_alone_still_read() -> None:
    assert headline(["某县教育局召开2024年教育重点工作推进会", _LEAD]).value == "某县教育局召开2024年教育重点工作推进会"


_BULLETIN = (
    "2023年，面对复杂多变的外部环境，在市委、市政府的坚强领导下，全市上下攻坚克难，经济运行稳中向好。\n"
    "一、综合\n全年地区生产总值完成320亿元，比上年增长5.1%。\n"
)


def test_place_line_over_dated_title() -> None:
    # 某 某 市 / 2023年国民经济和社会发展统计公报: the place set on its own line (spaced out or not) over the title
    for place in ("某 山 市", "某山县"):
        doc = parse_raw(_raw(f"{place}\n2023年国民经济和社会发展统计公报\n{_BULLETIN}"), "x.txt")
        assert doc.metadata.title == place.replace(" ", "") + "2023年国民经济和社会发展统计公报"


def test_dated_title_without_place_line_unchanged() -> None:
    doc = parse_raw(_raw(f"2023年国民经济和社会发展统计公报\n{_BULLETIN}"), "x.txt")
    assert doc.metadata.title == "2023年国民经济和社会发展统计公报"


_NOTICE = (
    "各乡镇人民政府，县直有关单位：\n"
    "《某县“十四五”交通运输发展规划》已经县政府同意，现印发给你们，请结合实际认真组织实施。\n"
    "某县人民政府办公室\n2022年5月10日\n{own}\n一、发展基础\n"
    "“十三五”期间，全县交通运输事业快速发展，综合交通网络不断完善，运输服务水平稳步提升。\n"
)


def test_notice_document_named_a_little_differently_under_signature() -> None:
    # the notice's 《…发展规划》 for the document's own …发展总体规划 right under the signature date
    own = "某县“十四五”交通运输发展总体规划"
    doc = parse_raw(_raw(_NOTICE.format(own=own)), "x.txt")
    assert doc.metadata.title == own


def test_notice_document_of_another_kind_not_taken() -> None:
    # a line under the date that ends otherwise (…规划目录) is no own title
    doc = parse_raw(_raw(_NOTICE.format(own="某县“十四五”交通运输发展规划目录")), "x.txt")
    assert doc.metadata.title != "某县“十四五”交通运输发展规划目录"


def test_font_size_tool_bar_is_no_farm_word() -> None:
    # a portal's 收藏 字号：大 中 小 under a 通知 title with no year and no place: the notice's own title, not a
    # content farm's label (only a farm's words, 下载 会员 文库, say the page is a farm's)
    lines = [
        "关于调整部分行政事业性收费有关政策的通知",
        "收藏字号：   大   中   小",
        "财税[2019]7号",
        "发展改革委、税务总局，各省、自治区、直辖市财政厅(局)：",
        "为切实减轻企业负担，经国务院批准，现就调整部分行政事业性收费有关政策通知如下：",
        "一、停征部分收费项目。以前年度欠缴的上述收费，相关执收单位应当足额征收或及时清算，并按照规定全额上缴国库。",
    ]
    blocks = classify_blocks(lines, [classify_line(line) for line in lines])
    assert blocks.roles[0] == "body"
    assert blocks.roles[1] == "chrome"
