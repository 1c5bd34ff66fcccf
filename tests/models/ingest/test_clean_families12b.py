"""Chrome and wrap families of session 12, round 2, each in its shape: a short text a page of the family prints."""

from __future__ import annotations

from models.ingest.chrome_debris import is_page_debris
from models.ingest.clean import clean


def test_a_sentence_giving_the_bodys_web_address_in_brackets_stays_text() -> None:
    """A report tells where it publishes (上传本委互联网站(http://…)): a sentence, not a link."""
    line = (
        "二是做好政府信息系统平台录入及资料送交工作。根据市推行政务公开工作有关文件要求,"
        "我委安排专人负责信息的录入工作。按月向市政府信息中心报送相关信息和上传本委互联网站(http://www.qjsjxw.com)。"
    )
    assert not is_page_debris(line)
    assert not is_page_debris(line, edge=False)
    head = "某委2012年政府信息公开工作年度报告\n\n一是完善信息公开领导机构。及时调整补充领导小组成员。\n\n"
    text = head + line + "\n\n三是公开本委信息。\n"
    out = clean(text)
    assert line in out.display_text


def test_a_sites_contact_lines_over_its_footer_are_chrome() -> None:
    """A portal's footer opens with its owner's line and contact fields, then its record numbers."""
    text = (
        "某县人民代表大会关于政府工作报告的决议\n\n"
        "会议号召,全县人民要更加紧密地团结在县委周围,为建设现代化新某县而努力奋斗!\n\n"
        "某省某县人大版权所有   地址:某省某县某某路1号\n"
        "电话:0556-4186366  传真:0556-4162541\n"
        "邮箱:abc@163.com\n"
        "皖ICP备05017185号-1    技术支持:一网科技\n"
    )
    out = clean(text)
    assert out.display_text.rstrip().endswith("努力奋斗!")
    assert "电话:0556-4186366 传真:0556-4162541" in out.chrome_lines


def test_a_font_bar_with_blanks_inside_its_brackets_is_chrome() -> None:
    """A portal's font bar as its text copy prints it: 字体:【 默认 超大 | (blanks in the bracket, a cell mark)."""
    from models.ingest.chrome_lines import classify_line

    assert classify_line("字体:【 默认 超大 |").kind == "chrome"
    assert classify_line("字体:【 大 中 小 】").kind == "chrome"
    assert classify_line("字体大小要适中,版面要清晰。").kind == "body"


def test_a_doc_stores_list_heads_after_the_text_are_chrome() -> None:
    """相关文档 ⏎ 最新文档 close a store's page under a text cut mid-sentence: never run on into it."""
    text = (
        "国家级生态县创建工作方案\n\n"
        "为切实做好国家级生态县创建工作,经县委、县政府研究,特制定如下工作方案。\n\n"
        "一、工作目标\n\n"
        "力争通过5年创建,我县经济总量居全市第一;空气质量、水环境质量显著增强,城乡居民生态环境意识显著增强,\n\n"
        "第1页/共8 页\n\n相关文档\n最新文档\n"
    )
    out = clean(text)
    assert out.display_text.endswith("生态环境意识显著增强,")
    assert "相关文档" in out.chrome_lines and "最新文档" in out.chrome_lines


def test_a_doc_stores_listing_and_preview_notice_are_chrome_and_never_joined() -> None:
    """A store's tags with the file's counters, then its preview notice: two chrome lines, never one joined line."""
    text = (
        "文库 实用文档 报告/总结\n\n"
        "2022年某县政府工作报告\n\n"
        "工作报告 市政府工作报告 报告 政府工作报告 百强县 DOCX   20页   下载0   "
        "2023-04-29   浏览106   收藏0   点赞0   评分-\n"
        "温馨提示:当前文档最多只能预览 3 页,若文档总页数超出了 2 页,请下载原文档以浏览全部内容。\n"
        "各位代表:\n"
        "现在,我代表县人民政府向大会报告工作,请予审议,\n"
        "并请县政协委员和其他列席人员提出意见。\n"
    )
    out = clean(text)
    assert "DOCX" not in out.display_text and "温馨提示" not in out.display_text
    assert any(c.startswith("温馨提示") for c in out.chrome_lines)
    assert any("DOCX" in c and c.startswith("工作报告") for c in out.chrome_lines)


