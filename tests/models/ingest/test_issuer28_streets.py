"""Streets session 28 reads, each on a made-up snippet: a street written short as ``某某街`` (the Guangzhou usage,
``大龙街党工委``, ``全街上下``) speaks as its street; a gazetteer street whose name opens with a letter plain phrases
open too (大石, 新华, 上塘) is still named where its office stands as a subject; a text opening with the street's
党工委 as its subject and naming no office is the 党工委's (2371); a text naming no street stays unknown."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


_BODY = (
    "一、经济发展迈上新台阶\n全年共走访慰问企业336家次,帮助企业解决融资问题159宗。"
    "举办专场交流会21场,累计完成企业注册数3532家。\n"
)


@pytest.mark.parametrize("street", ["大龙", "大石", "新华", "上塘", "钟村"])
def test_the_short_party_committee_and_the_office_as_subjects(street: str) -> None:
    # 2369: 一年来,大龙街党工委、大龙街道办事处在区委、区政府的正确领导下 … 有力推动全街经济社会高质量发展
    text = (
        f"2022年,是党的二十大召开之年。一年来,{street}街党工委、{street}街道办事处在区委、区政府的正确领导下,"
        "坚持稳中求进工作总基调,有力推动全街经济社会高质量发展。\n" + _BODY
    )
    assert _meta(text).issuer == f"{street}街道办事处"


@pytest.mark.parametrize("street", ["市桥", "沙头", "东环", "洛浦"])
def test_a_street_written_short_speaking_as_quanjie(street: str) -> None:
    # 2370: 2021年,市桥街团结带领全街干部群众… 一年来,全街上下深入开展…
    text = (
        f"2021年,{street}街团结带领全街干部群众增强“四个意识”,推动经济社会发展取得新成效。"
        "一年来,全街上下深入开展“大学习、深调研、真落实”。\n" + _BODY
    )
    assert _meta(text).issuer == f"{street}街道办事处"


def test_a_short_street_the_gazetteer_lacks_names_none() -> None:
    text = (
        "2021年,春晖街团结带领全街干部群众增强“四个意识”,推动经济社会发展取得新成效。"
        "一年来,全街上下深入开展“大学习、深调研、真落实”。\n" + _BODY
    )
    assert _meta(text).issuer is None


@pytest.mark.parametrize("street", ["龙田", "马峦", "碧岭", "坑梓"])
def test_the_streets_party_committee_opening_as_subject_with_no_office(street: str) -> None:
    # 2371: 2020年,在区委区政府的坚强领导下,龙田街道党工委坚持以…为指导 (no 办事处 anywhere)
    text = (
        f"2020年,在区委区政府的坚强领导下,{street}街道党工委坚持以习近平新时代中国特色社会主义思想为指导,"
        "各项工作实现预期目标。\n一、2020年工作总结\n累计设置管控卡点49个,街道、社区全动员,仅用3天完成排查。\n"
    )
    assert _meta(text).issuer == f"{street}街道党工委"


def test_the_party_committee_beside_a_named_office_gives_the_office() -> None:
    text = (
        "2020年,在区委区政府的坚强领导下,碧岭街道党工委坚持以习近平新时代中国特色社会主义思想为指导。"
        "碧岭街道办事处认真落实各项部署,各项工作实现预期目标。\n一、2020年工作总结\n累计设置管控卡点49个。\n"
    )
    assert _meta(text).issuer == "碧岭街道办事处"


def test_the_voice_quanjie_without_a_street_named_is_unknown() -> None:
    text = (
        "2021年,街道团结带领全街干部群众增强“四个意识”,推动经济社会发展取得新成效。"
        "一年来,全街上下深入开展“大学习、深调研、真落实”。\n" + _BODY
    )
    assert _meta(text).issuer is None
