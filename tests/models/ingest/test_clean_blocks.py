"""Page chrome decided over blocks of lines: each family of real-page debris leaves the body, report text stays."""

from __future__ import annotations

import pytest

from models.ingest.chrome_debris import is_page_debris
from models.ingest.clean import clean
from models.ingest.clean_edges import watermark_tail
from models.ingest.metadata import extract_metadata
from tests.models.ingest._reading import display_lines as _lines
from tests.models.ingest.test_clean_props import check_map

BODY = "各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n全区生产总值增长6%。"


def test_tool_bar_one_word_a_line_and_breadcrumb_one_crumb_a_line() -> None:
    page = "首页\n>\n要闻\n>\n2026年政府工作报告\n2026-02-03 09:02:33\n【字体:\n大\n中\n小\n】\n" + BODY
    lines = _lines(page)
    assert lines[0] == "2026年政府工作报告"
    assert lines[1] == "各位代表："
    assert not {"首页", ">", "【字体:", "大", "中", "小", "】", "要闻"} & set(lines)


def test_page_date_and_source_go_to_metadata_not_the_body() -> None:
    page = "2026年政府工作报告\n2026-02-03 09:02:33\n来源：某某日报\n" + BODY
    result = clean(page)
    assert "2026-02-03" not in result.display_text and "某某日报" not in result.display_text
    assert any("来源" in h for h in result.header_lines)
    meta = extract_metadata(result, (), source_name="x.txt")
    assert meta.issuer != "某某日报"  # a newspaper never issues a report


def test_doc_store_debris_anywhere() -> None:
    page = (
        "购物车\n我的足迹\n某局2021年工作总结.docx\n加入Vip免费下载 立即下载\n- 20.63 KB\n第1页共18页\n"
        "标签: #工作总结\nOriginal URL: http://example.cn/a\n"
        + BODY
        + "\n---此处隐藏3948字,下载后查看---\n全年完成任务。"
    )
    lines = _lines(page)
    assert lines[0] == "各位代表："
    assert lines[-1] == "全年完成任务。"
    assert not any("下载" in ln or "KB" in ln or "页共" in ln for ln in lines)


def test_page_title_repeated_after_the_footer_and_quoted_by_a_content_farm() -> None:
    page = (
        "某区2021年工作总结范文\n下面是小编为大家整理的某区2021年工作总结范文，供大家参考。\n"
        "某区统计局2021年工作总结\n" + BODY + "\n某区2021年工作总结范文\n"
    )
    lines = _lines(page)
    assert lines[0] == "某区统计局2021年工作总结"
    assert "某区2021年工作总结范文" not in lines


def test_split_copy_of_the_title_is_dropped() -> None:
    page = "某县住房和城乡建设局2018年度整体支出绩效评价报告\n详细信息\n"
    page += "某县住房和城乡建设局2018年度整体支出\n绩效评价报告\n"
    page += "为检验预算编制的科学性、合理性、规范性，提升我局预算编制能力，现将评价情况报告如下。\n一、部门概况"
    lines = _lines(page)
    assert lines[0] == "某县住房和城乡建设局2018年度整体支出绩效评价报告"
    assert lines[1].startswith("为检验")


def test_links_to_other_years_reports_on_a_mirror() -> None:
    page = "1993年政府工作报告 1994年国务院政府工作报告\n1994年3月10日\n1995年政府工作报告\n" + BODY
    lines = _lines(page)
    assert lines[0] == "1994年国务院政府工作报告"
    assert "1995年政府工作报告" not in lines


def test_report_lines_in_the_head_stay() -> None:
    page = (
        "某市人民政府办公厅\n关于印发2021年工作要点的通知\n某府办发〔2021〕12号\n各区县人民政府，市政府各部门：\n"
        "现将《2021年工作要点》印发给你们，请认真贯彻执行。\n某市人民政府办公厅\n2021年2月3日\n（此件公开发布）\n"
        "2021年工作要点\n一、总体要求\n坚持稳中求进。"
    )
    assert _lines(page) == [ln for ln in page.split("\n") if ln]


def test_a_body_sentence_naming_a_site_word_stays() -> None:
    text = BODY + "\n全年完成文档下载服务改造，网站首页访问量增长20%，群众满意度明显提升。"
    assert _lines(text)[-1].startswith("全年完成文档下载服务改造")


