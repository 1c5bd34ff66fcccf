"""A news item retelling an autonomous prefecture's 政府工作报告 that writes the prefecture short (`迪庆`, `恩施州`)
and its government as `州人民政府`: the government in that short form (gold README session-13 note, 2049 `玉树州`,
238 `海西州`; corpus 2221, 2222 `代表州人民政府向大会报告工作`); written in full where the text or the page's label
writes the full name. Variants written here for other prefectures and scripts."""

from __future__ import annotations

from models.ingest.metadata_issuer_place import own_place_government
from models.ingest.metadata_places import simplified


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


_SHORT = (
    "1月10日上午,州十二届人大三次会议隆重开幕。州长李明代表州人民政府向大会报告工作。\n"
    "过去一年,全州上下团结奋进,交出了一份亮眼的答卷。代表们表示,要共同描绘甘孜未来的发展蓝图,为甘孜发展作出贡献。\n"
)

_TRADITIONAL = (
    "1月10日上午,州十二屆人大三次會議隆重開幕。州長李明代表州人民政府向大會報告工作。\n"
    "過去一年,全州上下團結奮進。代表們表示,要共同描繪甘孜未來的發展藍圖,為甘孜發展作出貢獻。\n"
)

_FULL_WRITTEN = (
    "1月10日上午,甘孜藏族自治州第十二届人民代表大会第三次会议隆重开幕。州长李明代表州人民政府向大会报告工作。\n"
    "过去一年,全州上下团结奋进。代表们表示,要共同描绘甘孜未来的发展蓝图,为甘孜发展作出贡献。\n"
)


def test_a_prefecture_written_short_is_its_government_in_the_short_form() -> None:
    assert own_place_government(None, [], _lines(_SHORT)) == "甘孜州人民政府"


def test_traditional_script_reads_the_same() -> None:
    assert own_place_government(None, [], _lines(simplified(_TRADITIONAL))) == "甘孜州人民政府"


def test_a_prefecture_written_in_full_keeps_its_full_name() -> None:
    assert own_place_government(None, [], _lines(_FULL_WRITTEN)) == "甘孜藏族自治州人民政府"
