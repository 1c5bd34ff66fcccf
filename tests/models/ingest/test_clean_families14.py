"""Page chrome families met on the session-14 discovery set, each written for its family."""

from __future__ import annotations

import pytest

from models.ingest.chrome_code import is_code_line
from models.ingest.clean import clean

_BODY = (
    "2025年是某市财政很不平凡的一年。在市委、市政府的坚强领导下，市财政局坚持稳中求进，较好完成各方面任务目标，"
    "为全市高质量发展提供坚实保障。一、2025年财政收支情况。实现一般公共预算收入380亿元，增长3.5%。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "var _hmt = _hmt || [];",
        "(function() {",
        "})();",
        'var s = document.getElementsByTagName("script")[0];',
        "s.parentNode.insertBefore(hm, s);",
        'hm.src = "https://hm.example.com/hm.js?cca1b7b068";',
        "// IE8 兼容配置",
        "// 执行实例的init方法",
        '$("#slh").on("click", function() { // 执行实例的 init 方法',
        "slhInstance.init(); // slhInstance 为全局变量",
        '$("#imgConac").attr("title","党政机关").attr("alt","党政机关");',
        "window.open($(this).val(), '_blank');",
        ".plus {",
        "table.cssTable{",
        "line-height: 32px;",
        "min-height: 280px",
        "border-left:solid 1px #d6d6d6;",
        "FONT-SIZE: 12px;FONT-FAMILY: 宋体;",
        "table.cssTable .cssTdTitle{FONT-WEIGHT: bolder; FONT-SIZE: 24px;FONT-FAMILY: 宋体; COLOR: #000000;}",
        'table.cssTable .cssTd1{FONT-SIZE: 12px; HEIGHT:30PX;valign ="bottom" ;border-right:solid 1px #d6d6d6;}',
        "#imgConac{width:52px;height:64px;}",
        "}",
    ],
)
def test_a_line_of_script_or_style_sheet_is_code(line: str) -> None:
    assert is_code_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "实现一般公共预算收入380亿元，增长3.5%；",
        "（一）一般公共预算收支情况。",
        "uphold the general principle of pursuing progress while ensuring stability, and apply the new philosophy;",
        ";",
        "GDP: 2.4%;",
        "附件：1. 某某方案.doc",
        "http://www.example.gov.cn/art/2021/1/1/art_1.html",
        "（2021）",
        "color: 红色的横幅挂满街道，群众热情高涨。",
    ],
)
def test_report_text_is_no_code(line: str) -> None:
    assert not is_code_line(line)


_SCRIPT = (
    'var _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement("script");\n'
    '  var s = document.getElementsByTagName("script")[0];\n  s.parentNode.insertBefore(hm, s);\n})();\n'
)
_STYLE = "".join(f".c{k} {{\n  line-height: 32px;\n  margin: 10px 0 0 0;\n  font-size: 14px;\n}}\n" for k in range(8))
_MENU = [
    "登录",
    "繁体版",
    "无障碍辅助浏览",
    "首页",
    "政务公开",
    "政府信息公开",
    "政策法规",
    "机关党建",
    "专题聚焦",
    "重点领域信息公开（财政数据）",
    "工程建设项目资金管理信息",
    "某市政府采购代理机构基本信息公示",
    "业务介绍",
    "联系方式",
    "互动交流",
    "咨询投诉",
    "诉求办结情况",
    "办理情况统计",
]
_LINKS = ["友情链接", "中央人民政府门户网站", "外交部", "财政部", "国家统计局", "省级政府网站", "某市人民政府网站"]


def _page() -> str:
    return (
        "某市财政局政务网站 - 某市财政局政务网站\n"
        + _SCRIPT * 2
        + "\n".join(_MENU)
        + "\n"
        + _SCRIPT
        + _STYLE
        + "某市财政局2025年工作总结与2026年工作安排\n"
        + "信息来源：本网  发布日期：2026-02-27\n"
        + _BODY
        + "\n".join(_LINKS)
        + "\n"
        + _SCRIPT
        + "某市财政局主办\n建议使用1024 X 768分辨率，IE8.0以上版本浏览器浏览本站\n"
    )


def test_a_page_saved_with_its_script_style_menu_and_links_reads_as_its_report() -> None:
    # a portal page saved as text with its tags stripped (disc14 1238): the script and style sheet fill more
    # than forty lines before the title, the menu a link a line, the friends' links a ministry a line after the text
    display = clean(_page()).display_text
    lines = display.split("\n")
    assert lines[0] == "某市财政局2025年工作总结与2026年工作安排"
    assert lines[-1].endswith("增长3.5%。")
    assert "function" not in display and "line-height" not in display
    for label in _MENU + _LINKS:
        assert label not in lines