def test_table_rows_and_short_cells_stay() -> None:
    text = BODY + "\n序号\t项目\t时间\n1\t道路建设\t4月\n6\n已报送\n4月"
    lines = _lines(text)
    assert lines[-3:] == ["6", "已报送", "4月"]


def test_metadata_table_flattened_with_pipes_is_header() -> None:
    page = "文件名称 | 某区2025年政府工作报告 | ||\n文号 | 成文日期: | 2025年04月15日 | |\n" + BODY
    result = clean(page)
    assert "|" not in result.display_text
    meta = extract_metadata(result, (), source_name="x.txt")
    assert meta.title == "某区2025年政府工作报告"


@pytest.mark.parametrize(
    "line",
    [
        "（二）信访举报工作",
        "（四）客服中心建设",
        "五、下载中心建设",
        "网站首页改版完成",
        "（三）文档管理",
        "本站全年观测降水量",
        "政 府 工 作 报 告",
        "集聚优势 赶超发展 在加快转型中实现新跨越",
        "抄送：市委办 市人大办 市政协办 市纪委 市法院",
        "一、总体要求 二、主要任务 三、保障措施 四、组织实施 五、附则",
        "县长 张三 副县长 李四 王五 赵六",
        "各位代表：",
        'The report "Building a Better City" was adopted on 5 January.',
        "2021-04-15",
        "GDP = 3.5%",
        "（三）设备更新改造",
        "政务服务中心",
        "数据更新及时率达到100%。",
    ],
)
def test_report_lines_with_site_words_are_not_debris(line: str) -> None:
    assert not is_page_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "下载 相关 举报",
        "购物车",
        "我的足迹",
        "1. 某某网首页",
        "加入Vip免费下载 立即下载",
        "标签: #工作总结",
        "- 20.63 KB",
        "首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心",
        "首页　政务公开　政务服务　互动交流　走进本市　专题专栏",
        "(点击查阅更多2003年地方政府工作报告)",
        "【点击查看更多工作总结范文】",
        "下载地址: 点击此处下载",
        '%@LANGUAGE="VBSCRIPT" CODEPAGE="65001"%>',
        "<?php echo $title; ?>",
        '<meta charset="utf-8">',
        "``",
        "- 2021-04-15 发布 |",
        "-2026-02-27发布于四川",
        "• 2023-05-06 发布于浙江",
        "登录个人中心",
        "内容预览:",
        "下载更新",
        "会员中心 | 退出",
    ],
)
def test_site_lines_are_debris(line: str) -> None:
    assert is_page_debris(line)


def test_html_left_in_a_text_copy_breaks_lines_at_block_tags() -> None:
    text = '<h3> 区长代表某某区人民政府向大会报告工作。</h3><h3 style="text-align: center;"><b>2018年工作回顾</b></h3>'
    text += "<h3> 一年来，全区上下坚持稳中求进。</h3> <"
    assert _lines(text) == [
        "区长代表某某区人民政府向大会报告工作。",
        "2018年工作回顾",
        "一年来，全区上下坚持稳中求进。",
    ]


def test_bbcode_in_a_forum_copy_breaks_lines_at_block_tags() -> None:
    wrap = "[align=center][color=rgb(51, 51, 51)][font=宋体][size=3]{}[/size][/font][/color][/align]"
    text = wrap.format("[b]20[/b][b]23[/b][b]年[/b][b]某县国民经济和社会发展统计公报[/b]") + wrap.format("  某县统计局")
    text += wrap.format("  2023年,全县经济稳中向好,地区生产总值增长5.1%。") + wrap.format("一、[b]综  合[/b]")
    text += "[align=left][color=rgb(51, 51"
    assert _lines(text) == [
        "2023年某县国民经济和社会发展统计公报",
        "某县统计局",
        "2023年,全县经济稳中向好,地区生产总值增长5.1%。",
        "一、综  合",
    ]
    meta = extract_metadata(clean(text), (), source_name="x.txt")
    assert (meta.title, meta.issuer) == ("2023年某县国民经济和社会发展统计公报", "某县统计局")


