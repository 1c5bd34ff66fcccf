"""The bureau a page's source line or a bracket after the title names (1529, 1570), placed by the title."""

from dataclasses import replace

from models.ingest.clean import CleanText, clean
from models.ingest.metadata_issuer_source import source_bureau


def _page(*header: str) -> CleanText:
    return replace(clean("正文。"), header_lines=tuple(header), chrome_lines=())


def test_bare_source_bureau_takes_the_title_place() -> None:
    title = "游仙区2019年国民经济和社会发展统计公报"
    assert source_bureau(title, _page("2020-04-20 10:33文章来源: 统计局"), []) == "游仙区统计局"


def test_leveled_source_bureau_takes_a_title_place_of_that_level() -> None:
    title = "滨城区2023年工作总结"
    assert source_bureau(title, _page("来源:区卫生健康委"), []) == "滨城区卫生健康委"
    assert source_bureau("北京市2022年度部门决算", _page("来源:区卫生健康委"), []) is None


def test_bracket_after_the_title_names_the_bureau() -> None:
    title = "2016年工作总结和2017年工作思路"
    assert source_bureau(title, _page(), [title, "(鹿城区发改局)"]) == "鹿城区发改局"


def test_placed_source_needs_no_title_place() -> None:
    assert source_bureau("2024年工作总结", _page("来源：鹿城区统计局 时间:2024-01-02"), []) == "鹿城区统计局"


def test_no_place_anywhere_names_nobody() -> None:
    assert source_bureau("区农业农村局2022年工作规划", _page("来源:区农业农村局"), []) is None
    assert source_bureau("2022年城市管理和综合执法工作报告", _page("来源:市城管局 2022-03-10"), []) is None


def test_site_or_office_sources_are_no_bureau() -> None:
    for line in ("来源:网友投稿", "来源:政府办", "来源:蚂蚁范文网"):
        assert source_bureau("游仙区2019年工作总结", _page(line), []) is None


def test_a_government_report_is_never_the_reposting_bureau() -> None:
    assert source_bureau("商城县2012年政府工作报告", _page("来源:河南省发改委"), []) is None
