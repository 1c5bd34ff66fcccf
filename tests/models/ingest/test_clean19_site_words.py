"""Site words (session 19): a page's word count and reading time are a site's, never a report's (672
``本文共9296字,仅``, 1612 ``共计5398个字,预计阅读时长18分钟``, 1610 ``〔此文共1749字〕``); a portal's hot-query bar."""

from __future__ import annotations

from models.ingest.chrome_debris import is_page_debris
from models.ingest.clean_site_words import site_word_count


def test_word_counts_and_reading_times_are_site_words() -> None:
    for line in ("本文共9296字,仅", "共计5398个字,预计阅读时长18分钟。", "本篇文章2875字,读完约7分钟", "此文共1749字"):
        assert site_word_count(line) >= 1, line
    assert is_page_debris("本文共9296字,仅")
    assert is_page_debris("admin 分享 时间: 加入收藏 共计5398个字,预计阅读时长18分钟。")


def test_a_report_counting_characters_or_minutes_is_no_site() -> None:
    for line in (
        "全年共培训2000人次,编印宣传资料3万份。",
        "平均每人阅读时间约30分钟,较上年增加5分钟。",
        "共计120个村完成改厕任务。",
    ):
        assert site_word_count(line) == 0, line


def test_a_portal_hot_query_bar_is_chrome() -> None:
    from models.ingest.chrome_lines import classify_line

    for line in ("热点查询:长治黎城旅游", "• 搜索热词: 社保 赫章"):
        assert classify_line(line).kind == "chrome", line
    assert classify_line("热点查询服务平台建设稳步推进,全年受理群众咨询1.2万件。").kind == "body"


def test_a_portal_link_to_its_table_file_is_debris() -> None:
    # a file's name closing a line is the page's, as a store's .docx title is (disc19 1739: …决算报表.xls)
    assert is_page_debris("/某市中医医院2023年度决算报表.xls")
    assert is_page_debris("2021年度部门决算公开说明.pdf")
    assert not is_page_debris("1.某市中医医院2023年度决算报表.xls")  # a notice's numbered attachment