def test_square_brackets_of_a_text_are_not_bbcode() -> None:
    text = "某局2023年工作总结\n[ 发文字号 ] 某发〔2023〕5号\n今年以来[1]，我局完成[b]类项目3个[/b]。"
    assert "[b]" in clean(text).display_text


@pytest.mark.parametrize(
    "footer",
    [
        "微信扫一扫在手机阅读、分享本文\n版权声明\n本文由作者原创，不允许二次传播，一经发现收回",
        "扫一扫在手机上阅读本文\n禁止转载",
    ],
)
def test_a_share_and_copyright_footer_is_chrome(footer: str) -> None:
    body = "某镇2023年工作总结\n今年以来，全镇上下齐心协力，完成固定资产投资3.2亿元，同比增长8%。"
    assert clean(body + "\n" + footer).display_text.rstrip() == body


def test_a_farm_blurb_and_its_piece_number_are_chrome() -> None:
    page = (
        "述职报告精选(五篇)\n序论:好范文网为您带来了五篇述职报告，希望对您有所帮助。\n篇(1)\n"
        "某局2023年度述职报告\n一年来，在市委的坚强领导下，我局班子团结协作，圆满完成了各项工作任务。"
    )
    lines = _lines(page)
    assert lines[-1].startswith("一年来") and not any(line.startswith(("序论", "篇")) for line in lines)


def test_a_page_title_adding_only_the_year_gives_way_to_the_reports_own() -> None:
    page = (
        "2024年政府工作报告\n来源:某某旗 作者:某某旗政务 发布时间:2024-03-12 15:58\n分享\n"
        " 政 府 工 作 报 告\n——在某某旗第十八届人民代表大会第三次会议上\n(2024年3月12日)\n" + BODY
    )
    meta = extract_metadata(clean(page), (), source_name="x.txt")
    assert (meta.title, meta.date) == ("政府工作报告", "2024-03-12")


def test_a_content_farm_title_without_year_or_place_is_chrome() -> None:
    page = "快捷搜索:论文 合同 演讲 心得\n区长在代表会上工作汇报\n" + BODY
    result = clean(page)
    assert result.display_text.startswith("各位代表")
    assert extract_metadata(result, (), source_name="x.txt").title is None


def test_an_addressee_line_without_各_starts_the_body() -> None:
    text = "县农业农村局关于2020年农业农村工作情况的报告\n\n县人大常委会：\n\n"
    text += "根据会议安排，现将我县2020年农业农村工作情况报告如下："
    text += "\n\n第一，粮食生产再获丰收。全县粮食播种面积稳定在52.6万亩，总产量达到24.8万吨，同比增长1.9%。"
    assert _lines(text) == [ln for ln in text.split("\n") if ln]


def test_a_table_row_with_pipes_inside_the_body_stays_but_a_link_bar_after_it_goes() -> None:
    text = BODY + "\n指标 | 单位 | 完成值\n生产总值 | 亿元 | 212\n"
    text += "全年各项任务圆满完成，经济社会持续健康发展。\n网站地图 | 联系我们 | 关于我们"
    lines = _lines(text)
    assert "指标 | 单位 | 完成值" in lines and "生产总值 | 亿元 | 212" in lines
    assert lines[-1].startswith("全年各项任务")


def test_a_short_heading_right_over_the_first_paragraph_stays() -> None:
    text = "某县统计局2021年工作总结\n工作回顾\n"
    text += "今年以来，我局认真贯彻落实各项部署，统计工作取得新成效，全面完成了全年目标任务。"
    assert _lines(text) == text.split("\n")


def test_a_pdf_running_header_between_paragraphs_is_chrome_each_time() -> None:
    head = "某某市2023年国民经济和社会发展统计公报"
    paras = [
        "全年全市生产总值达到5481.6亿元，比上年增长3.2%。",
        "年末常住人口707.9万人，其中城镇常住人口477.3万人。",
        "全年城镇新增就业人员10.8万人，失业人员实现再就业2.0万人。",
        "全年粮食产量241.5万吨，下降1.7%。",
    ]
    text = "2023年某某市国民经济和社会发展统计公报\n某某市统计局\n一、综合\n" + f"\n{head}\n".join(paras)
    result = clean(text)
    lines = [ln for ln in result.display_text.split("\n") if ln.strip()]
    assert head not in lines
    assert all(p in lines for p in paras)  # each paragraph stays its own
    assert result.chrome_lines.count(head) == 3  # still shown in 显示原文


