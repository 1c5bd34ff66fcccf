"""Issuers of session 15's second discovery round: a trade union opening its title, the body a report says
compiled it, a government's office (人民政府办公室) kept apart from another office of the same government."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_body_names import fullest_name
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


UNION = (
    "{title}\n一、上半年主要开展工作\n(一)困难职工帮扶\n1、入户走访困难职工6户次,发放慰问金0.4万元。\n"
    "二、下半年工作安排\n1、紧紧围绕镇党委、政府的大局,开展好各项工会工作。\n2022年7月15日\n"
)


def test_a_towns_trade_union_opening_its_title_issues_it() -> None:
    meta = _read(UNION.format(title="烟墩镇工会2022年上半年工作总结和下半年工作计划"))
    assert meta.issuer == "烟墩镇工会"


def test_a_countys_federation_of_trade_unions_opening_its_title_issues_it() -> None:
    meta = _read(UNION.format(title="南陵县总工会2022年上半年工作总结"))
    assert meta.issuer == "南陵县总工会"


DISCLOSURE = (
    "本报告根据《中华人民共和国政府信息公开条例》要求,由{body}编制。本报告包括总体情况、主动公开政府信息情况等6部分。"
    "如对报告有任何疑问,请联系{body}(联系电话:0358-5422520)。\n"
    "一、总体情况\n2023年,全县认真贯彻落实政府信息公开条例,主动公开政府信息1200条。\n"
    "二、主动公开政府信息情况\n全年主动公开规范性文件12件。\n"
)


def test_the_body_an_annual_report_says_compiled_it_issues_it() -> None:
    assert _read(DISCLOSURE.format(body="交口县人民政府办公室")).issuer == "交口县人民政府办公室"


def test_a_compiler_named_without_its_place_issues_nothing() -> None:
    assert _read(DISCLOSURE.format(body="县人民政府办公室")).issuer != "县人民政府办公室"


def test_a_governments_office_is_not_widened_into_another_office() -> None:
    lines = ["如有疑问请与合江县人民政府信息公开办公室联系(地址:合江县少岷南路329号)。"]
    assert fullest_name("合江县人民政府办公室", lines) == "合江县人民政府办公室"


def test_a_short_office_name_still_takes_its_full_form() -> None:
    lines = ["2023年,岳阳市人民政府国有资产监督管理委员会认真履职。"]
    assert fullest_name("岳阳市国资委", lines) == "岳阳市人民政府国有资产监督管理委员会"


OPINION = (
    "穗府〔2015〕10号\n广州市人民政府关于加快科技创新的若干政策意见\n各区、县级市人民政府，市政府各部门：\n"
    "为加快实施创新驱动发展战略，现制定以下意见：\n一、落实省企业普惠性财政补助政策。\n二、实施科技创新券制度。\n"
    "本意见自发布之日起施行，有效期5年。\n{printed}\n"
)


def test_a_printed_on_line_glued_to_its_office_dates_a_document_signed_by_no_one() -> None:
    meta = _read(OPINION.format(printed="广州市人民政府办公厅秘书处2015年5月27日印发"))
    assert meta.date == "2015-05-27"


def test_a_printed_on_line_set_apart_from_its_office_still_dates_it() -> None:
    meta = _read(OPINION.format(printed="广州市人民政府办公厅秘书处  2015年5月27日印发"))
    assert meta.date == "2015-05-27"


FORWARDED = (
    "京政发[2000]21号\n\n北京市人民政府转发\n国务院关于印发鼓励软件产业和\n集成电路产业发展若干政策文件的通知\n\n"
    "各区、县人民政府，市政府各委、办、局：\n现将《国务院关于印发鼓励软件产业和集成电路产业发展若干政策的通知》转发给你们，"
    "请结合实际认真贯彻执行。\n制定《若干政策》是国务院的重要决策，意义十分重大。\n"
    "市政府各有关部门要认真研究《若干政策》，制定本市贯彻意见。\n各区县要加强领导，抓好落实。\n"
    "执行中的问题，请及时报市政府办公厅。\n\n{date}\n{next}\n国发〔2000〕18号\n各省、自治区、直辖市人民政府：\n"
    "现将《鼓励软件产业和集成电路产业发展的若干政策》印发给你们，请认真贯彻执行。\n第一章  政策目标\n"
    "第一条  通过政策引导，鼓励资金、人才等资源投向软件产业。\n第二条  本政策自发布之日起实施。\n（全文结束）\n"
)


def test_a_date_line_between_a_notice_and_the_document_it_forwards_dates_the_notice() -> None:
    meta = _read(
        FORWARDED.format(date="二〇〇〇年七月六日", next="国务院关于印发鼓励软件产业和集成电路产业发展若干政策的通知")
    )
    assert meta.date == "2000-07-06"


def test_a_date_line_over_a_sentence_is_no_notices_date() -> None:
    meta = _read(FORWARDED.format(date="二〇〇〇年七月六日", next="会议指出，要认真研究若干政策，尽快组织实施。"))
    assert meta.date != "2000-07-06"
