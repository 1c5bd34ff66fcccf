"""A store's abstract copying the report's opening leaves the body, before or after the text; the text stays."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_TITLE = "某区市场监管局2024年度工作计划"
_TEXT = [
    "（一）严格实行食品药品安全监管。按照“四个最严”的要求，",
    "坚持问题导向，聚焦“餐桌污染”，全力开展食品药品安全放心",
    "工程建设攻坚行动，化解食品药品安全风险隐患。",
    "（二）持续推进特种设备安全监管。全年检查特种设备使用单位120家，排查隐患36处。",
    "（三）深化知识产权保护。办理专利侵权纠纷案件15件，较上年增长25%。",
]
_ABSTRACT = _TITLE + "（一）严格实行食品药品安全监管。按照“四个最严”的要求，坚持问题导向，聚焦“餐桌污染”，全力开展"


def _body(text: str) -> str:
    return clean(text).display_text


@pytest.mark.parametrize("cut", ["", "...", "……"])
def test_an_abstract_after_the_text_goes_with_its_labels(cut: str) -> None:
    text = "\n".join([_TITLE, *_TEXT, "摘要:", "展开>>", "收起<<", _ABSTRACT + cut])
    shown = _body(text)
    assert "摘要" not in shown and "展开" not in shown and shown.count("严格实行食品药品安全监管") == 1
    assert "排查隐患36处" in shown and "较上年增长25%" in shown
    check_map(text)


@pytest.mark.parametrize("cut", ["", "20...", "……"])
def test_an_abstract_over_the_text_goes_and_the_text_stays(cut: str) -> None:
    text = "\n".join([_TITLE, _ABSTRACT + cut, _TITLE, *_TEXT])
    result = clean(text)
    assert result.display_text.count("严格实行食品药品安全监管") == 1
    assert "工程建设攻坚行动" in result.display_text
    assert any(c.startswith(_TITLE + "（一）") for c in result.chrome_lines)  # 显示原文 shows it
    check_map(text)


def test_an_abstract_that_differs_by_a_page_number_or_a_lost_mark_still_goes() -> None:
    flat = "".join(_TEXT[:3])
    noisy = flat.replace("放心", "放 2 心").replace("“", "")
    text = "\n".join([_TITLE, flat[:60], noisy, *_TEXT[3:]])
    shown = _body(text)
    assert shown.count("严格实行食品药品安全监管") == 1 and ("放 2 心" in shown or "放2心" in shown)


def test_a_title_printed_twice_and_a_paragraph_repeated_inside_the_text_stay() -> None:
    text = "\n".join([_TITLE, _TITLE, *_TEXT, _TEXT[3]])
    shown = _body(text)
    assert shown.count("全年检查特种设备使用单位120家") == 2
    notice = "关于印发《某区加快推进枢纽经济高质量发展三年行动计划》的通知\n各有关部门：\n"
    notice += "《某区加快推进枢纽经济高质量发展三年行动计划》已经区政府同意，现印发给你们，请认真贯彻落实。\n"
    assert "的通知" in _body(notice)


_FLAT = (
    "——在某县第十七届人民代表大会第四次会议上 县长 某某(2020年1月8日)各位代表:现在,我代表县人民政府向大会报告工作,"
    "请予审议,并请各位政协委员和其他列席人员提出意见。一、2019年工作回顾 2019年,全县地区生产总值增长6.5%,"
    "一般公共预算收入增长8%,城乡居民收入稳步提高,民生事业全面进步,脱贫攻坚取得决定性成效,社会大局和谐稳定。" * 2
)


@pytest.mark.parametrize("tail", ["(全文)", "（全文）", ""])
@pytest.mark.parametrize("post", ["公文搜 2021-07-27 17:30:25 政府报告", "时间:2021-07-27 栏目:政府报告"])
def test_a_page_title_over_a_flat_text_opening_with_the_title_and_delivery_goes(tail: str, post: str) -> None:
    title = "2019年某县人民政府工作报告"
    text = f"{title}{tail}\n{post}\n{title}{tail}{_FLAT}\n"
    shown = clean(text).display_text.split("\n")
    assert shown[0].startswith(title + tail + "——在某县") and len(shown[0]) > 200
    assert f"{title}{tail}" not in shown and not any("17:30" in line or "栏目" in line for line in shown)
    check_map(text)
