"""Cleaning by family (session 25, body25b): a page's stamps and footer lines left over the text — a counter cell
before a posting-time field (1852), a portal's address-and-phone footer printed first (2107) — and a store's title
with its pager over the own title block (2216)."""

from __future__ import annotations

from models.ingest.chrome_contacts import phone_line
from models.ingest.chrome_lines import classify_line
from tests.models.ingest._reading import kept_lines as _lines

_TEXT = [
    "一、2023年工作回顾",
    "2023年,全县地区生产总值完成120亿元,同比增长6.5%,主要经济指标保持稳定增长。",
]


def test_a_counter_cell_before_a_posting_field_is_no_body() -> None:
    for line in ("浏览量:286     |      发布时间:2024-06-12", "阅读次数:12 | 更新时间:2019-05-06 10:20"):
        assert classify_line(line).kind != "body", line
    # a sentence with a figure and a date stays body
    assert classify_line("政务网站浏览量达286万次 | 全年发布信息1200条。").kind == "body"


def test_an_address_line_with_its_phone_is_a_contact_line() -> None:
    for line in (
        "单位地址:广元市嘉陵南路65号 电话:0839-3262453",
        "地址:某县人民路12号 联系电话:0512-87654321",
        "通讯地址：某市某区某街道8号  电话：(0731)84567890",
    ):
        assert phone_line(line), line
    for line in ("地址:吴起县档案馆4楼402室;", "地址:某县人民路12号", "办公地址搬迁至新区,电话:0512-87654321不变。"):
        assert not phone_line(line), line


def test_a_portal_footer_printed_first_leaves() -> None:
    head = ["单位地址:广元市嘉陵南路65号 电话:0839-3262453", "蜀ICP备20008106号-1 政府网站标识码:5108000042"]
    lines = _lines("\n".join([*head, "", "玉鼠辞旧岁,金牛贺新春。", *_TEXT]) + "\n")
    assert lines[0] == "玉鼠辞旧岁,金牛贺新春。"


def test_a_store_title_with_its_pager_over_the_own_title_block_leaves() -> None:
    head = ["某市2022年政府工作报告(19)", "VIP专免", "42.88KB", "39 页", "侵权投诉", "政 府 工 作 报 告"]
    delivery = "——2022年2月22日在某市第七届人民代表大会第八次会议上"
    lines = _lines("\n".join([*head, delivery, "各位代表:", *_TEXT]) + "\n")
    assert "某市2022年政府工作报告(19)" not in lines
    assert "政 府 工 作 报 告" in lines or "政府工作报告" in lines
