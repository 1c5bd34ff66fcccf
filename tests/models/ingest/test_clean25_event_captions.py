"""A news item's credited photo caption that tells what happened, written as its own sentence, is the item's body with
its credit (the gold's 1106 ruling: 2084, 2160, 2222, 2225); a caption showing only the scene, or no sentence, is
chrome; a photographer's credit repeated under several captions is no anti-copy stamp."""

from __future__ import annotations

import pytest

from models.ingest.chrome_notices import event_caption
from models.ingest.clean import clean
from models.ingest.clean_stamps import repeated_tail
from models.ingest.photo_credits import photo_credit
from tests.models.ingest.test_clean_props import check_map

_LEAD = (
    "某市日报讯(记者 王明)某市第十五届人民代表大会第五次会议昨日上午在市会议中心隆重开幕,"
    "市长代表市人民政府向大会作政府工作报告。\n\n"
)
_MORE = (
    "\n\n会议总结五年来全市经济社会发展取得的成绩,地区生产总值年均增长7.5%,一般公共预算收入年均增长6.1%,"
    "城乡居民人均可支配收入分别增长6.8%和8.2%。\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "1月26日,某省十三届人大一次会议开幕,代省长李华作政府工作报告。 贺俊怡 摄",
        "某市第十五届人民代表大会第五次会议隆重开幕。这是与会代表举手表决通过选举办法。 某市日报记者 周华东摄",
        "张建国代表州人民政府向大会报告工作。(税浪 摄)",
        "陆海作政府工作报告。本报记者邵国良刘心杨摄",
        "县长刘某某向大会作政府工作报告。 通讯员 李四 赵五 摄",
    ],
)
def test_a_caption_telling_what_happened_stays_with_its_credit(caption: str) -> None:
    assert photo_credit(caption) and event_caption(caption)
    text = _LEAD + caption + _MORE
    result = clean(text)
    assert caption.replace(" ", "")[-12:] in result.display_text.replace(" ", "")
    # the caption ends its paragraph: the next paragraph is not run into its credit
    assert "摄会议总结" not in result.display_text.replace(" ", "")
    check_map(text)


@pytest.mark.parametrize(
    "caption",
    [
        "1月10日,某州第十六届人民代表大会第一次会议开幕。图为大会会场。 记者 何龙 摄",
        "省十二届人大六次会议会场。 本报记者邵国良刘心杨摄",
        "大会现场。(税浪 摄)",
        "陈玲芳作政府工作报告 (马玉龙摄)",
        "(区长周春晖作《政府工作报告》邓正可摄)",
    ],
)
def test_a_scene_or_a_caption_written_as_no_sentence_leaves_the_body(caption: str) -> None:
    assert photo_credit(caption) and not event_caption(caption)
    result = clean(_LEAD + caption + _MORE)
    assert caption.replace(" ", "")[-8:] not in result.display_text.replace(" ", "")


def test_a_credit_under_three_captions_is_no_stamp() -> None:
    lines = [
        "王某主持省十二届人大六次会议开幕式。本报记者张三李四摄",
        "陆某作政府工作报告。本报记者张三李四摄",
        "省十二届人大六次会议会场。 本报记者张三李四摄",
        "会议听取了政府工作报告,审议了计划报告和预算报告。",
    ]
    assert repeated_tail(lines) is None
    assert repeated_tail([line.replace("本报记者张三李四摄", "某某网站名称") for line in lines]) == "某某网站名称"


def test_captions_over_the_text_stay_the_pictures_whoever_they_name() -> None:
    text = (
        "2月16日,某区第六届人民代表大会第二次会议在国歌声中开幕。陈禹天 摄\n"
        "区长李遥作政府工作报告。陈禹天 摄\n"
        "代表们认真听取和审议各项工作报告。韦维 摄\n" + _LEAD + _MORE
    )
    assert "李遥作政府工作报告" not in clean(text).display_text
    check_map(text)