def test_a_short_menu_run_does_not_take_the_title_between_tool_bars() -> None:
    # a title between a breadcrumb and a tool bar is the report's own: a line naming a report is a menu's link
    # only when another title is still to come
    page = "首页 > 政务公开\n某县2024年工作总结\n【字体：大 中 小】\n打印本页\n" + _BODY
    assert clean(page).display_text.startswith("某县2024年工作总结")


@pytest.mark.parametrize(
    "counter",
    ["本篇文章2875字,读完约7分钟", "全文共3200字，阅读大约需要8分钟", "（芙蓉区区长某某作政府工作报告邓正可摄）"],
)
def test_a_reading_time_counter_and_a_bracketed_caption_in_the_text_are_chrome(counter: str) -> None:
    # a news page's counters (disc14 1212) and a caption in brackets with its photographer glued to 摄 (disc14 1220;
    # the credit family of 1033, 1177, 724)
    page = "2011年政府工作报告\n" + _BODY + counter + "\n" + _BODY
    lines = clean(page).display_text.split("\n")
    assert counter not in lines
    assert lines[-1].endswith("增长3.5%。")


def test_a_sentence_about_photographs_stays() -> None:
    page = "2011年政府工作报告\n" + _BODY + "（组织摄影家采风活动，共拍摄作品三百余幅，邓正可摄）\n"
    assert "采风活动" in clean(page).display_text


@pytest.mark.parametrize(
    "line",
    [
        "您好,欢迎访问某某文档",  # a doc store's greeting (corpus: five store pages)
        "欢迎来到某某报告网!",
        "你好,欢迎访问某某区人民政府",
        "网站支持IPv6某某区人民政府  欢迎您!",  # a portal's badge and greeting, anywhere on the page
        "网站支持IPv6",
        "本站已启用无障碍浏览系统,欢迎点击访问!",  # an accessibility bar (1195)
        "保护视力色:字体颜色:〔绿〕恢复默认",
        "站内检索:",  # a search box's label (1177)
        "设为主页 加入收藏",
        "联系客服",
    ],
)
def test_a_sites_greeting_badge_and_tools_are_chrome_wherever_they_stand(line: str) -> None:
    # the chrome-wrapped variants (eval_variants.py --only chrome) set such lines at the page's foot, where no
    # neighbour tells them apart: the line alone must
    page = "2011年政府工作报告\n" + _BODY + line + "\n"
    assert line not in clean(page).display_text.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "欢迎光临指导，谢谢大家。",
        "支持以IPv6（互联网协议第6版）等技术改造企业网络。",
        "本站已启用无障碍设施改造，全年完成改造点位120个。",
    ],
)
def test_report_sentences_with_such_words_stay(line: str) -> None:
    page = "2011年政府工作报告\n" + _BODY + line + "\n"
    assert line in clean(page).display_text


@pytest.mark.parametrize("width", [32, 34, 35, 39])
def test_wraps_a_pdf_copy_marked_with_spaces_join_figures_too(width: int) -> None:
    # eval_variants.py wrapspaces (866's shape): a statistics paragraph laid out in printed lines, each wrap a
    # space, figures split by it (城镇用户 22 200户); its few spaces between Chinese characters show the width, a
    # chain of wraps one printed line apart the rest
    para = (
        "全县上下认真贯彻落实县委县政府的决策部署,坚持稳中求进工作总基调,全年完成邮政业务总量325万元,比上年下降"
        "6.07%;完成电信业务收入2529万元,比上年增长13.56%。全县交换机容量113000门,固定电话用户12300户。其中:农村"
        "用户3600户,城镇用户8700户。小灵通用户2250户。移动电话用户22200户,电话用户总数36750户。平均百人拥有电话数"
        "17.2部。互联网上网用户360户。"
    )
    text = "某县2004年统计公报\n" + "\n".join(q + para for q in ("一季度", "二季度", "三季度", "四季度")) + "\n"
    wrapped = _wrap_with_spaces(text, width)
    figures = ("2529万元", "13.56%", "22200户", "2250户", "12300户")
    split = [f for f in figures if f not in wrapped]
    assert split
    display = clean(wrapped).display_text
    for figure in split:
        assert display.count(figure) == 4


def _wrap_with_spaces(text: str, width: int) -> str:
    from benchmarks.variant_transforms import wrap

    wrapped, breaks = wrap(text.replace(" ", ""), width)
    chars = list(wrapped)
    for b in breaks:
        chars[b] = " "
    return "".join(chars)