def test_a_repeated_caption_or_a_header_seen_twice_stays() -> None:
    paras = ["全年一般公共预算收入404.3亿元，增长1.5%。", "全年支出完成预算的98%。", "全年债务余额控制在限额内。"]
    caption = "单位：万元"
    text = "一、预算执行情况\n" + f"\n{caption}\n".join(paras) + f"\n{caption}\n合计增长5%。"
    assert [ln for ln in clean(text).display_text.split("\n") if ln == caption] == [caption] * 3
    twice = "某某县2023年工作报告"
    text = "一、工作回顾\n" + f"\n{twice}\n".join(paras)
    assert twice in clean(text).display_text.split("\n")


def test_a_doc_stores_notices_to_its_users_and_its_fields_are_chrome() -> None:
    notices = (
        "温馨提示:\n1. 部分包含公式的文件,查看预览时可能会显示错乱,文件下载后无此问题,请放心下载。\n"
        "2. 本文档由用户上传,版权归属用户,某某网负责整理代发布。如果您对本文档版权有争议请及时联系我们。\n"
        "3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。\n"
        "4. 付费完成后未能成功下载的用户请联系我们处理。\n网站客服QQ:12345678\n- 2021-04-14 发布\n"
        "文章标题:某局2023年上半年工作总结\n"
    )
    result = clean(notices + "某局2023年上半年工作总结\n" + BODY)
    lines = [ln for ln in result.display_text.split("\n") if ln.strip()]
    assert lines[0] == "某局2023年上半年工作总结" and lines[1] == "各位代表："
    assert "温馨提示:" in result.chrome_lines


def test_a_report_saying_its_work_on_copyright_and_hotlines_keeps_its_sentences() -> None:
    text = BODY + "\n全年办理版权登记1200件，开通服务热线，群众反映问题按时办结。\n2021年4月14日发布实施新办法。"
    lines = [ln for ln in clean(text).display_text.split("\n") if ln.strip()]
    assert "全年办理版权登记1200件，开通服务热线，群众反映问题按时办结。" in lines
    assert "2021年4月14日发布实施新办法。" in lines


@pytest.mark.parametrize(
    "line",
    [
        "〔法宝引证码〕CLI.12.5115678",
        "(未完,全文共2270字,当前显示592字)",
        "(请认真阅读下面的提示信息)",
        "栏目:工作总结精选/发布于:/人气:1.15W",
        "•约4.99千字",
        "•2026-01-22发布于四川",
        "用微信扫描二维码分享至好友和朋友圈",
        "意见反馈意见反馈顶踩收藏收藏",
        "更多24小时排行榜",
        "进入适老化模式|无障碍阅读",
        "您的当前位置:",
    ],
)
def test_more_page_debris(line: str) -> None:
    assert is_page_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "建立群众意见反馈机制，全年办结群众诉求1.2万件。",
        "全县综合实力在全省县域经济排行榜中提升5位。",
        "推进适老化改造，完成老旧小区无障碍设施建设120处。",
    ],
)
def test_report_sentences_with_those_words_stay(line: str) -> None:
    assert line in clean(BODY + "\n" + line).display_text.split("\n")


def test_a_notices_own_attachment_lines_stay_an_empty_attachment_box_goes() -> None:
    notice = "各旗县区人民政府：\n现将考评办法印发给你们，请认真贯彻执行。\n"
    text = (
        notice
        + "附件：\n某市数字政府建设考评指标\n某市人民政府办公室\n2022年3月1日\n"
        + "附件\n某市数字政府建设考评指标\n一、政务服务（25分）"
    )
    result = clean(text)
    lines = result.display_text.split("\n")
    assert "附件：" in lines and "附件" in lines
    assert "附件" not in result.chrome_lines and "附件：" not in result.chrome_lines
    for tail in ("\n附件：", "\n附件：\n考评指标.docx"):
        shown = clean(notice + "全年完成任务。" + tail).display_text.split("\n")
        assert "附件：" not in shown


