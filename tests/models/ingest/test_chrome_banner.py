"""A site's banner over its breadcrumb leaves the body; an office named under the breadcrumb stays."""

from __future__ import annotations

from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

TEXT = "\n".join(
    [
        "某县发展和改革局",
        "您现在所在的位置: 首页 > 政务公开 > 财政信息",
        "某县2022年度政府决算公开",
        "发布时间：2023-09-15",
        "一、某县2022年度一般公共预算收支决算情况",
        "2022年全县一般公共预算收入完成5.2亿元，同比增长3.1%。",
    ]
)


def test_an_office_over_the_breadcrumb_is_the_sites_banner() -> None:
    shown = clean(TEXT).display_text
    assert "某县发展和改革局" not in shown
    assert "2022年全县一般公共预算收入完成5.2亿元，同比增长3.1%。" in shown
    check_map(TEXT)


def test_an_office_under_the_breadcrumb_stays() -> None:
    text = "\n".join(["首页 > 政务公开", "某县财政局", *TEXT.split("\n")[2:]])
    assert "某县财政局" in clean(text).display_text


def test_a_greeting_that_opens_the_page_over_the_breadcrumb_is_the_sites_banner() -> None:
    text = "\n".join(
        [
            "网站支持IPv6 某某区人民政府 欢迎您访问本站!",
            "首页>政府信息公开>规划计划",
            "某某街道2023年上半年工作总结",
            "今年以来，街道围绕年初确定的目标任务，扎实推进各项工作，经济社会保持平稳健康发展。",
        ]
    )
    shown = clean(text).display_text
    assert "欢迎" not in shown and "IPv6" not in shown
    assert shown.startswith("某某街道2023年上半年工作总结")
    check_map(text)


def test_a_paragraph_over_a_breadcrumb_at_the_page_end_stays() -> None:
    text = "\n".join(
        [
            "某某街道2023年上半年工作总结",
            "今年以来，街道围绕年初确定的目标任务，扎实推进各项工作，经济社会保持平稳健康发展",
            "首页>政府信息公开>规划计划",
        ]
    )
    assert "扎实推进各项工作" in clean(text).display_text
