"""A doc store's copy that writes the report's title several times glued before the salutation (147; the
store's doubled title of 1068 is the same habit): the title is read once."""

from __future__ import annotations

from models.ingest.metadata_pages import run_in_title

_TEXT = "现在,我受镇人民政府委托,向大会作政府工作报告,请予审议,并请列席大会的人员提出意见。" * 3


def test_a_title_written_three_times_before_the_salutation_is_read_once() -> None:
    line = "乡镇政府换届工作报告" * 3 + "各位代表:  " + _TEXT
    assert run_in_title([line]).value == "乡镇政府换届工作报告"


def test_a_title_written_once_is_unchanged() -> None:
    line = "某镇2023年政府工作报告各位代表:  " + _TEXT
    assert run_in_title([line]).value == "某镇2023年政府工作报告"