@pytest.mark.parametrize(
    "line", ["1 1 2021 最新修订(可编辑)", "文章导读", "第44章 工作报告(7)", "关注 · 政务微博", "关注·政务微信"]
)
def test_store_and_ebook_labels_are_page_debris(line: str) -> None:
    assert is_page_debris(line)


def test_a_chapter_heading_and_a_sentence_on_editing_stay() -> None:
    text = BODY + "\n第三章 保障措施\n修订完善可编辑的电子台账，关注群众诉求。"
    lines = clean(text).display_text.split("\n")
    assert "第三章 保障措施" in lines and "修订完善可编辑的电子台账，关注群众诉求。" in lines


def test_a_sites_watermark_after_a_paragraph_is_cut_and_the_paragraph_stays() -> None:
    para = "今年以来,在区委、区政府的坚强领导下,较好统筹推进了文化、旅游、文物保护等工作。"
    result = clean(BODY + "\n" + para + " 稿子汇 www.example.com\n全年接待游客增长12%。")
    lines = result.display_text.split("\n")
    assert para in lines and "全年接待游客增长12%。" in lines
    assert "example" not in result.display_text
    first = clean(para + " 某某范文网 www.example.com\n" + BODY).display_text.split("\n")
    assert para in first  # at the page's start too


def test_an_address_inside_a_sentence_is_no_watermark() -> None:
    line = "群众可登录政府网站查询办理进度。 详情请访问 www.example.gov.cn 或拨打热线。"
    assert watermark_tail(line) is None  # the tail ends a sentence of its own
    assert watermark_tail("政务公开网址：www.example.gov.cn") is None


@pytest.mark.parametrize(
    "notice",
    [
        "……(新文秘网http://example.cn省略801字,正式会员可完整阅读)……",
        "……（快文网 http://m.example.com 省略310字，正式会员可完整阅读）……",
        "...(某某网省略 52 字,登录后阅读)...",
    ],
)
def test_a_members_only_notice_goes_inside_a_line_and_on_its_own_and_the_tail_stays(notice: str) -> None:
    inline = "一、林业生态工程建设实施情况 " + notice + " 塞北林场建设工程:九年共计完成4.6万亩。"
    shown = clean(BODY + "\n" + inline).display_text
    assert "省略" not in shown and "塞北林场建设工程" in shown and "实施情况" in shown
    own = clean(BODY + "\n农民人均纯收入增长幅度为6.74%,比上年低约5个\n" + notice + "\n82%").display_text
    assert "省略" not in own and own.endswith("82%")


@pytest.mark.parametrize("notice", ["……此处隐藏2813个字……", "……此处省略 52 字……", "---此处隐藏3948字,下载后查看---"])
def test_a_bare_held_back_count_inside_a_line_goes_and_the_sentence_runs_on(notice: str) -> None:
    shown = clean(BODY + "\n二是引进人才,投入资金120万" + notice + "元。已聘请专家5名。").display_text
    assert "隐藏" not in shown and "省略" not in shown and "投入资金120万元。已聘请专家5名。" in shown


def test_a_hidden_count_in_a_sentence_is_text() -> None:
    line = "部分企业隐藏了200个字段的数据,已责令整改。"
    assert line in clean(BODY + "\n" + line).display_text


@pytest.mark.parametrize(
    "slogan",
    [
        "看你所看,想你所想",
        "荟聚奇文、博采众长、见贤思齐",
        "写作好帮手，超级方便的公文写作神器! 立即了解",
        "某某网某某网某某网",
        "您好,欢迎回来",
        "精选文档 - 倾情为你奉上",
    ],
)
def test_a_sites_slogan_over_the_title_goes(slogan: str) -> None:
    page = f"{slogan}\n某区统计局2021年工作总结\n" + BODY
    result = clean(page)
    lines = result.display_text.split("\n")
    assert lines[0] == "某区统计局2021年工作总结"
    assert slogan.replace(" ", "") in [c.replace(" ", "") for c in result.chrome_lines]  # shown in 显示原文