def _flattened_page() -> str:
    """A PDF page of short paragraphs flattened to one line: a space where each printed line (24 wide) ended."""
    rows = [
        "某局 2021 年部门整体支出绩效自评报告",
        "  根据《关于开展 2022 年市级财政资金绩效自评工作的",  # an indented paragraph's first printed line
        "通知》要求,我单位及时布置自评任务,明确人员分工,落",
        "实主体责任,认真开展自评自查工作,经查阅、核实有关账",
        "务及项目等执行情况,填写自评表格,形成本评价报告。",
        "一、部门基本情况",
        "(一)部门职能",
        "  我局负责拟订和组织实施全市国民经济和社会发展战",
        "略、中长期规划和年度计划、重点项目计划,负责全市固定",
        "资产投资项目审批、核准、备案及监督检查,项目招投标的",
        "指导和协调指导推进经济体制改革,组织实施价格调控监",
        "管,保障粮食和物资储备安全等。",
        "(二)设置机构及人员情况",
        "  我局成立于 1958 年,属于国家行政单位,设 17 个内设",
        "机构。我局实有编制数 63 人,2021 年末在职人数 57 人、离",
        "退休人数 94 人。",
    ]
    return " ".join(r.strip() for r in rows)


def test_a_flattened_pages_wrap_spaces_are_found_from_each_paragraphs_start() -> None:
    from models.ingest.clean_phase import phase_spaces

    line = _flattened_page()
    found = phase_spaces(line)
    wraps = ("工作的 通知", "分工,落 实主", "有关账 务及", "展战 略、", "市固定 资产", "标的 指导", "控监 管,")
    for wrap in (*wraps, "内设 机构", "、离 退休"):
        assert line.index(wrap) + wrap.index(" ") in found, wrap
    # the title's end, a heading's end and a sentence's end start the next paragraph: no wraps
    for kept in ("报告 根据", "情况 (一)", "职能 我局", "安全等。 (二)", "情况 我局"):
        assert line.index(kept) + kept.index(" ") not in found, kept


def test_a_flattened_page_reads_its_words_whole_and_maps_back() -> None:
    text = _flattened_page() + "\n"
    out = clean(text)
    for word in ("工作的通知", "落实主体责任", "有关账务及项目", "发展战略、", "全市固定资产", "内设机构", "离退休"):
        assert word in out.display_text
    i = out.display_text.index("内设机构")
    assert text[out.offset_map.to_original(i + 2)] == "机"


def test_a_rate_a_pdf_set_apart_reads_with_its_words() -> None:
    """增长 7.9%: the blank a PDF set before a rate goes, as the blanks around 340 亿元 do; a label's stays."""
    out = clean("县域经济快速发展,社会消费品零售总额 94.2 亿元,年均增长 7.9%;城镇居民收入增长 8.6%。\n")
    assert "年均增长7.9%;" in out.display_text and "增长8.6%。" in out.display_text
    i = out.display_text.index("7.9%")
    assert out.offset_map.to_original(i) == "县域经济快速发展,社会消费品零售总额 94.2 亿元,年均增长 7.9%".index("7.9%")
    assert clean("一、 2.5%的目标\n").display_text == "一、 2.5%的目标"


def test_a_tool_bar_whose_size_buttons_were_lost_is_chrome() -> None:
    """【 字体: 】? 【打印文章】: the font bar's size words lost to a ?, the print button's own words."""
    from models.ingest.chrome_debris import is_page_debris

    assert is_page_debris("【 字体: 】? 【打印文章】")
    assert not is_page_debris("打印文章和宣传材料五千余份。")


def test_a_forum_profiles_dash_fields_are_no_delivery_line() -> None:
    """A forum post's profile (版主 ⏎ - 积分 ⏎ - 3485) over the report: the count is no ——2021年… delivery line."""
    from models.ingest.clean_prelude import DELIVERY

    assert not DELIVERY.search("- 3485")
    assert DELIVERY.search("——2021 12 27 日在肥西县")
    assert DELIVERY.search("—2021年1月5日")
    text = (
        "版主\n- 积分\n- 3485\n|\n2019年某区政府工作报告\n──第十六届人民代表大会第二次会议上\n区长 某某\n"
        "各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n"
    )
    assert "3485" not in clean(text).display_text
