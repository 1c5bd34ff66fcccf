"""First-sight chrome of session 16's discovery set, by family: a store's stamp between printed lines (1478), a
page's save-as tool (1476, 1378), a printed page's number inside a one-line copy (1440, 1002)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.clean_site_words import tool_coverage
from tests.models.ingest.test_clean_props import check_map

_WRAPPED = [
    "率先探索气象赋能港口、港产、港城融合发展，气象业",
    "务评估指标排名全省第一，打造具有宁波辨识度、区域引",
    "领性的“气象赋能港产城”模式。一是建设“港城村安”。新",
    "建六十五套区域自动气象站，站网密度从三点五公里缩小至",
    "二点三公里。稳步推进相控阵雷达、风廓线雷达和毫米波",
    "云雷达组网建设，进一步提升对局地性、突发性、尺度小",
    "的强天气系统精准捕捉能力。二是搭建“智慧平台”。建",
    "成果十五项，以及我省陆域海域气象地理分区、重点行业、",
    "公文阁 公众号:老弥妹职场文书 gwg365.cn",
    "领域和企业的基础数据，构建气象灾害防御关联信息数字",
    "化一张图，灾害性天气实况触发警戒阈值时，通过短信、",
    "电话等方式即时叫应，平台自动报警六十余次。",
]


def test_a_stores_stamp_between_a_paragraphs_printed_lines_leaves_and_the_paragraph_runs_on() -> None:
    text = "\n".join(_WRAPPED) + "\n"
    out = clean(text)
    check_map(text)
    assert "公众号" not in out.display_text
    assert "重点行业、领域和企业" in out.display_text


def test_a_pages_save_as_tool_is_a_tool_word() -> None:
    assert tool_coverage("保存为word 打印 关闭") == 1.0
    assert tool_coverage("保存") == 1.0
    assert tool_coverage("注意保存好原始凭证") < 0.5


def test_a_printed_pages_number_inside_a_one_line_copy_goes() -> None:
    notice = (
        "《珠海市2018年国民经济和社会发展计划》业经珠海市第九届人民代表大会第五次会议审议通过，"
        "现印发给你们，请认真贯彻执行。"
    )
    plan = (
        "一、2018年经济社会发展的总体思路和预期目标 (一)发展环境 "
        "从宏观环境看，新兴经济体和发展中国家成为拉动全球经济增长的重要力量。"
    )
    text = f"{notice} 珠海市人民政府 2018 年 2 月 13 日 — 1 — 珠海市2018年国民经济和社会发展计划 {plan} —2— {plan}\n"
    out = clean(text)
    check_map(text)
    assert "— 1 —" not in out.display_text and "—2—" not in out.display_text
    assert "13日 珠海市2018年" in out.display_text


def test_a_dash_range_inside_a_sentence_stays() -> None:
    line = "全市规划建设三条快速路网 — 12 号线与 — 13 号线之间的连接段 — 正在施工。" * 5
    assert "12 号线" in clean(line + "\n").display_text


def test_ocr_reading_page_ones_number_as_a_letter_is_still_a_page_number() -> None:
    # OCR'd red-head notices read — 1 — as — l — (1243, 669, disc 1483): the page's number, not a line of the text
    text = (
        "各市（县）区委和人民政府，市委各部委办：\n"
        "《关于进一步降成本、拓市场、促消费推动服务业平稳健康发展的若干意见》已经市委常委会会议审议通过，"
        "现印发给你们，请遵照执行。\n\n\n— l —\n\n\n（此页无正文）\n\n中共无锡市委办公室\n2020年3月24日\n"
    )
    out = clean(text)
    assert "— l —" not in out.display_text and "l" not in out.display_text
    assert "请遵照执行。\n" in out.display_text