@pytest.mark.parametrize(
    "own",
    [
        "重庆市人民政府办公厅关于印发",  # a title's first half
        "某某县人民政府办公室文件",  # a red head
        "内蒙古自治区某某盟行政公署",  # the issuer
        "《某县“十四五”医疗保障事业发展规划》",
        "稳中求进,攻坚克难",  # a slogan with no title after it is the report's own heading
    ],
)
def test_the_reports_own_lines_over_its_title_stay(own: str) -> None:
    title = "某区统计局2021年工作总结\n" if "攻坚" not in own else ""
    page = f"{own}\n{title}" + BODY
    assert own in clean(page).display_text.split("\n")


@pytest.mark.parametrize("line", ["• 搜索热词: 社保 医保", "热门搜索：养老 就业", "智能问答 在线咨询"])
def test_a_short_line_between_chrome_lines_before_the_body_goes(line: str) -> None:
    page = f"• 加入收藏\n• 繁体\n{line}\n当前位置:首页 » 政务平台 » 信息公开\n某县应急体系建设工作总结\n" + BODY
    result = clean(page)
    assert line not in result.display_text.split("\n")
    assert "某县应急体系建设工作总结" in result.display_text.split("\n")


def test_a_header_field_between_chrome_lines_stays_a_header() -> None:
    page = (
        "当前位置:首页>某县财政局>政务公开\n[ 发文字号 ]\n[ 发布机构 ] 某县财政局\n[ 有效性 ]\n"
        + "某县财政局2022年度部门决算\n"
        + BODY
    )
    assert "[ 发布机构 ] 某县财政局" not in clean(page).chrome_lines


@pytest.mark.parametrize(
    ("page_title", "own_block"),
    [
        ("某镇政府工作报告\n2011年12月29日", "政府工作报告\n——在某镇第十六届人民代表大会第一次会议上\n镇长 某某"),
        ("政府工作报告", "2016年某市政府工作报告\n——2016年2月25日在某市第十五届人民代表大会第八次会议上"),
        ("2011年县政府工作报告\n• 格式:doc", "政府工作报告\n(2011年1月13日)"),
    ],
)
def test_a_page_title_naming_the_report_more_or_less_fully_than_its_own_goes(page_title: str, own_block: str) -> None:
    result = clean(page_title + "\n" + own_block + "\n" + BODY)
    lines = result.display_text.split("\n")
    first = page_title.split("\n")[0]
    assert first not in lines and first in result.chrome_lines
    assert own_block.split("\n")[0] in lines


def test_a_title_split_over_two_lines_after_its_full_copy_stays() -> None:
    page = "某县二〇二三年国民经济和社会发展统计公报\n某县二〇\n国民经济和社会发展统计公报\n2024年3月1日\n" + BODY
    assert "某县二〇二三年国民经济和社会发展统计公报" in clean(page).display_text.split("\n")


@pytest.mark.parametrize("aside", ["VIP", "文库", "www.example.cn"])
def test_a_sentence_naming_a_site_word_only_in_an_aside_stays(aside: str) -> None:
    """Found by hypothesis (test_clean_keeps_non_pinyin_parentheses): a one-sentence text was emptied."""
    assert clean(f"工作成效({aside})明显。\n").display_text == f"工作成效({aside})明显。"


_DECOYS = [
    '<legend id="h4sia"></legend><samp id="h4sia"></samp>',
    '<p id="k2x"><td id="k2x"></td></p><track id="k2x"></track>',
    "  • <input id=q9><address id=q9></address>",
    "    1. <blockquote class='z'><rt id=\"z\"></rt></blockquote>",
    '      <wbr data-x="1">',
    '    2. <meter id="m"></meter>',
    "<menuitem id='h4sia'></menuitem>",
]


@pytest.mark.parametrize("order", [1, -1])
def test_a_hijacked_pages_decoy_tags_go_with_their_empty_list_marks(order: int) -> None:
    report = "某市2009年国民经济和社会发展统计公报\n某市统计局\n2009年，全市经济快速回升，地区生产总值增长8.5%。"
    text = "\n".join(_DECOYS[::order]) + "\n" + report
    result = clean(text)
    assert result.display_text == report
    check_map(text)


def test_comparisons_and_unknown_brackets_in_a_text_are_no_tags() -> None:
    text = "某局2023年工作总结\n空气质量优良天数比例<95%的县区有2个，PM2.5浓度<35微克。\n<附件>见后。"
    assert clean(text).display_text == text


