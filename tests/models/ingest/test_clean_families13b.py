"""Page chrome families met on the session-13 discovery set (1101–1160), each written for its family."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean

REPORT = (
    "——2011年1月12日在某县第十三届人民代表大会第四次会议上\n"
    "各位代表:\n"
    "现在，我代表县人民政府，向大会作政府工作报告，请予审议。\n"
)


@pytest.mark.parametrize("tool", ["访问:次", "浏览：次", "点击: 次", "人工智能朗读:", "语音朗读", "智能朗读全文"])
def test_a_counter_without_its_figure_and_a_read_aloud_tool_are_chrome(tool: str) -> None:
    # 1111 (访问:次, the figure a script filled in lost), 1117 (人工智能朗读:), 305 (…语音朗读)
    page = "2011年政府工作报告\n发布时间:2012-01-01 文章来源:未知\n" + tool + "\n" + REPORT
    display = clean(page).display_text
    assert tool not in display
    assert "请予审议" in display


def test_a_sentence_about_visits_stays() -> None:
    page = "2011年政府工作报告\n" + REPORT + "全年接待访问:次数创新高的来访群众1200人次。\n"
    assert "接待访问" in clean(page).display_text


RELEASE = (
    "上半年,全县规模以上工业增加值同比下降15.4%,降幅比一季度收窄2.1个百分点。\n"
    "分产品产量看,原煤产量1657.8万吨,同比下降14.3%;其中,县属企业完成1094.2万吨,同比下降17.1%;\n"
    "精煤产量947.5万吨,同比下降25.1%;其中,县属企业完成711.1万吨,同比下降25.2%;\n"
    "发电量406461万千瓦时,同比增长5.8%;\n"
    "水泥产量76.4万吨,同比下降8.2%;\n"
    "氧化铝产量39.6万吨,同比下降24.1%。\n"
    "三、发展质效下滑明显,财政收入同比下降\n"
)


def test_a_list_set_one_item_a_line_keeps_its_breaks() -> None:
    # a statistics release's product list (1153): each item ends ; and the next opens its own line
    display = clean(RELEASE).display_text
    assert "同比下降17.1%;\n精煤产量" in display
    assert "同比增长5.8%;\n水泥产量" in display


def test_a_paragraph_broken_after_every_clause_still_runs_on() -> None:
    # a farm's page breaking inside a paragraph after each clause (775, 738): a sentence ends inside its lines
    page = (
        "(一)社会发展开拓新局面。按照疫情要防住、经济要稳住、发展要安全的要求,慎终如始抓好疫情防控,\n"
        "排查国内重点地区人员50000余人次,落实管控7493人;\n"
        "组建核酸采样点18个,储备非医疗背景采样志愿者72人,累计采样100000余人;\n"
        "60周岁以上人群疫苗接种整体覆盖率全区排名第一。稳进提质统筹经济指标,深入实施稳进提质行动,\n"
        "限上消费品零售总额5692万元,同比增长1073.1%;\n"
        "限上批发业销售额31407万元,同比增长281.5%;\n"
        "固定资产投资12.43亿元。连续两个季度获得全区创先争优专项考核B组排名第一。\n"
    )
    display = clean(page).display_text
    assert "7493人;组建核酸采样点" in display


@pytest.mark.parametrize(
    "spam",
    [
        "久久久久久国产精品亚洲78_国产一区内射最近更新_伊人久久大香线蕉综合影院_日本午夜看x费免",
        "SSNI-242吉沢明歩在线",
        "热门搜索: 养老保险  身份证办理  教育入学",
    ],
)
def test_a_hijacked_domains_title_and_a_search_bar_are_chrome(spam: str) -> None:
    # 1127 and 490: a hijacked mirror's adult-video title over the copied report; 490's search bar
    page = spam + "\n2011年政府工作报告\n" + REPORT
    display = clean(page).display_text
    assert spam not in display
    assert "请予审议" in display


@pytest.mark.parametrize(
    "line",
    [
        "加快国产精品视频平台和高清影院建设",  # two strong words never come together in a report line
        "推动亚洲欧美日韩文化交流合作,建设国产高清影院。",
    ],
)
def test_report_lines_with_such_words_stay(line: str) -> None:
    page = "2011年政府工作报告\n" + REPORT + line + "\n"
    assert line in clean(page).display_text


def test_a_red_head_glued_inside_a_sentence_goes_and_a_cited_one_stays() -> None:
    # a doc store's copy of a 公文 PDF glued a page's red head inside a word where the page turned (1149)
    glued = "对有明确时间节点的重许昌市人民政府文件许政〔2020〕21号大工作实行专项督查,加大督查频次。\n"
    cited = "根据许昌市人民政府文件许政〔2020〕21号精神,制定本方案。\n"
    display = clean("各责任单位:\n" + glued + cited).display_text
    assert "对有明确时间节点的重大工作实行专项督查" in display
    assert "根据许昌市人民政府文件许政〔2020〕21号精神" in display


def test_a_prefaces_signed_month_stays_though_the_cover_printed_it() -> None:
    # a reference booklet (1158): cover lines, then 说明 signed by the bureau with the cover's year and month
    page = (
        "某县十四届人大一次会议\n财政预算报告\n参阅材料\n某县财政局\n二〇一二年五月\n说 明\n"
        "为便于各位代表更好地审议预算报告,我们编印了这本参阅材料,供各位代表参阅。\n"
        "由于时间和水平所限,难免有遗漏和不足之处,敬请批评指正。\n"
        "某县财政局\n二〇一二年五月\n目 录\n一、编报说明\n"
    )
    display = clean(page).display_text
    assert "敬请批评指正。\n某县财政局\n二〇一二年五月\n" in display


@pytest.mark.parametrize("credit", ["黑龙江省工业和信息化厅供图", "主办方供图"])
def test_a_photo_credit_closes_its_caption(credit: str) -> None:
    # a news copy's caption with its credit (1106; a 记者…摄 caption line is chrome already, 1033, 724): the next
    # paragraph is no run-on of it
    page = (
        "中新网哈尔滨1月25日电 (记者 江辉)近日,全省工业和信息化工作会议在哈尔滨召开。\n"
        "全省工业和信息化工作会议在哈尔滨召开。" + credit + "\n"
        "会议指出,到2024年,全省加快培育新质生产力,重点新兴产业增加值增长10%以上。\n"
    )
    assert credit + "\n会议指出" in clean(page).display_text
