"""Photo captions on real pages (session 27): a credit closed by a square bracket or a table row's rule, a credited
caption over the text whoever it names, a photographer's name glued to the caption's full stop ending a paragraph."""

from __future__ import annotations

import pytest

from models.ingest.chrome_notices import scene_caption
from models.ingest.clean import clean
from models.ingest.photo_credits import closes_caption, photo_credit
from models.ingest.rejoin_marks import _ends_paragraph


@pytest.mark.parametrize(
    "line",
    [
        "昨日上午,州十三届人大三次会议在下关苍山饭店苍山会堂隆重开幕。[记者 涂序波 摄]",
        "| 十七届人大三次会议隆重开幕,引人关注。 本报记者 刘涛 摄 |",
        "县十八届人大二次会议隆重开幕。【记者 王五 摄】",
        "区长某某作政府工作报告。〔通讯员 李四 摄〕",
    ],
)
def test_a_credit_closed_by_a_square_bracket_or_a_cell_rule_is_a_photo_credit(line: str) -> None:
    assert photo_credit(line)


@pytest.mark.parametrize("line", ["全县完成各项任务。[见附表]", "| 项目 | 完成 |", "组织开展摄影[培训]"])
def test_a_bracket_or_a_rule_without_a_photographer_is_no_credit(line: str) -> None:
    assert not photo_credit(line)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("王伟作政府工作报告。刘宵华摄", True),
        ("州长某某作政府工作报告。张小明摄", True),
        ("完成全县航拍。组织拍摄", False),  # 拍摄, the text's own verb
        ("完成全县航拍。开展航摄", False),
    ],
)
def test_a_photographer_glued_to_the_captions_full_stop_closes_it(text: str, ends: bool) -> None:
    assert closes_caption(text) is ends


def _display(text: str) -> str:
    return clean(text).display_text


@pytest.mark.parametrize(
    "caption",
    [
        "上图:唐良智作政府工作报告。记者邱焰 摄",
        "1月14日,许达哲在省十二届人大七次会议上作政府工作报告。记者 赵持 摄",
        "县长张三作政府工作报告。 本报记者 李四 摄",
    ],
)
def test_a_credited_caption_over_the_text_is_the_pictures_whoever_it_names(caption: str) -> None:
    page = (
        "某市2012年政府工作报告\n\n市长 唐良智\n\n"
        f"{caption}\n\n各位代表:\n\n现在,我代表市人民政府向大会报告工作,请予审议,并请市政协各位委员提出意见。\n\n"
        "一、过去五年工作回顾\n\n过去的五年,在全市发展史上极不平凡,全市人民团结奋斗,经济总量成倍增长,人民生活明显改善。\n"
    )
    shown = _display(page)
    assert caption.split("。")[0] not in shown
    assert "各位代表" in shown and "经济总量成倍增长" in shown


def test_a_caption_telling_what_happened_between_paragraphs_stays_and_ends_its_paragraph() -> None:
    page = (
        "某市第十五届人民代表大会第一次会议开幕\n"
        "本报讯 今天上午,某市第十五届人民代表大会第一次会议开幕。代市长王伟代表市人民政府向大会作政府工作报告。\n"
        "王伟说,过去的五年,是全市发展史上极不平凡的五年,发展质量明显提升,环境质量日益改善,城乡面貌深刻变化。\n"
        "王伟作政府工作报告。刘宵华摄\n"
        "今后五年政府工作的总体要求是:坚持稳中求进工作总基调,以推动高质量发展为主题,走出一条高质量发展新路子。\n"
    )
    shown = _display(page)
    assert "王伟作政府工作报告。刘宵华摄\n" in shown


@pytest.mark.parametrize(
    ("over", "kept"),
    [
        (
            ["会议现场。", "会议由大会主席团常务主席、执行主席张三主持。", "李四代表市人民政府向大会作政府工作报告。"],
            [],
        ),
        (["大会现场。", "王五代表县人民政府向大会作政府工作报告。"], []),
        (["某县十八届人大二次会议开幕", "会议现场。"], ["某县十八届人大二次会议开幕"]),  # the headline: no full stop
    ],
)
def test_short_sentences_standing_with_a_photos_caption_over_the_text_are_captions(
    over: list[str], kept: list[str]
) -> None:
    body = (
        "2月2日,某市第五届人民代表大会第五次会议在市行政中心礼堂开幕。来自全市各条战线的市人大代表出席盛会,"
        "共谋发展大计。会议由大会主席团常务主席、执行主席张三主持。"
    )
    shown = _display("\n".join([*over, body, "报告分为两部分:2023年工作回顾,2024年主要工作建议。"]) + "\n")
    for line in over:
        assert (line in shown.split("\n")) is (line in kept)
    assert shown.rstrip().endswith("2024年主要工作建议。")


@pytest.mark.parametrize("unit", ["单位:亿元、%", "单位：万吨", "计量单位:亿元", "  单位:%"])
def test_a_charts_unit_label_ends_its_line(unit: str) -> None:
    page = (
        "2012年某市国民经济和社会发展统计公报\n\n全年实现地区生产总值11459.00亿元,比上年增长13.6%。三次产业结构比为\n"
        "8.2:53.9:37.9。\n\n按常住人口计算,全年人均地区生产总值达到39083元,比上年增长12.4%。\n\n"
        f"图1 2008-2012年地区生产总值及其增长速度\n{unit}\n"
        "“一小时经济圈”完成地区生产总值8864.78亿元,比上年增长13.4%,占全市生产总值的77.4%。\n"
    )
    shown = clean(page).display_text
    assert unit.strip() + "\n“一小时经济圈”" in shown


def test_a_wrapped_line_opening_with_the_word_unit_still_runs_on() -> None:
    assert not _ends_paragraph("单位:各乡镇人民政府、县直各部门要把这项工作")


@pytest.mark.parametrize("unit", ["单位:亿元、%", "单位：万吨", "计量单位:亿元"])
def test_a_unit_label_ends_a_paragraph_for_re_joining(unit: str) -> None:
    assert _ends_paragraph(unit)


@pytest.mark.parametrize(
    ("line", "scene"), [("会议现场。刘宵华摄", True), ("大会现场。张三摄", True), ("会议现场。组织拍摄", False)]
)
def test_a_scene_caption_with_its_photographer_glued_to_the_stop(line: str, scene: bool) -> None:
    assert scene_caption(line) is scene
