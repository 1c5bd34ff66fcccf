"""A notice's own attachment list and web addresses stay body text; a store's file-name title does not."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.outline import build_outline

NOTICE = (
    "关于开展服务业发展资助项目申报的通知\n各有关企业：\n"
    "现将有关事项通知如下：\n一、申报时间：2017年7月13日至7月30日。\n"
    "二、项目在“产业发展综合服务平台”网站上（{url}）进行在线申报。\n"
    "三、注意事项：\n1、各企业在正式申报前，请先仔细阅读操作说明。\n2、技术咨询电话：12345678。\n"
)
ANNEX = (
    "附件：\n1、创优评级资助项目操作规程{ext}\n2、商贸流通业资助项目操作规程{ext}\n3、旅游创新资助项目操作规程{ext}\n"
)
SIGNATURE = "某区经济促进局\n2017年7月13日"


@pytest.mark.parametrize("ext", [".docx", ".doc", ".pdf", ".xlsx"])
def test_a_notices_numbered_attachment_list_stays_and_is_no_outline(ext: str) -> None:
    text = NOTICE.format(url="http://sfms.example.gov.cn") + ANNEX.format(ext=ext) + SIGNATURE
    shown = clean(text).display_text.split("\n")
    assert "附件：" in shown
    assert f"2、商贸流通业资助项目操作规程{ext}" in shown
    titles = [s.title for s in build_outline("\n".join(shown))]
    assert not any("操作规程" in t for t in titles)
    assert any("注意事项" in t for t in titles)


@pytest.mark.parametrize(
    "url",
    ["http://sfms.example.gov.cn", "https://www.example.com/apply/index.html", "www.example.gov.cn", "example.cn"],
)
def test_a_sentence_giving_a_web_address_stays(url: str) -> None:
    text = NOTICE.format(url=url) + SIGNATURE
    assert any(url in line for line in clean(text).display_text.split("\n"))


def test_a_store_file_name_title_and_a_lone_download_link_still_go() -> None:
    text = "某局2021年工作总结.docx\n" + NOTICE.format(url="http://x.example.cn") + "附件：\n操作规程.docx"
    shown = clean(text).display_text.split("\n")
    assert "某局2021年工作总结.docx" not in shown
    assert "操作规程.docx" not in shown
    assert "www.gaozihui.com" not in clean(NOTICE.format(url="x") + "稿子汇 www.gaozihui.com").display_text
