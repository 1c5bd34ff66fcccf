"""The issuer's office short form written with its one full name (gold README, lead's notes of session 21)."""

from __future__ import annotations

import pytest

from models.folding import fold_text
from models.ingest.metadata_issuer_full import issuer_in_full


@pytest.mark.parametrize(
    ("written", "full"),
    [
        ("宜城市地税局", "宜城市地方税务局"),
        ("凤县人社局", "凤县人力资源和社会保障局"),
        ("洛龙区发改委", "洛龙区发展和改革委员会"),
        ("罗庄区发改局", "罗庄区发展和改革局"),
        ("浙江省发改委", "浙江省发展和改革委员会"),
        ("市发改委", "市发展和改革委员会"),
        ("海盐县住建局", "海盐县住房和城乡建设局"),
        ("武陵区卫计局", "武陵区卫生和计划生育局"),
        ("衡阳市市场监管局", "衡阳市市场监督管理局"),
        ("额济纳旗应急局", "额济纳旗应急管理局"),
        ("延边州卫健委", "延边州卫生健康委员会"),
        ("大理市文旅局", "大理市文化和旅游局"),
        ("某县林草局", "某县林业和草原局"),
        ("吴江区国税局", "吴江区国家税务局"),
        ("房县经信局", "房县经济和信息化局"),
        ("安康市工信局", "安康市工业和信息化局"),
        ("广东省经信委", "广东省经济和信息化委员会"),
        ("国家卫计委", "国家卫生和计划生育委员会"),
    ],
)
def test_short_form_after_a_place_is_written_in_full(written: str, full: str) -> None:
    assert issuer_in_full(written) == full


def test_traditional_script_is_expanded_in_its_own_script() -> None:
    got = issuer_in_full("衡陽市發改委")
    assert got is not None and got.startswith("衡陽市") and fold_text(got) == "衡阳市发展和改革委员会"
    assert issuer_in_full("臺中縣人社局") is not None
    assert fold_text(issuer_in_full("澳門特區市場監管局") or "") == "澳门特区市场监督管理局"


@pytest.mark.parametrize(
    "kept",
    [
        "成都市经信局市新经济委",  # a longer name holding a short form inside it
        "市市场监管局龙华局",
        "某市发改委价格认证中心",
        "某县发改局办公室",
        "某县科技局",  # short forms that are or were official names
        "某县交通局",
        "某县农业局",
        "某县教育局",
        "宜城市地方税务局",  # already in full
        "某县人力资源和社会保障局",
        "衡阳市场监管局",  # no place or level before it (衡阳 + 市场…): abstain
        "发改委",
        "国家发展改革委",
        "某某人民政府",
    ],
)
def test_other_names_stay_as_written(kept: str) -> None:
    assert issuer_in_full(kept) == kept


def test_joint_issuers_each_in_full_and_none_kept() -> None:
    assert issuer_in_full("某市发改委 某市统计局") == "某市发展和改革委员会 某市统计局"
    assert issuer_in_full("某县人社局、某县财政局") == "某县人力资源和社会保障局、某县财政局"
    assert issuer_in_full(None) is None
    assert issuer_in_full("") == ""


def test_extract_metadata_writes_the_issuer_in_full() -> None:
    from models.ingest.clean import clean
    from models.ingest.metadata import extract_metadata

    text = (
        "宜城市地税局2016年工作总结\n\n今年以来，我局认真贯彻落实上级部署，各项工作取得新成效。\n\n"
        "宜城市地税局\n2016年12月20日\n"
    )
    meta = extract_metadata(clean(text), (), source_name="file.txt", original=text)
    assert meta.issuer == "宜城市地方税务局"