@pytest.mark.parametrize(
    "notice",
    [
        ["添加文秘网到电脑桌面", "安装后可以在桌面快捷访问"],
        ["收藏本站", "方便下次访问", "谢谢支持"],
    ],
)
def test_a_sites_notice_split_over_lines_between_chrome_goes(notice: list[str]) -> None:
    report = "县政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。"
    text = "\n".join(["电脑桌面", *notice, "栏目:工作报告 发布:2006-08-23 浏览:3023 下载172次 收藏", report])
    result = clean(text)
    assert result.display_text == report
    check_map(text)


def test_the_reports_title_block_between_chrome_lines_stays() -> None:
    text = (
        "首页 > 政务公开 > 工作报告\n某县人民政府工作报告\n某县人民政府\n栏目:工作报告 发布:2006-08-23\n"
        "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。"
    )
    shown = clean(text).display_text.split("\n")
    assert "某县人民政府工作报告" in shown


def test_a_signature_repeating_the_red_head_issuer_over_its_date_stays() -> None:
    text = "\n".join(
        [
            "[ 发布机构 ] | 某某县发展和改革委员会 | ||",
            "[ 成文日期 ] | 2025-02-17 | [ 发布日期 ] | 2025-02-21 |",
            "某某县发展和改革委员会关于印发《某某县2025年计划草案报告》的通知",
            "某发改委发〔2025〕4号",
            "某某县发展和改革委员会",
            "关于印发《某某县2025年计划草案报告》的通知",
            "各乡镇人民政府、街道办事处,县政府各部门:",
            "现将《某某县2025年计划草案报告》印发给你们,请认真抓好落实,确保圆满完成全年各项目标任务。",
            "某某县发展和改革委员会",
            "2025年2月17日",
            "(此件公开发布)",
        ]
    )
    shown = clean(text).display_text
    assert "确保圆满完成全年各项目标任务。\n某某县发展和改革委员会\n2025年2月17日" in shown


def test_the_embedded_documents_title_under_a_notices_signature_stays() -> None:
    """The portal's page title names the plan; after the 下达 notice's signature and its date (which lost its 日)
    the plan opens with its own title: the document's heading, not a copy of the page head."""
    text = "\n".join(
        [
            "成文日期 2021-02-22 废止日期",
            "某某县2021年国民经济和社会发展计划",
            "某某县人民政府",
            "关于下达某某县2021年国民经济和社会发展计划的通知",
            "某政发〔2021〕3号",
            "各镇政府,各街道办事处,县政府各部门:",
            "县人民代表大会审议通过了计划草案的报告,现将计划下达给你们,请认真贯彻执行。",
            "某某县人民政府",
            "2021年2月22",
            "某某县2021年国民经济和社会发展计划",
            "2021年是建党100周年,是十四五规划的开局之年,也是全县迈向高质量发展的关键阶段。",
        ]
    )
    shown = clean(text).display_text
    assert "2021年2月22\n某某县2021年国民经济和社会发展计划\n2021年是建党100周年" in shown.replace("\n\n", "\n")


def test_a_farm_channels_blurb_over_the_text_is_chrome() -> None:
    page = (
        "园林局年终工作总结\n某某网工作总结频道为大家整理的园林局年终工作总结,供大家阅读参考。更多阅读请查看本站工作总结频道。\n"
        "上半年,全局干部职工围绕着创建国家园林城市的目标,圆满完成了各项工作任务。\n一、主要完成工作\n"
    )
    lines = _lines(page)
    assert not any("为大家整理" in line for line in lines)
    assert "一、主要完成工作" in lines and any(line.startswith("上半年") for line in lines)


def test_a_doc_stores_description_label_over_its_blurb_is_chrome() -> None:
    page = (
        "某县农业局上半年工作总结_第5页\n资源描述:\n\n《某县农业局上半年工作总结》由会员上传分享,免费在线阅读。\n"
        "今年上半年,我局围绕农业农村改革目标,扎实推进各项工作,取得了阶段性成效。\n一、主要工作\n"
    )
    lines = _lines(page)
    assert "资源描述:" not in lines and "一、主要工作" in lines
