"""A portal's menu rows (session 27): a two-character link letter-spaced to its neighbours' width, links up to eight
characters beside the home link (2320 浙江在线 开化支站)."""

from __future__ import annotations

import pytest

from models.ingest.clean_edges import is_menu_row


@pytest.mark.parametrize(
    "row",
    [
        " 首 页   时政要闻   图片新闻   天下新闻   公告公示   天南地北开化人   平安开化",
        " 专 题   综合新闻   电视新闻   生活资讯   图说开化   县外媒体看开化   人文开化",
        "首 页   政务公开   办事服务   互动交流   走进德清   美丽乡村看德清",
        "专 栏  部门动态  乡镇动态  通知公告  政策解读  图说桐乡",
    ],
)
def test_a_menu_row_with_letter_spaced_or_long_links_is_a_menu(row: str) -> None:
    assert is_menu_row(row)


@pytest.mark.parametrize(
    "row",
    [
        "王 伟   李同道   张永斌   赵持平   刘涛涛",  # names: three characters, no home link
        "公开方式 主动公开 所属机构 海原县卫生健康局 责任部门 海原县卫生健康局",  # a field row: eight-character value
        "一 是 二 是 三 是 四 是 五 是",  # a letter-spaced run of single characters
        "坚持稳中求进 推动高质量发展 建设现代化经济体系 深化改革开放 保障改善民生",
    ],
)
def test_a_row_of_names_fields_or_slogans_is_no_menu(row: str) -> None:
    assert not is_menu_row(row)
