"""Page furniture around a report, decided by evidence over blocks (issue 17): each family on a made-up page,
with harder variants (split differently, other brackets, other words); the report's own lines stay."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.clean_edges import is_crumb_line
from models.ingest.removed import removed_spans
from tests.models.ingest._reading import display_lines as _lines

OPENING = "各位代表:\n现在,我代表区人民政府,向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见。"
BODY = (
    "一、过去一年工作回顾\n2023年是全面贯彻党的二十大精神的开局之年,全区上下坚持稳中求进,地区生产总值增长6%,"
    "一般公共预算收入增长5.2%,城乡居民人均可支配收入稳步增长。"
)


def _gone(page: str, chrome: list[str]) -> None:
    """Each chrome line leaves the display and shows as removed text of the original (显示原文)."""
    result = clean(page)
    lines = [ln for ln in result.display_text.split("\n") if ln.strip()]
    removed = "".join(page[s:e] for s, e in removed_spans(page, result.offset_map))
    for c in chrome:
        assert c not in lines, c
        assert c.replace(" ", "") in removed.replace(" ", ""), c


@pytest.mark.parametrize(
    "lines",
    [
        ["编辑:许某", "编审:陈某", "监制:游某"],
        ["【责编:王某】", "美编 : 李某"],
        ["编审:陈某 监制:游某"],
        ["(某某在线编辑:王某) |"],  # a news site's credit, its name before 编辑, a table cell's bar after
    ],
)
def test_editor_lines_after_a_news_item(lines: list[str]) -> None:
    page = "某县财政顺利实现“双过半”\n" + BODY + "(某县财政局国库股 皮某某)\n" + "\n".join(lines)
    _gone(page, lines)
    assert _lines(page)[-1].endswith("(某县财政局国库股 皮某某)")


@pytest.mark.parametrize(
    "edition",
    ["第02版:聚焦2024年全国交通运输工作会议", "第A03版:要闻", "第 5 版 : 综合新闻", "第十二版:理论"],
)
def test_an_e_paper_edition_line_over_the_article(edition: str) -> None:
    page = edition + "\n本版新闻列表\n2023年12月22日 星期五\n某部长在2024年全国工作会议上的讲话\n" + BODY
    _gone(page, [edition, "本版新闻列表"])
    assert "某部长在2024年全国工作会议上的讲话" in _lines(page)


@pytest.mark.parametrize("player", ["点击收听年报语音朗读", "【语音朗读】", "点击播放 收听全文"])
def test_an_audio_player_link_over_the_text(player: str) -> None:
    page = player + "\n根据《政府信息公开条例》规定,现将2020年度本局政府信息公开工作年度报告如下。\n" + BODY
    _gone(page, [player])


@pytest.mark.parametrize(
    "crumbs",
    [
        [">政务频道 >政务公开 >本局文件"],
        ["政务频道 » 政务公开 » 本局文件"],
        ["当前位置: 首页", "> 政务公开", "> 通知公告"],
        ["您所在的位置:", "首页 › 信息公开 › 部门文件"],
        ["1. 当前位置:", "  2. 首页 > 政务公开 > 某县人民政府 > 政府工作报告", "  3. > 正文"],  # an <ol> breadcrumb
    ],
)
def test_a_breadcrumb_split_over_lines(crumbs: list[str]) -> None:
    page = "\n".join(crumbs) + "\n\n某市卫生健康委关于印发2023年工作要点的通知\n" + OPENING + "\n" + BODY
    _gone(page, crumbs)
    assert _lines(page)[0] == "某市卫生健康委关于印发2023年工作要点的通知"


def test_a_flow_of_steps_inside_the_body_stays() -> None:
    text = OPENING + "\n" + "办理流程:申请 > 受理 > 审核 > 办结\n" + BODY
    assert "办理流程:申请 > 受理 > 审核 > 办结" in _lines(text)


@pytest.mark.parametrize("column", ["计划总结", "工作动态", "通知公告", "政策文件"])
def test_a_portal_column_name_over_the_page(column: str) -> None:
    page = (
        column + "\n索 引 号: 002482365/2023-00095 公开日期: 2023-04-22\n"
        "某省卫生健康委关于印发2023年某省卫生健康工作要点的通知\n" + OPENING + "\n" + BODY
    )
    _gone(page, [column])
    assert _lines(page)[0] == "某省卫生健康委关于印发2023年某省卫生健康工作要点的通知"


def test_a_title_set_over_two_lines_keeps_its_second_half() -> None:
    page = "某某区人民政府\n工作报告\n——2024年1月5日在某某区第一届人民代表大会第三次会议上\n" + OPENING + "\n" + BODY
    assert _lines(page)[:2] == ["某某区人民政府", "工作报告"]


@pytest.mark.parametrize(
    ("site", "column"), [("某区人民政府", "政府信息公开"), ("某县发展和改革局", "【字体:大 中 小】")]
)
def test_a_portal_name_over_its_navigation(site: str, column: str) -> None:
    page = site + "\n" + column + "\n某市某区商务局2021年部门决算\n责任编辑: 来源: 发布时间:2023-11-06\n" + BODY
    _gone(page, [site])
    assert _lines(page)[0] == "某市某区商务局2021年部门决算"


def test_an_issuer_line_under_the_title_stays() -> None:
    page = "某县2023年工作总结\n某县人民政府\n【字体:大 中 小】\n" + BODY
    assert "某县人民政府" in _lines(page)


@pytest.mark.parametrize(
    "blurb",
    [
        "工作计划是对一定时期的工作预先作出安排。以下是第一文档网分享的2021年全区水利工作总结,希望能帮助到大家!",
        "以下是小站为大家整理的某局工作总结范例,仅供参考,希望对大家有帮助。",
        "以下是本网为您精选的工作总结,欢迎阅读与收藏。",
    ],
)
def test_a_content_farm_blurb(blurb: str) -> None:
    page = "某局2020年工作总结\n" + blurb + "\n" + BODY
    _gone(page, [blurb])


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("第1页共8页区水利局工作总结报告今年以来,在区委的正确领导下,", "第1页共8页"),
        ("第 2 页 / 共 8 页 全区各项水利工作有序推进,取得一定成效。", "第 2 页 / 共 8 页"),
        ("全区各项水利工作有序推进,共8页第3页取得一定成效。", "共8页第3页"),
    ],
)
def test_a_doc_store_page_marker_fused_into_the_text(line: str, marker: str) -> None:
    shown = "".join(_lines(line))
    assert marker.replace(" ", "") not in shown.replace(" ", "")
    assert "取得一定成效" in shown or "正确领导下" in shown


@pytest.mark.parametrize(
    ("label", "pieces"),
    [
        ("新任组长述职报告精品(七篇)", ["新任组长述职报告", "篇(1)"]),
        ("城管局副局长述职报告范文五篇-某某平台", ["城管局副局长述职报告", "城管局副局长述职报告篇1"]),
        ("局长述职报告精选【三篇】", ["局长述职报告", "局长述职报告 篇一"]),
    ],
)
def test_a_farm_collection_label_and_its_piece_numbers(label: str, pieces: list[str]) -> None:
    page = label + "\n时间:2023-02-13 04:47:19\n" + "\n".join(pieces) + "\n各位领导、同志们:\n"
    page += "现在,我代表局党组做年度述职报告,请各位领导、同志们予以评议。\n" + BODY
    _gone(page, [label, *pieces])
    assert _lines(page)[0] == "各位领导、同志们:"


@pytest.mark.parametrize(
    ("label", "opening"),
    [
        ("2024年科技局局长述职述廉报告", "XX年,在县委、县政府的正确领导下,全县科技工作成效明显。现述职如下:"),
        ("交通运输局2024年工作总结及2024年工作思路范文", "xxxx年,极其特殊、意义非凡。我局圆满完成年度目标任务。"),
        ("2024年县政府半年工作总结", "一、关于xx上半年工作\n在县委的正确领导下,全县经济保持了快速发展的良好势头。"),
        ("2023年乡镇工作总结", "20__年,在镇党委的正确领导下,全镇各项工作取得新成效。"),
    ],
)
def test_a_farm_label_dating_a_text_whose_year_is_a_placeholder(label: str, opening: str) -> None:
    page = label + "\n\n" + opening + "\n" + BODY.replace("2023年是", "这一年是")
    _gone(page, [label])


def test_a_title_whose_year_the_text_writes_stays() -> None:
    page = "某县2023年工作总结\n\nXX年,在县委的正确领导下,全县完成2023年各项目标任务。\n" + BODY
    assert _lines(page)[0] == "某县2023年工作总结"


def test_a_store_label_repeating_the_title_in_a_one_line_text() -> None:
    line = "2021年上半年某乡政府工作总结工作总结 2021年上半年某乡政府工作总结今年以来,乡党委政府认真落实各项要求。"
    assert clean(line).display_text.startswith("2021年上半年某乡政府工作总结今年以来")
    variant = "某局2022年工作总结 范文 某局2022年工作总结今年以来,全局上下认真落实各项要求。"
    assert clean(variant).display_text.startswith("某局2022年工作总结今年以来")


@pytest.mark.parametrize(
    "line",
    [
        "以下是根据各单位报送材料整理的主要指标完成情况,请各位代表审议。",
        "这些经验是我们在实践中总结整理的,希望对大家今后的工作有所启发,供各单位参考。",
        "办理流程:申请→受理→审核→办结",
        "第二版修订后的管理办法已经印发,请各单位认真执行。",
    ],
)
def test_report_sentences_near_the_new_site_words_stay(line: str) -> None:
    text = OPENING + "\n" + BODY + "\n" + line
    assert _lines(text)[-1] == line


@pytest.mark.parametrize(
    "line",
    [
        "相关文章",
        "猜你喜欢",
        "上一版 下一版",
        "版面导航",
        "免费阅读已结束,点击下载阅读编辑剩下 ...",
        "本文由用户上传,如有侵权请联系删除",
        "声明:本文内容由互联网用户自发贡献,该文观点仅代表作者本人",
        "原标题:某区召开大会",
        "点赞 收藏 评论",
        "您是第1234位访客",
        "网站标识码:1234567890",
    ],
)
def test_link_list_heads_store_disclaimers_and_counters_after_the_text(line: str) -> None:
    page = "某区2024年政府工作报告\n" + OPENING + "\n" + BODY + "\n" + line
    _gone(page, [line])


@pytest.mark.parametrize(
    "line",
    [
        "（三）开通政务微信公众号",
        "（二）打击侵权假冒行为",
        "相关部门要加强协作,形成工作合力。",
        "热门景点接待游客120万人次,增长15%。",
        "联系人:张某,联系电话:0123-12345678",
    ],
)
def test_report_lines_near_the_link_list_words_stay(line: str) -> None:
    text = OPENING + "\n" + BODY + "\n" + line
    assert _lines(text)[-1] == line


@pytest.mark.parametrize("head", ["相关文章", "推荐阅读", "猜你喜欢"])
def test_the_links_listed_under_a_link_list_head(head: str) -> None:
    links = ["某区召开2024年经济工作会议", "区领导调研重点项目建设 2023-12-01", "某区举行招商引资签约仪式[2023-11-28]"]
    page = "某区2024年政府工作报告\n" + OPENING + "\n" + BODY + "\n某区人民政府\n2024年1月5日\n" + head + "\n"
    page += "\n".join(links)
    _gone(page, [head, *links])
    assert _lines(page)[-2:] == ["某区人民政府", "2024年1月5日"]


def test_a_full_width_letter_spaced_stretch() -> None:
    assert "市委十届七次全会" in "".join(_lines("全面落实\n市　委　十　届　七　次全　会　及　国　家\n部署。"))


def test_a_placeholder_year_in_full_width_letters() -> None:
    page = "2024年科技局局长述职报告\n\nＸＸ年,在县委、县政府的正确领导下,全县科技工作成效明显。\n" + BODY.replace(
        "2023年是", "这一年是"
    )
    _gone(page, ["2024年科技局局长述职报告"])


@pytest.mark.parametrize(
    "line",
    [
        "• 长辈版",
        "长者模式 无障碍 繁体",
        "欢迎访问某某区人民政府网站!",
        "今天是:2024年1月5日 星期五",
        "首页 政务公开 政府信息公开 部门文件",
        "站内搜索",
        "扫码阅读手机版",
        "微博",
    ],
)
def test_a_portal_banner_and_its_tools(line: str) -> None:
    for page in (line + "\n某区2024年政府工作报告\n" + OPENING + "\n" + BODY, OPENING + "\n" + BODY + "\n" + line):
        _gone(page, [line])


@pytest.mark.parametrize(
    "line", ["（四）开通政务微博微信", "（二）更新信息公开指南和目录", "首页改版和栏目调整工作全部完成。"]
)
def test_report_lines_near_the_banner_words_stay(line: str) -> None:
    text = OPENING + "\n" + line + "\n" + BODY
    assert line in _lines(text)


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("2021-09-27 15:52  市民政局 [字号: ] 打印", "时间: 2021-09-27 15:52 来源: 市民政局"),
        ("2023/5/4 县发展和改革局 【打印】【关闭】", "时间: 2023/5/4 来源: 县发展和改革局"),
        ("2023年12月22日 星期五", "时间: 2023年12月22日"),
        ("2023年12月22日 星期", "时间: 2023年12月22日"),  # the weekday cut by the page store
    ],
)
def test_a_portal_info_line_and_an_issue_date_go_to_the_header(line: str, header: str) -> None:
    page = "2020年度某市民政部门决算\n" + line + "\n第一部分部门概况\n" + BODY
    result = clean(page)
    assert header in result.header_lines
    assert line not in result.display_text


def test_a_delivery_line_with_a_space_after_its_date_stays() -> None:
    page = "某县政府工作报告\n2024年1月5日 在某县第十八届人民代表大会第三次会议上\n" + OPENING + "\n" + BODY
    assert "2024年1月5日 在某县第十八届人民代表大会第三次会议上" in _lines(page)


@pytest.mark.parametrize(
    "line",
    [
        "本版编辑:张某",
        "【本版责编:李某】",
        "第01版 第02版 第03版 第04版",
        "第A01版:要闻 第A02版:综合",
        "往期回顾",
        "版面概览",
    ],
)
def test_e_paper_furniture_after_the_article(line: str) -> None:
    page = "第02版:聚焦全国工作会议\n某部长在2024年全国工作会议上的讲话\n" + BODY + "\n" + line
    _gone(page, [line, "第02版:聚焦全国工作会议"])


def test_a_news_items_byline_stays() -> None:
    text = "本报讯(记者 张某)" + BODY.split("\n")[1]
    assert _lines(text) == [text]


@pytest.mark.parametrize(
    ("line", "start"),
    [
        (
            "人民代表大会乡长政府工作报告 xx乡第十届人民代表大会第二次会议政府工作报告 (2023年2月22日) "
            "各位代表: 现在报告工作。",
            "xx乡第十届",
        ),
        ("区政府工作报告 某区2023年政府工作报告 各位代表: 现在,我代表区人民政府向大会报告工作。", "某区2023年"),
        ("局年度工作总结 某县水利局2022年度工作总结 今年以来,全局上下认真落实各项要求,取得明显成效。", "某县水利局"),
    ],
)
def test_a_store_name_before_the_reports_own_fuller_title_in_one_line_text(line: str, start: str) -> None:
    assert clean(line).display_text.startswith(start)


def test_a_title_before_its_delivery_line_in_one_line_text_stays() -> None:
    line = "政府工作报告 ——2023年1月5日在某区第一届人民代表大会第三次会议上 各位代表: 现在报告工作。"
    assert clean(line).display_text.startswith("政府工作报告")


@pytest.mark.parametrize(
    "line",
    [
        "关于我们 联系我们 网站地图 网站声明",
        "维护单位:某某区大数据中心",
        "公安备案号:12345678",
        "文档贡献者",
        "全文预览已结束",
        "推荐度:",
        "TAGS: 工作总结 计划",
        "原创 张三 某某发布 2023-01-01 10:00 发表于北京",
        "收录于合集 #工作总结 12个",
        "图片来源:网络",
        "展开全文",
    ],
)
def test_footers_store_fields_and_public_account_bylines(line: str) -> None:
    for page in (line + "\n某区2024年政府工作报告\n" + OPENING + "\n" + BODY, OPENING + "\n" + BODY + "\n" + line):
        _gone(page, [line])


@pytest.mark.parametrize(
    "line", ["关于我们单位2023年工作情况的报告", "（一）认真阅读原文原著,筑牢思想根基", "打开新局面"]
)
def test_report_lines_near_the_footer_words_stay(line: str) -> None:
    assert line in _lines(OPENING + "\n" + line + "\n" + BODY)


_REPORT = (
    "各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n全年生产总值增长6%，各项事业全面进步。\n\n"
)


def test_a_wiki_licence_block_after_the_text_is_chrome_to_the_end_and_still_listed() -> None:
    from models.ingest.clean import clean

    licence = (
        "本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议、决定、命令和其他具有立法性质的文件。根据《\n"
        "中华人民共和国著作权法\n》第五条第一项，本作品不适用于该法，属于\n公有领域\n。\n\n"
        "Public domain\nPublic domain\nfalse\nfalse\n"
    )
    result = clean(_REPORT + licence)
    lines = [ln for ln in result.display_text.split("\n") if ln.strip()]
    assert lines[-1] == "全年生产总值增长6%，各项事业全面进步。"
    assert "false" in result.chrome_lines and "公有领域" in result.chrome_lines  # 显示原文 still shows them


def test_a_wiki_header_over_a_short_excerpt_takes_no_report_text_with_it() -> None:
    """A wiki copy's header (维基文库 banner, 本作品收录于《…) over a short excerpt of the report is no licence
    block after the text: with no report line above it, the report under it stays (1976, a 2,000-byte excerpt
    whose whole text went as chrome)."""
    from models.ingest.clean import clean

    text = "维基文库，自由的图书馆\n本作品收录于《某县人民政府工作报告\n\n" + _REPORT
    assert "全年生产总值增长6%，各项事业全面进步。" in clean(text).display_text


def test_a_wiki_header_under_a_narrowly_wrapped_title_takes_no_report_text_with_it() -> None:
    """The same copy hard-wrapped narrowly (crash22's sweep: 1976 at 4–12 characters a line): the title's first piece
    reads as report text above the banner, yet a block closing the page never outweighs the report above it."""
    from models.ingest.clean import clean

    text = "2013年某县人民\n政府工作报告\n维基文库，自由的图书馆\n本作品收录于《某县人民政府工作报告\n\n" + _REPORT
    assert "全年生产总值增长6%，各项事业全面进步。" in clean(text).display_text


def test_a_copyright_line_alone_takes_no_report_text_with_it() -> None:
    from models.ingest.clean import clean

    # one licence word only, then the report's signature: the signature stays
    text = _REPORT + "本作品由网友上传\n\n某某市人民政府\n2021年1月5日\n"
    lines = [ln for ln in clean(text).display_text.split("\n") if ln.strip()]
    assert lines[-2:] == ["某某市人民政府", "2021年1月5日"]
    # a long report after a notice is no licence tail
    long_text = (
        "版权所有 © 某某网\n\n"
        + _REPORT
        + "".join(f"第{i}项工作全面完成，成效明显，群众满意度持续提升。\n\n" for i in range(30))
    )
    assert "全年生产总值增长6%，各项事业全面进步。" in clean(long_text).display_text


_PLAN = (
    "某区农业农村局2024年工作计划\n"
    "一、巩固提升农业产业发展。大力发展农产品加工业，全年新增规上企业3家。\n"
    "二、做好良种繁育工作。全年展示农作物新品种56个。\n"
    "三、推进美丽乡村规划建设。完成村庄规划编制10个。\n"
)


def test_a_doc_sites_outline_before_the_title_is_chrome_and_the_real_headings_stay() -> None:
    from models.ingest.clean import clean

    for label in ("提纲:\n", ""):
        preview = label + "一、巩固提升农业产业发展\n二、做好良种繁育工作\n三、推进美丽乡村规划建设\n"
        result = clean(preview + _PLAN)
        lines = [ln for ln in result.display_text.split("\n") if ln.strip()]
        assert lines[0] == "某区农业农村局2024年工作计划"
        assert lines[1].startswith("一、巩固提升农业产业发展。") and len(lines) == 4
        assert "二、做好良种繁育工作" in result.chrome_lines  # 显示原文 shows it


def test_a_contents_list_or_an_outline_whose_headings_never_recur_stays() -> None:
    from models.ingest.clean import clean

    toc = "目录\n一、巩固提升农业产业发展\n二、做好良种繁育工作\n三、推进美丽乡村规划建设\n"
    assert clean(toc + _PLAN).display_text.startswith("目录\n一、巩固提升农业产业发展\n")
    other = "一、总体要求\n二、主要任务\n三、保障措施\n"
    assert clean(other + _PLAN).display_text.startswith("一、总体要求\n")


def test_a_final_accounts_contents_list_split_into_parts_stays_whole() -> None:
    from models.ingest.clean import clean

    toc = (
        "某镇2023年度部门决算\n目录\n第一部分 部门概况\n一、主要职能\n二、部门基本情况\n"
        "第二部分 2023年度部门决算表\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n"
        "四、财政拨款收入支出决算表\n第三部分 2023年度部门决算情况说明\n一、收入决算情况说明\n"
        "二、支出决算情况说明\n第一部分 部门概况\n一、主要职能\n镇人民政府负责本行政区域内的经济和社会事务。\n"
        "第二部分 2023年度部门决算表\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n"
    )
    result = clean(toc)
    assert "三、支出决算表\n四、财政拨款收入支出决算表\n第三部分" in result.display_text
    assert "二、收入决算表" not in result.chrome_lines


_CUT_PLAN = (
    "某区农业农村局2024年工作计划\n"
    "各位代表:\n"
    "现在,我代表区人民政府向大会报告工作,请予审议。\n"
    "一、巩固提升农业产业发展。大力发展农产品加工业，全年新增规上企业3家。\n"
)


def test_an_outline_preview_over_an_excerpt_that_stops_after_its_first_heading_is_chrome() -> None:
    from models.ingest.clean import clean

    preview = (
        "一、巩固提升农业产业发展\n二、做好良种繁育工作\n（一）扩大制种面积\n（二）建设繁育基地\n"
        "三、推进美丽乡村规划建设\n"
    )
    result = clean(preview + _CUT_PLAN)
    lines = [ln for ln in result.display_text.split("\n") if ln.strip()]
    assert lines[0] == "某区农业农村局2024年工作计划" and len(lines) == 4
    assert "（二）建设繁育基地" in result.chrome_lines


def test_an_outline_preview_with_lead_snippets_and_an_ellipsis_under_a_joint_label_is_chrome() -> None:
    from models.ingest.clean import clean

    for label, dots in (("目录/提纲:……\n", "……\n"), ("大纲：\n", "...\n"), ("提纲:\n", "⋯⋯\n")):
        preview = (
            label
            + "一、巩固提升农业产业发展\n二是深入开展品牌创建活动,打造了3个区域公用品牌\n"
            + "二、做好良种繁育工作\n三、推进美丽乡村规划建设\n"
            + dots
        )
        result = clean(preview + _PLAN)
        lines = [ln for ln in result.display_text.split("\n") if ln.strip()]
        assert lines[0] == "某区农业农村局2024年工作计划", label
        assert len(lines) == 4, lines
        assert "二是深入开展品牌创建活动,打造了3个区域公用品牌" in result.chrome_lines


def test_a_labelled_preview_of_leads_over_a_text_the_site_holds_back_is_chrome() -> None:
    """Under the site's 提纲 label and closed by its ellipsis, a list of 一是… leads is the site's preview even though
    the paywall keeps the leads from recurring in the excerpt; without the label such a list stays."""
    from models.ingest.clean import clean

    leads = "一是全力以赴向上争取\n二是加速推进产业转型升级\n三是继续抓好招大引强\n四是持续提升城市品质\n"
    result = clean("目录/提纲:……\n" + leads + "……\n" + _CUT_PLAN)
    lines = [ln for ln in result.display_text.split("\n") if ln.strip()]
    assert lines[0] == "某区农业农村局2024年工作计划" and len(lines) == 4, lines
    assert "三是继续抓好招大引强" in result.chrome_lines
    kept = clean(leads + _CUT_PLAN).display_text
    assert kept.startswith("一是全力以赴向上争取\n")


def test_an_outline_preview_over_a_one_line_copy_whose_title_runs_into_its_text_is_chrome() -> None:
    from models.ingest.clean import clean

    preview = "一、巩固提升农业产业发展\n二、做好良种繁育工作\n三、推进美丽乡村规划建设\n"
    result = clean(preview + _PLAN.replace("\n", " ").strip())  # a run of blanks stands for each line break
    assert result.display_text.startswith("某区农业农村局2024年工作计划")
    assert "二、做好良种繁育工作" in result.chrome_lines


def test_numbered_lines_over_a_title_whose_first_item_never_recurs_stay() -> None:
    from models.ingest.clean import clean

    other = "一、总体要求\n二、主要任务\n三、保障措施\n"
    assert clean(other + _CUT_PLAN).display_text.startswith("一、总体要求\n")


@pytest.mark.parametrize(
    "line",
    [
        "找总结网 > 工作计划 > 年度工作计划 > 镇政府2019年工作总结和2020年工作计划",
        "首页 >> 政务公开 >> 规划计划 >> 某县农业农村局2021年工作总结及2022年工作计划",
        "当前位置 › 范文 › 工作报告 › 2023年某区政府工作报告（全文）",
    ],
)
def test_a_breadcrumb_ending_with_the_pages_title_is_a_crumb(line: str) -> None:
    assert is_crumb_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "增速 > 全省平均 > 全国平均，全年地区生产总值增长8.5%。",
        "工作计划 > 镇政府2019年工作总结和2020年工作计划",
    ],
)
def test_comparisons_and_a_two_part_arrow_line_are_no_crumb(line: str) -> None:
    assert not is_crumb_line(line)


_ENDING = "一、就业\n2021年，全市城镇新增就业50801人，与去年同期相比增长20.61%，城镇登记失业率为3.36%。\n"


@pytest.mark.parametrize(
    "links",
    [["流动党员之家", "机关党建", "讲文明树新风", "传真:"], ["网站地图", "联系我们", "政务微博", "信息公开"]],
)
def test_short_links_closing_the_page_go(links: list[str]) -> None:
    text = "某市人社局2021年就业工作总结\n" + _ENDING + "\n".join(links) + "\n"
    result = clean(text)
    assert not any(link.rstrip(":") in result.display_text for link in links)
    assert "3.36%" in result.display_text


@pytest.mark.parametrize(
    "tail",
    [
        ["某市人力资源和社会保障局", "2021年12月31日"],
        ["附件：", "1.就业统计表", "2.失业统计表"],
        ["（一）稳定就业", "（二）技能培训", "（三）社保扩面"],
        ["某县人民政府", "某县财政局", "某县教育局"],
    ],
)
def test_a_signature_an_attachment_list_or_headings_at_the_end_stay(tail: list[str]) -> None:
    text = "某市人社局2021年就业工作总结\n" + _ENDING + "\n".join(tail) + "\n"
    shown = clean(text).display_text
    assert all(line in shown for line in tail)


WIKI_HEAD = [
    "某县2014年政府工作报告",
    "某县2014年政府工作报告在2014年1月6日某县第十三届人民代表大会第三次会议上由县长发布。",
    "基本介绍",
    "• 中文名:某县2014年政府工作报告",
    "• 类别:政府工作报告",
]
WIKI_TEXT = [
    "各位代表:",
    "现在,我代表县人民政府向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见。",
    "现实基础",
    "过去一年,全县地区生产总值增长8.5%,工业倍增成效明显,交通枢纽功能不断提升,人民生活持续改善。",
]
SECTIONS = "简介,2013年工作回顾,综合实力再上新台阶,工业倍增成效明显,创新驱动发展步伐加快,现实基础,人民生活持续改善,"


def test_an_encyclopedias_labels_and_section_list_go_and_its_article_stays() -> None:
    shown = clean("\n".join([*WIKI_HEAD, SECTIONS, "简介", *WIKI_TEXT])).display_text.split("\n")
    assert "基本介绍" not in shown and "简介" not in shown and SECTIONS not in shown
    for line in WIKI_TEXT:
        assert line in shown, line  # the article's own short heading next to the list stays


def test_an_encyclopedias_numbered_sections_over_the_report_go_and_its_own_items_stay() -> None:
    head = ["1995年政府工作报告", "中文名:1995年政府工作报告", "报告时间:1995年3月5日"]
    body = [
        "1、导语",
        "各位代表:",
        "现在,我代表国务院向大会作政府工作报告,请予审议。",
        "2、工作回顾",
        "一、1994年国内工作的回顾",
        "过去的一年,国民经济继续快速增长。",
        "1、农业生产",
        "粮食总产量保持稳定。",
    ]
    shown = clean("\n".join([*head, *body])).display_text.split("\n")
    assert "1、导语" not in shown and "2、工作回顾" not in shown
    assert "一、1994年国内工作的回顾" in shown and "1、农业生产" in shown
    plain = clean("\n".join(["1995年政府工作报告", *body])).display_text.split("\n")
    assert "1、导语" in plain  # without the infobox, the page's numbering is the report's own


def test_a_label_and_a_comma_run_without_an_infobox_stay() -> None:
    text = "\n".join(["某县2014年政府工作报告", "简介", SECTIONS, *WIKI_TEXT])
    shown = clean(text).display_text.split("\n")
    assert "简介" in shown and SECTIONS in shown


def test_a_markdown_copys_quoted_licence_note_over_its_title_is_chrome() -> None:
    from models.ingest.clean import clean

    note = (
        "> 本文正文由脚本自某市官方公开页面提取，仅供检索查阅；以[官方链接](https://example.gov.cn/a/1)发布版本为准。\n"
        "> 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。\n\n"
    )
    result = clean(note + "# 某某县人民政府关于印发某某办法的通知\n\n" + _REPORT)
    lines = [ln for ln in result.display_text.split("\n") if ln.strip()]
    assert not any("著作权法" in ln or "仅供检索" in ln for ln in lines)
    assert any("著作权法" in c for c in result.chrome_lines)
    # a quotation the report opens with, over no title, with no licence word, stays
    quoted = "> 全年生产总值增长6%，各项事业全面进步。\n\n# 一、主要工作\n\n" + _REPORT
    assert "> 全年生产总值增长6%，各项事业全面进步。" in clean(quoted).display_text.split("\n")


def test_a_markdown_headings_marks_are_no_part_of_the_title_line() -> None:
    from models.ingest.metadata_candidates import title_text

    assert title_text("# 某某县人民政府关于印发某某办法的通知")[0] == "某某县人民政府关于印发某某办法的通知"
    assert title_text("#某某县2023年工作要点")[0] == "#某某县2023年工作要点"  # no space: no heading mark


@pytest.mark.parametrize(
    "image", ["![](/Files261/BeyondPic/2021-11/28/20211128012956703.jpg)", "![图片](https://example.cn/a/b.png)"]
)
def test_an_image_reference_alone_on_its_line_is_chrome(image: str) -> None:
    page = "某市2021年政府工作报告\n" + image + "\n" + OPENING + "\n" + image + "\n" + BODY
    _gone(page, [image])
