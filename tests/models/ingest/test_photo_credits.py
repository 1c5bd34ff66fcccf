"""Photo credits, one predicate read four ways: pins every shape the credit patterns of the cleaner, the re-joiner, the
stamp finder and the outline accepted (or refused) before they were one module."""

from __future__ import annotations

import pytest

from models.ingest.chrome_notices import event_caption
from models.ingest.clean_stamps import repeated_tail
from models.ingest.outline_asides import is_aside
from models.ingest.photo_credits import bracketed_credit, closes_caption, credit_ending, photo_credit, supplied_credit
from models.ingest.rejoin_marks import _ends_paragraph

_EVENT = "贵州省第十三届人民代表大会第一次会议开幕，贵州省代省长谌贻琴作政府工作报告。 贺俊怡 摄"

# line, photo_credit, event_caption, ends a paragraph (re-joining), is_aside (outline)
_SHAPES = [
    ("记者 周坤 摄", True, False, True, False),
    ("发布会现场(3月22日摄)。新华网 邵维岑 摄", True, False, False, False),
    ("本报记者邵国良刘心杨摄", True, False, True, False),  # two names run together after 记者
    ("新华社记者 李明 摄", True, False, True, False),
    ("本报记者 张三、李四 摄", True, False, True, False),
    ("大会现场 张宝杉 摄", True, False, False, False),
    ("大会现场张宝杉摄", False, False, False, False),  # not set off, nobody credited: a word of the text
    ("张三/摄", True, False, False, False),
    ("(会议现场邓正可摄)", True, False, False, False),  # a caption wholly in brackets
    ("陈玲芳作政府工作报告 (马玉龙摄)", True, False, False, False),
    ("…会议现场。(税浪 摄)", True, False, True, True),
    ("(省工信厅厅长雷绍业。 摄影 赵持)", True, False, False, True),  # the photographer after 摄影
    ("(图/新华社 李明)", True, False, False, False),
    ("(摄影:王磊)", True, False, False, True),
    ("摄影 培训", True, False, False, False),
    ("图为大会会场。 张三 摄", True, False, True, False),  # a scene: no event told
    (_EVENT, True, True, True, False),
    ("…作政府工作报告。 贺俊怡 摄", True, True, True, False),
    ("记者 张目 摄", True, False, True, False),
    ("发布会现场(记者 某某 摄)", True, False, False, True),
    ("发布会现场(某某摄)", False, False, False, False),
    ("青岛市住房和城乡建设局 供图", False, False, True, False),
    ("(县委宣传部供图)", False, False, False, True),
    ("图/县融媒体中心供图", False, False, True, False),
    ("向媒体供图", False, False, True, False),
    ("张三供图", False, False, True, False),
    ("会议在哈尔滨召开。黑龙江省工业和信息化厅供图", False, False, True, False),
    ("新闻发布会现场(通讯员供图)", False, False, False, True),
    ("（图片来源 某台）", False, False, False, True),
    ("(资料图)", False, False, False, True),
    ("(资料图片)", False, False, False, True),
    ("会场(图源 网络)", False, False, False, True),
    ("示意图", False, False, False, False),
    ("开展摄影培训", False, False, False, False),
    ("县长李献文向大会作政府工作报告", False, False, False, False),
    ("全县完成投资", False, False, False, False),
]


@pytest.mark.parametrize(("line", "credit", "event", "ends", "aside"), _SHAPES)
def test_each_reader_of_a_photo_credit_keeps_its_answer(
    line: str, credit: bool, event: bool, ends: bool, aside: bool
) -> None:
    assert photo_credit(line) is credit
    assert event_caption(line) is event
    assert _ends_paragraph(line) is ends
    assert is_aside(line) is aside


def test_a_caption_longer_than_a_caption_is_no_credit() -> None:
    assert not photo_credit("全县" * 41 + " 张三 摄")


@pytest.mark.parametrize(
    ("line", "supplier"),
    [
        ("青岛市住房和城乡建设局 供图", "青岛市住房和城乡建设局"),
        ("(县委宣传部供图)", "县委宣传部"),
        ("图/县融媒体中心供图", "县融媒体中心"),
        ("（图片：某市统计局供圖）", "某市统计局"),
        ("向媒体供图", None),  # the text's own verb
        ("张三供图", None),  # no blank, no body's last character
        ("会议在哈尔滨召开。黑龙江省工业和信息化厅供图", None),  # a caption's sentence before it
        ("记者 周坤 摄", None),
    ],
)
def test_who_supplied_the_picture_is_read_from_its_line_alone(line: str, supplier: str | None) -> None:
    assert supplied_credit(line) == supplier


def _stamped(tail: str) -> list[str]:
    return [f"第{k}段正文写完了。{tail}" for k in "一二三"] + ["其余的正文"]


@pytest.mark.parametrize("tail", ["本报记者邵国良刘心杨摄", "某某厅供图", "记者 某某 摄)"])
def test_a_repeated_photo_credit_is_no_stamp(tail: str) -> None:
    assert repeated_tail(_stamped(tail)) is None


def test_a_repeated_tail_that_credits_no_photo_is_a_stamp() -> None:
    assert repeated_tail(_stamped("某某站名口号")) == "某某站名口号"


@pytest.mark.parametrize(
    ("line", "closes", "ending", "bracketed"),
    [
        ("会议在哈尔滨召开。黑龙江省工业和信息化厅供图", True, True, False),
        ("某县召开大会。 贺俊怡 摄", True, True, False),
        ("本报记者 张三 摄", True, True, False),
        ("新闻发布会现场(通讯员供图)", False, True, True),
        ("发布会现场(记者 某某 摄)", False, True, True),
        ("（图片来源 某台）", False, False, True),
        ("大会现场张宝杉摄", False, True, False),
        ("全县完成投资12亿元。", False, False, False),
    ],
)
def test_the_module_answers_each_reader_from_one_set_of_shapes(
    line: str, closes: bool, ending: bool, bracketed: bool
) -> None:
    assert closes_caption(line) is closes
    assert credit_ending(line) is ending
    assert bracketed_credit(line) is bracketed
