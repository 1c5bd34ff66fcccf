"""The issuer's order to its end (session 18b): a text that names no one of its own passes over the steps reading
its voice but still asks its signature and the page (a 来源 line), and the one reading of a page's ``来源``."""

from __future__ import annotations

from dataclasses import replace

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_issuer_source import source_bureau, source_office


def _read(text: str) -> tuple[str | None, str | None]:
    meta = extract_metadata(clean(text), (), source_name="file.txt", original=text)
    return meta.issuer, meta.extra.get("发布机构依据")


_RELEASE = """游仙区2023年上半年经济运行情况

{source}

今年上半年,游仙区地区生产总值完成150.2亿元,同比增长6.5%。其中,第一产业增加值18.3亿元,同比增长3.9%。

规模以上工业增加值同比增长8.1%,社会消费品零售总额60.5亿元,同比增长7.2%。
"""


def test_an_economy_release_naming_no_one_takes_the_bureau_its_source_line_names() -> None:
    # 1529's family: the release speaks as no one, 1186/1190 stay unknown; the page's 来源 line still names it
    assert _read(_RELEASE.format(source="2023-07-20 10:33文章来源: 统计局")) == (
        "游仙区统计局",
        "the bureau a source line or a bracket after the title names",
    )
    assert _read(_RELEASE.format(source="2023-07-20 10:33 来源: 本站"))[0] is None


def test_a_source_line_is_read_as_the_header_parser_reads_it_its_key_glued_to_the_time_or_not() -> None:
    title = "游仙区2019年国民经济和社会发展统计公报"
    for line in ("2020-04-20 10:33文章来源: 统计局", "2020-04-20 10:33 信息来源：统计局", "来源:统计局 作者:张三"):
        chrome = replace(clean("正文。"), header_lines=(), chrome_lines=(line,))
        assert source_bureau(title, chrome, []) == "游仙区统计局", line
        assert source_bureau(title, clean("正文。"), [line]) == "游仙区统计局", line


def test_a_source_glued_to_a_key_the_parser_does_not_know_or_to_the_next_label_is_still_read() -> None:
    # 1528 收录时间:…来源:, 102/1503 …信息来源: 某局阅读次数:编辑:… (the old regex missed the latter)
    for line, body in (
        ("收录时间:2024-05-22来源:南湖区统计局", "南湖区统计局"),
        ("发布时间:2024-03-28 09:33信息来源: 芜湖市教育局阅读次数:编辑:倪雪梅 字体:【", "芜湖市教育局"),
    ):
        assert source_bureau("2024年工作要点", clean("正文。"), [line]) == body, line


def test_the_office_a_source_names_never_a_paper_a_site_or_a_repost() -> None:
    assert source_office("区卫健委 关闭页面") == "区卫健委"
    assert source_office("长河市统计局") == "长河市统计局"
    for value in ("本站", "转载", "长河日报", "长河市融媒体中心", "长河新闻网", "", None):
        assert source_office(value) is None, value
