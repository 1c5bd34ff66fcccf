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
