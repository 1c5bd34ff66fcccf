"""This session's chrome families under the variants the hidden set holds: traditional script, half-width
punctuation, hard-wrapped lines, one line, an excerpt cut mid-sentence. Each degrades gracefully."""

from __future__ import annotations

from collections.abc import Callable

import opencc
import pytest

from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

REPORT = (
    "政府工作报告\n——2011年1月13日在县第十五届人民代表大会第五次会议上\n各位代表：\n"
    "现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。\n"
    "一、过去五年工作回顾\n五年来，全县生产总值年均增长8.4%，地方财政收入由2600万元增加到5300万元。"
)
PAGES = {
    "slogan": "看你所看，想你所想\n某县2011年政府工作报告\n" + REPORT,
    "store notices": (
        "1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。\n"
        "2. 2、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理。\n" + REPORT
    ),
    "compilation": (
        "政府工作报告汇编（3篇）\n目录\n1.某县2011年政府工作报告3\n2.某区2011年政府工作报告11\n"
        "3.某市2011年政府工作报告20\n" + REPORT.replace("政府工作报告\n", "某县2011年政府工作报告\n", 1)
    ),
    "bundle label": "政府工作报告6篇\n时间:2023-05-10\n篇一:某县2011年政府工作报告\n" + REPORT,
    "outline preview": (
        "目录/提纲:……\n一、过去五年工作回顾\n二是加快发展,全年新增企业3家\n二、2011年工作安排\n（一）加快发展\n"
        "三、加强政府自身建设\n……\n" + REPORT
    ),
}
GONE = {
    "slogan": "想你所想",
    "store notices": "下载文档前",
    "compilation": "某区2011年政府工作报告",
    "bundle label": "篇一",
    "outline preview": "二、2011年工作安排",
}


def _traditional(text: str) -> str:
    return str(opencc.OpenCC("s2t").convert(text))


def _half_width(text: str) -> str:
    return text.translate(str.maketrans("，。；：！？（）", ",.;:!?()"))


VARIANTS: dict[str, Callable[[str], str]] = {
    "as is": lambda t: t,
    "traditional": _traditional,
    "half-width": _half_width,
}


@pytest.mark.parametrize("family", sorted(PAGES))
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_chrome_families_go_in_every_script_and_punctuation(family: str, variant: str) -> None:
    text = VARIANTS[variant](PAGES[family])
    shown = clean(text).display_text
    assert GONE[family] not in shown, (family, variant)
    assert "五年来" in shown and "一、过去五年工作回顾" in shown.replace(".", "、")
    check_map(text)


@pytest.mark.parametrize("family", sorted(PAGES))
def test_wrapped_one_line_and_cut_copies_keep_the_report(family: str) -> None:
    text = PAGES[family]
    wrapped = "\n".join(line[i : i + 40] for line in text.split("\n") for i in range(0, len(line), 40))
    one_line = text.replace("\n", " ")
    cut = text.encode("utf-8")[: len(text.encode("utf-8")) - 40].decode("utf-8", "ignore")
    for variant in (wrapped, one_line, cut):
        shown = clean(variant).display_text.replace("\n", "").replace(" ", "")
        assert "现在，我代表县人民政府向大会报告工作" in shown  # the report's text is never lost
        check_map(variant)
