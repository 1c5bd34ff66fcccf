"""A place that stands only inside another name (a firm's, a paper's, the word 大都市) places no bureau a title
names by its kind: the reader abstains (held-back set, session 20: 1788, 1810, 1814)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

PARA = (
    "上半年,我们坚持稳中求进工作总基调,统筹发展和安全,各项工作运行总体平稳,"
    "全年完成固定资产投资120亿元,同比增长6%,一般公共预算收入增长5.2%。\n"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("level", "kind", "firm"),
    [
        ("市", "商务局", "新增规模以上企业2家:金旺实业有限公司、郴州海华竹木制品有限公司。"),
        ("县", "科技局", "应流集团霍山铸造公司牵头担当的增材制造项目获批立项。"),
        ("市", "科技局", "引进宜宾五粮液集团下属企业一家,合作项目顺利推进。"),
        ("县", "商务局", "吉安日报刊发了本单位经验做法,反响良好。"),
        ("市", "商务局", "与株洲千金药业股份有限公司签订合作协议。"),
    ],
)
def test_place_inside_firm_name_places_no_bureau(level: str, kind: str, firm: str) -> None:
    lead = f"上半年,{level}{kind}在{level}委、{level}政府的正确领导下,扎实推进各项工作。"
    text = f"{kind}上半年工作总结\n{lead}\n{firm}\n{PARA}"
    assert _meta(text).issuer is None


@pytest.mark.parametrize("phrase", ["现代化国际大都市", "区域性大城市", "现代化大都市"])
def test_common_noun_ending_in_level_is_no_place(phrase: str) -> None:
    text = (
        f"市文化和旅游局2020年工作要点\n2020年,市文化和旅游局将坚持以人民为中心,推动文旅融合发展。\n"
        f"{PARA}为建设{phrase}作出新贡献。\n"
    )
    assert _meta(text).issuer is None


@pytest.mark.parametrize(("place", "level"), [("郴州", "市"), ("霍山", "县"), ("宜宾", "市")])
def test_place_standing_as_place_still_places_the_bureau(place: str, level: str) -> None:
    text = (
        f"科技局上半年工作总结\n上半年,{level}科技局在{level}委、{level}政府的正确领导下,扎实推进各项工作。\n"
        f"{place}{level}全年新增高新技术企业12家,{place}{level}科技创新能力稳步提升。\n{PARA}"
    )
    assert _meta(text).issuer == f"{place}{level}科技局"
