"""A news item retelling a 政府工作报告 whose head is written with the place he heads in full
(`宁夏回族自治区主席咸辉作政府工作报告`, corpus 2165; 2084 `贵州省代省长…`, 1215 `龙华区区长…`, 1216 `五莲县县长…` the
same shape): that place's government; variants written here for other places, levels and scripts."""

from __future__ import annotations

from models.ingest.metadata_issuer_place import own_place_government
from tests.models.ingest._reading import issuer as _issuer


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


_REGION = (
    "1月12日上午,出席第十四届人民代表大会第一次会议的代表们陆续走进会场,肩负着全区人民的重托积极履职尽责。\n"
    "上午9时,大会开幕。广西壮族自治区主席蓝天立作政府工作报告。报告总结一年来的经验成绩,谋划新一年的蓝图。\n"
    "2022年,广西交出了一份好于预期的答卷。代表们纷纷表示,报告很务实、很提气。\n"
)

_PROVINCE = (
    "1月13日上午,大会开幕。湖北省代省长王忠林向大会作政府工作报告。\n"
    "代表们认为,报告符合湖北实际,部署任务求真务实,全省上下信心满满。\n"
)

_TRADITIONAL = (
    "1月12日上午,大會開幕。廣西壯族自治區主席藍天立作政府工作報告。報告總結一年來的經驗成績。\n"
    "代表們紛紛表示,報告很務實、很提氣,全區上下信心滿滿。\n"
)

# two provinces' heads, a piece comparing their sessions: no one government
_TWO_HEADS = (
    "1月13日上午,湖北省代省长王忠林作政府工作报告。同日,湖南省省长毛伟明作政府工作报告。\n"
    "代表们认为,两份报告都很务实。\n"
)

# the head's title of another level than the place written: no evidence
_MISMATCH = "大会开幕。湖北省市长王某作政府工作报告。\n代表们认为,报告很务实。\n"


def test_an_autonomous_region_whose_chairman_delivers_the_report_is_the_issuer() -> None:
    assert _issuer(_REGION) == "广西壮族自治区人民政府"


def test_a_province_whose_acting_governor_delivers_the_report() -> None:
    assert own_place_government(None, [], _lines(_PROVINCE)) == "湖北省人民政府"


def test_traditional_script_reads_the_same() -> None:
    assert _issuer(_TRADITIONAL) == "广西壮族自治区人民政府"


def test_two_placed_heads_name_no_one_government() -> None:
    assert own_place_government(None, [], _lines(_TWO_HEADS)) is None


def test_a_head_of_another_level_than_the_place_gives_nothing() -> None:
    assert own_place_government(None, [], _lines(_MISMATCH)) is None
