"""A county-level city's text speaking as 我市 that names its prefecture city only as the place above it (`完成德阳市
下达的目标任务`, `增速排德阳市第一`): that city is not the speaker (corpus 2114; 091 `镇江市下达`, 2075 `省、市下达我县`
the same shape); variants written here for other places and scripts."""

from __future__ import annotations

from models.ingest.metadata_places import simplified
from models.ingest.metadata_speaker import speaking_government


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


_SUPERIOR_ONLY = (
    "1至10月,我市社会消费品零售总额实现42.2亿元,同比增长16.2%,增速排泉州市第一。\n"
    "全年我市各项指标均超额完成泉州市下达的目标任务,为经济社会发展做出更大努力。\n"
)

_OWN_AND_SUPERIOR = (
    "1至10月,晋江市社会消费品零售总额实现42.2亿元,同比增长16.2%,增速排泉州市第一。\n"
    "全年我市各项指标均超额完成泉州市下达的目标任务,晋江市经济社会发展稳中有进。\n"
)

_TRADITIONAL = (
    "1至10月,晉江市社會消費品零售總額實現42.2億元,同比增長16.2%,增速排泉州市第一。\n"
    "全年我市各項指標均超額完成泉州市下達的目標任務,晉江市經濟社會發展穩中有進。\n"
)

# the city named as itself, where no target or rank is set: still the speaker
_CITY_ITSELF = "今年以来,泉州市社会消费品零售总额实现420亿元,同比增长9.2%。\n全年我市各项指标均完成年度目标任务。\n"


def test_a_prefecture_city_named_only_above_the_text_is_not_its_speaker() -> None:
    assert speaking_government(None, _lines(_SUPERIOR_ONLY)) is None


def test_the_county_level_city_named_beside_its_superior_speaks() -> None:
    assert speaking_government(None, _lines(_OWN_AND_SUPERIOR)) == "晋江市人民政府"


def test_traditional_script_reads_the_same() -> None:
    assert speaking_government(None, _lines(simplified(_TRADITIONAL))) == "晋江市人民政府"


def test_a_city_named_as_itself_still_speaks() -> None:
    assert speaking_government(None, _lines(_CITY_ITSELF)) == "泉州市人民政府"
