"""The page's end after the report's last paragraph, decided in one place by position and block evidence (issue 17):
the short, sentence-free lines below the footer's first chrome line go with it, in any words and separators; the
report's own closing lines (signature, date, 此件公开发布) stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.ingest import parse_raw
from models.ingest.clean import clean
from models.ingest.read import read_bytes
from models.ingest.removed import removed_spans

TEXT = (
    "各位代表:\n现在,我代表区人民政府,向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见。\n"
    "一、过去一年工作回顾\n2023年是全面贯彻党的二十大精神的开局之年,全区上下坚持稳中求进,地区生产总值增长6%,"
    "一般公共预算收入增长5.2%,城乡居民人均可支配收入稳步增长。"
)
# the same report hard-wrapped at 24 cells, as a PDF copy is (no line reaches 30 characters)
WRAPPED = (
    "各位代表:\n现在,我代表区人民政府,向大会报告工作,请予\n审议,并请各位政协委员和列席人员提出意见。\n"
    "一、过去一年工作回顾\n2023年是全面贯彻党的二十大精神的开局之\n年,全区上下坚持稳中求进,地区生产总值增\n"
    "长6%,城乡居民人均可支配收入稳步增长。"
)


def _check(page: str, chrome: list[str], kept: list[str]) -> None:
    result = clean(page)
    lines = [ln for ln in result.display_text.split("\n") if ln.strip()]
    removed = "".join(page[s:e] for s, e in removed_spans(page, result.offset_map))
    for c in chrome:
        assert c not in lines, c
        assert c.replace(" ", "") in removed.replace(" ", ""), c
    for k in kept:
        assert k in result.display_text, k


@pytest.mark.parametrize(
    "footer",
    [
        ["返回顶部", "网站支持IPv6"],
        ["返回顶部", "某某市政府门户网站 政务邮箱"],
        ["• 举报", "某某省人民政府网站 领导信箱", "网站支持IPv6"],
        ["版权声明", "特别推荐 | 文 献 | 统计资料", "站点支持IPv6访问"],
        ["网站地图", "某某网 / 某某电视台 / 联系我们"],
        ["- 举报", "首页 - 加入收藏 - 网站地图", "某某市门户网站 公众信箱", "要闻 · 专题 · 统计数据"],
    ],
)
@pytest.mark.parametrize("text", [TEXT, WRAPPED])
def test_short_lines_below_a_footer_line_are_the_footer(text: str, footer: list[str]) -> None:
    _check("\n".join([text, *footer]), footer, [text.split("\n")[-1]])


@pytest.mark.parametrize(
    "footer",
    [
        ["特别推荐 | 文 献 | 统计资料", "央视网|中国网络电视台|网站地图"],
        ["要闻｜专题｜统计数据", "某某网｜某某台｜联系我们"],
    ],
)
def test_menu_rows_after_a_wrapped_report_are_chrome(footer: list[str]) -> None:
    _check("\n".join([WRAPPED, *footer]), footer, ["长6%,城乡居民人均可支配收入稳步增长。"])


@pytest.mark.parametrize("text", [TEXT, WRAPPED])
def test_the_reports_own_closing_lines_stay(text: str) -> None:
    own = ["某某区人民政府", "2024年1月5日", "（此件公开发布）"]
    _check("\n".join([text, *own, "返回顶部", "网站支持IPv6"]), ["返回顶部", "网站支持IPv6"], own)


def test_a_closing_line_after_a_lone_tool_word_stays() -> None:
    # one chrome word does not make the lines under it a footer when they are the report's (a signature block)
    page = "\n".join([TEXT, "打印", "某某县发展和改革局", "二〇二四年一月五日"])
    _check(page, ["打印"], ["某某县发展和改革局", "二〇二四年一月五日"])


@pytest.mark.parametrize("tail", ["82%", "增长7.5%", "12.3‰"])
def test_a_figure_under_a_store_notice_stays(tail: str) -> None:
    # a paywall notice cut a paragraph: its tail (a figure) is text, not the footer's
    page = "\n".join([TEXT, "……(某某网省略801字,正式会员可完整阅读)……", tail])
    _check(page, [], [tail])


# an excerpt cut mid-paragraph (no full stop at its end), the portal's lines right under it
CUT = TEXT + "\n三、今后工作安排\n坚持稳中求进工作总基调,全面推进高质量发展,统筹抓好产业升级、城乡建设、民生保障"


@pytest.mark.parametrize(
    "footer",
    [
        ["网站支持IPv6", "客服设为首页", "版权声明"],
        ["某某市政府门户网站 政务邮箱", "• 举报", "网站地图"],
        ["某某网｜某某台｜联系我们", "返回顶部"],
        ["站点支持IPv6", "举报"],
    ],
)
@pytest.mark.parametrize("text", [TEXT, CUT])
def test_a_portal_line_over_the_footer_is_chrome(text: str, footer: list[str]) -> None:
    _check("\n".join([text, *footer]), footer, [text.split("\n")[-1]])


def test_a_short_line_over_the_footer_stays_unless_a_portal_says_it() -> None:
    page = "\n".join([TEXT, "本报告由区统计局负责解释", "版权声明", "返回顶部"])
    _check(page, ["版权声明", "返回顶部"], ["本报告由区统计局负责解释"])


@pytest.mark.parametrize("row", ["自然人 | 法人或其他组织", "申请人｜商业企业｜科研机构", "项目 | 金额"])
def test_a_table_row_over_the_footer_stays(row: str) -> None:
    # a flattened table closing the text: its last row has bars like a bar of links, but a row of cells is above it
    page = "\n".join(
        [
            TEXT,
            "三、收到和处理政府信息公开申请情况",
            "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||",
            row,
            "版权声明",
            "• 举报",
        ]
    )
    _check(page, ["版权声明", "• 举报"], [row.split("|")[0].split("｜")[0].strip()])


@pytest.mark.parametrize(
    "bar",
    [
        ["当前位置 : 首页 > 信息公开 > 规划计划", "智能问答 | 无障碍浏览 | 长者专区 | ENGLISH"],
        ["您当前的位置:首页 > 政务公开", "无障碍浏览", "• 扫一扫在手机打开当前页"],
        ["关怀版 无障碍 无障碍", "首页 > 工作总结"],
    ],
)
def test_a_portals_tool_bar_does_not_make_the_title_a_content_farms(bar: list[str]) -> None:
    # a government portal's accessibility bar is not a content farm's evidence: its title is the report's
    title = "街道办事处年终总结"
    page = "\n".join([*bar, title, "时间:2021-08-31", TEXT])
    assert parse_raw(read_bytes(page.encode("utf-8"), "x.txt"), "x.txt").metadata.title == title


@pytest.mark.parametrize(
    "bar",
    [
        ["欢迎来到某某网!", "无障碍浏览 长者模式", "扫一扫在手机上查看当前页面", "首页 >> 公开信息内容"],
        ["【打印】 【字体:", "当前位置:首页 > 工作总结", "关怀版 无障碍 无障碍"],
        ["分享到:", "您的位置:首页 >信息公开>正文"],
    ],
)
def test_title_pieces_under_a_tool_bar_stay(bar: list[str]) -> None:
    # 805 is set a token a line (XX ⏎ 镇 ⏎ 2023 ⏎ 年政府工作报告): the title's pieces right under the page's
    # chrome are the report's, not the tool bar's
    path = next((Path(__file__).parents[2] / "corpus" / "reports").glob("805_*.txt"))
    page = "\n".join([*bar, path.read_text(encoding="utf-8")])
    _check(page, bar, [])
    assert parse_raw(read_bytes(page.encode("utf-8"), "x.txt"), "x.txt").metadata.title == "XX镇2023年政府工作报告"


def test_one_classifier_decides_the_tail_lists_sidebar_footer_and_keeps_the_reports_own_lines() -> None:
    from models.ingest.chrome_tail import page_tail

    lines = [
        "全年地区生产总值增长6%,一般公共预算收入增长5.2%,城乡居民人均可支配收入稳步增长。",
        "某某县发展和改革局",  # the signature: the report's own
        "2024年1月5日",
        "相关文章",  # a list's head (chrome already): the articles under it go
        "关于做好2024年春节期间安全生产工作的通知 2024-01-03",
        "县政府召开常务会议",
        "流动党员之家",  # a sidebar's links closing the page, no chrome line among them
        "机关党建",
        "讲文明树新风",
    ]
    roles = ["body"] * len(lines)
    roles[3] = "chrome"
    reasons = ["", "", "", "line", "", "", "", "", ""]
    page_tail(lines, roles, reasons, 0)
    assert roles == ["body", "body", "body", "chrome", "chrome", "chrome", "chrome", "chrome", "chrome"]


def test_a_portals_footer_naming_itself_closes_the_page_with_no_chrome_line_among_it() -> None:
    from models.ingest.chrome_tail import page_tail

    lines = [
        "全年地区生产总值增长6%,一般公共预算收入增长5.2%,城乡居民人均可支配收入稳步增长。",
        "某某县人民政府办公室",
        "某某市政府门户网站 政务邮箱",
        "网站支持IPv6",
    ]
    roles, reasons = ["body"] * 4, [""] * 4
    page_tail(lines, roles, reasons, 0)
    assert roles == ["body", "body", "chrome", "chrome"]
    # one line alone naming a site is no footer's evidence (a report may close naming its own website)
    roles, reasons = ["body"] * 3, [""] * 3
    page_tail(lines[:3], roles, reasons, 0)
    assert roles == ["body", "body", "body"]


@pytest.mark.parametrize(
    "files",
    [
        # 1376: the portal's download links repeat the text's own 附件 list with the files' extensions
        ["附件1：2025年度某市财政决算公开数据表（含目录）.pdf", "附件2：2025年度某市本级财政决算相关重要事项说明.pdf"],
        ["2024年某县部门预算公开表.xlsx", "关于2024年某县预算草案的报告.docx", "政策解读.pdf"],
    ],
)
def test_a_portals_download_links_under_its_download_head_go(files: list[str]) -> None:
    own = (
        "附件：\n1.2025年度某市财政决算公开数据表（含目录）\n2.2025年度某市本级财政决算相关重要事项说明\n"
        "某市财政局\n2026年7月13日"
    )
    page = TEXT + "\n" + own + "\n附件下载\n" + "\n".join(files) + "\n纠错\n关闭"
    _check(page, chrome=files, kept=["1.2025年度某市财政决算公开数据表", "某市财政局"])
